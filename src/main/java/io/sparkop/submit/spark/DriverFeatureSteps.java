package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spark's KubernetesDriverBuilder: the driver's feature steps in Spark's order, each facet folded
 * over the whole list. A new step goes into {@link #STEPS} and nowhere else.
 */
public final class DriverFeatureSteps {

    static final List<DriverFeatureStep> STEPS = List.of(
            new BasicDriverStep(),
            new DriverServiceAccountStep(),
            new DriverServiceStep(),
            new NetworkPolicyStep(),
            new MountSecretsStep(),
            new EnvSecretsStep(),
            new MountVolumesStep(),
            new DriverCommandStep(),
            new HadoopConfStep(),
            new PodTemplateConfigMapStep(),
            new LocalDirsStep());

    public static SparkPod configurePod(SparkPod initial, DriverConf c) {
        SparkPod pod = initial;
        for (DriverFeatureStep step : STEPS) {
            pod = step.configurePod(pod, c);
        }
        return pod;
    }

    /** The conf, then each step's properties; a later step's entry wins. */
    static Map<String, String> systemProperties(DriverConf c) {
        Map<String, String> properties = new LinkedHashMap<>(c.conf().asMap());
        STEPS.forEach(step -> properties.putAll(step.systemProperties(c)));
        return properties;
    }

    public static List<HasMetadata> additionalResources(DriverConf c) {
        List<HasMetadata> resources = new ArrayList<>();
        STEPS.forEach(step -> resources.addAll(step.additionalResources(c)));
        return resources;
    }

    private DriverFeatureSteps() {
    }
}
