package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.quarkus.kubernetes.client.KubernetesClientObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How the operator's Kubernetes client (and so its informers) reads what the API server sends: specs leniently,
 * and every object without {@code metadata.managedFields}.
 */
@Singleton
public class SparkOpObjectMapperCustomizer implements KubernetesClientObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new LenientSpecModule());
        objectMapper.addMixIn(ObjectMeta.class, ReadWithoutManagedFields.class);
    }

    /**
     * managedFields are a third of a pod's JSON and arrive with every watch event and response; nothing in
     * the operator reads them, so they are skipped while parsing instead of being built into maps and thrown
     * away. They are still written when set (allowGetters); an update without them keeps the server's.
     */
    @JsonIgnoreProperties(value = "managedFields", allowGetters = true, ignoreUnknown = true)
    abstract static class ReadWithoutManagedFields {
    }
}
