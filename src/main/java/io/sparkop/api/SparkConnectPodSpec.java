package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;

/** kubeflow's v1alpha1 SparkPodSpec: what the server and the executors share. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkConnectPodSpec {

    @Min(1)
    private Integer cores;
    private String memory;
    @PreserveUnknownFields
    @SchemaFrom(type = PodTemplateSchema.class)
    private PodTemplateSpec template;

    public Integer getCores() {
        return cores;
    }

    public void setCores(Integer cores) {
        this.cores = cores;
    }

    public String getMemory() {
        return memory;
    }

    public void setMemory(String memory) {
        this.memory = memory;
    }

    public PodTemplateSpec getTemplate() {
        return template;
    }

    public void setTemplate(PodTemplateSpec template) {
        this.template = template;
    }
}
