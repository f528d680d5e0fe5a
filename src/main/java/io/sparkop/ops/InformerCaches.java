package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.ClusterCaches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * {@link CachedResources} over the read model's view of the informers the operator already runs (on
 * standbys too): one place reaches into JOSDK's caches, {@link io.sparkop.index.OperatorCaches}.
 */
@ApplicationScoped
class InformerCaches implements CachedResources {

    @Inject
    ClusterCaches caches;

    @Override
    public Collection<SparkApplication> applications() {
        return caches.applications().toList();
    }

    @Override
    public Collection<Pod> sparkPods() {
        return caches.pods(null).toList();
    }
}
