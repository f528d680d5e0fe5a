package io.sparkop.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.actions.ActionsView;
import io.sparkop.actions.ActionsViews;
import io.sparkop.index.SparkIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Schedules with their cron read out, next and last run, and the strip of recent runs. */
@Path("/schedules")
public class SchedulesPage {

    @CheckedTemplate(basePath = "schedules", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record ScheduleList(List<ScheduleRow> schedules) implements TemplateInstance {
    }

    @CheckedTemplate(basePath = "schedules", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record SchedulePage(ScheduleDetail detail, ActionsView actions, List<ActionButton> buttons, String base)
            implements TemplateInstance {
    }

    @Inject
    SparkIndex index;
    @Inject
    Clock clock;
    @Inject
    ActionsViews actions;

    @GET
    @Produces(Html.PAGE)
    public TemplateInstance listPage(@QueryParam("namespace") String namespace) {
        return new ScheduleList(list(namespace));
    }

    @GET
    @Produces(Html.JSON_TWIN)
    public List<ScheduleRow> list(@QueryParam("namespace") String namespace) {
        Instant now = clock.instant();
        return index.schedules(namespace == null || namespace.isBlank() ? null : namespace).stream()
                .map(s -> ScheduleRows.row(s, now)).toList();
    }

    @GET
    @Path("{namespace}/{name}")
    @Produces(Html.PAGE)
    public TemplateInstance schedulePage(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        ScheduleDetail detail = schedule(namespace, name);
        return new SchedulePage(detail, actions.view(), ActionButton.forSchedule(detail.schedule().suspended()),
                "/actions" + Paths.schedule(namespace, name));
    }

    @GET
    @Path("{namespace}/{name}")
    @Produces(Html.JSON_TWIN)
    public ScheduleDetail schedule(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        return index.schedule(namespace, name).map(v -> ScheduleRows.detail(v, clock.instant()))
                .orElseThrow(() -> new NotFoundException("No ScheduledSparkApplication " + namespace + "/" + name));
    }
}
