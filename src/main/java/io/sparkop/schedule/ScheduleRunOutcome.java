package io.sparkop.schedule;

import io.sparkop.api.ScheduledSparkApplication;
import java.time.Instant;

/**
 * What a schedule did about one run, fired as a CDI event after the action (and the status write
 * recording it) succeeded.
 *
 * @param runName the SparkApplication started, skipped or pruned
 */
public record ScheduleRunOutcome(ScheduledSparkApplication schedule, Outcome outcome, String runName,
        Instant scheduledAt) {

    public enum Outcome {
        /** A run was created. */
        STARTED,
        /** A due run was not created because of the concurrency policy (Forbid). */
        SKIPPED,
        /** A run was missed: later than the missed-run deadline (the operator was down, say). */
        MISSED,
        /** An old run was deleted by the history limits. */
        PRUNED
    }
}
