package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.reconcile.PodTrouble.Cause;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pods in src/test/resources/pod-trouble/, shaped by the real scheduler and by the testbed's kubelet stages. */
class PodTroubleTest {

    static final Duration THRESHOLD = Duration.ofMinutes(5);
    static final Duration SOON = Duration.ofSeconds(20);
    static final Duration LATE = Duration.ofMinutes(7).plusSeconds(3);

    static Stream<Arguments> pods() {
        return Stream.of(
                trouble("unschedulable-node-selector", SOON, Cause.UNSCHEDULABLE, "Unschedulable",
                        "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, "
                                + "preemption: "
                                + "0/3 nodes are available: 3 Preemption is not helpful for scheduling."),
                trouble("unschedulable-missing-pvc", SOON, Cause.UNSCHEDULABLE, "Unschedulable",
                        "0/3 nodes are available: persistentvolumeclaim \"warehouse-pvc\" not found. not found"),
                trouble("err-image-pull", SOON, Cause.IMAGE, "ErrImagePull",
                        "container spark-kubernetes-driver: rpc error: code = NotFound desc = failed to pull and unpack "
                                + "image \"spark:4.0.0\": failed to resolve reference \"spark:4.0.0\": "
                                + "spark:4.0.0: not found"),
                trouble("image-pull-backoff", SOON, Cause.IMAGE, "ImagePullBackOff",
                        "container spark-kubernetes-driver: Back-off pulling image \"spark:4.0.0\": ErrImagePull: "
                                + "rpc error: code = NotFound desc = failed to pull and unpack image \"spark:4.0.0\": "
                                + "failed to resolve reference \"spark:4.0.0\": spark:4.0.0: not found"),
                trouble("create-container-config-error", SOON, Cause.CONTAINER_CONFIG, "CreateContainerConfigError",
                        "container spark-kubernetes-driver: couldn't find key password in Secret tb/db-credentials"),
                trouble("init-container-image-pull-backoff", SOON, Cause.IMAGE, "ImagePullBackOff",
                        "container fetch-jars: Back-off pulling image \"busybox:nope\": ErrImagePull: "
                                + "rpc error: code = NotFound desc = failed to pull and unpack image "
                                + "\"docker.io/library/busybox:nope\": not found"),
                trouble("sidecar-crash-loop-backoff", SOON, Cause.CONTAINER_START, "CrashLoopBackOff",
                        "container log-shipper: back-off 20s restarting failed container=log-shipper "
                                + "pod=spark-pi-driver_default(0f5c7d3e-6d4e-4a53-9a5e-0d3f1f1d2c11)"),
                // a later trouble does not hide an earlier one: the scheduler's verdict comes first
                trouble("unschedulable-node-selector", LATE, Cause.UNSCHEDULABLE, "Unschedulable",
                        "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, "
                                + "preemption: "
                                + "0/3 nodes are available: 3 Preemption is not helpful for scheduling."),
                fine("container-creating", SOON),
                trouble("container-creating", LATE, Cause.PENDING_TOO_LONG, PodTrouble.PENDING_TOO_LONG,
                        "Pending for 7m3s (longer than 5m0s): on node kwok-node-2, containers waiting: "
                                + "spark-kubernetes-driver (ContainerCreating); the pod's Events (kubectl describe pod) tell why"),
                fine("unscheduled-other-scheduler", SOON),
                trouble("unscheduled-other-scheduler", LATE, Cause.PENDING_TOO_LONG, PodTrouble.PENDING_TOO_LONG,
                        "Pending for 7m3s (longer than 5m0s): not scheduled yet; is scheduler volcano running?"),
                fine("running", LATE),
                fine("succeeded", LATE),
                fine("failed-image-pull-being-deleted", LATE));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("pods")
    void explainsWhyThePodCannotStart(String file, Duration sinceCreation, Optional<PodTrouble> expected) {
        Pod pod = Manifests.read(Path.of("src/test/resources/pod-trouble", file + ".yaml"), Pod.class);
        Instant now = Instant.parse(pod.getMetadata().getCreationTimestamp()).plus(sinceCreation);
        assertEquals(expected, PodTrouble.of(pod, now, THRESHOLD));
    }

    @ParameterizedTest
    @MethodSource("goDurations")
    void durationsReadAsKubectlPrintsThem(Duration duration, String expected) {
        assertEquals(expected, PodTrouble.goDuration(duration));
    }

    static Stream<Arguments> goDurations() {
        return Stream.of(
                Arguments.of(Duration.ofSeconds(0), "0s"),
                Arguments.of(Duration.ofSeconds(59), "59s"),
                Arguments.of(Duration.ofMinutes(5), "5m0s"),
                Arguments.of(Duration.ofSeconds(3723), "1h2m3s"),
                Arguments.of(Duration.ofHours(26), "26h0m0s"));
    }

    private static Arguments trouble(String file, Duration sinceCreation, Cause cause, String reason, String message) {
        return Arguments.of(file, sinceCreation, Optional.of(new PodTrouble(cause, reason, message)));
    }

    private static Arguments fine(String file, Duration sinceCreation) {
        return Arguments.of(file, sinceCreation, Optional.empty());
    }
}
