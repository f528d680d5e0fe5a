package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.sparkop.api.Labels;
import io.sparkop.api.MonitoringSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.Owners;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * kubeflow's buildPrometheusConfigMap (monitoring_config.go): the metrics.properties and JMX
 * exporter configuration mounted at /etc/metrics/conf, unless both come as files in the image.
 */
public final class PrometheusConfigMapBuilder {

    public static Optional<ConfigMap> build(SparkApplication app) {
        if (!KubeflowMonitoring.enabled(app) || !KubeflowVolumes.prometheusConfigMapCreated(app)) {
            return Optional.empty();
        }
        MonitoringSpec monitoring = app.getSpec().getMonitoring();
        Map<String, String> data = new LinkedHashMap<>();
        if (!KubeflowMonitoring.hasMetricsPropertiesFile(app)) {
            data.put(KubeflowMonitoring.METRICS_PROPERTIES, monitoring.getMetricsProperties() != null
                    ? monitoring.getMetricsProperties() : KubeflowPrometheusDefaults.METRICS_PROPERTIES);
        }
        if (!KubeflowMonitoring.hasPrometheusConfigFile(app)) {
            String configuration = monitoring.getPrometheus().getConfiguration();
            data.put(KubeflowMonitoring.PROMETHEUS_YAML,
                    configuration != null ? configuration : KubeflowPrometheusDefaults.PROMETHEUS_CONFIGURATION);
        }
        return Optional.of(new ConfigMapBuilder()
                .withNewMetadata()
                    .withName(KubeflowNames.prometheusConfigMapName(app))
                    .withNamespace(app.getMetadata().getNamespace())
                    .addToLabels(Labels.CREATED_BY_OPERATOR, "true")
                    // Its name is fixed per application, so, as in kubeflow, the application owns it:
                    // owned by one run's driver, it would be collected under the next run.
                    .withOwnerReferences(Owners.controller(app))
                .endMetadata()
                .withData(data)
                .build());
    }

    private PrometheusConfigMapBuilder() {
    }
}
