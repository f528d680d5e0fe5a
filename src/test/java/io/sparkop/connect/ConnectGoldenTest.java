package io.sparkop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.SparkConnect;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Our snapshot of what we build for kubeflow's example SparkConnect (golden/sparkconnect/spark-connect):
 * spark.properties is exactly the file the server reads, server-pod.yaml the full pod with its command.
 * The spark-connect-session module starts a real server from these two. Rewritten only with
 * {@code -Dgolden.update=true}, diff reviewed.
 */
class ConnectGoldenTest {

    static final Path DIR = Golden.CORPUS.resolve("sparkconnect/spark-connect");
    static final String UID = "00000000-0000-0000-0000-00000000c0de";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static SparkConnect kubeflowExample() {
        SparkConnect conn = Manifests.read(DIR.resolve("sparkconnect.yaml"), SparkConnect.class);
        conn.getMetadata().setUid(UID);
        return conn;
    }

    @Test
    void sparkPropertiesAreOurSnapshot() throws IOException {
        ConnectResources built = ConnectServerBuilder.build(kubeflowExample());
        assertSnapshot("spark.properties", built.configMap().getData().get(ConnectConf.PROPERTIES_FILE));
    }

    @Test
    void serverPodIsOurSnapshot() throws IOException {
        assertSnapshot("server-pod.yaml", yaml(ConnectServerBuilder.build(kubeflowExample()).serverPod()));
    }

    @Test
    void serviceIsOurSnapshot() throws IOException {
        assertSnapshot("service.yaml", yaml(ConnectServerBuilder.build(kubeflowExample()).service()));
    }

    @Test
    void configMapIsOurSnapshot() throws IOException {
        assertSnapshot("configmap.yaml", yaml(ConnectServerBuilder.build(kubeflowExample()).configMap()));
    }

    static String yaml(Object object) {
        return Golden.canonicalYaml(Manifests.tree(object));
    }

    private static void assertSnapshot(String file, String actual) throws IOException {
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        String expected = Files.readString(golden);
        assertEquals(expected, actual, () -> file + " differs from its snapshot:\n" + Golden.lineDiff(expected, actual));
    }
}
