package io.sparkop.submit;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of single values shared by the validators; each adds a message naming {@code field}. */
final class ValueChecks {

    /** A Kubernetes quantity (resource.Quantity): a decimal number and an optional SI or binary suffix. */
    private static final Pattern QUANTITY =
            Pattern.compile("[+-]?((?:[0-9]+(?:\\.[0-9]*)?)|(?:\\.[0-9]+))((?:[KMGTPE]i)|[numkMGTPE]|(?:[eE][+-]?[0-9]+))?");

    static void sparkSize(String field, String value, boolean mustBePositive, List<String> problems) {
        if (value == null) {
            return;
        }
        if (!SparkSize.isValid(value)) {
            problems.add(field + ": '" + value + "' is not a Spark size; use " + SparkSize.suggestion(value));
        } else if (mustBePositive && SparkSize.mebibytesOf(value) == 0) {
            problems.add(field + ": '" + value + "' is less than 1 MiB");
        }
    }

    static void cpu(String field, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        Matcher m = QUANTITY.matcher(value.trim());
        if (!m.matches()) {
            problems.add(field + ": '" + value + "' is not a Kubernetes CPU quantity; use e.g. 500m, 1 or 1.5");
        } else if (value.trim().startsWith("-") || new BigDecimal(m.group(1)).signum() == 0) {
            problems.add(field + ": '" + value + "' must be more than 0");
        }
    }

    static void atLeast(String field, Number value, long minimum, List<String> problems) {
        if (value != null && value.longValue() < minimum) {
            problems.add(field + ": " + value + " must be at least " + minimum);
        }
    }

    static void integer(String field, String value, long minimum, long maximum, List<String> problems) {
        if (value == null) {
            return;
        }
        try {
            long number = Integer.parseInt(value.trim());
            if (number < minimum || number > maximum) {
                problems.add(field + ": '" + value + "' must be between " + minimum + " and " + maximum);
            }
        } catch (NumberFormatException e) {
            problems.add(field + ": '" + value + "' is not a whole number");
        }
    }

    static void factor(String field, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        try {
            if (Double.parseDouble(value.trim()) < 0) {
                problems.add(field + ": '" + value + "' must not be negative");
            }
        } catch (NumberFormatException e) {
            problems.add(field + ": '" + value + "' is not a number; use e.g. 0.1");
        }
    }

    static void bool(String field, String value, List<String> problems) {
        if (value != null && !value.trim().equalsIgnoreCase("true") && !value.trim().equalsIgnoreCase("false")) {
            problems.add(field + ": '" + value + "' is not true or false");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private ValueChecks() {
    }
}
