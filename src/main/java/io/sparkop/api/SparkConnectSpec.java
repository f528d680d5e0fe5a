package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/** kubeflow's SparkConnectSpec (sparkoperator.k8s.io/v1alpha1), field for field. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkConnectSpec {

    @Required
    private String sparkVersion;
    private String image;
    private Map<String, String> hadoopConf;
    private Map<String, String> sparkConf;
    @Required
    private SparkConnectServerSpec server;
    @Required
    private SparkConnectExecutorSpec executor;
    private DynamicAllocation dynamicAllocation;

    public String getSparkVersion() {
        return sparkVersion;
    }

    public void setSparkVersion(String sparkVersion) {
        this.sparkVersion = sparkVersion;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public Map<String, String> getHadoopConf() {
        return hadoopConf;
    }

    public void setHadoopConf(Map<String, String> hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    public Map<String, String> getSparkConf() {
        return sparkConf;
    }

    public void setSparkConf(Map<String, String> sparkConf) {
        this.sparkConf = sparkConf;
    }

    public SparkConnectServerSpec getServer() {
        return server;
    }

    public void setServer(SparkConnectServerSpec server) {
        this.server = server;
    }

    public SparkConnectExecutorSpec getExecutor() {
        return executor;
    }

    public void setExecutor(SparkConnectExecutorSpec executor) {
        this.executor = executor;
    }

    public DynamicAllocation getDynamicAllocation() {
        return dynamicAllocation;
    }

    public void setDynamicAllocation(DynamicAllocation dynamicAllocation) {
        this.dynamicAllocation = dynamicAllocation;
    }
}
