package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkop.api.AppState;
import io.sparkop.api.RestartPolicy;
import io.sparkop.api.RestartPolicyType;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.Times;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubeflow's ShouldRetry and TimeUntilNextRetryDue. */
class RetryPolicyTest {

    @ParameterizedTest(name = "{0} in {1} after {2} attempts: {3}")
    @CsvSource({
        "NEVER,      FAILING,           1, false",
        "NEVER,      SUBMISSION_FAILED, 1, false",
        "NEVER,      SUCCEEDING,        1, false",
        "ALWAYS,     SUCCEEDING,        9, true",
        "ALWAYS,     FAILING,           9, true",
        "ALWAYS,     SUBMISSION_FAILED, 9, true",
        "ON_FAILURE, SUCCEEDING,        1, false",
        "ON_FAILURE, FAILING,           2, true",
        "ON_FAILURE, FAILING,           3, false",
        "ON_FAILURE, SUBMISSION_FAILED, 2, true",
        "ON_FAILURE, SUBMISSION_FAILED, 3, false",
        "ON_FAILURE, RUNNING,           0, false",
    })
    void retriesAsKubeflowCountsThem(RestartPolicyType type, AppState state, int attempts, boolean retry) {
        SparkApplication app = TransitionsTest.app(AppState.RUNNING, policy(type, 2, 2));
        app.getStatus().setExecutionAttempts(attempts);
        app.getStatus().setSubmissionAttempts(attempts);
        assertEquals(retry, RetryPolicy.shouldRetry(app, state));
    }

    @Test
    void onFailureWithoutSubmissionRetriesNeverRetriesASubmission() {
        SparkApplication app = TransitionsTest.app(AppState.SUBMISSION_FAILED, policy(RestartPolicyType.ON_FAILURE, 2, null));
        assertEquals(false, RetryPolicy.shouldRetry(app, AppState.SUBMISSION_FAILED));
    }

    @Test
    void theWaitIsTheIntervalTimesTheAttemptsFromTheLastAttempt() {
        SparkApplication app = TransitionsTest.app(AppState.FAILING, policy(RestartPolicyType.ON_FAILURE, 2, 2));
        app.getSpec().getRestartPolicy().setOnFailureRetryInterval(10L);
        app.getStatus().setSubmissionAttempts(3);
        app.getStatus().setLastSubmissionAttemptTime(Times.format(TransitionsTest.NOW.minusSeconds(12)));
        assertEquals(Duration.ofSeconds(18), RetryPolicy.untilNextRetry(app, AppState.FAILING, TransitionsTest.NOW));
        app.getStatus().setLastSubmissionAttemptTime(Times.format(TransitionsTest.NOW.minusSeconds(31)));
        assertEquals(Duration.ZERO, RetryPolicy.untilNextRetry(app, AppState.FAILING, TransitionsTest.NOW));
    }

    @Test
    void aMissingIntervalIsKubeflowsDefaultOfFiveSecondsAndAMissingAttemptTimeMeansNow() {
        SparkApplication app = TransitionsTest.app(AppState.SUBMISSION_FAILED, policy(RestartPolicyType.ON_FAILURE, 2, 2));
        app.getStatus().setSubmissionAttempts(1);
        app.getStatus().setLastSubmissionAttemptTime(Times.format(TransitionsTest.NOW));
        assertEquals(Duration.ofSeconds(5), RetryPolicy.untilNextRetry(app, AppState.SUBMISSION_FAILED, TransitionsTest.NOW));
        app.getStatus().setLastSubmissionAttemptTime(null);
        assertEquals(Duration.ZERO, RetryPolicy.untilNextRetry(app, AppState.SUBMISSION_FAILED, TransitionsTest.NOW));
    }

    private static RestartPolicy policy(RestartPolicyType type, Integer onFailureRetries, Integer onSubmissionFailureRetries) {
        RestartPolicy policy = new RestartPolicy();
        policy.setType(type);
        policy.setOnFailureRetries(onFailureRetries);
        policy.setOnSubmissionFailureRetries(onSubmissionFailureRetries);
        return policy;
    }
}
