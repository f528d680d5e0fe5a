package io.sparkop.schedule;

import static io.sparkop.schedule.CronField.STAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * A five-field cron line as bit sets, matched against wall-clock times (no zone: see {@link ZonedCron}).
 * {@code fixedTime}: the hour field names particular hours (a daily or coarser schedule) rather than every
 * hour or a step of hours; daylight-saving changes treat the two kinds differently.
 */
record CronFields(long minutes, long hours, long daysOfMonth, long months, long daysOfWeek, boolean fixedTime) {

    /** Every valid line matches within 8 years (29 February, across a century that skips a leap year). */
    private static final int SEARCH_YEARS = 9;

    static CronFields parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length != 5) {
            throw new InvalidCron("expected 5 fields (minute hour day-of-month month day-of-week), found "
                    + fields.length + (fields.length == 6 ? "; kubeflow's schedules have no seconds field" : ""));
        }
        long minutes = CronField.MINUTE.parse(fields[0]);
        long hours = CronField.HOUR.parse(fields[1]);
        CronFields parsed = new CronFields(minutes, hours, CronField.DAY_OF_MONTH.parse(fields[2]),
                CronField.MONTH.parse(fields[3]), CronField.DAY_OF_WEEK.parse(fields[4]), fixedTime(fields[1], hours));
        parsed.requireSomeDay(fields[2], fields[3]);
        return parsed;
    }

    /** "0 9 * * *" and "0 1,13 * * *" are fixed times; "0 * * * *", a step of hours and "0 0-23 * * *" are not. */
    private static boolean fixedTime(String hourField, long hours) {
        long everyHour = (1L << 24) - 1;
        return !hourField.contains("/") && (hours & STAR) == 0 && (hours & everyHour) != everyHour;
    }

    /** The first wall-clock minute at or after {@code from} that the line matches. */
    LocalDateTime nextMatch(LocalDateTime from) {
        LocalDateTime t = from.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime giveUp = t.plusYears(SEARCH_YEARS);
        while (t.isBefore(giveUp)) {
            if (!has(months, t.getMonthValue())) {
                t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(t.toLocalDate())) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!has(hours, t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!has(minutes, t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t;
            }
        }
        throw new IllegalStateException("no match within " + SEARCH_YEARS + " years; parse rejects such lines");
    }

    /** Vixie cron and robfig/cron: when either day field is * both must match, otherwise either may. */
    private boolean dayMatches(LocalDate date) {
        boolean dayOfMonth = has(daysOfMonth, date.getDayOfMonth());
        boolean dayOfWeek = has(daysOfWeek, date.getDayOfWeek().getValue() % 7);
        boolean eitherStar = (daysOfMonth & STAR) != 0 || (daysOfWeek & STAR) != 0;
        return eitherStar ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
    }

    /** "0 0 30 2 *" parses in robfig/cron and never runs; we say so instead. */
    private void requireSomeDay(String dayOfMonthField, String monthField) {
        if ((daysOfWeek & STAR) == 0) {
            return; // the day of week alone can match
        }
        for (Month month : Month.values()) {
            for (int day = 1; day <= month.maxLength(); day++) {
                if (has(months, month.getValue()) && has(daysOfMonth, day)) {
                    return;
                }
            }
        }
        throw new InvalidCron("day of month " + dayOfMonthField + " never occurs in month " + monthField);
    }

    private static boolean has(long bits, int value) {
        return (bits & (1L << value)) != 0;
    }
}
