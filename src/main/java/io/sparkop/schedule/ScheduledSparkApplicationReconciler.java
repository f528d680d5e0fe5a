package io.sparkop.schedule;

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
import io.sparkop.reconcile.EventReasons;
import io.sparkop.reconcile.EventRecorder;
import io.sparkop.reconcile.Problems;
import io.sparkop.reconcile.Times;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs ScheduledSparkApplications in-process: each reconcile validates the schedule, starts the run that
 * is due (if any), prunes old runs, writes the status and sets the schedule's timer ({@link RunTimers}),
 * whose firing triggers the next reconcile. On start-up JOSDK reconciles every schedule, which rebuilds
 * the timers from the cluster.
 */
@ControllerConfiguration(name = "scheduledsparkapplication")
public class ScheduledSparkApplicationReconciler implements Reconciler<ScheduledSparkApplication> {

    @Inject
    EventRecorder events;
    @Inject
    Clock clock;
    @Inject
    ScheduleConfig config;
    @Inject
    RunTimers timers;
    @Inject
    ScheduledRuns runs;

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
            return failValidation(schedule, String.join("; ", problems));
        }
        var plan = RunPlan.decide(schedule, parsed.schedule(), context.getSecondaryResources(SparkApplication.class),
                clock.instant(), config.missedRunDeadline());
        act(schedule, id, plan);
        return patchIfChanged(schedule, plan.status());
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

    /** The timer is set first: should the API server refuse a run, the schedule still wakes for the next one. */
    private void act(ScheduledSparkApplication schedule, ResourceID id, RunPlan plan) {
        plan.wakeAt().ifPresentOrElse(at -> timers.wakeAt(id, at), () -> timers.cancel(id));
        String where = schedule.getMetadata().getNamespace() + "/" + schedule.getMetadata().getName();
        plan.note().ifPresent(note -> Log.infof("%s: %s", where, note));
        plan.replaced().forEach(run -> runs.delete(run, "replaced: concurrencyPolicy Replace"));
        plan.run().ifPresent(run -> runs.create(run, id));
        plan.expired().forEach(run -> runs.delete(run, "beyond the run history limit"));
    }

    /** API errors go to JOSDK's retry; the Event tells users why no run appeared. */
    @Override
    public ErrorStatusUpdateControl<ScheduledSparkApplication> updateErrorStatus(
            ScheduledSparkApplication schedule, Context<ScheduledSparkApplication> context, Exception e) {
        events.warning(schedule, ScheduleEventReasons.RUN_NOT_STARTED, "runs could not be started or pruned: "
                + e.getMessage());
        return ErrorStatusUpdateControl.defaultErrorProcessing();
    }

    /** JOSDK's patchStatus sends a JSON patch, so cleared fields (nextRun while suspended) are removed too. */
    private static UpdateControl<ScheduledSparkApplication> patchIfChanged(
            ScheduledSparkApplication schedule, ScheduledSparkApplicationStatus status) {
        if (ScheduleStatuses.same(schedule.getStatus(), status)) {
            return UpdateControl.noUpdate();
        }
        schedule.setStatus(status);
        return UpdateControl.patchStatus(schedule);
    }

    private UpdateControl<ScheduledSparkApplication> failValidation(ScheduledSparkApplication schedule, String problem) {
        var status = ScheduleStatuses.copy(schedule.getStatus());
        if (status.getScheduleState() == ScheduleState.FAILED_VALIDATION && Objects.equals(status.getReason(), problem)) {
            return UpdateControl.noUpdate();
        }
        Log.infof("%s/%s failed validation: %s", schedule.getMetadata().getNamespace(),
                schedule.getMetadata().getName(), problem);
        events.warning(schedule, EventReasons.SCHEDULE_FAILED_VALIDATION, problem);
        status.setScheduleState(ScheduleState.FAILED_VALIDATION);
        status.setReason(problem);
        status.setNextRun(null);
        schedule.setStatus(status);
        return UpdateControl.patchStatus(schedule);
    }
}
