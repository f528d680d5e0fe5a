package io.sparkop.web;

import io.sparkop.api.AppState;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a state shows: a CSS class for its colour and a symbol, so states differ by shape as well as colour
 * (red and green look alike to one man in twelve).
 */
public final class StateStyle {

    public static final Set<AppState> FINISHED = EnumSet.of(AppState.COMPLETED, AppState.FAILED, AppState.SUBMISSION_FAILED);
    public static final Set<AppState> FAILURES = EnumSet.of(AppState.FAILED, AppState.SUBMISSION_FAILED, AppState.FAILING);

    private StateStyle() {
    }

    public static String label(AppState state) {
        return state == AppState.NEW ? "NEW" : state.wire();
    }

    public static String cssClass(AppState state) {
        return "state-" + switch (state) {
            case COMPLETED, SUCCEEDING -> "ok";
            case FAILED, SUBMISSION_FAILED, FAILING -> "failed";
            case RUNNING -> "running";
            case SUBMITTED, PENDING_RERUN, RESUMING, INVALIDATING -> "waiting";
            case SUSPENDED, SUSPENDING -> "suspended";
            case NEW, UNKNOWN -> "unknown";
        };
    }

    public static String symbol(AppState state) {
        return switch (state) {
            case COMPLETED, SUCCEEDING -> "✓";
            case FAILED, SUBMISSION_FAILED, FAILING -> "✗";
            case RUNNING -> "▶";
            case SUBMITTED, PENDING_RERUN, RESUMING, INVALIDATING -> "…";
            case SUSPENDED, SUSPENDING -> "‖";
            case NEW, UNKNOWN -> "?";
        };
    }

    public static String phaseClass(String podPhase) {
        return "phase-" + (podPhase == null ? "unknown" : podPhase.toLowerCase(Locale.ROOT));
    }
}
