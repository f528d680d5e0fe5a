package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.Golden.GoldenCase;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The executor pod template that replaces kubeflow's webhook for executors: it carries the typed
 * executor fields, and reaches the driver as Spark's pod template ConfigMap.
 */
class ExecutorPodTemplateBuilderTest {

    @Test
    void noExecutorFieldsMeansNoTemplate() {
        SparkApplication app = SpecValidatorTest.app("spec: {driver: {tolerations: [{key: a, operator: Exists}]}}");
        assertEquals(Optional.empty(), ExecutorPodTemplateBuilder.template(app));
        assertTrue(resources(app).additional().stream().noneMatch(ConfigMap.class::isInstance));
    }

    @Test
    void webhookOnlyExecutorFieldsGoIntoTheTemplate() {
        Container executor = executorContainer(new GoldenCase("webhook-only-fields", "4.2.0"));
        PodTemplateSpec template = ExecutorPodTemplateBuilder.template(app("webhook-only-fields")).orElseThrow();
        assertEquals("spark-kubernetes-executor", executor.getName());
        assertEquals("low-priority", template.getSpec().getPriorityClassName());
        assertEquals(30L, template.getSpec().getTerminationGracePeriodSeconds());
        assertEquals("dedicated", template.getSpec().getTolerations().get(0).getKey());
    }

    @Test
    void executorEnvGoesInEvenWithoutDriverEnv() {
        // kubeflow's addEnvVars checks the driver's env for executor pods too; we do not copy that
        SparkApplication app = SpecValidatorTest.app("spec: {executor: {env: [{name: LOG_LEVEL, value: info}]}}");
        Container executor = ExecutorPodTemplateBuilder.template(app).orElseThrow().getSpec().getContainers().get(0);
        assertEquals(List.of(new EnvVar("LOG_LEVEL", "info", null)), executor.getEnv());
    }

    @Test
    void executorLifecycleLandsOnTheSparkContainer() {
        // kubeflow looks for a container named "executor", which Spark 3+ executors do not have
        SparkApplication app = SpecValidatorTest.app("spec: {executor: {lifecycle: {preStop: {exec: {command: [sleep]}}}}}");
        Container executor = ExecutorPodTemplateBuilder.template(app).orElseThrow().getSpec().getContainers().get(0);
        assertEquals(List.of("sleep"), executor.getLifecycle().getPreStop().getExec().getCommand());
    }

    @Test
    void theTemplateReachesTheDriverThroughSparksConfigMap() {
        DriverResources resources = resources(app("env"));
        ConfigMap configMap = (ConfigMap) resources.additional().stream()
                .filter(o -> o.getMetadata().getName().endsWith("-driver-podspec-conf-map")).findFirst().orElseThrow();
        var template = Golden.parseYaml(configMap.getData().get(PodTemplateConfigMapStep.KEY));
        assertEquals("executor-secrets", template.path("spec").path("containers").get(0).path("envFrom").get(0)
                .path("secretRef").path("name").asText());
        String properties = resources.sparkConf().getData().get(SparkConfMapBuilder.PROPERTIES_KEY);
        assertTrue(properties.contains("spark.kubernetes.executor.podTemplateFile=/opt/spark/pod-template/pod-spec-template.yml"));
        assertTrue(properties.contains("spark.kubernetes.executor.podTemplateContainerName=spark-kubernetes-executor"));
    }

    @Test
    void aSpecTemplateIsPassedOnAsItIs() {
        SparkApplication app = app("pod-template");
        assertEquals(app.getSpec().getExecutor().getTemplate(), ExecutorPodTemplateBuilder.template(app).orElseThrow());
    }

    private static Container executorContainer(GoldenCase golden) {
        SparkApplication app = app(golden.name());
        return ExecutorPodTemplateBuilder.template(app).orElseThrow().getSpec().getContainers().get(0);
    }

    private static SparkApplication app(String golden) {
        var tree = new GoldenCase(golden, "4.2.0").applicationTree();
        return Manifests.SERIALIZATION.unmarshal(tree.toString(), SparkApplication.class);
    }

    private static DriverResources resources(SparkApplication app) {
        return DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
    }
}
