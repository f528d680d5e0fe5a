package io.sparkop.web;

import java.util.List;

/** Everything a schedule's page shows. */
public record ScheduleDetail(ScheduleRow schedule, List<RunCell> runs, List<EventRow> events) {
}
