package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ConfigMap Spark's Client.run creates for the driver (KubernetesClientUtils.buildConfigMap):
 * spark.properties holding the conf plus what each feature step adds to it, in Spark's step order,
 * and the namespace under its own key. Spark writes the properties in hash order with the current
 * date; we write them sorted, dated by the submission, so a rebuild gives the same text.
 */
public final class SparkConfMapBuilder {

    public static final String PROPERTIES_KEY = "spark.properties";

    public static ConfigMap build(DriverConf c) {
        String comment = "Java properties built from Kubernetes config map with name: " + c.confMapName();
        return new ConfigMapBuilder()
                .withNewMetadata().withName(c.confMapName()).withNamespace(c.namespace()).endMetadata()
                .withImmutable(true)
                .addToData(PROPERTIES_KEY, PropertiesText.of(comment, c.submission().submitTime(), systemProperties(c)))
                .addToData(SparkConfKeys.NAMESPACE, c.namespace())
                .build();
    }

    /** KubernetesDriverBuilder: the conf, then each step's getAdditionalPodSystemProperties. */
    static Map<String, String> systemProperties(DriverConf c) {
        return new TreeMap<>(DriverFeatureSteps.systemProperties(c));
    }

    private SparkConfMapBuilder() {
    }
}
