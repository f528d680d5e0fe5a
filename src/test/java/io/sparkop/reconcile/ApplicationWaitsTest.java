package io.sparkop.reconcile;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.sparkop.api.AppState;
import io.sparkop.api.RestartPolicy;
import io.sparkop.api.RestartPolicyType;
import io.sparkop.api.SparkApplication;
import io.sparkop.testing.FakeKubelet;
import io.sparkop.testing.Manifests;
import io.sparkop.testing.MutableClock;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every wait of an application (retry interval, time to live) follows the injected Clock: moving the clock
 * takes the step at once, leaving it alone takes none, however long the test runs in real time.
 */
@QuarkusTest
@WithKubernetesTestServer
@TestProfile(ApplicationWaitsTest.MovedClock.class)
class ApplicationWaitsTest {

    public static class MovedClock implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MutableClock.class);
        }
    }

    static final String NS = "default";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

    @Inject
    KubernetesClient client;
    @Inject
    MutableClock clock;
    FakeKubelet kubelet;

    @BeforeEach
    void setUp() {
        kubelet = new FakeKubelet(client);
        clock.set(START);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFinishedApplicationIsDeletedWhenItsTimeToLiveHasPassedOnTheClock() throws InterruptedException {
        create("ttl-hour", a -> a.getSpec().setTimeToLiveSeconds(3600L));
        SparkApplication app = awaitApp("ttl-hour", a -> state(a) == AppState.SUBMITTED);
        Pod driver = driver(app);
        kubelet.start(driver);
        kubelet.succeed(driver);
        awaitApp("ttl-hour", a -> state(a) == AppState.COMPLETED);

        clock.advance(Duration.ofMinutes(59));
        Thread.sleep(3000); // three wake-up rounds: nothing is due yet
        assertNotNull(get("ttl-hour"), "not deleted before its time to live");

        clock.advance(Duration.ofMinutes(2));
        await().atMost(WAIT).until(() -> get("ttl-hour") == null);
    }

    @Test
    void aFailedRunIsRetriedWhenTheRetryIntervalHasPassedOnTheClock() throws InterruptedException {
        create("retry-ten-minutes", a -> a.getSpec().setRestartPolicy(onFailure(600L)));
        SparkApplication app = awaitApp("retry-ten-minutes", a -> state(a) == AppState.SUBMITTED);
        Pod driver = driver(app);
        kubelet.start(driver);
        kubelet.exit(driver, 1);
        awaitApp("retry-ten-minutes", a -> state(a) == AppState.FAILING);

        Thread.sleep(3000);
        assertEquals(AppState.FAILING, state(get("retry-ten-minutes")), "waits for the retry interval");

        clock.advance(Duration.ofSeconds(601));
        app = awaitApp("retry-ten-minutes", a -> a.getStatus().getExecutionAttempts() == 2
                && state(a) == AppState.SUBMITTED);
        assertEquals(2, app.getStatus().getExecutionAttempts());
    }

    private static RestartPolicy onFailure(long interval) {
        RestartPolicy policy = new RestartPolicy();
        policy.setType(RestartPolicyType.ON_FAILURE);
        policy.setOnFailureRetries(1);
        policy.setOnFailureRetryInterval(interval);
        return policy;
    }

    private void create(String name, java.util.function.Consumer<SparkApplication> customise) {
        SparkApplication app = Manifests.read(Path.of("examples/spark-pi.yaml"), SparkApplication.class);
        app.getMetadata().setName(name);
        app.getMetadata().setNamespace(NS);
        customise.accept(app);
        client.resource(app).create();
    }

    private SparkApplication get(String name) {
        return client.resources(SparkApplication.class).inNamespace(NS).withName(name).get();
    }

    private SparkApplication awaitApp(String name, Predicate<SparkApplication> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            SparkApplication app = get(name);
            return app != null && app.getStatus() != null && app.getStatus().getApplicationState() != null
                    && condition.test(app);
        });
        return get(name);
    }

    private static AppState state(SparkApplication app) {
        return app.getStatus().getApplicationState().getState();
    }

    private Pod driver(SparkApplication app) {
        String name = app.getStatus().getDriverInfo().getPodName();
        await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(name).get() != null);
        return client.pods().inNamespace(NS).withName(name).get();
    }
}
