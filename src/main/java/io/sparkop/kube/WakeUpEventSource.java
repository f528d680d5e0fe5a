package io.sparkop.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.AbstractEventSource;
import io.javaoperatorsdk.operator.processing.event.source.ResourceEventAware;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Triggers a resource's reconcile once its wake-up time has come by the injected Clock (a schedule's next
 * run, an application's retry interval, grace period, time to live or safety resync), so that every wait
 * follows one clock and a test that moves it sees the effect at once. The owner calls {@link #wakeDue}
 * from a Quarkus Scheduler job every second. Forgets a resource as soon as it is deleted.
 */
public final class WakeUpEventSource<P extends HasMetadata> extends AbstractEventSource<Void, P>
        implements ResourceEventAware<P> {

    private final Map<ResourceID, Instant> wakeTimes = new ConcurrentHashMap<>();

    public WakeUpEventSource(String name) {
        super(Void.class, name);
    }

    /** Replaces the resource's wake-up time: a reconcile sets the one it needs next. */
    public void wakeAt(ResourceID resource, Instant at) {
        wakeTimes.put(resource, at);
    }

    public void cancel(ResourceID resource) {
        wakeTimes.remove(resource);
    }

    public Optional<Instant> wakeTime(ResourceID resource) {
        return Optional.ofNullable(wakeTimes.get(resource));
    }

    /** Each wake-up fires once; the reconcile it triggers sets the next one. */
    public void wakeDue(Instant now) {
        if (!isRunning()) {
            return;
        }
        wakeTimes.forEach((resource, at) -> {
            if (!at.isAfter(now) && wakeTimes.remove(resource, at)) {
                getEventHandler().handleEvent(new Event(resource));
            }
        });
    }

    @Override
    public void onResourceDeleted(P resource) {
        cancel(ResourceID.fromResource(resource));
    }

    @Override
    public Set<Void> getSecondaryResources(P primary) {
        return Set.of();
    }
}
