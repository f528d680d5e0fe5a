package io.sparkop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.testing.Manifests;
import io.sparkop.web.ApplicationRows;
import java.time.Instant;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SparkIndexTest {

    private final List<SparkApplication> apps = new ArrayList<>();
    private final List<ScheduledSparkApplication> schedules = new ArrayList<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final SparkIndex index = new SparkIndex(new ClusterCaches() {
        public Stream<SparkApplication> applications() {
            return apps.stream();
        }

        public Stream<ScheduledSparkApplication> schedules() {
            return schedules.stream();
        }

        public Stream<Pod> pods(String namespace) {
            return pods.stream().filter(p -> namespace == null || namespace.equals(p.getMetadata().getNamespace()));
        }

        public Stream<Event> events(String namespace) {
            return events.stream().filter(e -> namespace == null || namespace.equals(e.getMetadata().getNamespace()));
        }
    });

    @Test
    void listsFilterByNamespaceStateTextAndLabelsSortedByNamespaceThenName() {
        apps.add(app("team-b", "etl", AppState.RUNNING, Map.of("team", "data")));
        apps.add(app("team-a", "pi", AppState.COMPLETED, Map.of("team", "web")));
        apps.add(app("team-a", "etl", AppState.FAILED, Map.of("team", "data")));

        assertEquals(List.of("team-a/etl", "team-a/pi", "team-b/etl"), names(index.applications(AppQuery.ALL)));
        assertEquals(List.of("team-a/etl", "team-a/pi"), names(index.applications(new AppQuery("team-a", null, null, null))));
        assertEquals(List.of("team-a/etl"), names(index.applications(new AppQuery(null, Set.of(AppState.FAILED), null, null))));
        assertEquals(List.of("team-a/etl", "team-b/etl"), names(index.applications(new AppQuery(null, null, "ET", null))));
        assertEquals(List.of("team-a/pi"), names(index.applications(new AppQuery(null, null, null, LabelSelector.parse("team!=data")))));
    }

    @Test
    void anApplicationWithoutStatusCountsAsNew() {
        SparkApplication fresh = app("ns", "fresh", AppState.NEW, Map.of());
        fresh.setStatus(null);
        apps.add(fresh);
        apps.add(app("ns", "done", AppState.COMPLETED, Map.of()));

        Map<AppState, Long> counts = index.countsByState(null);

        assertEquals(1L, counts.get(AppState.NEW));
        assertEquals(1L, counts.get(AppState.COMPLETED));
        assertEquals(0L, counts.get(AppState.FAILED));
        assertEquals(AppState.values().length, counts.size());
    }

    @Test
    void anApplicationsPodsAreGroupedBySubmissionCurrentFirstWithItsDriver() {
        SparkApplication app = app("ns", "pi", AppState.RUNNING, Map.of());
        app.getStatus().setSubmissionID("second");
        apps.add(app);
        pods.add(pod("ns", "pi-driver-old", "pi", "first", Labels.ROLE_DRIVER, "Failed"));
        pods.add(pod("ns", "pi-driver", "pi", "second", Labels.ROLE_DRIVER, "Running"));
        pods.add(pod("ns", "pi-exec-2", "pi", "second", Labels.ROLE_EXECUTOR, "Running"));
        pods.add(pod("ns", "pi-exec-1", "pi", "second", Labels.ROLE_EXECUTOR, "Pending"));
        pods.add(pod("ns", "other-driver", "other", "x", Labels.ROLE_DRIVER, "Running"));
        pods.add(pod("elsewhere", "pi-driver", "pi", "second", Labels.ROLE_DRIVER, "Running"));

        ApplicationView view = index.application("ns", "pi").orElseThrow();

        assertEquals(List.of("second", "first"), view.submissions().stream().map(SubmissionPods::submissionId).toList());
        assertEquals("pi-driver", view.driver().orElseThrow().getMetadata().getName());
        assertEquals(List.of("pi-exec-1", "pi-exec-2"), view.submissions().get(0).executors().stream().map(p -> p.getMetadata().getName()).toList());
        assertEquals("pi-driver-old", view.submissions().get(1).driver().orElseThrow().getMetadata().getName());
        assertEquals(4, view.pods().size());
    }

    @Test
    void anApplicationsEventsIncludeItsPodsNewestFirstAndNoOneElses() {
        apps.add(app("ns", "pi", AppState.RUNNING, Map.of()));
        pods.add(pod("ns", "pi-driver", "pi", "s", Labels.ROLE_DRIVER, "Running"));
        events.add(event("ns", "a", "SparkApplication", "pi", "2026-01-01T10:00:00Z"));
        events.add(event("ns", "b", "Pod", "pi-driver", "2026-01-01T10:05:00Z"));
        events.add(event("ns", "c", "SparkApplication", "other", "2026-01-01T10:06:00Z"));
        events.add(event("ns", "d", "ScheduledSparkApplication", "pi", "2026-01-01T10:07:00Z"));
        events.add(event("other-ns", "e", "SparkApplication", "pi", "2026-01-01T10:08:00Z"));
        Event aboutAnEarlierPi = event("ns", "f", "SparkApplication", "pi", "2026-01-01T09:00:00Z");
        aboutAnEarlierPi.getInvolvedObject().setUid("uid-of-a-deleted-pi");
        events.add(aboutAnEarlierPi);

        var view = index.application("ns", "pi").orElseThrow();

        assertEquals(List.of("b", "a"), view.events().stream().map(e -> e.getMetadata().getName()).toList());
    }

    @Test
    void aSchedulesRunsAreTheApplicationsLabelledWithItNewestFirst() {
        ScheduledSparkApplication schedule = new ScheduledSparkApplication();
        schedule.setMetadata(new ObjectMetaBuilder().withNamespace("ns").withName("nightly").build());
        schedules.add(schedule);
        apps.add(run("ns", "nightly-100", "nightly", "2026-01-01T00:00:00Z"));
        apps.add(run("ns", "nightly-200", "nightly", "2026-01-02T00:00:00Z"));
        apps.add(run("ns", "hourly-300", "hourly", "2026-01-03T00:00:00Z"));
        apps.add(run("other", "nightly-400", "nightly", "2026-01-03T00:00:00Z"));

        ScheduleView view = index.schedule("ns", "nightly").orElseThrow();

        assertEquals(List.of("ns/nightly-200", "ns/nightly-100"), names(view.runs()));
    }

    @Test
    void theChangeStampMovesWhenAnyCachedObjectChanges() {
        apps.add(app("ns", "pi", AppState.RUNNING, Map.of()));
        long before = index.changeStamp();
        assertEquals(before, index.changeStamp());

        apps.get(0).getMetadata().setResourceVersion("2");
        long afterUpdate = index.changeStamp();
        assertNotEquals(before, afterUpdate);

        pods.add(pod("ns", "pi-driver", "pi", "s", Labels.ROLE_DRIVER, "Running"));
        long afterPod = index.changeStamp();
        assertNotEquals(afterUpdate, afterPod);

        // Events as their store keeps them (no uid): a new one, then a new count of it, move the stamp
        events.add(SlimEventStore.slim(event("ns", "pi.1", "SparkApplication", "pi", "2026-01-01T00:00:01Z")));
        long afterEvent = index.changeStamp();
        assertNotEquals(afterPod, afterEvent);
        Event counted = event("ns", "pi.1", "SparkApplication", "pi", "2026-01-01T00:00:05Z");
        counted.getMetadata().setResourceVersion("2");
        events.set(0, SlimEventStore.slim(counted));
        assertNotEquals(afterEvent, index.changeStamp());
    }

    @Test
    void podsByPhaseCountEveryNamespaceOrOne() {
        pods.add(pod("a", "p1", "x", "s", Labels.ROLE_DRIVER, "Running"));
        pods.add(pod("a", "p2", "x", "s", Labels.ROLE_EXECUTOR, "Running"));
        pods.add(pod("b", "p3", "y", "s", Labels.ROLE_DRIVER, null));

        assertEquals(Map.of("Running", 2L, "Unknown", 1L), index.podsByPhase(null));
        assertEquals(Map.of("Unknown", 1L), index.podsByPhase("b"));
        assertTrue(index.podsByPhase("none").isEmpty());
    }

    @Test
    void slimEventsKeepWhatIsShownAndCutLongMessages() {
        Event full = event("ns", "e", "Pod", "p", "2026-01-01T00:00:00Z");
        full.getMetadata().setManagedFields(List.of(new io.fabric8.kubernetes.api.model.ManagedFieldsEntry()));
        full.setMessage("x".repeat(SlimEventStore.MAX_MESSAGE + 10));

        Event slim = SlimEventStore.slim(full);

        assertTrue(slim.getMetadata().getManagedFields().isEmpty());
        assertEquals(SlimEventStore.MAX_MESSAGE + 1, slim.getMessage().length());
        assertEquals("Warning", slim.getType());
        assertEquals("p", slim.getInvolvedObject().getName());
    }

    @Test
    void slimEventsShowOnTheDashboardAsTheWatchedOnesAndShareTheirRepeatedStrings() {
        Event watched = event("ns", "pi.1", "SparkApplication", "pi", "2026-01-01T00:00:09Z");
        watched.getInvolvedObject().setUid("a1");
        watched.setFirstTimestamp("2026-01-01T00:00:01Z");
        watched.setCount(3);
        watched.setSource(new io.fabric8.kubernetes.api.model.EventSource("spark-operator", null));
        Event other = event("ns", "pi.2", "SparkApplication", "pi", "2026-01-01T00:00:09Z");
        other.getInvolvedObject().setUid(new String("a1"));
        Instant now = Instant.parse("2026-01-01T01:00:00Z");

        Event slim = SlimEventStore.slim(watched);
        Event slimOther = SlimEventStore.slim(other);

        assertEquals(ApplicationRows.event(watched, now), ApplicationRows.event(slim, now));
        assertEquals(SparkIndex.timeOf(watched), SparkIndex.timeOf(slim));
        assertEquals("a1", slim.getInvolvedObject().getUid());
        assertEquals("2026-01-01T00:00:01Z", slim.getFirstTimestamp());
        assertEquals(List.of("pi.1", "ns", "1"), List.of(slim.getMetadata().getName(), slim.getMetadata().getNamespace(),
                slim.getMetadata().getResourceVersion()));
        assertEquals(null, slim.getSource());
        assertEquals(null, slim.getMetadata().getUid());
        assertSame(slim.getInvolvedObject().getUid(), slimOther.getInvolvedObject().getUid());
        assertSame(slim.getLastTimestamp(), slimOther.getLastTimestamp());
        assertSame(slim.getReason(), slimOther.getReason());
        assertSame(slim.getMessage(), slimOther.getMessage());
        assertEquals(slim, Manifests.SERIALIZATION.unmarshal(Manifests.SERIALIZATION.asJson(slim), Event.class));
    }

    @Test
    void slimEventsGiveBackTheirResourceVersionWhateverItsForm() {
        // etcd's are decimal numbers, kept as one; to a client they are opaque strings, and any other form stays as it came
        for (String resourceVersion : List.of("1", "987654321", "0", "007", "12a", "-3", "123456789012345678901234", "")) {
            Event watched = event("ns", "pi.1", "SparkApplication", "pi", null);
            watched.getMetadata().setResourceVersion(resourceVersion);

            assertEquals(resourceVersion, SlimEventStore.slim(watched).getMetadata().getResourceVersion());
        }
        Event without = event("ns", "pi.1", "SparkApplication", "pi", null);
        without.getMetadata().setResourceVersion(null);
        assertNull(SlimEventStore.slim(without).getMetadata().getResourceVersion());
    }

    @Test
    void anEventWithOnlyAnEventTimeKeepsIt() {
        Event watched = event("ns", "pi.1", "Pod", "pi-driver", null);
        watched.setEventTime(new io.fabric8.kubernetes.api.model.MicroTime("2026-01-01T00:00:09.123456Z"));

        Event slim = SlimEventStore.slim(watched);

        assertEquals("2026-01-01T00:00:09.123456Z", SparkIndex.timeOf(slim));
    }

    @Test
    void theEventInformerKeepsEventsAboutOurKindsAndSparkPodsOnly() {
        assertTrue(OperatorCaches.isAboutOurs(event("ns", "a", "SparkApplication", "pi", null)));
        assertTrue(OperatorCaches.isAboutOurs(event("ns", "b", "ScheduledSparkApplication", "nightly", null)));
        assertTrue(OperatorCaches.isAboutOurs(event("ns", "c", "Pod", "pi-driver", null)));
        assertTrue(OperatorCaches.isAboutOurs(event("ns", "d", "Pod", "pi-2f1a-exec-12", null)));
        assertEquals(false, OperatorCaches.isAboutOurs(event("ns", "e", "Pod", "nginx-7d9f", null)));
        assertEquals(false, OperatorCaches.isAboutOurs(event("ns", "f", "Deployment", "pi-driver", null)));
    }

    static SparkApplication app(String namespace, String name, AppState state, Map<String, String> labels) {
        SparkApplication app = new SparkApplication();
        app.setMetadata(new ObjectMetaBuilder().withNamespace(namespace).withName(name).withUid(namespace + "/" + name)
                .withResourceVersion("1").withLabels(new HashMap<>(labels)).build());
        SparkApplicationStatus status = new SparkApplicationStatus();
        status.setApplicationState(new ApplicationState(state, null));
        app.setStatus(status);
        return app;
    }

    private static SparkApplication run(String namespace, String name, String schedule, String created) {
        SparkApplication run = app(namespace, name, AppState.COMPLETED, Map.of(Labels.SCHEDULED_APP_NAME, schedule));
        run.getMetadata().setCreationTimestamp(created);
        return run;
    }

    static Pod pod(String namespace, String name, String app, String submission, String role, String phase) {
        return new PodBuilder()
                .withNewMetadata().withNamespace(namespace).withName(name).withUid(namespace + "/" + name).withResourceVersion("1")
                    .addToLabels(Labels.APP_NAME, app).addToLabels(Labels.SUBMISSION_ID, submission).addToLabels(Labels.SPARK_ROLE, role)
                .endMetadata()
                .withNewStatus().withPhase(phase).endStatus()
                .build();
    }

    static Event event(String namespace, String name, String kind, String about, String time) {
        return new EventBuilder()
                .withNewMetadata().withNamespace(namespace).withName(name).withUid(name).withResourceVersion("1").endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(about).withNamespace(namespace).endInvolvedObject()
                .withType("Warning").withReason("Reason").withMessage("message").withLastTimestamp(time)
                .build();
    }

    private static List<String> names(List<SparkApplication> list) {
        return list.stream().map(a -> a.getMetadata().getNamespace() + "/" + a.getMetadata().getName()).toList();
    }
}
