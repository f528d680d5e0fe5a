package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.spark.DriverConf;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What users copy from examples/ passes validation and builds (no Spark output to compare with). */
class ExamplesBuildTest {

    static List<Path> examples() {
        return Manifests.yamlFiles("examples");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsValidAndBuilds(Path file) {
        SparkApplication app = application(Manifests.read(file));
        assertEquals(List.of(), SpecValidator.problems(app), file.toString());
        DriverResources resources = DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION);
        assertEquals(app.getMetadata().getName() + "-driver", resources.driverPod().getMetadata().getName());
        assertEquals(DriverConf.CONTAINER_NAME, resources.driverPod().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(DriverConf.CONTAINER_NAME)).findFirst().orElseThrow().getName());
    }

    /** A schedule's template, as the SparkApplication it will create. */
    private static SparkApplication application(HasMetadata resource) {
        if (resource instanceof SparkApplication app) {
            return app;
        }
        ScheduledSparkApplication scheduled = (ScheduledSparkApplication) resource;
        SparkApplication app = new SparkApplication();
        app.getMetadata().setName(scheduled.getMetadata().getName());
        app.getMetadata().setNamespace(scheduled.getMetadata().getNamespace());
        app.setSpec(scheduled.getSpec().getTemplate());
        return app;
    }
}
