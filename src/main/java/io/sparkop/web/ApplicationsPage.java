package io.sparkop.web;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.OperatorConfig;
import io.sparkop.actions.ActionsView;
import io.sparkop.actions.ActionsViews;
import io.sparkop.actions.ReRuns;
import io.sparkop.api.AppState;
import io.sparkop.index.AppQuery;
import io.sparkop.index.LabelSelector;
import io.sparkop.index.SparkIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The application list and each application's page; both read the caches only. */
@Path("/applications")
public class ApplicationsPage {

    @CheckedTemplate(basePath = "applications", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record ApplicationList(AppList list) implements TemplateInstance {
    }

    @CheckedTemplate(basePath = "applications", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record ApplicationPage(ApplicationDetail detail, ReRunLinks links, ActionsView actions, List<ActionButton> buttons,
            String base) implements TemplateInstance {
    }

    static final List<String> STATES = Arrays.stream(AppState.values()).map(StateStyle::label).toList();

    @Inject
    SparkIndex index;
    @Inject
    Clock clock;
    @Inject
    OperatorConfig config;
    @Inject
    KubernetesClient client;
    @Inject
    ActionsViews actions;

    @GET
    @Produces(Html.PAGE)
    public Response listPage(@QueryParam("namespace") String namespace, @QueryParam("state") List<String> states,
            @QueryParam("q") String q, @QueryParam("labels") String labels, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("page") @DefaultValue("1") int page) {
        AppList list = list(new AppListQuery(namespace, states, q, labels, sort, "desc".equals(dir), page));
        return Response.status(list.problem() == null ? 200 : 400).entity(new ApplicationList(list)).build();
    }

    @GET
    @Produces(Html.JSON_TWIN)
    public Response listJson(@QueryParam("namespace") String namespace, @QueryParam("state") List<String> states,
            @QueryParam("q") String q, @QueryParam("labels") String labels, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @QueryParam("page") @DefaultValue("1") int page) {
        AppList list = list(new AppListQuery(namespace, states, q, labels, sort, "desc".equals(dir), page));
        return Response.status(list.problem() == null ? 200 : 400).entity(list).build();
    }

    AppList list(AppListQuery query) {
        List<String> namespaces = index.namespaces();
        LabelSelector selector;
        try {
            selector = LabelSelector.parse(query.labels());
        } catch (IllegalArgumentException e) {
            return new AppList(List.of(), 0, 1, 1, query, namespaces, STATES, "labels: " + e.getMessage());
        }
        Instant now = clock.instant();
        List<AppRow> rows = index.applications(new AppQuery(query.namespace(), query.appStates(), query.q(), selector))
                .stream().map(a -> ApplicationRows.row(a, now)).sorted(query.comparator()).toList();
        int size = config.dashboard().pageSize();
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int page = Math.min(query.page(), pages);
        List<AppRow> shown = rows.subList((page - 1) * size, Math.min(rows.size(), page * size));
        return new AppList(shown, rows.size(), page, pages, query, namespaces, STATES, null);
    }

    @GET
    @Path("{namespace}/{name}")
    @Produces(Html.PAGE)
    public TemplateInstance applicationPage(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        ApplicationDetail detail = application(namespace, name);
        var app = index.findApplication(namespace, name);
        boolean finished = app.map(a -> Set.of(AppState.COMPLETED, AppState.FAILED).contains(SparkIndex.stateOf(a)))
                .orElse(false);
        boolean suspended = app.map(a -> a.getSpec() != null && Boolean.TRUE.equals(a.getSpec().getSuspend()))
                .orElse(false);
        return new ApplicationPage(detail, links(namespace, name), actions.view(),
                ActionButton.forApplication(finished, suspended),
                "/actions" + Paths.application(namespace, name));
    }

    /** Re-runs link to their original by label, and the original lists its re-runs. */
    ReRunLinks links(String namespace, String name) {
        String of = index.findApplication(namespace, name).map(a -> a.getMetadata().getLabels())
                .map(labels -> labels.get(ReRuns.RERUN_OF)).orElse(null);
        List<String> reruns = index.applications(new AppQuery(namespace, Set.of(), null,
                LabelSelector.parse(ReRuns.RERUN_OF + "=" + name))).stream()
                .map(a -> a.getMetadata().getName()).toList();
        return new ReRunLinks(of, reruns);
    }

    @GET
    @Path("{namespace}/{name}")
    @Produces(Html.JSON_TWIN)
    public ApplicationDetail application(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        return index.application(namespace, name)
                .map(view -> ApplicationRows.detail(view, clock.instant(), client.getKubernetesSerialization(),
                        config.dashboard().logs(), config.dashboard().sparkUiProxy()))
                .orElseThrow(() -> new NotFoundException("No SparkApplication " + namespace + "/" + name));
    }
}
