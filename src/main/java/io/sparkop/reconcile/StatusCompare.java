package io.sparkop.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparkop.api.SparkApplicationStatus;

/** Whether a status write would change anything (the model classes do not implement equals). */
final class StatusCompare {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static boolean same(SparkApplicationStatus before, SparkApplicationStatus after) {
        return MAPPER.valueToTree(before == null ? new SparkApplicationStatus() : before)
                .equals(MAPPER.valueToTree(after));
    }

    private StatusCompare() {
    }
}
