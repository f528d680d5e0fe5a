package io.sparkop.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.reconcile.ApplicationTransition;
import io.sparkop.reconcile.ExecutorTransition;
import io.sparkop.schedule.ScheduleRunOutcome;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The running operator: transitions fired as the reconcilers fire them reach /q/metrics; the probes answer. */
@QuarkusTest
@WithKubernetesTestServer
class OpsEndpointsTest {

    @Inject
    Event<ApplicationTransition> applicationTransitions;
    @Inject
    Event<ExecutorTransition> executorTransitions;
    @Inject
    Event<ScheduleRunOutcome> scheduleOutcomes;
    @Inject
    KubernetesClient client;
    @Inject
    CachedResources caches;
    @Inject
    SparkAppMetrics metrics;

    @Test
    void transitionsObservedAsCdiEventsAreExposedUnderKubeflowNames() {
        for (Object event : MetricsFixtures.lifecycles("ops-endpoints-test")) {
            if (event instanceof ApplicationTransition t) {
                applicationTransitions.fire(t);
            } else if (event instanceof ExecutorTransition t) {
                executorTransitions.fire(t);
            } else {
                scheduleOutcomes.fire((ScheduleRunOutcome) event);
            }
        }
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("spark_application_count{app_type=\"ops-endpoints-test\"} 2.0"), scrape);
        assertTrue(scrape.contains("spark_application_success_count{app_type=\"ops-endpoints-test\"} 1.0"), scrape);
        assertTrue(scrape.contains("spark_application_submit_latency_seconds_histogram_bucket{app_type=\"ops-endpoints-test\",le=\"0.5\"} 1.0"), scrape);
        assertTrue(scrape.contains("spark_executor_failure_count{app_type=\"ops-endpoints-test\"} 1.0"), scrape);
        assertTrue(scrape.contains("spark_scheduled_application_runs_total{app_type=\"ops-endpoints-test\",outcome=\"skipped\"} 1.0"), scrape);
        assertTrue(!scrape.contains("spark_application_count_total"), scrape);
    }

    /** The SDK's reconcile meters per controller, without a label per resource (issue 18: no per-application meters). */
    @Test
    void reconcileMetricsArePerControllerNotPerResource() {
        var app = MetricsFixtures.app("default", "ops-reconciled", Map.of(), AppState.NEW);
        app.setStatus(null);
        app.getMetadata().setCreationTimestamp(null);
        app.setSpec(io.sparkop.testing.Manifests.read(java.nio.file.Path.of("examples/spark-pi.yaml"), io.sparkop.api.SparkApplication.class).getSpec());
        client.resource(app).create();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String scrape = given().get("/q/metrics").then().extract().asString();
            assertTrue(scrape.contains("operator_sdk_controllers_execution_reconcile_seconds_count{controller=\"sparkapplication\""), scrape);
        });
        String scrape = given().get("/q/metrics").then().extract().asString();
        scrape.lines().filter(l -> l.startsWith("operator_sdk")).forEach(l ->
                assertTrue(!l.contains("ops-reconciled"), "per-resource label in " + l));
        await().atMost(Duration.ofSeconds(10)).until(() -> caches.applications().stream()
                .anyMatch(a -> a.getMetadata().getName().equals("ops-reconciled")));
        metrics.refreshGauges();
        assertTrue(given().get("/q/metrics").then().extract().asString().contains("spark_application_state_count{app_type=\"Unknown\",state=\"SUBMITTED\"}"));
    }

    @Test
    void probesAnswerWithTheirOwnChecks() {
        given().get("/q/health/started").then().log().ifValidationFails().statusCode(200).body("checks.name", hasItem(StartedCheck.NAME));
        given().get("/q/health/live").then().log().ifValidationFails().statusCode(200).body("checks.name", hasItem(WatchdogCheck.NAME))
                .body(not(containsString("Quarkus Operator SDK")));
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == '" + LeadershipCheck.NAME + "' }.data.isLeader", org.hamcrest.Matchers.is(true))
                .body("checks.find { it.name == '" + LeadershipCheck.NAME + "' }.data.electing", org.hamcrest.Matchers.is(false));
    }

    @Test
    void reconcileMdcNamesTheApplicationItsStateAndSubmission() {
        var app = MetricsFixtures.app("jobs", "mdc", Map.of(), AppState.RUNNING);
        ReconcileHooks.putMdc(app);
        assertEquals("jobs", MDC.get(ReconcileHooks.MDC_NAMESPACE));
        assertEquals("mdc", MDC.get(ReconcileHooks.MDC_NAME));
        assertEquals("RUNNING", MDC.get(ReconcileHooks.MDC_STATE));
        assertEquals("sub-mdc", MDC.get(ReconcileHooks.MDC_SUBMISSION_ID));
        ReconcileHooks.clearMdc();
        assertEquals(null, MDC.get(ReconcileHooks.MDC_NAME));
    }
}
