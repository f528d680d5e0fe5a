package io.sparkop.web;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.sparkop.index.SparkIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /live}: a server-sent event whenever anything in the caches changed, so open pages refresh their
 * content. One stamp is computed per second for all viewers, however many there are, and none while no page
 * is open: the stamp walks every cached application, pod and Event.
 */
@Path("/live")
@ApplicationScoped
public class LiveUpdates {

    @Inject
    SparkIndex index;

    private volatile long stamp;
    private final AtomicInteger viewers = new AtomicInteger();

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStamp() {
        if (viewers.get() > 0) {
            stamp = index.changeStamp();
        }
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<String> changes() {
        return Multi.createFrom().ticks().every(Duration.ofMillis(500))
                .onSubscription().invoke(this::viewerCame)
                .onTermination().invoke(viewers::decrementAndGet)
                .onOverflow().drop()
                .map(tick -> Long.toHexString(stamp))
                .skip().repetitions();
    }

    /**
     * The first viewer after none gets a fresh stamp before the first tick, not one from before (a stale one
     * would look like a change): computed off the subscribing thread, an event loop.
     */
    void viewerCame() {
        if (viewers.getAndIncrement() == 0) {
            Infrastructure.getDefaultWorkerPool().execute(() -> stamp = index.changeStamp());
        }
    }

    int viewers() {
        return viewers.get();
    }
}
