package io.sparkop.submit.validation;

import io.sparkop.api.DriverSpec;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.GPUSpec;
import io.sparkop.api.Labels;
import io.sparkop.api.NameKey;
import io.sparkop.api.SecretInfo;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import io.sparkop.submit.spark.SparkVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The typed driver and executor fields: resources, GPUs, secrets, labels and the driver's name. */
public final class PodSpecChecks {

    private static final Pattern DNS_1123_SUBDOMAIN =
            Pattern.compile("(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    /** Labels Spark sets itself and refuses from users (KubernetesDriverConf, KubernetesExecutorConf). */
    static final Set<String> RESERVED_DRIVER_LABELS =
            Set.of(Labels.SPARK_VERSION, Labels.SPARK_APP_SELECTOR, Labels.SPARK_APP_NAME, Labels.SPARK_ROLE);
    static final Set<String> RESERVED_EXECUTOR_LABELS =
            Set.of(Labels.SPARK_APP_SELECTOR, Labels.SPARK_ROLE, Labels.SPARK_EXEC_ID, "spark-resource-profile-id");

    public static void driver(SparkApplication app, List<String> problems) {
        DriverSpec driver = KubeflowPodConf.driverOf(app);
        common("spec.driver", app, driver, problems);
        ValueChecks.cpu("spec.driver.coreRequest", driver.getCoreRequest(), problems);
        labels("spec.driver.labels", driver.getLabels(), RESERVED_DRIVER_LABELS, problems);
        labels("metadata.labels", app.getMetadata().getLabels(), RESERVED_DRIVER_LABELS, problems);
        if (driver.getPodName() != null && !driver.getPodName().isEmpty()) {
            podName("spec.driver.podName", driver.getPodName(), problems);
        }
    }

    static void podName(String field, String podName, List<String> problems) {
        if (!DNS_1123_SUBDOMAIN.matcher(podName).matches()) {
            problems.add(field + ": '" + podName + "' is not a valid pod name (lower-case letters, digits, '-' and '.',"
                    + " at most 253 characters)");
        }
    }

    public static void executor(SparkApplication app, List<String> problems) {
        ExecutorSpec executor = KubeflowPodConf.executorOf(app);
        common("spec.executor", app, executor, problems);
        ValueChecks.cpu("spec.executor.coreRequest", executor.getCoreRequest(), problems);
        ValueChecks.atLeast("spec.executor.instances", executor.getInstances(), 0, problems);
        labels("spec.executor.labels", executor.getLabels(), RESERVED_EXECUTOR_LABELS, problems);
    }

    private static void common(String field, SparkApplication app, SparkPodSpec pod, List<String> problems) {
        template(field, app, pod, problems);
        ValueChecks.sparkSize(field + ".memory", pod.getMemory(), true, problems);
        ValueChecks.sparkSize(field + ".memoryOverhead", pod.getMemoryOverhead(), false, problems);
        ValueChecks.memoryLimit(field + ".memoryLimit", pod.getMemoryLimit(), problems);
        ValueChecks.atLeast(field + ".cores", pod.getCores(), 1, problems);
        ValueChecks.cpu(field + ".coreLimit", pod.getCoreLimit(), problems);
        gpu(field + ".gpu", pod.getGpu(), problems);
        secrets(field + ".secrets", pod.getSecrets(), problems);
        secretKeyRefs(field + ".envSecretKeyRefs", pod.getEnvSecretKeyRefs(), problems);
    }

    /** kubeflow's validator: Spark reads pod templates from 3.0 on. */
    private static void template(String field, SparkApplication app, SparkPodSpec pod, List<String> problems) {
        boolean before3 = SparkVersion.parse(app.getSpec().getSparkVersion()).map(SparkVersion::isBefore3).orElse(false);
        if (pod.getTemplate() != null && before3) {
            problems.add(field + ".template: needs spec.sparkVersion 3.0.0 or later");
        }
    }

    private static void gpu(String field, GPUSpec gpu, List<String> problems) {
        if (gpu == null) {
            return;
        }
        if (ValueChecks.blank(gpu.getName())) {
            problems.add(field + ".name: required, e.g. nvidia.com/gpu");
        }
        if (gpu.getQuantity() == null) {
            problems.add(field + ".quantity: required");
        }
        ValueChecks.atLeast(field + ".quantity", gpu.getQuantity(), 1, problems);
    }

    private static void secrets(String field, List<SecretInfo> secrets, List<String> problems) {
        for (int i = 0; secrets != null && i < secrets.size(); i++) {
            if (ValueChecks.blank(secrets.get(i).getName())) {
                problems.add(field + "[" + i + "].name: required");
            }
            if (ValueChecks.blank(secrets.get(i).getPath())) {
                problems.add(field + "[" + i + "].path: required");
            }
        }
    }

    /** EnvSecretsFeatureStep splits NAME:KEY at ':', so neither part may hold one. */
    private static void secretKeyRefs(String field, Map<String, NameKey> refs, List<String> problems) {
        if (refs == null) {
            return;
        }
        new TreeMap<>(refs).forEach((env, ref) -> {
            if (ref == null || ValueChecks.blank(ref.getName()) || ValueChecks.blank(ref.getKey())) {
                problems.add(field + "[" + env + "]: name and key are required");
            } else if (ref.getName().contains(":") || ref.getKey().contains(":")) {
                problems.add(field + "[" + env + "]: '" + ref.getName() + ":" + ref.getKey()
                        + "' has a ':' in the name or key, which Spark cannot read back");
            }
        });
    }

    static void labels(String field, Map<String, String> labels, Set<String> reserved, List<String> problems) {
        if (labels == null) {
            return;
        }
        new TreeMap<>(labels).keySet().stream().filter(reserved::contains).forEach(label ->
                problems.add(field + ": '" + label + "' is reserved by Spark"));
    }

    private PodSpecChecks() {
    }
}
