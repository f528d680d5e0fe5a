package io.sparkop.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs around daylight-saving changes. The expected instants were checked against robfig/cron v3.0.1
 * (kubeflow's cron library) with the same spec, zone and start: hourly and more frequent schedules run as
 * it runs them; fixed-time schedules differ where a fall-back repeats or a spring-forward skips their time.
 */
class DaylightSavingTest {

    @ParameterizedTest(name = "{0} in {1} after {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 * * * *    | America/New_York    | 2026-11-01T04:30:00Z | 2026-11-01T05:00:00Z 2026-11-01T06:00:00Z 2026-11-01T07:00:00Z 2026-11-01T08:00:00Z
            0 * * * *    | America/New_York    | 2026-03-08T05:30:00Z | 2026-03-08T06:00:00Z 2026-03-08T07:00:00Z 2026-03-08T08:00:00Z
            */30 * * * * | Europe/Berlin       | 2026-10-25T00:15:00Z | 2026-10-25T00:30:00Z 2026-10-25T01:00:00Z 2026-10-25T01:30:00Z 2026-10-25T02:00:00Z 2026-10-25T02:30:00Z
            */30 * * * * | Europe/Berlin       | 2026-10-25T01:00:00Z | 2026-10-25T01:30:00Z 2026-10-25T02:00:00Z
            */30 * * * * | Europe/Berlin       | 2026-03-29T00:15:00Z | 2026-03-29T00:30:00Z 2026-03-29T01:00:00Z 2026-03-29T01:30:00Z
            30 * * * *   | America/St_Johns    | 2026-11-01T03:00:00Z | 2026-11-01T04:00:00Z 2026-11-01T05:00:00Z 2026-11-01T06:00:00Z
            30 * * * *   | America/St_Johns    | 2026-03-08T04:00:00Z | 2026-03-08T05:00:00Z 2026-03-08T06:00:00Z 2026-03-08T07:00:00Z
            */15 * * * * | Australia/Lord_Howe | 2026-04-04T14:20:00Z | 2026-04-04T14:30:00Z 2026-04-04T14:45:00Z 2026-04-04T15:00:00Z 2026-04-04T15:15:00Z 2026-04-04T15:30:00Z 2026-04-04T15:45:00Z
            */15 * * * * | Australia/Lord_Howe | 2026-10-03T15:10:00Z | 2026-10-03T15:15:00Z 2026-10-03T15:30:00Z 2026-10-03T15:45:00Z
            45 * * * *   | Australia/Sydney    | 2026-04-04T15:00:00Z | 2026-04-04T15:45:00Z 2026-04-04T16:45:00Z 2026-04-04T17:45:00Z
            45 * * * *   | Australia/Sydney    | 2026-10-03T15:00:00Z | 2026-10-03T15:45:00Z 2026-10-03T16:45:00Z 2026-10-03T17:45:00Z
            0 */2 * * *  | America/Havana      | 2026-11-01T03:30:00Z | 2026-11-01T04:00:00Z 2026-11-01T05:00:00Z 2026-11-01T07:00:00Z
            0 */2 * * *  | America/Havana      | 2026-03-08T03:30:00Z | 2026-03-08T06:00:00Z 2026-03-08T08:00:00Z 2026-03-08T10:00:00Z
            0 1/2 * * *  | America/New_York    | 2026-11-01T04:30:00Z | 2026-11-01T05:00:00Z 2026-11-01T06:00:00Z 2026-11-01T08:00:00Z
            0 1/2 * * *  | America/New_York    | 2026-03-08T06:30:00Z | 2026-03-08T07:00:00Z 2026-03-08T09:00:00Z
            0 0-23 * * * | Europe/Dublin       | 2026-10-25T00:30:00Z | 2026-10-25T01:00:00Z 2026-10-25T02:00:00Z 2026-10-25T03:00:00Z
            0 0-23 * * * | Europe/Dublin       | 2026-03-29T00:30:00Z | 2026-03-29T01:00:00Z 2026-03-29T02:00:00Z
            @hourly      | Pacific/Chatham     | 2026-04-04T13:30:00Z | 2026-04-04T14:15:00Z 2026-04-04T15:15:00Z 2026-04-04T16:15:00Z
            @hourly      | Pacific/Chatham     | 2026-09-26T13:30:00Z | 2026-09-26T14:15:00Z 2026-09-26T15:15:00Z 2026-09-26T16:15:00Z
            20 * * * *   | America/Sao_Paulo   | 2018-11-04T02:00:00Z | 2018-11-04T02:20:00Z 2018-11-04T03:20:00Z 2018-11-04T04:20:00Z
            20 * * * *   | America/Sao_Paulo   | 2018-02-18T01:00:00Z | 2018-02-18T01:20:00Z 2018-02-18T02:20:00Z 2018-02-18T03:20:00Z
            """)
    void hourlyAndFasterSchedulesRunAtEveryRealMatchingInstantAsRobfigDoes(String schedule, String zone,
            String after, String expected) {
        assertEquals(instants(expected), runs(schedule, zone, after, instants(expected).size()));
    }

    @ParameterizedTest(name = "{0} in {1} after {2}")
    @CsvSource(delimiter = '|', textBlock = """
            30 1 * * *   | America/New_York    | 2026-11-01T05:00:00Z | 2026-11-01T05:30:00Z 2026-11-02T06:30:00Z                                           | 2026-11-01T05:30:00Z 2026-11-01T06:30:00Z
            30 1 * * *   | America/New_York    | 2026-11-01T06:00:00Z | 2026-11-02T06:30:00Z                                                                | 2026-11-01T06:30:00Z
            0 2 * * *    | Europe/Berlin       | 2026-10-24T12:00:00Z | 2026-10-25T00:00:00Z 2026-10-26T01:00:00Z                                           | 2026-10-25T00:00:00Z 2026-10-25T01:00:00Z
            */20 1 * * * | Europe/London       | 2026-10-24T12:00:00Z | 2026-10-25T00:00:00Z 2026-10-25T00:20:00Z 2026-10-25T00:40:00Z 2026-10-26T01:00:00Z | 2026-10-25T00:00:00Z 2026-10-25T00:20:00Z 2026-10-25T00:40:00Z 2026-10-25T01:00:00Z
            30 1 * * *   | Australia/Lord_Howe | 2026-04-04T12:00:00Z | 2026-04-04T14:30:00Z 2026-04-05T15:00:00Z                                           | 2026-04-04T14:30:00Z 2026-04-04T15:00:00Z
            15 1,2 * * * | Europe/Dublin       | 2026-10-24T12:00:00Z | 2026-10-25T00:15:00Z 2026-10-25T02:15:00Z 2026-10-26T01:15:00Z                      | 2026-10-25T00:15:00Z 2026-10-25T01:15:00Z 2026-10-25T02:15:00Z
            30 2 * * *   | Europe/Berlin       | 2026-03-28T12:00:00Z | 2026-03-29T01:00:00Z 2026-03-30T00:30:00Z                                           | 2026-03-30T00:30:00Z 2026-03-31T00:30:00Z
            30 2 * * *   | America/New_York    | 2026-03-07T12:00:00Z | 2026-03-08T07:00:00Z 2026-03-09T06:30:00Z                                           | 2026-03-09T06:30:00Z 2026-03-10T06:30:00Z
            0 0 * * *    | America/Havana      | 2026-03-07T12:00:00Z | 2026-03-08T05:00:00Z 2026-03-09T04:00:00Z                                           | 2026-03-09T04:00:00Z 2026-03-10T04:00:00Z
            30 2 * * *   | Australia/Sydney    | 2026-10-03T12:00:00Z | 2026-10-03T16:00:00Z 2026-10-04T15:30:00Z                                           | 2026-10-04T15:30:00Z 2026-10-05T15:30:00Z
            0 3 * * *    | Pacific/Chatham     | 2026-09-26T12:00:00Z | 2026-09-26T14:00:00Z 2026-09-27T13:15:00Z                                           | 2026-09-27T13:15:00Z 2026-09-28T13:15:00Z
            */20 1 * * * | America/St_Johns    | 2011-03-12T12:00:00Z | 2011-03-13T03:31:00Z 2011-03-13T03:50:00Z 2011-03-13T04:10:00Z 2011-03-14T03:30:00Z | 2011-03-14T03:30:00Z 2011-03-14T03:50:00Z 2011-03-14T04:10:00Z 2011-03-15T03:30:00Z
            0 2 * * *    | Pacific/Apia        | 2011-12-29T00:00:00Z | 2011-12-29T12:00:00Z 2011-12-30T10:00:00Z                                           | 2011-12-29T12:00:00Z 2011-12-30T12:00:00Z
            """)
    void fixedTimeSchedulesRunEachWallTimeOnceUnlikeRobfig(String schedule, String zone, String after,
            String expected, String robfig) {
        List<Instant> ours = runs(schedule, zone, after, instants(expected).size());
        assertEquals(instants(expected), ours);
        assertNotEquals(instants(robfig), ours); // robfig runs a repeated time twice and skips the day of a skipped one
    }

    /** Every day of a year, in zones with whole-hour, half-hour and 45-minute offsets and both hemispheres. */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago",
        "Pacific/Chatham", "America/St_Johns", "America/Havana"})
    void aFixedTimeRunsOnceEveryDay(String zone) {
        for (String schedule : List.of("30 2 * * *", "0 0 * * *", "30 1 * * *", "45 2 * * *")) {
            Map<LocalDate, Integer> runsPerDay = new TreeMap<>();
            for (Instant run : runs(schedule, zone, "2026-01-01T00:00:00Z", 365)) {
                runsPerDay.merge(LocalDate.ofInstant(run, ZoneId.of(zone)), 1, Integer::sum);
            }
            assertEquals(365, runsPerDay.size(), zone + " " + schedule + ": a day without a run");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago",
        "Pacific/Chatham", "America/St_Johns", "America/Havana", "Asia/Kolkata"})
    void everyHalfHourRunsThirtyMinutesApartAllYear(String zone) {
        List<Instant> runs = runs("*/30 * * * *", zone, "2026-01-01T00:00:00Z", 365 * 48);
        for (int i = 1; i < runs.size(); i++) {
            assertEquals(Duration.ofMinutes(30), Duration.between(runs.get(i - 1), runs.get(i)), zone + " " + runs.get(i));
        }
    }

    private static List<Instant> runs(String schedule, String zone, String after, int count) {
        var parsed = CronSchedule.parse(schedule, zone, Instant.EPOCH);
        assertEquals(List.of(), parsed.problems());
        List<Instant> runs = new ArrayList<>();
        Instant t = Instant.parse(after);
        for (int i = 0; i < count; i++) {
            t = parsed.schedule().next(t);
            runs.add(t);
        }
        return runs;
    }

    private static List<Instant> instants(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(Instant::parse).toList();
    }
}
