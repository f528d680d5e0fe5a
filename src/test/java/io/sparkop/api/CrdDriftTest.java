package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.crdv2.generator.CRDGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/crds is what users install; it must be exactly what the Java model generates (with
 * {@link CrdSchemaAdditions}). After a
 * model change, run {@code ./mvnw test -Dtest=CrdDriftTest -Dcrd.update=true} and review the diff.
 */
class CrdDriftTest {

    static final Path DEPLOYED = Path.of("deploy/crds");

    @ParameterizedTest
    @ValueSource(strings = {
        "sparkapplications.sparkoperator.k8s.io-v1.yml",
        "scheduledsparkapplications.sparkoperator.k8s.io-v1.yml",
        "sparkconnects.sparkoperator.k8s.io-v1.yml"})
    void deployedCrdIsTheOneTheModelGenerates(String file) throws IOException {
        Path generated = generate().resolve(file);
        if (Boolean.getBoolean("crd.update")) {
            Files.copy(generated, DEPLOYED.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(generated), Files.readString(DEPLOYED.resolve(file)),
                "deploy/crds/" + file + " drifted from the model; regenerate with -Dcrd.update=true");
    }

    static Path generate() throws IOException {
        Path dir = Path.of("target/crd-drift");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        new CRDGenerator()
                .inOutputDir(dir.toFile())
                .forCRDVersions("v1")
                .withPostProcessor(new CrdSchemaAdditions())
                .customResourceClasses(SparkApplication.class, ScheduledSparkApplication.class, SparkConnect.class)
                .generate();
        return dir;
    }
}
