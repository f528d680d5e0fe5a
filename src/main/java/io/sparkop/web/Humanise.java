package io.sparkop.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Times as people read them: "3 min ago", "1 h 5 min". */
public final class Humanise {

    private Humanise() {
    }

    /** An RFC 3339 time from a status or metadata field, or null when absent or unreadable. */
    public static Instant instant(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String ago(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        Duration elapsed = Duration.between(then, now);
        return elapsed.isNegative() ? "in " + duration(elapsed.negated()) : duration(elapsed) + " ago";
    }

    public static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min" + (seconds % 60 == 0 || minutes >= 10 ? "" : " " + seconds % 60 + " s");
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
