package io.sparkop.reconcile;

import io.sparkop.kube.EventReasons;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.restassured.RestAssured;
import io.sparkop.api.AppState;
import io.sparkop.api.ScheduleState;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.RawResources;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A manifest the model cannot read is reported on the resource itself and never stops the operator. */
@QuarkusTest
@WithKubernetesTestServer
class UnreadableResourceReportingTest {

    static final Path MALFORMED = Path.of("src/test/resources/malformed");

    @Inject
    KubernetesClient client;

    @Test
    void unreadableApplicationsEndSubmissionFailedWithTheProblemAndAWarningEvent() {
        for (String name : List.of("unknown-type", "cores-not-integer", "spec-string", "volume-emptydir-string")) {
            RawResources.create(client, MALFORMED.resolve(name + ".yaml"));
        }
        for (String name : List.of("unknown-type", "cores-not-integer", "spec-string", "volume-emptydir-string")) {
            String expected = io.sparkop.api.MalformedManifestTest.expectedProblem(MALFORMED.resolve(name + ".yaml"));
            SparkApplication app = awaitApp(name, AppState.SUBMISSION_FAILED);
            assertEquals(expected, app.getStatus().getApplicationState().getErrorMessage());
            Event event = awaitEvent(name, EventReasons.APP_SUBMISSION_FAILED);
            assertEquals("Warning", event.getType());
            assertEquals(expected, event.getMessage());
            assertEquals("SparkApplication", event.getInvolvedObject().getKind());
        }
    }

    @Test
    void unreadableSchedulesFailValidationAndTheOperatorStaysReady() {
        for (String name : List.of("schedule-concurrency", "schedule-template-cores", "schedule-template-missing")) {
            RawResources.create(client, MALFORMED.resolve(name + ".yaml"));
            String expected = io.sparkop.api.MalformedManifestTest.expectedProblem(MALFORMED.resolve(name + ".yaml"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                var schedule = client.resources(ScheduledSparkApplication.class)
                        .inNamespace("default").withName(name).get();
                return schedule.getStatus() != null
                        && schedule.getStatus().getScheduleState() == ScheduleState.FAILED_VALIDATION;
            });
            var schedule = client.resources(ScheduledSparkApplication.class).inNamespace("default").withName(name).get();
            assertEquals(expected, schedule.getStatus().getReason());
            assertEquals(expected, awaitEvent(name, EventReasons.SCHEDULE_FAILED_VALIDATION).getMessage());
        }
        RestAssured.when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    /** Fields a newer kubeflow (or a typo) adds are not a reason to refuse an application. */
    @Test
    void unknownFieldsAreIgnoredAndTheApplicationIsSubmitted() throws Exception {
        java.nio.file.Path manifest = java.nio.file.Files.createTempFile("unknown-fields", ".yaml");
        java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(Path.of("examples/spark-pi.yaml"))
                .replace("name: spark-pi", "name: unknown-fields")
                .replace("  type: Scala", "  type: Scala\n  fieldFromTheFuture: 42")
                .replace("    cores: 1\n    memory: 512m\n    serviceAccount", "    cores: 1\n    newDriverKnob: true\n    memory: 512m\n    serviceAccount"));
        RawResources.create(client, manifest);
        SparkApplication app = awaitApp("unknown-fields", AppState.SUBMITTED);
        assertEquals(null, app.getStatus().getApplicationState().getErrorMessage());
    }

    private SparkApplication awaitApp(String name, AppState state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var app = client.resources(SparkApplication.class).inNamespace("default").withName(name).get();
            return app.getStatus() != null && app.getStatus().getApplicationState() != null
                    && app.getStatus().getApplicationState().getState() == state;
        });
        return client.resources(SparkApplication.class).inNamespace("default").withName(name).get();
    }

    private Event awaitEvent(String involvedName, String reason) {
        await().atMost(Duration.ofSeconds(20)).until(() -> findEvent(involvedName, reason) != null);
        Event event = findEvent(involvedName, reason);
        assertTrue(event.getMetadata().getName().startsWith(involvedName + "."));
        return event;
    }

    private Event findEvent(String involvedName, String reason) {
        return client.v1().events().inNamespace("default").list().getItems().stream()
                .filter(e -> involvedName.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason()))
                .findFirst().orElse(null);
    }
}
