package io.sparkop.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkop.api.SparkApplicationSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable hash of a spec less {@code suspend} and {@code timeToLiveSeconds}: kubeflow resubmits an
 * application whose spec changes (INVALIDATING), except when only those changed (v2.5.2 event_filter.go).
 * It compares old and new objects in its event filter; we compare with the hash recorded at submission,
 * which also catches edits made while the operator was down.
 */
final class SpecHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    static String of(SparkApplicationSpec spec) {
        ObjectNode tree = CANONICAL.valueToTree(spec);
        tree.remove("suspend");
        tree.remove("timeToLiveSeconds");
        return hash(tree);
    }

    /** The hash earlier versions recorded (timeToLiveSeconds included): it still matches its spec. */
    static String legacy(SparkApplicationSpec spec) {
        ObjectNode tree = CANONICAL.valueToTree(spec);
        tree.remove("suspend");
        return hash(tree);
    }

    private static String hash(ObjectNode tree) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(tree);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a spec", e);
        }
    }

    private SpecHash() {
    }
}
