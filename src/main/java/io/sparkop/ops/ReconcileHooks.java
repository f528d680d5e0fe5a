package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.event.Event;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * The operator SDK's monitoring hook, called on the reconcile thread around every reconcile. It keeps the
 * SDK's reconcile meters per controller (duration, successes, failures, retries) without the per-resource
 * labels the extension's default adds (a meter set per application ever seen), puts the resource into the
 * log MDC (namespace, name, state, submissionId: fields of the JSON log), and tells the {@link Watchdog}.
 */
final class ReconcileHooks implements Metrics {

    static final String MDC_NAMESPACE = "namespace";
    static final String MDC_NAME = "name";
    static final String MDC_STATE = "state";
    static final String MDC_SUBMISSION_ID = "submissionId";

    private final Metrics meters;
    private final Watchdog watchdog;

    ReconcileHooks(io.micrometer.core.instrument.MeterRegistry registry, Watchdog watchdog) {
        this.meters = MicrometerMetrics.newMicrometerMetricsBuilder(registry).notCollectingMetricsPerResource().build();
        this.watchdog = watchdog;
    }

    @Override
    public void reconciliationExecutionStarted(HasMetadata resource, Map<String, Object> metadata) {
        watchdog.reconcileStarted();
        putMdc(resource);
        meters.reconciliationExecutionStarted(resource, metadata);
    }

    @Override
    public void reconciliationExecutionFinished(HasMetadata resource, Map<String, Object> metadata) {
        meters.reconciliationExecutionFinished(resource, metadata);
        clearMdc();
        watchdog.reconcileFinished();
    }

    static void putMdc(HasMetadata resource) {
        MDC.put(MDC_NAMESPACE, resource.getMetadata().getNamespace());
        MDC.put(MDC_NAME, resource.getMetadata().getName());
        if (resource instanceof SparkApplication app) {
            MDC.put(MDC_STATE, ClusterGauges.stateOf(app).name());
            if (app.getStatus() != null && app.getStatus().getSubmissionID() != null) {
                MDC.put(MDC_SUBMISSION_ID, app.getStatus().getSubmissionID());
            }
        } else if (resource instanceof ScheduledSparkApplication schedule && schedule.getStatus() != null
                && schedule.getStatus().getScheduleState() != null) {
            MDC.put(MDC_STATE, schedule.getStatus().getScheduleState().toString());
        }
    }

    static void clearMdc() {
        MDC.remove(MDC_NAMESPACE);
        MDC.remove(MDC_NAME);
        MDC.remove(MDC_STATE);
        MDC.remove(MDC_SUBMISSION_ID);
    }

    @Override
    public void controllerRegistered(Controller<? extends HasMetadata> controller) {
        meters.controllerRegistered(controller);
    }

    @Override
    public void receivedEvent(Event event, Map<String, Object> metadata) {
        meters.receivedEvent(event, metadata);
    }

    @Override
    public void reconcileCustomResource(HasMetadata resource, RetryInfo retryInfo, Map<String, Object> metadata) {
        meters.reconcileCustomResource(resource, retryInfo, metadata);
    }

    @Override
    public void failedReconciliation(HasMetadata resource, Exception exception, Map<String, Object> metadata) {
        meters.failedReconciliation(resource, exception, metadata);
    }

    @Override
    public void cleanupDoneFor(ResourceID resourceID, Map<String, Object> metadata) {
        meters.cleanupDoneFor(resourceID, metadata);
    }

    @Override
    public void finishedReconciliation(HasMetadata resource, Map<String, Object> metadata) {
        meters.finishedReconciliation(resource, metadata);
    }

    @Override
    public <T> T timeControllerExecution(ControllerExecution<T> execution) throws Exception {
        return meters.timeControllerExecution(execution);
    }

    @Override
    public <T extends Map<?, ?>> T monitorSizeOf(T map, String name) {
        return meters.monitorSizeOf(map, name);
    }
}
