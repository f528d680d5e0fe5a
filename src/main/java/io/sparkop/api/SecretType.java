package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kubeflow's secret types. */
public enum SecretType {
    @JsonProperty("GCPServiceAccount")
    GCP_SERVICE_ACCOUNT,
    @JsonProperty("HadoopDelegationToken")
    HADOOP_DELEGATION_TOKEN,
    @JsonProperty("Generic")
    GENERIC;
}
