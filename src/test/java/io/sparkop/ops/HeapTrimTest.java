package io.sparkop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

    static final long MIB = 1L << 20;
    static final Duration CHECK = Duration.ofSeconds(15);
    static final Instant T0 = Instant.parse("2026-11-30T07:00:00Z");

    /** A heap the test grows; a full collection sizes it to its live data, as -XX:MaxHeapFreeRatio=30 does. */
    static final class FakeHeap implements HeapTrim.Heap {
        long committed = 40 * MIB;
        long live = 20 * MIB;
        int fullCollections;

        @Override
        public long committedBytes() {
            return committed;
        }

        @Override
        public void collect() {
            fullCollections++;
            committed = live * 10 / 7;
        }
    }

    MutableClock clock = new MutableClock();
    FakeHeap heap = new FakeHeap();
    Watchdog watchdog = new Watchdog();
    HeapTrim trim = new HeapTrim();
    boolean enabled = true;

    @BeforeEach
    void setUp() {
        clock.set(T0);
        watchdog.clock = clock;
        trim.clock = clock;
        trim.heap = heap;
        trim.watchdog = watchdog;
        trim.settings = new HeapTrimSettings() {
            public boolean enabled() {
                return enabled;
            }

            public Duration quietFor() {
                return Duration.ofSeconds(60);
            }
        };
    }

    /** Checks every 15 s, as the scheduler runs them, with this many reconciles between two checks. */
    void checksFor(Duration span, int reconcilesPerCheck) {
        for (Duration passed = Duration.ZERO; passed.compareTo(span) < 0; passed = passed.plus(CHECK)) {
            trim.check();
            for (int i = 0; i < reconcilesPerCheck; i++) {
                watchdog.reconcileStarted();
                watchdog.reconcileFinished();
            }
            clock.advance(CHECK);
        }
    }

    /** A burst: reconciles at 50 a second while the heap grows to its ceiling. */
    void burst(Duration span, long committedAfter, long liveAfter) {
        heap.committed = committedAfter;
        heap.live = liveAfter;
        checksFor(span, 50 * 15);
    }

    @Test
    void aGrownHeapIsTrimmedOnceTheOperatorIsQuiet() {
        checksFor(Duration.ofSeconds(30), 0); // started: growth counts from the heap as first sampled
        burst(Duration.ofMinutes(7), 700 * MIB, 46 * MIB);
        assertEquals(0, heap.fullCollections, "never during the burst");
        checksFor(Duration.ofSeconds(60), 0);
        assertEquals(0, heap.fullCollections, "not before a whole quiet minute");
        checksFor(CHECK, 0);
        assertEquals(1, heap.fullCollections);
        assertEquals(65, heap.committed / MIB);
        checksFor(Duration.ofMinutes(10), 0);
        assertEquals(1, heap.fullCollections, "a trimmed heap that has not grown again is left alone");
    }

    @Test
    void aSteadyTrickleOfReconcilesIsQuietEnough() {
        checksFor(CHECK, 0);
        burst(Duration.ofMinutes(2), 400 * MIB, 30 * MIB);
        checksFor(Duration.ofSeconds(90), 10); // running applications' pod events and resyncs
        assertEquals(1, heap.fullCollections);
    }

    @Test
    void aReconcileASecondIsNotQuiet() {
        checksFor(CHECK, 0);
        burst(Duration.ofMinutes(1), 400 * MIB, 30 * MIB);
        checksFor(Duration.ofMinutes(5), 15);
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void growthUnderTheThresholdIsNotWorthAFullCollection() {
        checksFor(CHECK, 0);
        heap.committed += HeapTrim.MIN_GROWTH - 1;
        checksFor(Duration.ofMinutes(5), 0);
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void everyBurstIsTrimmedAfterItsQuietMinute() {
        checksFor(CHECK, 0);
        for (int n = 1; n <= 3; n++) {
            burst(Duration.ofMinutes(1), 400 * MIB, 30 * MIB);
            checksFor(Duration.ofSeconds(90), 0);
            assertEquals(n, heap.fullCollections);
        }
    }

    @Test
    void offMeansNeverCollected() {
        enabled = false;
        checksFor(CHECK, 0);
        burst(Duration.ofMinutes(1), 700 * MIB, 46 * MIB);
        checksFor(Duration.ofMinutes(5), 0);
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void worthTrimmingNeedsQuietForLongEnoughAndGrowth() {
        Duration minute = Duration.ofMinutes(1);
        var from = new HeapTrim.Sample(T0, 100, 40 * MIB);
        long grown = 40 * MIB + HeapTrim.MIN_GROWTH;
        assertTrue(HeapTrim.worthTrimming(from, new HeapTrim.Sample(T0.plus(minute), 159, grown), minute, 40 * MIB));
        assertFalse(HeapTrim.worthTrimming(from, new HeapTrim.Sample(T0.plus(minute), 160, grown), minute, 40 * MIB));
        assertFalse(HeapTrim.worthTrimming(from, new HeapTrim.Sample(T0.plus(minute).minusSeconds(1), 100, grown),
                minute, 40 * MIB));
        assertFalse(HeapTrim.worthTrimming(from, new HeapTrim.Sample(T0.plus(minute), 100, grown - 1), minute, 40 * MIB));
    }
}
