package io.sparkop.reconcile;

import io.sparkop.kube.Times;
import io.sparkop.kube.EventReasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.DriverSpec;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.Labels;
import io.sparkop.api.RestartPolicy;
import io.sparkop.api.RestartPolicyType;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.api.SparkApplicationType;
import io.sparkop.reconcile.Decision.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state machine, state by state, without a cluster. */
class TransitionsTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Transitions.Settings SETTINGS = new Transitions.Settings(Duration.ofSeconds(10), 1000, "k8s://x",
            Duration.ofMinutes(5), Optional.empty(), false);
    static final String HASH = "0123456789abcdef";

    @ParameterizedTest(name = "{0} + driver {1} -> {2}")
    @CsvSource({
        "SUBMITTED, Pending,   SUBMITTED",
        "SUBMITTED, Running,   RUNNING",
        "SUBMITTED, Succeeded, COMPLETED",
        "SUBMITTED, Failed,    FAILED",
        "SUBMITTED, Unknown,   UNKNOWN",
        "RUNNING,   Pending,   SUBMITTED",
        "RUNNING,   Running,   RUNNING",
        "RUNNING,   Succeeded, COMPLETED",
        "RUNNING,   Failed,    FAILED",
        "RUNNING,   Unknown,   UNKNOWN",
        "UNKNOWN,   Running,   RUNNING",
        "UNKNOWN,   Succeeded, COMPLETED",
        "UNKNOWN,   Failed,    FAILED",
    })
    void driverPhaseDecidesTheStateWithoutRetries(AppState from, String podPhase, AppState to) {
        Decision decision = decide(app(from, null), Optional.of(driver(podPhase, null, null)));
        assertEquals(to, state(decision));
    }

    @Test
    void decidingReturnsTheEdgesTakenWithTheirCausesAndLeavesTheApplicationAlone() {
        SparkApplication app = app(AppState.RUNNING, null);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var before = mapper.valueToTree(app);
        Decision decision = decide(app, Optional.of(driver("Succeeded", 0, "Completed")));
        assertEquals(List.of(new Decision.Edge(AppState.RUNNING, AppState.SUCCEEDING, "driver pod succeeded"),
                new Decision.Edge(AppState.SUCCEEDING, AppState.COMPLETED, "driver succeeded")), decision.edges());
        assertEquals(before, mapper.valueToTree(app));
    }

    /** The whole table for restartPolicy Never: every state against every driver observation. */
    @ParameterizedTest(name = "{0} + driver {1} -> {2}, {3}")
    @CsvSource({
        "NEW,               none,      NEW,               SUBMIT",
        "NEW,               Running,   NEW,               SUBMIT",
        "SUBMITTED,         none,      FAILED,            NONE",
        "SUBMITTED,         Pending,   SUBMITTED,         NONE",
        "RUNNING,           none,      FAILED,            NONE",
        "UNKNOWN,           none,      FAILED,            NONE",
        "UNKNOWN,           Pending,   SUBMITTED,         NONE",
        "UNKNOWN,           Unknown,   UNKNOWN,           NONE",
        "SUCCEEDING,        none,      COMPLETED,         NONE",
        "SUCCEEDING,        Succeeded, COMPLETED,         NONE",
        "FAILING,           none,      FAILED,            NONE",
        "FAILING,           Failed,    FAILED,            NONE",
        "SUBMISSION_FAILED, none,      FAILED,            NONE",
        "PENDING_RERUN,     none,      PENDING_RERUN,     SUBMIT",
        "PENDING_RERUN,     Running,   PENDING_RERUN,     TEAR_DOWN",
        "INVALIDATING,      none,      PENDING_RERUN,     TEAR_DOWN",
        "INVALIDATING,      Running,   PENDING_RERUN,     TEAR_DOWN",
        "COMPLETED,         none,      COMPLETED,         NONE",
        "COMPLETED,         Succeeded, COMPLETED,         NONE",
        "FAILED,            none,      FAILED,            NONE",
        "FAILED,            Failed,    FAILED,            NONE",
        "SUSPENDING,        none,      SUSPENDED,         TEAR_DOWN",
        "SUSPENDING,        Running,   SUSPENDED,         TEAR_DOWN",
        "SUSPENDED,         none,      RESUMING,          SUBMIT",
        "SUSPENDED,         Running,   SUSPENDED,         TEAR_DOWN",
        "RESUMING,          none,      RESUMING,          SUBMIT",
    })
    void everyStateAgainstEveryDriverObservation(AppState from, String driverPhase, AppState to, Action action) {
        Integer exitCode = switch (driverPhase) {
            case "Succeeded" -> 0;
            case "Failed" -> 1;
            default -> null;
        };
        Optional<Pod> driver = driverPhase.equals("none") ? Optional.empty() : Optional.of(driver(driverPhase, exitCode, "Error"));
        Decision decision = decide(app(from, null), driver);
        assertEquals(to, state(decision));
        assertEquals(action, decision.action());
    }

    @ParameterizedTest(name = "spec edit in {0} -> {1}")
    @CsvSource({
        "SUBMITTED,         PENDING_RERUN",
        "RUNNING,           PENDING_RERUN",
        "UNKNOWN,           PENDING_RERUN",
        "SUCCEEDING,        PENDING_RERUN",
        "FAILING,           PENDING_RERUN",
        "SUBMISSION_FAILED, PENDING_RERUN",
        "COMPLETED,         COMPLETED",
        "FAILED,            FAILED",
        "PENDING_RERUN,     PENDING_RERUN",
        "SUSPENDED,         RESUMING",
    })
    void aSpecEditInvalidatesEveryUnfinishedRun(AppState from, AppState to) {
        SparkApplication app = app(from, null);
        app.getStatus().setSpecHash("hash-of-the-old-spec");
        Decision decision = decide(app, Optional.empty());
        assertEquals(to, state(decision));
        assertEquals(from != to && to == AppState.PENDING_RERUN, decision.edges().stream()
                .anyMatch(e -> e.to() == AppState.INVALIDATING));
    }

    @Test
    void executorsAreTrackedInTheSameDecision() {
        Pod executor = new PodBuilder().withNewMetadata().withName("pi-exec-1").addToLabels(Labels.SPARK_EXEC_ID, "1")
                .endMetadata().withNewStatus().withPhase("Running").endStatus().build();
        Decision decision = Transitions.decide(app(AppState.RUNNING, null), new Transitions.Observed(
                Optional.of(driver("Running", null, null)), List.of(executor), HASH, List.of(), NOW), SETTINGS);
        assertEquals(java.util.Map.of("pi-exec-1", io.sparkop.api.ExecutorState.RUNNING), decision.status().getExecutorState());
        assertEquals(List.of(new Decision.ExecutorChange("pi-exec-1", null, io.sparkop.api.ExecutorState.RUNNING)),
                decision.executorChanges());
    }

    @Test
    void runningPodWhoseDriverContainerExitedCountsByItsExitCode() {
        assertEquals(AppState.COMPLETED, state(decide(app(AppState.RUNNING, null), Optional.of(driver("Running", 0, "Completed")))));
        Decision failed = decide(app(AppState.RUNNING, null), Optional.of(driver("Running", 143, "Error")));
        assertEquals(AppState.FAILED, state(failed));
        assertEquals("driver container failed with ExitCode: 143, Reason: Error", error(failed));
    }

    @Test
    void missingDriverWithinTheGracePeriodWaits() {
        SparkApplication app = app(AppState.SUBMITTED, null);
        app.getStatus().setLastSubmissionAttemptTime(Times.format(NOW.minusSeconds(3)));
        Decision decision = decide(app, Optional.empty());
        assertEquals(AppState.SUBMITTED, state(decision));
        assertEquals(Optional.of(Duration.ofSeconds(7)), decision.requeueAfter());
    }

    @Test
    void missingDriverAfterTheGracePeriodFails() {
        SparkApplication app = app(AppState.RUNNING, null);
        Decision decision = decide(app, Optional.empty());
        assertEquals(AppState.FAILED, state(decision));
        assertEquals("driver pod not found", error(decision));
    }

    @Test
    void failedDriverWithRetriesLeftGoesToPendingRerun() {
        SparkApplication app = app(AppState.RUNNING, onFailure(2, 10L));
        app.getStatus().setExecutionAttempts(2);
        app.getStatus().setLastSubmissionAttemptTime(Times.format(NOW.minusSeconds(60)));
        Decision decision = decide(app, Optional.of(driver("Failed", 1, "Error")));
        assertEquals(AppState.PENDING_RERUN, state(decision));
        assertEquals(Action.TEAR_DOWN, decision.action());
    }

    @Test
    void failedDriverWaitsForTheRetryIntervalTimesTheAttempts() {
        SparkApplication app = app(AppState.FAILING, onFailure(2, 10L));
        app.getStatus().setSubmissionAttempts(2);
        app.getStatus().setLastSubmissionAttemptTime(Times.format(NOW.minusSeconds(5)));
        Decision decision = decide(app, Optional.empty());
        assertEquals(AppState.FAILING, state(decision));
        assertEquals(Optional.of(Duration.ofSeconds(15)), decision.requeueAfter());
    }

    @Test
    void failedDriverBeyondTheRetryLimitFails() {
        SparkApplication app = app(AppState.RUNNING, onFailure(2, 10L));
        app.getStatus().setExecutionAttempts(3);
        Decision decision = decide(app, Optional.of(driver("Failed", 1, "Error")));
        assertEquals(AppState.FAILED, state(decision));
        assertTrue(decision.events().stream().anyMatch(e -> e.reason().equals(EventReasons.APP_FAILED) && e.warning()));
    }

    @Test
    void restartPolicyAlwaysRerunsACompletedDriver() {
        RestartPolicy always = new RestartPolicy();
        always.setType(RestartPolicyType.ALWAYS);
        Decision decision = decide(app(AppState.RUNNING, always), Optional.of(driver("Succeeded", 0, "Completed")));
        assertEquals(AppState.PENDING_RERUN, state(decision));
    }

    @Test
    void pendingRerunWaitsForTheOldDriverThenResubmits() {
        SparkApplication app = app(AppState.PENDING_RERUN, null);
        assertEquals(Action.TEAR_DOWN, decide(app, Optional.of(driver("Running", null, null))).action());
        Decision resubmit = decide(app, Optional.empty());
        assertEquals(Action.SUBMIT, resubmit.action());
        assertEquals(0, resubmit.status().getSubmissionAttempts());
        assertEquals(1, resubmit.status().getExecutionAttempts());
    }

    @Test
    void newApplicationWithProblemsFailsSubmissionAndWithoutRetriesEndsFailed() {
        SparkApplication app = app(AppState.NEW, null);
        Decision decision = Transitions.decide(app, new Transitions.Observed(Optional.empty(), List.of(), HASH,
                List.of("spec.driver.memory: '2gb' is not a Spark size; use 2g"), NOW), SETTINGS);
        assertEquals(AppState.FAILED, state(decision));
        assertEquals(List.of(EventReasons.APP_SUBMISSION_FAILED, EventReasons.APP_FAILED),
                decision.events().stream().map(Decision.AppEvent::reason).toList());
        assertEquals(1, decision.status().getSubmissionAttempts());
        assertEquals("spec.driver.memory: '2gb' is not a Spark size; use 2g", error(decision));
    }

    @Test
    void submissionFailureWithoutRetriesFails() {
        SparkApplication app = app(AppState.SUBMISSION_FAILED, null);
        app.getStatus().setSubmissionAttempts(1);
        assertEquals(AppState.FAILED, state(decide(app, Optional.empty())));
    }

    @Test
    void specChangeInvalidatesTheRun() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getStatus().setSpecHash("another-hash");
        Decision decision = decide(app, Optional.of(driver("Running", null, null)));
        assertEquals(AppState.PENDING_RERUN, state(decision));
        assertEquals(Action.TEAR_DOWN, decision.action());
        assertEquals(0, decision.status().getExecutionAttempts());
    }

    @Test
    void suspendTearsDownAndResumeResubmits() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getSpec().setSuspend(true);
        Decision suspended = decide(app, Optional.of(driver("Running", null, null)));
        assertEquals(AppState.SUSPENDED, state(suspended));
        assertEquals(Action.TEAR_DOWN, suspended.action());

        SparkApplication resumed = app(AppState.SUSPENDED, null);
        resumed.getSpec().setSuspend(false);
        Decision decision = decide(resumed, Optional.empty());
        assertEquals(Action.SUBMIT, decision.action());
        assertEquals(AppState.RESUMING, state(decision));
    }

    @Test
    void finishedApplicationIsDeletedOnceItsTimeToLiveIsOver() {
        SparkApplication app = app(AppState.COMPLETED, null);
        app.getSpec().setTimeToLiveSeconds(60L);
        app.getStatus().setTerminationTime(Times.format(NOW.minusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), decide(app, Optional.empty()).requeueAfter());
        app.getStatus().setTerminationTime(Times.format(NOW.minusSeconds(61)));
        assertEquals(Action.DELETE_APPLICATION, decide(app, Optional.empty()).action());
    }

    @Test
    void theSameAttemptAlwaysGetsTheSameSubmissionId() {
        SparkApplication app = app(AppState.NEW, null);
        var first = Transitions.submissionFor(app, HASH, NOW, SETTINGS);
        var again = Transitions.submissionFor(app, HASH, NOW.plusSeconds(5), SETTINGS);
        assertEquals(first.submissionId(), again.submissionId());
        app.getStatus().setExecutionAttempts(1);
        assertTrue(!first.submissionId().equals(Transitions.submissionFor(app, HASH, NOW, SETTINGS).submissionId()));
    }

    @Test
    void specProblemsFailAtOnceWhateverTheRestartPolicy() {
        RestartPolicy retrying = onFailure(3, 1L);
        retrying.setOnSubmissionFailureRetries(3);
        SparkApplication app = app(AppState.NEW, retrying);
        Decision decision = Transitions.decide(app, new Transitions.Observed(Optional.empty(), List.of(), HASH,
                List.of("sparkConf key \"spark.master\" is not allowed"), NOW), SETTINGS);
        assertEquals(AppState.FAILED, state(decision));
        assertEquals(Action.NONE, decision.action());
        assertEquals(Times.format(NOW), decision.status().getTerminationTime());
        assertEquals("sparkConf key \"spark.master\" is not allowed", error(decision));
    }

    @Test
    void aRefusedSubmissionWithRetriesLeftWaitsAndWithoutFails() {
        RestartPolicy retrying = new RestartPolicy();
        retrying.setType(RestartPolicyType.ON_FAILURE);
        retrying.setOnSubmissionFailureRetries(1);
        retrying.setOnSubmissionFailureRetryInterval(10L);
        SparkApplication app = app(AppState.NEW, retrying);
        Decision refused = Transitions.submissionFailed(app, "the API server rejected the driver (403): quota", NOW, HASH);
        assertEquals(AppState.SUBMISSION_FAILED, state(refused));
        assertEquals(1, refused.status().getSubmissionAttempts());
        app.setStatus(refused.status());
        Decision waiting = decide(app, Optional.empty());
        assertEquals(AppState.SUBMISSION_FAILED, state(waiting));
        assertEquals(Optional.of(Duration.ofSeconds(10)), waiting.requeueAfter());

        app.getStatus().setLastSubmissionAttemptTime(Times.format(NOW.minusSeconds(10)));
        assertEquals(Action.SUBMIT, decide(app, Optional.empty()).action());

        app.getStatus().setSubmissionAttempts(2);
        Decision failed = decide(app, Optional.empty());
        assertEquals(AppState.FAILED, state(failed));
        assertEquals(Times.format(NOW), failed.status().getTerminationTime());
        assertEquals(List.of(EventReasons.APP_FAILED), decision(failed));
    }

    @Test
    void timeToLiveAndSuspendEditsNeverInvalidateARun() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getStatus().setSpecHash(SpecHash.of(app.getSpec()));
        app.getSpec().setTimeToLiveSeconds(600L);
        Decision decision = decideWithHash(app, Optional.of(driver("Running", null, null)));
        assertEquals(AppState.RUNNING, state(decision));
        assertEquals(Action.NONE, decision.action());
    }

    @Test
    void theHashEarlierVersionsRecordedStillMatchesItsSpec() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getSpec().setTimeToLiveSeconds(600L);
        app.getStatus().setSpecHash(SpecHash.legacy(app.getSpec()));
        assertEquals(AppState.RUNNING, state(decideWithHash(app, Optional.of(driver("Running", null, null)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"COMPLETED", "FAILED"})
    void aFinishedRunIsNeverReRunByASpecEdit(AppState finished) {
        SparkApplication app = app(finished, null);
        app.getStatus().setSpecHash("hash-of-the-old-spec");
        Decision decision = decideWithHash(app, Optional.empty());
        assertEquals(finished, state(decision));
        assertEquals(Action.NONE, decision.action());
    }

    @Test
    void anApplicationThatNeverRanBecauseItsSpecWasInvalidRunsOnceFixed() {
        SparkApplication app = app(AppState.FAILED, null);
        app.getStatus().setExecutionAttempts(0);
        app.getStatus().setSpecHash("hash-of-the-invalid-spec");
        Decision decision = decideWithHash(app, Optional.empty());
        assertEquals(List.of(AppState.INVALIDATING, AppState.PENDING_RERUN),
                decision.edges().stream().map(Decision.Edge::to).toList());
        app.setStatus(decision.status());
        assertEquals(Action.SUBMIT, decideWithHash(app, Optional.empty()).action());
    }

    @ParameterizedTest(name = "ttl {0}")
    @CsvSource({"0", "-5"})
    void aTimeToLiveOfZeroOrLessDeletesOnTheFirstTerminalReconcile(long ttl) {
        SparkApplication app = app(AppState.COMPLETED, null);
        app.getSpec().setTimeToLiveSeconds(ttl);
        app.getStatus().setTerminationTime(Times.format(NOW));
        assertEquals(Action.DELETE_APPLICATION, decide(app, Optional.empty()).action());
    }

    @Test
    void aHugeTimeToLiveNeverExpiresAndNeverOverflows() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getSpec().setTimeToLiveSeconds(Long.MAX_VALUE);
        Decision decision = decide(app, Optional.of(driver("Succeeded", 0, "Completed")));
        assertEquals(AppState.COMPLETED, state(decision));
        assertEquals(Action.NONE, decision.action());
        assertEquals(Optional.empty(), decision.requeueAfter());
    }

    @Test
    void statusAndEveryConditionCarryTheGenerationDecidedOn() {
        SparkApplication app = app(AppState.RUNNING, null);
        app.getMetadata().setGeneration(7L);
        Decision decision = decide(app, Optional.of(driver("Succeeded", 0, "Completed")));
        assertEquals(7L, decision.status().getObservedGeneration());
        assertEquals(5, decision.status().getConditions().size());
        assertTrue(decision.status().getConditions().stream().allMatch(c -> c.getObservedGeneration() == 7L));
    }

    @Test
    void aMissingDriverIsReportedWithAnEvent() {
        Decision decision = decide(app(AppState.RUNNING, null), Optional.empty());
        assertTrue(decision.events().stream().anyMatch(e -> e.warning()
                && e.reason().equals(EventReasons.DRIVER_NOT_FOUND) && e.message().equals("Driver pi-driver not found")));
    }

    // ---------------------------------------------------------------- fixtures

    static List<String> decision(Decision decision) {
        return decision.events().stream().map(Decision.AppEvent::reason).toList();
    }

    /** Decides with the hashes the reconciler computes from the spec as it is now. */
    static Decision decideWithHash(SparkApplication app, Optional<Pod> driver) {
        return Transitions.decide(app, new Transitions.Observed(driver, List.of(), SpecHash.of(app.getSpec()),
                SpecHash.legacy(app.getSpec()), List.of(), NOW), SETTINGS);
    }

    static Decision decide(SparkApplication app, Optional<Pod> driver) {
        return Transitions.decide(app, new Transitions.Observed(driver, List.of(), HASH, List.of(), NOW), SETTINGS);
    }

    static AppState state(Decision decision) {
        return decision.status().getApplicationState().getState();
    }

    static String error(Decision decision) {
        return decision.status().getApplicationState().getErrorMessage();
    }

    static SparkApplication app(AppState state, RestartPolicy restartPolicy) {
        SparkApplication app = new SparkApplication();
        app.setMetadata(new ObjectMetaBuilder().withName("pi").withNamespace("jobs").withUid("uid-1").build());
        SparkApplicationSpec spec = new SparkApplicationSpec();
        spec.setType(SparkApplicationType.SCALA);
        spec.setSparkVersion("4.0.0");
        spec.setMainApplicationFile("local:///opt/app.jar");
        spec.setDriver(new DriverSpec());
        spec.setExecutor(new ExecutorSpec());
        spec.setRestartPolicy(restartPolicy);
        app.setSpec(spec);
        SparkApplicationStatus status = new SparkApplicationStatus();
        status.setApplicationState(new ApplicationState(state, null));
        DriverInfo info = new DriverInfo();
        info.setPodName("pi-driver");
        status.setDriverInfo(info);
        status.setSubmissionID("sub-1");
        status.setSpecHash(state == AppState.NEW ? null : HASH);
        status.setExecutionAttempts(state == AppState.NEW ? 0 : 1);
        status.setSubmissionAttempts(state == AppState.NEW ? 0 : 1);
        status.setLastSubmissionAttemptTime(state == AppState.NEW ? null : Times.format(NOW.minusSeconds(600)));
        app.setStatus(status);
        return app;
    }

    static RestartPolicy onFailure(int retries, Long interval) {
        RestartPolicy policy = new RestartPolicy();
        policy.setType(RestartPolicyType.ON_FAILURE);
        policy.setOnFailureRetries(retries);
        policy.setOnFailureRetryInterval(interval);
        return policy;
    }

    @Test
    void withTheDashboardsSparkUiProxyTheDriverGetsItsPathAsProxyBase() {
        SparkApplication app = app(AppState.NEW, null);
        var proxied = new Transitions.Settings(Duration.ofSeconds(10), 1000, "k8s://x", Duration.ofMinutes(5),
                Optional.empty(), true);
        assertEquals("/applications/jobs/pi/spark-ui", Transitions.submissionFor(app, HASH, NOW, proxied).uiProxyBase());
        assertEquals(null, Transitions.submissionFor(app, HASH, NOW, SETTINGS).uiProxyBase());
    }

    static Pod driver(String phase, Integer exitCode, String reason) {
        var builder = new PodBuilder().withNewMetadata().withName("pi-driver")
                .addToLabels(Labels.SPARK_APP_SELECTOR, "spark-0123").addToLabels(Labels.SUBMISSION_ID, "sub-1")
                .endMetadata().withNewStatus().withPhase(phase);
        if (exitCode != null) {
            builder = builder.addNewContainerStatus().withName(DriverObservation.DRIVER_CONTAINER)
                    .withNewState().withNewTerminated().withExitCode(exitCode).withReason(reason).endTerminated().endState()
                    .endContainerStatus();
        }
        return builder.endStatus().build();
    }
}
