package io.sparkop.web;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.index.ClusterCaches;
import io.sparkop.testing.Manifests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: server time of the application list with 5,000 applications in the cache, and the
 * heap those applications take. Run by bench/dashboard-list-page (-Dbench=true); skipped otherwise.
 */
@QuarkusTest
@WithKubernetesTestServer
@TestProfile(ListPageBenchmark.SyntheticCluster.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ListPageBenchmark {

    static final int APPLICATIONS = 5000;
    static final int ROUNDS = 200;

    public static class SyntheticCluster implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SyntheticCaches.class);
        }
    }

    @Alternative
    @ApplicationScoped
    public static class SyntheticCaches implements ClusterCaches {
        final List<SparkApplication> apps = syntheticApplications(APPLICATIONS);

        public Stream<SparkApplication> applications() {
            return apps.stream();
        }

        public Stream<ScheduledSparkApplication> schedules() {
            return Stream.empty();
        }

        public Stream<Pod> pods(String namespace) {
            return Stream.empty();
        }

        public Stream<Event> events(String namespace) {
            return Stream.empty();
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void listPageWith5000Applications() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format("read model memory: %.1f KiB per application (heap of %d finished applications as cached)%n",
                heapPerApplication() / 1024.0, APPLICATIONS));
        for (String query : List.of("/applications", "/applications?sort=age&dir=desc&page=40",
                "/applications?state=FAILED&q=etl&labels=team%3Ddata", "/")) {
            report.append(time(query, "text/html")).append(time(query, "application/json"));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/dashboard-list-page.txt"), report);
    }

    private String time(String path, String accept) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
        for (int i = 0; i < 20; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        long[] nanos = new long[ROUNDS];
        int bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            bytes = http.send(request, HttpResponse.BodyHandlers.ofString()).body().length();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-55s %-17s median %6.1f ms  p95 %6.1f ms  (%d kB)%n", path, accept,
                nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 95 / 100] / 1e6, bytes / 1000);
    }

    private static long heapPerApplication() {
        Runtime runtime = Runtime.getRuntime();
        settle();
        long before = runtime.totalMemory() - runtime.freeMemory();
        List<SparkApplication> held = syntheticApplications(APPLICATIONS);
        settle();
        long after = runtime.totalMemory() - runtime.freeMemory();
        long perApp = (after - before) / held.size();
        return held.isEmpty() ? 0 : perApp;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** Applications as the cache holds them after a run: spec of examples/spark-pi.yaml, a full status. */
    static List<SparkApplication> syntheticApplications(int count) {
        AppState[] states = {AppState.COMPLETED, AppState.COMPLETED, AppState.COMPLETED, AppState.FAILED, AppState.RUNNING,
                AppState.SUBMITTED};
        List<SparkApplication> apps = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
            var meta = app.getMetadata();
            meta.setName((i % 3 == 0 ? "etl-" : "pi-") + i);
            meta.setNamespace("team-" + (i % 10));
            meta.setUid("uid-" + i);
            meta.setResourceVersion(String.valueOf(i));
            meta.setCreationTimestamp(t0.plusSeconds(60L * i).toString());
            meta.setLabels(new HashMap<>(Map.of("team", i % 2 == 0 ? "data" : "web")));
            SparkApplicationStatus status = new SparkApplicationStatus();
            AppState state = states[i % states.length];
            status.setApplicationState(new ApplicationState(state, state == AppState.FAILED
                    ? "driver container failed with ExitCode: 137, Reason: OOMKilled" : null));
            status.setSubmissionID("sub-" + i);
            status.setSparkApplicationId("spark-" + i);
            status.setExecutionAttempts(1);
            status.setSubmissionAttempts(1);
            status.setLastSubmissionAttemptTime(t0.plusSeconds(60L * i + 2).toString());
            if (state == AppState.COMPLETED || state == AppState.FAILED) {
                status.setTerminationTime(t0.plusSeconds(60L * i + 300).toString());
            }
            app.setStatus(status);
            meta.getLabels().put(Labels.APP_NAME, meta.getName());
            apps.add(app);
        }
        return apps;
    }
}
