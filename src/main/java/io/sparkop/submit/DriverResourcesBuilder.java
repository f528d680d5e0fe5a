package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.api.SparkApplication;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects {@code spark-submit --deploy-mode cluster} creates for an application, as kubeflow's
 * operator would run it, built without a cluster. The caller checks {@link SpecValidator#problems}
 * first: builders assume a valid spec.
 */
public final class DriverResourcesBuilder {

    public static DriverResources build(SparkApplication app, Submission submission) {
        DriverConf conf = DriverConf.of(app, submission);
        List<HasMetadata> additional = new ArrayList<>();
        if (conf.version().createsNetworkPolicy()) {
            additional.add(ExecutorNetworkPolicyBuilder.build(conf));
        }
        ExecutorPodTemplateBuilder.configMap(app, conf).ifPresent(additional::add);
        PrometheusConfigMapBuilder.build(app).ifPresent(additional::add);
        return new DriverResources(
                DriverPodBuilder.build(app, conf),
                SparkConfMapBuilder.build(conf),
                DriverServiceBuilder.build(conf),
                additional,
                UiServiceBuilder.build(conf));
    }

    /** kubeflow's driver pod name: spec.driver.podName, else spark.kubernetes.driver.pod.name, else {@code <app>-driver}. */
    public static String driverPodName(SparkApplication app) {
        return KubeflowNames.driverPodName(app);
    }

    private DriverResourcesBuilder() {
    }
}
