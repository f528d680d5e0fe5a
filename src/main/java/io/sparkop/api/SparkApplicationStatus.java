package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;

/** kubeflow's SparkApplicationStatus; {@code conditions} is our addition, in the standard shape. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkApplicationStatus {

    private String sparkApplicationId;
    private String submissionID;
    private String lastSubmissionAttemptTime;
    private String terminationTime;
    private DriverInfo driverInfo;
    private ApplicationState applicationState;
    private Map<String, ExecutorState> executorState;
    private Integer executionAttempts;
    private Integer submissionAttempts;
    private List<io.fabric8.kubernetes.api.model.Condition> conditions;
    @JsonPropertyDescription("Hash of the spec (less suspend) the current submission was built from; a change invalidates the run. An addition to kubeflow's status.")
    private String specHash;
    @JsonPropertyDescription("The metadata.generation this status was decided on. An addition to kubeflow's status.")
    private Long observedGeneration;

    public String getSparkApplicationId() {
        return sparkApplicationId;
    }

    public void setSparkApplicationId(String sparkApplicationId) {
        this.sparkApplicationId = sparkApplicationId;
    }

    public String getSubmissionID() {
        return submissionID;
    }

    public void setSubmissionID(String submissionID) {
        this.submissionID = submissionID;
    }

    public String getLastSubmissionAttemptTime() {
        return lastSubmissionAttemptTime;
    }

    public void setLastSubmissionAttemptTime(String lastSubmissionAttemptTime) {
        this.lastSubmissionAttemptTime = lastSubmissionAttemptTime;
    }

    public String getTerminationTime() {
        return terminationTime;
    }

    public void setTerminationTime(String terminationTime) {
        this.terminationTime = terminationTime;
    }

    public DriverInfo getDriverInfo() {
        return driverInfo;
    }

    public void setDriverInfo(DriverInfo driverInfo) {
        this.driverInfo = driverInfo;
    }

    public ApplicationState getApplicationState() {
        return applicationState;
    }

    public void setApplicationState(ApplicationState applicationState) {
        this.applicationState = applicationState;
    }

    public Map<String, ExecutorState> getExecutorState() {
        return executorState;
    }

    public void setExecutorState(Map<String, ExecutorState> executorState) {
        this.executorState = executorState;
    }

    public Integer getExecutionAttempts() {
        return executionAttempts;
    }

    public void setExecutionAttempts(Integer executionAttempts) {
        this.executionAttempts = executionAttempts;
    }

    public Integer getSubmissionAttempts() {
        return submissionAttempts;
    }

    public void setSubmissionAttempts(Integer submissionAttempts) {
        this.submissionAttempts = submissionAttempts;
    }

    public String getSpecHash() {
        return specHash;
    }

    public void setSpecHash(String specHash) {
        this.specHash = specHash;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public List<io.fabric8.kubernetes.api.model.Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<io.fabric8.kubernetes.api.model.Condition> conditions) {
        this.conditions = conditions;
    }
}
