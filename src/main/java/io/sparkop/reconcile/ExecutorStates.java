package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.AppState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.SparkApplicationStatus;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** kubeflow's updateExecutorState: executor pod phases into status.executorState, an Event per change. */
final class ExecutorStates {

    interface EventSink {
        void event(boolean warning, String reason, String message);
    }

    static final Set<ExecutorState> FINISHED = EnumSet.of(ExecutorState.COMPLETED, ExecutorState.FAILED);

    static void update(SparkApplicationStatus status, List<Pod> executors, int maxTracked, EventSink events) {
        Map<String, ExecutorState> previous = status.getExecutorState() == null ? Map.of() : status.getExecutorState();
        Map<String, ExecutorState> next = new LinkedHashMap<>(previous);
        String executorAppId = null;
        for (Pod pod : executors) {
            ExecutorObservation executor = ExecutorObservation.of(pod);
            if (executor.executorId() > maxTracked) {
                continue;
            }
            if (previous.get(executor.podName()) != executor.state()) {
                event(executor, events);
            }
            next.put(executor.podName(), executor.state());
            if (executorAppId == null && pod.getMetadata().getLabels() != null) {
                executorAppId = pod.getMetadata().getLabels().get(io.sparkop.api.Labels.SPARK_APP_SELECTOR);
            }
        }
        // SPARK-25922: the executors' application id is the one Spark reports; prefer it.
        if (executorAppId != null) {
            status.setSparkApplicationId(executorAppId);
        }
        AppState state = status.getApplicationState().getState();
        Set<String> present = executors.stream().map(p -> p.getMetadata().getName())
                .collect(java.util.stream.Collectors.toSet());
        next.replaceAll((name, old) -> present.contains(name) || FINISHED.contains(old) ? old
                : state == AppState.RUNNING ? ExecutorState.UNKNOWN
                : state == AppState.COMPLETED ? ExecutorState.COMPLETED : ExecutorState.FAILED);
        status.setExecutorState(next.isEmpty() ? null : next);
    }

    private static void event(ExecutorObservation executor, EventSink events) {
        String pod = executor.podName();
        switch (executor.state()) {
            case PENDING -> events.event(false, EventReasons.EXECUTOR_PENDING, "Executor " + pod + " is pending");
            case RUNNING -> events.event(false, EventReasons.EXECUTOR_RUNNING, "Executor " + pod + " is running");
            case COMPLETED -> events.event(false, EventReasons.EXECUTOR_COMPLETED, "Executor " + pod + " completed");
            case FAILED -> events.event(true, EventReasons.EXECUTOR_FAILED, "Executor " + pod + " failed with ExitCode: "
                    + executor.terminated().map(DriverObservation::exitCode).orElse(-1) + ", Reason: "
                    + executor.terminated().map(t -> t.getReason()).orElse("Unknown (Container not Found)"));
            case UNKNOWN -> events.event(true, EventReasons.EXECUTOR_UNKNOWN, "Executor " + pod + " in unknown state");
        }
    }

    private ExecutorStates() {
    }
}
