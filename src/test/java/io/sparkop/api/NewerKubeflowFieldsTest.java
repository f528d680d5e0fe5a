package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fields of kubeflow's newest CRDs (v2.5.x and main): the model keeps every one of them through a
 * read and a write, in a SparkApplication and inside a ScheduledSparkApplication's template, and
 * the deployed schema declares them, so the API server does not prune them.
 */
class NewerKubeflowFieldsTest {

    static final String SPEC = """
              type: Scala
              mainClass: Pi
              mainApplicationFile: local:///pi.jar
              sparkVersion: 4.0.0
              image: spark:4.0.0
              driverPodDisruptionBudget: true
              volumes:
                - name: certs
                  projected:
                    sources:
                      - podCertificate: {signerName: example.com/signer, keyType: ED25519, credentialBundlePath: b.pem,
                          maxExpirationSeconds: 3600, userAnnotations: {team: a}}
                      - serviceAccountToken: {path: token, expirationSeconds: 600}
              driver:
                memory: 1g
                memoryLimit: 2g
                env:
                  - name: FROM_FILE
                    valueFrom:
                      fileKeyRef: {volumeName: config, path: app.env, key: LEVEL, optional: true}
              executor:
                memoryLimit: 3Gi
            """;

    static List<Arguments> manifests() {
        String app = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
                + "metadata: {name: newer, namespace: default}\nspec:\n" + SPEC;
        String schedule = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\n"
                + "metadata: {name: newer, namespace: default}\nspec:\n  schedule: '@daily'\n  template:\n"
                + SPEC.indent(2);
        return List.of(Arguments.of(app, SparkApplication.class, "spec"),
                Arguments.of(schedule, ScheduledSparkApplication.class, "spec.template"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("manifests")
    void everyNewerFieldSurvivesAReadAndAWrite(String yaml, Class<? extends io.fabric8.kubernetes.api.model.HasMetadata> type,
            String specPath) {
        JsonNode written = Manifests.tree(Manifests.SERIALIZATION.unmarshal(yaml, type));
        assertEquals(Golden.parseYaml(yaml), written);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("manifests")
    void theDeployedSchemaDeclaresEveryNewerField(String yaml, Class<?> type, String specPath) throws IOException {
        String file = type == SparkApplication.class ? "sparkapplications" : "scheduledsparkapplications";
        JsonNode schema = Golden.parseYaml(Files.readString(Path.of("deploy/crds/" + file + ".sparkoperator.k8s.io-v1.yml")))
                .path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
        for (String topLevel : List.of("apiVersion", "kind", "metadata")) {
            assertFalse(schema.path("properties").path(topLevel).isMissingNode(), topLevel);
        }
        JsonNode spec = schema;
        for (String field : specPath.split("\\.")) {
            spec = spec.path("properties").path(field);
        }
        JsonNode pod = spec.path("properties");
        assertEquals("boolean", pod.path("driverPodDisruptionBudget").path("type").asText());
        assertEquals("string", pod.path("driver").path("properties").path("memoryLimit").path("type").asText());
        assertEquals("string", pod.path("executor").path("properties").path("memoryLimit").path("type").asText());
        JsonNode fileKeyRef = pod.path("driver").path("properties").path("env").path("items").path("properties")
                .path("valueFrom").path("properties").path("fileKeyRef");
        assertEquals(List.of("key", "optional", "path", "volumeName"), names(fileKeyRef.path("properties")));
        JsonNode podCertificate = pod.path("volumes").path("items").path("properties").path("projected")
                .path("properties").path("sources").path("items").path("properties").path("podCertificate");
        assertTrue(names(podCertificate.path("properties")).containsAll(List.of("signerName", "keyType", "userAnnotations")));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
