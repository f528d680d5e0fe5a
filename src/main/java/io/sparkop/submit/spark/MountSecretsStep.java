package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;

/** Spark's MountSecretsFeatureStep: spark.kubernetes.driver.secrets.NAME=PATH mounts secret NAME at PATH. */
public final class MountSecretsStep implements DriverFeatureStep {

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        Map<String, String> secrets = c.conf().withPrefix(SparkConfKeys.DRIVER.secretsPrefix());
        if (secrets.isEmpty()) {
            return pod;
        }
        PodBuilder withVolumes = new PodBuilder(pod.pod());
        ContainerBuilder withMounts = new ContainerBuilder(pod.container());
        secrets.forEach((secret, path) -> {
            withVolumes.editOrNewSpec().addToVolumes(volume(secret)).endSpec();
            withMounts.addToVolumeMounts(mount(secret, path));
        });
        return new SparkPod(withVolumes.build(), withMounts.build());
    }

    private static Volume volume(String secret) {
        return new VolumeBuilder().withName(secret + "-volume").withNewSecret().withSecretName(secret).endSecret().build();
    }

    private static VolumeMount mount(String secret, String path) {
        return new VolumeMountBuilder().withName(secret + "-volume").withMountPath(path).build();
    }
}
