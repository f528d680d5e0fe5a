package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;

/**
 * Spark's HadoopConfDriverFeatureStep for an existing ConfigMap (spark.kubernetes.hadoop.configMapName):
 * mounted at /opt/hadoop/conf, HADOOP_CONF_DIR pointing there, and the name passed on to executors.
 * (Spark would also ship the submitter's HADOOP_CONF_DIR; the operator has none.)
 */
public final class HadoopConfStep implements DriverFeatureStep {

    private static final String VOLUME = "hadoop-properties";
    private static final String MOUNT_PATH = "/opt/hadoop/conf";

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        return c.conf().get(SparkConfKeys.HADOOP_CONFIG_MAP_NAME).map(configMap -> new SparkPod(
                new PodBuilder(pod.pod()).editOrNewSpec()
                        .addNewVolume().withName(VOLUME).withNewConfigMap().withName(configMap).endConfigMap().endVolume()
                        .endSpec().build(),
                new ContainerBuilder(pod.container())
                        .addNewVolumeMount().withName(VOLUME).withMountPath(MOUNT_PATH).endVolumeMount()
                        .addNewEnv().withName("HADOOP_CONF_DIR").withValue(MOUNT_PATH).endEnv()
                        .build()))
                .orElse(pod);
    }

    @Override
    public Map<String, String> systemProperties(DriverConf c) {
        return c.conf().get(SparkConfKeys.HADOOP_CONFIG_MAP_NAME)
                .map(configMap -> Map.of(SparkConfKeys.EXECUTOR_HADOOP_CONFIG_MAP_NAME, configMap))
                .orElse(Map.of());
    }
}
