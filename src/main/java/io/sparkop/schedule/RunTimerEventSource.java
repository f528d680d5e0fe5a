package io.sparkop.schedule;

import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import io.javaoperatorsdk.operator.processing.event.source.ResourceEventAware;
import io.sparkop.api.ScheduledSparkApplication;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Triggers a schedule's reconcile once its wake-up time has come, so runs start inside the reconcile,
 * where JOSDK never runs two at once for one schedule. Forgets a schedule as soon as it is deleted.
 */
final class RunTimerEventSource extends AbstractEventSource<Void, ScheduledSparkApplication>
        implements ResourceEventAware<ScheduledSparkApplication> {

    private final Map<ResourceID, Instant> wakeTimes = new ConcurrentHashMap<>();

    RunTimerEventSource() {
        super(Void.class, "scheduled-run-timers");
    }

    void wakeAt(ResourceID schedule, Instant at) {
        wakeTimes.put(schedule, at);
    }

    void cancel(ResourceID schedule) {
        wakeTimes.remove(schedule);
    }

    Optional<Instant> wakeTime(ResourceID schedule) {
        return Optional.ofNullable(wakeTimes.get(schedule));
    }

    /** Each wake-up fires once; the reconcile it triggers sets the next one. */
    void wakeDue(Instant now) {
        if (!isRunning()) {
            return;
        }
        wakeTimes.forEach((schedule, at) -> {
            if (!at.isAfter(now) && wakeTimes.remove(schedule, at)) {
                getEventHandler().handleEvent(new Event(schedule));
            }
        });
    }

    @Override
    public void onResourceDeleted(ScheduledSparkApplication schedule) {
        cancel(ResourceID.fromResource(schedule));
    }

    @Override
    public Set<Void> getSecondaryResources(ScheduledSparkApplication primary) {
        return Set.of();
    }
}
