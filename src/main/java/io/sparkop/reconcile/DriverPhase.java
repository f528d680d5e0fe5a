package io.sparkop.reconcile;

/** kubeflow's DriverState, plus MISSING for a driver pod that is not there. */
enum DriverPhase {
    PENDING, RUNNING, SUCCEEDED, FAILED, UNKNOWN, MISSING
}
