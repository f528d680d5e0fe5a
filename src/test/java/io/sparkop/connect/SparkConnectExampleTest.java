package io.sparkop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkop.api.SparkConnect;
import io.sparkop.submit.ExamplesBuildTest;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** examples/spark-connect.yaml is valid, builds, and its server pod refers only to what exists on a fresh install. */
class SparkConnectExampleTest {

    static final Path EXAMPLE = Path.of("examples/spark-connect.yaml");

    @Test
    void exampleIsValidAndBuilds() {
        SparkConnect conn = Manifests.read(EXAMPLE, SparkConnect.class);
        assertEquals(List.of(), ConnectProblems.problems(conn));
        assertEquals("spark-connect-server", ConnectServerBuilder.build(conn).serverPod().getMetadata().getName());
    }

    @Test
    void theServerPodRefersOnlyToItsConfigMapAndTheInstalledServiceAccount() {
        SparkConnect conn = Manifests.read(EXAMPLE, SparkConnect.class);
        Set<String> references = new TreeSet<>(ExamplesBuildTest.references(
                Manifests.tree(ConnectServerBuilder.build(conn).serverPod())));
        assertEquals(Set.of("ConfigMap spark-connect-conf", ExamplesBuildTest.DRIVER_SERVICE_ACCOUNT), references);
    }

    @Test
    void theEndpointToPasteIntoANotebookNamesTheService() {
        assertEquals("sc://spark-connect-server.default.svc.cluster.local:15002",
                ConnectNames.endpoint(Manifests.read(EXAMPLE, SparkConnect.class)));
    }
}
