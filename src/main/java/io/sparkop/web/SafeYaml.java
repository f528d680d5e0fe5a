package io.sparkop.web;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import java.util.Map;

/**
 * An application's YAML as the page shows it: without managedFields and without kubectl's
 * last-applied-configuration (a second copy of the spec), secret-looking values redacted as in the summary.
 */
final class SafeYaml {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private SafeYaml() {
    }

    static String of(SparkApplication app, KubernetesSerialization serialization) {
        SparkApplication copy = serialization.clone(app);
        copy.getMetadata().setManagedFields(null);
        if (copy.getMetadata().getAnnotations() != null) {
            copy.getMetadata().getAnnotations().remove(LAST_APPLIED);
        }
        var spec = copy.getSpec();
        if (spec != null) {
            spec.setSparkConf(redacted(spec.getSparkConf()));
            spec.setHadoopConf(redacted(spec.getHadoopConf()));
            redact(spec.getDriver());
            redact(spec.getExecutor());
        }
        return serialization.asYaml(copy);
    }

    private static void redact(SparkPodSpec pod) {
        if (pod == null) {
            return;
        }
        pod.setEnvVars(redacted(pod.getEnvVars()));
        if (pod.getEnv() != null) {
            for (EnvVar var : pod.getEnv()) {
                if (var.getValue() != null && Redaction.looksSecret(var.getName())) {
                    var.setValue(Redaction.REDACTED);
                }
            }
        }
    }

    private static Map<String, String> redacted(Map<String, String> values) {
        return values == null ? null : Redaction.redact(values);
    }
}
