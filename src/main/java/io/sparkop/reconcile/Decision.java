package io.sparkop.reconcile;

import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.submit.Submission;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one reconcile does: the status to write, the Events to record, at most one action, and when
 * to look again.
 *
 * @param submission set when {@code action} is SUBMIT
 */
record Decision(SparkApplicationStatus status, List<AppEvent> events, Action action,
        Optional<Submission> submission, Optional<Duration> requeueAfter) {

    enum Action {
        NONE,
        /** Build the driver resources for {@code submission} and create them. */
        SUBMIT,
        /** Delete the driver pod and the UI Service of the current run. */
        TEAR_DOWN,
        /** Delete the SparkApplication itself (its time to live is over). */
        DELETE_APPLICATION
    }

    record AppEvent(boolean warning, String reason, String message) {
    }
}
