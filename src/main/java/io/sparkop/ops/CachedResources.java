package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.SparkApplication;
import java.util.Collection;

/**
 * What the gauges count: the applications and Spark pods the operator's informers hold. Read from the
 * caches, never from the API server, so gauges are right at once after a restart or on a new leader.
 */
public interface CachedResources {

    Collection<SparkApplication> applications();

    /** Driver and executor pods the operator launched. */
    Collection<Pod> sparkPods();
}
