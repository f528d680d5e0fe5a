package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DriverInfo {

    private String webUIServiceName;
    private String webUIAddress;
    private Integer webUIPort;
    private String webUIIngressName;
    private String webUIIngressAddress;
    private String podName;

    public String getWebUIServiceName() {
        return webUIServiceName;
    }

    public void setWebUIServiceName(String webUIServiceName) {
        this.webUIServiceName = webUIServiceName;
    }

    public String getWebUIAddress() {
        return webUIAddress;
    }

    public void setWebUIAddress(String webUIAddress) {
        this.webUIAddress = webUIAddress;
    }

    public Integer getWebUIPort() {
        return webUIPort;
    }

    public void setWebUIPort(Integer webUIPort) {
        this.webUIPort = webUIPort;
    }

    public String getWebUIIngressName() {
        return webUIIngressName;
    }

    public void setWebUIIngressName(String webUIIngressName) {
        this.webUIIngressName = webUIIngressName;
    }

    public String getWebUIIngressAddress() {
        return webUIIngressAddress;
    }

    public void setWebUIIngressAddress(String webUIIngressAddress) {
        this.webUIIngressAddress = webUIIngressAddress;
    }

    public String getPodName() {
        return podName;
    }

    public void setPodName(String podName) {
        this.podName = podName;
    }
}
