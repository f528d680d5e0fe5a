package io.sparkop.reconcile;

import io.sparkop.kube.Times;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.sparkop.api.AppState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code status.conditions} in the standard shape (our addition to kubeflow's status), derived from the
 * state so that {@code kubectl wait --for=condition=Completed sparkapp/NAME} works.
 */
final class Conditions {

    static final String SUBMITTED = "Submitted";
    static final String RUNNING = "Running";
    static final String COMPLETED = "Completed";
    static final String FAILED = "Failed";
    static final String SUSPENDED = "Suspended";

    static final Set<AppState> SUBMITTED_STATES = EnumSet.of(AppState.SUBMITTED, AppState.RUNNING,
            AppState.SUCCEEDING, AppState.COMPLETED, AppState.FAILING, AppState.FAILED, AppState.UNKNOWN);

    /**
     * Keeps lastTransitionTime of conditions whose status did not change. Every condition carries the
     * generation it was decided on, so {@code kubectl wait} does not take the previous run's Completed
     * for an answer about an edited spec.
     */
    static List<Condition> of(AppState state, String message, List<Condition> previous, Instant now,
            Long generation) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(condition(SUBMITTED, SUBMITTED_STATES.contains(state), state, null, previous, now, generation));
        conditions.add(condition(RUNNING, state == AppState.RUNNING, state, null, previous, now, generation));
        conditions.add(condition(COMPLETED, state == AppState.COMPLETED, state, null, previous, now, generation));
        conditions.add(condition(FAILED, state == AppState.FAILED, state, message, previous, now, generation));
        conditions.add(condition(SUSPENDED, state == AppState.SUSPENDED, state, null, previous, now, generation));
        return conditions;
    }

    private static Condition condition(String type, boolean isTrue, AppState state, String message,
            List<Condition> previous, Instant now, Long generation) {
        String status = isTrue ? "True" : "False";
        String since = previous == null ? null : previous.stream()
                .filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))
                .map(Condition::getLastTransitionTime)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new ConditionBuilder()
                .withType(type)
                .withStatus(status)
                .withReason(state == AppState.NEW ? "New" : state.wire())
                .withMessage(isTrue && message != null ? message : "")
                .withLastTransitionTime(since != null ? since : Times.format(now))
                .withObservedGeneration(generation)
                .build();
    }

    private Conditions() {
    }
}
