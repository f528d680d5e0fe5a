package io.sparkop.submit;

/**
 * Spark configuration keys this operator writes, reads or validates, each spelled once. Names follow
 * Spark's Config.scala and package.scala; prefixes end in a dot.
 */
public final class SparkConfKeys {

    public static final String MASTER = "spark.master";
    public static final String NAMESPACE = "spark.kubernetes.namespace";
    public static final String DRIVER_MASTER = "spark.kubernetes.driver.master";
    public static final String CONTAINER_IMAGE = "spark.kubernetes.container.image";
    public static final String DRIVER_CONTAINER_IMAGE = "spark.kubernetes.driver.container.image";
    public static final String EXECUTOR_CONTAINER_IMAGE = "spark.kubernetes.executor.container.image";
    public static final String DRIVER_SERVICE_ACCOUNT = "spark.kubernetes.authenticate.driver.serviceAccountName";
    public static final String EXECUTOR_SERVICE_ACCOUNT = "spark.kubernetes.authenticate.executor.serviceAccountName";

    private SparkConfKeys() {
    }
}
