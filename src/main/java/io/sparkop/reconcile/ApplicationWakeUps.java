package io.sparkop.reconcile;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.quarkus.scheduler.Scheduled;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.WakeUpEventSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * When each application is looked at again without an event (retry interval, driver grace period, time
 * to live, pending threshold, safety resync), on the injected Clock as schedules' run times are: one
 * Quarkus Scheduler job compares the wake-up times with the Clock every second.
 */
@ApplicationScoped
public class ApplicationWakeUps {

    @Inject
    Clock clock;

    private final WakeUpEventSource<SparkApplication> source = new WakeUpEventSource<>("application-wake-ups");

    WakeUpEventSource<SparkApplication> eventSource() {
        return source;
    }

    void wakeAt(ResourceID application, Instant at) {
        source.wakeAt(application, at);
    }

    void cancel(ResourceID application) {
        source.cancel(application);
    }

    @Scheduled(identity = "sparkop-application-wake-ups", every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void wakeDue() {
        source.wakeDue(clock.instant());
    }
}
