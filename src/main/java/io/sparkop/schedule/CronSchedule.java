package io.sparkop.schedule;

import java.time.Instant;
import java.util.List;

/**
 * When a schedule's runs are due: kubeflow's {@code spec.schedule} (robfig/cron's standard parser: five
 * fields, descriptors such as {@code @daily}, {@code @every 1h30m}) in {@code spec.timeZone} or a
 * {@code CRON_TZ=}/{@code TZ=} prefix. Pure: it takes instants and never reads a clock.
 */
public sealed interface CronSchedule permits ZonedCron, EverySchedule {

    /** The first run time strictly after {@code after}, in whole seconds. */
    Instant next(Instant after);

    /**
     * Reads a schedule as kubeflow does; {@code anchor} (the schedule's creation) is where {@code @every}
     * intervals count from, so every replica and restart computes the same run times.
     */
    static Parsed parse(String schedule, String timeZone, Instant anchor) {
        return CronParser.parse(schedule, timeZone, anchor);
    }

    /** A schedule, or the problems (naming the field) that keep it from being one. */
    record Parsed(CronSchedule schedule, List<String> problems) {
    }
}
