package io.sparkop.reconcile;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.EventReasons;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API writes one application costs on its happy path, counted from the mock API server's request log:
 * each object created once, one status write per state reached, kubeflow's Events once each. A change
 * that adds a write fails here; lower the expectation when a write goes away without losing information.
 */
@QuarkusTest
@WithKubernetesTestServer
class HappyPathWritesTest {

    static final String NS = "writes-happy-path";
    static final String NAME = "spark-pi";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;

    private final List<RecordedRequest> seen = new ArrayList<>();

    @Test
    void oneApplicationFromCreateToCompletedWritesEachThingOnce() throws InterruptedException {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setNamespace(NS);
        client.resource(app).create();
        FakeKubelet kubelet = new FakeKubelet(client);

        Pod driver = driver(awaitState(AppState.SUBMITTED));
        // The UI Service is created beside the run, not waited for; once it exists, its address rides on the
        // next status write (RUNNING here) instead of one of its own.
        await().atMost(WAIT).until(() -> client.services().inNamespace(NS).withName(NAME + "-ui-svc").get() != null);
        kubelet.schedule(driver);
        kubelet.start(driver);
        awaitState(AppState.RUNNING);
        kubelet.succeed(driver);
        SparkApplication completed = awaitState(AppState.COMPLETED);
        assertEquals(":4040", completed.getStatus().getDriverInfo().getWebUIAddress().replaceFirst("^[^:]*", ""));
        // A later event about a finished application writes nothing more: no status, no repeated Event.
        kubelet.succeed(driver);

        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "POST pods", 1,
                "POST configmaps", 2, // spark.properties and the executor pod template, as spark-submit
                "POST services", 2,
                "PUT sparkapplications/status", 3,
                "POST events", 5));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertEquals(expected, operatorWrites()));
        // and stays so: the Events of the last reconciles are already counted
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> operatorWrites().equals(expected));
        assertEquals(List.of(EventReasons.APP_ADDED, EventReasons.APP_SUBMITTED, EventReasons.DRIVER_RUNNING,
                EventReasons.DRIVER_COMPLETED, EventReasons.APP_COMPLETED), reasons());
    }

    /**
     * The operator's writes in the test's namespace, as "METHOD resource[/subresource]": the test's own
     * create of the application and the fake kubelet's pod status writes left out.
     */
    private Map<String, Integer> operatorWrites() throws InterruptedException {
        for (RecordedRequest r; (r = server.getKubernetesMockServer().takeRequest(1, TimeUnit.MILLISECONDS)) != null; ) {
            seen.add(r);
        }
        Map<String, Integer> writes = new TreeMap<>();
        for (RecordedRequest r : seen) {
            String path = r.getPath().split("\\?")[0];
            String prefix = "/namespaces/" + NS + "/";
            int at = path.indexOf(prefix);
            if (at < 0 || !WRITES.contains(r.getMethod())) {
                continue;
            }
            String[] parts = path.substring(at + prefix.length()).split("/");
            String what = parts.length == 3 ? parts[0] + "/" + parts[2] : parts[0];
            String write = r.getMethod() + " " + what;
            if (write.equals("POST sparkapplications") || write.equals("PUT pods/status")) {
                continue;
            }
            writes.merge(write, 1, Integer::sum);
        }
        return writes;
    }

    private List<String> reasons() {
        return client.v1().events().inNamespace(NS).list().getItems().stream()
                .sorted(Comparator.comparingLong((Event e) -> Long.parseLong(
                        e.getMetadata().getName().substring(NAME.length() + 1), 16)))
                .map(Event::getReason).toList();
    }

    private SparkApplication awaitState(AppState state) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            SparkApplication app = client.resources(SparkApplication.class).inNamespace(NS).withName(NAME).get();
            return app != null && app.getStatus() != null && app.getStatus().getApplicationState() != null
                    && app.getStatus().getApplicationState().getState() == state;
        });
        return client.resources(SparkApplication.class).inNamespace(NS).withName(NAME).get();
    }

    private Pod driver(SparkApplication app) {
        String name = app.getStatus().getDriverInfo().getPodName();
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(name).get() != null);
        return client.pods().inNamespace(NS).withName(name).get();
    }
}
