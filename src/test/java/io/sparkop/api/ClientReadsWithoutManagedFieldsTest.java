package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.kube.Problems;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's client reads every object without metadata.managedFields (SparkOpObjectMapperCustomizer):
 * the rest of the object, metadata included, must arrive whole, and what the client writes keeps them.
 */
@QuarkusTest
@WithKubernetesTestServer
class ClientReadsWithoutManagedFieldsTest {

    static final String WATCHED_APPLICATION = """
            {"apiVersion": "sparkoperator.k8s.io/v1beta2", "kind": "SparkApplication",
             "metadata": {"name": "pi", "namespace": "ns", "uid": "a1", "resourceVersion": "9", "generation": 2,
               "labels": {"team": "data"}, "annotations": {"note": "kept"},
               "managedFields": [{"manager": "kubectl", "operation": "Update", "apiVersion": "sparkoperator.k8s.io/v1beta2",
                 "fieldsType": "FieldsV1", "fieldsV1": {"f:spec": {"f:image": {}, "f:driver": {"f:cores": {}}}}},
                 {"manager": "spark-operator", "operation": "Update", "subresource": "status",
                  "fieldsType": "FieldsV1", "fieldsV1": {"f:status": {"f:applicationState": {"f:state": {}}}}}]},
             "spec": {"type": "Scala", "mode": "cluster", "image": "spark:4.0.0", "mainClass": "org.apache.spark.examples.SparkPi",
               "mainApplicationFile": "local:///opt/spark/examples/jars/spark-examples.jar", "sparkVersion": "4.0.0",
               "driver": {"cores": 1, "memory": "512m"}, "executor": {"instances": 1, "cores": 1, "memory": "512m"}},
             "status": {"applicationState": {"state": "RUNNING"}, "submissionID": "s1"}}
            """;

    @Inject
    KubernetesClient client;

    @Test
    void anApplicationIsReadWholeButItsManagedFields() {
        SparkApplication app = client.getKubernetesSerialization().unmarshal(WATCHED_APPLICATION, SparkApplication.class);

        assertEquals(List.of(), app.getMetadata().getManagedFields());
        assertEquals("9", app.getMetadata().getResourceVersion());
        assertEquals(2L, app.getMetadata().getGeneration());
        assertEquals(Map.of("team", "data"), app.getMetadata().getLabels());
        assertEquals(Map.of("note", "kept"), app.getMetadata().getAnnotations());
        assertEquals("spark:4.0.0", app.getSpec().getImage());
        assertEquals(1, app.getSpec().getDriver().getCores());
        assertEquals(AppState.RUNNING, app.getStatus().getApplicationState().getState());
        assertNull(Problems.unreadable(app.getSpec()));
    }

    @Test
    void managedFieldsAreStillWrittenWhenSet() {
        Pod pod = new PodBuilder().withNewMetadata().withName("p").withNamespace("ns")
                .withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl").withOperation("Update").build())
                .endMetadata().build();

        String json = client.getKubernetesSerialization().asJson(pod);

        assertTrue(json.contains("\"managedFields\":[{\"manager\":\"kubectl\""), json);
    }

    @Test
    void aPodFromTheApiServerComesWithoutManagedFields() {
        client.pods().inNamespace("managed-fields").resource(new PodBuilder().withNewMetadata().withName("p")
                .withNamespace("managed-fields").addToLabels("app", "x")
                .withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl").withOperation("Update").build())
                .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .build()).create();

        Pod read = client.pods().inNamespace("managed-fields").withName("p").get();

        assertEquals(List.of(), read.getMetadata().getManagedFields());
        assertEquals(Map.of("app", "x"), read.getMetadata().getLabels());
        assertEquals("busybox", read.getSpec().getContainers().get(0).getImage());
    }
}
