package io.sparkop.submit.kubeflow;

import io.sparkop.api.MonitoringSpec;
import io.sparkop.api.PrometheusSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.SparkConfKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * kubeflow's {@code configPrometheusMonitoring} (monitoring_config.go): with spec.monitoring.prometheus
 * set it adds spark.metrics.* confs, prometheus.io annotations and a JMX exporter -javaagent to the
 * spec before building the spark-submit arguments.
 */
public final class KubeflowMonitoring {

    static final String MOUNT_PATH = "/etc/metrics/conf";
    static final String METRICS_PROPERTIES = "metrics.properties";
    static final String PROMETHEUS_YAML = "prometheus.yaml";
    static final int DEFAULT_PORT = 8090;
    static final String DEFAULT_PORT_NAME = "jmx-exporter";

    /** util.PrometheusMonitoringEnabled. */
    static boolean enabled(SparkApplication app) {
        MonitoringSpec monitoring = app.getSpec().getMonitoring();
        return monitoring != null && monitoring.getPrometheus() != null;
    }

    static boolean exposes(SparkApplication app, boolean driver) {
        if (!enabled(app)) {
            return false;
        }
        MonitoringSpec monitoring = app.getSpec().getMonitoring();
        return Boolean.TRUE.equals(driver ? monitoring.getExposeDriverMetrics() : monitoring.getExposeExecutorMetrics());
    }

    static int port(SparkApplication app) {
        Integer port = app.getSpec().getMonitoring().getPrometheus().getPort();
        return port == null ? DEFAULT_PORT : port;
    }

    static boolean hasMetricsPropertiesFile(SparkApplication app) {
        String file = app.getSpec().getMonitoring().getMetricsPropertiesFile();
        return file != null && !file.isEmpty();
    }

    static boolean hasPrometheusConfigFile(SparkApplication app) {
        String file = app.getSpec().getMonitoring().getPrometheus().getConfigFile();
        return file != null && !file.isEmpty();
    }

    static Map<String, String> sparkConf(SparkApplication app) {
        Map<String, String> conf = new LinkedHashMap<>();
        if (enabled(app)) {
            conf.put(SparkConfKeys.METRICS_NAMESPACE, app.getMetadata().getNamespace() + "." + app.getMetadata().getName());
            conf.put(SparkConfKeys.METRICS_CONF, hasMetricsPropertiesFile(app)
                    ? app.getSpec().getMonitoring().getMetricsPropertiesFile()
                    : MOUNT_PATH + "/" + METRICS_PROPERTIES);
        }
        return conf;
    }

    static Map<String, String> annotations(SparkApplication app, Map<String, String> annotations, boolean driver) {
        Map<String, String> all = new LinkedHashMap<>(annotations == null ? Map.of() : annotations);
        if (exposes(app, driver)) {
            all.put("prometheus.io/scrape", "true");
            all.put("prometheus.io/port", Integer.toString(port(app)));
            all.put("prometheus.io/path", "/metrics");
        }
        return all;
    }

    static String javaOptions(SparkApplication app, String javaOptions, boolean driver) {
        if (!exposes(app, driver)) {
            return javaOptions;
        }
        String agent = javaAgent(app);
        return javaOptions == null ? agent : javaOptions + " " + agent;
    }

    private static String javaAgent(SparkApplication app) {
        PrometheusSpec prometheus = app.getSpec().getMonitoring().getPrometheus();
        String config = hasPrometheusConfigFile(app) ? prometheus.getConfigFile() : MOUNT_PATH + "/" + PROMETHEUS_YAML;
        return "-javaagent:" + prometheus.getJmxExporterJar() + "=" + port(app) + ":" + config;
    }

    private KubeflowMonitoring() {
    }
}
