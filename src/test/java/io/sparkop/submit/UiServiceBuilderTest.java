package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Service;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class UiServiceBuilderTest {

    static final Submission SUBMISSION = new Submission("00000000-0000-4000-8000-000000000001",
            Instant.parse("2026-11-25T12:00:00Z"), Submission.IN_CLUSTER_MASTER);

    @ParameterizedTest
    @CsvSource({
        "spark-pi, spark-pi-ui-svc",
        "2024-report, x024-report-ui-svc",
        "etl.daily, etl-daily-ui-svc",
        "an-application-name-long-enough-to-be-cut-in-its-ui-svc-name, an-application-name-long-enough-to-be-cut-in-its-ui-svc-name-ui",
    })
    void nameIsKubeflowsWhereThatIsAValidServiceName(String app, String service) {
        assertEquals(service, UiServiceBuilder.name(app(app)));
        assertTrue(service.matches("[a-z]([-a-z0-9]*[a-z0-9])?") && service.length() <= 63);
    }

    /** kubeflow's webhook refuses names that are no DNS-1035 label, so no Service name is ever derived from one. */
    @ParameterizedTest
    @CsvSource({"2024-report", "etl.daily"})
    void applicationNamesThatAreNotServiceNamesAreRefusedAsKubeflowDoes(String name) {
        assertEquals(List.of("invalid SparkApplication name \"" + name + "\": " + SpecValidatorTest.DNS_1035),
                SpecValidator.problems(app(name)));
    }

    @org.junit.jupiter.api.Test
    void uiServiceSelectsTheDriverOnItsUiPort() {
        Service service = DriverResourcesBuilder.build(app("spark-pi"), SUBMISSION).uiService();
        assertEquals(4040, service.getSpec().getPorts().get(0).getPort());
        assertEquals("spark-driver-ui-port", service.getSpec().getPorts().get(0).getName());
        assertEquals("driver", service.getSpec().getSelector().get("spark-role"));
        assertEquals("SparkApplication", service.getMetadata().getOwnerReferences().get(0).getKind());
    }

    @org.junit.jupiter.api.Test
    void uiServiceTargetsTheUiPortTheDriverContainerExposes() {
        SparkApplication app = app("spark-pi");
        app.getSpec().setSparkConf(java.util.Map.of("spark.ui.port", "4141"));
        DriverResources resources = DriverResourcesBuilder.build(app, SUBMISSION);
        int containerPort = resources.driverPod().getSpec().getContainers().get(0).getPorts().stream()
                .filter(p -> p.getName().equals("spark-ui")).findFirst().orElseThrow().getContainerPort();
        assertEquals(4141, containerPort);
        assertEquals(4141, resources.uiService().getSpec().getPorts().get(0).getTargetPort().getIntVal());
    }

    private static SparkApplication app(String name) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setUid("uid-1");
        return app;
    }
}
