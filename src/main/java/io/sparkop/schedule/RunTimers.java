package io.sparkop.schedule;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.quarkus.scheduler.Scheduled;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.kube.WakeUpEventSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The in-process timer of every schedule: one Quarkus Scheduler job compares each schedule's wake-up
 * time with the injected Clock every second. Time is only ever read from that Clock, so a test that
 * moves the clock sees runs start at once; reconciles set, move and cancel the wake-up times.
 */
@ApplicationScoped
public class RunTimers {

    @Inject
    Clock clock;

    private final WakeUpEventSource<ScheduledSparkApplication> source = new WakeUpEventSource<>("scheduled-run-timers");

    EventSource<Void, ScheduledSparkApplication> eventSource() {
        return source;
    }

    void wakeAt(ResourceID schedule, Instant at) {
        source.wakeAt(schedule, at);
    }

    void cancel(ResourceID schedule) {
        source.cancel(schedule);
    }

    Optional<Instant> wakeTime(ResourceID schedule) {
        return source.wakeTime(schedule);
    }

    @Scheduled(identity = "sparkop-scheduled-runs", every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void wakeDue() {
        source.wakeDue(clock.instant());
    }
}
