package io.sparkop.submit.kubeflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.DriverResources;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.DriverResourcesConformanceTest;
import io.sparkop.submit.SpecValidatorTest;
import io.sparkop.submit.spark.PodTemplateConfigMapStep;
import io.sparkop.submit.spark.SparkConfMapBuilder;
import io.sparkop.testing.Golden.GoldenCase;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executor pod template that replaces kubeflow's webhook for executors: it carries the typed
 * executor fields, and reaches the driver as Spark's pod template ConfigMap.
 */
class ExecutorPodTemplateBuilderTest {

    @Test
    void withoutExecutorFieldsTheTemplateHoldsTheContainerAndTheNonControllingOwner() {
        SparkApplication app = SpecValidatorTest.app("metadata: {uid: u-1}\n"
                + "spec: {driver: {tolerations: [{key: a, operator: Exists}]}}");
        PodTemplateSpec template = ExecutorPodTemplateBuilder.template(app);
        assertEquals(List.of("spark-kubernetes-executor"),
                template.getSpec().getContainers().stream().map(Container::getName).toList());
        assertEquals(List.of(), template.getSpec().getTolerations());
        assertEquals(List.of(new OwnerReferenceBuilder().withApiVersion("sparkoperator.k8s.io/v1beta2")
                .withKind("SparkApplication").withName("spark-pi").withUid("u-1").build()),
                template.getMetadata().getOwnerReferences());
        assertEquals(1, resources(app).additional().stream().filter(ConfigMap.class::isInstance).count());
    }

    @Test
    void aSpecTemplateKeepsItsOwnersAndGainsTheApplicationOnce() {
        SparkApplication app = SpecValidatorTest.app("metadata: {uid: u-1}\nspec: {executor: {template: {metadata:"
                + " {ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: c, uid: c-1}]}}}}");
        List<String> owners = ExecutorPodTemplateBuilder.template(app).getMetadata().getOwnerReferences().stream()
                .map(OwnerReference::getKind).toList();
        assertEquals(List.of("ConfigMap", "SparkApplication"), owners);
        app.getSpec().getExecutor().setTemplate(ExecutorPodTemplateBuilder.template(app));
        assertEquals(2, ExecutorPodTemplateBuilder.template(app).getMetadata().getOwnerReferences().size());
    }

    @Test
    void webhookOnlyExecutorFieldsGoIntoTheTemplate() {
        Container executor = executorContainer(new GoldenCase("webhook-only-fields", "4.2.0"));
        PodTemplateSpec template = ExecutorPodTemplateBuilder.template(app("webhook-only-fields"));
        assertEquals("spark-kubernetes-executor", executor.getName());
        assertEquals("low-priority", template.getSpec().getPriorityClassName());
        assertEquals(30L, template.getSpec().getTerminationGracePeriodSeconds());
        assertEquals("dedicated", template.getSpec().getTolerations().get(0).getKey());
    }

    @Test
    void executorEnvGoesInEvenWithoutDriverEnv() {
        // kubeflow's addEnvVars checks the driver's env for executor pods too; we do not copy that
        SparkApplication app = SpecValidatorTest.app("spec: {executor: {env: [{name: LOG_LEVEL, value: info}]}}");
        Container executor = ExecutorPodTemplateBuilder.template(app).getSpec().getContainers().get(0);
        assertEquals(List.of(new EnvVar("LOG_LEVEL", "info", null)), executor.getEnv());
    }

    @Test
    void executorLifecycleLandsOnTheSparkContainer() {
        // kubeflow looks for a container named "executor", which Spark 3+ executors do not have
        SparkApplication app = SpecValidatorTest.app("spec: {executor: {lifecycle: {preStop: {exec: {command: [sleep]}}}}}");
        Container executor = ExecutorPodTemplateBuilder.template(app).getSpec().getContainers().get(0);
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
    void aSpecTemplateIsPassedOnWithOnlyTheOwnerAdded() {
        SparkApplication app = app("pod-template");
        PodTemplateSpec template = ExecutorPodTemplateBuilder.template(app);
        template.getMetadata().setOwnerReferences(List.of());
        PodTemplateSpec fromSpec = app.getSpec().getExecutor().getTemplate();
        fromSpec.getMetadata().setOwnerReferences(List.of());
        assertEquals(fromSpec, template);
    }

    private static Container executorContainer(GoldenCase golden) {
        SparkApplication app = app(golden.name());
        return ExecutorPodTemplateBuilder.template(app).getSpec().getContainers().get(0);
    }

    private static SparkApplication app(String golden) {
        var tree = new GoldenCase(golden, "4.2.0").applicationTree();
        return Manifests.SERIALIZATION.unmarshal(tree.toString(), SparkApplication.class);
    }

    private static DriverResources resources(SparkApplication app) {
        return DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
    }
}
