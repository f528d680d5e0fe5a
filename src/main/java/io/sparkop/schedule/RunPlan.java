package io.sparkop.schedule;

import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a valid schedule needs now, decided from the schedule, its runs and the time alone: the status to
 * write, the run to start, the unfinished runs it replaces (concurrencyPolicy Replace), the finished runs
 * beyond the history limits, when to look again, a line for the log, and the due run it did not start.
 */
record RunPlan(ScheduledSparkApplicationStatus status, Optional<SparkApplication> run,
        List<SparkApplication> replaced, List<SparkApplication> expired, Optional<Instant> wakeAt,
        Optional<String> note, Optional<NotStarted> notStarted) {

    /** A due run not started: SKIPPED (concurrencyPolicy Forbid) or MISSED (past the deadline). */
    record NotStarted(ScheduleRunOutcome.Outcome outcome, String runName, Instant due) {
    }

    static RunPlan decide(ScheduledSparkApplication schedule, CronSchedule cron, Collection<SparkApplication> runs,
            Instant now, Duration missedRunDeadline) {
        var history = RunHistory.of(runs, schedule.getSpec());
        var status = ScheduleStatuses.scheduled(schedule.getStatus(), history);
        if (Boolean.TRUE.equals(schedule.getSpec().getSuspend())) {
            status.setNextRun(null); // so resuming waits for the next future time, never starts a missed one
            return noRun(status, history, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Instant next = cron.next(now);
        status.setNextRun(Times.format(next));
        var old = ScheduleStatuses.copy(schedule.getStatus());
        Instant promised = Times.parse(old.getNextRun());
        Instant lastRun = Times.parse(old.getLastRun());
        Instant due = DueRun.find(cron, promised, lastRun, now, missedRunDeadline);
        if (due == null) {
            if (!DueRun.missed(promised, lastRun, now, missedRunDeadline)) {
                return noRun(status, history, Optional.of(next), Optional.empty(), Optional.empty());
            }
            String note = "skipped the run due at " + Times.format(promised) + ": it is more than "
                    + configDuration(missedRunDeadline) + " late (sparkop.schedule.missed-run-deadline)";
            var missed = new NotStarted(ScheduleRunOutcome.Outcome.MISSED,
                    RunBuilder.name(schedule.getMetadata().getName(), promised), promised);
            return noRun(status, history, Optional.of(next), Optional.of(note), Optional.of(missed));
        }
        return start(schedule, due, runs, status, history, next);
    }

    private static RunPlan start(ScheduledSparkApplication schedule, Instant due, Collection<SparkApplication> runs,
            ScheduledSparkApplicationStatus status, RunHistory history, Instant next) {
        String name = RunBuilder.name(schedule.getMetadata().getName(), due);
        boolean started = runs.stream().anyMatch(run -> name.equals(run.getMetadata().getName()));
        List<SparkApplication> unfinished = runs.stream()
                .filter(run -> !RunHistory.finished(run) && !name.equals(run.getMetadata().getName()))
                .toList();
        ConcurrencyPolicy policy = policy(schedule);
        if (!started && policy == ConcurrencyPolicy.FORBID && !unfinished.isEmpty()) {
            String note = "skipped the run due at " + Times.format(due) + ": " + names(unfinished)
                    + " not finished (concurrencyPolicy Forbid)";
            var skipped = new NotStarted(ScheduleRunOutcome.Outcome.SKIPPED, name, due);
            return noRun(status, history, Optional.of(next), Optional.of(note), Optional.of(skipped));
        }
        status.setLastRun(Times.format(due));
        status.setLastRunName(name);
        if (started) { // before a restart, or by another replica: never twice
            return noRun(status, history, Optional.of(next), Optional.empty(), Optional.empty());
        }
        List<SparkApplication> replaced = policy == ConcurrencyPolicy.REPLACE ? unfinished : List.of();
        return new RunPlan(status, Optional.of(RunBuilder.build(schedule, due)), replaced, history.expired(),
                Optional.of(next), Optional.empty(), Optional.empty());
    }

    private static RunPlan noRun(ScheduledSparkApplicationStatus status, RunHistory history,
            Optional<Instant> wakeAt, Optional<String> note, Optional<NotStarted> notStarted) {
        return new RunPlan(status, Optional.empty(), List.of(), history.expired(), wakeAt, note, notStarted);
    }

    /** kubeflow's documentation names Allow the default. */
    private static ConcurrencyPolicy policy(ScheduledSparkApplication schedule) {
        var policy = schedule.getSpec().getConcurrencyPolicy();
        return policy == null ? ConcurrencyPolicy.ALLOW : policy;
    }

    private static String names(List<SparkApplication> runs) {
        return runs.stream().map(run -> run.getMetadata().getName()).sorted().collect(Collectors.joining(", "));
    }

    /** Durations as users write them in config: "5m", "1h30m". */
    private static String configDuration(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
