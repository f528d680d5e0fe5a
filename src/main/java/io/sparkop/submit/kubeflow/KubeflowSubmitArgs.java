package io.sparkop.submit.kubeflow;

import io.sparkop.api.Dependencies;
import io.sparkop.api.DynamicAllocation;
import io.sparkop.api.PythonVersion;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.spark.SparkSubmitCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubeflow's {@code buildSparkSubmitArgs} (internal/controller/sparkapplication/submission.go),
 * option for option and in its order, after its defaulter and {@code configPrometheusMonitoring}
 * have run. Go iterates maps at random; we take map entries sorted by key.
 */
public final class KubeflowSubmitArgs {

    /** Where kubeflow writes pod templates (submission.go); only the path reaches the conf. */
    static final String TEMPLATE_DIR = "/tmp/spark/";

    public static SparkSubmitCommand of(SparkApplication app, String submissionId) {
        SparkApplicationSpec spec = app.getSpec();
        Map<String, String> confs = new LinkedHashMap<>();
        confs.put(SparkConfKeys.NAMESPACE, app.getMetadata().getNamespace());
        imageAndRuntime(spec, confs);
        confs.put(SparkConfKeys.WAIT_APP_COMPLETION, "false");
        sparkConf(app).forEach((k, v) -> {
            if (!k.equals(SparkConfKeys.DRIVER_POD_NAME)) {
                confs.put(k, v);
            }
        });
        sorted(spec.getHadoopConf()).forEach((k, v) -> confs.put(SparkConfKeys.HADOOP_PREFIX + k, v));
        KubeflowPodConf.driver(app, submissionId, confs);
        KubeflowPodConf.executor(app, submissionId, confs);
        sorted(spec.getNodeSelector()).forEach((k, v) -> confs.put(SparkConfKeys.NODE_SELECTOR_PREFIX + k, v));
        dynamicAllocation(spec.getDynamicAllocation(), confs);
        return new SparkSubmitCommand(spec.getMainClass(), app.getMetadata().getName(), deps(spec.getDeps()),
                confs, blankToNull(spec.getProxyUser()), spec.getMainApplicationFile(),
                spec.getArguments() == null ? List.of() : List.copyOf(spec.getArguments()));
    }

    /** imageOption, pythonVersionOption, memoryOverheadFactorOption. */
    private static void imageAndRuntime(SparkApplicationSpec spec, Map<String, String> confs) {
        putIfSet(confs, SparkConfKeys.CONTAINER_IMAGE, spec.getImage());
        putIfSet(confs, SparkConfKeys.IMAGE_PULL_POLICY, spec.getImagePullPolicy());
        if (spec.getImagePullSecrets() != null && !spec.getImagePullSecrets().isEmpty()) {
            confs.put(SparkConfKeys.IMAGE_PULL_SECRETS, String.join(",", spec.getImagePullSecrets()));
        }
        if (spec.getPythonVersion() != null) {
            confs.put(SparkConfKeys.PYSPARK_PYTHON_VERSION, spec.getPythonVersion() == PythonVersion.TWO ? "2" : "3");
        }
        putIfSet(confs, SparkConfKeys.MEMORY_OVERHEAD_FACTOR, spec.getMemoryOverheadFactor());
    }

    /** spec.sparkConf as kubeflow passes it: with what configPrometheusMonitoring adds to it. */
    private static Map<String, String> sparkConf(SparkApplication app) {
        Map<String, String> conf = sorted(app.getSpec().getSparkConf());
        conf.putAll(KubeflowMonitoring.sparkConf(app));
        return sorted(conf);
    }

    private static Map<String, String> deps(Dependencies deps) {
        Map<String, String> options = new LinkedHashMap<>();
        if (deps != null) {
            putList(options, SparkSubmitCommand.JARS, deps.getJars());
            putList(options, SparkSubmitCommand.PACKAGES, deps.getPackages());
            putList(options, SparkSubmitCommand.EXCLUDE_PACKAGES, deps.getExcludePackages());
            putList(options, SparkSubmitCommand.REPOSITORIES, deps.getRepositories());
            putList(options, SparkSubmitCommand.PY_FILES, deps.getPyFiles());
            putList(options, SparkSubmitCommand.FILES, deps.getFiles());
            putList(options, SparkSubmitCommand.ARCHIVES, deps.getArchives());
        }
        return options;
    }

    /** dynamicAllocationOption; the defaulter turns shuffle tracking on when it is not set. */
    private static void dynamicAllocation(DynamicAllocation allocation, Map<String, String> confs) {
        if (allocation == null || !Boolean.TRUE.equals(allocation.getEnabled())) {
            return;
        }
        confs.put(SparkConfKeys.DYNAMIC_ALLOCATION_ENABLED, "true");
        putIfSet(confs, SparkConfKeys.DYNAMIC_ALLOCATION_INITIAL_EXECUTORS, allocation.getInitialExecutors());
        putIfSet(confs, SparkConfKeys.DYNAMIC_ALLOCATION_MIN_EXECUTORS, allocation.getMinExecutors());
        putIfSet(confs, SparkConfKeys.DYNAMIC_ALLOCATION_MAX_EXECUTORS, allocation.getMaxExecutors());
        boolean tracking = allocation.getShuffleTrackingEnabled() == null || allocation.getShuffleTrackingEnabled();
        confs.put(SparkConfKeys.SHUFFLE_TRACKING_ENABLED, Boolean.toString(tracking));
        putIfSet(confs, SparkConfKeys.SHUFFLE_TRACKING_TIMEOUT, allocation.getShuffleTrackingTimeout());
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? new TreeMap<>() : new TreeMap<>(map);
    }

    static void putIfSet(Map<String, String> confs, String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            confs.put(key, value.toString());
        }
    }

    private static void putList(Map<String, String> options, String option, List<String> values) {
        if (values != null && !values.isEmpty()) {
            options.put(option, String.join(",", values));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private KubeflowSubmitArgs() {
    }
}
