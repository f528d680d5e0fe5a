package io.sparkop.reconcile;

import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.kube.Statuses;

/** A status to change without touching the cached resource, and kubeflow's status resets. */
final class StatusCopy {

    /**
     * A deep copy through the JSON form the status is stored in, so a field added to the status is copied
     * without anyone remembering to; state defaults to NEW as kubeflow's "" does.
     */
    static SparkApplicationStatus of(SparkApplicationStatus source) {
        SparkApplicationStatus copy = source == null ? new SparkApplicationStatus()
                : Statuses.copy(source, SparkApplicationStatus.class);
        ApplicationState state = copy.getApplicationState();
        copy.setApplicationState(state == null ? new ApplicationState()
                : new ApplicationState(state.getState() == null ? AppState.NEW : state.getState(), state.getErrorMessage()));
        if (copy.getDriverInfo() == null) {
            copy.setDriverInfo(new DriverInfo());
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
