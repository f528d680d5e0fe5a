package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's application types. */
public enum SparkApplicationType {
    @JsonProperty("Java")
    JAVA,
    @JsonProperty("Scala")
    SCALA,
    @JsonProperty("Python")
    PYTHON,
    @JsonProperty("R")
    R;
}
