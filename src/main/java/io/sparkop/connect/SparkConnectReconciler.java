package io.sparkop.connect;

import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.quarkus.logging.Log;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectStatus;
import io.sparkop.connect.ConnectObjects.Applied;
import io.sparkop.connect.ConnectStatuses.Failure;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.EventRecorder;
import io.sparkop.kube.ListPages;
import io.sparkop.kube.StatusWriter;
import io.sparkop.kube.Statuses;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a SparkConnect's server running: validates the spec, applies the ConfigMap, Service and server
 * pod {@link ConnectServerBuilder} builds (replacing the pod when the spec changed), then writes the
 * status {@link ConnectStatuses} derives and records an Event for each change of state. Deleting the
 * SparkConnect deletes everything through owner references (executors are owned by the server pod).
 */
@ControllerConfiguration(name = SparkConnectReconciler.NAME, informer = @Informer(informerListLimit = ListPages.SIZE))
public class SparkConnectReconciler implements Reconciler<SparkConnect> {

    static final String NAME = "sparkconnect";
    /** A create refused for quota or RBAC may succeed once an administrator acts; nothing else would wake us. */
    static final Duration RETRY_REFUSED = Duration.ofMinutes(1);

    @Inject
    ConnectObjects objects;
    @Inject
    StatusWriter statusWriter;
    @Inject
    EventRecorder events;
    @Inject
    Clock clock;

    @Override
    public List<EventSource<?, SparkConnect>> prepareEventSources(EventSourceContext<SparkConnect> context) {
        return objects.eventSources(context);
    }

    @Override
    public UpdateControl<SparkConnect> reconcile(SparkConnect conn, Context<SparkConnect> context) {
        if (conn.isMarkedForDeletion()) {
            return UpdateControl.noUpdate();
        }
        List<String> problems = ConnectProblems.problems(conn);
        Applied applied = problems.isEmpty()
                ? objects.apply(conn, ConnectServerBuilder.build(conn), context)
                : Applied.failed(new Failure(ConnectStatuses.REASON_INVALID_SPEC, String.join("; ", problems)));
        var observed = new ConnectStatuses.Observed(applied.serverPod(), applied.serviceName(),
                ConnectObjects.executors(context), applied.failure());
        SparkConnectStatus status = ConnectStatuses.next(conn, observed, clock.instant());
        SparkConnect written = Statuses.same(conn.getStatus(), status) ? conn : statusWriter.write(conn, status, context);
        if (applied.created() != null) {
            events.normal(written, EventReasons.CONNECT_SERVER_CREATED, "created server pod " + applied.created());
        }
        if (applied.replaced() != null) {
            events.normal(written, EventReasons.CONNECT_SERVER_REPLACED, "the spec changed: deleted server pod "
                    + applied.replaced() + " to create it again");
        }
        recordStateChange(conn.getStatus(), written);
        if (applied.failure() != null && ConnectStatuses.REASON_CREATE_REFUSED.equals(applied.failure().reason())) {
            return UpdateControl.<SparkConnect>noUpdate().rescheduleAfter(RETRY_REFUSED);
        }
        return UpdateControl.noUpdate();
    }

    /** One Event per change of state (or of the reason it failed), after the status recording it was written. */
    private void recordStateChange(SparkConnectStatus before, SparkConnect written) {
        SparkConnectStatus after = written.getStatus();
        String message = serverCondition(after);
        if (before != null && before.getState() == after.getState() && Objects.equals(serverCondition(before), message)) {
            return;
        }
        String where = written.getMetadata().getNamespace() + "/" + written.getMetadata().getName();
        Log.infof("%s: %s: %s", where, after.getState().wire(), message);
        switch (after.getState()) {
            case READY -> events.normal(written, EventReasons.CONNECT_READY,
                    message + "; connect with " + ConnectNames.endpoint(written));
            case NOT_READY -> events.normal(written, EventReasons.CONNECT_NOT_READY, message);
            case FAILED -> events.warning(written, EventReasons.CONNECT_FAILED, message);
            case PROVISIONING, NEW -> { }
        }
    }

    private static String serverCondition(SparkConnectStatus status) {
        return status.getConditions() == null ? null : status.getConditions().stream()
                .filter(c -> ConnectStatuses.SERVER_POD_READY.equals(c.getType()))
                .map(c -> c.getReason() + ": " + c.getMessage()).findFirst().orElse(null);
    }

    /** API errors go to JOSDK's retry; the Event tells users why nothing changed. */
    @Override
    public ErrorStatusUpdateControl<SparkConnect> updateErrorStatus(SparkConnect conn, Context<SparkConnect> context,
            Exception e) {
        events.warning(conn, EventReasons.CONNECT_RECONCILE_FAILED, "reconciling the SparkConnect failed, retrying: " + e.getMessage());
        return ErrorStatusUpdateControl.defaultErrorProcessing();
    }
}
