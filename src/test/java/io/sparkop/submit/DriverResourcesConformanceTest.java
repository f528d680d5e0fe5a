package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.Golden.GoldenCase;
import io.sparkop.testing.Golden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case, for every Spark version: the objects we build equal, field by field, what
 * Spark's own spark-submit created for the same SparkApplication (pod, Service, ConfigMap and every
 * spark.properties entry, NetworkPolicy, executor pod template, the set of objects created), except
 * for the differences listed, with reasons, in {@link DeliberateDifferences}.
 */
public class DriverResourcesConformanceTest {

    public static final Submission SUBMISSION = new Submission(
            "00000000-0000-4000-8000-000000000001", Instant.parse("2025-01-01T00:00:00Z"), Submission.IN_CLUSTER_MASTER);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.sparkop.testing.Golden#cases")
    void buildsWhatSparkSubmitCreated(GoldenCase golden) {
        SparkApplication app = application(golden);
        assertEquals(DeliberateDifferences.VALIDATION_PROBLEMS.getOrDefault(golden.name(), List.of()),
                SpecValidator.problems(app));
        Map<String, JsonNode> spark = SparkOutput.of(golden);
        Map<String, JsonNode> ours = OurOutput.of(DriverResourcesBuilder.build(app, SUBMISSION), SUBMISSION,
                app.getMetadata().getName());
        List<String> unmatched = new ArrayList<>();
        DeliberateDifferences.ALL_DIFFERENCES.stream()
                .filter(d -> d.appliesTo(golden.name(), golden.sparkVersion()))
                .forEach(d -> d.apply(spark, ours).ifPresent(unmatched::add));
        assertEquals(List.of(), unmatched, "deliberate differences that did not match");
        TreeSet<String> files = new TreeSet<>(spark.keySet());
        files.addAll(ours.keySet());
        Function<String, Executable> sameFile = file -> () -> {
            String expected = Golden.canonicalYaml(spark.get(file));
            String actual = Golden.canonicalYaml(ours.get(file));
            if (!expected.equals(actual)) {
                fail(golden + ": " + file + " differs (- Spark, + ours):\n" + Golden.lineDiff(expected, actual));
            }
        };
        assertAll(golden.toString(), files.stream().map(sameFile));
    }

    @Test
    void everyListedCaseExists() {
        assumeTrue(Golden.ROOT.equals(Golden.CORPUS), "another corpus (-Dgolden.root)");
        List<String> cases = Golden.caseNames();
        Stream.of(DeliberateDifferences.ALL_DIFFERENCES.stream().map(Difference::caseName),
                        DeliberateDifferences.VALIDATION_PROBLEMS.keySet().stream())
                .flatMap(names -> names)
                .filter(name -> !name.equals(Difference.ALL))
                .forEach(name -> assertTrue(cases.contains(name), "no golden case " + name));
    }

    private static SparkApplication application(GoldenCase golden) {
        return golden.application(golden.applicationTree());
    }
}
