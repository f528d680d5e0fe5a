package io.sparkop.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths at which two trees differ, as dotted names with list indices ({@code spec.containers[0].lifecycle}):
 * the deepest object or list element present in both whose values differ. Nulls and empty objects and
 * lists count as absent, as Go's omitempty writes them.
 */
final class TreeDiff {

    static Set<String> paths(JsonNode expected, JsonNode actual) {
        Set<String> out = new TreeSet<>();
        diff(expected, actual, "", out);
        return out;
    }

    private static void diff(JsonNode a, JsonNode b, String path, Set<String> out) {
        boolean aAbsent = absent(a);
        boolean bAbsent = absent(b);
        if (aAbsent && bAbsent) {
            return;
        }
        if (aAbsent || bAbsent) {
            out.add(path);
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(a.get(name), b.get(name), path.isEmpty() ? name : path + "." + name, out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(a.get(i), b.get(i), path + "[" + i + "]", out);
            }
        } else if (a.isContainerNode() || b.isContainerNode() || !a.asText().equals(b.asText())) {
            out.add(path);
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && allAbsent(node));
    }

    private static boolean allAbsent(JsonNode node) {
        for (JsonNode child : node) {
            if (!absent(child)) {
                return false;
            }
        }
        return true;
    }

    private TreeDiff() {
    }
}
