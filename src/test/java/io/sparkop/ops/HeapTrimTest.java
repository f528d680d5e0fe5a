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

    /** A heap the test grows and collects: a full collection sizes it to its live data. */
    static final class FakeHeap implements HeapTrim.Heap {
        long collections;
        long committed;
        long live;
        int fullCollections;

        @Override
        public HeapTrim.Sample sample() {
            return new HeapTrim.Sample(collections, committed);
        }

        @Override
        public void collect() {
            collections++;
            fullCollections++;
            committed = live * 10 / 7; // as -XX:MaxHeapFreeRatio=30 leaves it
        }

        /** Allocation: a collection ran, maybe growing the heap. */
        void burst(long committedAfter) {
            collections++;
            committed = committedAfter;
        }
    }

    MutableClock clock = new MutableClock();
    FakeHeap heap = new FakeHeap();
    HeapTrim trim = new HeapTrim();
    boolean enabled = true;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-30T07:00:00Z"));
        trim.clock = clock;
        trim.heap = heap;
        trim.settings = new HeapTrimSettings() {
            public boolean enabled() {
                return enabled;
            }

            public Duration quietFor() {
                return Duration.ofSeconds(60);
            }
        };
        heap.committed = 40 * MIB;
        heap.live = 20 * MIB;
    }

    /** Checks every 15 s for the given time, as the scheduler runs it. */
    void checksFor(Duration span) {
        for (Duration passed = Duration.ZERO; passed.compareTo(span) < 0; passed = passed.plus(CHECK)) {
            trim.check();
            clock.advance(CHECK);
        }
    }

    @Test
    void aGrownHeapIsTrimmedOnceTheOperatorIsQuiet() {
        checksFor(Duration.ofSeconds(30)); // started: the floor is the heap as it starts
        heap.burst(700 * MIB);
        heap.live = 46 * MIB;
        checksFor(Duration.ofSeconds(60));
        assertEquals(0, heap.fullCollections, "not before a full minute without a collection");
        checksFor(Duration.ofSeconds(15));
        assertEquals(1, heap.fullCollections);
        assertEquals(65, heap.committed / MIB);
        checksFor(Duration.ofMinutes(10));
        assertEquals(1, heap.fullCollections, "a trimmed heap that has not grown again is left alone");
    }

    @Test
    void aBusyOperatorIsNeverInterrupted() {
        checksFor(Duration.ofSeconds(15));
        for (int i = 0; i < 40; i++) {
            heap.burst(700 * MIB); // a collection between every two checks
            checksFor(CHECK);
        }
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void growthUnderTheThresholdIsNotWorthAFullCollection() {
        checksFor(Duration.ofSeconds(15));
        heap.burst(40 * MIB + HeapTrim.MIN_GROWTH - 1);
        checksFor(Duration.ofMinutes(5));
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void everyBurstIsTrimmedAfterItsQuietMinute() {
        checksFor(Duration.ofSeconds(15));
        heap.live = 30 * MIB;
        for (int burst = 1; burst <= 3; burst++) {
            heap.burst(400 * MIB);
            checksFor(Duration.ofSeconds(90));
            assertEquals(burst, heap.fullCollections);
        }
    }

    @Test
    void offMeansNeverCollected() {
        enabled = false;
        checksFor(Duration.ofSeconds(15));
        heap.burst(700 * MIB);
        checksFor(Duration.ofMinutes(5));
        assertEquals(0, heap.fullCollections);
    }

    @Test
    void worthTrimmingNeedsBothQuietAndGrowth() {
        Duration minute = Duration.ofMinutes(1);
        assertTrue(HeapTrim.worthTrimming(minute, minute, 100 * MIB, 100 * MIB - HeapTrim.MIN_GROWTH));
        assertFalse(HeapTrim.worthTrimming(minute.minusSeconds(1), minute, 700 * MIB, 40 * MIB));
        assertFalse(HeapTrim.worthTrimming(minute, minute, 100 * MIB, 100 * MIB - HeapTrim.MIN_GROWTH + 1));
    }
}
