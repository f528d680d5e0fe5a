package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.kube.EventReasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kubeflow's updateExecutorState: status.executorState, a change and an Event per change. */
class ExecutorStatesTest {

    final List<Decision.ExecutorChange> changes = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Test
    void aNewExecutorIsRecordedWithAnEventAndTheExecutorsApplicationId() {
        SparkApplicationStatus status = status(AppState.RUNNING, Map.of());
        update(status, List.of(executor("pi-exec-1", 1, "Running")), 1000);
        assertEquals(Map.of("pi-exec-1", ExecutorState.RUNNING), status.getExecutorState());
        assertEquals(List.of(new Decision.ExecutorChange("pi-exec-1", null, ExecutorState.RUNNING)), changes);
        assertEquals(List.of(EventReasons.EXECUTOR_RUNNING), events);
        assertEquals("spark-exec-app", status.getSparkApplicationId());
    }

    @Test
    void anUnchangedExecutorIsNoChange() {
        SparkApplicationStatus status = status(AppState.RUNNING, Map.of("pi-exec-1", ExecutorState.RUNNING));
        update(status, List.of(executor("pi-exec-1", 1, "Running")), 1000);
        assertEquals(List.of(), changes);
    }

    @Test
    void aVanishedExecutorIsUnknownWhileRunningAndTakesTheFinalStateAfterwardsWithoutAnEvent() {
        SparkApplicationStatus running = status(AppState.RUNNING, Map.of("pi-exec-1", ExecutorState.RUNNING));
        update(running, List.of(), 1000);
        assertEquals(Map.of("pi-exec-1", ExecutorState.UNKNOWN), running.getExecutorState());
        assertEquals(List.of(), events);

        SparkApplicationStatus completed = status(AppState.COMPLETED, Map.of("pi-exec-1", ExecutorState.RUNNING));
        update(completed, List.of(), 1000);
        assertEquals(Map.of("pi-exec-1", ExecutorState.COMPLETED), completed.getExecutorState());
        SparkApplicationStatus failed = status(AppState.FAILED, Map.of("pi-exec-1", ExecutorState.FAILED));
        update(failed, List.of(), 1000);
        assertEquals(Map.of("pi-exec-1", ExecutorState.FAILED), failed.getExecutorState());
    }

    @Test
    void executorsBeyondTheTrackingLimitAreLeftOut() {
        SparkApplicationStatus status = status(AppState.RUNNING, Map.of());
        update(status, List.of(executor("pi-exec-1", 1, "Running"), executor("pi-exec-3", 3, "Running")), 2);
        assertEquals(Map.of("pi-exec-1", ExecutorState.RUNNING), status.getExecutorState());
    }

    @Test
    void aFailedExecutorsEventNamesItsExitCodeAndReason() {
        SparkApplicationStatus status = status(AppState.RUNNING, Map.of());
        Pod failed = new PodBuilder(executor("pi-exec-2", 2, "Failed")).editStatus().addNewContainerStatus()
                .withName(ExecutorObservation.EXECUTOR_CONTAINER).withNewState().withNewTerminated().withExitCode(137)
                .withReason("OOMKilled").endTerminated().endState().endContainerStatus().endStatus().build();
        List<String> messages = new ArrayList<>();
        ExecutorStates.update(status, List.of(failed), 1000, (change, event) -> event.ifPresent(e -> messages.add(e.message())));
        assertEquals(List.of("Executor pi-exec-2 failed with ExitCode: 137, Reason: OOMKilled"), messages);
    }

    private void update(SparkApplicationStatus status, List<Pod> executors, int maxTracked) {
        ExecutorStates.update(status, executors, maxTracked, (change, event) -> {
            changes.add(change);
            event.ifPresent(e -> events.add(e.reason()));
        });
    }

    private static SparkApplicationStatus status(AppState state, Map<String, ExecutorState> executors) {
        SparkApplicationStatus status = new SparkApplicationStatus();
        status.setApplicationState(new ApplicationState(state, null));
        status.setExecutorState(executors.isEmpty() ? null : new java.util.LinkedHashMap<>(executors));
        return status;
    }

    private static Pod executor(String name, int id, String phase) {
        return new PodBuilder().withNewMetadata().withName(name)
                .addToLabels(Labels.SPARK_EXEC_ID, String.valueOf(id)).addToLabels(Labels.SPARK_APP_SELECTOR, "spark-exec-app")
                .addToLabels(Labels.SPARK_ROLE, Labels.ROLE_EXECUTOR).endMetadata()
                .withNewStatus().withPhase(phase).endStatus().build();
    }
}
