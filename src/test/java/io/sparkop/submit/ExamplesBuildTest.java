package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.kubeflow.ExecutorPodTemplateBuilder;
import io.sparkop.submit.spark.DriverConf;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What users copy from examples/ passes validation and builds (no Spark output to compare with). */
public class ExamplesBuildTest {

    /** Installed with the operator (deploy/spark-rbac.yaml), so examples may use it without carrying it. */
    public static final String DRIVER_SERVICE_ACCOUNT = "ServiceAccount spark-operator-spark";

    static List<Path> examples() {
        return Manifests.yamlFiles("examples").stream().filter(f -> !isSparkConnect(f)).toList();
    }

    /** SparkConnects are built by io.sparkop.connect, and checked in its SparkConnectExampleTest. */
    static boolean isSparkConnect(Path file) {
        return Manifests.read(file) instanceof io.sparkop.api.SparkConnect;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsValidAndBuilds(Path file) {
        SparkApplication app = application(Manifests.read(file));
        assertEquals(List.of(), SpecValidator.problems(app), file.toString());
        DriverResources resources = DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
        assertEquals(app.getMetadata().getName() + "-driver", resources.driverPod().getMetadata().getName());
        assertEquals(DriverConf.CONTAINER_NAME, resources.driverPod().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(DriverConf.CONTAINER_NAME)).findFirst().orElseThrow().getName());
    }

    /**
     * Every Secret (and key), ConfigMap, claim and PriorityClass the driver and executor pods refer to is
     * in the file, so the pods can start on a fresh cluster instead of waiting on a missing object
     * (CreateContainerConfigError, an unschedulable driver, a refused pod).
     */
    @ParameterizedTest
    @MethodSource("examples")
    void examplesCarryWhatTheirPodsReferTo(Path file) {
        SparkApplication app = application(Manifests.read(file));
        DriverResources resources = DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
        List<JsonNode> pods = new ArrayList<>();
        pods.add(Manifests.tree(resources.driverPod()));
        pods.add(Manifests.tree(ExecutorPodTemplateBuilder.template(app)));
        Set<String> missing = new TreeSet<>();
        for (JsonNode pod : pods) {
            for (String reference : references(pod)) {
                if (!createdBySubmission(reference, resources) && !DRIVER_SERVICE_ACCOUNT.equals(reference)
                        && !carried(reference, Manifests.documents(file))) {
                    missing.add(reference);
                }
            }
        }
        assertEquals(Set.of(), missing, file.toString());
    }

    /** "Kind name" or "Kind name key" for each object a pod spec names. */
    public static Set<String> references(JsonNode node) {
        Set<String> found = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(child -> found.addAll(references(child)));
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "secretKeyRef" -> found.add("Secret " + value.path("name").asText() + " " + value.path("key").asText());
                case "configMapKeyRef" -> found.add("ConfigMap " + value.path("name").asText() + " " + value.path("key").asText());
                case "secretRef" -> found.add("Secret " + value.path("name").asText());
                case "configMapRef" -> found.add("ConfigMap " + value.path("name").asText());
                case "secret" -> found.add("Secret " + value.path(value.has("secretName") ? "secretName" : "name").asText());
                case "configMap" -> found.add("ConfigMap " + value.path("name").asText());
                case "persistentVolumeClaim" -> found.add("PersistentVolumeClaim " + value.path("claimName").asText());
                case "imagePullSecrets" -> value.forEach(s -> found.add("Secret " + s.path("name").asText()));
                case "priorityClassName" -> found.add("PriorityClass " + value.asText());
                case "serviceAccountName" -> found.add("ServiceAccount " + value.asText());
                default -> { }
            }
            found.addAll(references(value));
        });
        return found;
    }

    private static boolean createdBySubmission(String reference, DriverResources resources) {
        List<HasMetadata> created = new ArrayList<>(resources.ownedByDriver());
        created.add(resources.driverService());
        return created.stream().anyMatch(o -> reference.equals(o.getKind() + " " + o.getMetadata().getName()));
    }

    private static boolean carried(String reference, List<JsonNode> documents) {
        String[] parts = reference.split(" ");
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals(parts[0]))
                .filter(d -> d.at("/metadata/name").asText().equals(parts[1]))
                .anyMatch(d -> parts.length < 3 || hasKey(d, parts[2]));
    }

    private static boolean hasKey(JsonNode document, String key) {
        return Stream.of("data", "stringData", "binaryData")
                .anyMatch(section -> document.path(section).has(key));
    }

    /** A schedule's template, as the SparkApplication it will create. */
    private static SparkApplication application(HasMetadata resource) {
        if (resource instanceof SparkApplication app) {
            return app;
        }
        ScheduledSparkApplication scheduled = (ScheduledSparkApplication) resource;
        SparkApplication app = new SparkApplication();
        app.getMetadata().setName(scheduled.getMetadata().getName());
        app.getMetadata().setNamespace(scheduled.getMetadata().getNamespace());
        app.setSpec(scheduled.getSpec().getTemplate());
        return app;
    }
}
