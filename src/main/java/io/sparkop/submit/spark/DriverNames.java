package io.sparkop.submit.spark;

import io.sparkop.submit.Submission;
import java.util.Locale;

/**
 * Spark's names for what one submission creates, with {@link Submission#uniqueId()} where Spark
 * puts a random {@code KubernetesUtils.uniqueID()}. Kubernetes allows 63 characters in a label
 * value or a Service name; Spark shortens those two and nothing else.
 */
public final class DriverNames {

    public static final int DNS_LABEL_MAX = 63;
    static final int DNS_SUBDOMAIN_MAX = 253;
    private static final String SERVICE_SUFFIX = "-driver-svc";
    private static final String CONF_MAP_SUFFIX = "-conf-map";

    /** KubernetesConf.getResourceNamePrefix: the app name made DNS-safe, then the unique id. */
    public static String resourceNamePrefix(String appName, String uniqueId) {
        return (appName + "-" + uniqueId).trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9\\-]", "-")
                .replaceAll("-+", "-")
                .replaceAll("^-", "")
                .replaceAll("^[0-9]", "x");
    }

    /** KubernetesConf.getAppNameLabel: the spark-app-name label, cut to 63 characters. */
    static String appNameLabel(String appName) {
        String label = appName.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9\\-]", "-")
                .replaceAll("-+", "-");
        label = label.length() > DNS_LABEL_MAX ? label.substring(0, DNS_LABEL_MAX) : label;
        label = label.startsWith("-") ? label.substring(1) : label;
        return label.endsWith("-") ? label.substring(0, label.length() - 1) : label;
    }

    /**
     * DriverServiceFeatureStep: {@code <prefix>-driver-svc}, or {@code spark-<id>-driver-svc} when
     * that would not fit in 63 characters.
     */
    static String serviceName(String resourceNamePrefix, String uniqueId) {
        String preferred = resourceNamePrefix + SERVICE_SUFFIX;
        return preferred.length() <= DNS_LABEL_MAX ? preferred : "spark-" + uniqueId + SERVICE_SUFFIX;
    }

    /** KubernetesClientUtils.configMapNameDriver. */
    public static String confMapName(String uniqueId) {
        String prefix = "spark-drv-" + uniqueId;
        int room = DNS_SUBDOMAIN_MAX - CONF_MAP_SUFFIX.length();
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + CONF_MAP_SUFFIX;
    }

    /** PodTemplateConfigMapStep. */
    static String podTemplateConfMapName(String resourceNamePrefix) {
        return resourceNamePrefix + "-driver-podspec-conf-map";
    }

    /** NetworkPolicyFeatureStep. */
    static String networkPolicyName(String resourceNamePrefix) {
        return resourceNamePrefix + "-policy";
    }

    private DriverNames() {
    }
}
