package io.sparkop.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * One place where we deliberately differ from Spark's output, and why. It applies to one golden
 * case (or "*" for all) and Spark version (or "*"), names a file and a path in it (an empty path
 * means the whole file), and must match exactly as stated wherever it applies, so the list cannot
 * go stale or hide more than it says.
 */
record Difference(String caseName, String version, String file, TreePath path, Kind kind, String reason) {

    enum Kind {
        /** We add something Spark's output lacks. */
        ONLY_OURS,
        /** Spark's output has something ours lacks. */
        ONLY_SPARKS,
        /** Both have it, with different values. */
        CHANGED
    }

    static final String ALL = "*";

    boolean appliesTo(String golden, String sparkVersion) {
        return (caseName.equals(ALL) || caseName.equals(golden)) && (version.equals(ALL) || version.equals(sparkVersion));
    }

    /** Takes the difference out of both outputs, or says how it does not match. */
    Optional<String> apply(Map<String, JsonNode> spark, Map<String, JsonNode> ours) {
        Optional<JsonNode> theirs = find(spark);
        Optional<JsonNode> mine = find(ours);
        boolean matches = switch (kind) {
            case ONLY_OURS -> mine.isPresent() && theirs.isEmpty();
            case ONLY_SPARKS -> theirs.isPresent() && mine.isEmpty();
            case CHANGED -> mine.isPresent() && theirs.isPresent() && !mine.get().equals(theirs.get());
        };
        if (!matches) {
            return Optional.of(this + " does not match: Spark has " + theirs.map(JsonNode::toString).orElse("nothing")
                    + ", we have " + mine.map(JsonNode::toString).orElse("nothing"));
        }
        remove(spark);
        remove(ours);
        return Optional.empty();
    }

    private Optional<JsonNode> find(Map<String, JsonNode> files) {
        JsonNode root = files.get(file);
        return root == null ? Optional.empty() : path.find(root);
    }

    private void remove(Map<String, JsonNode> files) {
        if (find(files).isEmpty()) {
            return;
        }
        if (path.segments().isEmpty()) {
            files.remove(file);
        } else {
            path.remove(files.get(file));
        }
    }

    @Override
    public String toString() {
        return kind + " " + file + (path.segments().isEmpty() ? "" : ": " + path) + " [" + caseName + " @ " + version + "]";
    }
}
