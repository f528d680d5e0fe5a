package io.sparkop.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The default: actions off, every action endpoint absent and the dashboard exactly read-only. */
@QuarkusTest
@WithKubernetesTestServer
class ActionsDisabledTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/namespaces/default/applications",
        "POST, /api/v1/namespaces/default/applications",
        "GET, /api/v1/namespaces/default/applications/spark-pi",
        "DELETE, /api/v1/namespaces/default/applications/spark-pi",
        "POST, /api/v1/namespaces/default/applications/spark-pi/suspend",
        "POST, /api/v1/namespaces/default/applications/spark-pi/resume",
        "POST, /api/v1/namespaces/default/applications/spark-pi/rerun",
        "GET, /api/v1/namespaces/default/schedules",
        "GET, /api/v1/namespaces/default/schedules/nightly",
        "DELETE, /api/v1/namespaces/default/schedules/nightly",
        "POST, /api/v1/namespaces/default/schedules/nightly/suspend",
        "POST, /api/v1/namespaces/default/schedules/nightly/resume",
        "POST, /api/v1/namespaces/default/schedules/nightly/run",
        "GET, /api/v1/namespaces/default/watch",
        "POST, /actions/applications/default/spark-pi/rerun",
        "POST, /actions/applications/default/spark-pi/delete",
        "POST, /actions/schedules/default/nightly/run",
        "GET, /session",
        "POST, /session",
        "POST, /session/sign-out",
    })
    void everyActionEndpointIsAbsent(String method, String path) {
        given().auth().oauth2("any-token").contentType("application/json").body("{}").request(method, path)
                .then().statusCode(404);
    }

    @Inject
    KubernetesClient client;
    @Inject
    SparkIndex index;

    @Test
    void pagesOfferNoActionsAndSetNoSessionCookie() {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setNamespace("read-only");
        client.resource(app).create();
        await().atMost(Duration.ofSeconds(30)).until(() -> index.findApplication("read-only", "spark-pi").isPresent());
        for (String page : List.of("/applications", "/schedules", "/sessions", "/applications/read-only/spark-pi")) {
            given().get(page).then().statusCode(200).body(not(containsString("csrf")))
                    .body(not(containsString("<form method=\"post\"")))
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }
}
