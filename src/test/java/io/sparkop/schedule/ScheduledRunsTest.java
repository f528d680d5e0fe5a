package io.sparkop.schedule;

import io.sparkop.kube.EventReasons;
import static io.sparkop.schedule.ClusterSchedules.runName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduleState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs start when the (test) clock says so, named, labelled and owned as kubeflow's are, per concurrency policy. */
@QuarkusTest
@TestProfile(ScheduleTestProfile.class)
@WithKubernetesTestServer
class ScheduledRunsTest extends ScheduleClusterTest {

    @Test
    void aRunStartsOnTimeFromTheTemplateOwnedAndLabelledByItsSchedule() {
        at("2026-11-24T12:00:00Z");
        var template = ScheduleFixtures.schedule("nightly", "0 2 * * *", ConcurrencyPolicy.FORBID);
        template.getMetadata().setLabels(Map.of("team", "data"));
        var schedule = schedules.create(template);
        var status = schedules.awaitStatus("nightly", s -> s.getNextRun() != null);
        assertEquals(ScheduleState.SCHEDULED, status.getScheduleState());
        assertEquals("2026-11-25T02:00:00Z", status.getNextRun());
        assertEquals(Optional.of(Instant.parse("2026-11-25T02:00:00Z")),
                timers.wakeTime(ResourceID.fromResource(schedule)));

        at("2026-11-25T01:59:59Z");
        schedules.assertRunsStay("nightly", List.of());
        clock.advance(Duration.ofSeconds(1));
        schedules.awaitRuns("nightly", List.of("nightly-1795572000"));

        var run = schedules.run("nightly-1795572000");
        assertEquals(Map.of("team", "data", "sparkoperator.k8s.io/scheduled-app-name", "nightly"),
                run.getMetadata().getLabels());
        var owner = run.getMetadata().getOwnerReferences().get(0);
        assertEquals(List.of("ScheduledSparkApplication", "nightly", schedule.getMetadata().getUid(), "true"),
                List.of(owner.getKind(), owner.getName(), owner.getUid(), String.valueOf(owner.getController())));
        var json = client.getKubernetesSerialization();
        assertEquals(json.asJson(template.getSpec().getTemplate()), json.asJson(run.getSpec()));
        status = schedules.awaitStatus("nightly", s -> "nightly-1795572000".equals(s.getLastRunName()));
        assertEquals("2026-11-25T02:00:00Z", status.getLastRun());
        assertEquals("2026-11-26T02:00:00Z", status.getNextRun());
    }

    @Test
    void forbidSkipsARunWhileThePreviousOneIsUnfinished() {
        startHourly("forbid", ConcurrencyPolicy.FORBID);
        String first = runAt("forbid", "2026-11-25T01:00:00Z");

        at("2026-11-25T02:00:00Z");
        schedules.awaitStatus("forbid", s -> "2026-11-25T03:00:00Z".equals(s.getNextRun()));
        schedules.assertRunsStay("forbid", List.of(first));
        assertEquals(first, schedules.get("forbid").getStatus().getLastRunName());

        schedules.finish(first, AppState.COMPLETED);
        String third = runAt("forbid", "2026-11-25T03:00:00Z");
        assertEquals(List.of(first, third), schedules.runs("forbid"));
        String second = runName("forbid", "2026-11-25T02:00:00Z");
        org.awaitility.Awaitility.await().atMost(ClusterSchedules.PATIENCE).until(() -> outcomesOf("forbid").size() == 3);
        assertEquals(List.of("STARTED " + first, "SKIPPED " + second, "STARTED " + third), outcomesOf("forbid"));
        var skipped = schedules.awaitEvent("forbid", EventReasons.RUN_SKIPPED);
        assertEquals("skipped run " + second + ": an earlier run is not finished (concurrencyPolicy Forbid)",
                skipped.getMessage());
        schedules.awaitEvent("forbid", EventReasons.RUN_STARTED);
    }

    @Test
    void replaceDeletesTheUnfinishedRunAndStartsTheNewOne() {
        startHourly("replace", ConcurrencyPolicy.REPLACE);
        runAt("replace", "2026-11-25T01:00:00Z");
        at("2026-11-25T02:00:00Z");
        schedules.awaitRuns("replace", List.of(runName("replace", "2026-11-25T02:00:00Z")));
    }

    @Test
    void allowStartsRunsSideBySide() {
        startHourly("allow", ConcurrencyPolicy.ALLOW);
        String first = runAt("allow", "2026-11-25T01:00:00Z");
        at("2026-11-25T02:00:00Z");
        schedules.awaitRuns("allow", List.of(first, runName("allow", "2026-11-25T02:00:00Z")));
    }

    @Test
    void finishedRunsBeyondTheHistoryLimitsAreDeletedOldestFirst() {
        at("2026-11-25T00:30:00Z");
        var schedule = ScheduleFixtures.schedule("history", "0 * * * *", ConcurrencyPolicy.ALLOW);
        schedule.getSpec().setSuccessfulRunHistoryLimit(2);
        schedules.create(schedule);
        schedules.awaitStatus("history", s -> s.getNextRun() != null);
        String[] runs = new String[5];
        for (int hour = 1; hour <= 5; hour++) {
            runs[hour - 1] = runAt("history", "2026-11-25T0" + hour + ":00:00Z");
        }
        for (int i = 0; i < 3; i++) {
            schedules.finish(runs[i], AppState.COMPLETED);
        }
        schedules.finish(runs[3], AppState.FAILED);
        schedules.finish(runs[4], AppState.FAILED);

        schedules.awaitRuns("history", List.of(runs[1], runs[2], runs[4]));
        var status = schedules.awaitStatus("history", s -> List.of(runs[4]).equals(s.getPastFailedRunNames()));
        assertEquals(List.of(runs[2], runs[1]), status.getPastSuccessfulRunNames());
        org.awaitility.Awaitility.await().atMost(ClusterSchedules.PATIENCE).until(() -> outcomesOf("history").stream()
                .filter(o -> o.startsWith("PRUNED")).count() == 2);
        assertEquals(List.of("PRUNED " + runs[0], "PRUNED " + runs[3]), outcomesOf("history").stream()
                .filter(o -> o.startsWith("PRUNED")).sorted().toList());
        schedules.awaitEvent("history", EventReasons.RUN_PRUNED);
    }

    /** Moves the clock to a run time and waits for that run and for the status recording it. */
    private String runAt(String schedule, String due) {
        at(due);
        String run = runName(schedule, due);
        schedules.awaitStatus(schedule, s -> run.equals(s.getLastRunName()));
        return run;
    }
}
