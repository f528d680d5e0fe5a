package io.sparkop.reconcile;

/** kubeflow's Event reasons, kept verbatim: users' alerts and dashboards match on them. */
public final class EventReasons {
    public static final String APP_ADDED = "SparkApplicationAdded";
    public static final String APP_SUBMITTED = "SparkApplicationSubmitted";
    public static final String APP_SUBMISSION_FAILED = "SparkApplicationSubmissionFailed";
    public static final String APP_COMPLETED = "SparkApplicationCompleted";
    public static final String APP_FAILED = "SparkApplicationFailed";
    public static final String APP_PENDING_RERUN = "SparkApplicationPendingRerun";
    public static final String APP_SPEC_UPDATE_PROCESSED = "SparkApplicationSpecUpdateProcessed";
    public static final String APP_SUSPENDING = "SparkApplicationSuspending";
    public static final String APP_SUSPENDED = "SparkApplicationSuspended";
    public static final String APP_RESUMING = "SparkApplicationResuming";
    public static final String DRIVER_PENDING = "SparkDriverPending";
    public static final String DRIVER_RUNNING = "SparkDriverRunning";
    public static final String DRIVER_COMPLETED = "SparkDriverCompleted";
    public static final String DRIVER_FAILED = "SparkDriverFailed";
    public static final String DRIVER_UNKNOWN = "SparkDriverUnknown";
    /** Ours: the driver pod of a submitted run is gone (kubeflow only says so in the error message). */
    public static final String DRIVER_NOT_FOUND = "SparkDriverNotFound";
    /** Ours: the driver pod's name is taken by an earlier run's pod that is still terminating. */
    public static final String DRIVER_CONFLICT = "SparkDriverConflict";
    public static final String EXECUTOR_PENDING = "SparkExecutorPending";
    public static final String EXECUTOR_RUNNING = "SparkExecutorRunning";
    public static final String EXECUTOR_COMPLETED = "SparkExecutorCompleted";
    public static final String EXECUTOR_FAILED = "SparkExecutorFailed";
    public static final String EXECUTOR_UNKNOWN = "SparkExecutorUnknown";
    /** Ours: a transient error (API server unavailable, conflict) that the operator retries. */
    public static final String RECONCILE_FAILED = "SparkApplicationReconcileFailed";
    public static final String SCHEDULE_FAILED_VALIDATION = "ScheduledSparkApplicationFailedValidation";

    private EventReasons() {
    }
}
