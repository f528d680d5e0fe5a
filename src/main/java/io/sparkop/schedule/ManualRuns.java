package io.sparkop.schedule;

import io.sparkop.api.ConcurrencyPolicy;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * "Run now": one run named as a scheduled run of this second would be, marked manual, under the schedule's
 * concurrency policy (Forbid refuses while a run is unfinished, Replace deletes the unfinished ones). The
 * schedule's status is left alone: its next scheduled run stays where it was.
 */
public final class ManualRuns {

    /** Label (and value) on a run a user started by hand. */
    public static final String MANUAL = "sparkop.io/manual-run";

    /** What run-now does: start {@code run} after deleting {@code replaced}, or refuse with {@code refusal}. */
    public record Plan(SparkApplication run, List<SparkApplication> replaced, String refusal) {
    }

    /** {@code runs}: the schedule's runs (owned by it); the plan never starts a second run of the same name. */
    public static Plan plan(ScheduledSparkApplication schedule, Collection<SparkApplication> runs, Instant now) {
        SparkApplication run = RunBuilder.build(schedule, now);
        run.getMetadata().getLabels().put(MANUAL, "true");
        String name = run.getMetadata().getName();
        List<SparkApplication> unfinished = runs.stream().filter(r -> !RunHistory.finished(r)).toList();
        ConcurrencyPolicy policy = Objects.requireNonNullElse(schedule.getSpec().getConcurrencyPolicy(),
                ConcurrencyPolicy.ALLOW);
        if (policy == ConcurrencyPolicy.FORBID && !unfinished.isEmpty()) {
            return new Plan(null, List.of(), "concurrencyPolicy Forbid: " + unfinished.stream()
                    .map(r -> r.getMetadata().getName()).sorted().collect(Collectors.joining(", ")) + " not finished");
        }
        if (runs.stream().anyMatch(r -> name.equals(r.getMetadata().getName()))) {
            return new Plan(null, List.of(), "a run named " + name + " exists already");
        }
        return new Plan(run, policy == ConcurrencyPolicy.REPLACE ? unfinished : List.of(), null);
    }

    private ManualRuns() {
    }
}
