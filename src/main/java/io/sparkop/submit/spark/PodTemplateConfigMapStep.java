package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.List;
import java.util.Map;

/**
 * Spark's PodTemplateConfigMapStep: with an executor pod template, the template travels to the
 * driver in a ConfigMap mounted at /opt/spark/pod-template, and the driver reads it from there.
 */
public final class PodTemplateConfigMapStep implements DriverFeatureStep {

    public static final String KEY = "podspec-configmap-key";
    private static final String VOLUME = "pod-template-volume";
    private static final String MOUNT_PATH = "/opt/spark/pod-template";
    private static final String FILE_NAME = "pod-spec-template.yml";

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        if (!c.hasExecutorPodTemplate()) {
            return pod;
        }
        return new SparkPod(
                new PodBuilder(pod.pod()).editOrNewSpec()
                        .addNewVolume().withName(VOLUME).withNewConfigMap()
                            .withName(DriverNames.podTemplateConfMapName(c.resourceNamePrefix()))
                            .addNewItem().withKey(KEY).withPath(FILE_NAME).endItem()
                        .endConfigMap().endVolume()
                        .endSpec().build(),
                new ContainerBuilder(pod.container())
                        .addNewVolumeMount().withName(VOLUME).withMountPath(MOUNT_PATH).endVolumeMount()
                        .build());
    }

    @Override
    public Map<String, String> systemProperties(DriverConf c) {
        return c.hasExecutorPodTemplate() ? Map.of(SparkConfKeys.EXECUTOR.podTemplateFile(), MOUNT_PATH + "/" + FILE_NAME) : Map.of();
    }

    @Override
    public List<HasMetadata> additionalResources(DriverConf c) {
        return c.hasExecutorPodTemplate() ? List.of(configMap(c, c.executorPodTemplateYaml())) : List.of();
    }

    /** The ConfigMap holding the template as text, as Spark reads it from the template file. */
    private static ConfigMap configMap(DriverConf c, String templateYaml) {
        return new ConfigMapBuilder()
                .withNewMetadata()
                    .withName(DriverNames.podTemplateConfMapName(c.resourceNamePrefix()))
                    .withNamespace(c.namespace())
                .endMetadata()
                .withImmutable(true)
                .addToData(KEY, templateYaml)
                .build();
    }
}
