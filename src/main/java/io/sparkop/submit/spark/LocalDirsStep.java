package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.kubeflow.KubeflowLocalDirs;
import java.util.List;

/**
 * Spark's LocalDirsFeatureStep: the driver's scratch space. Volumes already mounted under a
 * spark-local-dir-* name are used as they are; otherwise one emptyDir per spark.local.dir entry
 * (default one directory under /var/data), in memory with spark.kubernetes.local.dirs.tmpfs.
 * Either way SPARK_LOCAL_DIRS lists them.
 */
public final class LocalDirsStep implements DriverFeatureStep {

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        List<String> mounted = pod.container().getVolumeMounts().stream()
                .filter(m -> m.getName() != null && m.getName().startsWith(KubeflowLocalDirs.PREFIX))
                .map(VolumeMount::getMountPath)
                .toList();
        if (!mounted.isEmpty()) {
            return new SparkPod(pod.pod(), withLocalDirsEnv(new ContainerBuilder(pod.container()), mounted).build());
        }
        List<String> dirs = List.of(c.conf().get(SparkConfKeys.LOCAL_DIR, c.defaultLocalDir()).split(","));
        String medium = c.conf().getBoolean(SparkConfKeys.LOCAL_DIRS_TMPFS, false) ? "Memory" : null;
        PodBuilder withVolumes = new PodBuilder(pod.pod());
        ContainerBuilder withMounts = withLocalDirsEnv(new ContainerBuilder(pod.container()), dirs);
        for (int i = 0; i < dirs.size(); i++) {
            String name = KubeflowLocalDirs.PREFIX + (i + 1);
            withVolumes.editSpec()
                    .addNewVolume().withName(name).withNewEmptyDir().withMedium(medium).endEmptyDir().endVolume()
                    .endSpec();
            withMounts.addNewVolumeMount().withName(name).withMountPath(dirs.get(i)).endVolumeMount();
        }
        return new SparkPod(withVolumes.build(), withMounts.build());
    }

    private static ContainerBuilder withLocalDirsEnv(ContainerBuilder container, List<String> dirs) {
        return container.addNewEnv().withName("SPARK_LOCAL_DIRS").withValue(String.join(",", dirs)).endEnv();
    }
}
