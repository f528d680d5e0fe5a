package io.sparkop.schedule;

import static io.sparkop.schedule.ScheduleFixtures.run;
import static io.sparkop.schedule.ScheduleFixtures.schedule;
import static io.sparkop.schedule.ScheduleFixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.api.AppState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduleState;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunPlanTest {

    static final Duration DEADLINE = Duration.ofMinutes(5);
    static final String DUE = "2026-11-25T02:00:00Z";
    static final String RUN = "nightly-1795572000";
    static final String YESTERDAY = "2026-11-24T02:00:00Z";
    static final String TOMORROW = "2026-11-26T02:00:00Z";

    @Test
    void aNewScheduleIsScheduledForItsNextTimeAndStartsNothing() {
        var plan = decide(schedule("nightly", "0 2 * * *", null), List.of(), "2026-11-24T12:00:00Z");
        assertEquals(ScheduleState.SCHEDULED, plan.status().getScheduleState());
        assertEquals(DUE, plan.status().getNextRun());
        assertEquals(Optional.empty(), plan.run());
        assertEquals(Optional.of(Instant.parse(DUE)), plan.wakeAt());
    }

    @Test
    void aRunNotYetDueWaits() {
        var schedule = scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, DUE);
        var plan = decide(schedule, List.of(), "2026-11-25T01:59:59Z");
        assertEquals(Optional.empty(), plan.run());
        assertEquals(DUE, plan.status().getNextRun());
        assertEquals(YESTERDAY, plan.status().getLastRun());
    }

    @ParameterizedTest(name = "at {0}")
    @CsvSource({"2026-11-25T02:00:00Z", "2026-11-25T02:00:01Z", "2026-11-25T02:04:59Z"})
    void aDueRunStartsNamedAfterItsTimeUntilTheDeadline(String now) {
        var plan = decide(scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, DUE), List.of(), now);
        assertEquals(RUN, plan.run().orElseThrow().getMetadata().getName());
        assertEquals(DUE, plan.status().getLastRun());
        assertEquals(RUN, plan.status().getLastRunName());
        assertEquals(TOMORROW, plan.status().getNextRun());
        assertEquals(Optional.of(Instant.parse(TOMORROW)), plan.wakeAt());
    }

    @ParameterizedTest(name = "at {0}")
    @CsvSource({"2026-11-25T02:05:00Z", "2026-11-25T09:00:00Z"})
    void aRunADeadlineLateIsSkippedAndTheScheduleCarriesOn(String now) {
        var plan = decide(scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, DUE), List.of(), now);
        assertEquals(Optional.empty(), plan.run());
        assertEquals(YESTERDAY, plan.status().getLastRun());
        assertEquals(TOMORROW, plan.status().getNextRun());
        assertEquals(Optional.of("skipped the run due at " + DUE
                + ": it is more than 5m late (sparkop.schedule.missed-run-deadline)"), plan.note());
    }

    @Test
    void manyMissedRunsStartOnceAsTheLatestWithinTheDeadline() {
        var schedule = schedule("hourly", "0 * * * *", ConcurrencyPolicy.ALLOW);
        schedule.setStatus(status("2026-11-25T00:00:00Z", "2026-11-25T01:00:00Z"));
        var plan = decide(schedule, List.of(), "2026-11-25T05:03:00Z");
        assertEquals("hourly-1795582800", plan.run().orElseThrow().getMetadata().getName()); // 05:00
        assertEquals("2026-11-25T05:00:00Z", plan.status().getLastRun());
        assertEquals("2026-11-25T06:00:00Z", plan.status().getNextRun());
    }

    @Test
    void aRunThatExistsAlreadyIsNeverStartedTwice() {
        // the run was created, then the operator stopped before writing the status
        var schedule = scheduled(ConcurrencyPolicy.FORBID, YESTERDAY, DUE);
        var plan = decide(schedule, List.of(run(schedule, DUE, null)), "2026-11-25T02:01:00Z");
        assertEquals(Optional.empty(), plan.run());
        assertEquals(DUE, plan.status().getLastRun());
        assertEquals(RUN, plan.status().getLastRunName());
        assertEquals(TOMORROW, plan.status().getNextRun());
    }

    @Test
    void aRunRecordedAsStartedIsNotStartedAgainEvenIfNextRunWasNotMoved() {
        var schedule = scheduled(ConcurrencyPolicy.ALLOW, DUE, DUE);
        var plan = decide(schedule, List.of(), "2026-11-25T02:01:00Z");
        assertEquals(Optional.empty(), plan.run());
        assertEquals(Optional.empty(), plan.note());
        assertEquals(TOMORROW, plan.status().getNextRun());
    }

    @Test
    void forbidSkipsTheRunWhileThePreviousOneIsUnfinished() {
        var schedule = scheduled(ConcurrencyPolicy.FORBID, YESTERDAY, DUE);
        var running = run(schedule, YESTERDAY, AppState.RUNNING);
        var plan = decide(schedule, List.of(running), "2026-11-25T02:00:00Z");
        assertEquals(Optional.empty(), plan.run());
        assertEquals(YESTERDAY, plan.status().getLastRun());
        assertEquals(TOMORROW, plan.status().getNextRun());
        assertEquals(Optional.of("skipped the run due at " + DUE + ": nightly-1795485600 not finished"
                + " (concurrencyPolicy Forbid)"), plan.note());
    }

    @ParameterizedTest(name = "previous run {0}")
    @CsvSource({"COMPLETED", "FAILED"})
    void forbidStartsTheRunOnceThePreviousOneFinished(AppState state) {
        var schedule = scheduled(ConcurrencyPolicy.FORBID, YESTERDAY, DUE);
        var plan = decide(schedule, List.of(run(schedule, YESTERDAY, state)), DUE);
        assertEquals(RUN, plan.run().orElseThrow().getMetadata().getName());
        assertEquals(List.of(), plan.replaced());
    }

    @Test
    void replaceDeletesUnfinishedRunsAndStartsTheNewOne() {
        var schedule = scheduled(ConcurrencyPolicy.REPLACE, YESTERDAY, DUE);
        var running = run(schedule, YESTERDAY, AppState.SUBMITTED);
        var plan = decide(schedule, List.of(running), DUE);
        assertEquals(RUN, plan.run().orElseThrow().getMetadata().getName());
        assertEquals(List.of(running), plan.replaced());
    }

    @ParameterizedTest(name = "policy {0}")
    @CsvSource(nullValues = "-", value = {"ALLOW", "-"})
    void allowStartsRunsSideBySide(ConcurrencyPolicy policy) {
        var schedule = scheduled(policy, YESTERDAY, DUE);
        var plan = decide(schedule, List.of(run(schedule, YESTERDAY, AppState.RUNNING)), DUE);
        assertEquals(RUN, plan.run().orElseThrow().getMetadata().getName());
        assertEquals(List.of(), plan.replaced());
    }

    @Test
    void aSuspendedScheduleStartsNothingAndPromisesNothing() {
        var schedule = scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, DUE);
        schedule.getSpec().setSuspend(true);
        var plan = decide(schedule, List.of(), "2026-11-25T02:00:00Z");
        assertEquals(Optional.empty(), plan.run());
        assertNull(plan.status().getNextRun());
        assertEquals(Optional.empty(), plan.wakeAt());
    }

    @Test
    void aResumedScheduleWaitsForItsNextFutureTime() {
        var schedule = scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, null); // as suspending left it
        var plan = decide(schedule, List.of(), "2026-11-25T02:01:00Z");
        assertEquals(Optional.empty(), plan.run());
        assertEquals(Optional.empty(), plan.note());
        assertEquals(TOMORROW, plan.status().getNextRun());
    }

    @Test
    void finishedRunsBeyondTheHistoryLimitsAreDeletedOldestFirst() {
        var schedule = scheduled(ConcurrencyPolicy.ALLOW, "2026-11-25T01:00:00Z", DUE);
        schedule.getSpec().setSuccessfulRunHistoryLimit(2);
        var done1 = run(schedule, "2026-11-21T02:00:00Z", AppState.COMPLETED);
        var done2 = run(schedule, "2026-11-22T02:00:00Z", AppState.COMPLETED);
        var done3 = run(schedule, "2026-11-23T02:00:00Z", AppState.COMPLETED);
        var failed1 = run(schedule, "2026-11-20T02:00:00Z", AppState.FAILED);
        var failed2 = run(schedule, "2026-11-24T02:00:00Z", AppState.FAILED);
        var running = run(schedule, "2026-11-25T01:00:00Z", AppState.RUNNING);
        var plan = decide(schedule, List.of(done2, failed1, running, done1, failed2, done3), "2026-11-25T01:30:00Z");
        assertEquals(List.of(name(done3), name(done2)), plan.status().getPastSuccessfulRunNames());
        assertEquals(List.of(name(failed2)), plan.status().getPastFailedRunNames());
        assertEquals(List.of(done1, failed1), plan.expired());
    }

    @Test
    void withoutFinishedRunsThePastRunListsAreLeftOut() {
        var plan = decide(scheduled(ConcurrencyPolicy.ALLOW, YESTERDAY, DUE), List.of(), "2026-11-25T01:00:00Z");
        assertNull(plan.status().getPastSuccessfulRunNames());
        assertNull(plan.status().getPastFailedRunNames());
        assertTrue(plan.expired().isEmpty());
    }

    private static ScheduledSparkApplication scheduled(ConcurrencyPolicy policy, String lastRun, String nextRun) {
        var schedule = schedule("nightly", "0 2 * * *", policy);
        schedule.setStatus(status(lastRun, nextRun));
        return schedule;
    }

    private static RunPlan decide(ScheduledSparkApplication schedule, List<SparkApplication> runs, String now) {
        var cron = CronSchedule.parse(schedule.getSpec().getSchedule(), null, Instant.EPOCH).schedule();
        return RunPlan.decide(schedule, cron, runs, Instant.parse(now), DEADLINE);
    }

    private static String name(SparkApplication run) {
        return run.getMetadata().getName();
    }
}
