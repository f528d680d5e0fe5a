package io.sparkop.web;

import java.util.List;

/** The last lines of one pod's log, or why there are none. */
public record LogView(String namespace, String application, String pod, int tail, List<String> lines, String problem,
        String followPath, String downloadPath, String applicationPath) {
}
