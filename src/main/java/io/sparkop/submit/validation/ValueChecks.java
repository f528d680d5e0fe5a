package io.sparkop.submit.validation;

import io.sparkop.submit.kubeflow.MemoryUnits;
import io.sparkop.submit.spark.SparkSize;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of single values shared by the validators; each adds a message naming {@code field}. */
public final class ValueChecks {

    /**
     * Cores or millicores. The API server takes any quantity for CPU, so {@code 1.5Gi} (1.6 billion
     * cores) is accepted and the pod stays Pending forever: refuse every suffix but {@code m}.
     */
    /** A Kubernetes quantity without sign: a decimal number and an optional SI or binary suffix or exponent. */
    private static final Pattern QUANTITY =
            Pattern.compile("((?:[0-9]+(?:\\.[0-9]*)?)|(?:\\.[0-9]+))((?:[KMGTPE]i)|[numkMGTPE]|(?:[eE][+-]?[0-9]+))?");
    private static final Pattern CPU = Pattern.compile("((?:[0-9]+(?:\\.[0-9]*)?)|(?:\\.[0-9]+))m?");

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
        Matcher m = CPU.matcher(value);
        if (!m.matches()) {
            problems.add(field + ": '" + value + "' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5");
        } else if (new BigDecimal(m.group(1)).signum() == 0) {
            problems.add(field + ": '" + value + "' must be more than 0");
        }
    }

    /** kubeflow converts Java units to Kubernetes ones; the API server must then read a quantity above zero. */
    static void memoryLimit(String field, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        Matcher m = QUANTITY.matcher(MemoryUnits.kubernetesQuantity(value));
        if (!m.matches()) {
            problems.add(field + ": '" + value + "' is not a memory size; use e.g. 4g or 4Gi");
        } else if (new BigDecimal(m.group(1)).signum() == 0) {
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
