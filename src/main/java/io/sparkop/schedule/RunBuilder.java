package io.sparkop.schedule;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A schedule's run: kubeflow's SparkApplication from spec.template, with a name any replica would choose. */
final class RunBuilder {

    /** kubeflow's label naming the schedule a run came from. */
    /** Run names become pod names and label values. */
    static final int MAX_NAME_LENGTH = 63;

    static SparkApplication build(ScheduledSparkApplication schedule, Instant due) {
        var meta = schedule.getMetadata();
        Map<String, String> labels = new LinkedHashMap<>();
        if (meta.getLabels() != null) {
            labels.putAll(meta.getLabels());
        }
        labels.put(Labels.SCHEDULED_APP_NAME, meta.getName());
        SparkApplication run = new SparkApplication();
        run.getMetadata().setName(name(meta.getName(), due));
        run.getMetadata().setNamespace(meta.getNamespace());
        run.getMetadata().setLabels(labels);
        run.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
                .withApiVersion(schedule.getApiVersion())
                .withKind(schedule.getKind())
                .withName(meta.getName())
                .withUid(meta.getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build()));
        run.setSpec(schedule.getSpec().getTemplate());
        return run;
    }

    /**
     * {@code <schedule>-<Unix seconds of the due time>} (kubeflow uses nanoseconds of the start, which no
     * other replica or restart could reproduce). A long schedule name is cut and a hash of the whole name
     * added, so two schedules sharing a long prefix never claim each other's runs.
     */
    static String name(String schedule, Instant due) {
        String suffix = "-" + due.getEpochSecond();
        int room = MAX_NAME_LENGTH - suffix.length();
        if (schedule.length() <= room) {
            return schedule + suffix;
        }
        String hash = String.format("%08x", schedule.hashCode());
        String head = schedule.substring(0, room - hash.length() - 1).replaceAll("[-.]+$", "");
        return head + "-" + hash + suffix;
    }

    /** The label value must fit in 63 characters, or no run could be created. */
    static String nameProblem(String schedule) {
        if (schedule.length() <= MAX_NAME_LENGTH) {
            return null;
        }
        return "metadata.name: \"" + schedule + "\" is longer than " + MAX_NAME_LENGTH + " characters, too long for"
                + " the " + Labels.SCHEDULED_APP_NAME + " label of its runs";
    }

    private RunBuilder() {
    }
}
