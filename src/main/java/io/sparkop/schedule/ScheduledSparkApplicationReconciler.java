package io.sparkop.schedule;

import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.sparkop.kube.ListPages;
import io.sparkop.kube.PrunedStore;
import io.sparkop.OperatorConfig;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.quarkus.logging.Log;
import io.sparkop.api.ScheduleState;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.EventRecorder;
import io.sparkop.kube.Problems;
import io.sparkop.kube.Times;
import io.sparkop.kube.StatusWriter;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs ScheduledSparkApplications in-process: each reconcile validates the schedule, starts the run that
 * is due (if any), prunes old runs, writes the status and sets the schedule's timer ({@link RunTimers}),
 * whose firing triggers the next reconcile. On start-up JOSDK reconciles every schedule, which rebuilds
 * the timers from the cluster.
 */
@ControllerConfiguration(name = "scheduledsparkapplication", informer = @Informer(itemStore = PrunedStore.Schedules.class,
        informerListLimit = ListPages.SIZE))
public class ScheduledSparkApplicationReconciler implements Reconciler<ScheduledSparkApplication> {

    @Inject
    EventRecorder events;
    @Inject
    Clock clock;
    @Inject
    OperatorConfig config;
    @Inject
    RunTimers timers;
    @Inject
    ScheduledRuns runs;
    @Inject
    StatusWriter statusWriter;
    @Inject
    Event<ScheduleRunOutcome> runOutcomes;

    @Override
    public List<EventSource<?, ScheduledSparkApplication>> prepareEventSources(
            EventSourceContext<ScheduledSparkApplication> context) {
        return List.of(runs.informer(context), timers.eventSource());
    }

    @Override
    public UpdateControl<ScheduledSparkApplication> reconcile(
            ScheduledSparkApplication schedule, Context<ScheduledSparkApplication> context) {
        var id = ResourceID.fromResource(schedule);
        List<String> problems = problems(schedule);
        CronSchedule.Parsed parsed = problems.isEmpty() ? parse(schedule) : null;
        if (parsed != null) {
            problems.addAll(parsed.problems());
        }
        if (!problems.isEmpty()) {
            timers.cancel(id);
            return failValidation(schedule, String.join("; ", problems), context);
        }
        Instant now = clock.instant();
        var plan = RunPlan.decide(schedule, parsed.schedule(), context.getSecondaryResources(SparkApplication.class),
                now, config.schedule().missedRunDeadline());
        List<ScheduleRunOutcome> outcomes = act(schedule, id, plan);
        ScheduledSparkApplication written = writeIfChanged(schedule, plan.status(), context);
        outcomes.forEach(outcome -> publish(written, outcome));
        return UpdateControl.noUpdate();
    }

    private static List<String> problems(ScheduledSparkApplication schedule) {
        List<String> problems = new ArrayList<>();
        String unreadable = Problems.unreadable(schedule.getSpec());
        if (unreadable != null) {
            problems.add(unreadable);
        }
        String name = RunBuilder.nameProblem(schedule.getMetadata().getName());
        if (name != null) {
            problems.add(name);
        }
        return problems;
    }

    private static CronSchedule.Parsed parse(ScheduledSparkApplication schedule) {
        var spec = schedule.getSpec();
        var created = Times.parse(schedule.getMetadata().getCreationTimestamp());
        return CronSchedule.parse(spec.getSchedule(), spec.getTimeZone(), created);
    }

    /**
     * The timer is set first: should the API server refuse a run, the schedule still wakes for the next one.
     * Returns what was done, to publish once the status recording it is written.
     */
    private List<ScheduleRunOutcome> act(ScheduledSparkApplication schedule, ResourceID id, RunPlan plan) {
        plan.wakeAt().ifPresentOrElse(at -> timers.wakeAt(id, at), () -> timers.cancel(id));
        String where = schedule.getMetadata().getNamespace() + "/" + schedule.getMetadata().getName();
        plan.note().ifPresent(note -> Log.infof("%s: %s", where, note));
        List<ScheduleRunOutcome> outcomes = new ArrayList<>();
        plan.notStarted().ifPresent(skip -> outcomes.add(
                new ScheduleRunOutcome(schedule, skip.outcome(), skip.runName(), skip.due())));
        for (SparkApplication run : plan.replaced()) {
            runs.delete(run, "replaced: concurrencyPolicy Replace");
            outcomes.add(pruned(schedule, run));
        }
        plan.run().filter(run -> runs.create(run, id)).ifPresent(run -> outcomes.add(new ScheduleRunOutcome(
                schedule, ScheduleRunOutcome.Outcome.STARTED, run.getMetadata().getName(),
                Times.parse(plan.status().getLastRun()))));
        for (SparkApplication run : plan.expired()) {
            runs.delete(run, "beyond the run history limit");
            outcomes.add(pruned(schedule, run));
        }
        return outcomes;
    }

    private static ScheduleRunOutcome pruned(ScheduledSparkApplication schedule, SparkApplication run) {
        return new ScheduleRunOutcome(schedule, ScheduleRunOutcome.Outcome.PRUNED, run.getMetadata().getName(),
                Times.parse(run.getMetadata().getCreationTimestamp()));
    }

    /** An Event users see with kubectl describe, and the typed outcome for metrics. */
    private void publish(ScheduledSparkApplication schedule, ScheduleRunOutcome outcome) {
        var done = new ScheduleRunOutcome(schedule, outcome.outcome(), outcome.runName(), outcome.scheduledAt());
        String run = outcome.runName();
        switch (outcome.outcome()) {
            case STARTED -> events.normal(schedule, EventReasons.RUN_STARTED, "started run " + run);
            case SKIPPED -> events.normal(schedule, EventReasons.RUN_SKIPPED, "skipped run " + run
                    + ": an earlier run is not finished (concurrencyPolicy Forbid)");
            case MISSED -> events.warning(schedule, EventReasons.RUN_MISSED, "missed run " + run
                    + ": it is later than the missed-run deadline");
            case PRUNED -> events.normal(schedule, EventReasons.RUN_PRUNED, "deleted run " + run);
        }
        runOutcomes.fire(done);
    }

    /** API errors go to JOSDK's retry; the Event tells users why no run appeared. */
    @Override
    public ErrorStatusUpdateControl<ScheduledSparkApplication> updateErrorStatus(
            ScheduledSparkApplication schedule, Context<ScheduledSparkApplication> context, Exception e) {
        events.warning(schedule, EventReasons.RUN_NOT_STARTED, "runs could not be started or pruned: "
                + e.getMessage());
        return ErrorStatusUpdateControl.defaultErrorProcessing();
    }

    /** The status replaces the old one whole, so cleared fields (nextRun while suspended) are removed too. */
    private ScheduledSparkApplication writeIfChanged(ScheduledSparkApplication schedule,
            ScheduledSparkApplicationStatus status, Context<ScheduledSparkApplication> context) {
        if (ScheduleStatuses.same(schedule.getStatus(), status)) {
            return schedule;
        }
        return statusWriter.write(schedule, status, context);
    }

    private UpdateControl<ScheduledSparkApplication> failValidation(ScheduledSparkApplication schedule, String problem,
            Context<ScheduledSparkApplication> context) {
        var status = ScheduleStatuses.copy(schedule.getStatus());
        if (status.getScheduleState() == ScheduleState.FAILED_VALIDATION && Objects.equals(status.getReason(), problem)) {
            return UpdateControl.noUpdate();
        }
        Log.infof("%s/%s failed validation: %s", schedule.getMetadata().getNamespace(),
                schedule.getMetadata().getName(), problem);
        status.setScheduleState(ScheduleState.FAILED_VALIDATION);
        status.setReason(problem);
        status.setNextRun(null);
        var written = statusWriter.write(schedule, status, context);
        events.warning(written, EventReasons.SCHEDULE_FAILED_VALIDATION, problem);
        return UpdateControl.noUpdate();
    }
}
