package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectServerStatus;
import io.sparkop.api.SparkConnectState;
import io.sparkop.api.SparkConnectStatus;
import io.sparkop.kube.Statuses;
import io.sparkop.kube.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A SparkConnect's status from what was observed, as kubeflow's updateSparkConnectStatus computes it
 * (Ready when the server pod is ready, NotReady otherwise, executors counted by phase), plus what
 * kubeflow leaves out: Provisioning while the server pod is being created and Failed, with a reason,
 * when it cannot run. Pure: the time is handed in.
 */
public final class ConnectStatuses {

    public static final String SERVER_POD_READY = "ServerPodReady";
    /** kubeflow's condition reasons. */
    public static final String REASON_READY = "ServerPodReady";
    public static final String REASON_NOT_READY = "ServerPodNotReady";
    /** Ours: why the server cannot run. */
    public static final String REASON_INVALID_SPEC = "InvalidSpec";
    public static final String REASON_CREATE_REFUSED = "CreateRefused";
    public static final String REASON_NAME_TAKEN = "NameTaken";
    public static final String REASON_SERVER_POD_FAILED = "ServerPodFailed";

    /** Why the server cannot run: a condition reason and a message naming what is wrong. */
    public record Failure(String reason, String message) {
    }

    /**
     * What the reconcile saw and did: the server pod (null while it does not exist or is being replaced),
     * the Service's name once it exists, the executors, and why the server cannot run (null if it can).
     */
    public record Observed(Pod serverPod, String serviceName, Collection<Pod> executors, Failure failure) {
    }

    public static SparkConnectStatus next(SparkConnect conn, Observed seen, Instant now) {
        SparkConnectStatus old = conn.getStatus();
        SparkConnectStatus status = old == null ? new SparkConnectStatus() : Statuses.copy(old, SparkConnectStatus.class);
        if (status.getStartTime() == null) {
            status.setStartTime(Times.format(now));
        }
        Pod pod = seen.serverPod();
        SparkConnectServerStatus server = new SparkConnectServerStatus();
        server.setPodName(pod == null ? null : pod.getMetadata().getName());
        server.setPodIp(pod == null || pod.getStatus() == null ? null : pod.getStatus().getPodIP());
        server.setServiceName(seen.serviceName());
        status.setServer(server);
        status.setExecutors(countByPhase(seen.executors()));

        Failure failure = seen.failure() != null ? seen.failure() : podFailure(pod);
        if (failure != null) {
            state(status, conn, SparkConnectState.FAILED, false, failure.reason(), failure.message(), now);
        } else if (pod == null || pod.getMetadata().getDeletionTimestamp() != null) {
            state(status, conn, SparkConnectState.PROVISIONING, false, REASON_NOT_READY,
                    "Server pod is being created", now);
        } else if (ready(pod)) {
            state(status, conn, SparkConnectState.READY, true, REASON_READY, "Server pod is ready", now);
        } else {
            state(status, conn, SparkConnectState.NOT_READY, false, REASON_NOT_READY,
                    "Server pod is not ready: " + notReadyBecause(pod), now);
        }
        if (!sameIgnoringUpdateTime(old, status)) {
            status.setLastUpdateTime(Times.format(now));
        }
        return status;
    }

    private static void state(SparkConnectStatus status, SparkConnect conn, SparkConnectState state, boolean ready,
            String reason, String message, Instant now) {
        status.setState(state);
        List<Condition> conditions = new ArrayList<>(status.getConditions() == null ? List.of() : status.getConditions());
        Condition before = conditions.stream().filter(c -> SERVER_POD_READY.equals(c.getType())).findFirst().orElse(null);
        String value = ready ? "True" : "False";
        String since = before != null && value.equals(before.getStatus()) && before.getLastTransitionTime() != null
                ? before.getLastTransitionTime() : Times.format(now);
        conditions.remove(before);
        conditions.add(new ConditionBuilder().withType(SERVER_POD_READY).withStatus(value).withReason(reason)
                .withMessage(message).withLastTransitionTime(since)
                .withObservedGeneration(conn.getMetadata().getGeneration()).build());
        status.setConditions(conditions);
    }

    static boolean ready(Pod pod) {
        return pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase())
                && pod.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    /** A server pod that has stopped for good (its restartPolicy let it end) cannot serve again. */
    private static Failure podFailure(Pod pod) {
        if (pod == null || pod.getStatus() == null) {
            return null;
        }
        String phase = pod.getStatus().getPhase();
        if (!"Failed".equals(phase) && !"Succeeded".equals(phase)) {
            return null;
        }
        String why = pod.getStatus().getContainerStatuses().stream()
                .filter(c -> c.getState() != null && c.getState().getTerminated() != null)
                .map(c -> c.getName() + " exited with code " + c.getState().getTerminated().getExitCode()
                        + (c.getState().getTerminated().getReason() == null ? "" : " (" + c.getState().getTerminated().getReason() + ")"))
                .findFirst()
                .orElse(Objects.requireNonNullElse(pod.getStatus().getReason(), "no container status"));
        return new Failure(REASON_SERVER_POD_FAILED, "Server pod " + pod.getMetadata().getName() + " is " + phase + ": " + why);
    }

    private static String notReadyBecause(Pod pod) {
        var status = pod.getStatus();
        if (status == null) {
            return "no status yet";
        }
        for (ContainerStatus container : status.getContainerStatuses()) {
            var waiting = container.getState() == null ? null : container.getState().getWaiting();
            if (waiting != null && waiting.getReason() != null && !"ContainerCreating".equals(waiting.getReason())) {
                return container.getName() + " is waiting: " + waiting.getReason()
                        + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage());
            }
        }
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            return status.getMessage();
        }
        return status.getConditions().stream()
                .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()) && c.getMessage() != null)
                .map(c -> "not scheduled: " + c.getMessage())
                .findFirst()
                .orElse("phase " + Objects.requireNonNullElse(status.getPhase(), "unknown"));
    }

    /** kubeflow's executors map: executor pods counted by lower-cased phase. */
    static Map<String, Integer> countByPhase(Collection<Pod> executors) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Pod executor : executors) {
            String phase = executor.getStatus() == null || executor.getStatus().getPhase() == null
                    ? "pending" : executor.getStatus().getPhase().toLowerCase(Locale.ROOT);
            counts.merge(phase, 1, Integer::sum);
        }
        return counts.isEmpty() ? null : counts;
    }

    private static boolean sameIgnoringUpdateTime(SparkConnectStatus old, SparkConnectStatus next) {
        if (old == null) {
            return false;
        }
        SparkConnectStatus withoutTime = Statuses.copy(next, SparkConnectStatus.class);
        withoutTime.setLastUpdateTime(old.getLastUpdateTime());
        return Statuses.same(old, withoutTime);
    }

    private ConnectStatuses() {
    }
}
