package io.sparkop.submit.validation;

import io.sparkop.submit.spark.SparkConf;
import io.sparkop.submit.spark.SparkVolumes;
import java.util.List;
import java.util.Set;

/**
 * Volume confs in spec.sparkConf, checked as KubernetesVolumeUtils would parse them at submission:
 * a known type, a mount path, each type's required options, subPath or subPathExpr, and sizes of
 * at least 1 KiB. Spark creates on-demand claims only for executors here.
 */
public final class ConfVolumeChecks {

    static void volumes(SparkConf conf, String prefix, boolean driver, List<String> problems) {
        conf.withPrefix(prefix).keySet().stream()
                .filter(key -> key.split("\\.", 3).length < 3)
                .forEach(key -> problems.add(SparkConfChecks.field(prefix + key) + ": not TYPE.NAME.PROPERTY"));
        for (SparkVolumes.Spec spec : SparkVolumes.parse(conf, prefix)) {
            if (!SparkVolumes.TYPES.contains(spec.type())) {
                problems.add(SparkConfChecks.field(spec.key(prefix, "*")) + ": volume type '" + spec.type()
                        + "' is not one of " + SparkVolumes.TYPES);
            } else {
                volume(spec, prefix, driver, problems);
            }
        }
    }

    private static void volume(SparkVolumes.Spec spec, String prefix, boolean driver, List<String> problems) {
        String field = SparkConfChecks.field(spec.key(prefix, "*"));
        required(spec, prefix, "mount.path", problems);
        for (String option : requiredOptions(spec.type())) {
            required(spec, prefix, "options." + option, problems);
        }
        if (spec.properties().containsKey("mount.subPath") && spec.properties().containsKey("mount.subPathExpr")) {
            problems.add(field + ": mount.subPath and mount.subPathExpr exclude each other");
        }
        String size = spec.option("sizeLimit");
        if (size != null && size.matches("[0-9]{1,4}") && Integer.parseInt(size) < 1024) {
            problems.add(SparkConfChecks.field(spec.key(prefix, "options.sizeLimit")) + ": '" + size
                    + "' is smaller than 1KiB; missing a unit?");
        }
        if (driver && spec.type().equals("persistentVolumeClaim") && ("OnDemand".equals(spec.option("claimName"))
                || spec.option("storageClass") != null)) {
            problems.add(field + ": on-demand claims are not supported for the driver; create the claim first");
        }
    }

    private static Set<String> requiredOptions(String type) {
        return switch (type) {
            case "hostPath" -> Set.of("path");
            case "persistentVolumeClaim" -> Set.of("claimName");
            case "nfs" -> Set.of("path", "server");
            default -> Set.of();
        };
    }

    private static void required(SparkVolumes.Spec spec, String prefix, String property, List<String> problems) {
        if (ValueChecks.blank(spec.properties().get(property))) {
            problems.add(SparkConfChecks.field(spec.key(prefix, property)) + ": required");
        }
    }

    private ConfVolumeChecks() {
    }
}
