package io.sparkop.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code spec.schedule} and {@code spec.timeZone} the way kubeflow's controller hands them to robfig/cron. */
final class CronParser {

    /** kubeflow uses the operator's local zone when spec.timeZone is empty; ours is UTC, whatever the host says. */
    private static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    private static final String EVERY = "@every";
    private static final Map<String, String> DESCRIPTORS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");

    static CronSchedule.Parsed parse(String schedule, String timeZone, Instant anchor) {
        List<String> problems = new ArrayList<>();
        ZoneId zone = DEFAULT_ZONE;
        if (timeZone != null && !timeZone.isEmpty()) {
            ZoneId named = zone(timeZone);
            if (named == null) {
                problems.add("spec.timeZone: \"" + timeZone + "\" is not a known time zone");
            } else {
                zone = named;
            }
        }
        if (schedule == null || schedule.isBlank()) {
            problems.add("spec.schedule: is missing");
            return new CronSchedule.Parsed(null, List.copyOf(problems));
        }
        try {
            CronSchedule parsed = withZonePrefix(schedule.trim(), zone, anchor == null ? Instant.EPOCH : anchor);
            return new CronSchedule.Parsed(problems.isEmpty() ? parsed : null, List.copyOf(problems));
        } catch (InvalidCron e) {
            problems.add("spec.schedule: \"" + schedule + "\": " + e.getMessage());
            return new CronSchedule.Parsed(null, List.copyOf(problems));
        }
    }

    /** robfig/cron: a leading CRON_TZ= or TZ= names the zone and wins over spec.timeZone. */
    private static CronSchedule withZonePrefix(String schedule, ZoneId zone, Instant anchor) {
        if (!schedule.startsWith("CRON_TZ=") && !schedule.startsWith("TZ=")) {
            return withoutPrefix(schedule, zone, anchor);
        }
        int space = firstWhitespace(schedule);
        String name = schedule.substring(schedule.indexOf('=') + 1, space < 0 ? schedule.length() : space);
        ZoneId named = zone(name);
        if (named == null) {
            throw new InvalidCron("\"" + name + "\" is not a known time zone");
        }
        if (space < 0) {
            throw new InvalidCron("expected a schedule after the time zone");
        }
        return withoutPrefix(schedule.substring(space).trim(), named, anchor);
    }

    private static CronSchedule withoutPrefix(String schedule, ZoneId zone, Instant anchor) {
        if (schedule.equals(EVERY) || schedule.startsWith(EVERY + " ") || schedule.startsWith(EVERY + "\t")) {
            return EverySchedule.parse(schedule.substring(EVERY.length()).trim(), anchor);
        }
        if (schedule.startsWith("@")) {
            String fields = DESCRIPTORS.get(schedule);
            if (fields == null) {
                throw new InvalidCron("unknown descriptor; use @yearly, @annually, @monthly, @weekly, @daily, "
                        + "@midnight, @hourly or @every <duration>");
            }
            return new ZonedCron(CronFields.parse(fields), zone);
        }
        return new ZonedCron(CronFields.parse(schedule), zone);
    }

    /** IANA names as Go's time.LoadLocation reads them, including its "Local" (the operator's own zone). */
    private static ZoneId zone(String name) {
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private CronParser() {
    }
}
