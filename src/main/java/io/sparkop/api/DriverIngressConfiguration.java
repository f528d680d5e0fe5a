package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.List;
import java.util.Map;

@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DriverIngressConfiguration {

    @Required
    private Integer servicePort;
    @Required
    private String servicePortName;
    private String serviceType;
    private Map<String, String> serviceAnnotations;
    private Map<String, String> serviceLabels;
    private String ingressURLFormat;
    private Map<String, String> ingressAnnotations;
    private List<IngressTLS> ingressTLS;

    public Integer getServicePort() {
        return servicePort;
    }

    public void setServicePort(Integer servicePort) {
        this.servicePort = servicePort;
    }

    public String getServicePortName() {
        return servicePortName;
    }

    public void setServicePortName(String servicePortName) {
        this.servicePortName = servicePortName;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public Map<String, String> getServiceAnnotations() {
        return serviceAnnotations;
    }

    public void setServiceAnnotations(Map<String, String> serviceAnnotations) {
        this.serviceAnnotations = serviceAnnotations;
    }

    public Map<String, String> getServiceLabels() {
        return serviceLabels;
    }

    public void setServiceLabels(Map<String, String> serviceLabels) {
        this.serviceLabels = serviceLabels;
    }

    public String getIngressURLFormat() {
        return ingressURLFormat;
    }

    public void setIngressURLFormat(String ingressURLFormat) {
        this.ingressURLFormat = ingressURLFormat;
    }

    public Map<String, String> getIngressAnnotations() {
        return ingressAnnotations;
    }

    public void setIngressAnnotations(Map<String, String> ingressAnnotations) {
        this.ingressAnnotations = ingressAnnotations;
    }

    public List<IngressTLS> getIngressTLS() {
        return ingressTLS;
    }

    public void setIngressTLS(List<IngressTLS> ingressTLS) {
        this.ingressTLS = ingressTLS;
    }
}
