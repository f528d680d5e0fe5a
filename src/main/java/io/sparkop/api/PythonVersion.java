package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's pythonVersion values (strings on the wire). */
public enum PythonVersion {
    @JsonProperty("2")
    TWO,
    @JsonProperty("3")
    THREE;
}
