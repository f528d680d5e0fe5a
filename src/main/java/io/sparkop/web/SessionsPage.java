package io.sparkop.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.OperatorConfig;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectState;
import io.sparkop.connect.ConnectCaches;
import io.sparkop.connect.ConnectNames;
import io.sparkop.connect.ConnectStatuses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Spark Connect sessions (SparkConnects): what a notebook user needs to connect and to see why not. */
@Path("/sessions")
public class SessionsPage {

    @CheckedTemplate(basePath = "sessions", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record SessionList(List<SessionRow> sessions) implements TemplateInstance {
    }

    @Inject
    ConnectCaches caches;
    @Inject
    OperatorConfig config;

    @GET
    @Produces(Html.PAGE)
    public TemplateInstance listPage(@QueryParam("namespace") String namespace) {
        return new SessionList(list(namespace));
    }

    @GET
    @Produces(Html.JSON_TWIN)
    public List<SessionRow> list(@QueryParam("namespace") String namespace) {
        return caches.sessions(namespace == null || namespace.isBlank() ? null : namespace).stream().map(this::row).toList();
    }

    private SessionRow row(SparkConnect conn) {
        var status = conn.getStatus();
        SparkConnectState state = status == null || status.getState() == null ? SparkConnectState.NEW : status.getState();
        String message = status == null || status.getConditions() == null ? null : status.getConditions().stream()
                .filter(c -> ConnectStatuses.SERVER_POD_READY.equals(c.getType())).map(c -> c.getMessage())
                .findFirst().orElse(null);
        String namespace = conn.getMetadata().getNamespace();
        String name = conn.getMetadata().getName();
        String pod = caches.serverPod(conn).map(p -> p.getMetadata().getName()).orElse(null);
        String logs = pod != null && config.dashboard().logs() ? Paths.logs(namespace, name, pod) : null;
        String ui = state == SparkConnectState.READY && config.dashboard().sparkUiProxy() ? Paths.sparkUi(namespace, name) : null;
        return new SessionRow(namespace, name, state == SparkConnectState.NEW ? "New" : state.wire(), message,
                ConnectNames.endpoint(conn), pod, status == null ? null : status.getExecutors(), logs, ui);
    }
}
