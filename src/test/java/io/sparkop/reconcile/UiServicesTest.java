package io.sparkop.reconcile;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.OperatorConfig;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.Times;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.Submission;
import io.sparkop.testing.Manifests;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The UI Service is created after the driver and not waited for (UiServices): its address still reaches the
 * status, refusals are reported without touching the run, and a Service lost to a restart is created again.
 */
@QuarkusTest
@WithKubernetesTestServer
class UiServicesTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KubernetesClient client;
    @Inject
    UiServices uiServices;
    @Inject
    OperatorConfig config;
    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void aSlowUiServiceHoldsUpNothingAndItsAddressGetsAWriteOfItsOwnWhenNoTransitionComes() {
        String ns = "ui-slow";
        // Both Service creates answer after 2 s (the driver's own Service, then the UI Service), as a busy API
        // server allocating ClusterIPs would; the answer carries the ClusterIP the status must name.
        Service allocated = new ServiceBuilder()
                .withNewMetadata().withName("waiting-ui-svc").withNamespace(ns).endMetadata()
                .withNewSpec().withClusterIP("10.96.0.42").addNewPort().withPort(4040).endPort().endSpec()
                .build();
        server.expect().post().delay(2, TimeUnit.SECONDS).withPath("/api/v1/namespaces/" + ns + "/services")
                .andReturn(201, allocated).times(2);
        client.resource(app(ns, "waiting", false)).create();
        SparkApplication app = awaitApp(ns, "waiting", a -> a.getStatus().getApplicationState().getState() == AppState.SUBMITTED);
        assertEquals("waiting-ui-svc", app.getStatus().getDriverInfo().getWebUIServiceName());
        assertEquals(4040, app.getStatus().getDriverInfo().getWebUIPort());
        assertNull(app.getStatus().getDriverInfo().getWebUIAddress(), "the submission did not wait for the UI Service");

        // No pod event comes (no kubelet here): the address waits sparkop.ui-service-address-wait (10 s in
        // tests) for a write to ride on, then gets one of its own.
        app = awaitApp(ns, "waiting", a -> a.getStatus().getDriverInfo().getWebUIAddress() != null);
        Duration waited = Duration.between(Times.parse(app.getStatus().getLastSubmissionAttemptTime()), Instant.now());
        assertEquals("10.96.0.42:4040", app.getStatus().getDriverInfo().getWebUIAddress());
        assertEquals(AppState.SUBMITTED, app.getStatus().getApplicationState().getState());
        assertTrue(waited.compareTo(config.uiServiceAddressWait()) >= 0,
                "no write of its own before the wait is over: " + waited);
        await().atMost(WAIT).until(() -> !uiServices.tracked(ns, "waiting-ui-svc"));
    }

    @Test
    void aUiServiceLostToARestartIsCreatedAgainFromTheStatus() {
        String ns = "ui-restart";
        SparkApplication app = suspended(ns, "restarted");
        String submissionId = UUID.randomUUID().toString();
        // what a reconcile after a restart asks: nothing was requested in this process
        assertEquals(Optional.empty(), uiServices.address(app, "restarted-ui-svc", submissionId));
        await().atMost(WAIT).until(() -> uiServices.knownAddress(ns, "restarted-ui-svc", submissionId).isPresent());
        Service ui = client.services().inNamespace(ns).withName("restarted-ui-svc").get();
        assertEquals(submissionId, ui.getMetadata().getLabels().get(Labels.SUBMISSION_ID));
        assertEquals(4040, ui.getSpec().getPorts().get(0).getTargetPort().getIntVal());
    }

    @Test
    void aServiceTakenBetweenTheCheckAndTheCreateIsReportedAndLeftAlone() {
        String ns = "ui-taken";
        SparkApplication app = suspended(ns, "late");
        client.resource(new ServiceBuilder()
                .withNewMetadata().withName("late-ui-svc").withNamespace(ns).addToLabels("owner", "someone").endMetadata()
                .withNewSpec().addToSelector("app", "theirs").addNewPort().withPort(80).endPort().endSpec()
                .build()).create();
        String submissionId = UUID.randomUUID().toString();
        uiServices.create(app, desired(app, submissionId));

        await().atMost(WAIT).until(() -> warnings(ns, "late").stream().anyMatch(e -> e.getMessage().equals(
                "Service ui-taken/late-ui-svc already exists and was not created by the operator for this application: "
                        + "the Spark UI has no Service")));
        Event warning = warnings(ns, "late").get(0);
        assertEquals(app.getMetadata().getUid(), warning.getInvolvedObject().getUid());
        assertEquals("SparkApplication", warning.getInvolvedObject().getKind());
        assertEquals("sparkoperator.k8s.io/v1beta2", warning.getInvolvedObject().getApiVersion());
        Service theirs = client.services().inNamespace(ns).withName("late-ui-svc").get();
        assertEquals(java.util.Map.of("app", "theirs"), theirs.getSpec().getSelector());
        assertTrue(theirs.getMetadata().getOwnerReferences() == null || theirs.getMetadata().getOwnerReferences().isEmpty());
        assertEquals(Optional.empty(), uiServices.knownAddress(ns, "late-ui-svc", submissionId));
        assertTrue(uiServices.tracked(ns, "late-ui-svc"), "not asked again for this submission");
    }

    @Test
    void aUiServiceTheApiServerRefusesIsReportedOnceAndNotRetried() {
        String ns = "ui-refused";
        SparkApplication app = suspended(ns, "quota");
        server.expect().post().withPath("/api/v1/namespaces/" + ns + "/services")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("services \"quota-ui-svc\" is forbidden: exceeded quota: no-services").build())
                .once();
        String submissionId = UUID.randomUUID().toString();
        uiServices.create(app, desired(app, submissionId));

        await().atMost(WAIT).until(() -> !warnings(ns, "quota").isEmpty());
        assertEquals(List.of("the API server refused the UI Service ui-refused/quota-ui-svc (403): services \"quota-ui-svc\" "
                + "is forbidden: exceeded quota: no-services"), warnings(ns, "quota").stream().map(Event::getMessage).toList());
        assertEquals(Optional.empty(), uiServices.address(app, "quota-ui-svc", submissionId), "not asked again");
        assertNull(client.services().inNamespace(ns).withName("quota-ui-svc").get());
    }

    /** An application the operator leaves alone (suspended, nothing to tear down any more): UiServices is driven directly. */
    private SparkApplication suspended(String ns, String name) {
        client.resource(app(ns, name, true)).create();
        return awaitApp(ns, name, a -> a.getStatus().getApplicationState().getState() == AppState.SUSPENDED);
    }

    private static SparkApplication app(String ns, String name, boolean suspended) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(ns);
        app.getSpec().setSuspend(suspended);
        return app;
    }

    private static Service desired(SparkApplication app, String submissionId) {
        return DriverResourcesBuilder.build(app, new Submission(submissionId, Instant.now(), Submission.IN_CLUSTER_MASTER))
                .uiService();
    }

    private SparkApplication awaitApp(String ns, String name, java.util.function.Predicate<SparkApplication> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            SparkApplication app = client.resources(SparkApplication.class).inNamespace(ns).withName(name).get();
            return app != null && app.getStatus() != null && app.getStatus().getApplicationState() != null
                    && condition.test(app);
        });
        SparkApplication app = client.resources(SparkApplication.class).inNamespace(ns).withName(name).get();
        assertNotNull(app);
        return app;
    }

    private List<Event> warnings(String ns, String name) {
        return client.v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()))
                .filter(e -> EventReasons.UI_SERVICE_FAILED.equals(e.getReason()))
                .toList();
    }
}
