package io.sparkop.web;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.sparkop.index.SparkIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/**
 * {@code /live}: a server-sent event whenever anything in the caches changed, so open pages refresh their
 * content. One stamp is computed per second for all viewers, however many there are.
 */
@Path("/live")
@ApplicationScoped
public class LiveUpdates {

    @Inject
    SparkIndex index;

    private volatile long stamp;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStamp() {
        stamp = index.changeStamp();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<String> changes() {
        return Multi.createFrom().ticks().every(Duration.ofMillis(500))
                .onOverflow().drop()
                .map(tick -> Long.toHexString(stamp))
                .skip().repetitions();
    }
}
