package io.sparkop.submit.kubeflow;

import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.spark.SparkVersion;

/** Names and flags kubeflow derives from an application (pkg/util/sparkapplication.go). */
public final class KubeflowNames {

    /** GetDriverPodName: spec.driver.podName, else the sparkConf key, else {@code <app>-driver}. */
    public static String driverPodName(SparkApplication app) {
        String podName = KubeflowPodConf.driverOf(app).getPodName();
        if (podName != null && !podName.isEmpty()) {
            return podName;
        }
        var sparkConf = app.getSpec().getSparkConf();
        String fromConf = sparkConf == null ? null : sparkConf.get(SparkConfKeys.DRIVER_POD_NAME);
        return fromConf != null && !fromConf.isEmpty() ? fromConf : app.getMetadata().getName() + "-driver";
    }

    /**
     * kubeflow labels a pod mutated-by-spark-operator, and its webhook then applies the typed pod
     * fields, when the role has no pod template (or for Spark before 3.0, which has no templates).
     */
    public static boolean webhookMutates(SparkApplication app, SparkPodSpec pod) {
        boolean before3 = SparkVersion.parse(app.getSpec().getSparkVersion()).map(SparkVersion::isBefore3).orElse(false);
        return before3 || pod.getTemplate() == null;
    }

    /** GetPrometheusConfigMapName. */
    static String prometheusConfigMapName(SparkApplication app) {
        return app.getMetadata().getName() + "-prom-conf";
    }

    private KubeflowNames() {
    }
}
