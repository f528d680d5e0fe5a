package io.sparkop.web;

import java.util.ArrayList;
import java.util.List;

/** A cron schedule in plain words ("at 02:00 every day, Europe/Berlin"); unusual ones are shown as written. */
public final class CronReading {

    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private CronReading() {
    }

    public static String read(String schedule, String timeZone) {
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
        return words(schedule == null ? "" : schedule.trim()) + ", " + zone;
    }

    private static String words(String cron) {
        switch (cron) {
            case "@yearly", "@annually": return "at 00:00 on 1 January";
            case "@monthly": return "at 00:00 on the first of every month";
            case "@weekly": return "at 00:00 every Sunday";
            case "@daily", "@midnight": return "at 00:00 every day";
            case "@hourly": return "at the start of every hour";
            default: break;
        }
        if (cron.startsWith("@every ")) {
            return "every " + cron.substring("@every ".length()).trim();
        }
        String[] f = cron.split("\\s+");
        if (f.length != 5) {
            return "cron \"" + cron + "\"";
        }
        String minute = f[0];
        String hour = f[1];
        boolean everyDayOfMonth = f[2].equals("*") && f[3].equals("*");
        if (minute.startsWith("*/") && hour.equals("*") && everyDayOfMonth && f[4].equals("*")) {
            return "every " + minute.substring(2) + " minutes";
        }
        if (isNumber(minute) && hour.equals("*") && everyDayOfMonth && f[4].equals("*")) {
            return "at minute " + minute + " of every hour";
        }
        if (isNumber(minute) && hour.startsWith("*/") && everyDayOfMonth && f[4].equals("*")) {
            return "every " + hour.substring(2) + " hours at minute " + minute;
        }
        if (isNumber(minute) && isNumber(hour) && everyDayOfMonth) {
            String time = String.format("at %02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute));
            if (f[4].equals("*")) {
                return time + " every day";
            }
            String days = days(f[4]);
            if (days != null) {
                return time + " on " + days;
            }
        }
        return "cron \"" + cron + "\"";
    }

    private static String days(String field) {
        List<String> names = new ArrayList<>();
        for (String part : field.split(",")) {
            String[] range = part.split("-");
            if (range.length > 2 || !isNumber(range[0]) || range.length == 2 && !isNumber(range[1])) {
                return null;
            }
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (from > 7 || to > 7) {
                return null;
            }
            names.add(range.length == 2 ? DAYS[from] + "–" + DAYS[to] : DAYS[from]);
        }
        return String.join(", ", names);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 2 && s.chars().allMatch(Character::isDigit);
    }
}
