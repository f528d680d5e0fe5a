package io.sparkop.schedule;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's time.ParseDuration syntax ("10s", "1h30m", "1.5h", "300ms"), which {@code @every} takes. */
final class GoDuration {

    private static final String PART = "(\\d+\\.?\\d*|\\.\\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)";
    private static final Pattern WHOLE = Pattern.compile("[-+]?(?:" + PART + ")+");
    private static final Pattern ONE_PART = Pattern.compile(PART);
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    static Duration parse(String text) {
        if (text.matches("[-+]?0")) {
            return Duration.ZERO; // Go accepts a bare zero without a unit
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new InvalidCron("\"" + text + "\" is not a duration like 90s, 10m or 1h30m");
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = ONE_PART.matcher(text);
        while (part.find()) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)))));
        }
        if (nanos.compareTo(MAX_NANOS) > 0) {
            throw new InvalidCron("\"" + text + "\" is longer than Go's longest duration (about 292 years)");
        }
        Duration duration = Duration.ofNanos(nanos.longValue());
        return text.startsWith("-") ? duration.negated() : duration;
    }

    private GoDuration() {
    }
}
