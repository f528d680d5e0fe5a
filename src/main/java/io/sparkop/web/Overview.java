package io.sparkop.web;

import java.util.List;
import java.util.Map;

/** The overview page and its JSON twin; the lists show the first {@link OverviewPage#SHOWN} (counts are whole). */
public record Overview(List<StateCount> states, List<AppRow> running, int runningCount, List<AppRow> recentFailures,
        int recentFailureCount,
        List<ScheduleRow> schedules, Map<String, Long> podsByPhase, String version, boolean healthy, int applications) {

    /** How many applications are in one state. */
    public record StateCount(String state, String stateClass, String stateSymbol, long count, String link) {
    }
}
