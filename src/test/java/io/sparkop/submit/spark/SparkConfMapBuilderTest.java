package io.sparkop.submit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.DriverResourcesConformanceTest;
import io.sparkop.submit.SpecValidatorTest;
import io.sparkop.submit.Submission;
import io.sparkop.testing.Golden;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** spark.properties as Properties.store writes it, but sorted and dated by the submission: the same text on every build. */
class SparkConfMapBuilderTest {

    @Test
    void propertiesReadBackExactlyWhateverTheyHold() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("spark.master", "k8s://https://10.0.0.1:443");
        entries.put("key with = and :", "value with # and ! and é");
        entries.put("spark.driver.extraJavaOptions", " -Dleading.space=1\t-Dtab=2");
        String text = PropertiesText.of("a comment", Instant.EPOCH, entries);
        assertEquals(new java.util.TreeMap<>(entries), Golden.properties(text));
        assertEquals(List.of("#a comment", "#Thu Jan 01 00:00:00 UTC 1970"), text.lines().limit(2).toList());
    }

    @Test
    void theConfigMapIsImmutableAndSaysItsNamespace() {
        var app = SpecValidatorTest.app("{}");
        ConfigMap configMap = DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION).sparkConf();
        assertEquals(true, configMap.getImmutable());
        assertEquals("spark-jobs", configMap.getData().get("spark.kubernetes.namespace"));
        String text = configMap.getData().get(SparkConfMapBuilder.PROPERTIES_KEY);
        assertEquals(List.of("#Java properties built from Kubernetes config map with name: spark-drv-8000000000000001-conf-map",
                "#Wed Jan 01 00:00:00 UTC 2025"), text.lines().limit(2).toList());
        assertEquals("1735689600000", Golden.properties(text).get("spark.app.submitTime"));
    }

    @Test
    void buildingTwiceGivesTheSameObjects() {
        var app = SpecValidatorTest.app("{}");
        assertEquals(DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION),
                DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION));
    }

    @Test
    void behindTheDashboardsProxyTheDriverGetsTheProxyPathUnlessItsConfSaysOtherwise() {
        var base = DriverResourcesConformanceTest.SUBMISSION;
        var proxied = new Submission(base.submissionId(), base.submitTime(), base.masterUrl(), "/applications/jobs/pi/spark-ui");
        var app = SpecValidatorTest.app("{}");
        assertEquals("/applications/jobs/pi/spark-ui", properties(app, proxied).get("spark.ui.proxyBase"));
        assertEquals(null, properties(app, base).get("spark.ui.proxyBase"));

        var own = SpecValidatorTest.app("spec: {sparkConf: {spark.ui.proxyBase: /spark}}");
        assertEquals("/spark", properties(own, proxied).get("spark.ui.proxyBase"));
    }

    private static Map<String, String> properties(io.sparkop.api.SparkApplication app, Submission submission) {
        ConfigMap configMap = DriverResourcesBuilder.build(app, submission).sparkConf();
        return Golden.properties(configMap.getData().get(SparkConfMapBuilder.PROPERTIES_KEY));
    }
}
