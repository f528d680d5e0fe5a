package io.sparkop.api;

/** Pod and resource labels that users, dashboards and kubeflow's tools already query. */
public final class Labels {
    public static final String APP_NAME = "sparkoperator.k8s.io/app-name";
    public static final String LAUNCHED_BY_OPERATOR = "sparkoperator.k8s.io/launched-by-spark-operator";
    public static final String SUBMISSION_ID = "sparkoperator.k8s.io/submission-id";
    public static final String SCHEDULED_APP_NAME = "sparkoperator.k8s.io/scheduled-app-name";
    /** kubeflow's mark on pods its webhook mutates; kept for tools that select on it. */
    public static final String MUTATED_BY_OPERATOR = "sparkoperator.k8s.io/mutated-by-spark-operator";
    /** On a SparkConnect's server pod, its Service and ConfigMap, and the executors the server starts. */
    public static final String CONNECT_NAME = "sparkoperator.k8s.io/connect-name";
    public static final String CREATED_BY_OPERATOR = "sparkoperator.k8s.io/created-by-spark-operator";
    /** Spark's own labels. */
    public static final String SPARK_ROLE = "spark-role";
    public static final String SPARK_APP_SELECTOR = "spark-app-selector";
    public static final String SPARK_APP_NAME = "spark-app-name";
    public static final String SPARK_EXEC_ID = "spark-exec-id";
    public static final String SPARK_VERSION = "spark-version";
    public static final String ROLE_DRIVER = "driver";
    public static final String ROLE_EXECUTOR = "executor";
    /** kubeflow's spark-role for a SparkConnect's server pod. */
    public static final String ROLE_CONNECT_SERVER = "connect-server";

    private Labels() {
    }
}
