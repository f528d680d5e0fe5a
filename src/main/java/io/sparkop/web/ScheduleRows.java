package io.sparkop.web;

import io.sparkop.api.AppState;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.ScheduleView;
import io.sparkop.index.SparkIndex;
import java.time.Instant;
import java.util.Objects;

/** Schedule views from the read model's objects: pure, given the time. */
public final class ScheduleRows {

    /** kubeflow's defaults for the history limits. */
    static final int DEFAULT_SUCCESSFUL_HISTORY = 1;
    static final int DEFAULT_FAILED_HISTORY = 1;

    private ScheduleRows() {
    }

    public static ScheduleRow row(ScheduledSparkApplication schedule, Instant now) {
        var meta = schedule.getMetadata();
        var spec = schedule.getSpec();
        var status = schedule.getStatus();
        String cron = spec == null ? "" : spec.getSchedule();
        String zone = spec == null ? null : spec.getTimeZone();
        String nextRun = status == null ? null : status.getNextRun();
        String lastRun = status == null ? null : status.getLastRun();
        return new ScheduleRow(meta.getNamespace(), meta.getName(), cron, CronReading.read(cron, zone),
                zone == null || zone.isBlank() ? "UTC" : zone,
                status == null || status.getScheduleState() == null ? "New" : readable(status.getScheduleState().wire()),
                spec != null && Boolean.TRUE.equals(spec.getSuspend()),
                spec == null || spec.getConcurrencyPolicy() == null ? "Allow" : readable(spec.getConcurrencyPolicy().name().charAt(0) + spec.getConcurrencyPolicy().name().substring(1).toLowerCase(java.util.Locale.ROOT)),
                nextRun, Humanise.ago(Humanise.instant(nextRun), now), lastRun, Humanise.ago(Humanise.instant(lastRun), now),
                status == null ? null : status.getLastRunName(),
                spec == null ? DEFAULT_SUCCESSFUL_HISTORY : Objects.requireNonNullElse(spec.getSuccessfulRunHistoryLimit(), DEFAULT_SUCCESSFUL_HISTORY),
                spec == null ? DEFAULT_FAILED_HISTORY : Objects.requireNonNullElse(spec.getFailedRunHistoryLimit(), DEFAULT_FAILED_HISTORY),
                status == null ? null : status.getReason());
    }

    public static ScheduleDetail detail(ScheduleView view, Instant now) {
        return new ScheduleDetail(row(view.schedule(), now),
                view.runs().stream().map(ScheduleRows::run).toList(),
                view.events().stream().map(e -> ApplicationRows.event(e, now)).toList());
    }

    static RunCell run(SparkApplication run) {
        AppState state = SparkIndex.stateOf(run);
        var meta = run.getMetadata();
        return new RunCell(meta.getName(), StateStyle.label(state), StateStyle.cssClass(state), StateStyle.symbol(state),
                meta.getCreationTimestamp(), Paths.application(meta.getNamespace(), meta.getName()));
    }

    private static String readable(String wire) {
        return wire.isEmpty() ? "New" : wire;
    }
}
