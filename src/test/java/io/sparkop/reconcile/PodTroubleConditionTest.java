package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.EventReasons;
import io.sparkop.reconcile.Decision.Action;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pod that cannot start, explained on the application: condition, one Warning Event, optional timeout. */
class PodTroubleConditionTest {

    static final Duration THRESHOLD = Duration.ofMinutes(5);
    static final Transitions.Settings NO_TIMEOUT = new Transitions.Settings(Duration.ofSeconds(10), 1000, "k8s://x",
            THRESHOLD, Optional.empty(), false);

    @Test
    void anUnpullableDriverImageIsExplainedWithTheKubeletsReasonAndOneWarning() {
        Pod pod = recorded("err-image-pull");
        Decision decision = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(pod), List.of(),
                secondsAfterCreation(pod, 20), NO_TIMEOUT);

        Condition trouble = trouble(decision).orElseThrow();
        assertEquals("True", trouble.getStatus());
        assertEquals("ErrImagePull", trouble.getReason());
        assertTrue(trouble.getMessage().startsWith("driver pod trouble-image-driver: container spark-kubernetes-driver: "),
                trouble.getMessage());
        assertTrue(trouble.getMessage().contains("failed to pull and unpack image \"spark:4.0.0\""));
        assertEquals(List.of(EventReasons.DRIVER_CANNOT_START), warnings(decision));
        assertEquals(AppState.SUBMITTED, TransitionsTest.state(decision));
    }

    @Test
    void theKubeletAlternatingPullReasonsIsNoNewsButTheConditionFollowsIt() {
        Pod first = recorded("err-image-pull");
        Decision firstDecision = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(first), List.of(),
                secondsAfterCreation(first, 20), NO_TIMEOUT);

        Pod backOff = recorded("image-pull-backoff");
        SparkApplication written = TransitionsTest.app(AppState.SUBMITTED, null);
        written.setStatus(firstDecision.status());
        Decision second = decide(written, Optional.of(backOff), List.of(), secondsAfterCreation(backOff, 40), NO_TIMEOUT);

        assertEquals("ImagePullBackOff", trouble(second).orElseThrow().getReason());
        assertEquals(trouble(firstDecision).orElseThrow().getLastTransitionTime(),
                trouble(second).orElseThrow().getLastTransitionTime());
        assertEquals(List.of(), warnings(second));
    }

    @Test
    void anotherKindOfTroubleIsNews() {
        Pod pull = recorded("err-image-pull");
        Decision first = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(pull), List.of(),
                secondsAfterCreation(pull, 20), NO_TIMEOUT);
        SparkApplication written = TransitionsTest.app(AppState.SUBMITTED, null);
        written.setStatus(first.status());

        Pod config = renamed(recorded("create-container-config-error"), "trouble-image-driver");
        Decision second = decide(written, Optional.of(config), List.of(), secondsAfterCreation(config, 20), NO_TIMEOUT);

        assertEquals("CreateContainerConfigError", trouble(second).orElseThrow().getReason());
        assertEquals(List.of(EventReasons.DRIVER_CANNOT_START), warnings(second));
    }

    @Test
    void theConditionGoesOnceThePodRuns() {
        Pod pull = recorded("err-image-pull");
        Decision first = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(pull), List.of(),
                secondsAfterCreation(pull, 20), NO_TIMEOUT);
        SparkApplication written = TransitionsTest.app(AppState.SUBMITTED, null);
        written.setStatus(first.status());

        Pod running = recorded("running");
        Decision second = decide(written, Optional.of(running), List.of(), secondsAfterCreation(running, 60), NO_TIMEOUT);

        assertEquals(AppState.RUNNING, TransitionsTest.state(second));
        assertFalse(trouble(second).isPresent());
    }

    @Test
    void anExecutorThatCannotStartIsNamedOnTheApplication() {
        Pod executor = new PodBuilder(recorded("image-pull-backoff")).editMetadata().withName("pi-exec-3")
                .addToLabels("spark-role", "executor").endMetadata().build();
        Pod driver = recorded("running");
        Decision decision = decide(TransitionsTest.app(AppState.RUNNING, null), Optional.of(driver), List.of(executor),
                secondsAfterCreation(executor, 30), NO_TIMEOUT);

        Condition trouble = trouble(decision).orElseThrow();
        assertEquals("ImagePullBackOff", trouble.getReason());
        assertTrue(trouble.getMessage().startsWith("executor pod pi-exec-3: "), trouble.getMessage());
        assertEquals(List.of(EventReasons.EXECUTOR_CANNOT_START), warnings(decision));
    }

    @Test
    void finishedApplicationsExplainNothing() {
        Pod pull = recorded("err-image-pull");
        Decision decision = decide(TransitionsTest.app(AppState.COMPLETED, null), Optional.of(pull), List.of(),
                secondsAfterCreation(pull, 20), NO_TIMEOUT);
        assertFalse(trouble(decision).isPresent());
        assertEquals(List.of(), warnings(decision));
    }

    @Test
    void withoutATimeoutAPendingDriverIsLookedAtAgainWhenThePendingThresholdPasses() {
        Pod creating = recorded("container-creating");
        Decision decision = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(creating), List.of(),
                secondsAfterCreation(creating, 60), NO_TIMEOUT);
        assertEquals(AppState.SUBMITTED, TransitionsTest.state(decision));
        assertEquals(Optional.of(Duration.ofMinutes(4)), decision.requeueAfter());
        assertFalse(trouble(decision).isPresent());
    }

    @Test
    void aDriverPendingPastTheTimeoutFailsTheRunSayingWhyAndIsTornDown() {
        var settings = new Transitions.Settings(Duration.ofSeconds(10), 1000, "k8s://x", THRESHOLD,
                Optional.of(Duration.ofSeconds(20)), false);
        Pod backOff = recorded("image-pull-backoff");
        Decision early = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(backOff), List.of(),
                secondsAfterCreation(backOff, 5), settings);
        assertEquals(AppState.SUBMITTED, TransitionsTest.state(early));
        assertEquals(Optional.of(Duration.ofSeconds(15)), early.requeueAfter());

        Decision late = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(backOff), List.of(),
                secondsAfterCreation(backOff, 25), settings);
        assertEquals(AppState.FAILING, TransitionsTest.state(late));
        assertEquals(Action.TEAR_DOWN, late.action());
        String error = TransitionsTest.error(late);
        assertTrue(error.startsWith("driver pod trouble-image-driver cannot start: ImagePullBackOff: "), error);
        assertTrue(late.events().stream().anyMatch(e -> e.reason().equals(EventReasons.DRIVER_FAILED)));
    }

    @Test
    void aFailedRunAfterThePendingTimeoutEndsFailedWithoutRetries() {
        var settings = new Transitions.Settings(Duration.ofSeconds(10), 1000, "k8s://x", THRESHOLD,
                Optional.of(Duration.ofSeconds(20)), false);
        Pod backOff = recorded("image-pull-backoff");
        Decision late = decide(TransitionsTest.app(AppState.SUBMITTED, null), Optional.of(backOff), List.of(),
                secondsAfterCreation(backOff, 25), settings);
        SparkApplication written = TransitionsTest.app(AppState.SUBMITTED, null);
        written.setStatus(late.status());

        Decision after = decide(written, Optional.empty(), List.of(), secondsAfterCreation(backOff, 27), settings);
        assertEquals(AppState.FAILED, TransitionsTest.state(after));
        assertTrue(TransitionsTest.error(after).contains("ImagePullBackOff"));
    }

    static Decision decide(SparkApplication app, Optional<Pod> driver, List<Pod> executors, Instant now,
            Transitions.Settings settings) {
        return Transitions.decide(app, new Transitions.Observed(driver, executors, TransitionsTest.HASH, List.of(), now),
                settings);
    }

    static Optional<Condition> trouble(Decision decision) {
        return decision.status().getConditions().stream()
                .filter(c -> PodTroubleCondition.TYPE.equals(c.getType())).findFirst();
    }

    static List<String> warnings(Decision decision) {
        return decision.events().stream().filter(Decision.AppEvent::warning).map(Decision.AppEvent::reason).toList();
    }

    static Pod recorded(String name) {
        return Manifests.read(Path.of("src/test/resources/pod-trouble", name + ".yaml"), Pod.class);
    }

    static Pod renamed(Pod pod, String name) {
        return new PodBuilder(pod).editMetadata().withName(name).endMetadata().build();
    }

    static Instant secondsAfterCreation(Pod pod, long seconds) {
        return Instant.parse(pod.getMetadata().getCreationTimestamp()).plusSeconds(seconds);
    }
}
