package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.kubeflow.ExecutorPodTemplateBuilder;
import io.sparkop.submit.spark.SparkConfMapBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What kubeflow's latest release (v2.5.2, and main where it changed) does that an older commit did not. */
class KubeflowLatestReleaseTest {

    @ParameterizedTest
    @CsvSource({"2g, 2Gi", "512m, 512Mi", "1536MB, 1536Mi", "4G, 4Gi", "1t, 1Ti", "2kb, 2Ki", "' 3Gi ', 3Gi",
        "1073741824, 1073741824", "1.5g, 1.5Gi"})
    void driverMemoryLimitReplacesSparksLimitInKubernetesUnits(String memoryLimit, String limit) {
        DriverResources resources = resources("spec: {driver: {memory: 1g, memoryLimit: '" + memoryLimit + "'}}");
        Container driver = resources.driverPod().getSpec().getContainers().get(0);
        assertEquals(new Quantity(limit), driver.getResources().getLimits().get("memory"));
        assertEquals(new Quantity("1408Mi"), driver.getResources().getRequests().get("memory"));
    }

    @Test
    void withoutMemoryLimitTheLimitIsSparks() {
        Container driver = resources("{}").driverPod().getSpec().getContainers().get(0);
        assertEquals(new Quantity("1408Mi"), driver.getResources().getLimits().get("memory"));
    }

    @Test
    void executorMemoryLimitCannotOutliveSparksExecutorStep() {
        DriverResources resources = resources("spec: {executor: {memoryLimit: 4g}}");
        Container executor = ExecutorPodTemplateBuilder.template(SpecValidatorTest.app("spec: {executor: {memoryLimit: 4g}}"))
                .getSpec().getContainers().get(0);
        assertEquals(null, executor.getResources());
        assertEquals(new Quantity("1408Mi"),
                resources.driverPod().getSpec().getContainers().get(0).getResources().getLimits().get("memory"));
    }

    @Test
    void kueueLabelsStayOnTheApplication() {
        DriverResources resources = resources("metadata: {labels: {kueue.x-k8s.io/queue-name: q, kueue.x-k8s.io/priority-class: p,"
                + " team: data}}");
        Map<String, String> labels = resources.driverPod().getMetadata().getLabels();
        assertEquals("data", labels.get("team"));
        assertFalse(labels.keySet().stream().anyMatch(k -> k.startsWith("kueue.x-k8s.io/")), labels.toString());
        assertFalse(resources.driverService().getSpec().getSelector().keySet().stream()
                .anyMatch(k -> k.startsWith("kueue.x-k8s.io/")));
        String properties = resources.sparkConf().getData().get(SparkConfMapBuilder.PROPERTIES_KEY);
        assertTrue(properties.contains("spark.kubernetes.executor.label.team=data"));
        assertFalse(properties.contains("kueue.x-k8s.io"), properties);
    }

    @Test
    void aMemoryLocalDirStaysTmpfs() {
        DriverResources resources = resources("""
                spec:
                  volumes: [{name: spark-local-dir-mem, emptyDir: {medium: Memory, sizeLimit: 1Gi}}]
                  driver: {volumeMounts: [{name: spark-local-dir-mem, mountPath: /tmp/mem}]}
                """);
        Volume volume = resources.driverPod().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("spark-local-dir-mem")).findFirst().orElseThrow();
        assertEquals("Memory", volume.getEmptyDir().getMedium());
        assertEquals(new Quantity("1Gi"), volume.getEmptyDir().getSizeLimit());
    }

    @ParameterizedTest
    @CsvSource({"/mnt/secrets, /mnt/secrets/key.json", "/mnt/secrets/, /mnt/secrets/key.json",
        "/mnt//secrets///, /mnt/secrets/key.json", "/mnt/./gcp/../secrets, /mnt/secrets/key.json", "/, /key.json",
        "secrets, secrets/key.json", "../secrets, ../secrets/key.json", "/.., /key.json"})
    void secretPathsAreJoinedLikeGosFilepathJoin(String path, String credentials) {
        DriverResources resources = resources("spec: {driver: {secrets: [{name: gcp, path: '" + path
                + "', secretType: GCPServiceAccount}]}}");
        List<EnvVar> env = resources.driverPod().getSpec().getContainers().get(0).getEnv();
        assertEquals(credentials, env.stream().filter(e -> e.getName().equals("GOOGLE_APPLICATION_CREDENTIALS"))
                .findFirst().orElseThrow().getValue());
    }

    @Test
    void everyApplicationGetsAnExecutorTemplateOwnedByIt() {
        DriverResources resources = resources("{}");
        String properties = resources.sparkConf().getData().get(SparkConfMapBuilder.PROPERTIES_KEY);
        assertTrue(properties.contains("spark.kubernetes.executor.podTemplateFile=/opt/spark/pod-template/pod-spec-template.yml"));
        assertTrue(resources.additional().stream().anyMatch(o -> o.getMetadata().getName().endsWith("-driver-podspec-conf-map")));
    }

    private static DriverResources resources(String patch) {
        SparkApplication app = SpecValidatorTest.app(patch);
        assertEquals(List.of(), SpecValidator.problems(app));
        return DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
    }
}
