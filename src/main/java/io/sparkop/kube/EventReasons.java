package io.sparkop.kube;

/**
 * Every Event reason the operator records. kubeflow's are kept verbatim (v2.5.2 pkg/common/event.go): users'
 * alerts and dashboards match on them; ours are marked as ours.
 */
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
    /** Ours: the driver pod cannot start (unschedulable, image pull, container config, Pending too long). */
    public static final String DRIVER_CANNOT_START = "SparkDriverCannotStart";
    /** Ours: the UI Service could not be created (refused, or its name taken); the driver runs on without it. */
    public static final String UI_SERVICE_FAILED = "SparkUIServiceFailed";
    /** Ours: an executor pod cannot start, for the same reasons. */
    public static final String EXECUTOR_CANNOT_START = "SparkExecutorCannotStart";
    public static final String EXECUTOR_PENDING = "SparkExecutorPending";
    public static final String EXECUTOR_RUNNING = "SparkExecutorRunning";
    public static final String EXECUTOR_COMPLETED = "SparkExecutorCompleted";
    public static final String EXECUTOR_FAILED = "SparkExecutorFailed";
    public static final String EXECUTOR_UNKNOWN = "SparkExecutorUnknown";
    /** Ours: a new application took the status its backup carried (tools/sparkop-backup) instead of running. */
    public static final String APP_RESTORED = "SparkApplicationRestored";
    /** Ours: a transient error (API server unavailable, conflict) that the operator retries. */
    public static final String RECONCILE_FAILED = "SparkApplicationReconcileFailed";
    public static final String SCHEDULE_FAILED_VALIDATION = "ScheduledSparkApplicationFailedValidation";
    /** Ours, as kubeflow records none for schedules: starting, replacing or pruning runs failed (retried). */
    public static final String RUN_NOT_STARTED = "ScheduledSparkApplicationRunNotStarted";
    public static final String RUN_STARTED = "ScheduledSparkApplicationRunStarted";
    /** Ours: a due run not started because an earlier one is unfinished (concurrencyPolicy Forbid). */
    public static final String RUN_SKIPPED = "ScheduledSparkApplicationRunSkipped";
    /** Ours: a due run not started because it was later than the missed-run deadline. */
    public static final String RUN_MISSED = "ScheduledSparkApplicationRunMissed";
    /** Ours: a finished run deleted by the history limits, or an unfinished one replaced (Replace). */
    public static final String RUN_PRUNED = "ScheduledSparkApplicationRunPruned";
    /** Ours, as kubeflow records none for SparkConnects: the server pod is Running and ready. */
    public static final String CONNECT_READY = "SparkConnectReady";
    /** Ours: the server pod exists but is not ready (starting, image pull error, probes failing). */
    public static final String CONNECT_NOT_READY = "SparkConnectNotReady";
    /** Ours: the server cannot run: an invalid spec, a refused create, a name taken, a failed server pod. */
    public static final String CONNECT_FAILED = "SparkConnectFailed";
    /** Ours: the server pod was created, or deleted to be recreated from a changed spec. */
    public static final String CONNECT_SERVER_CREATED = "SparkConnectServerCreated";
    public static final String CONNECT_SERVER_REPLACED = "SparkConnectServerReplaced";
    /** Ours: a transient error reconciling a SparkConnect, retried. */
    public static final String CONNECT_RECONCILE_FAILED = "SparkConnectReconcileFailed";

    /** Ours: a user acted on the object through the dashboard or REST API (who, what, result in the message). */
    public static final String USER_ACTION = "SparkOperatorUserAction";
    /** Ours: a user's action on the object was refused (by Kubernetes RBAC, its state or its policy). */
    public static final String USER_ACTION_REFUSED = "SparkOperatorUserActionRefused";

    private EventReasons() {
    }
}
