package io.sparkop.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every page and its JSON twin on the mock API server, with hostile input where users can put text. */
@QuarkusTest
@WithKubernetesTestServer
class DashboardTest {

    static final String NS = "dash";
    static final String HOSTILE = "<script>alert(1)</script>";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @Inject
    SparkIndex index;
    @KubernetesTestServer
    KubernetesServer server;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void overviewCountsStatesAndListsWhatRunsWithItsJsonTwin() {
        SparkApplication app = running("ov-run", a -> { });

        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("Overview"))
                .body(containsString(app.getMetadata().getName()))
                .body(not(containsString("<script>")));
        given().accept("application/json").get("/").then().statusCode(200)
                .body("running.name", hasItem("ov-run"))
                .body("states.find { it.state == 'RUNNING' }.get('count')", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("podsByPhase.Running", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void applicationListFiltersSortsAndPagesWithTheFiltersInTheUrl() {
        create("list-a", a -> a.getMetadata().setLabels(new HashMap<>(Map.of("team", "data"))));
        create("list-b", a -> a.getMetadata().setLabels(new HashMap<>(Map.of("team", "web"))));
        awaitIndexed("list-b");

        given().accept("application/json").queryParam("namespace", NS).queryParam("labels", "team=data")
                .get("/applications").then().statusCode(200)
                .body("rows.name", equalTo(List.of("list-a")));
        given().accept("application/json").queryParam("q", "LIST-").queryParam("sort", "name").queryParam("dir", "desc")
                .get("/applications").then().statusCode(200)
                .body("rows.name", equalTo(List.of("list-b", "list-a")));
        given().accept("application/json").queryParam("namespace", NS).queryParam("state", "COMPLETED")
                .queryParam("q", "list-").get("/applications").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "list-").queryParam("labels", "team in (data,web)").get("/applications").then().statusCode(200)
                .body(containsString("list-a")).body(containsString("list-b"))
                .body(containsString("href=\"/applications?q=list-&amp;labels=team%20in%20%28data%2Cweb%29&amp;sort=name\""));
    }

    @Test
    void aBadLabelSelectorIsA400NamingItEscaped() {
        given().queryParam("labels", HOSTILE).get("/applications").then().statusCode(400)
                .body(containsString("is not a label selector requirement"))
                .body(containsString("&lt;script&gt;"))
                .body(not(containsString(HOSTILE)));
        given().accept("application/json").queryParam("labels", "a in (").get("/applications").then().statusCode(400)
                .body("problem", containsString("labels:"));
    }

    @Test
    void hostileTextRendersAsTextEverywhereOnTheApplicationPage() {
        SparkApplication app = create("hostile", a -> {
            a.getMetadata().setLabels(new HashMap<>(Map.of("note", "x")));
            a.getMetadata().setAnnotations(new HashMap<>(Map.of("note", HOSTILE)));
            a.getSpec().setArguments(List.of(HOSTILE, "\"><img src=x onerror=alert(1)>"));
            a.getSpec().getSparkConf().put("spark.app.description", HOSTILE);
        });
        client.v1().events().inNamespace(NS).resource(new EventBuilder()
                .withNewMetadata().withName("hostile.1").withNamespace(NS).endMetadata()
                .withNewInvolvedObject().withKind("SparkApplication").withName("hostile").withNamespace(NS).endInvolvedObject()
                .withType("Warning").withReason(HOSTILE).withMessage("message " + HOSTILE)
                .withLastTimestamp("2026-01-01T00:00:00Z").build()).create();
        awaitIndexed("hostile");
        await().atMost(WAIT).until(() -> index.application(NS, "hostile").orElseThrow().events().stream()
                .anyMatch(e -> "hostile.1".equals(e.getMetadata().getName())));

        String page = given().get("/applications/dash/hostile").then().statusCode(200).extract().asString();

        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped argument, event and conf");
        assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), page);
        assertEquals(1, page.split("<script", -1).length - 1, "only the dashboard's own script tag");
        assertTrue(page.contains("class=\"warning\""), "the Warning event is highlighted");
    }

    @Test
    void secretLookingValuesAreRedactedInTheSummaryTheYamlAndTheJson() {
        create("secrets", a -> {
            a.getSpec().getSparkConf().put("spark.hadoop.fs.s3a.secret.key", "s3cr3t-value");
            a.getSpec().getSparkConf().put("spark.hadoop.fs.s3a.endpoint", "http://minio:9000");
            a.getSpec().getDriver().setEnvVars(new HashMap<>(Map.of("DB_PASSWORD", "hunter2", "MODE", "batch")));
            a.getMetadata().setAnnotations(new HashMap<>(Map.of(SafeYaml.LAST_APPLIED, "{\"secret\":\"s3cr3t-value\"}")));
        });
        awaitIndexed("secrets");

        String page = given().get("/applications/dash/secrets").then().statusCode(200).extract().asString();
        String json = given().accept("application/json").get("/applications/dash/secrets").then().statusCode(200).extract().asString();

        for (String body : List.of(page, json)) {
            assertTrue(!body.contains("s3cr3t-value") && !body.contains("hunter2"), body);
            assertTrue(body.contains("http://minio:9000") && body.contains("batch"), "other values are shown");
            assertTrue(body.contains(Redaction.REDACTED));
            assertTrue(!body.contains("managedFields"));
        }
    }

    @Test
    void applicationJsonTwinHasPodsTimelineAndKubectlCommands() {
        running("twin", a -> { });
        given().accept("application/json").get("/applications/dash/twin").then().statusCode(200)
                .body("app.state", equalTo("RUNNING"))
                .body("pods.role", hasItem("driver"))
                .body("timeline.what", hasItem("Submitted"))
                .body("kubectl", hasItem("kubectl describe sparkapp -n dash twin"))
                .body("sparkUiPath", equalTo("/applications/dash/twin/spark-ui/"))
                .body("driverLogsPath", equalTo("/applications/dash/twin/logs/" + driver("twin").getMetadata().getName()));
    }

    @Test
    void unknownApplicationsAndSchedulesAre404PagesAndJson() {
        given().get("/applications/dash/" + "nope").then().statusCode(404).body(containsString("No SparkApplication dash/nope"));
        given().accept("application/json").get("/applications/dash/nope").then().statusCode(404)
                .body("error", equalTo("No SparkApplication dash/nope"));
        given().get("/schedules/dash/nope").then().statusCode(404).body(containsString("No ScheduledSparkApplication"));
    }

    @Test
    void theLogShowsTheTailEscapedWithoutAnsiAndSaysWhenAPodIsGone() {
        SparkApplication app = running("logged", a -> { });
        String pod = driver("logged").getMetadata().getName();
        server.expect().get()
                .withPath("/api/v1/namespaces/dash/pods/" + pod + "/log?pretty=false&container=spark-kubernetes-driver&tailLines=500&limitBytes=2048000")
                .andReturn(200, "INFO SparkContext: Running Spark\n\u001B[31mERROR\u001B[0m boom\n" + HOSTILE + "\n")
                .always();

        String page = given().get("/applications/dash/logged/logs/" + pod).then().statusCode(200).extract().asString();
        assertTrue(page.contains("INFO SparkContext: Running Spark"), page);
        assertTrue(page.contains("ERROR boom"), "ANSI colour codes stripped");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        given().accept("application/json").get("/applications/dash/logged/logs/" + pod).then().statusCode(200)
                .body("lines", equalTo(List.of("INFO SparkContext: Running Spark", "ERROR boom", HOSTILE)));

        given().get("/applications/dash/logged/logs/someone-elses-pod").then().statusCode(404)
                .body(containsString("is gone"));
        given().get("/applications/dash/logged/logs/someone-elses-pod/download").then().statusCode(404);
        given().get("/applications/dash/logged/logs/someone-elses-pod/follow").then().statusCode(404);
    }

    @Test
    void theSparkUiProxyReachesOnlyTheRunningDriverAndExplainsOtherwise() throws Exception {
        HttpServer sparkUi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sparkUi.createContext("/", exchange -> {
            byte[] body = ("spark ui at " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals("/")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1/applications/dash/ui/spark-ui/jobs/");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        sparkUi.start();
        try {
            int uiPort = sparkUi.getAddress().getPort();
            create("ui", a -> a.getSpec().getSparkConf().put("spark.ui.port", String.valueOf(uiPort)));
            awaitState("ui", AppState.SUBMITTED);
            given().get("/applications/dash/ui/spark-ui/").then().statusCode(503)
                    .body(containsString("not available")).body(containsString("SUBMITTED"));

            Pod driver = driver("ui");
            client.pods().inNamespace(NS).resource(driver).updateStatus();
            new FakeKubelet(client).start(driver);
            driver = driver("ui");
            driver.setStatus(new PodStatusBuilder(driver.getStatus()).withPodIP("127.0.0.1").build());
            client.pods().inNamespace(NS).resource(driver).updateStatus();
            awaitState("ui", AppState.RUNNING);
            await().atMost(WAIT).until(() -> "127.0.0.1".equals(index.application(NS, "ui").orElseThrow().driver()
                    .map(p -> p.getStatus().getPodIP()).orElse(null)));

            given().get("/applications/dash/ui/spark-ui/jobs/job/?id=3").then().statusCode(200)
                    .body(equalTo("spark ui at /jobs/job/?id=3"));
            given().redirects().follow(false).get("/applications/dash/ui/spark-ui/").then().statusCode(302)
                    .header("Location", "/applications/dash/ui/spark-ui/jobs/");
            given().get("/applications/dash/ui/spark-ui/..%2F..%2Fetc").then().statusCode(200)
                    .body(containsString("spark ui at /"));
        } finally {
            sparkUi.stop(0);
        }
    }

    @Test
    void liveUpdatesSendAStampAsServerSentEvents() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(200, response.statusCode());
            String line = reader.readLine();
            while (line != null && line.isBlank()) {
                line = reader.readLine();
            }
            assertTrue(line != null && line.startsWith("data:"), String.valueOf(line));
        }
    }

    private SparkApplication running(String name, Consumer<SparkApplication> customise) {
        create(name, customise);
        awaitState(name, AppState.SUBMITTED);
        new FakeKubelet(client).start(driver(name));
        awaitState(name, AppState.RUNNING);
        await().atMost(WAIT).until(() -> index.application(NS, name).map(v -> SparkIndex.stateOf(v.application()) == AppState.RUNNING
                && v.driver().map(p -> "Running".equals(SparkIndex.phaseOf(p))).orElse(false)).orElse(false));
        return client.resources(SparkApplication.class).inNamespace(NS).withName(name).get();
    }

    private SparkApplication create(String name, Consumer<SparkApplication> customise) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(NS);
        if (app.getSpec().getSparkConf() == null) {
            app.getSpec().setSparkConf(new HashMap<>());
        } else {
            app.getSpec().setSparkConf(new HashMap<>(app.getSpec().getSparkConf()));
        }
        customise.accept(app);
        return client.resource(app).create();
    }

    private void awaitIndexed(String name) {
        await().atMost(WAIT).until(() -> index.findApplication(NS, name).isPresent());
    }

    private void awaitState(String name, AppState state) {
        await().atMost(WAIT).until(() -> {
            SparkApplication app = client.resources(SparkApplication.class).inNamespace(NS).withName(name).get();
            return app != null && SparkIndex.stateOf(app) == state;
        });
    }

    private Pod driver(String name) {
        await().atMost(WAIT).until(() -> !client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, name)
                .withLabel(Labels.SPARK_ROLE, Labels.ROLE_DRIVER).list().getItems().isEmpty());
        return client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, name).withLabel(Labels.SPARK_ROLE, Labels.ROLE_DRIVER)
                .list().getItems().get(0);
    }
}
