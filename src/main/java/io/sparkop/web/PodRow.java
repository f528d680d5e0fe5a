package io.sparkop.web;

/** A driver or executor pod of an application. */
public record PodRow(String name, String role, String submissionId, String phase, String phaseClass, int restarts,
        String node, Integer exitCode, String reason, String age, String logsPath) {
}
