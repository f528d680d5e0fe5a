package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

/**
 * What Spark's Client.run adds after the feature steps: the spark.properties ConfigMap mounted at
 * /opt/spark/conf, SPARK_CONF_DIR pointing there, and the Spark container appended to the pod's
 * other (template) containers.
 */
public final class SparkConfVolume {

    static final String CONF_DIR = "/opt/spark/conf";
    static final String VOLUME = "spark-conf-volume-driver";

    public static Pod attach(SparkPod pod, DriverConf c) {
        var container = new ContainerBuilder(pod.container())
                .addNewEnv().withName("SPARK_CONF_DIR").withValue(CONF_DIR).endEnv()
                .addNewVolumeMount().withName(VOLUME).withMountPath(CONF_DIR).endVolumeMount()
                .build();
        return new PodBuilder(pod.pod())
                .editSpec()
                    .addToContainers(container)
                    .addNewVolume().withName(VOLUME)
                        .withNewConfigMap()
                            .addNewItem().withKey(SparkConfMapBuilder.PROPERTIES_KEY).withMode(420)
                                .withPath(SparkConfMapBuilder.PROPERTIES_KEY).endItem()
                            .withName(c.confMapName())
                        .endConfigMap()
                    .endVolume()
                .endSpec()
                .build();
    }

    private SparkConfVolume() {
    }
}
