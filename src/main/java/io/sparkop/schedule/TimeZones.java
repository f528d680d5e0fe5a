package io.sparkop.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone names as kubeflow's Go controller (time.LoadLocation, with Go's embedded tz database) takes
 * them: tz database names such as Europe/Berlin, EST or Factory, "UTC" and "Local". The JDK's tz data
 * answers first; names it lacks (zones newer than the JDK, names it leaves out) come from the tz database
 * files of the system, as Go reads them.
 */
final class TimeZones {

    static final TimeZones SYSTEM = new TimeZones(Path.of("/usr/share/zoneinfo"));

    /** tz database names the JDK leaves out; Go's embedded database has them. */
    private static final Map<String, ZoneId> LEFT_OUT_BY_JDK = Map.of(
            "EST", ZoneOffset.ofHours(-5),
            "MST", ZoneOffset.ofHours(-7),
            "HST", ZoneOffset.ofHours(-10),
            "ROC", ZoneId.of("Asia/Taipei"),
            "Factory", ZoneOffset.UTC,
            "GMT+0", ZoneOffset.UTC,
            "GMT-0", ZoneOffset.UTC);
    private static final Set<String> JDK_NAMES = Set.copyOf(ZoneId.getAvailableZoneIds());
    /** Path segments of tz names, so that a name never leaves the zoneinfo directory. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_+-]+(?:[./][A-Za-z0-9_+-]+)*");
    private static final Pattern OFFSET =
            Pattern.compile("(?:UTC|GMT|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?(?::?\\d{2})?");
    private static final long LARGEST_FILE = 1 << 20;

    private final Path zoneinfo;
    private final Map<String, ZoneRules> read = new ConcurrentHashMap<>();

    TimeZones(Path zoneinfo) {
        this.zoneinfo = zoneinfo;
    }

    /**
     * The rules of a zone. "Local", Go's name for the controller's own zone, is UTC here: an operator's
     * zone depends on its image and host, and a container's is normally UTC.
     */
    ZoneRules rules(String name) {
        if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) {
            return ZoneOffset.UTC.getRules();
        }
        if (JDK_NAMES.contains(name) && !name.startsWith("SystemV/")) { // gone from the tz database; Go refuses them
            return ZoneId.of(name).getRules();
        }
        if (LEFT_OUT_BY_JDK.containsKey(name)) {
            return LEFT_OUT_BY_JDK.get(name).getRules();
        }
        Matcher offset = OFFSET.matcher(name);
        if (offset.matches()) {
            throw new InvalidCron(offsetProblem(name, offset));
        }
        ZoneRules rules = NAME.matcher(name).matches() ? read.computeIfAbsent(name, this::readFile) : null;
        if (rules == null) {
            throw new InvalidCron("\"" + name + "\" is not a known time zone");
        }
        return rules;
    }

    /** java.time reads "UTC+3" as three hours ahead; Go refuses it, and the tz database writes it Etc/GMT-3. */
    private static String offsetProblem(String name, Matcher offset) {
        String problem = "\"" + name + "\" is an offset, not a time zone name (kubeflow refuses it too)";
        int hours = Integer.parseInt(offset.group(2));
        boolean wholeHours = offset.group(3) == null || offset.group(3).equals("00");
        boolean ahead = offset.group(1).equals("+");
        if (wholeHours && hours == 0) {
            return problem + "; write UTC";
        }
        if (!wholeHours || hours > (ahead ? 14 : 12)) {
            return problem + "; name a tz database zone (Region/City) with that offset";
        }
        String etc = "Etc/GMT" + (ahead ? "-" : "+") + hours;
        return problem + "; for UTC" + offset.group(1) + String.format("%02d:00", hours) + " write " + etc
                + " (tz database names keep the POSIX sign: " + etc + " is UTC" + offset.group(1) + hours + ")";
    }

    private ZoneRules readFile(String name) {
        Path file = zoneinfo.resolve(name);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_FILE) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Tzif.parse(in.readAllBytes());
            }
        } catch (IOException | RuntimeException unreadable) { // not a TZif file, or one java.time cannot hold
            return null;
        }
    }

}
