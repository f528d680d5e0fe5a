package io.sparkop.index;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one {@link SparkIndex}, over the operator's caches (a benchmark swaps in synthetic ones). */
public class SparkIndexProducer {

    @Produces
    @Singleton
    SparkIndex sparkIndex(ClusterCaches caches) {
        return new SparkIndex(caches);
    }
}
