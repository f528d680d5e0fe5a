package io.sparkop.schedule;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TZif file, the compiled tz database format of /usr/share/zoneinfo (RFC 8536), into java.time
 * rules, as Go's time package reads it for kubeflow: its transitions, then the yearly rules of its TZ
 * string footer. Leap seconds and abbreviations are ignored, as Go ignores them.
 */
final class Tzif {

    private static final int HEADER_BYTES = 44;
    /** Transitions this far from 1970 (the "big bang" sentinels of some files) say nothing about cron times. */
    private static final long FARTHEST_SECOND = 1L << 40;

    private record Type(ZoneOffset offset, boolean daylight) {
    }

    static ZoneRules parse(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        int version = header(in);
        if (version >= 2) {
            int[] counts = counts(in);
            in.position(in.position() + dataBytes(counts, 4, in));
            header(in);
        }
        int[] counts = counts(in);
        int timeBytes = version >= 2 ? 8 : 4;
        dataBytes(counts, timeBytes, in);
        int transitionCount = counts[3];
        int typeCount = counts[4];
        if (typeCount == 0) {
            throw new IllegalArgumentException("no local time types");
        }
        long[] times = new long[transitionCount];
        for (int i = 0; i < transitionCount; i++) {
            times[i] = timeBytes == 8 ? in.getLong() : in.getInt();
        }
        int[] typeIndexes = new int[transitionCount];
        for (int i = 0; i < transitionCount; i++) {
            typeIndexes[i] = Byte.toUnsignedInt(in.get());
            if (typeIndexes[i] >= typeCount) {
                throw new IllegalArgumentException("transition to an undefined local time type");
            }
        }
        Type[] types = new Type[typeCount];
        for (int i = 0; i < typeCount; i++) {
            types[i] = new Type(ZoneOffset.ofTotalSeconds(in.getInt()), in.get() != 0);
            in.get(); // abbreviation index
        }
        in.position(in.position() + counts[5] + counts[2] * (timeBytes + 4) + counts[1] + counts[0]);
        PosixTz footer = version >= 2 ? footer(in) : null;
        return rules(times, typeIndexes, types, footer);
    }

    private static ZoneRules rules(long[] times, int[] typeIndexes, Type[] types, PosixTz footer) {
        ZoneOffset firstOffset = types[0].offset();
        ZoneOffset wall = firstOffset;
        ZoneOffset standard = firstOffset;
        List<ZoneOffsetTransition> wallChanges = new ArrayList<>();
        List<ZoneOffsetTransition> standardChanges = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("transitions out of order");
            }
            Type type = types[typeIndexes[i]];
            if (Math.abs(times[i]) > FARTHEST_SECOND) {
                continue;
            }
            if (!type.offset().equals(wall)) {
                wallChanges.add(transition(times[i], wall, type.offset()));
                wall = type.offset();
            }
            if (!type.daylight() && !type.offset().equals(standard)) {
                standardChanges.add(transition(times[i], standard, type.offset()));
                standard = type.offset();
            }
        }
        if (footer != null && wallChanges.isEmpty()) {
            return footer.zoneRules();
        }
        return ZoneRules.of(firstOffset, firstOffset, standardChanges, wallChanges,
                footer == null ? List.of() : footer.rules());
    }

    private static ZoneOffsetTransition transition(long epochSecond, ZoneOffset before, ZoneOffset after) {
        return ZoneOffsetTransition.of(LocalDateTime.ofEpochSecond(epochSecond, 0, before), before, after);
    }

    /** The version: 1 for the original format (a NUL byte), 2 and later for 64-bit times and a footer. */
    private static int header(ByteBuffer in) {
        if (in.remaining() < HEADER_BYTES || in.getInt() != 0x545a6966) { // "TZif"
            throw new IllegalArgumentException("not a TZif file");
        }
        byte version = in.get();
        in.position(in.position() + 15);
        return version == 0 ? 1 : version - '0';
    }

    /** isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static int[] counts(ByteBuffer in) {
        int[] counts = new int[6];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.getInt();
            if (counts[i] < 0) {
                throw new IllegalArgumentException("negative count in the header");
            }
        }
        return counts;
    }

    private static int dataBytes(int[] counts, int timeBytes, ByteBuffer in) {
        long bytes = (long) counts[3] * (timeBytes + 1) + counts[4] * 6L + counts[5] + counts[2] * (timeBytes + 4L)
                + counts[1] + counts[0];
        if (bytes > in.remaining()) {
            throw new IllegalArgumentException("truncated");
        }
        return (int) bytes;
    }

    /** "\nCET-1CEST,M3.5.0,M10.5.0/3\n"; empty when the last transition's offset holds forever. */
    private static PosixTz footer(ByteBuffer in) {
        String rest = new String(remaining(in), StandardCharsets.US_ASCII);
        if (!rest.startsWith("\n") || rest.indexOf('\n', 1) < 0) {
            throw new IllegalArgumentException("no TZ string footer");
        }
        String tz = rest.substring(1, rest.indexOf('\n', 1));
        return tz.isEmpty() ? null : PosixTz.parse(tz);
    }

    private static byte[] remaining(ByteBuffer in) {
        byte[] rest = new byte[in.remaining()];
        in.get(rest);
        return rest;
    }

    private Tzif() {
    }
}
