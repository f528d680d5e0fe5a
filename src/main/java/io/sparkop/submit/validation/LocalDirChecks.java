package io.sparkop.submit.validation;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.kubeflow.KubeflowLocalDirs;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import io.sparkop.submit.kubeflow.PodRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Volumes named spark-local-dir-* become Spark volume confs (kubeflow's driverVolumeMountsOption),
 * which only know four volume types and need a mount path; kubeflow would fail on anything else.
 */
public final class LocalDirChecks {

    public static void volumes(SparkApplication app, List<String> problems) {
        Map<String, Integer> indexByName = new HashMap<>();
        List<Volume> volumes = PodRole.orEmpty(app.getSpec().getVolumes());
        for (int i = 0; i < volumes.size(); i++) {
            Volume volume = volumes.get(i);
            indexByName.put(volume.getName(), i);
            if (volume.getName() != null && volume.getName().startsWith(KubeflowLocalDirs.PREFIX)
                    && KubeflowLocalDirs.type(volume) == null) {
                problems.add("spec.volumes[" + i + "]: '" + volume.getName() + "' must be an emptyDir, hostPath, nfs"
                        + " or persistentVolumeClaim volume to serve as a Spark local dir");
            }
        }
        mounts("spec.driver.volumeMounts", KubeflowPodConf.driverOf(app).getVolumeMounts(), indexByName, problems);
        mounts("spec.executor.volumeMounts", KubeflowPodConf.executorOf(app).getVolumeMounts(), indexByName, problems);
    }

    private static void mounts(String field, List<VolumeMount> mounts, Map<String, Integer> volumes, List<String> problems) {
        for (int i = 0; mounts != null && i < mounts.size(); i++) {
            VolumeMount mount = mounts.get(i);
            if (ValueChecks.blank(mount.getName())) {
                problems.add(field + "[" + i + "].name: required");
                continue;
            }
            if (!mount.getName().startsWith(KubeflowLocalDirs.PREFIX)) {
                continue;
            }
            if (!volumes.containsKey(mount.getName())) {
                problems.add(field + "[" + i + "]: volume '" + mount.getName() + "' is not in spec.volumes");
            }
            if (ValueChecks.blank(mount.getMountPath())) {
                problems.add(field + "[" + i + "].mountPath: required");
            }
        }
    }

    private LocalDirChecks() {
    }
}
