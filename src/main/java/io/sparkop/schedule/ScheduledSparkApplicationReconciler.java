package io.sparkop.schedule;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.ScheduleState;
import io.sparkop.reconcile.EventReasons;
import io.sparkop.reconcile.EventRecorder;
import io.sparkop.reconcile.Problems;
import jakarta.inject.Inject;
import java.util.Objects;

@ControllerConfiguration(name = "scheduledsparkapplication")
public class ScheduledSparkApplicationReconciler implements Reconciler<ScheduledSparkApplication> {

    @Inject
    EventRecorder events;

    @Override
    public UpdateControl<ScheduledSparkApplication> reconcile(
            ScheduledSparkApplication schedule, Context<ScheduledSparkApplication> context) {
        String problem = Problems.unreadable(schedule.getSpec());
        if (problem != null) {
            return failValidation(schedule, problem);
        }
        return UpdateControl.noUpdate();
    }

    private UpdateControl<ScheduledSparkApplication> failValidation(ScheduledSparkApplication schedule, String problem) {
        var status = schedule.getStatus() == null ? new ScheduledSparkApplicationStatus() : schedule.getStatus();
        if (status.getScheduleState() == ScheduleState.FAILED_VALIDATION && Objects.equals(status.getReason(), problem)) {
            return UpdateControl.noUpdate();
        }
        events.warning(schedule, EventReasons.SCHEDULE_FAILED_VALIDATION, problem);
        status.setScheduleState(ScheduleState.FAILED_VALIDATION);
        status.setReason(problem);
        schedule.setStatus(status);
        return UpdateControl.patchStatus(schedule);
    }
}
