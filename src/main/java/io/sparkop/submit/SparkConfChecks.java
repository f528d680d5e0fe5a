package io.sparkop.submit;

import io.sparkop.api.SparkApplication;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * spec.sparkConf: the keys Spark or this operator cannot honour, and the values the builders
 * parse (sizes, numbers, ports, CPU quantities, resources, volumes), as Spark would parse them.
 */
final class SparkConfChecks {

    private static final Set<String> SIZES = Set.of("spark.driver.memory", "spark.driver.memoryOverhead",
            "spark.driver.minMemoryOverhead", "spark.executor.memory", "spark.executor.memoryOverhead");
    private static final Set<String> PORTS = Set.of("spark.driver.port", "spark.driver.blockManager.port",
            "spark.blockManager.port", "spark.ui.port", "spark.connect.grpc.binding.port");
    private static final Set<String> FACTORS = Set.of("spark.kubernetes.memoryOverheadFactor",
            "spark.driver.memoryOverheadFactor", "spark.executor.memoryOverheadFactor");
    private static final Set<String> CPUS = Set.of("spark.kubernetes.driver.request.cores",
            "spark.kubernetes.driver.limit.cores", "spark.kubernetes.executor.request.cores",
            "spark.kubernetes.executor.limit.cores");
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "spark.driver.host", "the driver's Service sets it (DriverServiceFeatureStep)",
            "spark.driver.bindAddress", "the driver binds to its pod's IP (DriverServiceFeatureStep)",
            "spark.kubernetes.driver.podTemplateFile", "the operator reads no files; use spec.driver.template",
            "spark.kubernetes.executor.podTemplateFile", "the operator reads no files; use spec.executor.template",
            "spark.kerberos.keytab", "it is a file on the submitting machine",
            "spark.kerberos.principal", "Kerberos login at submission is not supported");

    static void sparkConf(SparkApplication app, List<String> problems) {
        Map<String, String> conf = new TreeMap<>(app.getSpec().getSparkConf() == null ? Map.of() : app.getSpec().getSparkConf());
        conf.forEach((key, value) -> value(app, key, value, problems));
        conf.values().removeIf(Objects::isNull);
        if (app.getSpec().getHadoopConf() != null) {
            new TreeMap<>(app.getSpec().getHadoopConf()).forEach((key, value) -> {
                if (value == null) {
                    problems.add("spec.hadoopConf[" + key + "]: no value");
                }
            });
        }
        SparkConf sparkConf = new SparkConf(conf);
        ConfVolumeChecks.volumes(sparkConf, MountVolumesStep.DRIVER_VOLUMES, true, problems);
        ConfVolumeChecks.volumes(sparkConf, "spark.kubernetes.executor.volumes.", false, problems);
        resources(sparkConf, problems);
        PodSpecChecks.labels("spec.sparkConf[spark.kubernetes.driver.label.*]",
                sparkConf.withPrefix("spark.kubernetes.driver.label."), PodSpecChecks.RESERVED_DRIVER_LABELS, problems);
    }

    private static void value(SparkApplication app, String key, String value, List<String> problems) {
        String field = field(key);
        String denied = value == null ? null : AdmissionChecks.sparkConfKey(key, value, app.getMetadata().getNamespace());
        if (value == null) {
            problems.add(field + ": no value");
        } else if (denied != null) {
            problems.add(denied);
        } else if (UNSUPPORTED.containsKey(key)) {
            problems.add(field + ": not supported: " + UNSUPPORTED.get(key));
        } else if (unsupportedCredentials(key)) {
            problems.add(field + ": not supported: it needs credentials from the submitting machine");
        } else {
            parsed(key, value, problems);
        }
    }

    /** The values the builders (or Spark, on the driver) parse. */
    private static void parsed(String key, String value, List<String> problems) {
        String field = field(key);
        if (SIZES.contains(key)) {
            ValueChecks.sparkSize(field, value, !key.endsWith("Overhead"), problems);
        } else if (PORTS.contains(key)) {
            ValueChecks.integer(field, value, 1, 65535, problems);
        } else if (key.equals("spark.driver.cores") || key.equals("spark.executor.cores")) {
            ValueChecks.integer(field, value, 1, Integer.MAX_VALUE, problems);
        } else if (FACTORS.contains(key)) {
            ValueChecks.factor(field, value, problems);
        } else if (CPUS.contains(key)) {
            ValueChecks.cpu(field, value, problems);
        } else if (key.equals("spark.kubernetes.local.dirs.tmpfs")) {
            ValueChecks.bool(field, value, problems);
        } else if (key.equals(KubeflowPodConf.DRIVER_POD_NAME)) {
            PodSpecChecks.podName(field, value, problems);
        } else if (key.startsWith("spark.kubernetes.driver.secretKeyRef.") && value.split(":").length != 2) {
            problems.add(field + ": '" + value + "' is not SECRET:KEY");
        }
    }

    /** DriverKubernetesCredentialsFeatureStep would copy these from the submitter into a Secret. */
    private static boolean unsupportedCredentials(String key) {
        return key.startsWith("spark.kubernetes.kerberos.") || Set.of("oauthToken", "oauthTokenFile", "caCertFile",
                "clientKeyFile", "clientCertFile").stream().anyMatch(k -> key.equals("spark.kubernetes.authenticate.driver." + k));
    }

    /** spark.driver.resource.NAME.amount needs a whole amount and a vendor: the limit is named VENDOR/NAME. */
    private static void resources(SparkConf conf, List<String> problems) {
        conf.withPrefix("spark.driver.resource.").forEach((key, value) -> {
            if (!key.endsWith(".amount") || key.indexOf('.') != key.lastIndexOf('.')) {
                return;
            }
            String name = key.substring(0, key.indexOf('.'));
            ValueChecks.integer(field("spark.driver.resource." + key), value, 0, Integer.MAX_VALUE, problems);
            if (ValueChecks.blank(conf.get("spark.driver.resource." + name + ".vendor", null))) {
                problems.add(field("spark.driver.resource." + key) + ": needs spark.driver.resource." + name
                        + ".vendor (the container limit is named VENDOR/" + name + ")");
            }
        });
    }

    static String field(String key) {
        return "spec.sparkConf[" + key + "]";
    }

    private SparkConfChecks() {
    }
}
