package io.sparkop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
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
import java.util.Set;
import java.util.stream.Stream;

/** Reads manifests the way the operator's client does: fabric8's serialization plus our lenient specs. */
public final class Manifests {

    public static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization(
            new ObjectMapper().registerModule(new LenientSpecModule()), true);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> OUR_KINDS = Set.of("SparkApplication", "ScheduledSparkApplication", "SparkConnect");

    public static <T extends HasMetadata> T read(Path file, Class<T> type) {
        return SERIALIZATION.unmarshal(text(file), type);
    }

    /**
     * Reads the one resource of our kinds in a file, chosen by its {@code kind}; the file may hold
     * other documents too (an example's prerequisites).
     */
    public static HasMetadata read(Path file) {
        JsonNode ours = ourDocument(file);
        return switch (ours.path("kind").asText()) {
            case "SparkApplication" -> SERIALIZATION.unmarshal(ours.toString(), SparkApplication.class);
            case "SparkConnect" -> SERIALIZATION.unmarshal(ours.toString(), io.sparkop.api.SparkConnect.class);
            default -> SERIALIZATION.unmarshal(ours.toString(), ScheduledSparkApplication.class);
        };
    }

    /** Every document of a YAML file, in order. */
    public static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text(file))) {
            return documents.readAll().stream().filter(JsonNode::isObject).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one SparkApplication or ScheduledSparkApplication document of a file. */
    public static JsonNode ourDocument(Path file) {
        List<JsonNode> ours = documents(file).stream().filter(Manifests::isOurs).toList();
        if (ours.size() != 1) {
            throw new IllegalArgumentException(file + ": " + ours.size() + " documents of kind " + OUR_KINDS
                    + ", expected exactly one");
        }
        return ours.get(0);
    }

    public static boolean isOurs(JsonNode document) {
        return OUR_KINDS.contains(document.path("kind").asText());
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
