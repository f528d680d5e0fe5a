package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.sparkop.api.NamePath;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.spark.DriverNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The volumes kubeflow's pod webhook adds, in its order: addHadoopConfigMap, addSparkConfigMap,
 * addGeneralConfigMaps, addVolumes (every spec.volumes entry the role mounts, except Spark's
 * spark-local-dir-* ones), addPrometheusConfig; ConfigMaps are mounted read-only.
 */
public final class KubeflowVolumes {

    record Mounted(Volume volume, VolumeMount mount, EnvVar env) {
    }

    static List<Mounted> of(SparkApplication app, PodRole role) {
        List<Mounted> mounted = new ArrayList<>();
        var spec = app.getSpec();
        if (spec.getHadoopConfigMap() != null) {
            mounted.add(configMap(spec.getHadoopConfigMap(), "hadoop-configmap-volume", "/etc/hadoop/conf", "HADOOP_CONF_DIR"));
        }
        if (spec.getSparkConfigMap() != null) {
            mounted.add(configMap(spec.getSparkConfigMap(), "spark-configmap-volume", "/etc/spark/conf", "SPARK_CONF_DIR"));
        }
        for (NamePath configMap : PodRole.orEmpty(role.spec().getConfigMaps())) {
            mounted.add(configMap(configMap.getName(), volumeName(configMap.getName() + "-vol"), configMap.getPath(), null));
        }
        mounted.addAll(specVolumes(app, role));
        if (KubeflowMonitoring.exposes(app, role.driver()) && prometheusConfigMapCreated(app)) {
            String name = KubeflowNames.prometheusConfigMapName(app);
            mounted.add(configMap(name, name + "-vol", KubeflowMonitoring.MOUNT_PATH, null));
        }
        return mounted;
    }

    /** kubeflow cuts a ConfigMap volume name to 63 characters (maxNameLength). */
    public static String volumeName(String name) {
        return name.length() > DriverNames.DNS_LABEL_MAX ? name.substring(0, DriverNames.DNS_LABEL_MAX) : name;
    }

    /** Without both a metrics properties file and a Prometheus config file kubeflow makes the ConfigMap. */
    static boolean prometheusConfigMapCreated(SparkApplication app) {
        return !(KubeflowMonitoring.hasMetricsPropertiesFile(app) && KubeflowMonitoring.hasPrometheusConfigFile(app));
    }

    private static List<Mounted> specVolumes(SparkApplication app, PodRole role) {
        Map<String, Volume> volumes = new HashMap<>();
        PodRole.orEmpty(app.getSpec().getVolumes()).forEach(v -> volumes.put(v.getName(), v));
        Set<String> added = new HashSet<>();
        List<Mounted> mounted = new ArrayList<>();
        for (VolumeMount mount : PodRole.orEmpty(role.spec().getVolumeMounts())) {
            Volume volume = volumes.get(mount.getName());
            if (volume == null || mount.getName().startsWith(KubeflowLocalDirs.PREFIX)) {
                continue;
            }
            Volume once = added.add(mount.getName()) ? new VolumeBuilder(volume).build() : null;
            mounted.add(new Mounted(once, new VolumeMountBuilder(mount).build(), null));
        }
        return mounted;
    }

    private static Mounted configMap(String configMap, String volume, String path, String envName) {
        EnvVar env = envName == null ? null : new EnvVar(envName, path, null);
        return new Mounted(
                new VolumeBuilder().withName(volume).withNewConfigMap().withName(configMap).endConfigMap().build(),
                new VolumeMountBuilder().withName(volume).withReadOnly(true).withMountPath(path).build(),
                env);
    }

    private KubeflowVolumes() {
    }
}
