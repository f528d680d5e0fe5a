package io.sparkop.reconcile;

import io.sparkop.api.ExecutorState;
import io.sparkop.api.SparkApplication;
import java.time.Instant;

/**
 * An executor pod whose tracked state changed (from is null for an executor seen for the first time),
 * fired as a CDI event after the status write that recorded it has succeeded.
 */
public record ExecutorTransition(SparkApplication application, String executorPod, ExecutorState from,
        ExecutorState to, Instant at) {
}
