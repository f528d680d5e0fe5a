package io.sparkop.actions;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.response.Response;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard's buttons: CSRF token, session cookie, sign-in with a token kept server-side, confirmation. */
@QuarkusTest
@WithKubernetesTestServer
@TestProfile(ActionsEnabled.class)
class ActionFormsTest {

    static final String NS = "forms";
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    KubernetesClient client;
    @Inject
    SparkIndex index;

    /** A browser's session: the cookie the dashboard set and the token its pages carry. */
    record Browser(String cookie, String csrf) {
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndHoldsNoToken() {
        Response page = given().get("/session");
        String setCookie = page.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        Browser browser = browser(page);
        signIn(browser, "bob-secret-token");
        given().cookie(Sessions.COOKIE, browser.cookie()).get("/session").then()
                .body(containsString("You act as")).body(not(containsString("bob-secret-token")));
        assertTrue(!setCookie.contains("bob-secret-token"));
    }

    @Test
    void aForgedFormWithoutTheTokenIsRefusedAndChangesNothing() {
        create("forged");
        Browser browser = browser(given().get("/applications/" + NS + "/forged"));
        signIn(browser, "carol-token");
        // another site's page posting to the dashboard: the browser would send no cookie (SameSite=Strict), and
        // even with it, the page cannot know the token
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("confirm", "forged").redirects().follow(false)
                .post("/actions/applications/" + NS + "/forged/delete").then().statusCode(403)
                .body(containsString("CSRF"));
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", "guessed").redirects().follow(false)
                .post("/actions/applications/" + NS + "/forged/suspend").then().statusCode(403);
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .header("Origin", "https://evil.example").redirects().follow(false)
                .post("/actions/applications/" + NS + "/forged/suspend").then().statusCode(403)
                .body(containsString("another site"));
        given().contentType("application/json").body("{}").header("Origin", "https://evil.example")
                .post("/api/v1/namespaces/" + NS + "/applications/forged/suspend").then().statusCode(403);
        SparkApplication app = client.resources(SparkApplication.class).inNamespace(NS).withName("forged").get();
        assertNotNull(app);
        assertNull(app.getSpec().getSuspend());
    }

    @Test
    void aButtonWithTheTokenActsAndTheNextPageSaysSo() {
        create("buttons");
        await().atMost(Duration.ofSeconds(30)).until(() -> index.findApplication(NS, "buttons").isPresent());
        Response page = given().get("/applications/" + NS + "/buttons");
        page.then().body(containsString("id=\"action-suspend\"")).body(containsString("id=\"sign-in-link\""));
        Browser browser = browser(page);
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf()).redirects().follow(false)
                .post("/actions/applications/" + NS + "/buttons/suspend").then().statusCode(303);
        given().cookie(Sessions.COOKIE, browser.cookie()).get("/applications/" + NS + "/buttons").then()
                .body(containsString("Refused (401)"));

        signIn(browser, "dave-token");
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf()).redirects().follow(false)
                .post("/actions/applications/" + NS + "/buttons/suspend").then().statusCode(303);
        assertEquals(Boolean.TRUE, client.resources(SparkApplication.class).inNamespace(NS).withName("buttons").get()
                .getSpec().getSuspend());
        given().cookie(Sessions.COOKIE, browser.cookie()).get("/applications/" + NS + "/buttons").then()
                .body(containsString("Done: spec.suspend set to true"));
    }

    @Test
    void deleteNeedsTheNameTypedAgain() {
        create("confirm-me");
        Browser browser = browser(given().get("/session"));
        signIn(browser, "erin-token");
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .formParam("confirm", "something-else").redirects().follow(false)
                .post("/actions/applications/" + NS + "/confirm-me/delete").then().statusCode(303);
        assertNotNull(client.resources(SparkApplication.class).inNamespace(NS).withName("confirm-me").get());
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .formParam("confirm", "confirm-me").redirects().follow(false)
                .post("/actions/applications/" + NS + "/confirm-me/delete").then().statusCode(303);
        await().atMost(Duration.ofSeconds(30)).until(() -> client.resources(SparkApplication.class).inNamespace(NS)
                .withName("confirm-me").get() == null);
    }

    private Browser browser(Response page) {
        String cookie = page.getCookie(Sessions.COOKIE);
        Matcher csrf = CSRF.matcher(page.asString());
        assertNotNull(cookie, "no session cookie");
        assertTrue(csrf.find(), "no CSRF token in the page");
        return new Browser(cookie, csrf.group(1));
    }

    private void signIn(Browser browser, String token) {
        given().cookie(Sessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf()).formParam("token", token)
                .redirects().follow(false).post("/session").then().statusCode(303);
    }

    private void create(String name) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(NS);
        app.getSpec().setSparkConf(app.getSpec().getSparkConf() == null ? new HashMap<>()
                : new HashMap<>(app.getSpec().getSparkConf()));
        client.resource(app).create();
    }
}
