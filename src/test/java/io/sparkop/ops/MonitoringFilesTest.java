package io.sparkop.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.SparkApplication;
import io.sparkop.reconcile.ApplicationTransition;
import io.sparkop.reconcile.ExecutorTransition;
import io.sparkop.schedule.ScheduleRunOutcome;
import io.sparkop.testing.Manifests;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every metric the shipped Grafana dashboard and alert rules query is one the running operator exposes. */
@QuarkusTest
@WithKubernetesTestServer
class MonitoringFilesTest {

    static final Path DASHBOARD = Path.of("deploy/monitoring/grafana-dashboard.json");
    static final Path RULES = Path.of("deploy/monitoring/prometheus-rules.yaml");
    static final Pattern METRIC = Pattern.compile("\\b(?:spark|sparkop|operator_sdk)_[a-z0-9_]+\\b");

    @Inject
    Event<ApplicationTransition> applicationTransitions;
    @Inject
    Event<ExecutorTransition> executorTransitions;
    @Inject
    Event<ScheduleRunOutcome> scheduleOutcomes;
    @Inject
    SparkAppMetrics metrics;
    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void everyQueriedMetricIsExposed() throws IOException {
        exerciseEveryMetric();
        Set<String> exposed = sampleNames(given().get("/q/metrics").then().statusCode(200).extract().asString());
        // Running applications and executors need running pods, which this cluster has none of: their rows
        // come from the golden scrape, which SparkAppMetricsTest proves is what the same code exposes.
        exposed.addAll(sampleNames(Files.readString(SparkAppMetricsTest.GOLDEN)));
        Set<String> queried = queriedMetrics();
        assertTrue(queried.size() >= 15, "found only " + queried);
        Set<String> missing = new TreeSet<>(queried);
        missing.removeAll(exposed);
        assertEquals(Set.of(), missing, "queried but not exposed; exposed: " + exposed);
    }

    @Test
    void rulesAreWellFormedAlerts() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        List<String> alerts = new ArrayList<>();
        rules.get("groups").forEach(g -> g.get("rules").forEach(r -> {
            assertTrue(r.hasNonNull("expr") && r.path("annotations").hasNonNull("summary"), r.toString());
            alerts.add(r.get("alert").asText());
        }));
        assertTrue(alerts.containsAll(List.of("SparkApplicationFailureRateHigh", "SparkApplicationsStuckInSubmitted",
                "SparkOperatorDown")), alerts.toString());
    }

    static Set<String> sampleNames(String scrape) {
        return scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("[{ ]")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> queriedMetrics() throws IOException {
        List<String> expressions = new ArrayList<>();
        new ObjectMapper().readTree(DASHBOARD.toFile()).get("panels")
                .forEach(p -> p.get("targets").forEach(t -> expressions.add(t.get("expr").asText())));
        new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile()).get("groups")
                .forEach(g -> g.get("rules").forEach(r -> expressions.add(r.get("expr").asText())));
        Set<String> names = new TreeSet<>();
        expressions.forEach(e -> METRIC.matcher(e).results().forEach(m -> names.add(m.group())));
        return names;
    }

    /** Fires a lifecycle of every kind, and has a reconcile fail once (API error) and others succeed. */
    private void exerciseEveryMetric() {
        for (Object event : MetricsFixtures.lifecycles("monitoring-files-test")) {
            if (event instanceof ApplicationTransition t) {
                applicationTransitions.fire(t);
            } else if (event instanceof ExecutorTransition t) {
                executorTransitions.fire(t);
            } else {
                scheduleOutcomes.fire((ScheduleRunOutcome) event);
            }
        }
        server.expect().post().withPath("/api/v1/namespaces/default/pods")
                .andReturn(500, "{\"kind\":\"Status\",\"code\":500,\"message\":\"etcdserver: leader changed\"}").times(3);
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName("monitoring-files");
        app.getMetadata().setNamespace("default");
        client.resource(app).create();
        await().atMost(Duration.ofSeconds(90)).until(() -> given().get("/q/metrics").then().extract().asString()
                .contains("operator_sdk_controllers_execution_reconcile_failure_total{controller=\"sparkapplication\""));
        await().atMost(Duration.ofSeconds(90)).until(() -> given().get("/q/metrics").then().extract().asString()
                .contains("operator_sdk_controllers_execution_reconcile_seconds_bucket{controller=\"sparkapplication\""));
        metrics.refreshGauges();
    }
}
