package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.util.List;

/** One schedule with its runs (newest first) and the Events about it. */
public record ScheduleView(ScheduledSparkApplication schedule, List<SparkApplication> runs, List<Event> events) {
}
