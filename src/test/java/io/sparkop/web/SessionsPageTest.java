package io.sparkop.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectState;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The Sessions page and its JSON twin, the server's log through the logs page, and hostile text escaped. */
@QuarkusTest
@WithKubernetesTestServer
class SessionsPageTest {

    static final String NS = "sess";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void aReadySessionShowsItsEndpointExecutorsLogAndSparkUi() {
        create("nb-ready", c -> { });
        Pod pod = await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("nb-ready-server").get(), p -> p != null);
        new FakeKubelet(client).start(pod);
        awaitState("nb-ready", SparkConnectState.READY);

        String page = given().get("/sessions").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(page.contains("sc://nb-ready-server.sess.svc.cluster.local:15002"), page);
        assertTrue(page.contains("href=\"/applications/sess/nb-ready/logs/nb-ready-server\""), page);
        assertTrue(page.contains("href=\"/applications/sess/nb-ready/spark-ui/\""), page);
        assertTrue(page.contains("href=\"/sessions\">Sessions</a>"), "the nav links the page");
        await().atMost(WAIT).untilAsserted(() -> given().accept("application/json").get("/sessions?namespace=" + NS)
                .then().statusCode(200)
                .body("find { it.name == 'nb-ready' }.state", equalTo("Ready"))
                .body("find { it.name == 'nb-ready' }.endpoint", equalTo("sc://nb-ready-server.sess.svc.cluster.local:15002"))
                .body("find { it.name == 'nb-ready' }.serverPod", equalTo("nb-ready-server"))
                .body("find { it.name == 'nb-ready' }.logsPath", equalTo("/applications/sess/nb-ready/logs/nb-ready-server")));

        server.expect().get()
                .withPath("/api/v1/namespaces/sess/pods/nb-ready-server/log?pretty=false&container=spark-kubernetes-driver&tailLines=500&limitBytes=2048000")
                .andReturn(200, "INFO SparkConnectServer: Spark Connect server started at: 0.0.0.0:15002\n")
                .always();
        given().get("/applications/sess/nb-ready/logs/nb-ready-server").then().statusCode(200)
                .body(containsString("Spark Connect server started"))
                .body(containsString("href=\"/sessions\""));
        given().get("/applications/sess/nb-ready/logs/someone-elses-pod").then().statusCode(404);
    }

    @Test
    void aFailedSessionSaysWhyWithUserTextEscapedAndHasNoSparkUi() {
        create("nb-bad", c -> c.getSpec().getExecutor().setMemory("<script>alert(1)</script>"));
        awaitState("nb-bad", SparkConnectState.FAILED);
        await().atMost(WAIT).untilAsserted(() -> given().get("/sessions").then().statusCode(200)
                .body(containsString("spec.executor.memory: &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; is not a Spark size"))
                .body(not(containsString("<script>alert(1)"))));
        given().accept("application/json").get("/sessions").then().statusCode(200)
                .body("find { it.name == 'nb-bad' }.state", equalTo("Failed"))
                .body("find { it.name == 'nb-bad' }.sparkUiPath", equalTo(null))
                .body("find { it.name == 'nb-bad' }.serverPod", equalTo(null));
        given().get("/applications/sess/nb-bad/spark-ui/").then().statusCode(503).body(containsString("Failed"));
        given().get("/applications/sess/nobody/spark-ui/").then().statusCode(404);
    }

    private void create(String name, Consumer<SparkConnect> customise) {
        SparkConnect conn = Manifests.read(Path.of("examples/spark-connect.yaml"), SparkConnect.class);
        conn.getMetadata().setName(name);
        conn.getMetadata().setNamespace(NS);
        customise.accept(conn);
        client.resource(conn).create();
    }

    private void awaitState(String name, SparkConnectState state) {
        await().atMost(WAIT).until(() -> client.resources(SparkConnect.class).inNamespace(NS).withName(name).get(),
                c -> c.getStatus() != null && c.getStatus().getState() == state);
        await().atMost(WAIT).untilAsserted(() -> given().accept("application/json").get("/sessions?namespace=" + NS)
                .then().body("find { it.name == '" + name + "' }.state", equalTo(state.wire())));
    }
}
