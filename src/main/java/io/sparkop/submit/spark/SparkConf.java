package io.sparkop.submit.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part of Spark's {@code SparkConf} the driver builder reads: string keys and values, the last
 * write of a key wins (as with repeated {@code --conf}), first-insertion order is kept so output
 * follows the order kubeflow passed the confs in.
 */
public final class SparkConf {

    private final Map<String, String> entries;

    public SparkConf(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public String get(String key, String defaultValue) {
        return entries.getOrDefault(key, defaultValue);
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(v -> Integer.parseInt(v.trim())).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(v -> Boolean.parseBoolean(v.trim())).orElse(defaultValue);
    }

    /** Spark's {@code getAllWithPrefix}: the entries under {@code prefix}, with the prefix cut off. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    public Map<String, String> asMap() {
        return entries;
    }
}
