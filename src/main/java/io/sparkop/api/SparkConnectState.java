package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** kubeflow's SparkConnectState; its "new" state is the empty string, mapped here as in {@link AppState}. */
public enum SparkConnectState {
    NEW(""),
    PROVISIONING("Provisioning"),
    READY("Ready"),
    NOT_READY("NotReady"),
    FAILED("Failed");

    private final String wire;

    SparkConnectState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** Unknown or missing values read as NEW: the next reconcile works the state out again. */
    @JsonCreator
    public static SparkConnectState fromWire(String value) {
        for (SparkConnectState state : values()) {
            if (state.wire.equals(value)) {
                return state;
            }
        }
        return NEW;
    }
}
