package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.kube.Problems;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in src/test/resources/malformed/ starts with {@code # expect: <message>}: reading it must
 * not throw, and the problem reported for it must be exactly that message.
 */
public class MalformedManifestTest {

    static List<Path> malformed() {
        return Manifests.yamlFiles("src/test/resources/malformed");
    }

    @Test
    void atLeastTenMalformedManifestsAreCovered() {
        assertTrue(malformed().size() >= 10);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedManifestIsReadAndItsProblemNamed(Path file) {
        HasMetadata resource = Manifests.read(file);
        Object spec = resource instanceof SparkApplication app ? app.getSpec()
                : ((ScheduledSparkApplication) resource).getSpec();
        assertEquals(expectedProblem(file), Problems.unreadable(spec));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void unreadableSpecIsWrittenBackExactlyAsTheUserWroteIt(Path file) {
        HasMetadata resource = Manifests.read(file);
        assertEquals(Manifests.tree(file).get("spec"), Manifests.tree(resource).get("spec"));
    }

    public static String expectedProblem(Path file) {
        String first = Manifests.text(file).lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("# expect: "), file + " must start with '# expect: '");
        return first.substring("# expect: ".length());
    }
}
