package io.sparkop.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path to one node of a YAML/JSON tree: map keys, and list elements chosen by their fields, as in
 * {@code spec / containers[name=spark-kubernetes-driver] / env[name=SPARK_USER]}. Keys may hold
 * dots and slashes (labels, properties), so a path is a list of segments.
 */
record TreePath(List<String> segments) {

    private static final Pattern SELECT = Pattern.compile("([^\\[]+)\\[(.+)]");

    static TreePath of(String... segments) {
        return new TreePath(List.of(segments));
    }

    @Override
    public String toString() {
        return String.join(" / ", segments);
    }

    /** The node at this path, if every segment resolves. */
    Optional<JsonNode> find(JsonNode root) {
        JsonNode node = root;
        for (String segment : segments) {
            Optional<JsonNode> child = child(node, segment);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            node = child.get();
        }
        return Optional.of(node);
    }

    /** Removes the node, then every map or list that removal left empty, up to the root. */
    void remove(JsonNode root) {
        List<JsonNode> chain = new ArrayList<>();
        chain.add(root);
        for (String segment : segments) {
            chain.add(child(chain.get(chain.size() - 1), segment).orElseThrow());
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            ObjectNode parent = (ObjectNode) chain.get(i);
            Matcher select = SELECT.matcher(segments.get(i));
            if (select.matches()) {
                ArrayNode list = (ArrayNode) parent.get(select.group(1));
                for (int j = 0; j < list.size(); j++) {
                    if (list.get(j) == chain.get(i + 1)) {
                        list.remove(j);
                        break;
                    }
                }
                if (list.isEmpty()) {
                    parent.remove(select.group(1));
                }
            } else {
                parent.remove(segments.get(i));
            }
            if (!parent.isEmpty()) {
                return;
            }
        }
    }

    /** A segment is a map key, or KEY[field=value,...] for the one element of list KEY that matches. */
    private static Optional<JsonNode> child(JsonNode node, String segment) {
        Matcher select = SELECT.matcher(segment);
        if (!select.matches()) {
            return node.isObject() && node.has(segment) ? Optional.of(node.get(segment)) : Optional.empty();
        }
        JsonNode list = node.path(select.group(1));
        List<JsonNode> matches = new ArrayList<>();
        list.forEach(item -> {
            if (matchesAll(item, select.group(2))) {
                matches.add(item);
            }
        });
        if (matches.size() > 1) {
            throw new AssertionError("path segment " + segment + " matches " + matches.size() + " elements");
        }
        return matches.stream().findFirst();
    }

    private static boolean matchesAll(JsonNode item, String conditions) {
        for (String condition : conditions.split(",")) {
            int eq = condition.indexOf('=');
            if (!item.path(condition.substring(0, eq)).asText().equals(condition.substring(eq + 1))) {
                return false;
            }
        }
        return true;
    }
}
