package io.sparkop.ops;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A burst of applications grows the heap (the serial collector expands the old generation rather than
 * collect it in full), and a JVM keeps what it has grown: 900 MiB of a 1 GiB container with 5,000 applications
 * whose live data is under 50 MiB (bench/RESULTS.md). Once no collection has run for
 * {@link HeapTrimSettings#quietFor()}, and the heap has grown by {@link #MIN_GROWTH} since the last trim, one
 * full collection lets the JVM size the heap to its live data again; the image's -XX:MaxHeapFreeRatio and
 * -XX:-ShrinkHeapInSteps (hack/image.d/Containerfile) make it give the rest back at once. G1's
 * G1PeriodicGCInterval does the same for G1; the serial collector has no such setting.
 */
@ApplicationScoped
public class HeapTrim {

    /** Less growth than this is not worth a full collection. */
    static final long MIN_GROWTH = 32L << 20;

    /** What the trim reads of the heap, and the one thing it does to it. */
    interface Heap {
        /** Collections of every collector so far, and the heap's committed bytes. */
        Sample sample();

        /** A full collection, after which the JVM resizes the heap. */
        void collect();
    }

    record Sample(long collections, long committedBytes) {
    }

    @Inject
    HeapTrimSettings settings;
    @Inject
    Clock clock;

    Heap heap = new JvmHeap();

    /** The first sample since the collection count last changed, and when it was taken. */
    private Sample quietSample;
    private Instant quietSince;
    /** The heap's committed size after the last trim (or when the operator started): what growth counts from. */
    private long floorBytes = -1;

    @Scheduled(identity = "sparkop-heap-trim", every = "15s", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!settings.enabled()) {
            return;
        }
        Sample now = heap.sample();
        Instant at = clock.instant();
        if (floorBytes < 0) {
            floorBytes = now.committedBytes();
        }
        if (quietSample == null || now.collections() != quietSample.collections()) {
            quietSample = now;
            quietSince = at;
            return;
        }
        if (!worthTrimming(Duration.between(quietSince, at), settings.quietFor(), now.committedBytes(), floorBytes)) {
            return;
        }
        heap.collect();
        Sample after = heap.sample();
        Log.infof("quiet for %ds: the heap was trimmed from %d MiB to %d MiB", Duration.between(quietSince, at).toSeconds(),
                now.committedBytes() >> 20, after.committedBytes() >> 20);
        floorBytes = after.committedBytes();
        quietSample = after;
        quietSince = clock.instant();
    }

    /** Quiet long enough, and grown enough since the last trim for a full collection to be worth it. */
    static boolean worthTrimming(Duration quiet, Duration quietFor, long committedBytes, long floorBytes) {
        return quiet.compareTo(quietFor) >= 0 && committedBytes - floorBytes >= MIN_GROWTH;
    }

    static final class JvmHeap implements Heap {
        @Override
        public Sample sample() {
            long collections = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += Math.max(0, collector.getCollectionCount());
            }
            return new Sample(collections, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted());
        }

        @Override
        public void collect() {
            System.gc();
        }
    }
}
