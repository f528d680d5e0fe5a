package io.sparkop.web;

import java.util.List;

/** A button on an application's or schedule's page: the action path segment and its label. */
public record ActionButton(String action, String label) {

    static List<ActionButton> forApplication(boolean finished, boolean suspended) {
        return List.of(finished ? new ActionButton("rerun", "Re-run")
                : suspended ? new ActionButton("resume", "Resume") : new ActionButton("suspend", "Suspend"));
    }

    static List<ActionButton> forSchedule(boolean suspended) {
        return List.of(new ActionButton("run", "Run now"),
                suspended ? new ActionButton("resume", "Resume") : new ActionButton("suspend", "Suspend"));
    }
}
