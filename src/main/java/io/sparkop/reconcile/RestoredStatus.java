package io.sparkop.reconcile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.Times;
import io.sparkop.reconcile.Decision.AppEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restoring a backup safely. {@code kubectl apply} of a backed-up application drops its status, so a
 * finished application would run again. {@code tools/sparkop-backup} keeps the status in an annotation
 * instead; a new application carrying it takes that status as its own rather than being submitted, so a
 * finished run stays finished (its time to live counting from the original termination) and an unfinished
 * one goes on from where it was (a driver lost with the old cluster is a missing driver, retried by the
 * restart policy). No transition is published: nothing happened to the run itself.
 */
final class RestoredStatus {

    static final String ANNOTATION = "sparkop.io/restored-status";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The status to take on, when the application is new and carries a backed-up status. */
    static Optional<Decision> decide(SparkApplication app, Instant now) {
        Map<String, String> annotations = app.getMetadata().getAnnotations();
        String backedUp = annotations == null ? null : annotations.get(ANNOTATION);
        if (backedUp == null || !isNew(app.getStatus())) {
            return Optional.empty();
        }
        Long generation = app.getMetadata().getGeneration();
        SparkApplicationStatus status;
        AppEvent event;
        try {
            status = JSON.readValue(backedUp, SparkApplicationStatus.class);
            if (status == null || isNew(status)) {
                return Optional.empty(); // backed up before it was ever decided on: a new application
            }
            event = new AppEvent(false, EventReasons.APP_RESTORED, "SparkApplication " + app.getMetadata().getName()
                    + " restored from a backup as " + status.getApplicationState().getState().wire());
        } catch (Exception e) {
            // A restore must never start a run by accident: an unreadable backup fails, saying how to run it.
            String message = ANNOTATION + ": unreadable (" + e.getMessage().lines().findFirst().orElse("")
                    + "); remove the annotation to run the application";
            status = new SparkApplicationStatus();
            status.setApplicationState(new ApplicationState(AppState.FAILED, message));
            status.setTerminationTime(Times.format(now));
            event = new AppEvent(true, EventReasons.APP_FAILED, "SparkApplication " + app.getMetadata().getName()
                    + " failed: " + message);
        }
        AppState state = status.getApplicationState().getState();
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.of(state, status.getApplicationState().getErrorMessage(),
                status.getConditions(), now, generation));
        return Optional.of(new Decision(status, List.of(), List.of(), List.of(event), Decision.Action.NONE,
                Optional.empty(), Optional.of(Duration.ofSeconds(1))));
    }

    /** Never decided on: no state, no submission. */
    private static boolean isNew(SparkApplicationStatus status) {
        return status == null || ((status.getApplicationState() == null || status.getApplicationState().getState() == null
                || status.getApplicationState().getState() == AppState.NEW) && status.getSubmissionID() == null);
    }

    private RestoredStatus() {
    }
}
