package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MonitoringSpec {

    @Required
    private Boolean exposeDriverMetrics;
    @Required
    private Boolean exposeExecutorMetrics;
    private String metricsProperties;
    private String metricsPropertiesFile;
    private PrometheusSpec prometheus;

    public Boolean getExposeDriverMetrics() {
        return exposeDriverMetrics;
    }

    public void setExposeDriverMetrics(Boolean exposeDriverMetrics) {
        this.exposeDriverMetrics = exposeDriverMetrics;
    }

    public Boolean getExposeExecutorMetrics() {
        return exposeExecutorMetrics;
    }

    public void setExposeExecutorMetrics(Boolean exposeExecutorMetrics) {
        this.exposeExecutorMetrics = exposeExecutorMetrics;
    }

    public String getMetricsProperties() {
        return metricsProperties;
    }

    public void setMetricsProperties(String metricsProperties) {
        this.metricsProperties = metricsProperties;
    }

    public String getMetricsPropertiesFile() {
        return metricsPropertiesFile;
    }

    public void setMetricsPropertiesFile(String metricsPropertiesFile) {
        this.metricsPropertiesFile = metricsPropertiesFile;
    }

    public PrometheusSpec getPrometheus() {
        return prometheus;
    }

    public void setPrometheus(PrometheusSpec prometheus) {
        this.prometheus = prometheus;
    }
}
