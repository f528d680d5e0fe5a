package io.sparkop.submit.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KubernetesVolumeUtils.parseVolumesWithPrefix: confs {@code PREFIX.TYPE.NAME.mount.path},
 * {@code .mount.subPath}, {@code .mount.subPathExpr}, {@code .mount.readOnly} and
 * {@code .options.*} grouped into one spec per volume, in the order the confs came.
 */
public final class SparkVolumes {

    public static final List<String> TYPES = List.of("hostPath", "persistentVolumeClaim", "emptyDir", "nfs");

    public record Spec(String type, String name, Map<String, String> properties) {

        String mountPath() {
            return properties.get("mount.path");
        }

        String subPath() {
            return properties.getOrDefault("mount.subPath", "");
        }

        String subPathExpr() {
            return properties.getOrDefault("mount.subPathExpr", "");
        }

        boolean readOnly() {
            return Boolean.parseBoolean(properties.getOrDefault("mount.readOnly", "false"));
        }

        public String option(String option) {
            return properties.get("options." + option);
        }

        /** The conf key for one of this volume's properties, for validation messages. */
        public String key(String prefix, String property) {
            return prefix + type + "." + name + "." + property;
        }
    }

    public static List<Spec> parse(SparkConf conf, String prefix) {
        Map<String, Map<String, String>> byVolume = new LinkedHashMap<>();
        conf.withPrefix(prefix).forEach((key, value) -> {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3) {
                byVolume.computeIfAbsent(parts[0] + "." + parts[1], k -> new LinkedHashMap<>()).put(parts[2], value);
            }
        });
        List<Spec> specs = new ArrayList<>();
        byVolume.forEach((typeAndName, properties) -> {
            int dot = typeAndName.indexOf('.');
            specs.add(new Spec(typeAndName.substring(0, dot), typeAndName.substring(dot + 1), properties));
        });
        return specs;
    }

    private SparkVolumes() {
    }
}
