package io.sparkop.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkop.testing.Golden.GoldenCase;
import io.sparkop.testing.Golden;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's recorded output for one golden case as trees keyed by golden file name, plus "objects":
 * what was created, from requests.log. Every file in the case's folder is read; an unknown one fails.
 */
final class SparkOutput {

    static final String OBJECTS = "objects";
    static final String PROPERTIES = "spark.properties";
    static final String CONF_MAP = "configmap.yaml";
    static final String EXECUTOR_TEMPLATE = "executor-pod-template-configmap.yaml";
    static final String TEMPLATE_KEY = "podspec-configmap-key";
    private static final Pattern REQUEST =
            Pattern.compile("(POST|PATCH|PUT) /apis?/(?:[a-z0-9.]+/)?v1/namespaces/([^/]+)/([a-z]+)(?:/([^?\\s]+))?.*");
    private static final Map<String, String> KINDS = Map.of("pods", "Pod", "services", "Service",
            "configmaps", "ConfigMap", "networkpolicies", "NetworkPolicy");

    static Map<String, JsonNode> of(GoldenCase golden) {
        Map<String, JsonNode> files = new TreeMap<>();
        String podName = golden.expected("pod.yaml").path("metadata").path("name").asText();
        ObjectNode objects = objects(golden.text("requests.log"), podName);
        String namespace = objects.elements().next().asText();
        for (String file : golden.files()) {
            switch (file) {
                case "requests.log" -> files.put(OBJECTS, objects);
                case PROPERTIES -> files.put(file, Golden.tree(Golden.properties(golden.text(file))));
                case CONF_MAP -> files.put(file, confMap(golden.expected(file)));
                case EXECUTOR_TEMPLATE -> files.put(file, executorTemplate(withNamespace(golden.expected(file), namespace)));
                case "pod.yaml" -> files.put(file, ConformanceNormalisation.podLike(withNamespace(golden.expected(file), namespace)));
                default -> {
                    if (!file.endsWith(".yaml")) {
                        throw new AssertionError(golden + ": unknown golden file " + file);
                    }
                    files.put(file, withNamespace(golden.expected(file), namespace));
                }
            }
        }
        return files;
    }

    /**
     * Spark sends the Pod, Service and pod template ConfigMap without metadata.namespace (the
     * namespace is in the request URL); we compare it as if it were in the body.
     */
    private static JsonNode withNamespace(JsonNode object, String namespace) {
        ObjectNode metadata = (ObjectNode) object.path("metadata");
        if (!metadata.has("namespace")) {
            metadata.put("namespace", namespace);
        }
        return object;
    }

    /** "Kind/name" to namespace, for every object a request created. */
    static ObjectNode objects(String requestsLog, String podName) {
        ObjectNode objects = JsonNodeFactory.instance.objectNode();
        for (String line : requestsLog.split("\n")) {
            Matcher m = REQUEST.matcher(line.trim());
            if (m.matches()) {
                String kind = KINDS.getOrDefault(m.group(3), m.group(3));
                objects.put(kind + "/" + (m.group(4) == null ? podName : m.group(4)), m.group(2));
            }
        }
        return objects;
    }

    /** spark.properties is compared on its own; here only its two comment lines stay. */
    static JsonNode confMap(JsonNode configMap) {
        ObjectNode data = (ObjectNode) configMap.path("data");
        String[] lines = data.path(PROPERTIES).asText().split("\n", 3);
        data.put(PROPERTIES, lines[0] + "\n" + lines[1].replaceAll("^#.*$", "#\\$DATE") + "\n");
        return configMap;
    }

    /** The template is YAML text inside the ConfigMap: compared as a tree. */
    static JsonNode executorTemplate(JsonNode configMap) {
        ObjectNode data = (ObjectNode) configMap.path("data");
        data.set(TEMPLATE_KEY, ConformanceNormalisation.podLike(Golden.parseYaml(data.path(TEMPLATE_KEY).asText())));
        return configMap;
    }

    private SparkOutput() {
    }
}
