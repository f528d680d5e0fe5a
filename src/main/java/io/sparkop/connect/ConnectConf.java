package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.sparkop.api.DynamicAllocation;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectSpec;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Spark properties of a SparkConnect's server: what kubeflow passes as {@code --conf} options
 * (sparkconnect/options.go, in its order, later entries winning as later options do), written to
 * {@code spark.properties} instead, so no user value ever passes through a shell.
 */
public final class ConnectConf {

    /** Where the ConfigMap is mounted in the server pod. */
    public static final String CONF_DIR = "/etc/spark-connect";
    public static final String PROPERTIES_FILE = "spark.properties";
    public static final String EXECUTOR_TEMPLATE_FILE = "executor-pod-template.yaml";
    /** The API server seen from inside the cluster; kubeflow uses its own KUBERNETES_SERVICE_HOST:PORT. */
    public static final String MASTER = "k8s://https://kubernetes.default.svc:443";

    public static Map<String, String> properties(SparkConnect conn) {
        SparkConnectSpec spec = conn.getSpec();
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.kubernetes.namespace", conn.getMetadata().getNamespace());
        executorImage(spec).ifPresent(image -> {
            conf.put("spark.kubernetes.container.image", image);
            conf.put("spark.kubernetes.executor.container.image", image);
        });
        if (spec.getSparkConf() != null) {
            spec.getSparkConf().forEach(conf::put);
        }
        if (spec.getHadoopConf() != null) {
            spec.getHadoopConf().forEach((k, v) -> conf.put(k.startsWith("spark.hadoop.") ? k : "spark.hadoop." + k, v));
        }
        // kubeflow's --master wins over a spark.master in sparkConf; client mode is what a Connect server is.
        conf.put("spark.master", MASTER);
        conf.put("spark.submit.deployMode", "client");
        driver(conn, conf);
        executor(conn, conf);
        dynamicAllocation(spec.getDynamicAllocation(), conf);
        return new TreeMap<>(conf);
    }

    private static void driver(SparkConnect conn, Map<String, String> conf) {
        podLabels("spark.kubernetes.driver.label.", conn, conf);
        var server = conn.getSpec().getServer();
        if (server.getCores() != null) {
            conf.put("spark.driver.cores", server.getCores().toString());
        }
        if (server.getMemory() != null) {
            conf.put("spark.driver.memory", server.getMemory());
        }
        conf.put("spark.driver.bindAddress", "0.0.0.0");
        conf.put("spark.driver.port", Integer.toString(ConnectNames.DRIVER_PORT));
        conf.put("spark.driver.blockManager.port", Integer.toString(ConnectNames.BLOCK_MANAGER_PORT));
        conf.put("spark.kubernetes.driver.pod.name", ConnectNames.serverPod(conn));
    }

    private static void executor(SparkConnect conn, Map<String, String> conf) {
        podLabels("spark.kubernetes.executor.label.", conn, conf);
        var executor = conn.getSpec().getExecutor();
        if (executor.getInstances() != null) {
            conf.put("spark.executor.instances", executor.getInstances().toString());
        }
        if (executor.getCores() != null) {
            conf.put("spark.executor.cores", executor.getCores().toString());
        }
        if (executor.getMemory() != null) {
            conf.put("spark.executor.memory", executor.getMemory());
        }
        conf.put("spark.kubernetes.executor.podNamePrefix", conn.getMetadata().getName());
        if (executor.getTemplate() != null) {
            conf.put("spark.kubernetes.executor.podTemplateFile", CONF_DIR + "/" + EXECUTOR_TEMPLATE_FILE);
            conf.put("spark.kubernetes.executor.podTemplateContainerName", KubeflowPodConf.EXECUTOR_CONTAINER);
        }
    }

    private static void podLabels(String prefix, SparkConnect conn, Map<String, String> conf) {
        conf.put(prefix + Labels.LAUNCHED_BY_OPERATOR, "true");
        conf.put(prefix + Labels.CONNECT_NAME, conn.getMetadata().getName());
        if (conn.getMetadata().getLabels() != null) {
            new TreeMap<>(conn.getMetadata().getLabels()).forEach((k, v) -> conf.put(prefix + k, v));
        }
    }

    private static void dynamicAllocation(DynamicAllocation allocation, Map<String, String> conf) {
        if (allocation == null || !Boolean.TRUE.equals(allocation.getEnabled())) {
            return;
        }
        conf.put("spark.dynamicAllocation.enabled", "true");
        putIfSet(conf, "spark.dynamicAllocation.initialExecutors", allocation.getInitialExecutors());
        putIfSet(conf, "spark.dynamicAllocation.minExecutors", allocation.getMinExecutors());
        putIfSet(conf, "spark.dynamicAllocation.maxExecutors", allocation.getMaxExecutors());
        conf.put("spark.dynamicAllocation.shuffleTracking.enabled",
                Boolean.toString(!Boolean.FALSE.equals(allocation.getShuffleTrackingEnabled())));
        putIfSet(conf, "spark.dynamicAllocation.shuffleTracking.timeout", allocation.getShuffleTrackingTimeout());
    }

    private static void putIfSet(Map<String, String> conf, String key, Object value) {
        if (value != null) {
            conf.put(key, value.toString());
        }
    }

    /** The executor template's executor container image, else spec.image (kubeflow's imageOption). */
    static Optional<String> executorImage(SparkConnectSpec spec) {
        PodTemplateSpec template = spec.getExecutor().getTemplate();
        if (template != null && template.getSpec() != null) {
            Optional<String> fromTemplate = template.getSpec().getContainers().stream()
                    .filter(c -> KubeflowPodConf.EXECUTOR_CONTAINER.equals(c.getName()))
                    .map(Container::getImage)
                    .filter(ConnectConf::notBlank)
                    .findFirst();
            if (fromTemplate.isPresent()) {
                return fromTemplate;
            }
        }
        return Optional.ofNullable(spec.getImage()).filter(ConnectConf::notBlank);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private ConnectConf() {
    }
}
