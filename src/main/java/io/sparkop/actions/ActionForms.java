package io.sparkop.actions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.OperatorConfig;
import io.sparkop.OperatorConfig.Actions.IdentityMode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The dashboard's buttons: each a POST form carrying the session's CSRF token, answered with a redirect back to
 * the page (303), which shows what happened. Deleting asks for the object's name typed again.
 */
@Path("/")
public class ActionForms {

    @CheckedTemplate(basePath = "actions", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record SignIn(ActionsView actions, boolean proxy, String proxyUser) implements TemplateInstance {
    }

    @Inject
    Callers callers;
    @Inject
    Actions actions;
    @Inject
    BrowserSession browser;
    @Inject
    ActionsViews views;
    @Inject
    OperatorConfig config;

    @POST
    @Path("actions/applications/{namespace}/{name}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response application(@PathParam("namespace") String namespace, @PathParam("name") String name,
            @PathParam("action") String action, @FormParam("csrf") String csrf, @FormParam("confirm") String confirm) {
        String page = page("/applications/", namespace, name);
        return switch (action) {
            case "suspend" -> act(csrf, page, c -> actions.suspend(c, Actions.Kind.APPLICATION, namespace, name, true));
            case "resume" -> act(csrf, page, c -> actions.suspend(c, Actions.Kind.APPLICATION, namespace, name, false));
            case "rerun" -> act(csrf, page, c -> actions.rerun(c, namespace, name));
            case "delete" -> confirmed(name, confirm, page)
                    ? act(csrf, "/applications", c -> actions.delete(c, Actions.Kind.APPLICATION, namespace, name))
                    : back(page);
            default -> Response.status(404).build();
        };
    }

    @POST
    @Path("actions/schedules/{namespace}/{name}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("namespace") String namespace, @PathParam("name") String name,
            @PathParam("action") String action, @FormParam("csrf") String csrf, @FormParam("confirm") String confirm) {
        String page = page("/schedules/", namespace, name);
        return switch (action) {
            case "suspend" -> act(csrf, page, c -> actions.suspend(c, Actions.Kind.SCHEDULE, namespace, name, true));
            case "resume" -> act(csrf, page, c -> actions.suspend(c, Actions.Kind.SCHEDULE, namespace, name, false));
            case "run" -> act(csrf, page, c -> actions.runNow(c, namespace, name));
            case "delete" -> confirmed(name, confirm, page)
                    ? act(csrf, "/schedules", c -> actions.delete(c, Actions.Kind.SCHEDULE, namespace, name))
                    : back(page);
            default -> Response.status(404).build();
        };
    }

    @GET
    @Path("session")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signInPage() {
        boolean proxy = config.dashboard().actions().identity() == IdentityMode.PROXY;
        return new SignIn(views.view(), proxy, null);
    }

    /** Bearer mode: the token is checked with the API server and kept server-side, never in the cookie. */
    @POST
    @Path("session")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("csrf") String csrf, @FormParam("token") String token) {
        callers.checkSessionChange(csrf);
        var session = browser.current();
        if (token == null || token.isBlank()) {
            session.flash("Paste a Kubernetes token to sign in.");
            return back("/session");
        }
        String stripped = token.strip();
        try (var client = callers.clientWithToken(stripped)) {
            String who = callers.whoAmI(client, stripped);
            session.signIn(stripped, who);
            session.flash("Signed in as " + who + ".");
        } catch (ActionRefused e) {
            session.flash("Not signed in: " + e.getMessage());
        }
        return back("/session");
    }

    @POST
    @Path("session/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf) {
        callers.checkSessionChange(csrf);
        browser.end();
        return back("/");
    }

    private boolean confirmed(String name, String confirm, String page) {
        if (name.equals(confirm)) {
            return true;
        }
        browser.current().flash("Not deleted: type the name " + name + " to confirm.");
        return false;
    }

    private Response act(String csrf, String then, Function<Caller, Actions.Outcome> action) {
        String message;
        try (Caller caller = callers.forChange(csrf)) {
            Actions.Outcome outcome = action.apply(caller);
            message = "Done: " + outcome.result() + ".";
        } catch (ActionRefused e) {
            if (e.getMessage().startsWith("missing or wrong CSRF") || e.getMessage().startsWith("request from")) {
                throw e; // a forged request gets nothing but the refusal
            }
            message = "Refused (" + e.status() + "): " + e.getMessage();
        }
        browser.current().flash(message);
        return back(then);
    }

    private static String page(String list, String namespace, String name) {
        return list + URLEncoder.encode(namespace, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static Response back(String page) {
        return Response.seeOther(URI.create(page)).build();
    }
}
