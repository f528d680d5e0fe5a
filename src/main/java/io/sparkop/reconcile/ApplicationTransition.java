package io.sparkop.reconcile;

import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import java.time.Instant;

/**
 * One edge of the SparkApplication state machine, fired as a CDI event once the status write that
 * recorded it has succeeded (so a write refused and retried never fires it twice). Events and metrics
 * observe these instead of the reconciler.
 *
 * @param application the application with the status as written
 * @param cause       what was observed that took the edge, in a few words (e.g. "driver pod succeeded")
 */
public record ApplicationTransition(SparkApplication application, AppState from, AppState to, String cause,
        Instant at) {
}
