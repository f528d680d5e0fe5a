package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DynamicAllocation {

    private Boolean enabled;
    private Integer initialExecutors;
    private Integer minExecutors;
    private Integer maxExecutors;
    private Boolean shuffleTrackingEnabled;
    private Long shuffleTrackingTimeout;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getInitialExecutors() {
        return initialExecutors;
    }

    public void setInitialExecutors(Integer initialExecutors) {
        this.initialExecutors = initialExecutors;
    }

    public Integer getMinExecutors() {
        return minExecutors;
    }

    public void setMinExecutors(Integer minExecutors) {
        this.minExecutors = minExecutors;
    }

    public Integer getMaxExecutors() {
        return maxExecutors;
    }

    public void setMaxExecutors(Integer maxExecutors) {
        this.maxExecutors = maxExecutors;
    }

    public Boolean getShuffleTrackingEnabled() {
        return shuffleTrackingEnabled;
    }

    public void setShuffleTrackingEnabled(Boolean shuffleTrackingEnabled) {
        this.shuffleTrackingEnabled = shuffleTrackingEnabled;
    }

    public Long getShuffleTrackingTimeout() {
        return shuffleTrackingTimeout;
    }

    public void setShuffleTrackingTimeout(Long shuffleTrackingTimeout) {
        this.shuffleTrackingTimeout = shuffleTrackingTimeout;
    }
}
