package io.sparkop.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A cron line in a time zone. Hourly and more frequent lines run at every instant whose wall time
 * matches, as robfig/cron does: twice in an hour that a fall-back repeats, never in an hour that a
 * spring-forward skips. Fixed-time lines ({@link CronFields#fixedTime}) run each matching wall time once:
 * a repeated one at its first occurrence (robfig/cron runs it twice), a skipped one at the first instant
 * after the gap (as Vixie cron does; robfig/cron skips the day).
 */
record ZonedCron(CronFields fields, ZoneRules rules) implements CronSchedule {

    private static final int SEARCH_YEARS = 10;

    /** Walks the offsets in force after {@code after}, one stretch between two transitions at a time. */
    @Override
    public Instant next(Instant after) {
        ZoneOffset offset = rules.getOffset(after);
        LocalDateTime from = LocalDateTime.ofInstant(after, offset).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDateTime giveUp = from.plusYears(SEARCH_YEARS);
        Instant stretchStart = after;
        while (from.isBefore(giveUp)) {
            ZoneOffsetTransition end = rules.nextTransition(stretchStart);
            LocalDateTime match = fields.nextMatch(from);
            Instant at = match.toInstant(offset);
            if (end == null || at.isBefore(end.getInstant())) {
                if (!repeatsAnEarlierWallTime(match, offset)) {
                    return at;
                }
                from = match.plusMinutes(1);
            } else if (end.isGap() && fields.fixedTime() && match.isBefore(end.getDateTimeAfter())) {
                return end.getInstant();
            } else {
                stretchStart = end.getInstant();
                offset = end.getOffsetAfter();
                from = wholeMinuteFrom(end.getDateTimeAfter());
            }
        }
        throw new IllegalStateException("no run within " + SEARCH_YEARS + " years of " + after);
    }

    /** A fixed-time line ran this wall time already, under the offset before a fall-back. */
    private boolean repeatsAnEarlierWallTime(LocalDateTime wallTime, ZoneOffset offset) {
        List<ZoneOffset> offsets = rules.getValidOffsets(wallTime);
        return fields.fixedTime() && offsets.size() == 2 && offset.equals(offsets.get(1));
    }

    /** Transitions of local mean time fall on odd seconds. */
    private static LocalDateTime wholeMinuteFrom(LocalDateTime time) {
        LocalDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(time) ? minute : minute.plusMinutes(1);
    }
}
