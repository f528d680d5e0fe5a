package io.sparkop.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.time.zone.ZoneRules;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POSIX TZ string at the end of a TZif file ("CET-1CEST,M3.5.0,M10.5.0/3"): the offsets and yearly
 * daylight-saving rules in force after the file's last transition (RFC 8536 section 3.3). POSIX offsets
 * count hours west of Greenwich, so "CET-1" is UTC+01:00.
 */
record PosixTz(ZoneOffset standard, List<ZoneOffsetTransitionRule> rules) {

    private static final String NAME = "(?:<[A-Za-z0-9+-]+>|[A-Za-z]{3,})";
    private static final String OFFSET = "([+-]?\\d{1,3}(?::\\d{1,2}){0,2})";
    private static final String DATE = "(M\\d{1,2}\\.\\d\\.\\d|J\\d{1,3})";
    private static final Pattern TZ = Pattern.compile(NAME + OFFSET + "(?:(" + NAME + ")" + OFFSET + "?(?:,"
            + DATE + "(?:/" + OFFSET + ")?," + DATE + "(?:/" + OFFSET + ")?)?)?");
    /** Go's time package (after tzcode) reads daylight time without rules as the US rules. */
    private static final String[] DEFAULT_RULES = {"M3.2.0", "M11.1.0"};
    private static final Pattern WEEKDAY_IN_MONTH = Pattern.compile("M(\\d{1,2})\\.(\\d)\\.(\\d)");
    private static final int DAY = 86_400;
    private static final int TWO_AM = 7_200;
    /** RFC 8536 section 3.3.1: rule times range over -167 to 167 hours. */
    private static final int LATEST_TIME = 167 * 3600;

    static PosixTz parse(String text) {
        Matcher m = TZ.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("unsupported TZ string \"" + text + "\"");
        }
        ZoneOffset standard = ZoneOffset.ofTotalSeconds(-seconds(m.group(1)));
        if (m.group(2) == null) {
            return new PosixTz(standard, List.of());
        }
        ZoneOffset daylight = m.group(3) == null ? ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + 3600)
                : ZoneOffset.ofTotalSeconds(-seconds(m.group(3)));
        boolean ruled = m.group(4) != null;
        var start = rule(ruled ? m.group(4) : DEFAULT_RULES[0], m.group(5), standard, standard, daylight);
        var end = rule(ruled ? m.group(6) : DEFAULT_RULES[1], m.group(7), standard, daylight, standard);
        // ZoneRules expects a year's rules in the order they apply: the southern hemisphere ends daylight time first
        var inYearOrder = List.of(start, end).stream()
                .sorted(Comparator.comparing(rule -> rule.createTransition(2001).getDateTimeBefore())).toList();
        return new PosixTz(standard, inYearOrder);
    }

    /**
     * The string alone as java.time rules. ZoneRules applies yearly rules only after a transition, so
     * the first year's transitions are given as such.
     */
    ZoneRules zoneRules() {
        if (rules.isEmpty()) {
            return ZoneRules.of(standard);
        }
        List<ZoneOffsetTransition> firstYear = rules.stream().map(rule -> rule.createTransition(1970)).toList();
        ZoneOffset yearStart = firstYear.get(0).getOffsetBefore();
        return ZoneRules.of(standard, yearStart, List.of(), firstYear, rules);
    }

    /**
     * "Mm.w.d": weekday d (0 is Sunday) of week w of month m, 5 meaning the last; "Jn": day n of the
     * year, 29 February never counted. The time is local time before the change, 02:00 if not given.
     */
    private static ZoneOffsetTransitionRule rule(String date, String time, ZoneOffset standard, ZoneOffset before,
            ZoneOffset after) {
        int at = time == null ? TWO_AM : seconds(time);
        if (Math.abs(at) > LATEST_TIME) {
            throw new IllegalArgumentException("TZ rule time " + time + " is beyond 167 hours");
        }
        int days = Math.floorDiv(at, DAY);
        int secondOfDay = Math.floorMod(at, DAY);
        boolean endOfDay = days == 1 && secondOfDay == 0;
        if (endOfDay) {
            days = 0;
        }
        LocalTime localTime = endOfDay ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(secondOfDay);
        Month month;
        int dayIndicator;
        DayOfWeek dayOfWeek = null;
        Matcher weekday = WEEKDAY_IN_MONTH.matcher(date);
        if (weekday.matches()) {
            int week = Integer.parseInt(weekday.group(2));
            month = Month.of(Integer.parseInt(weekday.group(1)));
            // times past midnight move the day: "M3.4.4/26" is 02:00 on the Friday after the fourth Thursday
            dayIndicator = (week == 5 ? -1 : 1 + 7 * (week - 1)) + days;
            dayOfWeek = DayOfWeek.SUNDAY.plus(Integer.parseInt(weekday.group(3)) + days);
            if (week < 1 || week > 5 || Integer.parseInt(weekday.group(3)) > 6 || dayIndicator == 0
                    || (week == 5) != (dayIndicator < 0)) {
                throw new IllegalArgumentException("unsupported TZ rule " + date + "/" + time);
            }
        } else {
            LocalDate day = LocalDate.ofYearDay(2001, Integer.parseInt(date.substring(1))).plusDays(days);
            if (day.getYear() != 2001) {
                throw new IllegalArgumentException("unsupported TZ rule " + date + "/" + time);
            }
            month = day.getMonth();
            dayIndicator = day.getDayOfMonth();
        }
        return ZoneOffsetTransitionRule.of(month, dayIndicator, dayOfWeek, localTime, endOfDay, TimeDefinition.WALL,
                standard, before, after);
    }

    /** "[+-]hh[:mm[:ss]]" as seconds. */
    private static int seconds(String hms) {
        boolean negative = hms.startsWith("-");
        String[] parts = hms.replaceFirst("^[+-]", "").split(":");
        int seconds = 0;
        for (int i = 0; i < 3; i++) {
            seconds = seconds * 60 + (i < parts.length ? Integer.parseInt(parts[i]) : 0);
        }
        return negative ? -seconds : seconds;
    }
}
