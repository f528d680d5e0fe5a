package io.sparkop.reconcile;

/** kubeflow's DriverState. A driver pod that is not there is no phase: Transitions decides on its absence. */
enum DriverPhase {
    PENDING, RUNNING, SUCCEEDED, FAILED, UNKNOWN
}
