package io.sparkop.schedule;

import java.util.List;
import java.util.Locale;

/** One of a cron line's five fields, read as robfig/cron reads it: lists, ranges, steps, * and ?, names. */
enum CronField {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day of month", 1, 31, List.of()),
    MONTH("month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    DAY_OF_WEEK("day of week", 0, 6, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    /** Set on a field written as * or ? (without a step): the day-of-month/day-of-week rule depends on it. */
    static final long STAR = 1L << 63;

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(String label, int min, int max, List<String> names) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    /** The values the field allows, as bits ({@code 1 << value}), plus {@link #STAR}. */
    long parse(String field) {
        long bits = 0;
        for (String item : field.split(",", -1)) {
            bits |= parseItem(item);
        }
        return bits;
    }

    private long parseItem(String item) {
        refuseQuartzSyntax(item);
        String[] rangeAndStep = item.split("/", -1);
        if (rangeAndStep.length > 2) {
            throw new InvalidCron(label + " \"" + item + "\" has more than one step");
        }
        String range = rangeAndStep[0];
        boolean star = range.equals("*") || range.equals("?");
        int[] bounds = star ? new int[] {min, max} : bounds(range, item);
        int step = 1;
        if (rangeAndStep.length == 2) {
            step = step(rangeAndStep[1], item);
            if (!star && range.indexOf('-') < 0) {
                bounds[1] = max; // robfig/cron: "N/step" means "N-max/step"
            }
        }
        long bits = 0;
        for (int value = bounds[0]; value <= bounds[1]; value += step) {
            bits |= 1L << value;
        }
        return star && step == 1 ? bits | STAR : bits;
    }

    /** Quartz and some crons have L, W and #; robfig/cron, and so kubeflow, reads none of them. */
    private void refuseQuartzSyntax(String item) {
        String upper = item.toUpperCase(Locale.ROOT);
        String missing = null;
        if (upper.contains("#") && this == DAY_OF_WEEK) {
            missing = "# (the nth weekday of the month)";
        } else if (upper.contains("L") && (this == DAY_OF_MONTH || this == DAY_OF_WEEK)) {
            missing = "L (the last day or weekday of the month)";
        } else if (upper.contains("W") && this == DAY_OF_MONTH) {
            missing = "W (the weekday nearest a day)";
        }
        if (missing != null) {
            throw new InvalidCron(label + " \"" + item + "\": kubeflow's cron (robfig/cron) has no " + missing);
        }
    }

    private int[] bounds(String range, String item) {
        String[] ends = range.split("-", -1);
        if (ends.length > 2) {
            throw new InvalidCron(label + " \"" + item + "\" is not a value or a range like 1-5");
        }
        int start = inRange(value(ends[0], item));
        int end = ends.length == 2 ? inRange(value(ends[1], item)) : start;
        if (start > end) {
            throw new InvalidCron(label + " range " + range + " ends before it starts");
        }
        return new int[] {start, end};
    }

    private int value(String token, String item) {
        if (token.matches("\\d{1,9}")) {
            return Integer.parseInt(token);
        }
        if (token.matches("\\d+")) {
            throw outOfRange(token);
        }
        int index = names.indexOf(token.toUpperCase(Locale.ROOT));
        if (index >= 0) {
            return min + index;
        }
        String allowed = names.isEmpty() ? "a number" : "a number or a name (" + names.get(0) + "-"
                + names.get(names.size() - 1) + ")";
        throw new InvalidCron(label + " \"" + (token.isEmpty() ? item : token) + "\" is not " + allowed);
    }

    private int inRange(int value) {
        if (value < min || value > max) {
            throw outOfRange(Integer.toString(value));
        }
        return value;
    }

    private InvalidCron outOfRange(String value) {
        return new InvalidCron(label + " " + value + " is out of range " + min + "-" + max);
    }

    private int step(String token, String item) {
        if (!token.matches("\\d{1,9}") || Integer.parseInt(token) == 0) {
            throw new InvalidCron(label + " \"" + item + "\": the step must be a positive number");
        }
        return Integer.parseInt(token);
    }
}
