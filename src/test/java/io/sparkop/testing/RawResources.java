package io.sparkop.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.sparkop.api.SparkApplication;
import java.nio.file.Path;

/**
 * Creates manifests exactly as written, bypassing our model, the way kubectl sends them to an
 * API server that (like the mock) does not validate them against the CRD schema.
 */
public final class RawResources {

    public static GenericKubernetesResource create(KubernetesClient client, Path manifest) {
        var resource = Manifests.SERIALIZATION.unmarshal(Manifests.text(manifest), GenericKubernetesResource.class);
        String plural = resource.getKind().toLowerCase() + "s";
        var definition = new ResourceDefinitionContext.Builder()
                .withGroup(SparkApplication.GROUP)
                .withVersion(resource.getApiVersion().substring(resource.getApiVersion().indexOf('/') + 1))
                .withKind(resource.getKind())
                .withPlural(plural)
                .withNamespaced(true)
                .build();
        return client.genericKubernetesResources(definition)
                .inNamespace(resource.getMetadata().getNamespace())
                .resource(resource)
                .create();
    }

    private RawResources() {
    }
}
