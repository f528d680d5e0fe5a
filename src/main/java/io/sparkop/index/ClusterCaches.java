package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.util.stream.Stream;

/**
 * What the read model reads: informer caches, never the API server. {@link OperatorCaches} serves the
 * operator's own caches; tests give lists.
 */
public interface ClusterCaches {

    Stream<SparkApplication> applications();

    Stream<ScheduledSparkApplication> schedules();

    /** Driver and executor pods the operator launched, in one namespace (every namespace for null). */
    Stream<Pod> pods(String namespace);

    /** Events about applications, schedules and their pods, in one namespace. */
    Stream<Event> events(String namespace);
}
