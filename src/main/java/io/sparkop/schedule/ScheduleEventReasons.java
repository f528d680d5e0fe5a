package io.sparkop.schedule;

/** Event reasons for schedules beyond kubeflow's (which records none for schedules). */
final class ScheduleEventReasons {

    /** Starting, replacing or pruning runs failed; JOSDK retries the reconcile. */
    static final String RUN_NOT_STARTED = "ScheduledSparkApplicationRunNotStarted";
    static final String RUN_STARTED = "ScheduledSparkApplicationRunStarted";
    /** A due run not started because an earlier one is unfinished (concurrencyPolicy Forbid). */
    static final String RUN_SKIPPED = "ScheduledSparkApplicationRunSkipped";
    /** A due run not started because it was later than the missed-run deadline. */
    static final String RUN_MISSED = "ScheduledSparkApplicationRunMissed";
    /** A finished run deleted by the history limits, or an unfinished one replaced (concurrencyPolicy Replace). */
    static final String RUN_PRUNED = "ScheduledSparkApplicationRunPruned";

    private ScheduleEventReasons() {
    }
}
