package io.sparkop.submit.kubeflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.DriverResourcesConformanceTest;
import io.sparkop.submit.SpecValidatorTest;
import io.sparkop.testing.Golden.GoldenCase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** kubeflow's <app>-prom-conf ConfigMap, which the driver and executors mount at /etc/metrics/conf. */
class PrometheusConfigMapBuilderTest {

    @Test
    void holdsKubeflowsDefaultConfiguration() {
        SparkApplication app = new GoldenCase("monitoring-prometheus", "4.2.0").application();
        ConfigMap configMap = PrometheusConfigMapBuilder.build(app).orElseThrow();
        assertEquals("spark-metrics-prom-conf", configMap.getMetadata().getName());
        assertEquals("true", configMap.getMetadata().getLabels().get(io.sparkop.api.Labels.CREATED_BY_OPERATOR));
        assertTrue(configMap.getData().get("metrics.properties").startsWith("\n*.sink.jmx.class="));
        String prometheus = configMap.getData().get("prometheus.yaml");
        assertTrue(prometheus.startsWith("\nlowercaseOutputName: true\nattrNameSnakeCase: true\nrules:\n"));
        assertTrue(prometheus.contains("  - pattern: metrics<name=(\\S+)\\.(\\S+)\\.driver\\.(BlockManager|DAGScheduler|jvm)"));
    }

    @Test
    void usesTheSpecsOwnContent() {
        SparkApplication app = SpecValidatorTest.app("""
                spec: {monitoring: {exposeDriverMetrics: true, metricsProperties: 'a=b',
                  prometheus: {jmxExporterJar: /j.jar, configuration: 'rules: []'}}}""");
        ConfigMap configMap = PrometheusConfigMapBuilder.build(app).orElseThrow();
        assertEquals("a=b", configMap.getData().get("metrics.properties"));
        assertEquals("rules: []", configMap.getData().get("prometheus.yaml"));
    }

    @Test
    void bothFilesInTheImageMeanNoConfigMapNoMountNoPort() {
        SparkApplication app = SpecValidatorTest.app("""
                spec: {monitoring: {exposeDriverMetrics: true, metricsPropertiesFile: /m.properties,
                  prometheus: {jmxExporterJar: /j.jar, configFile: /p.yaml}}}""");
        assertEquals(Optional.empty(), PrometheusConfigMapBuilder.build(app));
        var driver = DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION).driverPod()
                .getSpec().getContainers().get(0);
        assertTrue(driver.getVolumeMounts().stream().noneMatch(m -> m.getMountPath().equals("/etc/metrics/conf")));
        assertTrue(driver.getPorts().stream().noneMatch(p -> p.getContainerPort() == 8090));
    }
}
