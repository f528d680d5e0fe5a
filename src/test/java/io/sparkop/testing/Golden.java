package io.sparkop.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.sparkop.api.SparkApplication;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden corpus (src/test/resources/golden/CASE): app.yaml, the SparkApplication, and per Spark
 * version what Spark's own spark-submit created for it, recorded and normalised by spark-oracle/.
 * Trees compare as canonical YAML (keys sorted) so that a failure reads as a diff.
 */
public final class Golden {

    /** The corpus; {@code -Dgolden.root=DIR} points the tests at another one, e.g. new cases not yet committed. */
    public static final Path CORPUS = Path.of("src/test/resources/golden");
    public static final Path ROOT = System.getProperty("golden.root") == null ? CORPUS : Path.of(System.getProperty("golden.root"));
    public static final List<String> SPARK_VERSIONS = List.of("3.5.6", "4.2.0");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    /** One case for one Spark version. */
    public record GoldenCase(String name, String sparkVersion) {

        public Path dir() {
            return ROOT.resolve(name);
        }

        public Path outputDir() {
            return dir().resolve("spark-" + sparkVersion);
        }

        /** app.yaml, with spec.sparkVersion set to this case's Spark version. */
        public SparkApplication application() {
            return application(applicationTree());
        }

        /** app.yaml as a tree, for a test that must edit it before reading. */
        public ObjectNode applicationTree() {
            return (ObjectNode) Manifests.tree(dir().resolve("app.yaml"));
        }

        /** The application in {@code tree}, with spec.sparkVersion set to this case's Spark version. */
        public SparkApplication application(JsonNode tree) {
            SparkApplication app = Manifests.SERIALIZATION.unmarshal(tree.toString(), SparkApplication.class);
            app.getSpec().setSparkVersion(sparkVersion);
            return app;
        }

        /** The names of the files Spark's output has for this version. */
        public List<String> files() {
            try (Stream<Path> files = Files.list(outputDir())) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public JsonNode expected(String file) {
            return Manifests.tree(outputDir().resolve(file));
        }

        public String text(String file) {
            return Manifests.text(outputDir().resolve(file));
        }

        @Override
        public String toString() {
            return name + " @ Spark " + sparkVersion;
        }
    }

    public static List<String> caseNames() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.exists(d.resolve("app.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case with every Spark version. */
    public static Stream<GoldenCase> cases() {
        return caseNames().stream().flatMap(name -> SPARK_VERSIONS.stream().map(v -> new GoldenCase(name, v)));
    }

    public static Stream<GoldenCase> spark42() {
        return caseNames().stream().map(name -> new GoldenCase(name, "4.2.0"));
    }

    public static Stream<GoldenCase> spark35() {
        return caseNames().stream().map(name -> new GoldenCase(name, "3.5.6"));
    }

    /** Properties text (java.util.Properties format) as a map sorted by key. */
    public static Map<String, String> properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        return sorted;
    }

    public static ObjectNode tree(Map<String, String> map) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        map.forEach(node::put);
        return node;
    }

    public static JsonNode parseYaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as YAML with every map's keys sorted; list order is kept. */
    public static String canonicalYaml(JsonNode tree) {
        try {
            return tree == null ? "(absent)\n" : YAML.writeValueAsString(sorted(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines that differ, "-" for expected and "+" for actual, each with its line number in the
     * expected text and the nearest key above it, so a failure reads as a diff of the canonical YAML.
     */
    public static String lineDiff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder diff = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                diff.append(String.format("%4d + %s%n", i + 1, b[j++]));
            } else {
                diff.append(String.format("%4d - %s%n", i + 1, a[i++]));
            }
        }
        return diff.toString();
    }

    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> sorted.set(n, sorted(node.get(n))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(sorted(item)));
            return array;
        }
        return node;
    }

    private Golden() {
    }
}
