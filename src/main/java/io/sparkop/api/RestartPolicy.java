package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Min;

@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RestartPolicy {

    private RestartPolicyType type;
    @Min(0)
    private Integer onSubmissionFailureRetries;
    @Min(0)
    private Integer onFailureRetries;
    @Min(1)
    private Long onSubmissionFailureRetryInterval;
    @Min(1)
    private Long onFailureRetryInterval;

    public RestartPolicyType getType() {
        return type;
    }

    public void setType(RestartPolicyType type) {
        this.type = type;
    }

    public Integer getOnSubmissionFailureRetries() {
        return onSubmissionFailureRetries;
    }

    public void setOnSubmissionFailureRetries(Integer onSubmissionFailureRetries) {
        this.onSubmissionFailureRetries = onSubmissionFailureRetries;
    }

    public Integer getOnFailureRetries() {
        return onFailureRetries;
    }

    public void setOnFailureRetries(Integer onFailureRetries) {
        this.onFailureRetries = onFailureRetries;
    }

    public Long getOnSubmissionFailureRetryInterval() {
        return onSubmissionFailureRetryInterval;
    }

    public void setOnSubmissionFailureRetryInterval(Long onSubmissionFailureRetryInterval) {
        this.onSubmissionFailureRetryInterval = onSubmissionFailureRetryInterval;
    }

    public Long getOnFailureRetryInterval() {
        return onFailureRetryInterval;
    }

    public void setOnFailureRetryInterval(Long onFailureRetryInterval) {
        this.onFailureRetryInterval = onFailureRetryInterval;
    }
}
