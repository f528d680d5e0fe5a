package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Service;

/** kubeflow's v1alpha1 ServerSpec: the Spark Connect server (the driver) and, optionally, its Service. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkConnectServerSpec extends SparkConnectPodSpec {

    private Service service;

    public Service getService() {
        return service;
    }

    public void setService(Service service) {
        this.service = service;
    }
}
