package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** kubeflow's ScheduleState; its "new" state is the empty string (see {@link AppState}). */
public enum ScheduleState {
    NEW(""),
    VALIDATING("Validating"),
    SCHEDULED("Scheduled"),
    FAILED_VALIDATION("FailedValidation");

    private final String wire;

    ScheduleState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ScheduleState fromWire(String value) {
        for (ScheduleState state : values()) {
            if (state.wire.equals(value)) {
                return state;
            }
        }
        return NEW;
    }
}
