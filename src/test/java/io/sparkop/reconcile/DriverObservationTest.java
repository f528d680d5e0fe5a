package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubeflow's GetDriverState: pod phase and the driver container's exit code. */
class DriverObservationTest {

    @ParameterizedTest(name = "{0}, exit {1}: {2}")
    @CsvSource({
        "Pending,   ,    PENDING",
        "'',        ,    PENDING",
        "Running,   ,    RUNNING",
        "Running,   0,   SUCCEEDED",
        "Running,   1,   FAILED",
        "Succeeded, 0,   SUCCEEDED",
        "Failed,    0,   SUCCEEDED",
        "Failed,    137, FAILED",
        "Failed,    ,    FAILED",
        "Unknown,   ,    UNKNOWN",
        "Evicted,   ,    UNKNOWN",
    })
    void thePhaseComesFromThePodAndTheDriverContainer(String podPhase, Integer exitCode, DriverPhase phase) {
        assertEquals(phase, DriverObservation.of(TransitionsTest.driver(podPhase, exitCode, "Error")).phase());
    }

    @Test
    void theFailureMessageIsKubeflowsWording() {
        assertEquals("driver container failed with ExitCode: 137, Reason: OOMKilled",
                DriverObservation.of(TransitionsTest.driver("Failed", 137, "OOMKilled")).failureMessage());
        assertEquals("driver container status missing",
                DriverObservation.of(TransitionsTest.driver("Failed", null, null)).failureMessage());
    }

    @Test
    void theSparkApplicationIdComesFromTheDriversLabel() {
        assertEquals("spark-0123", DriverObservation.of(TransitionsTest.driver("Running", null, null)).sparkAppId());
    }
}
