package io.sparkop.reconcile;

import io.sparkop.kube.Times;
import io.sparkop.api.AppState;
import io.sparkop.api.RestartPolicy;
import io.sparkop.api.RestartPolicyType;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** kubeflow's {@code util.ShouldRetry} and {@code util.TimeUntilNextRetryDue}, as pure functions. */
final class RetryPolicy {

    /** kubeflow's defaulting webhook sets both intervals to 5 seconds when a retrying policy omits them. */
    static final long DEFAULT_INTERVAL_SECONDS = 5;

    static boolean shouldRetry(SparkApplication app, AppState state) {
        SparkApplicationStatus status = app.getStatus();
        RestartPolicy policy = app.getSpec().getRestartPolicy();
        RestartPolicyType type = policy == null || policy.getType() == null ? RestartPolicyType.NEVER : policy.getType();
        return switch (state) {
            case SUCCEEDING -> type == RestartPolicyType.ALWAYS;
            case FAILING -> type == RestartPolicyType.ALWAYS || (type == RestartPolicyType.ON_FAILURE
                    && policy.getOnFailureRetries() != null
                    && count(status.getExecutionAttempts()) <= policy.getOnFailureRetries());
            case SUBMISSION_FAILED -> type == RestartPolicyType.ALWAYS || (type == RestartPolicyType.ON_FAILURE
                    && policy.getOnSubmissionFailureRetries() != null
                    && count(status.getSubmissionAttempts()) <= policy.getOnSubmissionFailureRetries());
            default -> false;
        };
    }

    /** Linear backoff: the interval times the attempts done, counted from the last submission attempt. */
    static Duration untilNextRetry(SparkApplication app, AppState state, Instant now) {
        SparkApplicationStatus status = app.getStatus();
        Optional<RestartPolicy> policy = Optional.ofNullable(app.getSpec().getRestartPolicy());
        Long interval = state == AppState.SUBMISSION_FAILED
                ? policy.map(RestartPolicy::getOnSubmissionFailureRetryInterval).orElse(null)
                : policy.map(RestartPolicy::getOnFailureRetryInterval).orElse(null);
        long seconds = interval == null ? DEFAULT_INTERVAL_SECONDS : interval;
        Instant last = Times.parse(status.getLastSubmissionAttemptTime());
        if (last == null) {
            return Duration.ZERO;
        }
        Instant due = last.plusSeconds(seconds * Math.max(1, count(status.getSubmissionAttempts())));
        return due.isAfter(now) ? Duration.between(now, due) : Duration.ZERO;
    }

    static int count(Integer attempts) {
        return attempts == null ? 0 : attempts;
    }

    private RetryPolicy() {
    }
}
