package io.sparkop.submit.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The text java.util.Properties.store writes (a comment, a date, escaped key=value lines), with the
 * entries in the map's order and the given date instead of now. Each line is escaped by
 * Properties.store itself, so keys and values read back exactly.
 */
public final class PropertiesText {

    /** java.util.Date.toString's format, in UTC. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ROOT).withZone(ZoneId.of("UTC"));

    static String of(String comment, Instant date, Map<String, String> entries) {
        StringBuilder text = new StringBuilder("#").append(comment).append('\n');
        text.append('#').append(DATE.format(date)).append('\n');
        entries.forEach((key, value) -> text.append(line(key, value)));
        return text.toString();
    }

    /** The lines alone, after one comment line: for a file whose content should not change with the time. */
    public static String undated(String comment, Map<String, String> entries) {
        StringBuilder text = new StringBuilder("#").append(comment).append('\n');
        entries.forEach((key, value) -> text.append(line(key, value)));
        return text.toString();
    }

    private static String line(String key, String value) {
        Properties single = new Properties();
        single.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            single.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = out.toString().replace(System.lineSeparator(), "\n");
        return stored.substring(stored.indexOf('\n') + 1);
    }

    private PropertiesText() {
    }
}
