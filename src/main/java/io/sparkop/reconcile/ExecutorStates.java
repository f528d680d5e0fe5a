package io.sparkop.reconcile;

import io.sparkop.kube.EventReasons;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.AppState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.SparkApplicationStatus;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** kubeflow's updateExecutorState: executor pod phases into status.executorState, an Event per change. */
final class ExecutorStates {

    /** Receives each change, with the Event kubeflow records for it (none for executors gone missing). */
    interface Sink {
        void changed(Decision.ExecutorChange change, Optional<Decision.AppEvent> event);
    }

    static final Set<ExecutorState> FINISHED = EnumSet.of(ExecutorState.COMPLETED, ExecutorState.FAILED);

    static void update(SparkApplicationStatus status, List<Pod> executors, int maxTracked, Sink sink) {
        Map<String, ExecutorState> previous = status.getExecutorState() == null ? Map.of() : status.getExecutorState();
        Map<String, ExecutorState> next = new LinkedHashMap<>(previous);
        String executorAppId = null;
        for (Pod pod : executors) {
            ExecutorObservation executor = ExecutorObservation.of(pod);
            if (executor.executorId() > maxTracked) {
                continue;
            }
            ExecutorState before = previous.get(executor.podName());
            if (before != executor.state()) {
                sink.changed(new Decision.ExecutorChange(executor.podName(), before, executor.state()),
                        Optional.of(event(executor)));
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
        next.replaceAll((name, old) -> {
            if (present.contains(name) || FINISHED.contains(old)) {
                return old;
            }
            ExecutorState gone = state == AppState.RUNNING ? ExecutorState.UNKNOWN
                    : state == AppState.COMPLETED ? ExecutorState.COMPLETED : ExecutorState.FAILED;
            if (gone != old) {
                sink.changed(new Decision.ExecutorChange(name, old, gone), Optional.empty());
            }
            return gone;
        });
        status.setExecutorState(next.isEmpty() ? null : next);
    }

    private static Decision.AppEvent event(ExecutorObservation executor) {
        String pod = executor.podName();
        return switch (executor.state()) {
            case PENDING -> new Decision.AppEvent(false, EventReasons.EXECUTOR_PENDING, "Executor " + pod + " is pending");
            case RUNNING -> new Decision.AppEvent(false, EventReasons.EXECUTOR_RUNNING, "Executor " + pod + " is running");
            case COMPLETED -> new Decision.AppEvent(false, EventReasons.EXECUTOR_COMPLETED, "Executor " + pod + " completed");
            case FAILED -> new Decision.AppEvent(true, EventReasons.EXECUTOR_FAILED, "Executor " + pod
                    + " failed with ExitCode: " + executor.terminated().map(DriverObservation::exitCode).orElse(-1)
                    + ", Reason: " + executor.terminated().map(t -> t.getReason()).orElse("Unknown (Container not Found)"));
            case UNKNOWN -> new Decision.AppEvent(true, EventReasons.EXECUTOR_UNKNOWN, "Executor " + pod + " in unknown state");
        };
    }

    private ExecutorStates() {
    }
}
