package io.sparkop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import io.sparkop.reconcile.ApplicationTransition;
import io.sparkop.reconcile.ExecutorTransition;
import io.sparkop.schedule.ScheduleRunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scrape output users' dashboards read: kubeflow's names, types, labels and help, and ours beside them. */
class SparkAppMetricsTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/ops/metrics.txt");

    record Settings(String prefixText, List<String> labels) implements MetricsSettings {
        @Override
        public java.util.Optional<String> prefix() {
            return java.util.Optional.of(prefixText);
        }

        @Override
        public List<Double> jobSubmitLatencyBuckets() {
            return List.of(0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0);
        }

        @Override
        public List<Double> jobStartLatencyBuckets() {
            return List.of(30.0, 60.0, 90.0, 120.0, 150.0, 180.0, 210.0, 240.0, 270.0, 300.0);
        }

        @Override
        public Duration gaugeRefresh() {
            return Duration.ofSeconds(5);
        }
    }

    record Caches(Collection<SparkApplication> applications, Collection<Pod> sparkPods) implements CachedResources {
    }

    static SparkAppMetrics metrics(PrometheusMeterRegistry registry, MetricsSettings settings, CachedResources caches) {
        registry.config().namingConvention(new KubeflowNamingConvention());
        var metrics = new SparkAppMetrics();
        metrics.registry = registry;
        metrics.settings = settings;
        metrics.caches = caches;
        metrics.leadership = new Leadership();
        metrics.register();
        return metrics;
    }

    static void fire(SparkAppMetrics metrics, List<Object> events) {
        for (Object event : events) {
            if (event instanceof ApplicationTransition t) {
                metrics.onApplicationTransition(t);
            } else if (event instanceof ExecutorTransition t) {
                metrics.onExecutorTransition(t);
            } else {
                metrics.onScheduleRunOutcome((ScheduleRunOutcome) event);
            }
        }
    }

    @Test
    void scrapeOutputMatchesTheGoldenFile() throws IOException {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var running = MetricsFixtures.app("jobs", "running", Map.of("app_type", "batch"), AppState.RUNNING);
        var metrics = metrics(registry, new Settings("", List.of("app_type", "namespace")),
                new Caches(List.of(running), List.of(ClusterGaugesTest.executor("jobs", "Running", Map.of("app_type", "batch")))));
        fire(metrics, MetricsFixtures.lifecycles("batch"));
        metrics.refreshGauges();

        String scrape = sorted(registry.scrape());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, scrape);
        }
        assertEquals(Files.readString(GOLDEN), scrape);
    }

    /** Micrometer would call a counter spark_application_count_total; kubeflow's dashboards query spark_application_count. */
    @Test
    void kubeflowCountersKeepTheirNamesWithoutTotal() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        fire(metrics(registry, new Settings("", List.of("app_type")), new Caches(List.of(), List.of())),
                MetricsFixtures.lifecycles("batch"));
        String scrape = registry.scrape();
        for (String name : List.of(MetricNames.APP_COUNT, MetricNames.APP_SUBMIT_COUNT, MetricNames.APP_FAILED_SUBMISSION_COUNT,
                MetricNames.APP_SUCCESS_COUNT, MetricNames.APP_FAILURE_COUNT, MetricNames.EXECUTOR_SUCCESS_COUNT,
                MetricNames.EXECUTOR_FAILURE_COUNT)) {
            assertTrue(scrape.contains("# TYPE " + name + " gauge\n" + name + "{app_type="), name + " missing in\n" + scrape);
            assertTrue(!scrape.contains(name + "_total"), name + "_total exposed");
        }
    }

    @Test
    void prefixGoesBeforeEveryName() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        fire(metrics(registry, new Settings("team-a_", List.of("app_type")), new Caches(List.of(), List.of())),
                MetricsFixtures.lifecycles("batch"));
        String scrape = registry.scrape();
        assertTrue(scrape.contains("\nteam_a_spark_application_count{app_type=\"batch\",} 2.0"), scrape);
        assertTrue(scrape.contains("\nteam_a_spark_application_submit_latency_seconds_histogram_bucket{app_type=\"batch\",le=\"0.5\",} 1.0"), scrape);
    }

    /** kubeflow: a label the application lacks reads "Unknown"; "namespace" is the application's namespace. */
    @Test
    void labelsComeFromTheApplicationOrReadUnknown() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        fire(metrics(registry, new Settings("", List.of("app-type", "namespace", "team")), new Caches(List.of(), List.of())),
                MetricsFixtures.lifecycles("batch"));
        String scrape = registry.scrape();
        assertTrue(scrape.contains("spark_application_failed_submission_count{app_type=\"Unknown\",namespace=\"other\",team=\"Unknown\",} 1.0"), scrape);
        assertTrue(scrape.contains("spark_application_success_count{app_type=\"batch\",namespace=\"jobs\",team=\"Unknown\",} 1.0"), scrape);
    }

    /** A retried submission (attempts 2) counts as a submission but not as a first-submission latency, as in kubeflow. */
    @Test
    void latencyIsObservedForTheFirstAttemptOnly() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var metrics = metrics(registry, new Settings("", List.of("app_type")), new Caches(List.of(), List.of()));
        var app = MetricsFixtures.app("jobs", "retried", Map.of("app_type", "retry"), AppState.SUBMITTED);
        app.getStatus().setSubmissionAttempts(2);
        metrics.onApplicationTransition(MetricsFixtures.transition(app, AppState.PENDING_RERUN, AppState.SUBMITTED, "30s"));
        String scrape = registry.scrape();
        assertTrue(scrape.contains("spark_application_submit_count{app_type=\"retry\",} 1.0"), scrape);
        assertTrue(!scrape.contains("spark_application_submit_latency_seconds_count{app_type=\"retry\""), scrape);
        assertTrue(!scrape.contains("spark_application_count{app_type=\"retry\""), "a rerun is not a new application");
    }

    /** A standby reports no application gauges, so a sum over replicas counts each application once. */
    @Test
    void standbyReportsNoApplicationGauges() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var running = MetricsFixtures.app("jobs", "running", Map.of("app_type", "batch"), AppState.RUNNING);
        var metrics = metrics(registry, new Settings("", List.of("app_type")), new Caches(List.of(running), List.of()));
        metrics.refreshGauges();
        assertTrue(registry.scrape().contains("spark_application_running_count{app_type=\"batch\",} 1.0"));
        metrics.leadership.electing = true; // electing, and the Lease held by another replica
        metrics.refreshGauges();
        String scrape = registry.scrape();
        assertTrue(!scrape.contains("spark_application_running_count{"), scrape);
        assertTrue(scrape.contains("sparkop_leader 0.0"), scrape);
    }

    /** Families sorted by name, samples sorted within: registration order is not part of the contract. */
    static String sorted(String scrape) {
        java.util.TreeMap<String, List<String>> families = new java.util.TreeMap<>();
        List<String> current = null;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("# HELP ")) {
                current = new java.util.ArrayList<>();
                families.put(line.substring(7).split(" ")[0], current);
            }
            if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        StringBuilder out = new StringBuilder();
        families.values().forEach(lines -> {
            lines.subList(0, 2).forEach(l -> out.append(l).append('\n'));
            lines.subList(2, lines.size()).stream().sorted().forEach(l -> out.append(l).append('\n'));
        });
        return out.toString();
    }
}
