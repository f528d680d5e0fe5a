package io.sparkop.schedule;

import static io.sparkop.schedule.ScheduleFixtures.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.api.ConcurrencyPolicy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunBuilderTest {

    static final Instant DUE = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aRunIsTheTemplateOwnedAndLabelledByItsSchedule() {
        var schedule = schedule("nightly", "0 2 * * *", ConcurrencyPolicy.FORBID);
        schedule.getMetadata().setUid("6f1f8c1e-0000-4000-8000-000000000001");
        schedule.getMetadata().setLabels(Map.of("team", "data"));
        var run = RunBuilder.build(schedule, DUE);
        assertEquals("nightly-1795572000", run.getMetadata().getName());
        assertEquals("default", run.getMetadata().getNamespace());
        assertEquals(Map.of("team", "data", "sparkoperator.k8s.io/scheduled-app-name", "nightly"),
                run.getMetadata().getLabels());
        var owner = run.getMetadata().getOwnerReferences().get(0);
        assertEquals("sparkoperator.k8s.io/v1beta2", owner.getApiVersion());
        assertEquals("ScheduledSparkApplication", owner.getKind());
        assertEquals("nightly", owner.getName());
        assertEquals("6f1f8c1e-0000-4000-8000-000000000001", owner.getUid());
        assertEquals(true, owner.getController());
        assertEquals(true, owner.getBlockOwnerDeletion());
        assertSame(schedule.getSpec().getTemplate(), run.getSpec());
        assertEquals("SparkApplication", run.getKind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nightly, nightly-1795572000",
        "a-name-of-exactly-fifty-two-characters-for-the-limit, a-name-of-exactly-fifty-two-characters-for-the-limit-1795572000",
    })
    void shortNamesAreKeptWhole(String schedule, String expected) {
        assertEquals(expected, RunBuilder.name(schedule, DUE));
    }

    @Test
    void longNamesAreCutToSixtyThreeCharactersWithoutClashing() {
        String a = "a-very-long-schedule-name-for-the-nightly-etl-of-the-finance-team";
        String b = "a-very-long-schedule-name-for-the-nightly-etl-of-the-finance-tools";
        String runA = RunBuilder.name(a, DUE);
        assertEquals(63, runA.length());
        assertTrue(runA.startsWith("a-very-long-schedule-name-for-the-nightly-"), runA);
        assertTrue(runA.endsWith("-1795572000"), runA);
        assertTrue(runA.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), runA);
        assertEquals(runA, RunBuilder.name(a, DUE));
        assertNotEquals(runA, RunBuilder.name(b, DUE));
    }

    @Test
    void scheduleNamesMustFitTheLabel() {
        assertNull(RunBuilder.nameProblem("x".repeat(63)));
        assertEquals("metadata.name: \"" + "x".repeat(64) + "\" is longer than 63 characters, too long for the"
                + " sparkoperator.k8s.io/scheduled-app-name label of its runs", RunBuilder.nameProblem("x".repeat(64)));
    }
}
