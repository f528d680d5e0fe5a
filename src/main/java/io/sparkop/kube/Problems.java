package io.sparkop.kube;

import io.sparkop.api.ScheduledSparkApplicationSpec;
import io.sparkop.api.UnreadableSpec;

/** Finds why a spec cannot be acted on, if it cannot: unreadable, or missing altogether. */
public final class Problems {

    public static String unreadable(Object spec) {
        if (spec == null) {
            return "spec: is missing";
        }
        if (spec instanceof UnreadableSpec unreadable) {
            return unreadable.problem();
        }
        if (spec instanceof ScheduledSparkApplicationSpec scheduled) {
            if (scheduled.getTemplate() == null) {
                return "spec.template: is missing";
            }
            if (scheduled.getTemplate() instanceof UnreadableSpec unreadable) {
                return unreadable.problem();
            }
        }
        return null;
    }

    private Problems() {
    }
}
