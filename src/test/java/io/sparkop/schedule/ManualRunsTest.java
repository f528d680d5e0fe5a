package io.sparkop.schedule;

import static io.sparkop.schedule.ScheduleFixtures.run;
import static io.sparkop.schedule.ScheduleFixtures.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sparkop.api.AppState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManualRunsTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @ParameterizedTest(name = "{0} with an earlier run {1}: start={2}, replaced={3}")
    @CsvSource({
        "ALLOW, RUNNING, true, 0",
        "ALLOW, COMPLETED, true, 0",
        "FORBID, RUNNING, false, 0",
        "FORBID, SUBMITTED, false, 0",
        "FORBID, FAILED, true, 0",
        "FORBID, COMPLETED, true, 0",
        "REPLACE, RUNNING, true, 1",
        "REPLACE, COMPLETED, true, 0",
    })
    void theConcurrencyPolicyDecides(ConcurrencyPolicy policy, AppState earlier, boolean starts, int replaced) {
        var schedule = schedule("etl", "0 3 * * *", policy);
        var plan = ManualRuns.plan(schedule, List.of(run(schedule, "2026-03-01T03:00:00Z", earlier)), NOW);
        assertEquals(starts, plan.run() != null, String.valueOf(plan.refusal()));
        assertEquals(replaced, plan.replaced().size());
        if (!starts) {
            assertEquals("concurrencyPolicy Forbid: etl-1772334000 not finished", plan.refusal());
        }
    }

    @ParameterizedTest
    @CsvSource({ "ALLOW", "FORBID", "REPLACE" })
    void theRunIsNamedLikeAScheduledRunOfThisSecondAndMarkedManual(ConcurrencyPolicy policy) {
        var schedule = schedule("etl", "0 3 * * *", policy);
        SparkApplication run = ManualRuns.plan(schedule, List.of(), NOW).run();
        assertEquals("etl-" + NOW.getEpochSecond(), run.getMetadata().getName());
        assertEquals("true", run.getMetadata().getLabels().get(ManualRuns.MANUAL));
        assertEquals("etl", run.getMetadata().getLabels().get(Labels.SCHEDULED_APP_NAME));
        assertEquals(schedule.getSpec().getTemplate(), run.getSpec());
    }

    @ParameterizedTest
    @CsvSource({ "ALLOW", "REPLACE" })
    void aRunOfTheSameSecondIsNeverStartedTwice(ConcurrencyPolicy policy) {
        var schedule = schedule("etl", "0 3 * * *", policy);
        var plan = ManualRuns.plan(schedule, List.of(run(schedule, NOW.toString(), AppState.COMPLETED)), NOW);
        assertNull(plan.run());
        assertEquals("a run named etl-" + NOW.getEpochSecond() + " exists already", plan.refusal());
    }
}
