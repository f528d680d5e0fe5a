package io.sparkop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Liveness goes DOWN for a stuck timer or reconcile loop, and UP again once they move. */
class WatchdogTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    static final Duration TIMER = Duration.ofSeconds(60);
    static final Duration RECONCILE = Duration.ofMinutes(5);

    static Optional<String> problem(String sinceTimer, int inProgress, String sinceProgress) {
        Instant now = T0.plus(Duration.parse(sinceTimer)).plus(Duration.ofHours(1));
        return Watchdog.problem(now, now.minus(Duration.parse(sinceTimer)), now.minus(Duration.parse(sinceProgress)),
                inProgress, TIMER, RECONCILE);
    }

    @Test
    void aliveWhenTheTimerFiresAndNothingIsStuck() {
        assertEquals(Optional.empty(), problem("PT1S", 0, "PT1H"));
    }

    @Test
    void idleReconcileLoopIsAlive() {
        assertEquals(Optional.empty(), problem("PT1S", 0, "PT24H"));
    }

    @Test
    void timerSilentForAMinuteIsDown() {
        assertTrue(problem("PT61S", 0, "PT1S").orElseThrow().contains("schedule timer"));
    }

    @Test
    void reconcilesRunningWithoutFinishingIsDown() {
        assertTrue(problem("PT1S", 3, "PT6M").orElseThrow().contains("3 reconciles in progress"));
    }

    @Test
    void slowButProgressingReconcilesAreAlive() {
        assertEquals(Optional.empty(), problem("PT1S", 50, "PT4M"));
    }

    /** The stateful side: a reconcile stuck past the limit, then finishing, brings liveness back. */
    @Test
    void stuckReconcileRecoversWhenItFinishes() {
        var clock = new io.sparkop.testing.MutableClock();
        clock.set(T0);
        var watchdog = new Watchdog();
        watchdog.clock = clock;
        watchdog.settings = new WatchdogSettings() {
            public Duration timerStallAfter() {
                return Duration.ofDays(1);
            }

            public Duration reconcileStallAfter() {
                return RECONCILE;
            }
        };
        watchdog.start();
        watchdog.reconcileStarted();
        clock.advance(Duration.ofMinutes(6));
        assertTrue(watchdog.problem().isPresent());
        watchdog.reconcileFinished();
        assertEquals(Optional.empty(), watchdog.problem());
    }
}
