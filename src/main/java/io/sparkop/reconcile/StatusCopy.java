package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.SparkApplicationStatus;
import java.util.LinkedHashMap;
import java.util.List;

/** Copies of a status to change without touching the cached resource, and kubeflow's status resets. */
final class StatusCopy {

    static SparkApplicationStatus of(SparkApplicationStatus source) {
        SparkApplicationStatus copy = new SparkApplicationStatus();
        if (source == null) {
            copy.setApplicationState(new ApplicationState());
            copy.setDriverInfo(new DriverInfo());
            return copy;
        }
        copy.setSparkApplicationId(source.getSparkApplicationId());
        copy.setSubmissionID(source.getSubmissionID());
        copy.setLastSubmissionAttemptTime(source.getLastSubmissionAttemptTime());
        copy.setTerminationTime(source.getTerminationTime());
        copy.setDriverInfo(copy(source.getDriverInfo()));
        ApplicationState state = source.getApplicationState();
        copy.setApplicationState(state == null ? new ApplicationState()
                : new ApplicationState(state.getState() == null ? AppState.NEW : state.getState(), state.getErrorMessage()));
        copy.setExecutorState(source.getExecutorState() == null ? null : new LinkedHashMap<>(source.getExecutorState()));
        copy.setExecutionAttempts(source.getExecutionAttempts());
        copy.setSubmissionAttempts(source.getSubmissionAttempts());
        copy.setSpecHash(source.getSpecHash());
        List<Condition> conditions = source.getConditions();
        copy.setConditions(conditions == null ? null
                : conditions.stream().map(c -> new ConditionBuilder(c).build()).toList());
        return copy;
    }

    static DriverInfo copy(DriverInfo source) {
        DriverInfo copy = new DriverInfo();
        if (source != null) {
            copy.setPodName(source.getPodName());
            copy.setWebUIServiceName(source.getWebUIServiceName());
            copy.setWebUIAddress(source.getWebUIAddress());
            copy.setWebUIPort(source.getWebUIPort());
            copy.setWebUIIngressName(source.getWebUIIngressName());
            copy.setWebUIIngressAddress(source.getWebUIIngressAddress());
        }
        return copy;
    }

    /**
     * kubeflow's resetSparkApplicationStatus for PENDING_RERUN (execution attempts are kept: they count
     * the runs). We also clear the termination time, which kubeflow leaves from the previous run.
     */
    static void resetForRerun(SparkApplicationStatus status) {
        status.setSparkApplicationId(null);
        status.setSubmissionAttempts(0);
        status.setLastSubmissionAttemptTime(null);
        status.setTerminationTime(null);
        status.setDriverInfo(new DriverInfo());
        status.getApplicationState().setErrorMessage(null);
        status.setExecutorState(null);
    }

    /** kubeflow's resetSparkApplicationStatus for INVALIDATING: a changed spec starts counting afresh. */
    static void resetForInvalidation(SparkApplicationStatus status) {
        status.setSparkApplicationId(null);
        status.setSubmissionAttempts(0);
        status.setExecutionAttempts(0);
        status.setLastSubmissionAttemptTime(null);
        status.setTerminationTime(null);
        status.getApplicationState().setErrorMessage(null);
        status.setExecutorState(null);
    }

    private StatusCopy() {
    }
}
