package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * Spark's KubernetesFeatureConfigStep: one feature of the driver in the three facets Spark gives
 * it. Each method defaults to "nothing", as Spark's do.
 */
public interface DriverFeatureStep {

    /** configurePod: the pod and its Spark container after this feature. */
    default SparkPod configurePod(SparkPod pod, DriverConf c) {
        return pod;
    }

    /** getAdditionalPodSystemProperties: entries this feature adds to spark.properties. */
    default Map<String, String> systemProperties(DriverConf c) {
        return Map.of();
    }

    /** getAdditionalKubernetesResources: objects created next to the driver pod, owned by it. */
    default List<HasMetadata> additionalResources(DriverConf c) {
        return List.of();
    }
}
