package io.sparkop.schedule;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.ScheduledSparkApplicationSpec;
import io.sparkop.api.ScheduledSparkApplicationStatus;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Schedules and their runs in the mock API server, as a user (kubectl) and a Spark driver would touch them. */
final class ClusterSchedules {

    static final String NAMESPACE = "default";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final KubernetesClient client;

    ClusterSchedules(KubernetesClient client) {
        this.client = client;
    }

    ScheduledSparkApplication create(String name, String cron, ConcurrencyPolicy policy) {
        return client.resource(ScheduleFixtures.schedule(name, cron, policy)).create();
    }

    ScheduledSparkApplication create(ScheduledSparkApplication schedule) {
        return client.resource(schedule).create();
    }

    ScheduledSparkApplication get(String name) {
        return client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE).withName(name).get();
    }

    void editSpec(String name, Consumer<ScheduledSparkApplicationSpec> edit) {
        client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE).withName(name).edit(schedule -> {
            edit.accept(schedule.getSpec());
            return schedule;
        });
    }

    void editStatus(String name, Consumer<ScheduledSparkApplicationStatus> edit) {
        client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE).withName(name).editStatus(schedule -> {
            edit.accept(schedule.getStatus());
            return schedule;
        });
    }

    void delete(String name) {
        client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE).withName(name).delete();
    }

    ScheduledSparkApplicationStatus awaitStatus(String name, Predicate<ScheduledSparkApplicationStatus> condition) {
        await().atMost(PATIENCE).until(() -> {
            var schedule = get(name);
            return schedule != null && schedule.getStatus() != null && condition.test(schedule.getStatus());
        });
        return get(name).getStatus();
    }

    /** Names of the schedule's runs, oldest first. */
    List<String> runs(String schedule) {
        return client.resources(SparkApplication.class).inNamespace(NAMESPACE)
                .withLabel(io.sparkop.api.Labels.SCHEDULED_APP_NAME, schedule).list().getItems().stream()
                .map(run -> run.getMetadata().getName()).sorted().toList();
    }

    List<String> awaitRuns(String schedule, List<String> expected) {
        await().atMost(PATIENCE).until(() -> runs(schedule).equals(expected));
        return runs(schedule);
    }

    /** Asserts for a while (more than one timer tick) that the runs stay as they are. */
    void assertRunsStay(String schedule, List<String> expected) {
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> runs(schedule).equals(expected));
    }

    SparkApplication run(String name) {
        return client.resources(SparkApplication.class).inNamespace(NAMESPACE).withName(name).get();
    }

    /** What the SparkApplication controller would record when a run ends. */
    void finish(String run, AppState state) {
        client.resources(SparkApplication.class).inNamespace(NAMESPACE).withName(run).editStatus(app -> {
            var status = app.getStatus() == null ? new SparkApplicationStatus() : app.getStatus();
            status.setApplicationState(new ApplicationState(state, null));
            app.setStatus(status);
            return app;
        });
    }

    Event awaitEvent(String involvedName, String reason) {
        await().atMost(PATIENCE).until(() -> findEvent(involvedName, reason) != null);
        return findEvent(involvedName, reason);
    }

    private Event findEvent(String involvedName, String reason) {
        return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
                .filter(e -> involvedName.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason()))
                .findFirst().orElse(null);
    }

    void deleteAll() {
        client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE).delete();
        client.resources(SparkApplication.class).inNamespace(NAMESPACE).delete();
        await().atMost(PATIENCE).until(() -> client.resources(ScheduledSparkApplication.class).inNamespace(NAMESPACE)
                .list().getItems().isEmpty());
    }

    static String runName(String schedule, String due) {
        return RunBuilder.name(schedule, Instant.parse(due));
    }
}
