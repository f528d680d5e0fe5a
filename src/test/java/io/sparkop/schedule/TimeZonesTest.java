package io.sparkop.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Zone names checked against Go's time.LoadLocation with its embedded tz database (kubeflow imports time/tzdata). */
class TimeZonesTest {

    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");
    private static final TimeZones TEST_FILES = new TimeZones(TzifTest.zoneinfo());

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            EST              | -05:00
            MST              | -07:00
            HST              | -10:00
            ROC              | +08:00
            Factory          | Z
            GMT+0            | Z
            GMT-0            | Z
            GMT0             | Z
            GMT              | Z
            UCT              | Z
            UTC              | Z
            Local            | Z
            ''               | Z
            Etc/GMT-3        | +03:00
            Etc/GMT+3        | -03:00
            EST5EDT          | -04:00
            US/Eastern       | -04:00
            Asia/Kolkata     | +05:30
            Europe/Kyiv      | +03:00
            """)
    void acceptsTheNamesGoAccepts(String name, String offset) {
        assertEquals(ZoneOffset.of(offset), TimeZones.SYSTEM.rules(name).getOffset(SUMMER));
    }

    @Test
    void zonesTheJdkLacksComeFromTheTzDatabaseFiles() {
        assertEquals(ZoneOffset.ofHours(-3), TEST_FILES.rules("America/Coyhaique").getOffset(SUMMER));
        assertEquals(ZoneOffset.ofHours(-4),
                TEST_FILES.rules("America/Coyhaique").getOffset(Instant.parse("2024-07-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTC+3        | "UTC+3" is an offset, not a time zone name (kubeflow refuses it too); for UTC+03:00 write Etc/GMT-3 (tz database names keep the POSIX sign: Etc/GMT-3 is UTC+3)
            GMT+2        | "GMT+2" is an offset, not a time zone name (kubeflow refuses it too); for UTC+02:00 write Etc/GMT-2 (tz database names keep the POSIX sign: Etc/GMT-2 is UTC+2)
            UTC-05:00    | "UTC-05:00" is an offset, not a time zone name (kubeflow refuses it too); for UTC-05:00 write Etc/GMT+5 (tz database names keep the POSIX sign: Etc/GMT+5 is UTC-5)
            +05:30       | "+05:30" is an offset, not a time zone name (kubeflow refuses it too); name a tz database zone (Region/City) with that offset
            UTC+0        | "UTC+0" is an offset, not a time zone name (kubeflow refuses it too); write UTC
            UTC+15       | "UTC+15" is an offset, not a time zone name (kubeflow refuses it too); name a tz database zone (Region/City) with that offset
            UT           | "UT" is not a known time zone
            Z            | "Z" is not a known time zone
            utc          | "utc" is not a known time zone
            SystemV/EST5 | "SystemV/EST5" is not a known time zone
            Mars/Olympus | "Mars/Olympus" is not a known time zone
            """)
    void refusesWhatGoRefusesSayingWhy(String name, String problem) {
        InvalidCron refused = assertThrows(InvalidCron.class, () -> TimeZones.SYSTEM.rules(name));
        assertEquals(problem, refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../zoneinfo/Factory", "America/../Factory", "/usr/share/zoneinfo/UTC", "America",
        "America/", "./Factory", "Factory\u0000"})
    void namesNeverReachOutsideTheTzDatabase(String name) {
        assertThrows(InvalidCron.class, () -> TEST_FILES.rules(name));
    }

    @Test
    void unreadableFilesAreUnknownZones(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Garbage"), "not a TZif file, long enough for a header, with nothing in it");
        byte[] good = TzifTest.tzif('2', new long[0], new int[0], new int[][] {{3600, 0}}, "CET-1");
        Files.write(dir.resolve("Truncated"), java.util.Arrays.copyOf(good, good.length - 8));
        Files.write(dir.resolve("Good"), good);
        var zones = new TimeZones(dir);
        for (String name : List.of("Garbage", "Truncated", "Missing")) {
            assertEquals("\"" + name + "\" is not a known time zone",
                    assertThrows(InvalidCron.class, () -> zones.rules(name)).getMessage());
        }
        assertEquals(ZoneOffset.ofHours(1), zones.rules("Good").getOffset(SUMMER));
    }
}
