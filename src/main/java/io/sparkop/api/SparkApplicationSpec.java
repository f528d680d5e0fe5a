package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;

/** kubeflow's SparkApplicationSpec (sparkoperator.k8s.io/v1beta2), field for field. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkApplicationSpec {

    @Required
    private SparkApplicationType type;
    @Required
    private String sparkVersion;
    private DeployMode mode;
    private String proxyUser;
    private String image;
    private String imagePullPolicy;
    private List<String> imagePullSecrets;
    private String mainClass;
    @Required
    private String mainApplicationFile;
    private List<String> arguments;
    private Map<String, String> sparkConf;
    private Map<String, String> hadoopConf;
    private String sparkConfigMap;
    private String hadoopConfigMap;
    private List<Volume> volumes;
    @Required
    private DriverSpec driver;
    @Required
    private ExecutorSpec executor;
    private Dependencies deps;
    private RestartPolicy restartPolicy;
    private Map<String, String> nodeSelector;
    private Integer failureRetries;
    private Long retryInterval;
    private PythonVersion pythonVersion;
    private String memoryOverheadFactor;
    private MonitoringSpec monitoring;
    private String batchScheduler;
    private Long timeToLiveSeconds;
    private BatchSchedulerConfiguration batchSchedulerOptions;
    private SparkUIConfiguration sparkUIOptions;
    private List<DriverIngressConfiguration> driverIngressOptions;
    private DynamicAllocation dynamicAllocation;
    private Boolean suspend;
    private Boolean driverPodDisruptionBudget;

    public SparkApplicationType getType() {
        return type;
    }

    public void setType(SparkApplicationType type) {
        this.type = type;
    }

    public String getSparkVersion() {
        return sparkVersion;
    }

    public void setSparkVersion(String sparkVersion) {
        this.sparkVersion = sparkVersion;
    }

    public DeployMode getMode() {
        return mode;
    }

    public void setMode(DeployMode mode) {
        this.mode = mode;
    }

    public String getProxyUser() {
        return proxyUser;
    }

    public void setProxyUser(String proxyUser) {
        this.proxyUser = proxyUser;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getImagePullPolicy() {
        return imagePullPolicy;
    }

    public void setImagePullPolicy(String imagePullPolicy) {
        this.imagePullPolicy = imagePullPolicy;
    }

    public List<String> getImagePullSecrets() {
        return imagePullSecrets;
    }

    public void setImagePullSecrets(List<String> imagePullSecrets) {
        this.imagePullSecrets = imagePullSecrets;
    }

    public String getMainClass() {
        return mainClass;
    }

    public void setMainClass(String mainClass) {
        this.mainClass = mainClass;
    }

    public String getMainApplicationFile() {
        return mainApplicationFile;
    }

    public void setMainApplicationFile(String mainApplicationFile) {
        this.mainApplicationFile = mainApplicationFile;
    }

    public List<String> getArguments() {
        return arguments;
    }

    public void setArguments(List<String> arguments) {
        this.arguments = arguments;
    }

    public Map<String, String> getSparkConf() {
        return sparkConf;
    }

    public void setSparkConf(Map<String, String> sparkConf) {
        this.sparkConf = sparkConf;
    }

    public Map<String, String> getHadoopConf() {
        return hadoopConf;
    }

    public void setHadoopConf(Map<String, String> hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    public String getSparkConfigMap() {
        return sparkConfigMap;
    }

    public void setSparkConfigMap(String sparkConfigMap) {
        this.sparkConfigMap = sparkConfigMap;
    }

    public String getHadoopConfigMap() {
        return hadoopConfigMap;
    }

    public void setHadoopConfigMap(String hadoopConfigMap) {
        this.hadoopConfigMap = hadoopConfigMap;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }

    public void setVolumes(List<Volume> volumes) {
        this.volumes = volumes;
    }

    public DriverSpec getDriver() {
        return driver;
    }

    public void setDriver(DriverSpec driver) {
        this.driver = driver;
    }

    public ExecutorSpec getExecutor() {
        return executor;
    }

    public void setExecutor(ExecutorSpec executor) {
        this.executor = executor;
    }

    public Dependencies getDeps() {
        return deps;
    }

    public void setDeps(Dependencies deps) {
        this.deps = deps;
    }

    public RestartPolicy getRestartPolicy() {
        return restartPolicy;
    }

    public void setRestartPolicy(RestartPolicy restartPolicy) {
        this.restartPolicy = restartPolicy;
    }

    public Map<String, String> getNodeSelector() {
        return nodeSelector;
    }

    public void setNodeSelector(Map<String, String> nodeSelector) {
        this.nodeSelector = nodeSelector;
    }

    public Integer getFailureRetries() {
        return failureRetries;
    }

    public void setFailureRetries(Integer failureRetries) {
        this.failureRetries = failureRetries;
    }

    public Long getRetryInterval() {
        return retryInterval;
    }

    public void setRetryInterval(Long retryInterval) {
        this.retryInterval = retryInterval;
    }

    public PythonVersion getPythonVersion() {
        return pythonVersion;
    }

    public void setPythonVersion(PythonVersion pythonVersion) {
        this.pythonVersion = pythonVersion;
    }

    public String getMemoryOverheadFactor() {
        return memoryOverheadFactor;
    }

    public void setMemoryOverheadFactor(String memoryOverheadFactor) {
        this.memoryOverheadFactor = memoryOverheadFactor;
    }

    public MonitoringSpec getMonitoring() {
        return monitoring;
    }

    public void setMonitoring(MonitoringSpec monitoring) {
        this.monitoring = monitoring;
    }

    public String getBatchScheduler() {
        return batchScheduler;
    }

    public void setBatchScheduler(String batchScheduler) {
        this.batchScheduler = batchScheduler;
    }

    public Long getTimeToLiveSeconds() {
        return timeToLiveSeconds;
    }

    public void setTimeToLiveSeconds(Long timeToLiveSeconds) {
        this.timeToLiveSeconds = timeToLiveSeconds;
    }

    public BatchSchedulerConfiguration getBatchSchedulerOptions() {
        return batchSchedulerOptions;
    }

    public void setBatchSchedulerOptions(BatchSchedulerConfiguration batchSchedulerOptions) {
        this.batchSchedulerOptions = batchSchedulerOptions;
    }

    public SparkUIConfiguration getSparkUIOptions() {
        return sparkUIOptions;
    }

    public void setSparkUIOptions(SparkUIConfiguration sparkUIOptions) {
        this.sparkUIOptions = sparkUIOptions;
    }

    public List<DriverIngressConfiguration> getDriverIngressOptions() {
        return driverIngressOptions;
    }

    public void setDriverIngressOptions(List<DriverIngressConfiguration> driverIngressOptions) {
        this.driverIngressOptions = driverIngressOptions;
    }

    public DynamicAllocation getDynamicAllocation() {
        return dynamicAllocation;
    }

    public void setDynamicAllocation(DynamicAllocation dynamicAllocation) {
        this.dynamicAllocation = dynamicAllocation;
    }

    public Boolean getSuspend() {
        return suspend;
    }

    public void setSuspend(Boolean suspend) {
        this.suspend = suspend;
    }

    public Boolean getDriverPodDisruptionBudget() {
        return driverPodDisruptionBudget;
    }

    public void setDriverPodDisruptionBudget(Boolean driverPodDisruptionBudget) {
        this.driverPodDisruptionBudget = driverPodDisruptionBudget;
    }
}
