package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.Labels;
import java.util.List;
import java.util.Optional;

/**
 * What the driver pod says about the run, reduced as kubeflow's {@code util.GetDriverState} does: a
 * Running pod whose driver container has terminated (sidecars still up) counts by that container's
 * exit code.
 *
 * @param terminated the driver container's terminated state, when it has one
 */
record DriverObservation(DriverPhase phase, Optional<ContainerStateTerminated> terminated, String sparkAppId) {

    static final String DRIVER_CONTAINER = "spark-kubernetes-driver";

    static DriverObservation of(Pod pod) {
        Optional<ContainerStateTerminated> terminated = terminatedContainer(pod, DRIVER_CONTAINER);
        String appId = pod.getMetadata().getLabels() == null ? null
                : pod.getMetadata().getLabels().get(Labels.SPARK_APP_SELECTOR);
        String podPhase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        // The API server sets Pending on create; a pod without a phase has not been looked at yet.
        DriverPhase phase = switch (podPhase == null ? "" : podPhase) {
            case "Pending", "" -> DriverPhase.PENDING;
            case "Running" -> terminated.map(t -> exitCode(t) == 0 ? DriverPhase.SUCCEEDED : DriverPhase.FAILED)
                    .orElse(DriverPhase.RUNNING);
            case "Succeeded" -> DriverPhase.SUCCEEDED;
            case "Failed" -> terminated.filter(t -> exitCode(t) == 0).isPresent()
                    ? DriverPhase.SUCCEEDED : DriverPhase.FAILED;
            default -> DriverPhase.UNKNOWN;
        };
        return new DriverObservation(phase, terminated, appId);
    }

    /** kubeflow's wording, which alerts and Airflow sensors match on. */
    String failureMessage() {
        return terminated
                .map(t -> "driver container failed with ExitCode: " + exitCode(t) + ", Reason: "
                        + (t.getReason() == null ? "" : t.getReason()))
                .orElse("driver container status missing");
    }

    static int exitCode(ContainerStateTerminated terminated) {
        return terminated.getExitCode() == null ? -1 : terminated.getExitCode();
    }

    /** The named container's terminated state (the first container's if none has the name). */
    static Optional<ContainerStateTerminated> terminatedContainer(Pod pod, String containerName) {
        List<ContainerStatus> statuses = pod.getStatus() == null ? null : pod.getStatus().getContainerStatuses();
        if (statuses == null || statuses.isEmpty()) {
            return Optional.empty();
        }
        ContainerStatus container = statuses.stream()
                .filter(s -> containerName.equals(s.getName()))
                .findFirst()
                .orElse(statuses.get(0));
        return Optional.ofNullable(container.getState()).map(s -> s.getTerminated());
    }
}
