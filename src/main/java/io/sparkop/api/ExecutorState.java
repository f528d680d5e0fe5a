package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's executor states. */
public enum ExecutorState {
    @JsonProperty("PENDING")
    PENDING,
    @JsonProperty("RUNNING")
    RUNNING,
    @JsonProperty("COMPLETED")
    COMPLETED,
    @JsonProperty("FAILED")
    FAILED,
    @JsonProperty("UNKNOWN")
    UNKNOWN;
}
