package io.sparkop.submit.validation;

import io.sparkop.api.DriverIngressConfiguration;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.submit.SparkConfKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kubeflow's admission webhook (internal/webhook/sparkapplication_validator.go and
 * sparkconf_validator.go, v2.5.2): what it refuses at {@code kubectl apply}, we report as FAILED,
 * in kubeflow's words, so messages users have met before keep their meaning.
 */
public final class AdmissionChecks {

    private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    /** k8s.io/apimachinery validation.IsDNS1035Label's message, double space included. */
    private static final String DNS_1035_MESSAGE = "a DNS-1035 label must consist of lower case alphanumeric characters"
            + " or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', "
            + " or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    private static final String SERVICE_ACCOUNT = "configure the service account via the CRD spec instead";
    private static final String CREDENTIALS = "authentication credentials are managed by the operator";
    private static final String MANAGED = "this value is managed by the operator";
    private static final String IMAGE = "use the image field on the CRD instead";
    /** deniedSparkConfKeys, with kubeflow's reasons. */
    static final Map<String, String> DENIED_SPARK_CONF_KEYS = Map.ofEntries(
            Map.entry(SparkConfKeys.DRIVER_SERVICE_ACCOUNT, SERVICE_ACCOUNT),
            Map.entry(SparkConfKeys.EXECUTOR_SERVICE_ACCOUNT, SERVICE_ACCOUNT),
            Map.entry("spark.kubernetes.authenticate.oauthTokenFile", CREDENTIALS),
            Map.entry("spark.kubernetes.authenticate.oauthToken", CREDENTIALS),
            Map.entry("spark.kubernetes.authenticate.driver.oauthTokenFile", CREDENTIALS),
            Map.entry("spark.kubernetes.authenticate.driver.oauthToken", CREDENTIALS),
            Map.entry("spark.kubernetes.authenticate.executor.oauthTokenFile", CREDENTIALS),
            Map.entry("spark.kubernetes.authenticate.executor.oauthToken", CREDENTIALS),
            Map.entry(SparkConfKeys.MASTER, MANAGED),
            Map.entry(SparkConfKeys.DRIVER_MASTER, MANAGED),
            Map.entry(SparkConfKeys.CONTAINER_IMAGE, IMAGE),
            Map.entry(SparkConfKeys.DRIVER_CONTAINER_IMAGE, IMAGE),
            Map.entry(SparkConfKeys.EXECUTOR_CONTAINER_IMAGE, IMAGE));

    /** validateName: every Service named after the application needs a DNS-1035 label. */
    public static void name(String kind, String name, List<String> problems) {
        List<String> errors = new java.util.ArrayList<>();
        if (name.length() > 63) {
            errors.add("must be no more than 63 characters");
        }
        if (!DNS_1035_LABEL.matcher(name).matches()) {
            errors.add(DNS_1035_MESSAGE);
        }
        if (!errors.isEmpty()) {
            problems.add("invalid " + kind + " name \"" + name + "\": " + String.join(", ", errors));
        }
    }

    /** validateSpec, apart from the Spark version rule that PodSpecChecks.template applies per role. */
    public static void spec(SparkApplication app, List<String> problems) {
        SparkApplicationSpec spec = app.getSpec();
        boolean roleSelector = (spec.getDriver() != null && spec.getDriver().getNodeSelector() != null)
                || (spec.getExecutor() != null && spec.getExecutor().getNodeSelector() != null);
        if (spec.getNodeSelector() != null && roleSelector) {
            problems.add("node selector cannot be defined at both SparkApplication and Driver/Executor");
        }
        ingressOptions(spec.getDriverIngressOptions(), problems);
    }

    private static void ingressOptions(List<DriverIngressConfiguration> options, List<String> problems) {
        Set<Integer> ports = new HashSet<>();
        Set<String> urlFormats = new HashSet<>();
        for (int i = 0; options != null && i < options.size(); i++) {
            String field = "spec.driverIngressOptions[" + i + "]";
            DriverIngressConfiguration option = options.get(i) == null ? new DriverIngressConfiguration() : options.get(i);
            if (option.getServicePort() == null) {
                problems.add(field + ".servicePort: DriverIngressOptions has nil ServicePort");
            } else if (!ports.add(option.getServicePort())) {
                problems.add(field + ".servicePort: DriverIngressOptions has duplicate ServicePort: " + option.getServicePort());
            }
            if (ValueChecks.blank(option.getIngressURLFormat())) {
                problems.add(field + ".ingressURLFormat: DriverIngressOptions has empty IngressURLFormat");
            } else if (!urlFormats.add(option.getIngressURLFormat())) {
                problems.add(field + ".ingressURLFormat: DriverIngressOptions has duplicate IngressURLFormat: "
                        + option.getIngressURLFormat());
            }
        }
    }

    /** validateSparkConf: one message for a key kubeflow denies, or null when it allows the key. */
    static String sparkConfKey(String key, String value, String namespace) {
        if (DENIED_SPARK_CONF_KEYS.containsKey(key)) {
            return denied(key, DENIED_SPARK_CONF_KEYS.get(key));
        }
        if (key.equals(SparkConfKeys.NAMESPACE) && !value.equals(namespace)) {
            return denied(key, "must equal the application namespace \"" + namespace + "\", got \"" + value + "\"");
        }
        return null;
    }

    private static String denied(String key, String reason) {
        return "sparkConf key \"" + key + "\" is not allowed: " + reason;
    }

    private AdmissionChecks() {
    }
}
