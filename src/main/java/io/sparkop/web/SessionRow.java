package io.sparkop.web;

import java.util.Map;

/**
 * One SparkConnect on the Sessions page: its state and why, the endpoint a notebook connects to, the
 * server pod and executors, and where its log and Spark UI are (null when there is none yet).
 */
public record SessionRow(String namespace, String name, String state, String message, String endpoint,
        String serverPod, Map<String, Integer> executors, String logsPath, String sparkUiPath) {

    public String stateClass() {
        return "state-" + switch (state) {
            case "Ready" -> "running";
            case "Failed" -> "failed";
            case "NotReady", "Provisioning" -> "waiting";
            default -> "unknown";
        };
    }

    public String executorSummary() {
        if (executors == null || executors.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        executors.forEach((phase, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(phase));
        return text.toString();
    }
}
