package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's concurrency policies for scheduled runs. */
public enum ConcurrencyPolicy {
    @JsonProperty("Allow")
    ALLOW,
    @JsonProperty("Forbid")
    FORBID,
    @JsonProperty("Replace")
    REPLACE;
}
