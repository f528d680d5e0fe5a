package io.sparkop.submit.kubeflow;

import io.sparkop.api.SparkApplication;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;

/** What kubeflow's SparkApplication defaulter (sparkapplication_defaulter.go) fills in before submission. */
public final class KubeflowDefaults {

    /**
     * defaultExecutorSpec: one executor unless instances are set, in spec or sparkConf, or dynamic
     * allocation decides them.
     */
    static Integer executorInstances(SparkApplication app) {
        Integer instances = KubeflowPodConf.executorOf(app).getInstances();
        if (instances != null) {
            return instances;
        }
        Map<String, String> sparkConf = KubeflowSubmitArgs.sorted(app.getSpec().getSparkConf());
        boolean inSparkConf = !sparkConf.getOrDefault(SparkConfKeys.EXECUTOR_INSTANCES, "").isEmpty();
        return inSparkConf || dynamicAllocation(app, sparkConf) ? null : 1;
    }

    private static boolean dynamicAllocation(SparkApplication app, Map<String, String> sparkConf) {
        var allocation = app.getSpec().getDynamicAllocation();
        if (allocation != null) {
            return Boolean.TRUE.equals(allocation.getEnabled());
        }
        return "true".equalsIgnoreCase(sparkConf.getOrDefault(SparkConfKeys.DYNAMIC_ALLOCATION_ENABLED, ""));
    }

    private KubeflowDefaults() {
    }
}
