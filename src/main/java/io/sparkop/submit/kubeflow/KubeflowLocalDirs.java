package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.SpecValidator;
import java.util.HashMap;
import java.util.Map;

/**
 * kubeflow's {@code driverVolumeMountsOption}/{@code executorVolumeMountsOption}: only volumes named
 * {@code spark-local-dir-*} become Spark volume confs (Spark then uses them as scratch space); kubeflow's
 * webhook mounts every other volume.
 */
public final class KubeflowLocalDirs {

    public static final String PREFIX = "spark-local-dir-";

    static void volumes(SparkApplication app, SparkPodSpec pod, SparkConfKeys.Role role, Map<String, String> confs) {
        if (pod.getVolumeMounts() == null) {
            return;
        }
        Map<String, Volume> volumes = new HashMap<>();
        if (app.getSpec().getVolumes() != null) {
            app.getSpec().getVolumes().forEach(v -> volumes.put(v.getName(), v));
        }
        for (VolumeMount mount : pod.getVolumeMounts()) {
            Volume volume = volumes.get(mount.getName());
            if (mount.getName() != null && mount.getName().startsWith(PREFIX) && volume != null) {
                volume(mount, volume, role.volumesPrefix() + type(volume) + "." + mount.getName(), confs);
            }
        }
    }

    /** The Spark volume type of a volume SpecValidator accepted as a local dir. */
    public static String type(Volume volume) {
        if (volume.getEmptyDir() != null) {
            return "emptyDir";
        }
        if (volume.getHostPath() != null) {
            return "hostPath";
        }
        if (volume.getNfs() != null) {
            return "nfs";
        }
        if (volume.getPersistentVolumeClaim() != null) {
            return "persistentVolumeClaim";
        }
        return null;
    }

    private static void volume(VolumeMount mount, Volume volume, String key, Map<String, String> confs) {
        KubeflowSubmitArgs.putIfSet(confs, key + ".mount.path", mount.getMountPath());
        KubeflowSubmitArgs.putIfSet(confs, key + ".mount.subPath", mount.getSubPath());
        if (Boolean.TRUE.equals(mount.getReadOnly())) {
            confs.put(key + ".mount.readOnly", "true");
        }
        String options = key + ".options.";
        if (volume.getEmptyDir() != null) {
            if (volume.getEmptyDir().getSizeLimit() != null) {
                confs.put(options + "sizeLimit", volume.getEmptyDir().getSizeLimit().toString());
            }
            String medium = volume.getEmptyDir().getMedium();
            if (medium != null && !medium.isEmpty()) {
                confs.put(options + "medium", medium);
            }
        } else if (volume.getHostPath() != null) {
            confs.put(options + "path", volume.getHostPath().getPath());
            KubeflowSubmitArgs.putIfSet(confs, options + "type", volume.getHostPath().getType());
        } else if (volume.getNfs() != null) {
            confs.put(options + "path", volume.getNfs().getPath());
            confs.put(options + "server", volume.getNfs().getServer());
            if (Boolean.TRUE.equals(volume.getNfs().getReadOnly())) {
                confs.put(options + "readOnly", "true");
            }
        } else if (volume.getPersistentVolumeClaim() != null) {
            confs.put(options + "claimName", volume.getPersistentVolumeClaim().getClaimName());
            if (Boolean.TRUE.equals(volume.getPersistentVolumeClaim().getReadOnly())) {
                confs.put(options + "readOnly", "true");
            }
        }
    }

    private KubeflowLocalDirs() {
    }
}
