package io.sparkop.schedule;

import io.sparkop.api.ScheduleState;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import java.util.List;
import java.util.Objects;

/** Copies and compares statuses field by field (the API class has no equals), so unchanged ones are not written. */
final class ScheduleStatuses {

    static ScheduledSparkApplicationStatus copy(ScheduledSparkApplicationStatus status) {
        var copy = new ScheduledSparkApplicationStatus();
        if (status != null) {
            copy.setLastRun(status.getLastRun());
            copy.setNextRun(status.getNextRun());
            copy.setLastRunName(status.getLastRunName());
            copy.setPastSuccessfulRunNames(status.getPastSuccessfulRunNames());
            copy.setPastFailedRunNames(status.getPastFailedRunNames());
            copy.setScheduleState(status.getScheduleState());
            copy.setReason(status.getReason());
        }
        return copy;
    }

    /** A valid schedule's status: Scheduled, no reason, and the finished runs it keeps. */
    static ScheduledSparkApplicationStatus scheduled(ScheduledSparkApplicationStatus status, RunHistory history) {
        var scheduled = copy(status);
        scheduled.setScheduleState(ScheduleState.SCHEDULED);
        scheduled.setReason(null);
        scheduled.setPastSuccessfulRunNames(orNull(history.successful()));
        scheduled.setPastFailedRunNames(orNull(history.failed()));
        return scheduled;
    }

    static boolean same(ScheduledSparkApplicationStatus a, ScheduledSparkApplicationStatus b) {
        var left = copy(a);
        var right = copy(b);
        return Objects.equals(left.getLastRun(), right.getLastRun())
                && Objects.equals(left.getNextRun(), right.getNextRun())
                && Objects.equals(left.getLastRunName(), right.getLastRunName())
                && Objects.equals(orNull(left.getPastSuccessfulRunNames()), orNull(right.getPastSuccessfulRunNames()))
                && Objects.equals(orNull(left.getPastFailedRunNames()), orNull(right.getPastFailedRunNames()))
                && left.getScheduleState() == right.getScheduleState()
                && Objects.equals(left.getReason(), right.getReason());
    }

    /** kubeflow omits empty lists (omitempty): so do we. */
    private static List<String> orNull(List<String> names) {
        return names == null || names.isEmpty() ? null : names;
    }

    private ScheduleStatuses() {
    }
}
