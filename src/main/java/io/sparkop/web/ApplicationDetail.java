package io.sparkop.web;

import java.util.List;

/** Everything the application page shows. */
public record ApplicationDetail(AppRow app, String submissionId, String sparkApplicationId, int submissionAttempts,
        List<TimelineEntry> timeline, SpecSummary spec, List<PodRow> pods, List<EventRow> events,
        String yaml, List<String> kubectl, String sparkUiPath, String driverLogsPath) {
}
