package io.sparkop.api;

import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What kubeflow's CRDs (generated from Kubernetes 1.35 types) have and the model cannot say: the
 * top-level apiVersion, kind and metadata that {@code kubectl explain} shows, {@code env[].valueFrom.fileKeyRef}
 * and the {@code podCertificate} projected volume source, which fabric8 7.4's Kubernetes model
 * predates. The model keeps both losslessly (fabric8 classes keep unknown fields); without them in
 * the schema the API server would prune them.
 */
final class CrdSchemaAdditions implements CRDPostProcessor {

    private static final Set<String> ENV_VAR_SOURCE = Set.of("configMapKeyRef", "fieldRef", "resourceFieldRef", "secretKeyRef");
    private static final Set<String> VOLUME_PROJECTION = Set.of("clusterTrustBundle", "serviceAccountToken", "downwardAPI");

    @Override
    public HasMetadata process(HasMetadata crd, String crdSpecVersion) {
        for (CustomResourceDefinitionVersion version : ((CustomResourceDefinition) crd).getSpec().getVersions()) {
            JSONSchemaProps root = version.getSchema().getOpenAPIV3Schema();
            addFields(root);
            Map<String, JSONSchemaProps> properties = new TreeMap<>(root.getProperties());
            properties.put("apiVersion", string("APIVersion defines the versioned schema of this representation of an"
                    + " object. Servers should convert recognized schemas to the latest internal value, and may reject"
                    + " unrecognized values. More info:"
                    + " https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"));
            properties.put("kind", string("Kind is a string value representing the REST resource this object represents."
                    + " Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In"
                    + " CamelCase. More info:"
                    + " https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"));
            properties.put("metadata", new JSONSchemaPropsBuilder().withType("object").build());
            root.setProperties(properties);
        }
        return crd;
    }

    private static void addFields(JSONSchemaProps schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.getProperties().values().forEach(CrdSchemaAdditions::addFields);
            Set<String> names = schema.getProperties().keySet();
            if (names.containsAll(ENV_VAR_SOURCE)) {
                schema.setProperties(with(schema.getProperties(), "fileKeyRef", fileKeySelector()));
            } else if (names.containsAll(VOLUME_PROJECTION)) {
                schema.setProperties(with(schema.getProperties(), "podCertificate", podCertificateProjection()));
            }
        }
        addFields(schema.getItems() == null ? null : schema.getItems().getSchema());
        if (schema.getAdditionalProperties() != null) {
            addFields(schema.getAdditionalProperties().getSchema());
        }
    }

    private static Map<String, JSONSchemaProps> with(Map<String, JSONSchemaProps> properties, String name,
            JSONSchemaProps added) {
        Map<String, JSONSchemaProps> sorted = new TreeMap<>(properties);
        sorted.put(name, added);
        return sorted;
    }

    /** core/v1 FileKeySelector (Kubernetes 1.34). */
    private static JSONSchemaProps fileKeySelector() {
        return object(Map.of("key", type("string"), "optional", type("boolean"), "path", type("string"),
                "volumeName", type("string")), List.of("key", "path", "volumeName"));
    }

    /** core/v1 PodCertificateProjection (Kubernetes 1.35). */
    private static JSONSchemaProps podCertificateProjection() {
        JSONSchemaProps annotations = new JSONSchemaPropsBuilder().withType("object")
                .withNewAdditionalProperties().withNewSchema().withType("string").endSchema().endAdditionalProperties()
                .build();
        Map<String, JSONSchemaProps> properties = new TreeMap<>(Map.of("certificateChainPath", type("string"),
                "credentialBundlePath", type("string"), "keyPath", type("string"), "keyType", type("string"),
                "maxExpirationSeconds", type("integer"), "signerName", type("string"), "userAnnotations", annotations));
        return object(properties, List.of("keyType", "signerName"));
    }

    private static JSONSchemaProps object(Map<String, JSONSchemaProps> properties, List<String> required) {
        return new JSONSchemaPropsBuilder().withType("object").withProperties(new TreeMap<>(properties))
                .withRequired(required).build();
    }

    private static JSONSchemaProps type(String type) {
        return new JSONSchemaPropsBuilder().withType(type).build();
    }

    private static JSONSchemaProps string(String description) {
        return new JSONSchemaPropsBuilder().withType("string").withDescription(description).build();
    }
}
