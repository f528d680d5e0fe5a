package io.sparkop.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Helm chart installs the CRDs from its own crds/ folder, which Helm needs inside the chart: it must be an
 * exact copy of deploy/crds (generated from the model). After regenerating deploy/crds, run
 * {@code hack/helm render} (or copy the files) and review the diff.
 */
class ChartCrdsTest {

    static final Path DEPLOYED = Path.of("deploy/crds");
    static final Path CHART = Path.of("deploy/helm/sparkop/crds");

    @Test
    void chartHasTheSameCrdFilesAsDeploy() throws IOException {
        assertEquals(names(DEPLOYED), names(CHART), "deploy/helm/sparkop/crds must hold exactly the files of deploy/crds");
    }

    @Test
    void chartCrdsAreExactCopies() throws IOException {
        for (String name : names(DEPLOYED)) {
            assertEquals(Files.readString(DEPLOYED.resolve(name)), Files.readString(CHART.resolve(name)),
                    "deploy/helm/sparkop/crds/" + name + " differs from deploy/crds; run hack/helm render");
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
