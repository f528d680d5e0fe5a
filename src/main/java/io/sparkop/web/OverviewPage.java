package io.sparkop.web;

import io.javaoperatorsdk.operator.Operator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.AppQuery;
import io.sparkop.index.SparkIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code /}: counts by state, what runs now, the last day's failures, schedules, pods and the operator's health. */
@Path("/")
public class OverviewPage {

    @CheckedTemplate(basePath = "overview", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record OverviewTemplate(Overview overview) implements TemplateInstance {
    }

    static final Duration FAILURE_WINDOW = Duration.ofHours(24);
    static final int SHOWN = 50;

    @Inject
    SparkIndex index;
    @Inject
    Clock clock;
    @Inject
    Operator operator;
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String version;

    @GET
    @Produces(Html.PAGE)
    public TemplateInstance page() {
        return new OverviewTemplate(overview());
    }

    @GET
    @Produces(Html.JSON_TWIN)
    public Overview overview() {
        Instant now = clock.instant();
        List<SparkApplication> all = index.applications(AppQuery.ALL);
        Map<AppState, Long> counts = index.countsByState(null);
        List<Overview.StateCount> states = counts.entrySet().stream()
                .map(e -> new Overview.StateCount(StateStyle.label(e.getKey()), StateStyle.cssClass(e.getKey()),
                        StateStyle.symbol(e.getKey()), e.getValue(), "/applications?state=" + StateStyle.label(e.getKey())))
                .toList();
        List<AppRow> running = all.stream().filter(a -> SparkIndex.stateOf(a) == AppState.RUNNING)
                .map(a -> ApplicationRows.row(a, now)).toList();
        Instant since = now.minus(FAILURE_WINDOW);
        List<AppRow> failures = all.stream()
                .filter(a -> StateStyle.FAILURES.contains(SparkIndex.stateOf(a)))
                .map(a -> ApplicationRows.row(a, now))
                .filter(r -> isAfter(Objects.requireNonNullElse(r.finished(), r.submitted()), since))
                .sorted(Comparator.comparing((AppRow r) -> Objects.requireNonNullElse(r.finished(), "")).reversed())
                .toList();
        List<ScheduleRow> schedules = index.schedules(null).stream().map(s -> ScheduleRows.row(s, now)).toList();
        var runtime = operator.getRuntimeInfo();
        return new Overview(states, first(running), running.size(), first(failures), failures.size(), schedules,
                index.podsByPhase(null), version,
                runtime.isStarted() && runtime.allEventSourcesAreHealthy(), all.size());
    }

    private static List<AppRow> first(List<AppRow> rows) {
        return rows.subList(0, Math.min(SHOWN, rows.size()));
    }

    private static boolean isAfter(String time, Instant since) {
        Instant when = Humanise.instant(time);
        return when != null && when.isAfter(since);
    }
}
