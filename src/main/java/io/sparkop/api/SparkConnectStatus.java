package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Map;

/** kubeflow's SparkConnectStatus; {@code executors} counts executor pods by lower-cased phase. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SparkConnectStatus {

    private List<Condition> conditions;
    @SchemaFrom(type = String.class) // kubeflow declares a plain string, with no enum
    private SparkConnectState state;
    private SparkConnectServerStatus server;
    private Map<String, Integer> executors;
    private String startTime;
    private String lastUpdateTime;

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public SparkConnectState getState() {
        return state;
    }

    public void setState(SparkConnectState state) {
        this.state = state;
    }

    public SparkConnectServerStatus getServer() {
        return server;
    }

    public void setServer(SparkConnectServerStatus server) {
        this.server = server;
    }

    public Map<String, Integer> getExecutors() {
        return executors;
    }

    public void setExecutors(Map<String, Integer> executors) {
        this.executors = executors;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getLastUpdateTime() {
        return lastUpdateTime;
    }

    public void setLastUpdateTime(String lastUpdateTime) {
        this.lastUpdateTime = lastUpdateTime;
    }
}
