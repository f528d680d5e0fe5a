package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in examples/ is what users copy: it must read into the model and lose nothing on the way back. */
class ExamplesTest {

    static List<Path> examples() {
        return Manifests.yamlFiles("examples");
    }

    @Test
    void everyMajorFeatureHasAnExample() {
        assertEquals(9, examples().size(), "examples/: " + examples());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleReadsIntoTheModel(Path file) {
        HasMetadata resource = Manifests.read(file);
        Object spec = resource instanceof SparkApplication app ? app.getSpec()
                : assertInstanceOf(ScheduledSparkApplication.class, resource).getSpec().getTemplate();
        assertNotNull(spec, file + " has no spec");
        assertFalse(spec instanceof UnreadableSpec, () -> file + ": " + ((UnreadableSpec) spec).problem());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRoundTripsWithoutLosingAField(Path file) {
        HasMetadata resource = Manifests.read(file);
        assertEquals(Manifests.tree(file), Manifests.tree(resource));
    }
}
