package io.sparkop.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Hides values whose keys look like secrets (spark.hadoop.fs.s3a.secret.key, DB_PASSWORD, ...). */
public final class Redaction {

    public static final String REDACTED = "(redacted)";
    // Spark's own spark.redaction.regex default, plus the usual environment-variable spellings.
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(secret|password|passwd|pwd|token|credential|api[._-]?key|access[._-]?key|private[._-]?key|auth).*");

    private Redaction() {
    }

    public static boolean looksSecret(String key) {
        return key != null && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    /** The map sorted by key, secret-looking values replaced. */
    public static Map<String, String> redact(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (values != null) {
            new TreeMap<>(values).forEach((k, v) -> shown.put(k, looksSecret(k) ? REDACTED : v));
        }
        return shown;
    }
}
