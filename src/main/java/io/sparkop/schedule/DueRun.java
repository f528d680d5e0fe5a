package io.sparkop.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * Which run, if any, is due now. Status nextRun is the run promised last time; lastRun the last one
 * started. A run comes due once its time has passed, and only while it is less than the missed-run
 * deadline late (after a restart, say); several missed runs start once, as the latest of them.
 */
final class DueRun {

    static Instant find(CronSchedule cron, Instant promised, Instant lastRun, Instant now, Duration deadline) {
        if (promised == null || promised.isAfter(now)) {
            return null;
        }
        Instant from = latest(promised.minusSeconds(1), now.minus(deadline), lastRun);
        Instant due = null;
        for (Instant t = cron.next(from); !t.isAfter(now); t = cron.next(t)) {
            due = t;
        }
        return due;
    }

    /** A promised run, never started, that is now a deadline or more late. */
    static boolean missed(Instant promised, Instant lastRun, Instant now, Duration deadline) {
        return promised != null && !promised.isAfter(now.minus(deadline))
                && (lastRun == null || promised.isAfter(lastRun));
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant latest = a.isAfter(b) ? a : b;
        return c != null && c.isAfter(latest) ? c : latest;
    }

    private DueRun() {
    }
}
