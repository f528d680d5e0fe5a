package io.sparkop.submit;

/**
 * Spark configuration keys this operator writes, reads or validates, each spelled once, as Spark's
 * Config.scala, package.scala and SparkSubmit name them. Prefixes end in a dot; {@link #DRIVER} and
 * {@link #EXECUTOR} hold the keys Spark repeats per role.
 */
public final class SparkConfKeys {

    /** The keys Spark has once per role ({@code spark.driver.*} / {@code spark.executor.*} and their Kubernetes twins). */
    public record Role(String cores, String memory, String memoryOverhead, String memoryOverheadFactor,
            String extraJavaOptions, String containerImage, String requestCores, String limitCores,
            String serviceAccount, String podTemplateFile, String podTemplateContainerName, String labelPrefix,
            String annotationPrefix, String secretsPrefix, String secretKeyRefPrefix, String volumesPrefix,
            String envPrefix) {
    }

    public static final Role DRIVER = new Role("spark.driver.cores", "spark.driver.memory",
            "spark.driver.memoryOverhead", "spark.driver.memoryOverheadFactor", "spark.driver.extraJavaOptions",
            "spark.kubernetes.driver.container.image", "spark.kubernetes.driver.request.cores",
            "spark.kubernetes.driver.limit.cores", "spark.kubernetes.authenticate.driver.serviceAccountName",
            "spark.kubernetes.driver.podTemplateFile", "spark.kubernetes.driver.podTemplateContainerName",
            "spark.kubernetes.driver.label.", "spark.kubernetes.driver.annotation.", "spark.kubernetes.driver.secrets.",
            "spark.kubernetes.driver.secretKeyRef.", "spark.kubernetes.driver.volumes.", "spark.kubernetes.driverEnv.");
    public static final Role EXECUTOR = new Role("spark.executor.cores", "spark.executor.memory",
            "spark.executor.memoryOverhead", "spark.executor.memoryOverheadFactor", "spark.executor.extraJavaOptions",
            "spark.kubernetes.executor.container.image", "spark.kubernetes.executor.request.cores",
            "spark.kubernetes.executor.limit.cores", "spark.kubernetes.authenticate.executor.serviceAccountName",
            "spark.kubernetes.executor.podTemplateFile", "spark.kubernetes.executor.podTemplateContainerName",
            "spark.kubernetes.executor.label.", "spark.kubernetes.executor.annotation.",
            "spark.kubernetes.executor.secrets.", "spark.kubernetes.executor.secretKeyRef.",
            "spark.kubernetes.executor.volumes.", "spark.executorEnv.");

    // Application and submission
    public static final String MASTER = "spark.master";
    public static final String APP_ID = "spark.app.id";
    public static final String APP_NAME = "spark.app.name";
    public static final String APP_SUBMIT_TIME = "spark.app.submitTime";
    public static final String DEPLOY_MODE = "spark.submit.deployMode";
    public static final String JARS = "spark.jars";
    public static final String FILES = "spark.files";
    public static final String PY_FILES = "spark.submit.pyFiles";
    public static final String ARCHIVES = "spark.archives";
    public static final String JARS_PACKAGES = "spark.jars.packages";
    public static final String JARS_EXCLUDES = "spark.jars.excludes";
    public static final String JARS_REPOSITORIES = "spark.jars.repositories";
    public static final String HADOOP_PREFIX = "spark.hadoop.";
    public static final String PYSPARK_PYTHON = "spark.pyspark.python";
    public static final String PYSPARK_DRIVER_PYTHON = "spark.pyspark.driver.python";
    public static final String LOCAL_DIR = "spark.local.dir";
    public static final String METRICS_NAMESPACE = "spark.metrics.namespace";
    public static final String METRICS_CONF = "spark.metrics.conf";
    public static final String KERBEROS_KEYTAB = "spark.kerberos.keytab";
    public static final String KERBEROS_PRINCIPAL = "spark.kerberos.principal";

    // The driver's network
    public static final String DRIVER_HOST = "spark.driver.host";
    public static final String DRIVER_BIND_ADDRESS = "spark.driver.bindAddress";
    public static final String DRIVER_PORT = "spark.driver.port";
    public static final String DRIVER_BLOCK_MANAGER_PORT = "spark.driver.blockManager.port";
    public static final String BLOCK_MANAGER_PORT = "spark.blockManager.port";
    public static final String UI_PORT = "spark.ui.port";
    public static final String UI_PROXY_BASE = "spark.ui.proxyBase";
    public static final String CONNECT_GRPC_PORT = "spark.connect.grpc.binding.port";

    // Memory and resources
    public static final String DRIVER_MIN_MEMORY_OVERHEAD = "spark.driver.minMemoryOverhead";
    public static final String MEMORY_OVERHEAD_FACTOR = "spark.kubernetes.memoryOverheadFactor";
    public static final String DRIVER_RESOURCE_PREFIX = "spark.driver.resource.";
    public static final String EXECUTOR_INSTANCES = "spark.executor.instances";

    // Dynamic allocation
    public static final String DYNAMIC_ALLOCATION_ENABLED = "spark.dynamicAllocation.enabled";
    public static final String DYNAMIC_ALLOCATION_INITIAL_EXECUTORS = "spark.dynamicAllocation.initialExecutors";
    public static final String DYNAMIC_ALLOCATION_MIN_EXECUTORS = "spark.dynamicAllocation.minExecutors";
    public static final String DYNAMIC_ALLOCATION_MAX_EXECUTORS = "spark.dynamicAllocation.maxExecutors";
    public static final String SHUFFLE_TRACKING_ENABLED = "spark.dynamicAllocation.shuffleTracking.enabled";
    public static final String SHUFFLE_TRACKING_TIMEOUT = "spark.dynamicAllocation.shuffleTracking.timeout";

    // Kubernetes
    public static final String NAMESPACE = "spark.kubernetes.namespace";
    public static final String DRIVER_MASTER = "spark.kubernetes.driver.master";
    public static final String CONTAINER_IMAGE = "spark.kubernetes.container.image";
    public static final String DRIVER_CONTAINER_IMAGE = DRIVER.containerImage();
    public static final String EXECUTOR_CONTAINER_IMAGE = EXECUTOR.containerImage();
    public static final String IMAGE_PULL_POLICY = "spark.kubernetes.container.image.pullPolicy";
    public static final String IMAGE_PULL_SECRETS = "spark.kubernetes.container.image.pullSecrets";
    public static final String DRIVER_SERVICE_ACCOUNT = DRIVER.serviceAccount();
    public static final String EXECUTOR_SERVICE_ACCOUNT = EXECUTOR.serviceAccount();
    public static final String KERBEROS_PREFIX = "spark.kubernetes.kerberos.";
    public static final String DRIVER_POD_NAME = "spark.kubernetes.driver.pod.name";
    public static final String NODE_SELECTOR_PREFIX = "spark.kubernetes.node.selector.";
    public static final String DRIVER_NODE_SELECTOR_PREFIX = "spark.kubernetes.driver.node.selector.";
    public static final String SCHEDULER_NAME = "spark.kubernetes.scheduler.name";
    public static final String DRIVER_SCHEDULER_NAME = "spark.kubernetes.driver.scheduler.name";
    public static final String DRIVER_SERVICE_LABEL_PREFIX = "spark.kubernetes.driver.service.label.";
    public static final String DRIVER_SERVICE_ANNOTATION_PREFIX = "spark.kubernetes.driver.service.annotation.";
    public static final String DRIVER_SERVICE_IP_FAMILY_POLICY = "spark.kubernetes.driver.service.ipFamilyPolicy";
    public static final String DRIVER_SERVICE_IP_FAMILIES = "spark.kubernetes.driver.service.ipFamilies";
    public static final String EXECUTOR_DELETE_ON_TERMINATION = "spark.kubernetes.executor.deleteOnTermination";
    public static final String HADOOP_CONFIG_MAP_NAME = "spark.kubernetes.hadoop.configMapName";
    public static final String EXECUTOR_HADOOP_CONFIG_MAP_NAME = "spark.kubernetes.executor.hadoopConfigMapName";
    public static final String LOCAL_DIRS_TMPFS = "spark.kubernetes.local.dirs.tmpfs";
    public static final String PYSPARK_PYTHON_VERSION = "spark.kubernetes.pyspark.pythonVersion";
    public static final String RESOURCE_TYPE = "spark.kubernetes.resource.type";
    public static final String SUBMIT_IN_DRIVER = "spark.kubernetes.submitInDriver";
    public static final String WAIT_APP_COMPLETION = "spark.kubernetes.submission.waitAppCompletion";

    private SparkConfKeys() {
    }
}
