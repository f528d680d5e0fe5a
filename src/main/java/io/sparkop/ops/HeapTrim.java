package io.sparkop.ops;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * A burst of applications grows the heap (the serial collector expands the old generation rather than
 * collect it in full), and a JVM keeps what it has grown: 900 MiB of a 1 GiB container with 5,000 applications
 * whose live data is under 50 MiB (bench/RESULTS.md). Once the operator is quiet (fewer than one reconcile a
 * second over {@link HeapTrimSettings#quietFor()}) and the heap has grown by {@link #MIN_GROWTH} since the
 * last trim, one full collection lets the JVM size the heap to its live data again; the image's
 * -XX:MaxHeapFreeRatio and -XX:-ShrinkHeapInSteps (hack/image.d/Containerfile) make it give the rest back at
 * once. G1's G1PeriodicGCInterval does something like it for G1; the serial collector has no such setting.
 * Quiet is counted in reconciles, not collections: with 5,000 applications cached, the metrics' gauges alone
 * fill a trimmed young generation every minute or so.
 */
@ApplicationScoped
public class HeapTrim {

    /** Less growth than this is not worth a full collection. */
    static final long MIN_GROWTH = 32L << 20;

    /** What the trim reads of the heap, and the one thing it does to it. */
    interface Heap {
        long committedBytes();

        /** A full collection, after which the JVM resizes the heap. */
        void collect();
    }

    record Sample(Instant at, long reconciles, long committedBytes) {
    }

    @Inject
    HeapTrimSettings settings;
    @Inject
    Clock clock;
    @Inject
    Watchdog watchdog;

    Heap heap = new JvmHeap();

    /** Samples back to the newest one at least quietFor old. */
    private final Deque<Sample> recent = new ArrayDeque<>();
    /** The heap's committed size after the last trim (or when first sampled): what growth counts from. */
    private long floorBytes = -1;

    @Scheduled(identity = "sparkop-heap-trim", every = "15s", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!settings.enabled()) {
            return;
        }
        Sample now = sample();
        if (floorBytes < 0) {
            floorBytes = now.committedBytes();
        }
        recent.addLast(now);
        Instant horizon = now.at().minus(settings.quietFor());
        while (recent.size() > 1 && !second(recent).at().isAfter(horizon)) {
            recent.removeFirst();
        }
        Sample from = recent.getFirst();
        if (!worthTrimming(from, now, settings.quietFor(), floorBytes)) {
            return;
        }
        heap.collect();
        Sample after = sample();
        Log.infof("quiet for %ds (%d reconciles): the heap was trimmed from %d MiB to %d MiB",
                Duration.between(from.at(), now.at()).toSeconds(), now.reconciles() - from.reconciles(),
                now.committedBytes() >> 20, after.committedBytes() >> 20);
        floorBytes = after.committedBytes();
        recent.clear();
        recent.addLast(after);
    }

    private Sample sample() {
        return new Sample(clock.instant(), watchdog.reconcilesStarted(), heap.committedBytes());
    }

    private static Sample second(Deque<Sample> samples) {
        Iterator<Sample> it = samples.iterator();
        it.next();
        return it.next();
    }

    /** Quiet for long enough, and grown enough since the last trim for a full collection to be worth it. */
    static boolean worthTrimming(Sample from, Sample now, Duration quietFor, long floorBytes) {
        Duration span = Duration.between(from.at(), now.at());
        return span.compareTo(quietFor) >= 0
                && now.reconciles() - from.reconciles() < Math.max(1, span.toSeconds())
                && now.committedBytes() - floorBytes >= MIN_GROWTH;
    }

    static final class JvmHeap implements Heap {
        @Override
        public long committedBytes() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        }

        @Override
        public void collect() {
            System.gc();
        }
    }
}
