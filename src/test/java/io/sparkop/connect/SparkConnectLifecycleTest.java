package io.sparkop.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectState;
import io.sparkop.kube.EventReasons;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A SparkConnect's server on the mock API server, with a fake kubelet playing its pods. */
@QuarkusTest
@WithKubernetesTestServer
class SparkConnectLifecycleTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;
    FakeKubelet kubelet;

    @BeforeEach
    void kubelet() {
        kubelet = new FakeKubelet(client);
    }

    @Test
    void serverIsProvisionedThenReadyWithExecutorsCounted() {
        SparkConnect conn = create("connect-ok", "nb", c -> { });
        Pod pod = awaitPod("nb", "connect-ok-server");
        SparkConnect seen = awaitStatus("nb", "connect-ok", s -> s.getStatus().getState() == SparkConnectState.PROVISIONING
                || s.getStatus().getState() == SparkConnectState.NOT_READY);
        assertEquals("connect-ok-server", seen.getStatus().getServer().getServiceName());
        assertNotNull(seen.getStatus().getStartTime());

        ConfigMap conf = client.configMaps().inNamespace("nb").withName("connect-ok-conf").get();
        assertTrue(conf.getData().get(ConnectConf.PROPERTIES_FILE).contains("spark.kubernetes.namespace=nb"));
        Service service = client.services().inNamespace("nb").withName("connect-ok-server").get();
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == 15002));
        for (var owned : List.of(pod, conf, service)) {
            assertEquals(conn.getMetadata().getName(), owned.getMetadata().getOwnerReferences().get(0).getName());
            assertEquals(seen.getMetadata().getUid(), owned.getMetadata().getOwnerReferences().get(0).getUid());
        }

        kubelet.schedule(pod);
        awaitStatus("nb", "connect-ok", s -> s.getStatus().getState() == SparkConnectState.NOT_READY);
        kubelet.start(pod);
        SparkConnect ready = awaitStatus("nb", "connect-ok", s -> s.getStatus().getState() == SparkConnectState.READY);
        assertEquals("10.244.0.17", ready.getStatus().getServer().getPodIp());
        assertEquals("True", ready.getStatus().getConditions().get(0).getStatus());
        assertEquals(ConnectStatuses.REASON_READY, ready.getStatus().getConditions().get(0).getReason());

        Pod executor = client.resource(executor("nb", "connect-ok", 1)).create();
        kubelet.start(executor);
        client.resource(executor("nb", "connect-ok", 2)).create();
        awaitStatus("nb", "connect-ok", s -> Map.of("running", 1, "pending", 1).equals(s.getStatus().getExecutors()));
        assertEventsInclude("nb", "connect-ok", EventReasons.CONNECT_SERVER_CREATED, EventReasons.CONNECT_READY);
    }

    @Test
    void aSpecChangeReplacesTheServerPod() {
        create("connect-roll", "nb", c -> { });
        Pod first = awaitPod("nb", "connect-roll-server");
        kubelet.start(first);
        awaitStatus("nb", "connect-roll", s -> s.getStatus().getState() == SparkConnectState.READY);

        client.resources(SparkConnect.class).inNamespace("nb").withName("connect-roll")
                .edit(c -> { c.getSpec().getExecutor().setInstances(5); return c; });
        await().atMost(WAIT).untilAsserted(() -> {
            Pod second = client.pods().inNamespace("nb").withName("connect-roll-server").get();
            assertNotNull(second);
            assertNotEquals(first.getMetadata().getUid(), second.getMetadata().getUid());
        });
        assertTrue(client.configMaps().inNamespace("nb").withName("connect-roll-conf").get()
                .getData().get(ConnectConf.PROPERTIES_FILE).contains("spark.executor.instances=5"));
        awaitStatus("nb", "connect-roll", s -> s.getStatus().getState() != SparkConnectState.READY);
        assertEventsInclude("nb", "connect-roll", EventReasons.CONNECT_SERVER_REPLACED);
    }

    @Test
    void aServerPodThatFailsMakesTheSparkConnectFailedWithTheReason() {
        create("connect-crash", "nb", c -> { });
        Pod pod = awaitPod("nb", "connect-crash-server");
        kubelet.start(pod);
        awaitStatus("nb", "connect-crash", s -> s.getStatus().getState() == SparkConnectState.READY);
        kubelet.exit(pod, 1);
        SparkConnect failed = awaitStatus("nb", "connect-crash", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        var condition = failed.getStatus().getConditions().get(0);
        assertEquals(ConnectStatuses.REASON_SERVER_POD_FAILED, condition.getReason());
        assertTrue(condition.getMessage().contains("exited with code 1"), condition.getMessage());
        assertEventsInclude("nb", "connect-crash", EventReasons.CONNECT_FAILED);
    }

    @Test
    void anInvalidSpecIsReportedAndNothingIsCreated() {
        create("connect-bad", "nb", c -> {
            c.getSpec().setImage(null);
            c.getSpec().getExecutor().setMemory("lots");
        });
        SparkConnect failed = awaitStatus("nb", "connect-bad", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        String message = failed.getStatus().getConditions().get(0).getMessage();
        assertEquals(ConnectStatuses.REASON_INVALID_SPEC, failed.getStatus().getConditions().get(0).getReason());
        assertTrue(message.contains("spec.image: missing"), message);
        assertTrue(message.contains("spec.executor.memory: \"lots\" is not a Spark size"), message);
        assertNull(client.pods().inNamespace("nb").withName("connect-bad-server").get());
        assertNull(client.services().inNamespace("nb").withName("connect-bad-server").get());
        assertEventsInclude("nb", "connect-bad", EventReasons.CONNECT_FAILED);
    }

    @Test
    void anUnreadableSpecIsReportedWithoutStoppingOtherSparkConnects() throws java.io.IOException {
        Path manifest = java.nio.file.Files.createTempFile("garbled", ".yaml");
        java.nio.file.Files.writeString(manifest, """
                apiVersion: sparkoperator.k8s.io/v1alpha1
                kind: SparkConnect
                metadata: {name: connect-garbled, namespace: unreadable}
                spec: {sparkVersion: 4.0.0, image: spark:4.0.0, server: {cores: two}, executor: {}}
                """);
        io.sparkop.testing.RawResources.create(client, manifest);
        SparkConnect failed = awaitStatus("unreadable", "connect-garbled", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        assertEquals("spec.server.cores: \"two\" is not an integer", failed.getStatus().getConditions().get(0).getMessage());
        create("connect-fine", "unreadable", c -> { });
        awaitPod("unreadable", "connect-fine-server");
    }

    @Test
    void aRefusedCreateIsReportedWithTheApiServersMessage() {
        server.expect().post().withPath("/api/v1/namespaces/quota/pods")
                .andReturn(403, apiStatus(403, "Forbidden", "pods \"connect-quota-server\" is forbidden: exceeded quota: compute"))
                .always();
        create("connect-quota", "quota", c -> { });
        SparkConnect failed = awaitStatus("quota", "connect-quota", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        var condition = failed.getStatus().getConditions().get(0);
        assertEquals(ConnectStatuses.REASON_CREATE_REFUSED, condition.getReason());
        assertTrue(condition.getMessage().contains("(403): pods \"connect-quota-server\" is forbidden: exceeded quota"),
                condition.getMessage());
        assertEventsInclude("quota", "connect-quota", EventReasons.CONNECT_FAILED);
    }

    @Test
    void anInvalidServerPodIsReportedWithTheApiServersMessage() {
        server.expect().post().withPath("/api/v1/namespaces/invalid/pods")
                .andReturn(422, apiStatus(422, "Invalid", "Pod \"connect-invalid-server\" is invalid: spec.containers[0].image: Required value"))
                .always();
        create("connect-invalid", "invalid", c -> { });
        SparkConnect failed = awaitStatus("invalid", "connect-invalid", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        assertTrue(failed.getStatus().getConditions().get(0).getMessage().contains("(422)"));
    }

    @Test
    void objectsOfOurNamesThatAreNotOursAreLeftAloneAndReported() {
        client.resource(new PodBuilder().withNewMetadata().withName("connect-taken-server").withNamespace("taken")
                .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .build()).create();
        create("connect-taken", "taken", c -> { });
        SparkConnect failed = awaitStatus("taken", "connect-taken", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        var condition = failed.getStatus().getConditions().get(0);
        assertEquals(ConnectStatuses.REASON_NAME_TAKEN, condition.getReason());
        assertTrue(condition.getMessage().startsWith("Pod connect-taken-server exists and does not belong"), condition.getMessage());
        Pod stranger = client.pods().inNamespace("taken").withName("connect-taken-server").get();
        assertTrue(stranger.getMetadata().getOwnerReferences().isEmpty());
        assertEquals("busybox", stranger.getSpec().getContainers().get(0).getImage());
    }

    @Test
    void aConfigMapOfOurNameThatIsNotOursStopsTheServerBeingCreated() {
        client.resource(new ConfigMapBuilder().withNewMetadata().withName("connect-cm-conf").withNamespace("taken")
                .endMetadata().addToData("mine", "yes").build()).create();
        create("connect-cm", "taken", c -> { });
        SparkConnect failed = awaitStatus("taken", "connect-cm", s -> s.getStatus().getState() == SparkConnectState.FAILED);
        assertTrue(failed.getStatus().getConditions().get(0).getMessage().startsWith("ConfigMap connect-cm-conf exists"));
        assertEquals(Map.of("mine", "yes"), client.configMaps().inNamespace("taken").withName("connect-cm-conf").get().getData());
        assertNull(client.pods().inNamespace("taken").withName("connect-cm-server").get());
    }

    @Test
    void aServerPodDeletedByHandIsCreatedAgain() {
        create("connect-again", "nb", c -> { });
        Pod first = awaitPod("nb", "connect-again-server");
        client.resource(first).delete();
        await().atMost(WAIT).untilAsserted(() -> {
            Pod second = client.pods().inNamespace("nb").withName("connect-again-server").get();
            assertNotNull(second);
            assertNotEquals(first.getMetadata().getUid(), second.getMetadata().getUid());
        });
    }

    private SparkConnect create(String name, String namespace, Consumer<SparkConnect> customise) {
        SparkConnect conn = Manifests.read(Path.of("examples/spark-connect.yaml"), SparkConnect.class);
        conn.getMetadata().setName(name);
        conn.getMetadata().setNamespace(namespace);
        customise.accept(conn);
        return client.resource(conn).create();
    }

    private Pod awaitPod(String namespace, String name) {
        return await().atMost(WAIT).until(() -> client.pods().inNamespace(namespace).withName(name).get(), p -> p != null);
    }

    private SparkConnect awaitStatus(String namespace, String name, Predicate<SparkConnect> test) {
        return await().atMost(WAIT).until(() -> client.resources(SparkConnect.class).inNamespace(namespace).withName(name).get(),
                c -> c != null && c.getStatus() != null && c.getStatus().getState() != null && test.test(c));
    }

    /** An executor as the server's Spark creates it: spec.executor's labels from spark.properties. */
    private static Pod executor(String namespace, String connect, int id) {
        return new PodBuilder().withNewMetadata().withName(connect + "-exec-" + id).withNamespace(namespace)
                .addToLabels(Labels.CONNECT_NAME, connect)
                .addToLabels(Labels.LAUNCHED_BY_OPERATOR, "true")
                .addToLabels(Labels.SPARK_ROLE, Labels.ROLE_EXECUTOR)
                .endMetadata()
                .withNewSpec().addNewContainer().withName("spark-kubernetes-executor").withImage("spark:4.0.0").endContainer()
                .withRestartPolicy("Never").endSpec()
                .build();
    }

    private void assertEventsInclude(String namespace, String name, String... reasons) {
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> seen = client.v1().events().inNamespace(namespace).list().getItems().stream()
                    .filter(e -> name.equals(e.getInvolvedObject().getName())).map(Event::getReason).toList();
            assertTrue(seen.containsAll(List.of(reasons)), "expected " + List.of(reasons) + " in " + seen);
        });
    }

    private static String apiStatus(int code, String reason, String message) {
        return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":" + code
                + ",\"reason\":\"" + reason + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
    }
}
