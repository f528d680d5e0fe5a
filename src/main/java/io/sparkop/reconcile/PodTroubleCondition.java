package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.AppState;
import io.sparkop.kube.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code PodTrouble} condition: why the run's driver, or else one of its executors, cannot start, in
 * the scheduler's or kubelet's words, so nobody has to read pods to find out. Present (True) while a pod
 * has trouble and removed once none has, so that {@code kubectl get sparkapp} shows a reason only when
 * there is one.
 */
final class PodTroubleCondition {

    static final String TYPE = "PodTrouble";

    /** States in which the run's pods are expected to start. */
    static final Set<AppState> STARTING = EnumSet.of(AppState.SUBMITTED, AppState.RUNNING, AppState.UNKNOWN);

    /** A pod of the run that cannot start. */
    record Found(Pod pod, boolean driver, PodTrouble trouble) {

        /** Names the pod, so that the same trouble of another pod is news. */
        String prefix() {
            return (driver ? "driver" : "executor") + " pod " + pod.getMetadata().getName() + ": ";
        }

        String message() {
            return prefix() + trouble.message();
        }
    }

    static Optional<Found> find(AppState state, Optional<Pod> driver, List<Pod> executors, Instant now,
            Duration pendingThreshold) {
        if (!STARTING.contains(state)) {
            return Optional.empty();
        }
        Optional<Found> ofDriver = driver.flatMap(pod -> PodTrouble.of(pod, now, pendingThreshold)
                .map(trouble -> new Found(pod, true, trouble)));
        if (ofDriver.isPresent()) {
            return ofDriver;
        }
        return executors.stream()
                .sorted(Comparator.comparing((Pod pod) -> pod.getMetadata().getName()))
                .flatMap(pod -> PodTrouble.of(pod, now, pendingThreshold).map(t -> new Found(pod, false, t)).stream())
                .findFirst();
    }

    /**
     * {@code conditions} with the trouble condition set from {@code found}, or without it. Its
     * lastTransitionTime stays while some trouble lasts, whatever the kubelet's reason of the moment.
     */
    static List<Condition> apply(List<Condition> conditions, List<Condition> previous, Optional<Found> found,
            Instant now, Long generation) {
        List<Condition> result = new ArrayList<>(conditions == null ? List.of() : conditions);
        result.removeIf(c -> TYPE.equals(c.getType()));
        found.ifPresent(f -> result.add(new ConditionBuilder()
                .withType(TYPE)
                .withStatus("True")
                .withReason(f.trouble().reason())
                .withMessage(f.message())
                .withLastTransitionTime(previousOf(previous).map(Condition::getLastTransitionTime)
                        .orElse(Times.format(now)))
                .withObservedGeneration(generation)
                .build()));
        return result;
    }

    /**
     * Whether {@code found} is news, worth one Warning Event: the last written condition did not already
     * report this pod with the same cause (the kubelet alternates ErrImagePull and ImagePullBackOff).
     */
    static boolean isNew(List<Condition> previous, Found found) {
        return previousOf(previous)
                .filter(c -> PodTrouble.causeOf(c.getReason()) == found.trouble().cause())
                .filter(c -> c.getMessage() != null && c.getMessage().startsWith(found.prefix()))
                .isEmpty();
    }

    private static Optional<Condition> previousOf(List<Condition> previous) {
        return previous == null ? Optional.empty() : previous.stream()
                .filter(c -> TYPE.equals(c.getType()) && "True".equals(c.getStatus()))
                .filter(c -> Objects.nonNull(c.getLastTransitionTime()))
                .findFirst();
    }

    private PodTroubleCondition() {
    }
}
