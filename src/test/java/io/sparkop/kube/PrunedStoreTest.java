package io.sparkop.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrunedStoreTest {

    @Test
    void aCachedPodKeepsWhatIsReadAndDropsItsSpecsBulk() {
        Pod pod = new PodBuilder()
                .withNewMetadata()
                    .withName("pi-driver").withNamespace("ns").withUid("u1").withResourceVersion("7")
                    .withCreationTimestamp("2026-01-01T00:00:00Z").withDeletionTimestamp("2026-01-01T00:01:00Z")
                    .withLabels(Map.of("spark-role", "driver"))
                    .withAnnotations(Map.of("sparkop.test/run-seconds", "2", PrunedStore.LAST_APPLIED, "{}"))
                    .addNewOwnerReference().withKind("SparkApplication").withName("pi").withUid("a1").endOwnerReference()
                    .withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl").build())
                .endMetadata()
                .withNewSpec()
                    .withNodeName("node-1").withSchedulerName("volcano")
                    .addNewContainer().withName("spark-kubernetes-driver").withImage("spark:4.0.0")
                        .addNewEnv().withName("SPARK_CONF_DIR").withValue("/opt/spark/conf").endEnv()
                        .addNewVolumeMount().withName("conf").withMountPath("/opt/spark/conf").endVolumeMount()
                    .endContainer()
                    .addNewInitContainer().withName("init").withImage("busybox").endInitContainer()
                    .addNewVolume().withName("conf").withNewConfigMap().withName("pi-conf").endConfigMap().endVolume()
                .endSpec()
                .withNewStatus()
                    .withPhase("Failed").withReason("Evicted").withMessage("low on memory").withPodIP("10.0.0.1")
                    .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                    .addNewContainerStatus().withName("spark-kubernetes-driver").withNewState().withNewTerminated()
                        .withExitCode(137).withReason("OOMKilled").endTerminated().endState().endContainerStatus()
                .endStatus()
                .build();

        Pod cached = PrunedStore.asRead(pod);

        assertEquals("pi-driver", cached.getMetadata().getName());
        assertEquals("ns", cached.getMetadata().getNamespace());
        assertEquals("u1", cached.getMetadata().getUid());
        assertEquals("7", cached.getMetadata().getResourceVersion());
        assertEquals("2026-01-01T00:00:00Z", cached.getMetadata().getCreationTimestamp());
        assertEquals("2026-01-01T00:01:00Z", cached.getMetadata().getDeletionTimestamp());
        assertEquals(Map.of("spark-role", "driver"), cached.getMetadata().getLabels());
        assertEquals(Map.of("sparkop.test/run-seconds", "2"), cached.getMetadata().getAnnotations());
        assertEquals("a1", cached.getMetadata().getOwnerReferences().get(0).getUid());
        assertTrue(none(cached.getMetadata().getManagedFields()));
        assertEquals("node-1", cached.getSpec().getNodeName());
        assertEquals("volcano", cached.getSpec().getSchedulerName());
        assertEquals("spark-kubernetes-driver", cached.getSpec().getContainers().get(0).getName());
        assertEquals("spark:4.0.0", cached.getSpec().getContainers().get(0).getImage());
        assertTrue(none(cached.getSpec().getContainers().get(0).getEnv()));
        assertTrue(none(cached.getSpec().getContainers().get(0).getVolumeMounts()));
        assertEquals("init", cached.getSpec().getInitContainers().get(0).getName());
        assertTrue(none(cached.getSpec().getVolumes()));
        assertEquals(pod.getStatus(), cached.getStatus());
        assertEquals("Pod", cached.getKind());
        assertEquals("v1", cached.getApiVersion());
    }

    @Test
    void aCachedApplicationKeepsSpecStatusLabelsAndAnnotationsButNotItsWriteHistory() {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setAnnotations(new java.util.HashMap<>(Map.of("team", "a", PrunedStore.LAST_APPLIED, "{...}")));
        app.getMetadata().setManagedFields(List.of(new ManagedFieldsEntryBuilder().withManager("kubectl").build()));
        SparkApplication before = Manifests.SERIALIZATION.clone(app);

        PrunedStore.Applications store = new PrunedStore.Applications();
        store.put("default/spark-pi", app);
        SparkApplication stored = store.get("default/spark-pi");

        assertNull(stored.getMetadata().getManagedFields());
        assertEquals(Map.of("team", "a"), stored.getMetadata().getAnnotations());
        assertEquals(Manifests.SERIALIZATION.asJson(before.getSpec()), Manifests.SERIALIZATION.asJson(stored.getSpec()));
        assertEquals(before.getMetadata().getLabels(), stored.getMetadata().getLabels());
    }

    private static boolean none(List<?> list) {
        return list == null || list.isEmpty();
    }
}
