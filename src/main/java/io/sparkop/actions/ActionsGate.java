package io.sparkop.actions;

import io.sparkop.OperatorConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With actions off (the default) the REST API, the action forms and sign-in do not exist: 404, before any
 * resource runs. And how a refused action answers: JSON naming the reason and, for a bad spec, each field.
 */
public class ActionsGate {

    static final List<String> PREFIXES = List.of("/api/", "/actions/", "/session/");
    /** Sign-in; not a prefix: the dashboard's Sessions page (/sessions) stays. */
    static final String SIGN_IN = "/session";

    @Inject
    OperatorConfig config;

    @ServerRequestFilter(preMatching = true)
    public Response absentWhenDisabled(ContainerRequestContext request) {
        if (config.dashboard().actions().enabled()) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return path.equals(SIGN_IN) || PREFIXES.stream().anyMatch(path::startsWith)
                ? Response.status(404).type(MediaType.APPLICATION_JSON)
                        .entity(Map.of("error", "actions are disabled (sparkop.dashboard.actions.enabled=false)"))
                        .build()
                : null;
    }

    @ServerExceptionMapper
    public Response refused(ActionRefused e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new Refusal(e.getMessage(), e.problems())).build();
    }

    /** The body of every refusal. */
    public record Refusal(String error, List<ActionRefused.Problem> problems) {
    }
}
