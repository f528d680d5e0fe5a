package io.sparkop.reconcile;

import io.sparkop.api.AppState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.submit.Submission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one reconcile does: the status to write, the edges of the state machine it took, the executor
 * changes it saw, the Events to record once the status is written, at most one action, and when to
 * look again.
 *
 * @param submission set when {@code action} is SUBMIT
 */
record Decision(SparkApplicationStatus status, List<Edge> edges, List<ExecutorChange> executorChanges,
        List<AppEvent> events, Action action, Optional<Submission> submission, Optional<Duration> requeueAfter) {

    enum Action {
        NONE,
        /** Build the driver resources for {@code submission} and create them. */
        SUBMIT,
        /** Delete the driver pod and the UI Service of the current run. */
        TEAR_DOWN,
        /** Delete the SparkApplication itself (its time to live is over). */
        DELETE_APPLICATION
    }

    /** One edge of the state machine, with what was observed that took it. */
    record Edge(AppState from, AppState to, String cause) {
    }

    /** An executor whose tracked state changed (from is null for one seen for the first time). */
    record ExecutorChange(String pod, ExecutorState from, ExecutorState to) {
    }

    record AppEvent(boolean warning, String reason, String message) {
    }

    AppState state() {
        return status.getApplicationState().getState();
    }

    Decision withStatus(SparkApplicationStatus newStatus) {
        return new Decision(newStatus, edges, executorChanges, events, action, submission, requeueAfter);
    }

    Decision withRequeueAfter(Duration after) {
        return new Decision(status, edges, executorChanges, events, action, submission, Optional.of(after));
    }

    /** This decision followed by {@code next}, decided on its outcome: the effects of both, next's status. */
    Decision then(Decision next) {
        return new Decision(next.status, concat(edges, next.edges), concat(executorChanges, next.executorChanges),
                concat(events, next.events), next.action, next.submission, next.requeueAfter);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
