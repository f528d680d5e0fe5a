package io.sparkop.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code spec.schedule} and {@code spec.timeZone} the way kubeflow's controller hands them to robfig/cron. */
final class CronParser {

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
        // kubeflow uses the controller's local zone ("Local") when spec.timeZone is empty: see TimeZones
        ZoneRules zone = ZoneOffset.UTC.getRules();
        try {
            zone = TimeZones.SYSTEM.rules(timeZone == null ? "" : timeZone);
        } catch (InvalidCron e) {
            problems.add("spec.timeZone: " + e.getMessage());
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
    private static CronSchedule withZonePrefix(String schedule, ZoneRules zone, Instant anchor) {
        if (!schedule.startsWith("CRON_TZ=") && !schedule.startsWith("TZ=")) {
            return withoutPrefix(schedule, zone, anchor);
        }
        int space = firstWhitespace(schedule);
        String name = schedule.substring(schedule.indexOf('=') + 1, space < 0 ? schedule.length() : space);
        ZoneRules named = TimeZones.SYSTEM.rules(name);
        if (space < 0) {
            throw new InvalidCron("expected a schedule after the time zone");
        }
        return withoutPrefix(schedule.substring(space).trim(), named, anchor);
    }

    private static CronSchedule withoutPrefix(String schedule, ZoneRules zone, Instant anchor) {
        if (schedule.equals(EVERY)) {
            throw new InvalidCron("@every needs a duration, such as @every 1h30m");
        }
        if (schedule.startsWith(EVERY + " ") || schedule.startsWith(EVERY + "\t")) {
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
