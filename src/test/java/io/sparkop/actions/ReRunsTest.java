package io.sparkop.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReRunsTest {

    @ParameterizedTest(name = "{0} existing -> {1}")
    @CsvSource(delimiter = '|', value = {
        "'' | 1",
        "pi-rerun-1 | 2",
        "pi-rerun-1,pi-rerun-7,pi-rerun-3 | 8",
        "pi-rerun-x,pi-rerun-01,pi-2-rerun-5,other | 1",
    })
    void theNextNumberFollowsTheHighestReRun(String existing, int next) {
        List<SparkApplication> apps = Arrays.stream(existing.split(",")).filter(n -> !n.isEmpty())
                .map(ReRunsTest::app).toList();
        assertEquals(next, ReRuns.next("pi", apps));
    }

    @Test
    void longNamesAreCutWithAHashAndStayDistinct() {
        String a = "a".repeat(58) + "-one";
        String b = "a".repeat(58) + "-two";
        String nameA = ReRuns.name(a, 123456789);
        assertTrue(nameA.length() <= ReRuns.MAX_NAME_LENGTH, nameA);
        assertTrue(nameA.endsWith("-rerun-123456789"), nameA);
        assertNotEquals(nameA, ReRuns.name(b, 123456789));
        assertEquals(2, ReRuns.next(a, List.of(app(ReRuns.name(a, 1)))));
    }

    @Test
    void aReRunCopiesTheSpecAndLabelsButBelongsToNoSchedule() {
        SparkApplication original = app("etl-1700000000");
        original.getMetadata().setNamespace("data");
        original.getMetadata().setLabels(Map.of("team", "data", Labels.SCHEDULED_APP_NAME, "etl"));
        SparkApplicationSpec spec = new SparkApplicationSpec();
        spec.setMainClass("org.example.Etl");
        original.setSpec(spec);

        SparkApplication rerun = ReRuns.build(original, 3, new KubernetesSerialization());
        assertEquals("etl-1700000000-rerun-3", rerun.getMetadata().getName());
        assertEquals("data", rerun.getMetadata().getNamespace());
        assertEquals("org.example.Etl", rerun.getSpec().getMainClass());
        assertEquals(Map.of("team", "data", ReRuns.RERUN_OF, "etl-1700000000"), rerun.getMetadata().getLabels());
        assertFalse(rerun.getSpec() == original.getSpec(), "a copy, not the original's spec");
        assertTrue(rerun.getMetadata().getOwnerReferences() == null || rerun.getMetadata().getOwnerReferences().isEmpty());
    }

    private static SparkApplication app(String name) {
        SparkApplication app = new SparkApplication();
        app.getMetadata().setName(name);
        return app;
    }
}
