package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** kubeflow's ScheduledSparkApplicationStatus. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScheduledSparkApplicationStatus {

    private String lastRun;
    private String nextRun;
    private String lastRunName;
    private List<String> pastSuccessfulRunNames;
    private List<String> pastFailedRunNames;
    private ScheduleState scheduleState;
    private String reason;

    public String getLastRun() {
        return lastRun;
    }

    public void setLastRun(String lastRun) {
        this.lastRun = lastRun;
    }

    public String getNextRun() {
        return nextRun;
    }

    public void setNextRun(String nextRun) {
        this.nextRun = nextRun;
    }

    public String getLastRunName() {
        return lastRunName;
    }

    public void setLastRunName(String lastRunName) {
        this.lastRunName = lastRunName;
    }

    public List<String> getPastSuccessfulRunNames() {
        return pastSuccessfulRunNames;
    }

    public void setPastSuccessfulRunNames(List<String> pastSuccessfulRunNames) {
        this.pastSuccessfulRunNames = pastSuccessfulRunNames;
    }

    public List<String> getPastFailedRunNames() {
        return pastFailedRunNames;
    }

    public void setPastFailedRunNames(List<String> pastFailedRunNames) {
        this.pastFailedRunNames = pastFailedRunNames;
    }

    public ScheduleState getScheduleState() {
        return scheduleState;
    }

    public void setScheduleState(ScheduleState scheduleState) {
        this.scheduleState = scheduleState;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
