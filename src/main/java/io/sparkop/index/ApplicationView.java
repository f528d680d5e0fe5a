package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.SparkApplication;
import java.util.List;
import java.util.Optional;

/**
 * One application with its pods, grouped by submission (the current one first), and the Events about the
 * application and its pods, newest first.
 */
public record ApplicationView(SparkApplication application, List<SubmissionPods> submissions, List<Event> events) {

    /** The driver of the current submission (status.submissionID), when its pod is in the cache. */
    public Optional<Pod> driver() {
        String current = application.getStatus() == null ? null : application.getStatus().getSubmissionID();
        return submissions.stream()
                .filter(s -> current != null && current.equals(s.submissionId()))
                .findFirst()
                .flatMap(SubmissionPods::driver);
    }

    public List<Pod> pods() {
        return submissions.stream()
                .flatMap(s -> java.util.stream.Stream.concat(s.driver().stream(), s.executors().stream()))
                .toList();
    }
}
