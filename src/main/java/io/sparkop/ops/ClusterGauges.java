package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.Pod;
import io.micrometer.core.instrument.Tags;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The gauges' values as pure functions of the cached objects: label set to count. */
final class ClusterGauges {

    static final String STATE_TAG = "state";

    private ClusterGauges() {
    }

    /** kubeflow counts an application as running while its state is RUNNING. */
    static Map<Tags, Long> runningApplications(Collection<SparkApplication> apps, MetricLabels labels) {
        Map<Tags, Long> counts = new HashMap<>();
        for (SparkApplication app : apps) {
            if (stateOf(app) == AppState.RUNNING) {
                counts.merge(labelsOf(app, labels), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** kubeflow counts executor pods in phase Running, labelled from the pod's own labels. */
    static Map<Tags, Long> runningExecutors(Collection<Pod> pods, MetricLabels labels) {
        Map<Tags, Long> counts = new HashMap<>();
        for (Pod pod : pods) {
            var meta = pod.getMetadata();
            boolean executor = meta.getLabels() != null && Labels.ROLE_EXECUTOR.equals(meta.getLabels().get(Labels.SPARK_ROLE));
            if (executor && pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase())) {
                counts.merge(labels.of(meta.getNamespace(), meta.getLabels()), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Every state of every label set present, zeros included, so "none in FAILED" is 0 rather than absent. */
    static Map<Tags, Long> applicationsByState(Collection<SparkApplication> apps, MetricLabels labels) {
        Map<Tags, Long> counts = new HashMap<>();
        for (SparkApplication app : apps) {
            Tags base = labelsOf(app, labels);
            for (AppState state : AppState.values()) {
                counts.putIfAbsent(base.and(STATE_TAG, state.name()), 0L);
            }
            counts.merge(base.and(STATE_TAG, stateOf(app).name()), 1L, Long::sum);
        }
        return counts;
    }

    static Tags labelsOf(SparkApplication app, MetricLabels labels) {
        return labels.of(app.getMetadata().getNamespace(), app.getMetadata().getLabels());
    }

    static AppState stateOf(SparkApplication app) {
        var status = app.getStatus();
        return status == null || status.getApplicationState() == null || status.getApplicationState().getState() == null
                ? AppState.NEW : status.getApplicationState().getState();
    }
}
