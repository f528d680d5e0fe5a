package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in examples/ is what users copy: one SparkApplication, ScheduledSparkApplication or SparkConnect, after the
 * objects it needs (Secrets, ConfigMaps, claims, a PriorityClass), so {@code kubectl apply -f} of the file
 * runs it. It must read into the model and lose nothing on the way back.
 */
class ExamplesTest {

    /** What an example may carry besides the application: what a pod needs to be scheduled and started. */
    static final Set<String> PREREQUISITE_KINDS = Set.of(
            "Secret", "ConfigMap", "PersistentVolumeClaim", "PersistentVolume", "PriorityClass");

    static List<Path> examples() {
        return Manifests.yamlFiles("examples");
    }

    @Test
    void everyMajorFeatureHasAnExample() {
        assertEquals(10, examples().size(), "examples/: " + examples());
    }

    /** hack/e2e applies every example and waits for the state its table names; a file left out fails there too. */
    @ParameterizedTest
    @MethodSource("examples")
    void exampleHasAnExpectedStateInTheEndToEndTable(Path file) {
        String table = Manifests.text(Path.of("hack/e2e.d/50-examples.sh"));
        assertTrue(table.contains("[" + file.getFileName() + "]="), file + " is not in EXAMPLE_STATE of hack/e2e.d/50-examples.sh");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleReadsIntoTheModel(Path file) {
        HasMetadata resource = Manifests.read(file);
        Object spec = resource instanceof SparkApplication app ? app.getSpec()
                : resource instanceof SparkConnect conn ? conn.getSpec()
                : assertInstanceOf(ScheduledSparkApplication.class, resource).getSpec().getTemplate();
        assertNotNull(spec, file + " has no spec");
        assertFalse(spec instanceof UnreadableSpec, () -> file + ": " + ((UnreadableSpec) spec).problem());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRoundTripsWithoutLosingAField(Path file) {
        HasMetadata resource = Manifests.read(file);
        assertEquals(Manifests.ourDocument(file), Manifests.tree(resource));
    }

    /** kubectl applies documents in order and the operator submits at once: what the driver needs comes first. */
    @ParameterizedTest
    @MethodSource("examples")
    void theApplicationIsTheLastDocument(Path file) {
        List<JsonNode> documents = Manifests.documents(file);
        assertEquals(Manifests.ourDocument(file), documents.get(documents.size() - 1), file.toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void prerequisitesAreObjectsPodsNeedInTheApplicationsNamespace(Path file) {
        String namespace = Manifests.ourDocument(file).path("metadata").path("namespace").asText();
        for (JsonNode document : Manifests.documents(file)) {
            if (Manifests.isOurs(document)) {
                continue;
            }
            String what = file + ": " + document.path("kind").asText() + " " + document.at("/metadata/name").asText();
            assertTrue(PREREQUISITE_KINDS.contains(document.path("kind").asText()), what);
            JsonNode itsNamespace = document.at("/metadata/namespace");
            assertTrue(itsNamespace.isMissingNode() || itsNamespace.asText().equals(namespace),
                    what + " is not in the application's namespace " + namespace);
        }
    }
}
