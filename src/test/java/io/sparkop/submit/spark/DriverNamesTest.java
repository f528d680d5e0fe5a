package io.sparkop.submit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkop.submit.kubeflow.KubeflowVolumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names Spark gives, and where Kubernetes' 63-character limit makes Spark (or kubeflow) shorten them. */
class DriverNamesTest {

    private static final String ID = "8000000000000001";
    private static final String NAME_63 = "spark-application-name-that-is-exactly-sixty-three-characters-x";

    @Test
    void theAppNameLabelIsCutTo63Characters() {
        String label = DriverNames.appNameLabel(NAME_63 + "-and-more");
        assertEquals(NAME_63, label);
        assertEquals(63, label.length());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "spark-pi, spark-pi",
        "Spark Pi!, spark-pi",
        "'  My_App.v2  ', my-app-v2",
        "--weird--, weird",
    })
    void theAppNameLabelIsMadeDnsSafe(String appName, String label) {
        assertEquals(label, DriverNames.appNameLabel(appName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "spark-pi, spark-pi-8000000000000001",
        "My_App.v2, my-app-v2-8000000000000001",
        "1st-app, xst-app-8000000000000001",
    })
    void theResourcePrefixIsTheSafeNameAndTheUniqueId(String appName, String prefix) {
        assertEquals(prefix, DriverNames.resourceNamePrefix(appName, ID));
    }

    @Test
    void theServiceIsNamedAfterThePrefixWhileThatFitsIn63Characters() {
        String prefix = DriverNames.resourceNamePrefix("spark-pi", ID);
        assertEquals("spark-pi-8000000000000001-driver-svc", DriverNames.serviceName(prefix, ID));
    }

    @Test
    void aLongNameGivesTheServiceSparksShortFallbackName() {
        String prefix = DriverNames.resourceNamePrefix(NAME_63, ID);
        String service = DriverNames.serviceName(prefix, ID);
        assertEquals("spark-8000000000000001-driver-svc", service);
        assertTrue(service.length() <= 63);
    }

    @Test
    void theServiceNameMayBeExactly63Characters() {
        String prefix = "a".repeat(63 - "-driver-svc".length());
        assertEquals(prefix + "-driver-svc", DriverNames.serviceName(prefix, ID));
        assertEquals("spark-" + ID + "-driver-svc", DriverNames.serviceName(prefix + "b", ID));
    }

    @Test
    void kubeflowCutsConfigMapVolumeNamesTo63Characters() {
        String volume = KubeflowVolumes.volumeName("c".repeat(70) + "-vol");
        assertEquals("c".repeat(63), volume);
        assertEquals("app-config-vol", KubeflowVolumes.volumeName("app-config-vol"));
    }

    @Test
    void theConfMapNameCarriesTheUniqueId() {
        assertEquals("spark-drv-8000000000000001-conf-map", DriverNames.confMapName(ID));
    }
}
