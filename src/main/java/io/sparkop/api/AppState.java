package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * kubeflow's ApplicationStateType. kubeflow's "new" state is the empty string; Jackson ignores
 * {@code @JsonProperty("")} on enum constants, so the wire value is mapped here, in one place.
 */
public enum AppState {
    NEW(""),
    SUBMITTED("SUBMITTED"),
    RUNNING("RUNNING"),
    SUCCEEDING("SUCCEEDING"),
    COMPLETED("COMPLETED"),
    FAILING("FAILING"),
    FAILED("FAILED"),
    SUBMISSION_FAILED("SUBMISSION_FAILED"),
    PENDING_RERUN("PENDING_RERUN"),
    INVALIDATING("INVALIDATING"),
    UNKNOWN("UNKNOWN"),
    SUSPENDING("SUSPENDING"),
    SUSPENDED("SUSPENDED"),
    RESUMING("RESUMING");

    private final String wire;

    AppState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Unknown or missing values read as NEW, as kubeflow's controller treats them. */
    @JsonCreator
    public static AppState fromWire(String value) {
        if (value == null) {
            return NEW;
        }
        for (AppState state : values()) {
            if (state.wire.equals(value)) {
                return state;
            }
        }
        return NEW;
    }
}
