package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's restart policy types. */
public enum RestartPolicyType {
    @JsonProperty("Never")
    NEVER,
    @JsonProperty("OnFailure")
    ON_FAILURE,
    @JsonProperty("Always")
    ALWAYS;
}
