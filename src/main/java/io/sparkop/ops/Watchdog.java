package io.sparkop.ops;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What liveness watches, in memory only (an API server outage must not restart the operator): that the
 * schedule timer job keeps firing, and that reconciles in progress keep finishing.
 */
@ApplicationScoped
public class Watchdog {

    /** RunTimers' job (io.sparkop.schedule.RunTimers), which fires every second. */
    static final String TIMER_JOB = "sparkop-scheduled-runs";

    @Inject
    Clock clock;
    @Inject
    WatchdogSettings settings;

    private volatile Instant lastTimerRun;
    private volatile Instant lastReconcileProgress;
    private final AtomicInteger reconcilesInProgress = new AtomicInteger();
    private final AtomicLong reconcilesStarted = new AtomicLong();

    @PostConstruct
    void start() {
        lastTimerRun = clock.instant();
        lastReconcileProgress = clock.instant();
    }

    void onJobSucceeded(@Observes SuccessfulExecution execution) {
        timerRan(execution.getExecution().getTrigger().getId());
    }

    /** A failed run still shows the timer thread alive; the failure is the schedule reconciler's to report. */
    void onJobFailed(@Observes FailedExecution execution) {
        timerRan(execution.getExecution().getTrigger().getId());
    }

    private void timerRan(String job) {
        if (TIMER_JOB.equals(job)) {
            lastTimerRun = clock.instant();
        }
    }

    void reconcileStarted() {
        reconcilesStarted.incrementAndGet();
        if (reconcilesInProgress.getAndIncrement() == 0) {
            lastReconcileProgress = clock.instant();
        }
    }

    /** Reconciles of every controller since the operator started: how busy it is ({@link HeapTrim}). */
    long reconcilesStarted() {
        return reconcilesStarted.get();
    }

    void reconcileFinished() {
        reconcilesInProgress.decrementAndGet();
        lastReconcileProgress = clock.instant();
    }

    /** Empty while alive, else what is stuck. */
    Optional<String> problem() {
        return problem(clock.instant(), lastTimerRun, lastReconcileProgress, reconcilesInProgress.get(),
                settings.timerStallAfter(), settings.reconcileStallAfter());
    }

    static Optional<String> problem(Instant now, Instant lastTimerRun, Instant lastReconcileProgress,
            int reconcilesInProgress, Duration timerStallAfter, Duration reconcileStallAfter) {
        Duration sinceTimer = Duration.between(lastTimerRun, now);
        if (sinceTimer.compareTo(timerStallAfter) > 0) {
            return Optional.of("the schedule timer has not fired for " + sinceTimer.toSeconds() + "s");
        }
        Duration sinceProgress = Duration.between(lastReconcileProgress, now);
        if (reconcilesInProgress > 0 && sinceProgress.compareTo(reconcileStallAfter) > 0) {
            return Optional.of(reconcilesInProgress + " reconciles in progress and none finished for "
                    + sinceProgress.toSeconds() + "s");
        }
        return Optional.empty();
    }
}
