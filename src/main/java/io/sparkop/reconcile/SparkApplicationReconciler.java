package io.sparkop.reconcile;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.quarkus.logging.Log;
import io.sparkop.api.AppState;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.api.UnreadableSpec;
import jakarta.inject.Inject;
import java.util.Objects;

@ControllerConfiguration(name = "sparkapplication")
public class SparkApplicationReconciler implements Reconciler<SparkApplication> {

    @Inject
    EventRecorder events;

    @Override
    public UpdateControl<SparkApplication> reconcile(SparkApplication app, Context<SparkApplication> context) {
        String problem = Problems.unreadable(app.getSpec());
        if (problem != null) {
            return reportUnreadable(app, problem);
        }
        return UpdateControl.noUpdate();
    }

    private UpdateControl<SparkApplication> reportUnreadable(SparkApplication app, String problem) {
        SparkApplicationStatus status = app.getStatus() == null ? new SparkApplicationStatus() : app.getStatus();
        ApplicationState current = status.getApplicationState();
        if (current != null && current.getState() == AppState.SUBMISSION_FAILED
                && Objects.equals(current.getErrorMessage(), problem)) {
            return UpdateControl.noUpdate();
        }
        Log.infof("%s/%s cannot be read: %s", app.getMetadata().getNamespace(), app.getMetadata().getName(), problem);
        events.warning(app, EventReasons.APP_SUBMISSION_FAILED, problem);
        status.setApplicationState(new ApplicationState(AppState.SUBMISSION_FAILED, problem));
        app.setStatus(status);
        return UpdateControl.patchStatus(app);
    }
}
