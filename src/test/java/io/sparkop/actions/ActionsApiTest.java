package io.sparkop.actions;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import io.sparkop.kube.EventReasons;
import io.sparkop.schedule.ManualRuns;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The REST API's contract on the mock API server, acting with the caller's token only. */
@QuarkusTest
@WithKubernetesTestServer
@TestProfile(ActionsEnabled.class)
class ActionsApiTest {

    static final String NS = "acts";
    static final String TOKEN = "alice-token";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @Inject
    SparkIndex index;
    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void submitRefusesABadSpecWithTheFieldAndCreatesNothing() {
        String yaml = spec("bad-mem").replaceFirst("memory: 512m", "memory: 2Gi");
        given().auth().oauth2(TOKEN).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/v1/namespaces/" + NS + "/applications")
                .then().statusCode(400)
                .body("problems.field", hasItem("spec.driver.memory"))
                .body("error", containsString("is not a Spark size"));
        assertNull(client.resources(SparkApplication.class).inNamespace(NS).withName("bad-mem").get());
    }

    @Test
    void submitCreatesTheApplicationWithTheCallersTokenOnly() throws Exception {
        given().auth().oauth2(TOKEN).contentType("application/yaml").body(spec("submitted").getBytes())
                .post("/api/v1/namespaces/" + NS + "/applications")
                .then().statusCode(201).body("metadata.name", equalTo("submitted"));
        assertTrue(client.resources(SparkApplication.class).inNamespace(NS).withName("submitted").get() != null);
        RecordedRequest create; // the queue also holds other tests' creates, made with the test's own client (no token)
        do {
            create = request("POST", "/apis/sparkoperator.k8s.io/v1beta2/namespaces/" + NS + "/sparkapplications");
        } while (create.getHeader("Authorization") == null);
        assertEquals("Bearer " + TOKEN, create.getHeader("Authorization"));
    }

    @Test
    void withoutAnIdentityNothingHappens() {
        completed("no-token");
        given().post("/api/v1/namespaces/" + NS + "/applications/no-token/rerun").then().statusCode(401)
                .body("error", containsString("no Kubernetes identity"));
        given().get("/api/v1/namespaces/" + NS + "/applications").then().statusCode(401);
        assertEquals(List.of(), reruns("no-token"));
    }

    @Test
    void rerunCreatesOneNewApplicationLinkedToTheOriginalAndRecordsWhoDidIt() {
        completed("pi");
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/pi/rerun")
                .then().statusCode(200).body("created", equalTo("pi-rerun-1"));
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/pi/rerun")
                .then().statusCode(200).body("created", equalTo("pi-rerun-2"));
        assertEquals(List.of("pi-rerun-1", "pi-rerun-2"), reruns("pi"));
        SparkApplication rerun = client.resources(SparkApplication.class).inNamespace(NS).withName("pi-rerun-1").get();
        assertEquals(client.resources(SparkApplication.class).inNamespace(NS).withName("pi").get().getSpec()
                .getMainClass(), rerun.getSpec().getMainClass());
        await().atMost(WAIT).until(() -> events("pi").stream().anyMatch(e -> EventReasons.USER_ACTION
                .equals(e.getReason()) && e.getMessage().contains("rerun by token:")
                && e.getMessage().contains("created pi-rerun-1")));

        await().atMost(WAIT).until(() -> index.findApplication(NS, "pi-rerun-1").isPresent());
        given().get("/applications/" + NS + "/pi").then().statusCode(200)
                .body(containsString("href=\"/applications/" + NS + "/pi-rerun-1\""));
        given().get("/applications/" + NS + "/pi-rerun-1").then().statusCode(200)
                .body(containsString("Re-run of <a href=\"/applications/" + NS + "/pi\""));
    }

    @Test
    void anUnfinishedApplicationIsNotRerunAndTheRefusalIsAudited() {
        create("busy");
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/busy/rerun")
                .then().statusCode(409).body("error", containsString("only a COMPLETED or FAILED"));
        assertEquals(List.of(), reruns("busy"));
        await().atMost(WAIT).until(() -> events("busy").stream()
                .anyMatch(e -> EventReasons.USER_ACTION_REFUSED.equals(e.getReason())));
    }

    @Test
    void suspendAndResumeSetSpecSuspend() {
        create("sus");
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/sus/suspend")
                .then().statusCode(200);
        assertEquals(Boolean.TRUE, client.resources(SparkApplication.class).inNamespace(NS).withName("sus").get()
                .getSpec().getSuspend());
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/sus/resume")
                .then().statusCode(200);
        assertEquals(Boolean.FALSE, client.resources(SparkApplication.class).inNamespace(NS).withName("sus").get()
                .getSpec().getSuspend());
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/applications/nothing-here/suspend")
                .then().statusCode(404);
    }

    @Test
    void runNowStartsOneManualRunAndForbidRefusesWhileOneIsUnfinished() {
        schedule("nightly", ConcurrencyPolicy.FORBID);
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/schedules/nightly/run")
                .then().statusCode(200).body("created", org.hamcrest.Matchers.matchesPattern("nightly-[0-9]+"));
        List<SparkApplication> runs = runs("nightly");
        assertEquals(1, runs.size());
        assertEquals("true", runs.get(0).getMetadata().getLabels().get(ManualRuns.MANUAL));
        given().auth().oauth2(TOKEN).post("/api/v1/namespaces/" + NS + "/schedules/nightly/run")
                .then().statusCode(409).body("error", containsString("concurrencyPolicy Forbid"));
        assertEquals(1, runs("nightly").size());
    }

    @Test
    void listAndGetReturnTheResourcesAsTheApiServerDoes() {
        create("listed");
        given().auth().oauth2(TOKEN).get("/api/v1/namespaces/" + NS + "/applications").then().statusCode(200)
                .body("metadata.name", hasItem("listed"));
        given().auth().oauth2(TOKEN).get("/api/v1/namespaces/" + NS + "/applications/listed").then().statusCode(200)
                .body("spec.mainClass", equalTo("org.apache.spark.examples.SparkPi"));
        given().auth().oauth2(TOKEN).get("/api/v1/namespaces/" + NS + "/applications/absent").then().statusCode(404);
    }

    @Test
    void deleteRemovesTheApplication() {
        create("doomed");
        given().auth().oauth2(TOKEN).delete("/api/v1/namespaces/" + NS + "/applications/doomed").then().statusCode(200);
        await().atMost(WAIT).until(() -> client.resources(SparkApplication.class).inNamespace(NS).withName("doomed")
                .get() == null);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/namespaces/{namespace}/applications'.post.responses.'400'.description",
                        containsString("field"))
                .body("paths.'/api/v1/namespaces/{namespace}/applications/{name}/rerun'.post.summary",
                        containsString("Re-run"))
                .body("paths.'/api/v1/namespaces/{namespace}/schedules/{name}/run'.post.responses.'409'",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void watchStreamsTheNamespacesApplicationsAsServerSentEvents() throws Exception {
        create("watched"); // a watch from no resourceVersion starts with every existing object, ADDED
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/namespaces/" + NS + "/watch"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/event-stream").build();
        var response = java.net.http.HttpClient.newHttpClient().sendAsync(request,
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            var stream = response.join();
            lines.add("status:" + stream.statusCode());
            stream.body().forEach(lines::add);
        });
        reader.setDaemon(true);
        reader.start();

        String added = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (added == null && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data:") && line.contains("\"name\":\"watched\"")) {
                added = line;
            }
        }
        assertTrue(added != null, "no event for the application; got " + lines);
        assertTrue(added.contains("\"type\":\"ADDED\""), added);
        RecordedRequest watch;
        do {
            watch = request("GET", "/apis/sparkoperator.k8s.io/v1beta2/namespaces/" + NS + "/sparkapplications?");
        } while (!watch.getPath().contains("watch=true"));
        assertEquals("Bearer " + TOKEN, watch.getHeader("Authorization"));
    }

    @Test
    void watchWithoutAnIdentityIsRefused() {
        given().accept("text/event-stream").get("/api/v1/namespaces/" + NS + "/watch").then().statusCode(401);
    }

    private RecordedRequest request(String method, String path) throws InterruptedException {
        RecordedRequest request;
        while ((request = server.getKubernetesMockServer().takeRequest(10, TimeUnit.SECONDS)) != null) {
            if (method.equals(request.getMethod()) && request.getPath().startsWith(path)) {
                return request;
            }
        }
        throw new AssertionError("no " + method + " " + path);
    }

    static String spec(String name) {
        try {
            return Files.readString(Path.of("examples/spark-pi.yaml")).replace("name: spark-pi", "name: " + name)
                    .replace("namespace: default", "namespace: " + NS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SparkApplication create(String name) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(NS);
        app.getSpec().setSparkConf(app.getSpec().getSparkConf() == null ? new HashMap<>()
                : new HashMap<>(app.getSpec().getSparkConf()));
        return client.resource(app).create();
    }

    private void completed(String name) {
        create(name);
        var kubelet = new FakeKubelet(client);
        await().atMost(WAIT).until(() -> !client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, name).list()
                .getItems().isEmpty());
        var driver = client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, name).list().getItems().get(0);
        kubelet.succeed(kubelet.start(driver));
        await().atMost(WAIT).until(() -> SparkIndex.stateOf(client.resources(SparkApplication.class).inNamespace(NS)
                .withName(name).get()) == AppState.COMPLETED);
    }

    private void schedule(String name, ConcurrencyPolicy policy) {
        SparkApplication template = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        ScheduledSparkApplication schedule = new ScheduledSparkApplication();
        schedule.getMetadata().setName(name);
        schedule.getMetadata().setNamespace(NS);
        ScheduledSparkApplicationSpec spec = new ScheduledSparkApplicationSpec();
        spec.setSchedule("0 3 * * *");
        spec.setConcurrencyPolicy(policy);
        spec.setTemplate(template.getSpec());
        schedule.setSpec(spec);
        client.resource(schedule).create();
    }

    private List<String> reruns(String name) {
        return client.resources(SparkApplication.class).inNamespace(NS).withLabel(ReRuns.RERUN_OF, name).list()
                .getItems().stream().map(a -> a.getMetadata().getName()).sorted().toList();
    }

    private List<SparkApplication> runs(String schedule) {
        return client.resources(SparkApplication.class).inNamespace(NS).withLabel(Labels.SCHEDULED_APP_NAME, schedule)
                .list().getItems();
    }

    private List<Event> events(String name) {
        return client.v1().events().inNamespace(NS).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName())).toList();
    }
}
