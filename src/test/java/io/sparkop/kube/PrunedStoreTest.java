package io.sparkop.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.SparkApplication;
import io.sparkop.reconcile.PodTrouble;
import io.sparkop.web.ApplicationRows;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

        Pod before = Manifests.SERIALIZATION.clone(pod);

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
        // a finished pod's conditions are read no more
        assertTrue(none(cached.getStatus().getConditions()));
        before.getStatus().setConditions(List.of());
        assertEquals(before.getStatus(), cached.getStatus());
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

    @Test
    void aCachedPodAnswersTheReconcilerAndTheDashboardAsTheWatchedPodDoes() {
        Pod watched = Manifests.SERIALIZATION.unmarshal(WATCHED_POD, Pod.class);
        Pod original = Manifests.SERIALIZATION.unmarshal(WATCHED_POD, Pod.class);

        Pod cached = PrunedStore.asRead(watched);

        var originalDriver = original.getStatus().getContainerStatuses().get(0);
        assertEquals("containerd://c1", originalDriver.getContainerID());
        assertNull(cached.getStatus().getContainerStatuses().get(0).getContainerID());
        assertNull(cached.getStatus().getContainerStatuses().get(0).getState().getTerminated().getContainerID());
        // the status but the containers' runtime IDs and a finished pod's conditions, which nothing reads
        originalDriver.setContainerID(null);
        originalDriver.getState().getTerminated().setContainerID(null);
        original.getStatus().setConditions(List.of());
        assertEquals(original.getStatus(), cached.getStatus());
        assertEquals(Manifests.SERIALIZATION.asJson(original.getStatus()), Manifests.SERIALIZATION.asJson(cached.getStatus()));
        assertEquals("Failed", cached.getStatus().getPhase());
        var driver = cached.getStatus().getContainerStatuses().get(0);
        assertEquals(137, driver.getState().getTerminated().getExitCode());
        assertEquals("OOMKilled", driver.getState().getTerminated().getReason());
        assertEquals(2, driver.getRestartCount());
        assertEquals("ImagePullBackOff", cached.getStatus().getInitContainerStatuses().get(0).getState().getWaiting().getReason());
        assertEquals(PodTrouble.of(original, Instant.parse("2026-01-01T01:00:00Z"), Duration.ofMinutes(5)),
                PodTrouble.of(cached, Instant.parse("2026-01-01T01:00:00Z"), Duration.ofMinutes(5)));
        assertEquals(original.getMetadata().getLabels(), cached.getMetadata().getLabels());
        assertEquals(original.getMetadata().getOwnerReferences(), cached.getMetadata().getOwnerReferences());
        assertEquals("node-1", cached.getSpec().getNodeName());
        assertEquals(List.of("spark:4.0.0"), cached.getSpec().getContainers().stream().map(c -> c.getImage()).toList());
        // what a cache keeps still serialises and reads back as itself
        assertEquals(cached, Manifests.SERIALIZATION.unmarshal(Manifests.SERIALIZATION.asJson(cached), Pod.class));
    }

    @Test
    void aPendingOrRunningPodKeepsItsConditions() {
        for (String phase : List.of("Pending", "Running")) {
            Pod pod = new PodBuilder()
                    .withNewMetadata().withName("pi-driver").withNamespace("ns").withCreationTimestamp("2026-01-01T00:00:00Z").endMetadata()
                    .withNewStatus().withPhase(phase)
                        .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                            .withMessage("0/3 nodes are available").endCondition()
                    .endStatus()
                    .build();
            Pod before = Manifests.SERIALIZATION.clone(pod);

            Pod cached = PrunedStore.asRead(pod);

            assertEquals(before.getStatus().getConditions(), cached.getStatus().getConditions());
            assertEquals(PodTrouble.of(before, Instant.parse("2026-01-01T00:01:00Z"), Duration.ofMinutes(5)),
                    PodTrouble.of(cached, Instant.parse("2026-01-01T00:01:00Z"), Duration.ofMinutes(5)));
            assertTrue(PodTrouble.of(cached, Instant.parse("2026-01-01T00:01:00Z"), Duration.ofMinutes(5)).isPresent());
        }
    }

    @Test
    void cachedPodsShareTheirRepeatedStringsAndEmptyCollections() {
        Pod first = PrunedStore.asRead(running(Manifests.SERIALIZATION.unmarshal(WATCHED_POD, Pod.class)));
        Pod second = PrunedStore.asRead(running(Manifests.SERIALIZATION.unmarshal(WATCHED_POD, Pod.class)));

        assertSame(first.getMetadata().getNamespace(), second.getMetadata().getNamespace());
        assertSame(first.getMetadata().getLabels().get("spark-role"), second.getMetadata().getLabels().get("spark-role"));
        assertSame(first.getStatus().getConditions().get(0).getLastTransitionTime(),
                second.getStatus().getConditions().get(0).getLastTransitionTime());
        assertSame(first.getStatus().getContainerStatuses().get(0).getImage(), second.getStatus().getContainerStatuses().get(0).getImage());
        assertSame(first.getMetadata().getOwnerReferences().get(0).getUid(), second.getMetadata().getOwnerReferences().get(0).getUid());
        // the watched pod, which the informer hands to JOSDK, carries the shared strings too
        Pod watched = Manifests.SERIALIZATION.unmarshal(WATCHED_POD, Pod.class);
        PrunedStore.asRead(watched);
        assertSame(first.getMetadata().getLabels().get("sparkoperator.k8s.io/app-name"),
                watched.getMetadata().getLabels().get("sparkoperator.k8s.io/app-name"));
        assertSame(first.getMetadata().getNamespace(), watched.getMetadata().getNamespace());
        assertSame(Map.of(), first.getStatus().getAdditionalProperties());
        assertSame(Map.of(), first.getStatus().getConditions().get(0).getAdditionalProperties());
        assertSame(Map.of(), first.getMetadata().getAdditionalProperties());
        assertSame(List.of(), first.getMetadata().getFinalizers());
        assertSame(List.of(), first.getSpec().getVolumes());
        assertSame(List.of(), first.getSpec().getContainers().get(0).getEnv());
    }

    /** The pod still running (its conditions kept). */
    private static Pod running(Pod pod) {
        pod.getStatus().setPhase("Running");
        return pod;
    }

    @Test
    void aCachedApplicationIsTheWatchedOneWithSharedStrings() {
        SparkApplication first = cachedApplication();
        SparkApplication second = cachedApplication();
        SparkApplication original = Manifests.SERIALIZATION.unmarshal(WATCHED_APPLICATION, SparkApplication.class);
        original.getMetadata().setManagedFields(null);

        assertEquals(Manifests.SERIALIZATION.asJson(original), Manifests.SERIALIZATION.asJson(first));
        assertEquals(original.getStatus().getConditions(), first.getStatus().getConditions());
        assertEquals(ApplicationRows.row(original, Instant.parse("2026-01-01T01:00:00Z")),
                ApplicationRows.row(first, Instant.parse("2026-01-01T01:00:00Z")));
        assertSame(first.getSpec().getImage(), second.getSpec().getImage());
        assertSame(first.getStatus().getSpecHash(), second.getStatus().getSpecHash());
        assertSame(first.getSpec().getDriver().getMemory(), second.getSpec().getDriver().getMemory());
        assertSame(first.getStatus().getConditions().get(0).getType(), second.getStatus().getConditions().get(0).getType());
        assertSame(first.getStatus().getTerminationTime(), second.getStatus().getTerminationTime());
        assertSame(first.getMetadata().getUid(), second.getMetadata().getUid());
        assertSame(Map.of(), first.getMetadata().getAnnotations());
        assertSame(Map.of(), first.getStatus().getConditions().get(0).getAdditionalProperties());
        // the reconciler works on a clone, which is an ordinary, editable object again
        SparkApplication clone = Manifests.SERIALIZATION.clone(first);
        clone.getMetadata().getAnnotations().put("edited", "yes");
        clone.getStatus().getConditions().get(0).setAdditionalProperty("extra", 1);
        assertEquals(first.getSpec().getImage(), clone.getSpec().getImage());
    }

    private static SparkApplication cachedApplication() {
        PrunedStore.Applications store = new PrunedStore.Applications();
        store.put("ns/pi", Manifests.SERIALIZATION.unmarshal(WATCHED_APPLICATION, SparkApplication.class));
        return store.get("ns/pi");
    }

    private static final String WATCHED_POD = """
            {"apiVersion": "v1", "kind": "Pod",
             "metadata": {"name": "pi-driver", "namespace": "ns", "uid": "u1", "resourceVersion": "7",
               "creationTimestamp": "2026-01-01T00:00:00Z",
               "labels": {"spark-role": "driver", "sparkoperator.k8s.io/app-name": "pi"},
               "ownerReferences": [{"apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication", "name": "pi",
                 "uid": "a1", "controller": true}],
               "managedFields": [{"manager": "kubectl", "operation": "Update"}]},
             "spec": {"nodeName": "node-1", "schedulerName": "default-scheduler",
               "containers": [{"name": "spark-kubernetes-driver", "image": "spark:4.0.0",
                 "env": [{"name": "SPARK_CONF_DIR", "value": "/opt/spark/conf"}]}],
               "initContainers": [{"name": "init", "image": "busybox"}],
               "volumes": [{"name": "conf", "configMap": {"name": "pi-conf"}}]},
             "status": {"phase": "Failed", "hostIP": "10.0.0.9", "podIP": "10.0.0.1", "startTime": "2026-01-01T00:00:01Z",
               "hostIPs": [{"ip": "10.0.0.9"}], "podIPs": [{"ip": "10.0.0.1"}], "qosClass": "Burstable",
               "conditions": [{"type": "PodScheduled", "status": "True", "lastTransitionTime": "2026-01-01T00:00:00Z"},
                 {"type": "Ready", "status": "False", "reason": "PodFailed", "lastTransitionTime": "2026-01-01T00:00:09Z"}],
               "initContainerStatuses": [{"name": "init", "image": "busybox", "imageID": "", "ready": false, "restartCount": 0,
                 "state": {"waiting": {"reason": "ImagePullBackOff", "message": "Back-off pulling image busybox"}}}],
               "containerStatuses": [{"name": "spark-kubernetes-driver", "image": "spark:4.0.0", "imageID": "sha256:1",
                 "containerID": "containerd://c1", "ready": false, "restartCount": 2, "started": false,
                 "state": {"terminated": {"exitCode": 137, "reason": "OOMKilled", "startedAt": "2026-01-01T00:00:02Z",
                   "finishedAt": "2026-01-01T00:00:09Z", "containerID": "containerd://c1"}},
                 "lastState": {"running": {"startedAt": "2026-01-01T00:00:01Z"}}}]}}
            """;

    private static final String WATCHED_APPLICATION = """
            {"apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication",
             "metadata": {"name": "pi", "namespace": "ns", "uid": "a1", "resourceVersion": "9", "generation": 1,
               "creationTimestamp": "2026-01-01T00:00:00Z", "labels": {"team": "analytics"},
               "managedFields": [{"manager": "kubectl", "operation": "Update"}]},
             "spec": {"type": "Scala", "mode": "cluster", "image": "spark:4.0.0", "imagePullPolicy": "IfNotPresent",
               "mainClass": "org.apache.spark.examples.SparkPi",
               "mainApplicationFile": "local:///opt/spark/examples/jars/spark-examples.jar", "arguments": ["5000"],
               "sparkVersion": "4.0.0", "sparkConf": {"spark.ui.enabled": "false"},
               "driver": {"cores": 1, "memory": "512m", "serviceAccount": "spark", "labels": {"team": "analytics"}},
               "executor": {"instances": 2, "cores": 1, "memory": "512m"}},
             "status": {"sparkApplicationId": "spark-1", "submissionID": "s1", "specHash": "5c48a5f27438ae56", "lastSubmissionAttemptTime": "2026-01-01T00:00:01Z",
               "terminationTime": "2026-01-01T00:00:09Z",
               "driverInfo": {"podName": "pi-driver", "webUIServiceName": "pi-ui-svc", "webUIPort": 4040},
               "applicationState": {"state": "COMPLETED"}, "executionAttempts": 1, "submissionAttempts": 1,
               "conditions": [{"type": "Submitted", "status": "True", "reason": "Submitted", "lastTransitionTime": "2026-01-01T00:00:01Z"}]}}
            """;

    private static boolean none(List<?> list) {
        return list == null || list.isEmpty();
    }
}
