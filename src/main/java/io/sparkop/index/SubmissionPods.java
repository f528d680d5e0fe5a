package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/** The pods of one submission (one attempt) of an application: its driver, if any, and executors. */
public record SubmissionPods(String submissionId, Optional<Pod> driver, List<Pod> executors) {
}
