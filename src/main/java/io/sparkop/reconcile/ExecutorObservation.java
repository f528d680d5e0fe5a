package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.Labels;
import java.util.Optional;

/** An executor pod reduced to kubeflow's ExecutorState, as its {@code util.GetExecutorState} does. */
record ExecutorObservation(String podName, int executorId, ExecutorState state,
        Optional<ContainerStateTerminated> terminated) {

    static final String EXECUTOR_CONTAINER = "spark-kubernetes-executor";

    static ExecutorObservation of(Pod pod) {
        Optional<ContainerStateTerminated> terminated = DriverObservation.terminatedContainer(pod, EXECUTOR_CONTAINER);
        String podPhase = pod.getStatus() == null || pod.getStatus().getPhase() == null ? "" : pod.getStatus().getPhase();
        ExecutorState state = switch (podPhase) {
            case "Pending", "" -> ExecutorState.PENDING;
            case "Running" -> terminated.map(t -> DriverObservation.exitCode(t) == 0
                    ? ExecutorState.COMPLETED : ExecutorState.FAILED).orElse(ExecutorState.RUNNING);
            case "Succeeded" -> ExecutorState.COMPLETED;
            case "Failed" -> ExecutorState.FAILED;
            default -> ExecutorState.UNKNOWN;
        };
        return new ExecutorObservation(pod.getMetadata().getName(), executorId(pod), state, terminated);
    }

    private static int executorId(Pod pod) {
        String id = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(Labels.SPARK_EXEC_ID);
        try {
            return id == null ? 0 : Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
