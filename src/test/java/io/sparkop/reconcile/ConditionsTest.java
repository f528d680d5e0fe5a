package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.sparkop.api.AppState;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** status.conditions derived from the state, in the shape kubectl wait reads. */
class ConditionsTest {

    static final Instant T1 = Instant.parse("2026-11-25T12:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-25T12:05:00Z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "NEW,               ''",
        "SUBMITTED,         Submitted",
        "RUNNING,           Submitted Running",
        "COMPLETED,         Submitted Completed",
        "FAILED,            Submitted Failed",
        "SUBMISSION_FAILED, ''",
        "SUSPENDED,         Suspended",
        "PENDING_RERUN,     ''",
    })
    void theTrueConditionsFollowTheState(AppState state, String trueTypes) {
        List<Condition> conditions = Conditions.of(state, null, null, T1, 1L);
        assertEquals(List.of("Submitted", "Running", "Completed", "Failed", "Suspended"),
                conditions.stream().map(Condition::getType).toList());
        assertEquals(trueTypes, conditions.stream().filter(c -> c.getStatus().equals("True"))
                .map(Condition::getType).collect(Collectors.joining(" ")));
    }

    @Test
    void anUnchangedConditionKeepsItsTransitionTimeAndEveryOneTheGeneration() {
        List<Condition> running = Conditions.of(AppState.RUNNING, null, null, T1, 1L);
        List<Condition> completed = Conditions.of(AppState.COMPLETED, null, running, T2, 2L);
        assertEquals("2026-11-25T12:00:00Z", type(completed, "Submitted").getLastTransitionTime());
        assertEquals("2026-11-25T12:05:00Z", type(completed, "Completed").getLastTransitionTime());
        assertEquals("2026-11-25T12:05:00Z", type(completed, "Running").getLastTransitionTime());
        assertTrue(completed.stream().allMatch(c -> c.getObservedGeneration() == 2L));
        assertEquals("COMPLETED", type(completed, "Completed").getReason());
    }

    @Test
    void onlyATrueFailedConditionCarriesTheMessage() {
        List<Condition> failed = Conditions.of(AppState.FAILED, "driver pod not found", null, T1, 1L);
        assertEquals("driver pod not found", type(failed, "Failed").getMessage());
        assertEquals("", type(Conditions.of(AppState.RUNNING, "old", null, T1, 1L), "Failed").getMessage());
    }

    private static Condition type(List<Condition> conditions, String type) {
        return conditions.stream().filter(c -> c.getType().equals(type)).findFirst().orElseThrow();
    }
}
