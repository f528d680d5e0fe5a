package io.sparkop.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move. It follows the system clock until a test sets it; from then on it stands
 * still, moved only by {@link #set} and {@link #advance}, until {@link #reset}. A CDI alternative to the
 * produced {@code Clock}, off unless a test profile enables it ({@code getEnabledAlternatives}), so tests
 * that do not ask for it keep the real clock.
 */
@Alternative
@ApplicationScoped
public class MutableClock extends Clock {

    private volatile Instant frozen;

    public void set(Instant at) {
        frozen = at;
    }

    public synchronized void advance(Duration by) {
        frozen = instant().plus(by);
    }

    public void reset() {
        frozen = null;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Clock.systemUTC().instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
