package io.sparkop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.micrometer.core.instrument.Tags;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterGaugesTest {

    static final MetricLabels LABELS = new MetricLabels(List.of("app_type"));

    static Pod executor(String namespace, String phase, Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.put(Labels.SPARK_ROLE, Labels.ROLE_EXECUTOR);
        return new PodBuilder().withNewMetadata().withNamespace(namespace).withName("exec-" + phase).withLabels(all).endMetadata()
                .withNewStatus().withPhase(phase).endStatus().build();
    }

    @Test
    void runningApplicationsAreThoseInStateRunningByLabel() {
        var apps = List.of(
                MetricsFixtures.app("a", "1", Map.of("app_type", "batch"), AppState.RUNNING),
                MetricsFixtures.app("a", "2", Map.of("app_type", "batch"), AppState.RUNNING),
                MetricsFixtures.app("a", "3", Map.of(), AppState.RUNNING),
                MetricsFixtures.app("a", "4", Map.of("app_type", "batch"), AppState.SUBMITTED));
        assertEquals(Map.of(Tags.of("app_type", "batch"), 2L, Tags.of("app_type", "Unknown"), 1L),
                ClusterGauges.runningApplications(apps, LABELS));
    }

    @Test
    void runningExecutorsArePodsInPhaseRunning() {
        var driver = executor("a", "Running", Map.of("app_type", "x"));
        driver.getMetadata().getLabels().put(Labels.SPARK_ROLE, Labels.ROLE_DRIVER);
        var pods = List.of(executor("a", "Running", Map.of("app_type", "x")), executor("a", "Pending", Map.of("app_type", "x")),
                executor("a", "Succeeded", Map.of("app_type", "x")), driver);
        assertEquals(Map.of(Tags.of("app_type", "x"), 1L), ClusterGauges.runningExecutors(pods, LABELS));
    }

    @Test
    void everyStateIsReportedForEveryLabelSetZerosIncluded() {
        var app = MetricsFixtures.app("a", "1", Map.of("app_type", "batch"), AppState.FAILED);
        var counts = ClusterGauges.applicationsByState(List.of(app, MetricsFixtures.app("a", "2", Map.of("app_type", "batch"), AppState.FAILED)), LABELS);
        assertEquals(AppState.values().length, counts.size());
        assertEquals(2L, counts.get(Tags.of("app_type", "batch", "state", "FAILED")));
        assertEquals(0L, counts.get(Tags.of("app_type", "batch", "state", "RUNNING")));
    }

    @Test
    void applicationWithoutStatusIsNew() {
        var app = MetricsFixtures.app("a", "1", Map.of(), AppState.NEW);
        app.setStatus(null);
        assertEquals(1L, ClusterGauges.applicationsByState(List.of(app), LABELS).get(Tags.of("app_type", "Unknown", "state", "NEW")));
    }
}
