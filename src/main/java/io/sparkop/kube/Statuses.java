package io.sparkop.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Copies and compares statuses through the JSON form they are stored in, for both kinds alike: a field
 * added to a status is copied and compared without anyone remembering to (a hand-written copier that
 * forgot it would wipe it on every write).
 */
public final class Statuses {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static <S> S copy(S status, Class<S> type) {
        return status == null ? null : JSON.convertValue(status, type);
    }

    /** Whether writing {@code after} over {@code before} would change anything (null reads as empty). */
    public static boolean same(Object before, Object after) {
        return tree(before).equals(tree(after));
    }

    private static JsonNode tree(Object status) {
        return status == null ? JSON.createObjectNode() : JSON.valueToTree(status);
    }

    private Statuses() {
    }
}
