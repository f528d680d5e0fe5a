package io.sparkop.web;

/** One schedule in a list or on its page. */
public record ScheduleRow(String namespace, String name, String schedule, String reading, String timeZone,
        String state, boolean suspended, String concurrencyPolicy, String nextRun, String nextRunIn,
        String lastRun, String lastRunAgo, String lastRunName, int successfulRunHistoryLimit,
        int failedRunHistoryLimit, String reason) {

    public String path() {
        return Paths.schedule(namespace, name);
    }
}
