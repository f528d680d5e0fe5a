package io.sparkop.submit.validation;

import io.sparkop.api.SparkApplication;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.spark.SparkConf;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * spec.sparkConf: the keys Spark or this operator cannot honour, and the values the builders
 * parse (sizes, numbers, ports, CPU quantities, resources, volumes), as Spark would parse them.
 */
public final class SparkConfChecks {

    private static final Set<String> SIZES = Set.of(SparkConfKeys.DRIVER.memory(), SparkConfKeys.DRIVER.memoryOverhead(),
            SparkConfKeys.DRIVER_MIN_MEMORY_OVERHEAD, SparkConfKeys.EXECUTOR.memory(), SparkConfKeys.EXECUTOR.memoryOverhead());
    private static final Set<String> PORTS = Set.of(SparkConfKeys.DRIVER_PORT, SparkConfKeys.DRIVER_BLOCK_MANAGER_PORT,
            SparkConfKeys.BLOCK_MANAGER_PORT, SparkConfKeys.UI_PORT, SparkConfKeys.CONNECT_GRPC_PORT);
    private static final Set<String> FACTORS = Set.of(SparkConfKeys.MEMORY_OVERHEAD_FACTOR,
            SparkConfKeys.DRIVER.memoryOverheadFactor(), SparkConfKeys.EXECUTOR.memoryOverheadFactor());
    private static final Set<String> CPUS = Set.of(SparkConfKeys.DRIVER.requestCores(),
            SparkConfKeys.DRIVER.limitCores(), SparkConfKeys.EXECUTOR.requestCores(),
            SparkConfKeys.EXECUTOR.limitCores());
    private static final Map<String, String> UNSUPPORTED = Map.of(
            SparkConfKeys.DRIVER_HOST, "the driver's Service sets it (DriverServiceFeatureStep)",
            SparkConfKeys.DRIVER_BIND_ADDRESS, "the driver binds to its pod's IP (DriverServiceFeatureStep)",
            SparkConfKeys.DRIVER.podTemplateFile(), "the operator reads no files; use spec.driver.template",
            SparkConfKeys.EXECUTOR.podTemplateFile(), "the operator reads no files; use spec.executor.template",
            SparkConfKeys.KERBEROS_KEYTAB, "it is a file on the submitting machine",
            SparkConfKeys.KERBEROS_PRINCIPAL, "Kerberos login at submission is not supported");

    public static void sparkConf(SparkApplication app, List<String> problems) {
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
        ConfVolumeChecks.volumes(sparkConf, SparkConfKeys.DRIVER.volumesPrefix(), true, problems);
        ConfVolumeChecks.volumes(sparkConf, SparkConfKeys.EXECUTOR.volumesPrefix(), false, problems);
        resources(sparkConf, problems);
        PodSpecChecks.labels("spec.sparkConf[spark.kubernetes.driver.label.*]",
                sparkConf.withPrefix(SparkConfKeys.DRIVER.labelPrefix()), PodSpecChecks.RESERVED_DRIVER_LABELS, problems);
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
        } else if (key.equals(SparkConfKeys.DRIVER.cores()) || key.equals(SparkConfKeys.EXECUTOR.cores())) {
            ValueChecks.integer(field, value, 1, Integer.MAX_VALUE, problems);
        } else if (FACTORS.contains(key)) {
            ValueChecks.factor(field, value, problems);
        } else if (CPUS.contains(key)) {
            ValueChecks.cpu(field, value, problems);
        } else if (key.equals(SparkConfKeys.LOCAL_DIRS_TMPFS)) {
            ValueChecks.bool(field, value, problems);
        } else if (key.equals(SparkConfKeys.DRIVER_POD_NAME)) {
            PodSpecChecks.podName(field, value, problems);
        } else if (key.startsWith(SparkConfKeys.DRIVER.secretKeyRefPrefix()) && value.split(":").length != 2) {
            problems.add(field + ": '" + value + "' is not SECRET:KEY");
        }
    }

    /** DriverKubernetesCredentialsFeatureStep would copy these from the submitter into a Secret. */
    private static boolean unsupportedCredentials(String key) {
        return key.startsWith(SparkConfKeys.KERBEROS_PREFIX) || Set.of("oauthToken", "oauthTokenFile", "caCertFile",
                "clientKeyFile", "clientCertFile").stream().anyMatch(k -> key.equals("spark.kubernetes.authenticate.driver." + k));
    }

    /** spark.driver.resource.NAME.amount needs a whole amount and a vendor: the limit is named VENDOR/NAME. */
    private static void resources(SparkConf conf, List<String> problems) {
        conf.withPrefix(SparkConfKeys.DRIVER_RESOURCE_PREFIX).forEach((key, value) -> {
            if (!key.endsWith(".amount") || key.indexOf('.') != key.lastIndexOf('.')) {
                return;
            }
            String name = key.substring(0, key.indexOf('.'));
            ValueChecks.integer(field(SparkConfKeys.DRIVER_RESOURCE_PREFIX + key), value, 0, Integer.MAX_VALUE, problems);
            if (ValueChecks.blank(conf.get(SparkConfKeys.DRIVER_RESOURCE_PREFIX + name + ".vendor", null))) {
                problems.add(field(SparkConfKeys.DRIVER_RESOURCE_PREFIX + key) + ": needs spark.driver.resource." + name
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
