package io.sparkop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.LenientSpecModule;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads manifests the way the operator's client does: fabric8's serialization plus our lenient specs. */
public final class Manifests {

    public static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization(
            new ObjectMapper().registerModule(new LenientSpecModule()), true);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static <T extends HasMetadata> T read(Path file, Class<T> type) {
        return SERIALIZATION.unmarshal(text(file), type);
    }

    /** Reads one of our two kinds, chosen by the manifest's {@code kind}. */
    public static HasMetadata read(Path file) {
        String kind = tree(file).path("kind").asText();
        return switch (kind) {
            case "SparkApplication" -> read(file, SparkApplication.class);
            case "ScheduledSparkApplication" -> read(file, ScheduledSparkApplication.class);
            default -> throw new IllegalArgumentException(file + ": not a kind of ours: " + kind);
        };
    }

    public static JsonNode tree(Path file) {
        try {
            return YAML.readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Object object) {
        try {
            return YAML.readTree(SERIALIZATION.asJson(object));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> yamlFiles(String dir) {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifests() {
    }
}
