package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Why a driver or executor pod cannot start, read from the pod alone, in the scheduler's or the kubelet's
 * own reason and message, so that the application can say it without anyone reading pods.
 *
 * @param cause   what kind of trouble: stable while the kubelet alternates reasons (ErrImagePull and
 *                ImagePullBackOff), so a Warning Event can be emitted once per cause
 * @param reason  the scheduler's condition reason or the container's waiting reason, as they wrote it;
 *                {@link #PENDING_TOO_LONG} when nothing more specific is known
 * @param message what they said, prefixed with the container's name for container trouble
 */
public record PodTrouble(Cause cause, String reason, String message) {

    public enum Cause { UNSCHEDULABLE, IMAGE, CONTAINER_CONFIG, CONTAINER_START, PENDING_TOO_LONG }

    public static final String PENDING_TOO_LONG = "PodPendingTooLong";

    /** Waiting reasons the kubelet sets when a container cannot start (k8s pkg/kubelet/images, kuberuntime). */
    static final Map<String, Cause> WAITING_REASONS = Map.ofEntries(
            Map.entry("ErrImagePull", Cause.IMAGE),
            Map.entry("ImagePullBackOff", Cause.IMAGE),
            Map.entry("InvalidImageName", Cause.IMAGE),
            Map.entry("ErrImageNeverPull", Cause.IMAGE),
            Map.entry("RegistryUnavailable", Cause.IMAGE),
            Map.entry("SignatureValidationFailed", Cause.IMAGE),
            Map.entry("CreateContainerConfigError", Cause.CONTAINER_CONFIG),
            Map.entry("CreateContainerError", Cause.CONTAINER_START),
            Map.entry("RunContainerError", Cause.CONTAINER_START),
            Map.entry("PreStartHookError", Cause.CONTAINER_START),
            Map.entry("PostStartHookError", Cause.CONTAINER_START),
            Map.entry("CrashLoopBackOff", Cause.CONTAINER_START));

    /** The cause behind a reason this class reported (a scheduler's reason when it is none of ours). */
    public static Cause causeOf(String reason) {
        if (PENDING_TOO_LONG.equals(reason)) {
            return Cause.PENDING_TOO_LONG;
        }
        return WAITING_REASONS.getOrDefault(reason, Cause.UNSCHEDULABLE);
    }

    /**
     * The pod's trouble, if it has any: a scheduling failure first, then the first container (init
     * containers before the others) the kubelet cannot start, then a pod Pending longer than
     * {@code pendingThreshold} since it was created. Finished and deleted pods have none.
     */
    public static Optional<PodTrouble> of(Pod pod, Instant now, Duration pendingThreshold) {
        PodStatus status = pod.getStatus();
        if (status == null || pod.getMetadata().getDeletionTimestamp() != null
                || !List.of("Pending", "Running").contains(status.getPhase())) {
            return Optional.empty();
        }
        return unschedulable(status)
                .or(() -> waitingContainer(status))
                .or(() -> pendingTooLong(pod, now, pendingThreshold));
    }

    private static Optional<PodTrouble> unschedulable(PodStatus status) {
        return conditions(status)
                .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
                .findFirst()
                .map(c -> new PodTrouble(Cause.UNSCHEDULABLE, orElse(c.getReason(), "Unschedulable"),
                        orElse(c.getMessage(), "the scheduler cannot place the pod")));
    }

    private static Optional<PodTrouble> waitingContainer(PodStatus status) {
        return Stream.concat(statuses(status.getInitContainerStatuses()), statuses(status.getContainerStatuses()))
                .filter(c -> c.getState() != null && c.getState().getWaiting() != null)
                .filter(c -> WAITING_REASONS.containsKey(c.getState().getWaiting().getReason()))
                .findFirst()
                .map(c -> {
                    ContainerStateWaiting waiting = c.getState().getWaiting();
                    return new PodTrouble(WAITING_REASONS.get(waiting.getReason()), waiting.getReason(),
                            "container " + c.getName() + ": " + orElse(waiting.getMessage(), waiting.getReason()));
                });
    }

    private static Optional<PodTrouble> pendingTooLong(Pod pod, Instant now, Duration threshold) {
        String created = pod.getMetadata().getCreationTimestamp();
        if (!"Pending".equals(pod.getStatus().getPhase()) || created == null) {
            return Optional.empty();
        }
        Duration pending = Duration.between(Instant.parse(created), now);
        if (pending.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PodTrouble(Cause.PENDING_TOO_LONG, PENDING_TOO_LONG,
                "Pending for " + goDuration(pending) + " (longer than " + goDuration(threshold) + "): "
                        + whatItWaitsFor(pod)));
    }

    /** What a Pending pod with no known trouble is waiting for, so the message gives a lead. */
    private static String whatItWaitsFor(Pod pod) {
        if (pod.getSpec() == null || pod.getSpec().getNodeName() == null) {
            String scheduler = pod.getSpec() == null ? null : pod.getSpec().getSchedulerName();
            return "not scheduled yet" + (scheduler == null || scheduler.equals("default-scheduler") ? ""
                    : "; is scheduler " + scheduler + " running?");
        }
        List<String> waiting = Stream.concat(statuses(pod.getStatus().getInitContainerStatuses()),
                        statuses(pod.getStatus().getContainerStatuses()))
                .filter(c -> c.getState() != null && c.getState().getWaiting() != null)
                .map(c -> c.getName() + " (" + orElse(c.getState().getWaiting().getReason(), "waiting") + ")")
                .toList();
        return "on node " + pod.getSpec().getNodeName()
                + (waiting.isEmpty() ? "" : ", containers waiting: " + String.join(", ", waiting))
                + "; the pod's Events (kubectl describe pod) tell why";
    }

    private static Stream<PodCondition> conditions(PodStatus status) {
        return status.getConditions() == null ? Stream.empty() : status.getConditions().stream();
    }

    private static Stream<ContainerStatus> statuses(List<ContainerStatus> statuses) {
        return statuses == null ? Stream.empty() : statuses.stream();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Go's duration notation (5m0s, 1h2m3s), as kubectl and the kubelet print durations. */
    static String goDuration(Duration duration) {
        long seconds = duration.toSeconds();
        String text = seconds % 60 + "s";
        if (seconds >= 60) {
            text = seconds / 60 % 60 + "m" + text;
        }
        if (seconds >= 3600) {
            text = seconds / 3600 + "h" + text;
        }
        return text;
    }
}
