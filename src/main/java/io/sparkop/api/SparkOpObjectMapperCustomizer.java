package io.sparkop.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.kubernetes.client.KubernetesClientObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes the operator's Kubernetes client (and so its informers) read specs leniently. */
@Singleton
public class SparkOpObjectMapperCustomizer implements KubernetesClientObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new LenientSpecModule());
    }
}
