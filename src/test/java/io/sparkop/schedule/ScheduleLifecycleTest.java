package io.sparkop.schedule;

import static io.sparkop.schedule.ClusterSchedules.runName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduleState;
import io.sparkop.kube.EventReasons;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Suspending, editing, deleting, restarting, missed runs and bad input, with a clock the tests move. */
@QuarkusTest
@TestProfile(ScheduleTestProfile.class)
@WithKubernetesTestServer
class ScheduleLifecycleTest extends ScheduleClusterTest {

    @Test
    void suspendingStopsRunsAndResumingWaitsForTheNextFutureTime() {
        startHourly("pausable");
        schedules.editSpec("pausable", spec -> spec.setSuspend(true));
        schedules.awaitStatus("pausable", s -> s.getNextRun() == null);
        assertEquals(Optional.empty(), timers.wakeTime(id("pausable")));
        at("2026-11-25T01:00:00Z");
        schedules.assertRunsStay("pausable", List.of());

        at("2026-11-25T01:02:00Z"); // the 01:00 run would still be within the missed-run deadline
        schedules.editSpec("pausable", spec -> spec.setSuspend(false));
        schedules.awaitStatus("pausable", s -> "2026-11-25T02:00:00Z".equals(s.getNextRun()));
        schedules.assertRunsStay("pausable", List.of());
        at("2026-11-25T02:00:00Z");
        schedules.awaitRuns("pausable", List.of(runName("pausable", "2026-11-25T02:00:00Z")));
    }

    @Test
    void editingAScheduleMovesItsTimerAtOnceAndDeletingCancelsIt() {
        startHourly("editable");
        assertEquals(Optional.of(Instant.parse("2026-11-25T01:00:00Z")), timers.wakeTime(id("editable")));
        schedules.editSpec("editable", spec -> {
            spec.setSchedule("15 3 * * *");
            spec.setTimeZone("Europe/Amsterdam");
        });
        schedules.awaitStatus("editable", s -> "2026-11-25T02:15:00Z".equals(s.getNextRun()));
        assertEquals(Optional.of(Instant.parse("2026-11-25T02:15:00Z")), timers.wakeTime(id("editable")));

        schedules.delete("editable");
        Awaitility.await().atMost(ClusterSchedules.PATIENCE).until(() -> timers.wakeTime(id("editable")).isEmpty());
        at("2026-11-25T02:15:00Z");
        schedules.assertRunsStay("editable", List.of());
    }

    @Test
    void aRunMissedByLessThanTheDeadlineStartsOnceAndALaterOneIsSkipped() {
        startHourly("missed");
        at("2026-11-25T01:04:59Z"); // as if the operator had been down from 00:59 until now
        String run = runName("missed", "2026-11-25T01:00:00Z");
        var status = schedules.awaitStatus("missed", s -> run.equals(s.getLastRunName()));
        assertEquals("2026-11-25T01:00:00Z", status.getLastRun());
        assertEquals("2026-11-25T02:00:00Z", status.getNextRun());

        at("2026-11-25T02:05:00Z"); // exactly the deadline (5m) late: too late
        status = schedules.awaitStatus("missed", s -> "2026-11-25T03:00:00Z".equals(s.getNextRun()));
        assertEquals(run, status.getLastRunName());
        schedules.assertRunsStay("missed", List.of(run));
        assertEquals(List.of("STARTED " + run, "MISSED " + runName("missed", "2026-11-25T02:00:00Z")),
                outcomesOf("missed"));
        assertEquals("Warning", schedules.awaitEvent("missed", EventReasons.RUN_MISSED).getType());
    }

    @Test
    void aRestartRebuildsTheTimerFromTheStatusAndNeverStartsARunTwice() {
        startHourly("restarted");
        at("2026-11-25T01:00:00Z");
        String run = runName("restarted", "2026-11-25T01:00:00Z");
        schedules.awaitStatus("restarted", s -> run.equals(s.getLastRunName()));

        // A restart after the run was created but before its status was written: the old status is back
        // and the in-memory timer is gone. The next reconcile (here: after an edit) must put both right.
        at("2026-11-25T01:01:00Z");
        schedules.editStatus("restarted", s -> {
            s.setLastRun(null);
            s.setLastRunName(null);
            s.setNextRun("2026-11-25T01:00:00Z");
        });
        timers.cancel(id("restarted"));
        schedules.editSpec("restarted", spec -> spec.setFailedRunHistoryLimit(1));

        var status = schedules.awaitStatus("restarted", s -> run.equals(s.getLastRunName()));
        assertEquals("2026-11-25T01:00:00Z", status.getLastRun());
        assertEquals("2026-11-25T02:00:00Z", status.getNextRun());
        assertEquals(Optional.of(Instant.parse("2026-11-25T02:00:00Z")), timers.wakeTime(id("restarted")));
        schedules.assertRunsStay("restarted", List.of(run));
    }

    @Test
    void invalidSchedulesFailValidationWithAWarningAndOtherSchedulesCarryOn() {
        at("2026-11-24T12:00:00Z");
        schedules.create("bad-minute", "61 * * * *", null);
        var badZone = ScheduleFixtures.schedule("bad-zone", "0 2 * * *", null);
        badZone.getSpec().setTimeZone("Mars/Olympus");
        schedules.create(badZone);
        schedules.create("good", "0 2 * * *", null);

        assertFailedValidation("bad-minute", "spec.schedule: \"61 * * * *\": minute 61 is out of range 0-59");
        assertFailedValidation("bad-zone", "spec.timeZone: \"Mars/Olympus\" is not a known time zone");
        schedules.awaitStatus("good", s -> "2026-11-25T02:00:00Z".equals(s.getNextRun()));

        schedules.editSpec("bad-minute", spec -> spec.setSchedule("1 * * * *"));
        var fixed = schedules.awaitStatus("bad-minute", s -> s.getScheduleState() == ScheduleState.SCHEDULED);
        assertNull(fixed.getReason());
        assertEquals("2026-11-24T12:01:00Z", fixed.getNextRun());
        at("2026-11-25T02:00:00Z");
        schedules.awaitRuns("good", List.of(runName("good", "2026-11-25T02:00:00Z")));
        assertEquals(List.of(), schedules.runs("bad-zone"));
    }

    private void assertFailedValidation(String name, String reason) {
        var status = schedules.awaitStatus(name, s -> s.getScheduleState() == ScheduleState.FAILED_VALIDATION);
        assertEquals(reason, status.getReason());
        assertNull(status.getNextRun());
        var event = schedules.awaitEvent(name, EventReasons.SCHEDULE_FAILED_VALIDATION);
        assertEquals("Warning", event.getType());
        assertEquals(reason, event.getMessage());
        assertEquals(Optional.empty(), timers.wakeTime(id(name)));
    }

    private void startHourly(String name) {
        startHourly(name, ConcurrencyPolicy.FORBID);
    }

    private ResourceID id(String name) {
        return new ResourceID(name, ClusterSchedules.NAMESPACE);
    }
}
