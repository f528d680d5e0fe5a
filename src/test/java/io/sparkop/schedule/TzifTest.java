package io.sparkop.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TzifTest {

    private static final int CET = 3600;
    private static final int CEST = 7200;
    private static final long SPRING_2020 = Instant.parse("2020-03-29T01:00:00Z").getEpochSecond();
    private static final long AUTUMN_2020 = Instant.parse("2020-10-25T01:00:00Z").getEpochSecond();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2019-07-01T00:00:00Z, +01:00
            2020-07-01T00:00:00Z, +02:00
            2020-12-01T00:00:00Z, +01:00
            2030-07-01T00:00:00Z, +02:00
            2030-12-01T00:00:00Z, +01:00
            """)
    void transitionsThenTheFootersRules(String at, String offset) {
        byte[] file = tzif('2', new long[] {SPRING_2020, AUTUMN_2020}, new int[] {1, 0}, new int[][] {{CET, 0}, {CEST, 1}},
                "CET-1CEST,M3.5.0,M10.5.0/3");
        assertEquals(ZoneOffset.of(offset), Tzif.parse(file).getOffset(Instant.parse(at)));
    }

    @Test
    void aVersionOneFileKeepsItsLastOffset() {
        byte[] file = tzif('\0', new long[] {SPRING_2020}, new int[] {1}, new int[][] {{CET, 0}, {CEST, 1}}, null);
        ZoneRules rules = Tzif.parse(file);
        assertEquals(ZoneOffset.ofHours(1), rules.getOffset(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(ZoneOffset.ofHours(2), rules.getOffset(Instant.parse("2030-12-01T00:00:00Z")));
    }

    @Test
    void aFileWithoutTransitionsIsItsFooter() {
        byte[] file = tzif('3', new long[0], new int[0], new int[][] {{-5 * 3600, 0}}, "EST5EDT,M3.2.0,M11.1.0");
        ZoneRules rules = Tzif.parse(file);
        assertEquals(transitions(ZoneId.of("America/New_York").getRules()), transitions(rules));
    }

    /** Files copied from Debian's tzdata 2025b: America/Coyhaique is newer than the JDK 17 tz data. */
    @Test
    void readsTheSystemsFiles() throws IOException {
        ZoneRules lordHowe = Tzif.parse(Files.readAllBytes(zoneinfo().resolve("Australia/Lord_Howe")));
        assertEquals(transitions(ZoneId.of("Australia/Lord_Howe").getRules()), transitions(lordHowe));
        ZoneRules coyhaique = Tzif.parse(Files.readAllBytes(zoneinfo().resolve("America/Coyhaique")));
        assertEquals(ZoneOffset.ofHours(-4), coyhaique.getOffset(Instant.parse("2024-07-01T00:00:00Z")));
        assertEquals(ZoneOffset.ofHours(-3), coyhaique.getOffset(Instant.parse("2026-07-01T00:00:00Z")));
        assertEquals(ZoneOffset.ofHours(-3), coyhaique.getOffset(Instant.parse("2027-01-01T00:00:00Z")));
        ZoneRules factory = Tzif.parse(Files.readAllBytes(zoneinfo().resolve("Factory")));
        assertEquals(ZoneOffset.UTC, factory.getOffset(Instant.parse("2026-07-01T00:00:00Z")));
    }

    @Test
    void malformedFilesAreRefused() {
        int[][] types = {{CET, 0}, {CEST, 1}};
        byte[] good = tzif('2', new long[] {SPRING_2020, AUTUMN_2020}, new int[] {1, 0}, types, "CET-1CEST,M3.5.0,M10.5.0/3");
        List<byte[]> bad = List.of(
                "not a tz file at all, but long enough to hold a header".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(good, good.length - 20),
                Arrays.copyOf(good, 30),
                tzif('2', new long[] {AUTUMN_2020, SPRING_2020}, new int[] {1, 0}, types, "CET-1"),
                tzif('2', new long[] {SPRING_2020}, new int[] {2}, types, "CET-1"),
                tzif('2', new long[] {SPRING_2020}, new int[] {1}, new int[][] {{CET, 0}, {20 * 3600, 1}}, "CET-1"),
                tzif('2', new long[0], new int[0], new int[0][], "CET-1"),
                tzif('2', new long[0], new int[0], types, "no footer"),
                withCount(good, 3, Integer.MAX_VALUE),
                withCount(good, 4, -1));
        for (byte[] file : bad) {
            assertThrows(RuntimeException.class, () -> Tzif.parse(file));
        }
    }

    static Path zoneinfo() {
        try {
            return Path.of(TzifTest.class.getResource("/zoneinfo").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TZif file (RFC 8536) with no leap seconds; a footer makes it version 2 or later. */
    static byte[] tzif(char version, long[] times, int[] typeIndexes, int[][] types, String footer) {
        try (var bytes = new ByteArrayOutputStream(); var out = new DataOutputStream(bytes)) {
            block(out, version, times, typeIndexes, types, false);
            if (version != '\0') {
                block(out, version, times, typeIndexes, types, true);
                out.write(("\n" + (footer.equals("no footer") ? "" : footer + "\n")).getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(DataOutputStream out, char version, long[] times, int[] typeIndexes, int[][] types,
            boolean wide) throws IOException {
        out.writeBytes("TZif");
        out.writeByte(version);
        out.write(new byte[15]);
        for (int count : new int[] {0, 0, 0, times.length, types.length, 4}) {
            out.writeInt(count);
        }
        for (long time : times) {
            if (wide) {
                out.writeLong(time);
            } else {
                out.writeInt((int) time);
            }
        }
        for (int index : typeIndexes) {
            out.writeByte(index);
        }
        for (int[] type : types) {
            out.writeInt(type[0]);
            out.writeByte(type[1]);
            out.writeByte(0);
        }
        out.writeBytes("ZZZ\0");
    }

    private static byte[] withCount(byte[] file, int index, int count) {
        byte[] changed = file.clone();
        java.nio.ByteBuffer.wrap(changed).putInt(20 + 4 * index, count);
        return changed;
    }

    /** From 2010, after the last change of the US rules that a footer of today cannot know. */
    private static List<ZoneOffsetTransition> transitions(ZoneRules rules) {
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        Instant from = Instant.parse("2010-01-01T00:00:00Z");
        for (var t = rules.nextTransition(from); t != null && transitions.size() < 80; t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        return transitions;
    }
}
