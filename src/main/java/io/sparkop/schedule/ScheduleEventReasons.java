package io.sparkop.schedule;

/** Event reasons for schedules beyond kubeflow's (which has none for these). */
final class ScheduleEventReasons {

    /** Starting, replacing or pruning runs failed; JOSDK retries the reconcile. */
    static final String RUN_NOT_STARTED = "ScheduledSparkApplicationRunNotStarted";

    private ScheduleEventReasons() {
    }
}
