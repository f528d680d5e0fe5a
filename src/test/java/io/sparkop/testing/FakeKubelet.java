package io.sparkop.testing;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.sparkop.api.Labels;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Plays the kubelet (and, for executors, Spark's driver) on the mock API server: moves pods through
 * the phases a kubelet reports, with the container statuses, exit codes and reasons it fills in.
 */
public final class FakeKubelet {

    public static final int OOM_EXIT_CODE = 137;
    private final KubernetesClient client;

    public FakeKubelet(KubernetesClient client) {
        this.client = client;
    }

    /** Scheduled, images pulling: Pending with containers waiting in ContainerCreating. */
    public Pod schedule(Pod pod) {
        return writeStatus(pod, new PodStatusBuilder()
                .withPhase("Pending")
                .withConditions(condition("PodScheduled", "True"))
                .withContainerStatuses(statuses(pod, new ContainerStateBuilder()
                        .withNewWaiting().withReason("ContainerCreating").endWaiting().build(), false))
                .build());
    }

    public Pod start(Pod pod) {
        return writeStatus(pod, new PodStatusBuilder()
                .withPhase("Running")
                .withPodIP("10.244.0.17")
                .withHostIP("127.0.0.11")
                .withStartTime(now())
                .withConditions(condition("PodScheduled", "True"), condition("Initialized", "True"),
                        condition("ContainersReady", "True"), condition("Ready", "True"))
                .withContainerStatuses(statuses(pod, new ContainerStateBuilder()
                        .withNewRunning().withStartedAt(now()).endRunning().build(), true))
                .build());
    }

    /** All containers exit 0: the pod Succeeded, containers terminated with reason Completed. */
    public Pod succeed(Pod pod) {
        return terminate(pod, "Succeeded", 0, "Completed");
    }

    /** The main container exits with {@code exitCode}: the pod Failed, reason Error. */
    public Pod exit(Pod pod, int exitCode) {
        return terminate(pod, "Failed", exitCode, "Error");
    }

    /** The kernel kills the main container for exceeding its memory limit: exit code 137, reason OOMKilled. */
    public Pod oomKill(Pod pod) {
        return terminate(pod, "Failed", OOM_EXIT_CODE, "OOMKilled");
    }

    /** Creates executor pod {@code id} as Spark's driver does: labels of the submission, owned by the driver. */
    public Pod createExecutor(Pod driver, int id) {
        Map<String, String> driverLabels = driver.getMetadata().getLabels();
        String prefix = driverLabels.get(Labels.APP_NAME);
        Pod executor = new PodBuilder()
                .withNewMetadata()
                    .withName(prefix + "-exec-" + id)
                    .withNamespace(driver.getMetadata().getNamespace())
                    .addToLabels(Labels.APP_NAME, driverLabels.get(Labels.APP_NAME))
                    .addToLabels(Labels.LAUNCHED_BY_OPERATOR, "true")
                    .addToLabels(Labels.SUBMISSION_ID, driverLabels.get(Labels.SUBMISSION_ID))
                    .addToLabels(Labels.SPARK_APP_SELECTOR, driverLabels.get(Labels.SPARK_APP_SELECTOR))
                    .addToLabels(Labels.SPARK_ROLE, Labels.ROLE_EXECUTOR)
                    .addToLabels(Labels.SPARK_EXEC_ID, String.valueOf(id))
                    .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("v1").withKind("Pod")
                            .withName(driver.getMetadata().getName()).withUid(driver.getMetadata().getUid())
                            .withController(true).build())
                .endMetadata()
                .withNewSpec()
                    .addNewContainer().withName("spark-kubernetes-executor").withImage("spark:4.0.0").endContainer()
                    .withRestartPolicy("Never")
                .endSpec()
                .build();
        return client.resource(executor).create();
    }

    private Pod terminate(Pod pod, String phase, int mainExitCode, String mainReason) {
        Pod current = client.resource(pod).get();
        PodStatus status = current.getStatus() == null ? new PodStatus() : current.getStatus();
        String started = status.getStartTime() != null ? status.getStartTime() : now();
        List<ContainerStatus> containers = current.getSpec().getContainers().stream()
                .map(c -> {
                    boolean main = c.getName().equals(current.getSpec().getContainers().get(0).getName());
                    ContainerState state = new ContainerStateBuilder().withNewTerminated()
                            .withExitCode(main ? mainExitCode : 0)
                            .withReason(main ? mainReason : "Completed")
                            .withStartedAt(started).withFinishedAt(now())
                            .withContainerID("containerd://" + c.getName())
                            .endTerminated().build();
                    return container(c.getName(), c.getImage(), state, false);
                })
                .toList();
        return writeStatus(current, new PodStatusBuilder(status)
                .withPhase(phase)
                .withConditions(condition("PodScheduled", "True"), condition("Initialized", "True"),
                        condition("ContainersReady", "False"), condition("Ready", "False"))
                .withContainerStatuses(containers)
                .build());
    }

    private Pod writeStatus(Pod pod, PodStatus status) {
        Pod current = client.resource(pod).get();
        current.setStatus(status);
        return client.resource(current).updateStatus();
    }

    private static List<ContainerStatus> statuses(Pod pod, ContainerState state, boolean ready) {
        return pod.getSpec().getContainers().stream()
                .map(c -> container(c.getName(), c.getImage(), state, ready))
                .toList();
    }

    private static ContainerStatus container(String name, String image, ContainerState state, boolean ready) {
        return new ContainerStatusBuilder()
                .withName(name).withImage(image).withImageID(image + "@sha256:0")
                .withReady(ready).withStarted(state.getRunning() != null).withRestartCount(0)
                .withState(state)
                .build();
    }

    private static PodCondition condition(String type, String status) {
        return new PodConditionBuilder().withType(type).withStatus(status).withLastTransitionTime(now()).build();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
