package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

/**
 * Spark's SparkPod: the pod being built and, apart from it, the Spark container every feature step
 * edits; Client.run appends the container to the pod's other containers at the end.
 */
public record SparkPod(Pod pod, Container container) {

    public static SparkPod initial() {
        return new SparkPod(new PodBuilder().withNewMetadata().endMetadata().withNewSpec().endSpec().build(),
                new ContainerBuilder().build());
    }
}
