package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;

/** Pod settings shared by the driver and the executors (kubeflow's SparkPodSpec, inlined in both). */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class SparkPodSpec {

    @PreserveUnknownFields
    @SchemaFrom(type = PodTemplateSchema.class)
    private PodTemplateSpec template;
    @Min(1)
    private Integer cores;
    private String coreLimit;
    private String memory;
    private String memoryLimit;
    private String memoryOverhead;
    private GPUSpec gpu;
    private String image;
    private List<NamePath> configMaps;
    private List<SecretInfo> secrets;
    private List<EnvVar> env;
    private Map<String, String> envVars;
    private List<EnvFromSource> envFrom;
    private Map<String, NameKey> envSecretKeyRefs;
    private Map<String, String> labels;
    private Map<String, String> annotations;
    private List<VolumeMount> volumeMounts;
    private Affinity affinity;
    private List<Toleration> tolerations;
    private PodSecurityContext podSecurityContext;
    private SecurityContext securityContext;
    private String schedulerName;
    private List<Container> sidecars;
    private List<Container> initContainers;
    private Boolean hostNetwork;
    private Map<String, String> nodeSelector;
    private PodDNSConfig dnsConfig;
    private Long terminationGracePeriodSeconds;
    private String serviceAccount;
    private List<HostAlias> hostAliases;
    private Boolean shareProcessNamespace;
    private String runtimeClassName;

    public PodTemplateSpec getTemplate() {
        return template;
    }

    public void setTemplate(PodTemplateSpec template) {
        this.template = template;
    }

    public Integer getCores() {
        return cores;
    }

    public void setCores(Integer cores) {
        this.cores = cores;
    }

    public String getCoreLimit() {
        return coreLimit;
    }

    public void setCoreLimit(String coreLimit) {
        this.coreLimit = coreLimit;
    }

    public String getMemory() {
        return memory;
    }

    public void setMemory(String memory) {
        this.memory = memory;
    }

    public String getMemoryOverhead() {
        return memoryOverhead;
    }

    public void setMemoryOverhead(String memoryOverhead) {
        this.memoryOverhead = memoryOverhead;
    }

    public String getMemoryLimit() {
        return memoryLimit;
    }

    public void setMemoryLimit(String memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    public GPUSpec getGpu() {
        return gpu;
    }

    public void setGpu(GPUSpec gpu) {
        this.gpu = gpu;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public List<NamePath> getConfigMaps() {
        return configMaps;
    }

    public void setConfigMaps(List<NamePath> configMaps) {
        this.configMaps = configMaps;
    }

    public List<SecretInfo> getSecrets() {
        return secrets;
    }

    public void setSecrets(List<SecretInfo> secrets) {
        this.secrets = secrets;
    }

    public List<EnvVar> getEnv() {
        return env;
    }

    public void setEnv(List<EnvVar> env) {
        this.env = env;
    }

    public Map<String, String> getEnvVars() {
        return envVars;
    }

    public void setEnvVars(Map<String, String> envVars) {
        this.envVars = envVars;
    }

    public List<EnvFromSource> getEnvFrom() {
        return envFrom;
    }

    public void setEnvFrom(List<EnvFromSource> envFrom) {
        this.envFrom = envFrom;
    }

    public Map<String, NameKey> getEnvSecretKeyRefs() {
        return envSecretKeyRefs;
    }

    public void setEnvSecretKeyRefs(Map<String, NameKey> envSecretKeyRefs) {
        this.envSecretKeyRefs = envSecretKeyRefs;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public Map<String, String> getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Map<String, String> annotations) {
        this.annotations = annotations;
    }

    public List<VolumeMount> getVolumeMounts() {
        return volumeMounts;
    }

    public void setVolumeMounts(List<VolumeMount> volumeMounts) {
        this.volumeMounts = volumeMounts;
    }

    public Affinity getAffinity() {
        return affinity;
    }

    public void setAffinity(Affinity affinity) {
        this.affinity = affinity;
    }

    public List<Toleration> getTolerations() {
        return tolerations;
    }

    public void setTolerations(List<Toleration> tolerations) {
        this.tolerations = tolerations;
    }

    public PodSecurityContext getPodSecurityContext() {
        return podSecurityContext;
    }

    public void setPodSecurityContext(PodSecurityContext podSecurityContext) {
        this.podSecurityContext = podSecurityContext;
    }

    public SecurityContext getSecurityContext() {
        return securityContext;
    }

    public void setSecurityContext(SecurityContext securityContext) {
        this.securityContext = securityContext;
    }

    public String getSchedulerName() {
        return schedulerName;
    }

    public void setSchedulerName(String schedulerName) {
        this.schedulerName = schedulerName;
    }

    public List<Container> getSidecars() {
        return sidecars;
    }

    public void setSidecars(List<Container> sidecars) {
        this.sidecars = sidecars;
    }

    public List<Container> getInitContainers() {
        return initContainers;
    }

    public void setInitContainers(List<Container> initContainers) {
        this.initContainers = initContainers;
    }

    public Boolean getHostNetwork() {
        return hostNetwork;
    }

    public void setHostNetwork(Boolean hostNetwork) {
        this.hostNetwork = hostNetwork;
    }

    public Map<String, String> getNodeSelector() {
        return nodeSelector;
    }

    public void setNodeSelector(Map<String, String> nodeSelector) {
        this.nodeSelector = nodeSelector;
    }

    public PodDNSConfig getDnsConfig() {
        return dnsConfig;
    }

    public void setDnsConfig(PodDNSConfig dnsConfig) {
        this.dnsConfig = dnsConfig;
    }

    public Long getTerminationGracePeriodSeconds() {
        return terminationGracePeriodSeconds;
    }

    public void setTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
        this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
    }

    public String getServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(String serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    public List<HostAlias> getHostAliases() {
        return hostAliases;
    }

    public void setHostAliases(List<HostAlias> hostAliases) {
        this.hostAliases = hostAliases;
    }

    public String getRuntimeClassName() {
        return runtimeClassName;
    }

    public void setRuntimeClassName(String runtimeClassName) {
        this.runtimeClassName = runtimeClassName;
    }

    public Boolean getShareProcessNamespace() {
        return shareProcessNamespace;
    }

    public void setShareProcessNamespace(Boolean shareProcessNamespace) {
        this.shareProcessNamespace = shareProcessNamespace;
    }
}
