package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** kubeflow's ScheduledSparkApplicationSpec. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScheduledSparkApplicationSpec {

    @Required
    private String schedule;
    private String timeZone;
    @Required
    private SparkApplicationSpec template;
    private Boolean suspend;
    private ConcurrencyPolicy concurrencyPolicy;
    @Min(1)
    private Integer successfulRunHistoryLimit;
    @Min(1)
    private Integer failedRunHistoryLimit;

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public SparkApplicationSpec getTemplate() {
        return template;
    }

    public void setTemplate(SparkApplicationSpec template) {
        this.template = template;
    }

    public Boolean getSuspend() {
        return suspend;
    }

    public void setSuspend(Boolean suspend) {
        this.suspend = suspend;
    }

    public ConcurrencyPolicy getConcurrencyPolicy() {
        return concurrencyPolicy;
    }

    public void setConcurrencyPolicy(ConcurrencyPolicy concurrencyPolicy) {
        this.concurrencyPolicy = concurrencyPolicy;
    }

    public Integer getSuccessfulRunHistoryLimit() {
        return successfulRunHistoryLimit;
    }

    public void setSuccessfulRunHistoryLimit(Integer successfulRunHistoryLimit) {
        this.successfulRunHistoryLimit = successfulRunHistoryLimit;
    }

    public Integer getFailedRunHistoryLimit() {
        return failedRunHistoryLimit;
    }

    public void setFailedRunHistoryLimit(Integer failedRunHistoryLimit) {
        this.failedRunHistoryLimit = failedRunHistoryLimit;
    }
}
