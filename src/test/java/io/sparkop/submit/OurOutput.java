package io.sparkop.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.sparkop.submit.spark.DriverNames;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our objects as the golden files hold Spark's: keyed by the same file names, with the parts Spark
 * makes up at random replaced by the oracle's placeholders, and owned by the driver pod as the
 * submitter will make them (Owners.driver, once the API server has given the pod its uid).
 */
final class OurOutput {

    static final String DRIVER_POD_UID = "$DRIVER_POD_UID";

    static Map<String, JsonNode> of(DriverResources resources, Submission submission, String appName) {
        Pod created = new PodBuilder(resources.driverPod()).editMetadata().withUid(DRIVER_POD_UID).endMetadata().build();
        Map<String, JsonNode> files = new TreeMap<>();
        ObjectNode objects = JsonNodeFactory.instance.objectNode();
        Placeholders placeholders = new Placeholders(submission, appName);
        files.put("pod.yaml", ConformanceNormalisation.podLike(placeholders.tree(resources.driverPod())));
        objects.put("Pod/" + resources.driverPod().getMetadata().getName(), resources.driverPod().getMetadata().getNamespace());
        for (HasMetadata owned : resources.ownedByDriver()) {
            owned.getMetadata().setOwnerReferences(java.util.List.of(Owners.driver(created)));
            JsonNode tree = placeholders.tree(owned);
            String file = fileName(owned);
            files.put(file, switch (file) {
                case SparkOutput.CONF_MAP -> confMap(tree, files);
                case SparkOutput.EXECUTOR_TEMPLATE -> SparkOutput.executorTemplate(tree);
                default -> tree;
            });
            objects.put(owned.getKind() + "/" + tree.path("metadata").path("name").asText(), owned.getMetadata().getNamespace());
        }
        files.put(SparkOutput.OBJECTS, objects);
        return files;
    }

    private static String fileName(HasMetadata object) {
        String name = object.getMetadata().getName();
        if (object instanceof NetworkPolicy) {
            return "networkpolicy.yaml";
        }
        if (object instanceof ConfigMap && name.startsWith("spark-drv-")) {
            return SparkOutput.CONF_MAP;
        }
        if (object instanceof ConfigMap && name.endsWith("-driver-podspec-conf-map")) {
            return SparkOutput.EXECUTOR_TEMPLATE;
        }
        return object.getKind().equals("Service") ? "service.yaml" : object.getKind().toLowerCase() + "-" + name + ".yaml";
    }

    /** Splits our ConfigMap into its spark.properties (compared alone) and the rest, as for Spark's. */
    private static JsonNode confMap(JsonNode configMap, Map<String, JsonNode> files) {
        String text = configMap.path("data").path(SparkOutput.PROPERTIES).asText();
        files.put(SparkOutput.PROPERTIES, Golden.tree(Golden.properties(text)));
        return SparkOutput.confMap(configMap);
    }

    /** The oracle's placeholders for what Spark draws at random; we derive the same parts from the submission. */
    record Placeholders(Submission submission, String appName) {

        JsonNode tree(Object object) {
            String json = Manifests.SERIALIZATION.asJson(object);
            String prefix = DriverNames.resourceNamePrefix(appName, submission.uniqueId());
            String fallbackService = "spark-" + submission.uniqueId() + "-driver-svc";
            json = json.replace(submission.sparkAppId(), "$APP_ID")
                    .replace(DriverNames.confMapName(submission.uniqueId()), "$CONF_MAP");
            if (!fallbackService.equals(prefix + "-driver-svc")) {
                json = json.replace(fallbackService, "spark-$SVC_ID-driver-svc");
            }
            json = json.replace(prefix, "$PREFIX")
                    .replaceAll("/var/data/spark-[0-9a-f-]{36}", "/var/data/spark-\\$UUID")
                    .replaceAll("spark\\.app\\.submitTime=[0-9]+", "spark.app.submitTime=\\$MILLIS");
            return Golden.parseYaml(json);
        }
    }

    private OurOutput() {
    }
}
