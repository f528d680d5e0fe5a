package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's deploy modes; the operator runs cluster mode. */
public enum DeployMode {
    @JsonProperty("cluster")
    CLUSTER,
    @JsonProperty("client")
    CLIENT,
    @JsonProperty("in-cluster-client")
    IN_CLUSTER_CLIENT;
}
