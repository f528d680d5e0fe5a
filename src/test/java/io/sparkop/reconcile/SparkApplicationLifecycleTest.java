package io.sparkop.reconcile;

import io.sparkop.kube.EventReasons;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.Labels;
import io.sparkop.api.RestartPolicy;
import io.sparkop.api.RestartPolicyType;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationType;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle users know from kubeflow's operator, on the mock API server with a fake kubelet. */
@QuarkusTest
@WithKubernetesTestServer
class SparkApplicationLifecycleTest {

    static final String NS = "default";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @KubernetesTestServer
    KubernetesServer server;
    @Inject
    TransitionLog transitions;
    @Inject
    io.sparkop.OperatorConfig config;
    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;
    FakeKubelet kubelet;

    @BeforeEach
    void kubelet() {
        kubelet = new FakeKubelet(client);
    }

    @Test
    void pythonApplicationRunsToCompletion() {
        SparkApplication app = create("py-happy", a -> {
            a.getSpec().setType(SparkApplicationType.PYTHON);
            a.getSpec().setMainClass(null);
            a.getSpec().setMainApplicationFile("local:///opt/spark/examples/src/main/python/pi.py");
        });
        app = awaitState("py-happy", AppState.SUBMITTED);
        var status = app.getStatus();
        assertNotNull(status.getSubmissionID());
        assertEquals(1, status.getSubmissionAttempts());
        assertEquals(1, status.getExecutionAttempts());
        assertNotNull(status.getLastSubmissionAttemptTime());
        assertEquals("py-happy-ui-svc", status.getDriverInfo().getWebUIServiceName());
        assertEquals(4040, status.getDriverInfo().getWebUIPort());

        Pod driver = driver(app);
        assertEquals(status.getSubmissionID(), driver.getMetadata().getLabels().get(Labels.SUBMISSION_ID));
        assertEquals("true", driver.getMetadata().getLabels().get(Labels.LAUNCHED_BY_OPERATOR));
        assertEquals("SparkApplication", driver.getMetadata().getOwnerReferences().get(0).getKind());
        assertOwnedByDriver(driver);

        kubelet.schedule(driver);
        kubelet.start(driver);
        app = awaitState("py-happy", AppState.RUNNING);
        assertEquals(driver.getMetadata().getLabels().get(Labels.SPARK_APP_SELECTOR), app.getStatus().getSparkApplicationId());

        Pod executor = kubelet.createExecutor(driver, 1);
        kubelet.start(executor);
        awaitExecutor("py-happy", executor.getMetadata().getName(), ExecutorState.RUNNING);
        kubelet.succeed(executor);
        kubelet.succeed(driver);

        app = awaitState("py-happy", AppState.COMPLETED);
        assertNotNull(app.getStatus().getTerminationTime());
        assertEquals(ExecutorState.COMPLETED, app.getStatus().getExecutorState().get(executor.getMetadata().getName()));
        assertTrue(app.getStatus().getConditions().stream()
                .anyMatch(c -> c.getType().equals("Completed") && c.getStatus().equals("True")));
        assertEventsInOrder("py-happy", EventReasons.APP_ADDED, EventReasons.APP_SUBMITTED,
                EventReasons.DRIVER_RUNNING, EventReasons.DRIVER_COMPLETED, EventReasons.APP_COMPLETED);
    }

    @Test
    void scalaApplicationRunsToCompletion() {
        create("scala-happy", a -> { });
        SparkApplication app = awaitState("scala-happy", AppState.SUBMITTED);
        Pod driver = driver(app);
        kubelet.start(driver);
        awaitState("scala-happy", AppState.RUNNING);
        kubelet.succeed(driver);
        app = awaitState("scala-happy", AppState.COMPLETED);
        assertNull(app.getStatus().getApplicationState().getErrorMessage());
        assertEquals(1, app.getStatus().getExecutionAttempts());
    }

    @Test
    void failedDriverWithRetriesLeftGoesToPendingRerunUntilTheRetryLimit() {
        create("retry-app", a -> a.getSpec().setRestartPolicy(onFailure(1)));
        SparkApplication app = awaitState("retry-app", AppState.SUBMITTED);
        String firstSubmission = app.getStatus().getSubmissionID();
        kubelet.start(driver(app));
        kubelet.exit(driver(app), 1);

        app = awaitCondition("retry-app", a -> a.getStatus().getExecutionAttempts() == 2
                && a.getStatus().getApplicationState().getState() == AppState.SUBMITTED);
        assertNotEquals(firstSubmission, app.getStatus().getSubmissionID());
        Pod second = driver(app);
        assertEquals(app.getStatus().getSubmissionID(), second.getMetadata().getLabels().get(Labels.SUBMISSION_ID));
        kubelet.start(second);
        kubelet.exit(second, 1);

        app = awaitState("retry-app", AppState.FAILED);
        assertEquals(2, app.getStatus().getExecutionAttempts());
        assertEquals("driver container failed with ExitCode: 1, Reason: Error",
                app.getStatus().getApplicationState().getErrorMessage());
        assertEventsInOrder("retry-app", EventReasons.DRIVER_FAILED, EventReasons.APP_PENDING_RERUN,
                EventReasons.APP_SUBMITTED, EventReasons.DRIVER_FAILED, EventReasons.APP_FAILED);
    }

    @Test
    void oomKilledDriverFailsAndTheStatusSaysSo() {
        create("oom-app", a -> { });
        SparkApplication app = awaitState("oom-app", AppState.SUBMITTED);
        kubelet.start(driver(app));
        kubelet.oomKill(driver(app));
        app = awaitState("oom-app", AppState.FAILED);
        assertEquals("driver container failed with ExitCode: 137, Reason: OOMKilled",
                app.getStatus().getApplicationState().getErrorMessage());
        assertTrue(app.getStatus().getConditions().stream().anyMatch(c -> c.getType().equals("Failed")
                && c.getStatus().equals("True") && c.getMessage().contains("OOMKilled")));
    }

    @Test
    void invalidSpecFailsSubmissionWithTheProblemAndAWarning() {
        create("bad-memory", a -> a.getSpec().getDriver().setMemory("2Gi"));
        SparkApplication app = awaitState("bad-memory", AppState.FAILED);
        String message = app.getStatus().getApplicationState().getErrorMessage();
        assertTrue(message.contains("spec.driver.memory: '2Gi'"), message);
        assertEquals(1, app.getStatus().getSubmissionAttempts());
        assertEquals(0, client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, "bad-memory").list().getItems().size());
        Event failed = events("bad-memory").stream()
                .filter(e -> e.getReason().equals(EventReasons.APP_SUBMISSION_FAILED)).findFirst().orElseThrow();
        assertEquals("Warning", failed.getType());
    }

    @Test
    void executorFailureIsRecordedWithItsExitCodeAndReason() {
        create("exec-fail", a -> { });
        SparkApplication app = awaitState("exec-fail", AppState.SUBMITTED);
        Pod driver = driver(app);
        kubelet.start(driver);
        awaitState("exec-fail", AppState.RUNNING);
        Pod executor = kubelet.createExecutor(driver, 1);
        kubelet.start(executor);
        kubelet.oomKill(executor);
        awaitExecutor("exec-fail", executor.getMetadata().getName(), ExecutorState.FAILED);
        await().atMost(WAIT).until(() -> events("exec-fail").stream().anyMatch(e ->
                e.getReason().equals(EventReasons.EXECUTOR_FAILED)
                        && e.getMessage().equals("Executor " + executor.getMetadata().getName()
                                + " failed with ExitCode: 137, Reason: OOMKilled")));
        assertEquals(AppState.RUNNING, get("exec-fail").getStatus().getApplicationState().getState());
    }

    @Test
    void specChangeWhileRunningTearsDownAndResubmits() {
        create("edit-app", a -> { });
        SparkApplication app = awaitState("edit-app", AppState.SUBMITTED);
        String firstSubmission = app.getStatus().getSubmissionID();
        kubelet.start(driver(app));
        awaitState("edit-app", AppState.RUNNING);

        client.resources(SparkApplication.class).inNamespace(NS).withName("edit-app")
                .edit(a -> { a.getSpec().setArguments(List.of("2000")); return a; });

        app = awaitCondition("edit-app", a -> a.getStatus().getApplicationState().getState() == AppState.SUBMITTED
                && !firstSubmission.equals(a.getStatus().getSubmissionID()));
        assertEquals(1, app.getStatus().getExecutionAttempts());
        assertEquals(app.getStatus().getSubmissionID(), driver(app).getMetadata().getLabels().get(Labels.SUBMISSION_ID));
        assertTrue(events("edit-app").stream().anyMatch(e -> e.getReason().equals(EventReasons.APP_SPEC_UPDATE_PROCESSED)));
    }

    @Test
    void suspendTearsDownTheRunAndResumeSubmitsAgain() {
        create("pause-app", a -> { });
        SparkApplication app = awaitState("pause-app", AppState.SUBMITTED);
        kubelet.start(driver(app));
        awaitState("pause-app", AppState.RUNNING);

        setSuspend("pause-app", true);
        app = awaitState("pause-app", AppState.SUSPENDED);
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("pause-app-driver").get() == null);
        assertTrue(app.getStatus().getConditions().stream()
                .anyMatch(c -> c.getType().equals("Suspended") && c.getStatus().equals("True")));

        setSuspend("pause-app", false);
        app = awaitCondition("pause-app", a -> a.getStatus().getApplicationState().getState() == AppState.SUBMITTED);
        assertNotNull(driver(app));
        assertEventsInOrder("pause-app", EventReasons.APP_SUSPENDING, EventReasons.APP_SUSPENDED,
                EventReasons.APP_RESUMING, EventReasons.APP_SUBMITTED);
    }

    @Test
    void finishedApplicationIsDeletedWhenItsTimeToLiveIsOver() {
        create("ttl-app", a -> a.getSpec().setTimeToLiveSeconds(3L));
        SparkApplication app = awaitState("ttl-app", AppState.SUBMITTED);
        kubelet.succeed(driver(app));
        app = awaitState("ttl-app", AppState.COMPLETED);
        java.time.Instant finished = java.time.Instant.parse(app.getStatus().getTerminationTime());
        await().atMost(WAIT).until(() -> get("ttl-app") == null);
        assertTrue(!java.time.Instant.now().isBefore(finished.plusSeconds(3)), "deleted before its time to live was over");
    }

    @Test
    void anApiErrorInTheMiddleOfASubmissionIsRetriedAndLeavesExactlyOneDriver() {
        // ConfigMap creates fail after the driver pod exists, as if the operator died there; the client's
        // own retry gives up (its limit is 1 in tests), so the operator's retry has to finish the job.
        server.expect().post().withPath("/api/v1/namespaces/" + NS + "/configmaps")
                .andReturn(500, "{\"kind\":\"Status\",\"code\":500,\"message\":\"etcdserver: leader changed\"}")
                .times(3);
        create("crash-app", a -> { });
        SparkApplication app = awaitState("crash-app", AppState.SUBMITTED);
        List<Pod> drivers = client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, "crash-app")
                .withLabel(Labels.SPARK_ROLE, Labels.ROLE_DRIVER).list().getItems();
        assertEquals(1, drivers.size());
        assertEquals(app.getStatus().getSubmissionID(), drivers.get(0).getMetadata().getLabels().get(Labels.SUBMISSION_ID));
        assertEquals(1, app.getStatus().getSubmissionAttempts());
        assertOwnedByDriver(drivers.get(0));
        await().atMost(WAIT).until(() -> events("crash-app").stream()
                .anyMatch(e -> e.getReason().equals(EventReasons.RECONCILE_FAILED) && e.getMessage().contains("leader changed")));
    }

    @Test
    void aTransitionIsFiredAndRecordedOnceWhenTheFirstStatusWriteIsRefusedWithAConflict() {
        server.expect().put().withPath("/apis/sparkoperator.k8s.io/v1beta2/namespaces/" + NS
                        + "/sparkapplications/conflict-app/status")
                .andReturn(409, "{\"kind\":\"Status\",\"code\":409,\"reason\":\"Conflict\",\"message\":\"the object has been modified\"}")
                .once();
        create("conflict-app", a -> { });
        SparkApplication app = awaitState("conflict-app", AppState.SUBMITTED);
        kubelet.start(driver(app));
        awaitState("conflict-app", AppState.RUNNING);
        var submitted = transitions.of("conflict-app").stream()
                .filter(t -> t.from() == AppState.NEW && t.to() == AppState.SUBMITTED).toList();
        assertEquals(1, submitted.size(), () -> "fired " + transitions.of("conflict-app"));
        assertEquals(AppState.SUBMITTED, submitted.get(0).application().getStatus().getApplicationState().getState());
        assertEquals(1, events("conflict-app").stream()
                .filter(e -> e.getReason().equals(EventReasons.APP_SUBMITTED)).count());
        await().atMost(WAIT).until(() -> transitions.of("conflict-app").stream()
                .anyMatch(t -> t.from() == AppState.SUBMITTED && t.to() == AppState.RUNNING));
    }

    @Test
    void executorChangesAreFiredAfterTheirStatusIsWritten() {
        create("exec-fired", a -> { });
        SparkApplication app = awaitState("exec-fired", AppState.SUBMITTED);
        Pod driver = driver(app);
        kubelet.start(driver);
        awaitState("exec-fired", AppState.RUNNING);
        Pod executor = kubelet.createExecutor(driver, 1);
        kubelet.start(executor);
        awaitExecutor("exec-fired", executor.getMetadata().getName(), ExecutorState.RUNNING);
        await().atMost(WAIT).untilAsserted(() -> assertTrue(transitions.executorsOf("exec-fired").stream()
                .anyMatch(t -> t.to() == ExecutorState.RUNNING
                        && t.application().getStatus().getExecutorState().get(t.executorPod()) == ExecutorState.RUNNING),
                () -> "fired " + transitions.executorsOf("exec-fired")));
    }

    @Test
    void aDriverTheApiServerForbidsIsRetriedByTheRestartPolicyThenFailsAndLeavesNoUiService() {
        String ns = "over-quota";
        server.expect().post().withPath("/api/v1/namespaces/" + ns + "/pods")
                .andReturn(403, apiStatus(403, "Forbidden", "pods \"quota-app-driver\" is forbidden: exceeded quota: "
                        + "compute, requested: limits.memory=1408Mi, used: limits.memory=1Gi, limited: limits.memory=2Gi"))
                .always();
        RestartPolicy policy = new RestartPolicy();
        policy.setType(RestartPolicyType.ON_FAILURE);
        policy.setOnSubmissionFailureRetries(1);
        policy.setOnSubmissionFailureRetryInterval(1L);
        create(ns, "quota-app", a -> a.getSpec().setRestartPolicy(policy));

        SparkApplication app = awaitCondition(ns, "quota-app", a -> a.getStatus().getApplicationState().getState() == AppState.FAILED);
        assertEquals(2, app.getStatus().getSubmissionAttempts());
        assertNotNull(app.getStatus().getTerminationTime());
        assertTrue(app.getStatus().getApplicationState().getErrorMessage().contains("exceeded quota"),
                app.getStatus().getApplicationState().getErrorMessage());
        assertNull(client.services().inNamespace(ns).withName("quota-app-ui-svc").get());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(EventReasons.APP_ADDED, EventReasons.APP_SUBMISSION_FAILED,
                EventReasons.APP_SUBMISSION_FAILED, EventReasons.APP_FAILED), reasons(ns, "quota-app")));
    }

    @Test
    void aDriverTheApiServerFindsInvalidFailsAtOnceWithRestartPolicyNever() {
        String ns = "invalid-labels";
        server.expect().post().withPath("/api/v1/namespaces/" + ns + "/pods")
                .andReturn(422, apiStatus(422, "Invalid", "Pod \"label-app-driver\" is invalid: metadata.labels: "
                        + "Invalid value: \"not ok\": a valid label must be an empty string or consist of alphanumeric characters"))
                .always();
        create(ns, "label-app", a -> a.getSpec().getDriver().setLabels(java.util.Map.of("team", "not ok")));

        SparkApplication app = awaitCondition(ns, "label-app", a -> a.getStatus().getApplicationState().getState() == AppState.FAILED);
        assertEquals(1, app.getStatus().getSubmissionAttempts());
        assertTrue(app.getStatus().getApplicationState().getErrorMessage().contains("metadata.labels: Invalid value"));
        assertNull(client.services().inNamespace(ns).withName("label-app-ui-svc").get());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(EventReasons.APP_ADDED,
                EventReasons.APP_SUBMISSION_FAILED, EventReasons.APP_FAILED), reasons(ns, "label-app")));
    }

    @Test
    void aRestartedOperatorDecidesOnAnAdoptedDriverThatAlreadyFinishedInTheSameReconcile() {
        // The operator "dies" after creating the driver and before writing SUBMITTED (the status write
        // fails); the driver finishes meanwhile, so no pod event comes after the retried reconcile.
        server.expect().put().withPath("/apis/sparkoperator.k8s.io/v1beta2/namespaces/" + NS + "/sparkapplications/adopted/status")
                .andReturn(500, apiStatus(500, "InternalError", "etcdserver: request timed out"))
                .times(2);
        create("adopted", a -> { });
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("adopted-driver").get() != null);
        kubelet.succeed(client.pods().inNamespace(NS).withName("adopted-driver").get());

        SparkApplication app = awaitState("adopted", AppState.COMPLETED);
        assertEquals(1, app.getStatus().getExecutionAttempts());
        assertEquals(1, client.pods().inNamespace(NS).withLabel(Labels.APP_NAME, "adopted").list().getItems().size());
    }

    @Test
    void aDriverTheApiServerHasButThePodCacheHasNotSeenDoesNotFailTheRunAfterTheGracePeriod() {
        create("lagging", a -> { });
        SparkApplication app = awaitState("lagging", AppState.SUBMITTED);
        kubelet.start(recreateOutsideThePodCache(driver(app), java.util.Map.of()));

        app = awaitState("lagging", AppState.RUNNING); // after the 10 s grace period, from the API server's pod
        assertEquals(1, app.getStatus().getSubmissionAttempts());
        assertTrue(events("lagging").stream().noneMatch(e -> EventReasons.DRIVER_NOT_FOUND.equals(e.getReason())),
                "no SparkDriverNotFound: " + reasons(NS, "lagging"));
    }

    @Test
    void aDriverGoneFromTheApiServerFailsTheRunAfterTheGracePeriodEvenWithAnOlderRunsPodUnderItsName() {
        create("vanished", a -> { });
        SparkApplication app = awaitState("vanished", AppState.SUBMITTED);
        // Owned by the application but of another submission: not this run's driver.
        recreateOutsideThePodCache(driver(app), java.util.Map.of(Labels.SUBMISSION_ID, "an-older-run"));

        app = awaitState("vanished", AppState.FAILED);
        assertEquals("driver pod not found", app.getStatus().getApplicationState().getErrorMessage());
        assertEventsInOrder("vanished", EventReasons.APP_SUBMITTED, EventReasons.DRIVER_NOT_FOUND, EventReasons.APP_FAILED);
    }

    @Test
    void aCompletedApplicationIsNeverReRunByASpecEditAndATimeToLiveEditOnlyDeletesIt() {
        create("done-app", a -> { });
        SparkApplication app = awaitState("done-app", AppState.SUBMITTED);
        String submission = app.getStatus().getSubmissionID();
        kubelet.succeed(driver(app));
        awaitState("done-app", AppState.COMPLETED);

        client.resources(SparkApplication.class).inNamespace(NS).withName("done-app")
                .edit(a -> { a.getSpec().setArguments(List.of("5000")); return a; });
        app = awaitCondition("done-app", a -> java.util.Objects.equals(a.getStatus().getObservedGeneration(), a.getMetadata().getGeneration()));
        assertEquals(AppState.COMPLETED, app.getStatus().getApplicationState().getState());
        assertEquals(submission, app.getStatus().getSubmissionID());
        assertEquals(1, app.getStatus().getExecutionAttempts());
        Long generation = app.getMetadata().getGeneration();
        assertTrue(app.getStatus().getConditions().stream().allMatch(c -> generation.equals(c.getObservedGeneration())));

        client.resources(SparkApplication.class).inNamespace(NS).withName("done-app")
                .edit(a -> { a.getSpec().setTimeToLiveSeconds(0L); return a; });
        await().atMost(WAIT).until(() -> get("done-app") == null);
        assertEquals(0, events("done-app").stream().filter(e -> e.getReason().equals(EventReasons.APP_SUBMITTED)).count() - 1);
    }

    @Test
    void aTimeToLiveEditWhileRunningDoesNotTouchTheRun() {
        create("ttl-edit", a -> { });
        SparkApplication app = awaitState("ttl-edit", AppState.SUBMITTED);
        kubelet.start(driver(app));
        awaitState("ttl-edit", AppState.RUNNING);
        client.resources(SparkApplication.class).inNamespace(NS).withName("ttl-edit")
                .edit(a -> { a.getSpec().setTimeToLiveSeconds(3600L); return a; });
        app = awaitCondition("ttl-edit", a -> java.util.Objects.equals(a.getStatus().getObservedGeneration(), a.getMetadata().getGeneration()));
        assertEquals(AppState.RUNNING, app.getStatus().getApplicationState().getState());
        assertTrue(events("ttl-edit").stream().noneMatch(e -> e.getReason().equals(EventReasons.APP_SPEC_UPDATE_PROCESSED)));
    }

    @Test
    void aForeignServiceUnderTheUiServiceNameIsNeverTakenOverAndTheConflictIsReported() {
        client.resource(new io.fabric8.kubernetes.api.model.ServiceBuilder()
                .withNewMetadata().withName("taken-ui-svc").withNamespace(NS).addToLabels("owner", "someone").endMetadata()
                .withNewSpec().addToSelector("app", "theirs").addNewPort().withPort(80).endPort().endSpec()
                .build()).create();
        create("taken", a -> { });
        SparkApplication app = awaitState("taken", AppState.FAILED);
        String message = app.getStatus().getApplicationState().getErrorMessage();
        assertEquals("Service default/taken-ui-svc already exists and was not created by the operator for this "
                + "application; delete or rename it", message);
        Service theirs = client.services().inNamespace(NS).withName("taken-ui-svc").get();
        assertEquals(java.util.Map.of("app", "theirs"), theirs.getSpec().getSelector());
        assertTrue(theirs.getMetadata().getOwnerReferences() == null || theirs.getMetadata().getOwnerReferences().isEmpty());
        assertNull(client.pods().inNamespace(NS).withName("taken-driver").get());
        await().atMost(WAIT).until(() -> events("taken").stream().anyMatch(e ->
                e.getReason().equals(EventReasons.APP_SUBMISSION_FAILED) && e.getMessage().contains(message)));
    }

    @Test
    void aForeignPodUnderTheDriverNameIsReportedAndLeftAlone() {
        client.resource(new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName("squatted-driver").withNamespace(NS).addToLabels("owner", "someone").endMetadata()
                .withNewSpec().addNewContainer().withName("main").withImage("busybox").endContainer().endSpec()
                .build()).create();
        create("squatted", a -> { });
        SparkApplication app = awaitState("squatted", AppState.FAILED);
        assertEquals("Pod default/squatted-driver already exists and was not created by the operator for this "
                + "application; delete or rename it", app.getStatus().getApplicationState().getErrorMessage());
        Pod theirs = client.pods().inNamespace(NS).withName("squatted-driver").get();
        assertEquals(java.util.Map.of("owner", "someone"), theirs.getMetadata().getLabels());
        assertNull(client.services().inNamespace(NS).withName("squatted-ui-svc").get());
        await().atMost(WAIT).until(() -> events("squatted").stream().anyMatch(e -> e.getReason().equals(EventReasons.APP_FAILED)));
    }

    @Test
    void theOperatorSdkMetricsCarryNoApplicationNames() {
        create("metered", a -> { });
        awaitState("metered", AppState.SUBMITTED);
        var sdkMeters = meters.getMeters().stream().filter(m -> m.getId().getName().startsWith("operator.sdk.")).toList();
        assertTrue(!sdkMeters.isEmpty(), "the operator SDK records metrics");
        assertEquals(List.of(), sdkMeters.stream()
                .filter(m -> m.getId().getTags().stream().anyMatch(t -> t.getValue().equals("metered")))
                .map(m -> m.getId().toString()).toList());
    }

    // ---------------------------------------------------------------- helpers

    private static String apiStatus(int code, String reason, String message) {
        return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":" + code
                + ",\"reason\":\"" + reason + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
    }

    private SparkApplication manifest(String namespace, String name, Consumer<SparkApplication> customise) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(namespace);
        customise.accept(app);
        return app;
    }

    private SparkApplication create(String namespace, String name, Consumer<SparkApplication> customise) {
        return client.resource(manifest(namespace, name, customise)).create();
    }

    private SparkApplication awaitCondition(String namespace, String name, java.util.function.Predicate<SparkApplication> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            SparkApplication app = client.resources(SparkApplication.class).inNamespace(namespace).withName(name).get();
            return app != null && app.getStatus() != null && app.getStatus().getApplicationState() != null
                    && condition.test(app);
        });
        return client.resources(SparkApplication.class).inNamespace(namespace).withName(name).get();
    }

    private List<String> reasons(String namespace, String name) {
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()))
                .sorted(java.util.Comparator.comparing((Event e) -> e.getMetadata().getName().substring(name.length() + 1),
                        java.util.Comparator.comparingLong(n -> Long.parseLong(n, 16))))
                .map(Event::getReason).toList();
    }

    private SparkApplication create(String name, Consumer<SparkApplication> customise) {
        return create(NS, name, customise);
    }

    private static RestartPolicy onFailure(int retries) {
        RestartPolicy policy = new RestartPolicy();
        policy.setType(RestartPolicyType.ON_FAILURE);
        policy.setOnFailureRetries(retries);
        policy.setOnFailureRetryInterval(1L);
        return policy;
    }

    private void setSuspend(String name, boolean suspend) {
        client.resources(SparkApplication.class).inNamespace(NS).withName(name)
                .edit(a -> { a.getSpec().setSuspend(suspend); return a; });
    }

    private SparkApplication get(String name) {
        return client.resources(SparkApplication.class).inNamespace(NS).withName(name).get();
    }

    private SparkApplication awaitState(String name, AppState state) {
        return awaitCondition(name, a -> a.getStatus().getApplicationState().getState() == state);
    }

    private SparkApplication awaitCondition(String name, java.util.function.Predicate<SparkApplication> condition) {
        return awaitCondition(NS, name, condition);
    }

    private void awaitExecutor(String name, String pod, ExecutorState state) {
        awaitCondition(name, a -> a.getStatus().getExecutorState() != null
                && a.getStatus().getExecutorState().get(pod) == state);
    }

    private Pod driver(SparkApplication app) {
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(app.getStatus().getDriverInfo().getPodName()).get() != null);
        return client.pods().inNamespace(NS).withName(app.getStatus().getDriverInfo().getPodName()).get();
    }

    /**
     * The pod cache follows pods labelled launched-by-spark-operator=true: the driver created again without that
     * label (and with {@code labels}) is on the API server and never in the cache, as a driver is while the
     * cache's watch lags behind.
     */
    private Pod recreateOutsideThePodCache(Pod driver, java.util.Map<String, String> labels) {
        client.resource(driver).delete();
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(driver.getMetadata().getName()).get() == null);
        return client.resource(new io.fabric8.kubernetes.api.model.PodBuilder(driver).editMetadata()
                .withResourceVersion(null).withUid(null).withCreationTimestamp(null)
                .removeFromLabels(Labels.LAUNCHED_BY_OPERATOR).addToLabels(labels).endMetadata().build()).create();
    }

    private void assertOwnedByDriver(Pod driver) {
        String uid = driver.getMetadata().getUid();
        List<ConfigMap> confs = client.configMaps().inNamespace(NS).list().getItems().stream()
                .filter(c -> c.getMetadata().getOwnerReferences().stream().anyMatch(o -> uid.equals(o.getUid())))
                .toList();
        List<Service> services = client.services().inNamespace(NS).list().getItems().stream()
                .filter(s -> s.getMetadata().getOwnerReferences().stream().anyMatch(o -> uid.equals(o.getUid())))
                .toList();
        assertTrue(confs.stream().anyMatch(c -> c.getData().containsKey("spark.properties")), "spark.properties ConfigMap");
        assertEquals(1, services.size(), "headless driver Service");
    }

    private List<Event> events(String name) {
        return client.v1().events().inNamespace(NS).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()))
                .sorted(java.util.Comparator.comparing((Event e) -> e.getMetadata().getName().substring(name.length() + 1),
                        java.util.Comparator.comparingLong(s -> Long.parseLong(s, 16))))
                .toList();
    }

    private void assertEventsInOrder(String name, String... reasons) {
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> seen = events(name).stream().map(Event::getReason).toList();
            int at = 0;
            for (String reason : reasons) {
                int found = seen.subList(at, seen.size()).indexOf(reason);
                assertTrue(found >= 0, "expected " + reason + " after position " + at + " in " + seen);
                at += found + 1;
            }
        });
    }
}
