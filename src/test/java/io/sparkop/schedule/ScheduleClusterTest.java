package io.sparkop.schedule;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.reconcile.TransitionLog;
import io.sparkop.testing.MutableClock;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the schedule tests on the mock API server share: the cluster, the clock they move, the timers. */
abstract class ScheduleClusterTest {

    @Inject
    KubernetesClient client;
    @Inject
    MutableClock clock;
    @Inject
    RunTimers timers;
    @Inject
    TransitionLog outcomes;

    ClusterSchedules schedules;

    @BeforeEach
    void setUp() {
        schedules = new ClusterSchedules(client);
    }

    @AfterEach
    void cleanUp() {
        schedules.deleteAll();
        clock.reset();
    }

    /** An hourly schedule created at 00:30, once its first run is promised for 01:00. */
    void startHourly(String name, ConcurrencyPolicy policy) {
        at("2026-11-25T00:30:00Z");
        schedules.create(name, "0 * * * *", policy);
        schedules.awaitStatus(name, s -> "2026-11-25T01:00:00Z".equals(s.getNextRun()));
    }

    /** The outcomes fired for a schedule, as (outcome, run) pairs. */
    java.util.List<String> outcomesOf(String schedule) {
        return outcomes.runsOf(schedule).stream().map(o -> o.outcome() + " " + o.runName()).toList();
    }

    void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
