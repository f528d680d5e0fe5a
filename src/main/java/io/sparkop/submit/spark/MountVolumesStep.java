package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.List;

/**
 * Spark's MountVolumesFeatureStep for spark.kubernetes.driver.volumes.*. Mounts always carry
 * readOnly and subPath (and subPathExpr from 4.0), empty when unset, as Spark writes them.
 */
public final class MountVolumesStep implements DriverFeatureStep {


    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        List<SparkVolumes.Spec> specs = SparkVolumes.parse(c.conf(), SparkConfKeys.DRIVER.volumesPrefix());
        if (specs.isEmpty()) {
            return pod;
        }
        PodBuilder withVolumes = new PodBuilder(pod.pod());
        ContainerBuilder withMounts = new ContainerBuilder(pod.container());
        for (SparkVolumes.Spec spec : specs) {
            withVolumes.editOrNewSpec().addToVolumes(volume(spec, c.version())).endSpec();
            withMounts.addToVolumeMounts(mount(spec, c.version()));
        }
        return new SparkPod(withVolumes.build(), withMounts.build());
    }

    private static VolumeMount mount(SparkVolumes.Spec spec, SparkVersion version) {
        VolumeMountBuilder mount = new VolumeMountBuilder()
                .withMountPath(spec.mountPath())
                .withReadOnly(spec.readOnly())
                .withSubPath(spec.subPath())
                .withName(spec.name());
        if (version.supportsSubPathExprAndHostPathType()) {
            mount.withSubPathExpr(spec.subPathExpr());
        }
        return mount.build();
    }

    private static Volume volume(SparkVolumes.Spec spec, SparkVersion version) {
        VolumeBuilder volume = new VolumeBuilder().withName(spec.name());
        switch (spec.type()) {
            case "hostPath" -> volume.withNewHostPath()
                    .withPath(spec.option("path"))
                    .withType(version.supportsSubPathExprAndHostPathType() && spec.option("type") != null
                            ? spec.option("type") : "")
                    .endHostPath();
            case "persistentVolumeClaim" -> volume.withNewPersistentVolumeClaim()
                    .withClaimName(spec.option("claimName")).withReadOnly(spec.readOnly()).endPersistentVolumeClaim();
            case "emptyDir" -> volume.withNewEmptyDir()
                    .withMedium(spec.option("medium") == null ? "" : spec.option("medium"))
                    .withSizeLimit(spec.option("sizeLimit") == null ? null : new Quantity(spec.option("sizeLimit")))
                    .endEmptyDir();
            default -> volume.withNewNfs()
                    .withPath(spec.option("path")).withServer(spec.option("server")).endNfs();
        }
        return volume.build();
    }
}
