package io.sparkop.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A cron line in a time zone. Daylight-saving changes neither skip nor double a run: a wall time that
 * a spring-forward skips runs at the first instant after the gap (as Vixie cron does), and a wall time
 * that a fall-back repeats runs once, at its first occurrence (robfig/cron would run it twice).
 */
record ZonedCron(CronFields fields, ZoneId zone) implements CronSchedule {

    @Override
    public Instant next(Instant after) {
        LocalDateTime from = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        while (true) {
            LocalDateTime match = fields.nextMatch(from);
            Instant at = instantOf(match);
            if (at.isAfter(after)) {
                return at;
            }
            from = match.plusMinutes(1); // in the repeated hour of a fall-back: these wall times already ran
        }
    }

    private Instant instantOf(LocalDateTime wallTime) {
        var rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(wallTime);
        if (offsets.isEmpty()) {
            return rules.getTransition(wallTime).getInstant();
        }
        return wallTime.toInstant(offsets.get(0)); // in an overlap, the offset before the change: the earlier instant
    }
}
