package io.sparkop.reconcile;

import io.sparkop.kube.Times;
import io.sparkop.kube.EventReasons;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.reconcile.Decision.Action;
import io.sparkop.reconcile.Decision.AppEvent;
import io.sparkop.reconcile.Decision.Edge;
import io.sparkop.reconcile.Decision.ExecutorChange;
import io.sparkop.submit.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * kubeflow's SparkApplication state machine as a pure function: from the application and what is
 * observed of its pods to a {@link Decision}. Steps that need no action chain in one call (RUNNING to
 * SUCCEEDING to COMPLETED), because our own status patches do not trigger another reconcile.
 */
final class Transitions {

    static final Set<AppState> TERMINATED = EnumSet.of(AppState.COMPLETED, AppState.FAILED);
    /** States in which a spec change does not invalidate anything: nothing runs, or it is being replaced. */
    static final Set<AppState> NOT_INVALIDATED = EnumSet.of(AppState.NEW, AppState.INVALIDATING,
            AppState.PENDING_RERUN, AppState.SUSPENDING, AppState.SUSPENDED, AppState.RESUMING);
    static final Set<AppState> NOT_SUSPENDED = EnumSet.of(AppState.COMPLETED, AppState.FAILED,
            AppState.SUSPENDING, AppState.SUSPENDED);
    static final Duration LEFTOVER_POLL = Duration.ofSeconds(2);

    /**
     * @param driver         the pod named in status.driverInfo.podName (or the default name), if it exists
     * @param executors      executor pods of the current submission
     * @param specHash       hash of the current spec, see {@link SpecHash}
     * @param legacySpecHash the hash as earlier versions of this operator took it (timeToLiveSeconds
     *                       included), so that an upgrade does not invalidate every running application
     * @param specProblems   what SpecValidator found wrong with the spec
     */
    record Observed(Optional<Pod> driver, List<Pod> executors, String specHash, String legacySpecHash,
            List<String> specProblems, Instant now) {

        Observed(Optional<Pod> driver, List<Pod> executors, String specHash, List<String> specProblems, Instant now) {
            this(driver, executors, specHash, specHash, specProblems, now);
        }

        /**
         * The same observation with this driver and these executors: the driver the operator's own submission
         * created (or found), or the one the API server has where the pod cache had none.
         */
        Observed withDriver(Pod driver, List<Pod> executors) {
            return new Observed(Optional.of(driver), executors, specHash, legacySpecHash, specProblems, now);
        }

        /** Whether the spec differs from the one the recorded hash was taken of. */
        boolean specChangedSince(String recorded) {
            return recorded != null && !recorded.equals(specHash) && !recorded.equals(legacySpecHash);
        }
    }

    /**
     * @param podPendingThreshold a pod Pending longer than this is reported as pending too long
     * @param podPendingTimeout   when present, a driver Pending longer than this fails the run
     * @param sparkUiProxy        whether the dashboard proxies drivers' Spark UI (drivers then get its path
     *                            as spark.ui.proxyBase)
     */
    record Settings(Duration driverPodCreationGracePeriod, int maxTrackedExecutors, String masterUrl,
            Duration podPendingThreshold, Optional<Duration> podPendingTimeout, boolean sparkUiProxy) {
    }

    /** Where the dashboard serves an application's live Spark UI (web.SparkUiProxy's path). */
    static String sparkUiProxyPath(SparkApplication app) {
        return "/applications/" + app.getMetadata().getNamespace() + "/" + app.getMetadata().getName() + "/spark-ui";
    }

    static Decision decide(SparkApplication app, Observed observed, Settings settings) {
        return new Step(app, observed, settings).run();
    }

    /** The status after a successful submission (kubeflow's submitSparkApplication, success branch). */
    static Decision submitted(SparkApplication app, Submission submission, DriverInfo driverInfo, Instant now,
            String specHash) {
        SparkApplicationStatus status = StatusCopy.of(app.getStatus());
        status.setSubmissionID(submission.submissionId());
        status.setDriverInfo(driverInfo);
        status.setLastSubmissionAttemptTime(Times.format(now));
        status.setSubmissionAttempts(RetryPolicy.count(status.getSubmissionAttempts()) + 1);
        status.setExecutionAttempts(RetryPolicy.count(status.getExecutionAttempts()) + 1);
        status.setApplicationState(new ApplicationState(AppState.SUBMITTED, null));
        status.setSpecHash(specHash);
        status.setObservedGeneration(app.getMetadata().getGeneration());
        status.setConditions(Conditions.of(AppState.SUBMITTED, null, status.getConditions(), now,
                app.getMetadata().getGeneration()));
        var event = new AppEvent(false, EventReasons.APP_SUBMITTED,
                "SparkApplication " + app.getMetadata().getName() + " was submitted successfully");
        var edge = new Edge(stateOf(app), AppState.SUBMITTED, "driver pod created");
        return new Decision(status, List.of(edge), List.of(), List.of(event), Action.NONE, Optional.empty(),
                Optional.empty());
    }

    /** The status after a failed submission: SUBMISSION_FAILED, counted as an attempt. */
    static Decision submissionFailed(SparkApplication app, String message, Instant now, String specHash) {
        SparkApplicationStatus status = StatusCopy.of(app.getStatus());
        failSubmission(status, message, now, specHash, app.getMetadata().getGeneration());
        var event = new AppEvent(true, EventReasons.APP_SUBMISSION_FAILED,
                "failed to submit SparkApplication " + app.getMetadata().getName() + ": " + message);
        var edge = new Edge(stateOf(app), AppState.SUBMISSION_FAILED, "the API server refused the driver");
        return new Decision(status, List.of(edge), List.of(), List.of(event), Action.NONE, Optional.empty(),
                Optional.empty());
    }

    private static AppState stateOf(SparkApplication app) {
        SparkApplicationStatus status = app.getStatus();
        return status == null || status.getApplicationState() == null || status.getApplicationState().getState() == null
                ? AppState.NEW : status.getApplicationState().getState();
    }

    private static void failSubmission(SparkApplicationStatus status, String message, Instant now, String specHash,
            Long generation) {
        status.setLastSubmissionAttemptTime(Times.format(now));
        status.setSubmissionAttempts(RetryPolicy.count(status.getSubmissionAttempts()) + 1);
        status.setApplicationState(new ApplicationState(AppState.SUBMISSION_FAILED, message));
        status.setSpecHash(specHash);
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.of(AppState.SUBMISSION_FAILED, message, status.getConditions(), now, generation));
    }

    /**
     * The submission id is derived from what identifies the attempt, so that a reconcile repeated after a
     * crash or a stale cache builds the very same driver (whose create then answers 409) instead of a second one.
     */
    static Submission submissionFor(SparkApplication app, String specHash, Instant now, Settings settings) {
        SparkApplicationStatus status = app.getStatus();
        String attempt = app.getMetadata().getUid() + "/" + specHash + "/"
                + RetryPolicy.count(status.getExecutionAttempts()) + "/" + RetryPolicy.count(status.getSubmissionAttempts());
        String id = UUID.nameUUIDFromBytes(attempt.getBytes(StandardCharsets.UTF_8)).toString();
        return new Submission(id, now, settings.masterUrl(), settings.sparkUiProxy() ? sparkUiProxyPath(app) : null);
    }

    /** One reconcile's worth of transitions, accumulating status changes and events. */
    private static final class Step {
        private final SparkApplication app;
        private final Observed observed;
        private final Settings settings;
        private final SparkApplicationStatus status;
        private final AppState initialState;
        private final List<AppEvent> events = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<ExecutorChange> executorChanges = new ArrayList<>();
        private Action action = Action.NONE;
        private Optional<Duration> requeueAfter = Optional.empty();

        Step(SparkApplication app, Observed observed, Settings settings) {
            this.app = app;
            this.observed = observed;
            this.settings = settings;
            this.status = StatusCopy.of(app.getStatus());
            this.initialState = status.getApplicationState().getState();
        }

        Decision run() {
            AppState before = initialState;
            if (invalidatedBySpecChange(before)) {
                event(false, EventReasons.APP_SPEC_UPDATE_PROCESSED,
                        "Successfully processed spec update for SparkApplication " + name());
                setState(AppState.INVALIDATING, null, "spec changed");
            } else if (Boolean.TRUE.equals(app.getSpec().getSuspend()) && !NOT_SUSPENDED.contains(before)) {
                event(false, EventReasons.APP_SUSPENDING, "SparkApplication " + name() + " is suspending");
                setState(AppState.SUSPENDING, null, "spec.suspend set");
            }
            for (int steps = 0; steps < 8 && action == Action.NONE && requeueAfter.isEmpty(); steps++) {
                AppState current = state();
                step(current);
                if (state() == current) {
                    break;
                }
            }
            updateExecutors();
            Long generation = app.getMetadata().getGeneration();
            status.setObservedGeneration(generation);
            status.setConditions(Conditions.of(state(), status.getApplicationState().getErrorMessage(),
                    status.getConditions(), observed.now(), generation));
            explainPodTrouble(generation);
            Optional<Submission> submission = action == Action.SUBMIT
                    ? Optional.of(submissionFor(withStatus(), observed.specHash(), observed.now(), settings))
                    : Optional.empty();
            return new Decision(status, List.copyOf(edges), List.copyOf(executorChanges), List.copyOf(events), action,
                    submission, requeueAfter);
        }

        /** The PodTrouble condition, and one Warning Event when a pod's trouble is new. */
        private void explainPodTrouble(Long generation) {
            List<Condition> previous = app.getStatus() == null ? null : app.getStatus().getConditions();
            Optional<PodTroubleCondition.Found> found = PodTroubleCondition.find(state(), observed.driver(),
                    observed.executors(), observed.now(), settings.podPendingThreshold());
            status.setConditions(PodTroubleCondition.apply(status.getConditions(), previous, found, observed.now(),
                    generation));
            found.filter(f -> PodTroubleCondition.isNew(previous, f)).ifPresent(f -> event(true,
                    f.driver() ? EventReasons.DRIVER_CANNOT_START : EventReasons.EXECUTOR_CANNOT_START, f.message()));
        }

        /**
         * Only changes to what runs invalidate a run (never timeToLiveSeconds, suspend or metadata). A
         * finished run is history and is never re-run by an edit; an application that never ran because
         * its spec was invalid runs once the spec is fixed (kubeflow's webhook would have refused it, so
         * the fix is the user's first real submission).
         */
        private boolean invalidatedBySpecChange(AppState current) {
            if (NOT_INVALIDATED.contains(current) || !observed.specChangedSince(status.getSpecHash())) {
                return false;
            }
            return !TERMINATED.contains(current) || RetryPolicy.count(status.getExecutionAttempts()) == 0;
        }

        /** The table: each state's edges, by what is observed. */
        private void step(AppState current) {
            switch (current) {
                case NEW -> submitIfValid();
                case SUBMITTED, RUNNING, UNKNOWN -> observeDriver(current);
                case SUCCEEDING -> succeed();
                case FAILING -> failOrRetry();
                case SUBMISSION_FAILED -> retrySubmission();
                case PENDING_RERUN -> rerun();
                case INVALIDATING -> invalidate();
                case COMPLETED, FAILED -> expire();
                case SUSPENDING -> suspend();
                case SUSPENDED -> resumeIfAsked();
                case RESUMING -> {
                    event(false, EventReasons.APP_RESUMING, "SparkApplication " + name() + " is resuming");
                    action = Action.SUBMIT;
                }
            }
        }

        private void submitIfValid() {
            if (!observed.specProblems().isEmpty()) {
                String message = String.join("; ", observed.specProblems());
                AppState from = state();
                failSubmission(status, message, observed.now(), observed.specHash(), app.getMetadata().getGeneration());
                if (from != AppState.SUBMISSION_FAILED) {
                    edges.add(new Edge(from, AppState.SUBMISSION_FAILED, "invalid spec"));
                }
                event(true, EventReasons.APP_SUBMISSION_FAILED, "failed to submit SparkApplication " + name() + ": " + message);
                // Retrying cannot fix a spec: FAILED at once, whatever the restart policy; an edit runs it.
                fail(message, "invalid spec");
                return;
            }
            if (initialState == AppState.NEW && RetryPolicy.count(status.getSubmissionAttempts()) == 0) {
                event(false, EventReasons.APP_ADDED, "SparkApplication " + name() + " was added, enqueuing it for submission");
            }
            action = Action.SUBMIT;
        }

        /** kubeflow's updateDriverState. */
        private void observeDriver(AppState current) {
            if (observed.driver().isEmpty()) {
                Instant submitted = Times.parse(status.getLastSubmissionAttemptTime());
                Instant graceEnds = submitted == null ? observed.now() : submitted.plus(settings.driverPodCreationGracePeriod());
                if (current == AppState.SUBMITTED && graceEnds.isAfter(observed.now())) {
                    requeueAfter = Optional.of(Duration.between(observed.now(), graceEnds));
                    return;
                }
                status.setTerminationTime(Times.format(observed.now()));
                String podName = status.getDriverInfo() == null ? null : status.getDriverInfo().getPodName();
                event(true, EventReasons.DRIVER_NOT_FOUND, "Driver " + podName + " not found");
                setState(AppState.FAILING, "driver pod not found", "driver pod not found");
                return;
            }
            Pod pod = observed.driver().get();
            DriverObservation driver = DriverObservation.of(pod);
            if (driver.sparkAppId() != null) {
                status.setSparkApplicationId(driver.sparkAppId());
            }
            String errorMessage = status.getApplicationState().getErrorMessage();
            if (driver.phase() == DriverPhase.SUCCEEDED || driver.phase() == DriverPhase.FAILED) {
                if (status.getTerminationTime() == null) {
                    status.setTerminationTime(Times.format(observed.now()));
                }
                if (driver.phase() == DriverPhase.FAILED) {
                    errorMessage = driver.failureMessage();
                }
            }
            if (driver.phase() == DriverPhase.PENDING && pendingTimedOut(pod)) {
                return;
            }
            AppState next = switch (driver.phase()) {
                case PENDING -> AppState.SUBMITTED;
                case RUNNING -> AppState.RUNNING;
                case SUCCEEDED -> AppState.SUCCEEDING;
                case FAILED -> AppState.FAILING;
                case UNKNOWN -> AppState.UNKNOWN;
            };
            if (next != current) {
                driverEvent(driver.phase(), pod.getMetadata().getName());
            }
            setState(next, errorMessage, "driver pod " + driver.phase().name().toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * A driver Pending past the optional timeout fails the run, saying why it could not start, and is
         * deleted so that it cannot start later; until then, a wake-up when the pending threshold or the
         * timeout passes (a pod that stays Pending may bring no event).
         */
        private boolean pendingTimedOut(Pod pod) {
            Instant created = Times.parse(pod.getMetadata().getCreationTimestamp());
            if (created == null) {
                return false;
            }
            Optional<Duration> timeout = settings.podPendingTimeout();
            if (timeout.isPresent() && !created.plus(timeout.get()).isAfter(observed.now())) {
                String why = PodTrouble.of(pod, observed.now(), timeout.get())
                        .map(t -> t.reason() + ": " + t.message()).orElse("not started");
                String message = "driver pod " + pod.getMetadata().getName() + " cannot start: " + why;
                status.setTerminationTime(Times.format(observed.now()));
                event(true, EventReasons.DRIVER_FAILED, "Driver " + pod.getMetadata().getName()
                        + " failed: Pending longer than " + timeout.get().toSeconds() + "s");
                tearDown();
                setState(AppState.FAILING, message, "driver pending past the timeout");
                return true;
            }
            Stream.concat(Stream.of(created.plus(settings.podPendingThreshold())), timeout.map(created::plus).stream())
                    .filter(t -> t.isAfter(observed.now()))
                    .min(Instant::compareTo)
                    .ifPresent(t -> requeueAfter = Optional.of(Duration.between(observed.now(), t)));
            return false;
        }

        private void succeed() {
            if (RetryPolicy.shouldRetry(app, AppState.SUCCEEDING)) {
                pendingRerun();
                return;
            }
            event(false, EventReasons.APP_COMPLETED, "SparkApplication " + name() + " completed");
            setState(AppState.COMPLETED, null, "driver succeeded");
        }

        private void pendingRerun() {
            event(true, EventReasons.APP_PENDING_RERUN, "SparkApplication " + name() + " is pending rerun");
            tearDown();
            setState(AppState.PENDING_RERUN, null, "restart policy");
        }

        /** Deletion events bring the next reconcile; the poll covers a driver that is already gone. */
        private void tearDown() {
            action = Action.TEAR_DOWN;
            requeueAfter = Optional.of(LEFTOVER_POLL);
        }

        private void failOrRetry() {
            if (RetryPolicy.shouldRetry(withStatus(), AppState.FAILING)) {
                Duration wait = RetryPolicy.untilNextRetry(withStatus(), AppState.FAILING, observed.now());
                if (!wait.isZero()) {
                    requeueAfter = Optional.of(wait);
                    return;
                }
                pendingRerun();
                return;
            }
            String message = status.getApplicationState().getErrorMessage();
            event(true, EventReasons.APP_FAILED, "SparkApplication " + name() + " failed: " + (message == null ? "" : message));
            setState(AppState.FAILED, message, "no retries left");
        }

        private void retrySubmission() {
            if (!RetryPolicy.shouldRetry(withStatus(), AppState.SUBMISSION_FAILED)) {
                fail(status.getApplicationState().getErrorMessage(), "no submission retries left");
                return;
            }
            Duration wait = RetryPolicy.untilNextRetry(withStatus(), AppState.SUBMISSION_FAILED, observed.now());
            if (!wait.isZero()) {
                requeueAfter = Optional.of(wait);
            } else if (observed.driver().isPresent()) {
                tearDown();
            } else if (!observed.specProblems().isEmpty()) {
                submitIfValid();
            } else {
                action = Action.SUBMIT;
            }
        }

        private void fail(String message, String cause) {
            status.setTerminationTime(Times.format(observed.now()));
            event(true, EventReasons.APP_FAILED, "SparkApplication " + name() + " failed: " + (message == null ? "" : message));
            setState(AppState.FAILED, message, cause);
        }

        /** kubeflow's reconcilePendingRerunSparkApplication: resubmit once the previous run is gone. */
        private void rerun() {
            if (observed.driver().isPresent()) {
                tearDown();
                return;
            }
            StatusCopy.resetForRerun(status);
            submitIfValid();
        }

        private void invalidate() {
            tearDown();
            StatusCopy.resetForInvalidation(status);
            setState(AppState.PENDING_RERUN, null, "run invalidated");
        }

        /**
         * kubeflow's IsExpired: deleted once terminated longer than timeToLiveSeconds (at once for zero or
         * less). A time to live beyond the end of time never expires, rather than overflowing.
         */
        private void expire() {
            Long ttl = app.getSpec().getTimeToLiveSeconds();
            Instant terminated = Times.parse(status.getTerminationTime());
            if (ttl == null || terminated == null) {
                return;
            }
            if (ttl > Duration.between(terminated, Instant.MAX).getSeconds()) {
                return;
            }
            Instant expiry = terminated.plusSeconds(Math.max(0, ttl));
            if (expiry.isAfter(observed.now())) {
                requeueAfter = Optional.of(Duration.between(observed.now(), expiry));
            } else {
                action = Action.DELETE_APPLICATION;
            }
        }

        private void suspend() {
            tearDown();
            StatusCopy.resetForRerun(status);
            event(false, EventReasons.APP_SUSPENDED, "SparkApplication " + name() + " is suspended");
            setState(AppState.SUSPENDED, null, "run torn down");
        }

        private void resumeIfAsked() {
            if (Boolean.TRUE.equals(app.getSpec().getSuspend())) {
                return;
            }
            if (observed.driver().isPresent()) {
                tearDown();
                return;
            }
            setState(AppState.RESUMING, null, "spec.suspend cleared");
        }

        /** kubeflow's updateExecutorState, events on every change. */
        private void updateExecutors() {
            ExecutorStates.update(status, observed.executors(), settings.maxTrackedExecutors(), (change, event) -> {
                executorChanges.add(change);
                event.ifPresent(events::add);
            });
        }

        private void driverEvent(DriverPhase phase, String podName) {
            switch (phase) {
                case PENDING -> event(false, EventReasons.DRIVER_PENDING, "Driver " + podName + " is pending");
                case RUNNING -> event(false, EventReasons.DRIVER_RUNNING, "Driver " + podName + " is running");
                case SUCCEEDED -> event(false, EventReasons.DRIVER_COMPLETED, "Driver " + podName + " completed");
                case FAILED -> event(true, EventReasons.DRIVER_FAILED, "Driver " + podName + " failed");
                case UNKNOWN -> event(true, EventReasons.DRIVER_UNKNOWN, "Driver " + podName + " in unknown state");
            }
        }

        private AppState state() {
            return status.getApplicationState().getState();
        }

        private void setState(AppState state, String errorMessage, String cause) {
            if (state != state()) {
                edges.add(new Edge(state(), state, cause));
            }
            status.setApplicationState(new ApplicationState(state, errorMessage));
        }

        private void event(boolean warning, String reason, String message) {
            events.add(new AppEvent(warning, reason, message));
        }

        private String name() {
            return app.getMetadata().getName();
        }

        /** The application with the status as changed so far, for the retry rules that read it. */
        private SparkApplication withStatus() {
            SparkApplication view = new SparkApplication();
            view.setMetadata(app.getMetadata());
            view.setSpec(app.getSpec());
            view.setStatus(status);
            return view;
        }
    }

    private Transitions() {
    }
}
