package io.sparkop.schedule;

import io.sparkop.api.ScheduleState;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.kube.Statuses;
import java.util.List;

/** A schedule's status: copied and compared as stored (kubeflow omits empty lists), so unchanged ones are not written. */
final class ScheduleStatuses {

    static ScheduledSparkApplicationStatus copy(ScheduledSparkApplicationStatus status) {
        return status == null ? new ScheduledSparkApplicationStatus()
                : Statuses.copy(status, ScheduledSparkApplicationStatus.class);
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
        return Statuses.same(withoutEmptyLists(a), withoutEmptyLists(b));
    }

    private static ScheduledSparkApplicationStatus withoutEmptyLists(ScheduledSparkApplicationStatus status) {
        var copy = copy(status);
        copy.setPastSuccessfulRunNames(orNull(copy.getPastSuccessfulRunNames()));
        copy.setPastFailedRunNames(orNull(copy.getPastFailedRunNames()));
        return copy;
    }

    /** kubeflow omits empty lists (omitempty): so do we. */
    private static List<String> orNull(List<String> names) {
        return names == null || names.isEmpty() ? null : names;
    }

    private ScheduleStatuses() {
    }
}
