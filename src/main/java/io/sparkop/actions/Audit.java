package io.sparkop.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.quarkus.logging.Log;
import io.sparkop.kube.EventRecorder;
import io.sparkop.kube.EventReasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every action leaves a log line (who, what, which object, result) and an Event on the object, written with
 * the operator's identity so a user cannot act without the trail.
 */
@ApplicationScoped
public class Audit {

    @Inject
    EventRecorder events;

    void done(String who, String action, String kind, String namespace, String name, HasMetadata about,
            String result) {
        Log.infof("audit: user=%s action=%s object=%s %s/%s result=done: %s", who, action, kind, namespace, name,
                result);
        if (about != null) {
            events.normal(about, EventReasons.USER_ACTION, action + " by " + who + ": " + result);
        }
    }

    void refused(String who, String action, String kind, String namespace, String name, HasMetadata about,
            ActionRefused why) {
        Log.infof("audit: user=%s action=%s object=%s %s/%s result=refused (%d): %s", who, action, kind, namespace,
                name, why.status(), why.getMessage());
        if (about != null) {
            events.warning(about, EventReasons.USER_ACTION_REFUSED, action + " by " + who + " refused: "
                    + why.getMessage());
        }
    }
}
