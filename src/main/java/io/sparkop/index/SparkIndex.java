package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read model the dashboard and metrics read: applications, schedules with their runs, the pods of each
 * submission and the Events about them, answered from informer caches only (no API call per read). Lists come
 * sorted by namespace and name unless said otherwise.
 */
public class SparkIndex {

    public static final String KIND_APPLICATION = "SparkApplication";
    public static final String KIND_SCHEDULE = "ScheduledSparkApplication";

    private static final Comparator<HasMetadata> BY_NAMESPACE_AND_NAME = Comparator
            .comparing((HasMetadata r) -> r.getMetadata().getNamespace(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.getMetadata().getName());

    private final ClusterCaches caches;

    public SparkIndex(ClusterCaches caches) {
        this.caches = caches;
    }

    public List<SparkApplication> applications(AppQuery query) {
        return caches.applications().filter(query).sorted(BY_NAMESPACE_AND_NAME).toList();
    }

    public Optional<SparkApplication> findApplication(String namespace, String name) {
        return caches.applications().filter(a -> is(a, namespace, name)).findFirst();
    }

    public Optional<ApplicationView> application(String namespace, String name) {
        return findApplication(namespace, name).map(this::viewOf);
    }

    public List<ScheduledSparkApplication> schedules(String namespace) {
        return caches.schedules()
                .filter(s -> namespace == null || namespace.equals(s.getMetadata().getNamespace()))
                .sorted(BY_NAMESPACE_AND_NAME)
                .toList();
    }

    public Optional<ScheduleView> schedule(String namespace, String name) {
        return caches.schedules().filter(s -> is(s, namespace, name)).findFirst()
                .map(s -> new ScheduleView(s, runsOf(s), eventsAbout(s, KIND_SCHEDULE, Set.of())));
    }

    /** Runs of a schedule, newest first: the applications carrying its scheduled-app-name label. */
    public List<SparkApplication> runsOf(ScheduledSparkApplication schedule) {
        String namespace = schedule.getMetadata().getNamespace();
        String name = schedule.getMetadata().getName();
        return caches.applications()
                .filter(a -> namespace.equals(a.getMetadata().getNamespace()) && name.equals(scheduleOf(a)))
                .sorted(Comparator.comparing((SparkApplication a) -> a.getMetadata().getCreationTimestamp(),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(a -> a.getMetadata().getName())
                        .reversed())
                .toList();
    }

    /** Every state with its count (zero included), in the enum's order. */
    public Map<AppState, Long> countsByState(String namespace) {
        Map<AppState, Long> counts = new EnumMap<>(AppState.class);
        for (AppState state : AppState.values()) {
            counts.put(state, 0L);
        }
        caches.applications()
                .filter(a -> namespace == null || namespace.equals(a.getMetadata().getNamespace()))
                .forEach(a -> counts.merge(stateOf(a), 1L, Long::sum));
        return counts;
    }

    /** Launched pods by phase (Pending, Running, Succeeded, Failed, Unknown), in every namespace when null. */
    public Map<String, Long> podsByPhase(String namespace) {
        return caches.pods(namespace).collect(Collectors.groupingBy(SparkIndex::phaseOf, TreeMap::new, Collectors.counting()));
    }

    public List<String> namespaces() {
        return Stream.concat(caches.applications(), caches.schedules())
                .map(r -> r.getMetadata().getNamespace()).distinct().sorted().toList();
    }

    /**
     * Changes whenever an application, schedule, pod or Event in the caches changes: lets live pages know
     * when to refresh without a watch of their own.
     */
    public long changeStamp() {
        long stamp = 17;
        for (Stream<? extends HasMetadata> all : List.of(caches.applications(), caches.schedules(), caches.pods(null), caches.events(null))) {
            stamp = 31 * stamp + all.mapToLong(r -> Objects.hash(r.getMetadata().getUid(), r.getMetadata().getResourceVersion())).sum();
        }
        return stamp;
    }

    private ApplicationView viewOf(SparkApplication app) {
        String namespace = app.getMetadata().getNamespace();
        String name = app.getMetadata().getName();
        List<Pod> pods = caches.pods(namespace).filter(p -> name.equals(label(p, Labels.APP_NAME))).toList();
        Set<String> podNames = pods.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toSet());
        if (app.getStatus() != null && app.getStatus().getDriverInfo() != null && app.getStatus().getDriverInfo().getPodName() != null) {
            podNames = new java.util.HashSet<>(podNames);
            podNames.add(app.getStatus().getDriverInfo().getPodName());
        }
        return new ApplicationView(app, bySubmission(app, pods), eventsAbout(app, KIND_APPLICATION, podNames));
    }

    private static List<SubmissionPods> bySubmission(SparkApplication app, List<Pod> pods) {
        Map<String, List<Pod>> grouped = new LinkedHashMap<>();
        String current = app.getStatus() == null ? null : app.getStatus().getSubmissionID();
        if (current != null) {
            grouped.put(current, new ArrayList<>());
        }
        pods.stream()
                .sorted(Comparator.comparing((Pod p) -> p.getMetadata().getCreationTimestamp(),
                        Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(p -> grouped.computeIfAbsent(Objects.requireNonNullElse(label(p, Labels.SUBMISSION_ID), ""),
                        k -> new ArrayList<>()).add(p));
        List<SubmissionPods> submissions = new ArrayList<>();
        grouped.forEach((id, members) -> submissions.add(new SubmissionPods(id,
                members.stream().filter(p -> Labels.ROLE_DRIVER.equals(label(p, Labels.SPARK_ROLE))).findFirst(),
                members.stream().filter(p -> Labels.ROLE_EXECUTOR.equals(label(p, Labels.SPARK_ROLE)))
                        .sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList())));
        return submissions;
    }

    /**
     * Events about the resource (an earlier resource of the same name excluded, by uid, when the Event names
     * one) and about the named pods.
     */
    private List<Event> eventsAbout(HasMetadata resource, String kind, Set<String> podNames) {
        String name = resource.getMetadata().getName();
        String uid = resource.getMetadata().getUid();
        return caches.events(resource.getMetadata().getNamespace())
                .filter(e -> {
                    ObjectReference about = e.getInvolvedObject();
                    return about != null && (kind.equals(about.getKind()) && name.equals(about.getName())
                            && (uid == null || about.getUid() == null || uid.equals(about.getUid()))
                            || "Pod".equals(about.getKind()) && podNames.contains(about.getName()));
                })
                .sorted(Comparator.comparing(SparkIndex::timeOf, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    public static AppState stateOf(SparkApplication app) {
        var status = app.getStatus();
        return status == null || status.getApplicationState() == null || status.getApplicationState().getState() == null
                ? AppState.NEW
                : status.getApplicationState().getState();
    }

    public static String errorOf(SparkApplication app) {
        var status = app.getStatus();
        return status == null || status.getApplicationState() == null ? null : status.getApplicationState().getErrorMessage();
    }

    /** The schedule that created this application (its scheduled-app-name label), or null. */
    public static String scheduleOf(SparkApplication app) {
        return label(app, Labels.SCHEDULED_APP_NAME);
    }

    public static String phaseOf(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getPhase() == null ? "Unknown" : pod.getStatus().getPhase();
    }

    /** When an Event last happened: lastTimestamp, else eventTime, else its creation (RFC 3339 text). */
    public static String timeOf(Event event) {
        if (event.getLastTimestamp() != null) {
            return event.getLastTimestamp();
        }
        if (event.getEventTime() != null && event.getEventTime().getTime() != null) {
            return event.getEventTime().getTime();
        }
        return event.getMetadata() == null ? null : event.getMetadata().getCreationTimestamp();
    }

    static String label(HasMetadata resource, String key) {
        Map<String, String> labels = resource.getMetadata().getLabels();
        return labels == null ? null : labels.get(key);
    }

    private static boolean is(HasMetadata resource, String namespace, String name) {
        return Objects.equals(namespace, resource.getMetadata().getNamespace()) && Objects.equals(name, resource.getMetadata().getName());
    }
}
