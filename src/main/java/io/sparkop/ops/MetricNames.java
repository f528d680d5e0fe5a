package io.sparkop.ops;

/**
 * The metric names and help texts users' dashboards and alerts depend on. The first group is kubeflow's
 * contract (internal/metrics and pkg/common/metrics.go at v2.5.2), kept name for name and help for help;
 * the second is ours, added beside them.
 */
public final class MetricNames {

    public static final String APP_COUNT = "spark_application_count";
    public static final String APP_SUBMIT_COUNT = "spark_application_submit_count";
    public static final String APP_FAILED_SUBMISSION_COUNT = "spark_application_failed_submission_count";
    public static final String APP_RUNNING_COUNT = "spark_application_running_count";
    public static final String APP_SUCCESS_COUNT = "spark_application_success_count";
    public static final String APP_FAILURE_COUNT = "spark_application_failure_count";
    public static final String APP_SUCCESS_EXECUTION_TIME = "spark_application_success_execution_time_seconds";
    public static final String APP_FAILURE_EXECUTION_TIME = "spark_application_failure_execution_time_seconds";
    public static final String APP_SUBMIT_LATENCY = "spark_application_submit_latency_seconds";
    public static final String APP_SUBMIT_LATENCY_HISTOGRAM = "spark_application_submit_latency_seconds_histogram";
    public static final String APP_START_LATENCY = "spark_application_start_latency_seconds";
    public static final String APP_START_LATENCY_HISTOGRAM = "spark_application_start_latency_seconds_histogram";
    public static final String EXECUTOR_RUNNING_COUNT = "spark_executor_running_count";
    public static final String EXECUTOR_SUCCESS_COUNT = "spark_executor_success_count";
    public static final String EXECUTOR_FAILURE_COUNT = "spark_executor_failure_count";

    static final String HELP_APP_COUNT = "Total number of SparkApplication";
    static final String HELP_APP_SUBMIT_COUNT = "Total number of submitted SparkApplication";
    static final String HELP_APP_FAILED_SUBMISSION_COUNT = "Total number of failed SparkApplication submission";
    static final String HELP_APP_RUNNING_COUNT = "Total number of running SparkApplication";
    static final String HELP_APP_SUCCESS_COUNT = "Total number of successful SparkApplication";
    static final String HELP_APP_FAILURE_COUNT = "Total number of failed SparkApplication";
    static final String HELP_APP_SUBMIT_LATENCY = "Spark App Submit Latency from creation to submitted state";
    static final String HELP_APP_SUBMIT_LATENCY_HISTOGRAM = "Spark App Submit Latency counts in buckets from creation to submitted state";
    static final String HELP_APP_START_LATENCY = "Spark App Start Latency via the Operator";
    static final String HELP_APP_START_LATENCY_HISTOGRAM = "Spark App Start Latency counts in buckets via the Operator";
    static final String HELP_EXECUTOR_RUNNING_COUNT = "Total number of running Spark executors";
    static final String HELP_EXECUTOR_SUCCESS_COUNT = "Total number of successful Spark executors";
    static final String HELP_EXECUTOR_FAILURE_COUNT = "Total number of failed Spark executors";

    /** kubeflow's --metrics-job-submit-latency-buckets and --metrics-job-start-latency-buckets defaults. */
    static final double[] SUBMIT_LATENCY_BUCKETS = {0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256};
    static final double[] START_LATENCY_BUCKETS = {30, 60, 90, 120, 150, 180, 210, 240, 270, 300};

    // Ours: not in kubeflow.
    public static final String APP_CREATE_TO_DRIVER_POD = "spark_application_create_to_driver_pod_seconds";
    public static final String APP_CREATE_TO_RUNNING = "spark_application_create_to_running_seconds";
    public static final String APP_STATE_COUNT = "spark_application_state_count";
    public static final String SCHEDULE_RUNS = "spark_scheduled_application_runs";
    public static final String LEADER = "sparkop_leader";

    static final String HELP_APP_CREATE_TO_DRIVER_POD =
            "Seconds from the SparkApplication's creation to its driver pod's creation (first submission only)";
    static final String HELP_APP_CREATE_TO_RUNNING =
            "Seconds from the SparkApplication's creation to its first RUNNING state";
    static final String HELP_APP_STATE_COUNT = "Number of SparkApplications in each state";
    static final String HELP_SCHEDULE_RUNS =
            "Runs of ScheduledSparkApplications by outcome: started, skipped (concurrency policy), missed, pruned";
    static final String HELP_LEADER = "1 on the replica holding the leader election lease (or running without one), else 0";

    /** 10 ms to 5 min: a driver pod is created in milliseconds when the operator keeps up, minutes when it queues. */
    static final double[] CREATE_LATENCY_BUCKETS =
            {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};

    private MetricNames() {
    }
}
