package io.sparkop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectState;
import io.sparkop.api.SparkConnectStatus;
import io.sparkop.connect.ConnectStatuses.Failure;
import io.sparkop.connect.ConnectStatuses.Observed;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state and ServerPodReady condition for every kind of server pod the reconcile can see. */
class ConnectStatusesTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-29T10:05:00Z");

    static Stream<Arguments> observations() {
        return Stream.of(
                Arguments.of("no pod yet", null, null, SparkConnectState.PROVISIONING, "False", "ServerPodNotReady",
                        "Server pod is being created"),
                Arguments.of("terminating (being replaced)", pod(null, null).editMetadata().withDeletionTimestamp("2026-11-29T09:59:00Z")
                        .endMetadata().build(), null, SparkConnectState.PROVISIONING, "False", "ServerPodNotReady", "Server pod is being created"),
                Arguments.of("no status", pod(null, null).build(), null, SparkConnectState.NOT_READY, "False", "ServerPodNotReady",
                        "Server pod is not ready: no status yet"),
                Arguments.of("pending, image pull error", pod("Pending", null).editStatus().addNewContainerStatus().withName("spark-kubernetes-driver")
                        .withNewState().withNewWaiting().withReason("ErrImagePull").withMessage("not found").endWaiting().endState()
                        .endContainerStatus().endStatus().build(), null, SparkConnectState.NOT_READY, "False", "ServerPodNotReady",
                        "Server pod is not ready: spark-kubernetes-driver is waiting: ErrImagePull: not found"),
                Arguments.of("unschedulable", pod("Pending", null).editStatus().addNewCondition().withType("PodScheduled").withStatus("False")
                        .withMessage("0/1 nodes are available").endCondition().endStatus().build(), null, SparkConnectState.NOT_READY,
                        "False", "ServerPodNotReady", "Server pod is not ready: not scheduled: 0/1 nodes are available"),
                Arguments.of("running, not ready", pod("Running", "False").build(), null, SparkConnectState.NOT_READY, "False",
                        "ServerPodNotReady", "Server pod is not ready: phase Running"),
                Arguments.of("running and ready", pod("Running", "True").build(), null, SparkConnectState.READY, "True", "ServerPodReady",
                        "Server pod is ready"),
                Arguments.of("failed", pod("Failed", "False").editStatus().addNewContainerStatus().withName("spark-kubernetes-driver")
                        .withNewState().withNewTerminated().withExitCode(137).withReason("OOMKilled").endTerminated().endState()
                        .endContainerStatus().endStatus().build(), null, SparkConnectState.FAILED, "False", "ServerPodFailed",
                        "Server pod s-server is Failed: spark-kubernetes-driver exited with code 137 (OOMKilled)"),
                Arguments.of("evicted", pod("Failed", null).editStatus().withReason("Evicted").endStatus().build(), null,
                        SparkConnectState.FAILED, "False", "ServerPodFailed", "Server pod s-server is Failed: Evicted"),
                Arguments.of("refused, whatever the pod", pod("Running", "True").build(), new Failure("CreateRefused", "403"),
                        SparkConnectState.FAILED, "False", "CreateRefused", "403"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("observations")
    void stateAndConditionFollowTheServerPod(String what, Pod pod, Failure failure, SparkConnectState state,
            String ready, String reason, String message) {
        SparkConnectStatus status = ConnectStatuses.next(connect(), new Observed(pod, "s-server", List.of(), failure), T0);
        assertEquals(state, status.getState());
        var condition = status.getConditions().get(0);
        assertEquals(List.of(ConnectStatuses.SERVER_POD_READY, ready, reason, message),
                List.of(condition.getType(), condition.getStatus(), condition.getReason(), condition.getMessage()));
        assertEquals("2026-11-29T10:00:00Z", status.getStartTime());
        assertEquals("2026-11-29T10:00:00Z", status.getLastUpdateTime());
    }

    @Test
    void timesMoveOnlyWhenSomethingChanged() {
        SparkConnect conn = connect();
        Pod running = pod("Running", "True").build();
        conn.setStatus(ConnectStatuses.next(conn, new Observed(running, "s-server", List.of(), null), T0));
        SparkConnectStatus same = ConnectStatuses.next(conn, new Observed(running, "s-server", List.of(), null), T1);
        assertEquals("2026-11-29T10:00:00Z", same.getLastUpdateTime());

        SparkConnectStatus notReady = ConnectStatuses.next(conn, new Observed(pod("Running", "False").build(), "s-server", List.of(), null), T1);
        assertEquals("2026-11-29T10:05:00Z", notReady.getLastUpdateTime());
        assertEquals("2026-11-29T10:05:00Z", notReady.getConditions().get(0).getLastTransitionTime());
        assertEquals("2026-11-29T10:00:00Z", notReady.getStartTime());
    }

    @Test
    void executorsAreCountedByLowerCasePhaseAsKubeflowDoes() {
        var executors = List.of(pod("Running", "True").build(), pod("Running", "True").build(), pod("Pending", null).build(),
                pod(null, null).build());
        assertEquals(Map.of("running", 2, "pending", 2), ConnectStatuses.countByPhase(executors));
        assertNull(ConnectStatuses.countByPhase(List.of()));
    }

    @Test
    void serverStatusNamesThePodItsIpAndTheService() {
        Pod running = pod("Running", "True").editStatus().withPodIP("10.0.0.9").endStatus().build();
        var server = ConnectStatuses.next(connect(), new Observed(running, "s-server", List.of(), null), T0).getServer();
        assertEquals(List.of("s-server", "10.0.0.9", "s-server"), List.of(server.getPodName(), server.getPodIp(), server.getServiceName()));
    }

    private static SparkConnect connect() {
        SparkConnect conn = Manifests.read(Path.of("examples/spark-connect.yaml"), SparkConnect.class);
        conn.getMetadata().setName("s");
        conn.getMetadata().setGeneration(3L);
        return conn;
    }

    private static PodBuilder pod(String phase, String ready) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName("s-server").endMetadata();
        if (phase != null) {
            pod.withNewStatus().withPhase(phase).endStatus();
            if (ready != null) {
                pod.editStatus().addNewCondition().withType("Ready").withStatus(ready).endCondition().endStatus();
            }
        }
        return pod;
    }
}
