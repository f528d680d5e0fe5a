package io.sparkop.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");

    /**
     * Checked against robfig/cron v3.0.1, except @every: robfig counts from the time it is given, we from
     * the schedule's creation (CREATED), so every replica computes the same runs.
     */
    @ParameterizedTest(name = "{0} after {2} in {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0 2 * * *                       | -                | 2026-11-24T12:00:00Z | 2026-11-25T02:00:00Z
            0 2 * * *                       | -                | 2026-11-25T02:00:00Z | 2026-11-26T02:00:00Z
            */15 * * * *                    | -                | 2026-11-25T10:07:00Z | 2026-11-25T10:15:00Z
            5/20 * * * *                    | -                | 2026-11-25T10:30:00Z | 2026-11-25T10:45:00Z
            0 9-17/4 * * *                  | -                | 2026-11-25T10:00:00Z | 2026-11-25T13:00:00Z
            0 0 1,15 * *                    | -                | 2026-11-25T10:00:00Z | 2026-12-01T00:00:00Z
            30 6 * * MON-FRI                | -                | 2026-11-25T10:00:00Z | 2026-11-26T06:30:00Z
            30 6 * * mon-fri                | -                | 2026-11-27T10:00:00Z | 2026-11-30T06:30:00Z
            0 12 * JAN,JUL *                | -                | 2026-11-25T10:00:00Z | 2027-01-01T12:00:00Z
            0 12 ? 2-3 ?                    | -                | 2026-11-25T10:00:00Z | 2027-02-01T12:00:00Z
            0 0 13 * FRI                    | -                | 2026-11-25T10:00:00Z | 2026-11-27T00:00:00Z
            0 0 29 2 *                      | -                | 2026-11-25T10:00:00Z | 2028-02-29T00:00:00Z
            0 0 */10 * *                    | -                | 2026-11-25T10:00:00Z | 2026-12-01T00:00:00Z
            @yearly                         | -                | 2026-11-25T10:00:00Z | 2027-01-01T00:00:00Z
            @annually                       | -                | 2026-11-25T10:00:00Z | 2027-01-01T00:00:00Z
            @monthly                        | -                | 2026-11-25T10:00:00Z | 2026-12-01T00:00:00Z
            @weekly                         | -                | 2026-11-25T10:00:00Z | 2026-11-29T00:00:00Z
            @daily                          | -                | 2026-11-25T10:00:00Z | 2026-11-26T00:00:00Z
            @midnight                       | -                | 2026-11-25T10:00:00Z | 2026-11-26T00:00:00Z
            @hourly                         | -                | 2026-11-25T10:07:00Z | 2026-11-25T11:00:00Z
            @daily                          | Asia/Tokyo       | 2026-11-25T10:00:00Z | 2026-11-25T15:00:00Z
            0 2 * * *                       | America/New_York | 2026-11-24T12:00:00Z | 2026-11-25T07:00:00Z
            CRON_TZ=Asia/Tokyo 0 9 * * *    | -                | 2026-11-25T01:00:00Z | 2026-11-26T00:00:00Z
            TZ=Europe/Amsterdam 0 2 * * *   | America/New_York | 2026-11-24T12:00:00Z | 2026-11-25T01:00:00Z
            @every 10s                      | -                | 2026-11-25T10:00:00Z | 2026-11-25T10:00:10Z
            @every 10s                      | -                | 2026-11-25T10:00:15Z | 2026-11-25T10:00:20Z
            @every 10s                      | Asia/Tokyo       | 2026-11-25T10:00:15Z | 2026-11-25T10:00:20Z
            @every 1h30m                    | -                | 2026-11-25T10:00:00Z | 2026-11-25T11:30:00Z
            @every 1h30m                    | -                | 2026-11-25T12:59:59Z | 2026-11-25T13:00:00Z
            @every 1.5h                     | -                | 2026-11-25T11:30:00Z | 2026-11-25T13:00:00Z
            @every 90m                      | -                | 2026-11-25T09:59:59Z | 2026-11-25T10:00:00Z
            @every 2h0m30s                  | -                | 2026-11-25T10:00:00Z | 2026-11-25T12:00:30Z
            @every 500ms                    | -                | 2026-11-25T10:00:00Z | 2026-11-25T10:00:01Z
            @every 1500ms                   | -                | 2026-11-25T10:00:01Z | 2026-11-25T10:00:02Z
            CRON_TZ=Asia/Tokyo @every 1m    | -                | 2026-11-25T10:00:00Z | 2026-11-25T10:01:00Z
            ? * * * *                       | -                | 2026-11-25T10:00:30Z | 2026-11-25T10:01:00Z
            0 ? ? ? ?                       | -                | 2026-11-25T10:00:30Z | 2026-11-25T11:00:00Z
            0 0 * * MON/2                   | -                | 2026-11-25T10:00:00Z | 2026-11-27T00:00:00Z
            0 12 * * *                      | EST              | 2026-06-01T00:00:00Z | 2026-06-01T17:00:00Z
            0 12 * * *                      | MST              | 2026-06-01T00:00:00Z | 2026-06-01T19:00:00Z
            0 12 * * *                      | HST              | 2026-06-01T00:00:00Z | 2026-06-01T22:00:00Z
            0 12 * * *                      | ROC              | 2026-06-01T00:00:00Z | 2026-06-01T04:00:00Z
            0 12 * * *                      | Factory          | 2026-06-01T00:00:00Z | 2026-06-01T12:00:00Z
            0 12 * * *                      | Local            | 2026-06-01T00:00:00Z | 2026-06-01T12:00:00Z
            0 12 * * *                      | Etc/GMT-3        | 2026-06-01T00:00:00Z | 2026-06-01T09:00:00Z
            CRON_TZ=EST 0 12 * * *          | Asia/Tokyo       | 2026-06-01T00:00:00Z | 2026-06-01T17:00:00Z
            'CRON_TZ= 0 12 * * *'           | Asia/Tokyo       | 2026-06-01T00:00:00Z | 2026-06-01T12:00:00Z
            """)
    void nextRun(String schedule, String timeZone, String after, String expected) {
        assertEquals(Instant.parse(expected), valid(schedule, timeZone).next(Instant.parse(after)));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            61 * * * *                      | -            | spec.schedule: "61 * * * *": minute 61 is out of range 0-59
            0 24 * * *                      | -            | spec.schedule: "0 24 * * *": hour 24 is out of range 0-23
            0 0 0 * *                       | -            | spec.schedule: "0 0 0 * *": day of month 0 is out of range 1-31
            0 0 * 13 *                      | -            | spec.schedule: "0 0 * 13 *": month 13 is out of range 1-12
            0 0 * * 7                       | -            | spec.schedule: "0 0 * * 7": day of week 7 is out of range 0-6
            0 0 99999999999 * *             | -            | spec.schedule: "0 0 99999999999 * *": day of month 99999999999 is out of range 1-31
            0 2 * *                         | -            | spec.schedule: "0 2 * *": expected 5 fields (minute hour day-of-month month day-of-week), found 4
            0 0 2 * * *                     | -            | spec.schedule: "0 0 2 * * *": expected 5 fields (minute hour day-of-month month day-of-week), found 6; kubeflow's schedules have no seconds field
            0 0 L * *                       | -            | spec.schedule: "0 0 L * *": day of month "L": kubeflow's cron (robfig/cron) has no L (the last day or weekday of the month)
            0 0 * * 5L                      | -            | spec.schedule: "0 0 * * 5L": day of week "5L": kubeflow's cron (robfig/cron) has no L (the last day or weekday of the month)
            0 0 * * FRI#3                   | -            | spec.schedule: "0 0 * * FRI#3": day of week "FRI#3": kubeflow's cron (robfig/cron) has no # (the nth weekday of the month)
            0 0 15W * *                     | -            | spec.schedule: "0 0 15W * *": day of month "15W": kubeflow's cron (robfig/cron) has no W (the weekday nearest a day)
            0 0 1 JUL,L *                   | -            | spec.schedule: "0 0 1 JUL,L *": month "L" is not a number or a name (JAN-DEC)
            */0 * * * *                     | -            | spec.schedule: "*/0 * * * *": minute "*/0": the step must be a positive number
            1/2/3 * * * *                   | -            | spec.schedule: "1/2/3 * * * *": minute "1/2/3" has more than one step
            30-10 * * * *                   | -            | spec.schedule: "30-10 * * * *": minute range 30-10 ends before it starts
            1-2-3 * * * *                   | -            | spec.schedule: "1-2-3 * * * *": minute "1-2-3" is not a value or a range like 1-5
            x * * * *                       | -            | spec.schedule: "x * * * *": minute "x" is not a number
            1, * * * *                      | -            | spec.schedule: "1, * * * *": minute "" is not a number
            0 0 * FOO *                     | -            | spec.schedule: "0 0 * FOO *": month "FOO" is not a number or a name (JAN-DEC)
            0 0 * * FUNDAY                  | -            | spec.schedule: "0 0 * * FUNDAY": day of week "FUNDAY" is not a number or a name (SUN-SAT)
            0 0 30 2 *                      | -            | spec.schedule: "0 0 30 2 *": day of month 30 never occurs in month 2
            0 0 31 4,6,9,11 *               | -            | spec.schedule: "0 0 31 4,6,9,11 *": day of month 31 never occurs in month 4,6,9,11
            @fortnightly                    | -            | spec.schedule: "@fortnightly": unknown descriptor; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>
            @every 10 s                     | -            | spec.schedule: "@every 10 s": "10 s" is not a duration like 90s, 10m or 1h30m
            @every                          | -            | spec.schedule: "@every": @every needs a duration, such as @every 1h30m
            '@every  '                      | -            | spec.schedule: "@every  ": @every needs a duration, such as @every 1h30m
            CRON_TZ=UTC @every              | -            | spec.schedule: "CRON_TZ=UTC @every": @every needs a duration, such as @every 1h30m
            @every -5m                      | -            | spec.schedule: "@every -5m": @every needs a positive duration (kubeflow would run this one every second)
            @every 0                        | -            | spec.schedule: "@every 0": @every needs a positive duration (kubeflow would run this one every second)
            @every 0s                       | -            | spec.schedule: "@every 0s": @every needs a positive duration (kubeflow would run this one every second)
            @reboot                         | -            | spec.schedule: "@reboot": unknown descriptor; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>
            @every 3000000h                 | -            | spec.schedule: "@every 3000000h": "3000000h" is longer than Go's longest duration (about 292 years)
            CRON_TZ=Mars/Olympus 0 2 * * *  | -            | spec.schedule: "CRON_TZ=Mars/Olympus 0 2 * * *": "Mars/Olympus" is not a known time zone
            CRON_TZ=UTC                     | -            | spec.schedule: "CRON_TZ=UTC": expected a schedule after the time zone
            0 2 * * *                       | Mars/Olympus | spec.timeZone: "Mars/Olympus" is not a known time zone
            0 2 * * *                       | UTC+3        | spec.timeZone: "UTC+3" is an offset, not a time zone name (kubeflow refuses it too); for UTC+03:00 write Etc/GMT-3 (tz database names keep the POSIX sign: Etc/GMT-3 is UTC+3)
            CRON_TZ=GMT+2 0 2 * * *         | -            | spec.schedule: "CRON_TZ=GMT+2 0 2 * * *": "GMT+2" is an offset, not a time zone name (kubeflow refuses it too); for UTC+02:00 write Etc/GMT-2 (tz database names keep the POSIX sign: Etc/GMT-2 is UTC+2)
            -                               | -            | spec.schedule: is missing
            '   '                           | -            | spec.schedule: is missing
            """)
    void invalidSchedulesNameTheProblem(String schedule, String timeZone, String problem) {
        var parsed = CronSchedule.parse(schedule, timeZone, CREATED);
        assertNull(parsed.schedule());
        assertEquals(List.of(problem), parsed.problems());
    }

    @Test
    void everyProblemIsReported() {
        var parsed = CronSchedule.parse("61 * * * *", "Mars/Olympus", CREATED);
        assertEquals(List.of("spec.timeZone: \"Mars/Olympus\" is not a known time zone",
                "spec.schedule: \"61 * * * *\": minute 61 is out of range 0-59"), parsed.problems());
    }

    @Test
    void runTimesAreWholeSecondsAndStrictlyAfter() {
        CronSchedule every = valid("@every 1m", null);
        Instant after = Instant.parse("2026-11-25T10:00:59.999Z");
        assertEquals(Instant.parse("2026-11-25T10:01:00Z"), every.next(after));
        CronSchedule cron = valid("* * * * *", null);
        Instant first = cron.next(after);
        assertEquals(Instant.parse("2026-11-25T10:01:00Z"), first);
        assertEquals(Instant.parse("2026-11-25T10:02:00Z"), cron.next(first));
    }

    private static CronSchedule valid(String schedule, String timeZone) {
        var parsed = CronSchedule.parse(schedule, timeZone, CREATED);
        assertEquals(List.of(), parsed.problems());
        return parsed.schedule();
    }
}
