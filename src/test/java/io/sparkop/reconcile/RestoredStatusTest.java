package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.EventReasons;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A backed-up status in the annotation tools/sparkop-backup writes: taken on, never a second run. */
class RestoredStatusTest {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final String COMPLETED = """
            {"applicationState": {"state": "COMPLETED"}, "executionAttempts": 1, "submissionAttempts": 1,
             "submissionID": "9d1a2685-62da-3b37-8895-00772cc84a37", "sparkApplicationId": "spark-9d1a",
             "lastSubmissionAttemptTime": "2026-11-28T02:00:01Z", "terminationTime": "2026-11-28T02:05:00Z",
             "driverInfo": {"podName": "pi-driver"}, "specHash": "0123456789abcdef",
             "someFieldOfANewerOperator": {"x": 1}}
            """;

    @Test
    void aFinishedApplicationRestoredFromABackupStaysFinished() {
        Decision decision = RestoredStatus.decide(restored(COMPLETED), NOW).orElseThrow();
        assertEquals(AppState.COMPLETED, decision.state());
        assertEquals(1, decision.status().getExecutionAttempts());
        assertEquals("2026-11-28T02:05:00Z", decision.status().getTerminationTime());
        assertEquals("9d1a2685-62da-3b37-8895-00772cc84a37", decision.status().getSubmissionID());
        assertEquals(Decision.Action.NONE, decision.action());
        assertEquals(List.of(), decision.edges());
        assertEquals(List.of(EventReasons.APP_RESTORED), decision.events().stream().map(Decision.AppEvent::reason).toList());
        assertEquals(7L, decision.status().getObservedGeneration());
    }

    @Test
    void theRestoredApplicationThenFollowsItsTimeToLiveFromTheOriginalTermination() {
        SparkApplication app = restored(COMPLETED);
        app.getSpec().setTimeToLiveSeconds(3600L);
        app.setStatus(RestoredStatus.decide(app, NOW).orElseThrow().status());
        Decision next = Transitions.decide(app, new Transitions.Observed(Optional.empty(), List.of(),
                TransitionsTest.HASH, List.of(), NOW), TransitionsTest.SETTINGS);
        assertEquals(AppState.COMPLETED, next.state());
        assertEquals(Decision.Action.DELETE_APPLICATION, next.action());
    }

    @Test
    void anUnreadableBackupFailsTheApplicationInsteadOfRunningIt() {
        Decision decision = RestoredStatus.decide(restored("{not json"), NOW).orElseThrow();
        assertEquals(AppState.FAILED, decision.state());
        String error = decision.status().getApplicationState().getErrorMessage();
        assertTrue(error.startsWith("sparkop.io/restored-status: unreadable ("), error);
        assertTrue(error.endsWith("remove the annotation to run the application"), error);
        assertEquals(List.of(EventReasons.APP_FAILED), decision.events().stream().map(Decision.AppEvent::reason).toList());
    }

    @Test
    void aBackupTakenBeforeTheFirstDecisionIsANewApplication() {
        assertEquals(Optional.empty(), RestoredStatus.decide(restored("{\"applicationState\": {\"state\": \"\"}}"), NOW));
        assertEquals(Optional.empty(), RestoredStatus.decide(restored("{}"), NOW));
    }

    @Test
    void onlyANewApplicationTakesTheBackedUpStatus() {
        SparkApplication running = TransitionsTest.app(AppState.RUNNING, null);
        running.getMetadata().setAnnotations(Map.of(RestoredStatus.ANNOTATION, COMPLETED));
        assertEquals(Optional.empty(), RestoredStatus.decide(running, NOW));
        assertEquals(Optional.empty(), RestoredStatus.decide(TransitionsTest.app(AppState.NEW, null), NOW));
    }

    static SparkApplication restored(String backedUpStatus) {
        SparkApplication app = TransitionsTest.app(AppState.NEW, null);
        app.setStatus(null);
        app.getMetadata().setGeneration(7L);
        app.getMetadata().setAnnotations(Map.of(RestoredStatus.ANNOTATION, backedUpStatus));
        return app;
    }
}
