package io.sparkop.kube;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Status times as Kubernetes writes them (metav1.Time): RFC 3339, UTC, whole seconds ("2026-11-25T02:00:00Z"). */
public final class Times {

    public static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Null for a missing or unreadable timestamp (a hand-edited status, say); any RFC 3339 offset reads. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Times() {
    }
}
