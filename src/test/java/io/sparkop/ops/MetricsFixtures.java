package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.reconcile.ApplicationTransition;
import io.sparkop.reconcile.ExecutorTransition;
import io.sparkop.schedule.ScheduleRunOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lifecycles as the reconcilers report them, with fixed times so latencies are exact. */
final class MetricsFixtures {

    static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");

    private MetricsFixtures() {
    }

    static SparkApplication app(String namespace, String name, Map<String, String> labels, AppState state) {
        var app = new SparkApplication();
        app.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name).withLabels(labels)
                .withCreationTimestamp(CREATED.toString()).build());
        var status = new SparkApplicationStatus();
        status.setApplicationState(new ApplicationState(state, null));
        status.setSubmissionAttempts(1);
        status.setExecutionAttempts(1);
        status.setSubmissionID("sub-" + name);
        status.setLastSubmissionAttemptTime("2026-11-29T10:00:01Z");
        status.setTerminationTime("2026-11-29T10:02:01Z");
        app.setStatus(status);
        return app;
    }

    /**
     * app_type=batch in "jobs": submitted after 250 ms, running after 40 s, completed after 120 s of execution;
     * a second one failing; one without labels in "other" refused at submission; executors and schedule runs.
     */
    static List<Object> lifecycles(String appType) {
        List<Object> events = new ArrayList<>();
        var labels = Map.of("app_type", appType);
        var happy = app("jobs", "happy", labels, AppState.SUBMITTED);
        events.add(transition(happy, AppState.NEW, AppState.SUBMITTED, "250ms"));
        events.add(transition(happy, AppState.SUBMITTED, AppState.RUNNING, "40s"));
        events.add(transition(happy, AppState.RUNNING, AppState.SUCCEEDING, "121s"));
        events.add(transition(happy, AppState.SUCCEEDING, AppState.COMPLETED, "122s"));
        var sad = app("jobs", "sad", labels, AppState.SUBMITTED);
        events.add(transition(sad, AppState.NEW, AppState.SUBMITTED, "2s"));
        events.add(transition(sad, AppState.SUBMITTED, AppState.RUNNING, "95s"));
        events.add(transition(sad, AppState.RUNNING, AppState.FAILING, "121s"));
        events.add(transition(sad, AppState.FAILING, AppState.FAILED, "122s"));
        var refused = app("other", "refused", Map.of(), AppState.SUBMISSION_FAILED);
        events.add(transition(refused, AppState.NEW, AppState.SUBMISSION_FAILED, "1s"));
        events.add(new ExecutorTransition(happy, "happy-exec-1", ExecutorState.RUNNING, ExecutorState.COMPLETED, at("100s")));
        events.add(new ExecutorTransition(sad, "sad-exec-1", ExecutorState.RUNNING, ExecutorState.FAILED, at("100s")));
        events.add(new ExecutorTransition(sad, "sad-exec-2", null, ExecutorState.RUNNING, at("100s")));
        var schedule = new ScheduledSparkApplication();
        schedule.setMetadata(new ObjectMetaBuilder().withNamespace("jobs").withName("nightly").withLabels(labels).build());
        for (var outcome : ScheduleRunOutcome.Outcome.values()) {
            events.add(new ScheduleRunOutcome(schedule, outcome, "nightly-1", at("0s")));
        }
        return events;
    }

    /** The transition with the status as written: the state it went to. */
    static ApplicationTransition transition(SparkApplication app, AppState from, AppState to, String after) {
        var written = new SparkApplication();
        written.setMetadata(app.getMetadata());
        written.setSpec(app.getSpec());
        var status = new SparkApplicationStatus();
        var source = app.getStatus();
        status.setSubmissionAttempts(source.getSubmissionAttempts());
        status.setExecutionAttempts(source.getExecutionAttempts());
        status.setSubmissionID(source.getSubmissionID());
        status.setLastSubmissionAttemptTime(source.getLastSubmissionAttemptTime());
        status.setTerminationTime(source.getTerminationTime());
        status.setApplicationState(new ApplicationState(to, null));
        written.setStatus(status);
        return new ApplicationTransition(written, from, to, "test", at(after));
    }

    static Instant at(String after) {
        return CREATED.plus(parseDuration(after));
    }

    private static java.time.Duration parseDuration(String text) {
        return text.endsWith("ms") ? java.time.Duration.ofMillis(Long.parseLong(text.replace("ms", "")))
                : java.time.Duration.ofSeconds(Long.parseLong(text.replace("s", "")));
    }
}
