package io.sparkop.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Structural normalisation applied to Spark's output and ours alike, beyond the oracle's own (ids,
 * names, times and ports replaced by $APP_ID, $PREFIX, ...). Each rule says why order or form
 * carries no meaning there:
 * <ul>
 * <li>env, volumes and volumeMounts are sorted by name: Spark fills them from Scala hash maps, so
 *     their order differs between Spark 3.5.6 and 4.2.0 for the same input (cases env, secrets);</li>
 * <li>SPARK_LOCAL_DIRS is sorted, as the oracle sorts Spark's: Spark lists the dirs in hash order;</li>
 * <li>{@code resources: {}}, {@code creationTimestamp: null} and a metadata left empty are dropped:
 *     Go's sigs.k8s.io/yaml writes them for unset structs in the pod templates kubeflow writes; all
 *     mean "unset".</li>
 * </ul>
 */
final class ConformanceNormalisation {

    static final String SPARK_CONTAINER = "spark-kubernetes-driver";

    static JsonNode podLike(JsonNode tree) {
        dropGoArtifacts(tree);
        JsonNode spec = tree.path("spec");
        if (spec.isObject()) {
            sortByName((ObjectNode) spec, "volumes");
            for (String containers : List.of("containers", "initContainers")) {
                spec.path(containers).forEach(c -> {
                    sortByName((ObjectNode) c, "env");
                    sortByName((ObjectNode) c, "volumeMounts");
                    sortLocalDirs(c);
                });
            }
        }
        return tree;
    }

    private static void sortByName(ObjectNode parent, String field) {
        if (!parent.path(field).isArray()) {
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        parent.path(field).forEach(items::add);
        items.sort(Comparator.comparing((JsonNode n) -> n.path("name").asText())
                .thenComparing(n -> n.path("mountPath").asText())
                .thenComparing(JsonNode::toString));
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        items.forEach(sorted::add);
        parent.set(field, sorted);
    }

    private static void sortLocalDirs(JsonNode container) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("SPARK_LOCAL_DIRS") && env.has("value")) {
                String[] dirs = env.get("value").asText().split(",");
                Arrays.sort(dirs);
                ((ObjectNode) env).put("value", String.join(",", dirs));
            }
        }
    }

    static void dropGoArtifacts(JsonNode node) {
        if (node.isArray()) {
            node.forEach(ConformanceNormalisation::dropGoArtifacts);
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        object.elements().forEachRemaining(ConformanceNormalisation::dropGoArtifacts);
        if (object.path("creationTimestamp").isNull()) {
            object.remove("creationTimestamp");
        }
        if (object.path("metadata").isObject() && object.path("metadata").isEmpty()) {
            object.remove("metadata");
        }
        if (object.path("resources").isObject() && object.path("resources").isEmpty() && object.has("name")) {
            object.remove("resources");
        }
    }

    private ConformanceNormalisation() {
    }
}
