package io.sparkop.schedule;

import io.sparkop.api.AppState;
import io.sparkop.api.ScheduledSparkApplicationSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.Times;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * kubeflow's bookkeeping of finished runs (checkAndUpdatePastRuns): the newest within
 * successfulRunHistoryLimit and failedRunHistoryLimit (1 each by default) are kept and listed, older ones
 * are deleted.
 */
record RunHistory(List<String> successful, List<String> failed, List<SparkApplication> expired) {

    static final Set<AppState> FINISHED = EnumSet.of(AppState.COMPLETED, AppState.FAILED);
    private static final int DEFAULT_LIMIT = 1;

    /** Newest first: by creation, then by name (ours end in the due second, so they sort by due time). */
    static final Comparator<SparkApplication> NEWEST_FIRST = Comparator
            .comparing((SparkApplication run) -> Times.parse(run.getMetadata().getCreationTimestamp()),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(run -> run.getMetadata().getName().length())
            .thenComparing(run -> run.getMetadata().getName())
            .reversed();

    static RunHistory of(Collection<SparkApplication> runs, ScheduledSparkApplicationSpec spec) {
        List<SparkApplication> expired = new ArrayList<>();
        List<String> successful = keep(runs, AppState.COMPLETED, limit(spec.getSuccessfulRunHistoryLimit()), expired);
        List<String> failed = keep(runs, AppState.FAILED, limit(spec.getFailedRunHistoryLimit()), expired);
        return new RunHistory(successful, failed, List.copyOf(expired));
    }

    static AppState state(SparkApplication run) {
        var status = run.getStatus();
        return status == null || status.getApplicationState() == null
                ? AppState.NEW : status.getApplicationState().getState();
    }

    static boolean finished(SparkApplication run) {
        return FINISHED.contains(state(run));
    }

    private static List<String> keep(Collection<SparkApplication> runs, AppState state, int limit,
            List<SparkApplication> expired) {
        List<SparkApplication> inState = runs.stream().filter(run -> state(run) == state).sorted(NEWEST_FIRST).toList();
        int kept = Math.min(limit, inState.size());
        expired.addAll(inState.subList(kept, inState.size()));
        return inState.subList(0, kept).stream().map(run -> run.getMetadata().getName()).toList();
    }

    private static int limit(Integer configured) {
        return configured == null ? DEFAULT_LIMIT : Math.max(0, configured);
    }
}
