package io.sparkop.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PosixTzTest {

    /** The TZ strings of these zones' TZif files (tzdata 2025b) give the JDK's transitions, year after year. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            America/New_York    | EST5EDT,M3.2.0,M11.1.0
            Europe/Berlin       | CET-1CEST,M3.5.0,M10.5.0/3
            Australia/Sydney    | AEST-10AEDT,M10.1.0,M4.1.0/3
            Australia/Lord_Howe | <+1030>-10:30<+11>-11,M10.1.0,M4.1.0
            Pacific/Chatham     | <+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45
            America/St_Johns    | NST3:30NDT,M3.2.0,M11.1.0
            Europe/Dublin       | IST-1GMT0,M10.5.0,M3.5.0/1
            Asia/Jerusalem      | IST-2IDT,M3.4.4/26,M10.5.0
            America/Nuuk        | <-02>2<-01>,M3.5.0/-1,M10.5.0/0
            Africa/Cairo        | EET-2EEST,M4.5.5/0,M10.5.4/24
            America/Santiago    | <-04>4<-03>,M9.1.6/24,M4.1.6/24
            America/Havana      | CST5CDT,M3.2.0/0,M11.1.0/1
            Asia/Tokyo          | JST-9
            America/Panama      | EST5
            """)
    void rulesGiveTheJdksTransitions(String zone, String tz) {
        ZoneRules rules = rulesOnly(PosixTz.parse(tz));
        ZoneRules jdk = ZoneId.of(zone).getRules();
        Instant from = Instant.parse("2030-01-01T00:00:00Z");
        assertEquals(transitions(jdk, from), transitions(rules, from));
        assertEquals(jdk.getOffset(from), rules.getOffset(from));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EST5EDT             | 2030-07-01T12:00:00Z | -04:00
            <-03>3              | 2030-07-01T12:00:00Z | -03:00
            <+0545>-5:45        | 2030-07-01T12:00:00Z | +05:45
            XXX-1:30:15         | 2030-07-01T12:00:00Z | +01:30:15
            EST5EDT4,J60,J300   | 2030-03-01T06:59:59Z | -05:00
            EST5EDT4,J60,J300   | 2030-03-01T07:00:00Z | -04:00
            EST5EDT4,J60,J300   | 2030-10-27T05:59:59Z | -04:00
            EST5EDT4,J60,J300   | 2030-10-27T06:00:00Z | -05:00
            """)
    void offsetsCountWestOfGreenwich(String tz, String at, String offset) {
        assertEquals(ZoneOffset.of(offset), rulesOnly(PosixTz.parse(tz)).getOffset(Instant.parse(at)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EST", "5", "EST5EDT,M3.2.0", "EST5EDT,M13.2.0,M11.1.0", "EST5EDT,M3.6.0,M11.1.0",
        "EST5EDT,M3.2.7,M11.1.0", "EST5EDT,M3.1.0/-1,M11.1.0", "EST5EDT,M3.5.0/25,M11.1.0", "EST5EDT,J0,J365",
        "EST5EDT,J365/25,J300", "EST5EDT,60,300", "EST5EDT,0/0,J365/25", "EST99", "EST5EDT,M3.4.4/170,M11.1.0"})
    void unsupportedOrMalformedStringsAreRefused(String tz) {
        assertThrows(RuntimeException.class, () -> rulesOnly(PosixTz.parse(tz)));
    }

    private static ZoneRules rulesOnly(PosixTz tz) {
        return tz.zoneRules();
    }

    private static List<ZoneOffsetTransition> transitions(ZoneRules rules, Instant from) {
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (var t = rules.nextTransition(from); t != null && transitions.size() < 24; t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        return transitions;
    }
}
