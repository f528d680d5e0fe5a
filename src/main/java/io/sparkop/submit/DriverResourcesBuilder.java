package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.kubeflow.KubeflowNames;
import io.sparkop.submit.kubeflow.PrometheusConfigMapBuilder;
import io.sparkop.submit.spark.DriverConf;
import io.sparkop.submit.spark.DriverFeatureSteps;
import io.sparkop.submit.spark.SparkConfMapBuilder;
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
        List<HasMetadata> additional = new ArrayList<>(DriverFeatureSteps.additionalResources(conf));
        // DriverServiceFeatureStep's Service is the one executors reach the driver through: kept apart
        Service driverService = additional.stream().filter(Service.class::isInstance).map(Service.class::cast)
                .findFirst().orElseThrow();
        additional.remove(driverService);
        PrometheusConfigMapBuilder.build(app).ifPresent(additional::add);
        return new DriverResources(
                DriverPodBuilder.build(app, conf),
                SparkConfMapBuilder.build(conf),
                driverService,
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
