package io.sparkop.submit.spark;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's byte strings ({@code JavaUtils.byteStringAs}): a whole number and an optional unit
 * (b, k, kb, m, mb, g, gb, t, tb, p, pb; case-insensitive). Memory confs such as
 * {@code spark.driver.memory} read a bare number as MiB; conversions to a bigger unit round down.
 */
public final class SparkSize {

    private static final Pattern WHOLE = Pattern.compile("([0-9]+)([a-z]+)?");
    private static final Pattern FRACTION = Pattern.compile("([0-9]+)\\.([0-9]+)([a-z]+)?");
    private static final Pattern KUBERNETES_STYLE = Pattern.compile("([0-9]+)([kmgtp])i");
    private static final Map<String, Integer> POWERS_OF_1024 = Map.ofEntries(
            Map.entry("b", 0), Map.entry("k", 1), Map.entry("kb", 1), Map.entry("m", 2), Map.entry("mb", 2),
            Map.entry("g", 3), Map.entry("gb", 3), Map.entry("t", 4), Map.entry("tb", 4),
            Map.entry("p", 5), Map.entry("pb", 5));
    private static final int MIB = 2;

    /** The size in MiB, reading a bare number as MiB; empty if Spark would reject the string. */
    public static OptionalLong mebibytes(String value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        Matcher m = WHOLE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(2) != null && !POWERS_OF_1024.containsKey(m.group(2)))) {
            return OptionalLong.empty();
        }
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
        int power = m.group(2) == null ? MIB : POWERS_OF_1024.get(m.group(2));
        return OptionalLong.of(power >= MIB
                ? number << (10 * (power - MIB))
                : number >> (10 * (MIB - power)));
    }

    /** The MiB value of a size {@link #isValid valid} by now; builders call this after validation. */
    public static long mebibytesOf(String value) {
        return mebibytes(value).orElseThrow(() -> new IllegalArgumentException("not a Spark size: " + value));
    }

    public static boolean isValid(String value) {
        return mebibytes(value).isPresent();
    }

    /** What to write instead of a size Spark rejects, for a validation message. */
    public static String suggestion(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        Matcher kubernetes = KUBERNETES_STYLE.matcher(lower);
        if (kubernetes.matches()) {
            return kubernetes.group(1) + kubernetes.group(2);
        }
        Matcher fraction = FRACTION.matcher(lower);
        if (fraction.matches() && !"b".equals(fraction.group(3))) {
            return inSmallerUnit(fraction);
        }
        return "a whole number with an optional unit k, m, g or t, e.g. 2g";
    }

    /** 2.5g becomes 2560m: Spark has no fractions, so go one unit down. */
    private static String inSmallerUnit(Matcher fraction) {
        String unit = fraction.group(3) == null ? "m" : fraction.group(3).substring(0, 1);
        String smaller = switch (unit) {
            case "k" -> "b";
            case "m" -> "k";
            case "g" -> "m";
            case "t" -> "g";
            default -> "t";
        };
        double amount = Double.parseDouble(fraction.group(1) + "." + fraction.group(2)) * 1024;
        return Math.round(amount) + smaller;
    }

    private SparkSize() {
    }
}
