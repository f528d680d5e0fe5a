package io.sparkop.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code @every <duration>}: runs a fixed period apart, counted from an anchor (the schedule's creation)
 * rather than from whenever the operator last looked, so run times and run names are the same on every
 * replica and after every restart. Time zones do not apply, as in robfig/cron.
 */
record EverySchedule(long periodSeconds, Instant anchor) implements CronSchedule {

    static EverySchedule parse(String duration, Instant anchor) {
        Duration period = GoDuration.parse(duration);
        if (period.isNegative() || period.isZero()) {
            throw new InvalidCron("@every needs a positive duration (kubeflow would run this one every second)");
        }
        // robfig/cron: at least a second apart, fractions of a second dropped
        return new EverySchedule(Math.max(1, period.getSeconds()), anchor.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public Instant next(Instant after) {
        long elapsed = after.getEpochSecond() - anchor.getEpochSecond();
        return anchor.plusSeconds((Math.floorDiv(elapsed, periodSeconds) + 1) * periodSeconds);
    }
}
