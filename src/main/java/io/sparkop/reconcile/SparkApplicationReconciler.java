package io.sparkop.reconcile;

import io.sparkop.kube.ListPages;
import io.sparkop.kube.Problems;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.EventRecorder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.quarkus.logging.Log;
import io.sparkop.OperatorConfig;
import io.sparkop.api.ApplicationState;
import io.sparkop.api.AppState;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.kube.PrunedStore;
import io.sparkop.kube.StatusWriter;
import io.sparkop.kube.Statuses;
import io.sparkop.kube.Times;
import io.sparkop.reconcile.Decision.AppEvent;
import io.sparkop.submit.SpecValidator;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Observes an application's pods, decides with {@link Transitions}, acts, writes the status, and only
 * then records the decision's Events and fires its transitions (a refused write emits nothing; the
 * retried reconcile decides again).
 */
@ControllerConfiguration(name = SparkApplicationReconciler.NAME, informer = @Informer(itemStore = PrunedStore.Applications.class,
        informerListLimit = ListPages.SIZE))
public class SparkApplicationReconciler implements Reconciler<SparkApplication> {

    static final String NAME = "sparkapplication";

    @Inject
    Submitter submitter;
    @Inject
    UiServices uiServices;
    @Inject
    EventRecorder events;
    @Inject
    StatusWriter statusWriter;
    @Inject
    Clock clock;
    @Inject
    ApplicationWakeUps wakeUps;
    @Inject
    OperatorConfig config;
    @Inject
    Event<ApplicationTransition> applicationTransitions;
    @Inject
    Event<ExecutorTransition> executorTransitions;

    /** Driver and executor pods, by the app-name label kubeflow (and so we) put on both. */
    @Override
    public List<EventSource<?, SparkApplication>> prepareEventSources(EventSourceContext<SparkApplication> context) {
        var pods = InformerEventSourceConfiguration.from(Pod.class, SparkApplication.class)
                .withLabelSelector(Labels.LAUNCHED_BY_OPERATOR + "=true")
                .withSecondaryToPrimaryMapper(SparkApplicationReconciler::applicationOf)
                .withItemStore(new PrunedStore.Pods())
                .withInformerListLimit(ListPages.SIZE)
                .build();
        return List.of(new InformerEventSource<>(pods, context), wakeUps.eventSource());
    }

    static Set<ResourceID> applicationOf(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        String app = labels == null ? null : labels.get(Labels.APP_NAME);
        return app == null ? Set.of() : Set.of(new ResourceID(app, pod.getMetadata().getNamespace()));
    }

    @Override
    public UpdateControl<SparkApplication> reconcile(SparkApplication app, Context<SparkApplication> context) {
        String unreadable = Problems.unreadable(app.getSpec());
        if (unreadable != null) {
            return reportUnreadable(app, unreadable, context);
        }
        Instant now = clock.instant();
        String specHash = SpecHash.of(app.getSpec());
        Collection<Pod> pods = context.getSecondaryResources(Pod.class);
        var observed = new Transitions.Observed(driverPod(app, pods), executorPods(app, pods), specHash,
                SpecHash.legacy(app.getSpec()), SpecValidator.problems(app), now);
        Decision decision = decide(app, observed);
        if (saysDriverNotFound(decision)) {
            Optional<Pod> live = submitter.currentDriver(app).filter(p -> isCurrentDriver(app, p));
            if (live.isPresent()) {
                Log.infof("%s/%s: driver pod %s is on the API server but not in the pod cache (its watch lags, or the pod "
                        + "lost the launched-by-spark-operator label): not failing the run",
                        app.getMetadata().getNamespace(), app.getMetadata().getName(), live.get().getMetadata().getName());
                observed = observed.withDriver(live.get(), observed.executors());
                decision = decide(app, observed);
            }
        }
        switch (decision.action()) {
            case SUBMIT -> decision = submitAndObserve(app, decision, observed, pods);
            case TEAR_DOWN -> submitter.tearDown(app, observed.driver());
            case DELETE_APPLICATION -> {
                Log.infof("%s/%s: time to live is over, deleting it", app.getMetadata().getNamespace(), app.getMetadata().getName());
                submitter.deleteApplication(app);
                return UpdateControl.noUpdate();
            }
            case NONE -> { }
        }
        decision = withUiServiceAddress(app, decision, now);
        SparkApplication written = app;
        if (!Statuses.same(app.getStatus(), decision.status())) {
            written = statusWriter.write(app, decision.status(), context);
        }
        publish(written, decision, now);
        ResourceID id = ResourceID.fromResource(app);
        wakeUp(decision).ifPresentOrElse(after -> wakeUps.wakeAt(id, now.plus(after)), () -> wakeUps.cancel(id));
        return UpdateControl.noUpdate();
    }

    /**
     * Submits, then decides again on the outcome in the same reconcile: an adopted driver that already
     * finished is seen now, not on an event that may never come; a refused submission retries or fails
     * by the restart policy. The second decision's own action waits for the next reconcile, at once.
     */
    private Decision submitAndObserve(SparkApplication app, Decision decision, Transitions.Observed observed,
            Collection<Pod> pods) {
        var submission = decision.submission().orElseThrow();
        SparkApplication submitting = statusWriter.withStatus(app, decision.status());
        Decision outcome;
        Transitions.Observed after;
        try {
            var submitted = submitter.submit(submitting, submission, config.uiService());
            outcome = Transitions.submitted(submitting, submission, submitted.driverInfo(), observed.now(),
                    observed.specHash());
            after = observed.withDriver(submitted.driver(), pods.stream()
                    .filter(p -> isExecutor(p) && submission.submissionId().equals(submissionOf(p))).toList());
        } catch (SubmissionRejected e) {
            outcome = Transitions.submissionFailed(submitting, e.getMessage(), observed.now(), observed.specHash());
            after = new Transitions.Observed(Optional.empty(), List.of(), observed.specHash(),
                    observed.legacySpecHash(), observed.specProblems(), observed.now());
        }
        Decision next = Transitions.decide(statusWriter.withStatus(app, outcome.status()), after, settings());
        if (next.action() != Decision.Action.NONE) {
            next = new Decision(next.status(), next.edges(), next.executorChanges(), next.events(),
                    Decision.Action.NONE, Optional.empty(), Optional.of(Duration.ofSeconds(1)));
        }
        return decision.then(outcome).then(next);
    }

    /**
     * status.driverInfo.webUIAddress, once the run's UI Service exists ({@link UiServices} creates it without
     * holding up the driver). It rides on the next status write the run makes anyway (the driver starting,
     * usually within seconds), and gets a write of its own only when none came within
     * {@link OperatorConfig#uiServiceAddressWait()}
     * of the submission. A run that finished before its UI Service was created gets none: its driver is gone.
     */
    private Decision withUiServiceAddress(SparkApplication app, Decision decision, Instant now) {
        SparkApplicationStatus status = decision.status();
        DriverInfo info = status == null ? null : status.getDriverInfo();
        if (!config.uiService() || info == null || info.getWebUIServiceName() == null || status.getSubmissionID() == null) {
            return decision;
        }
        String namespace = app.getMetadata().getNamespace();
        String serviceName = info.getWebUIServiceName();
        boolean finished = Transitions.TERMINATED.contains(decision.state());
        if (info.getWebUIAddress() != null) {
            uiServices.forget(namespace, serviceName);
            return decision;
        }
        Optional<String> address = finished ? uiServices.knownAddress(namespace, serviceName, status.getSubmissionID())
                : uiServices.address(app, serviceName, status.getSubmissionID());
        if (finished) {
            uiServices.forget(namespace, serviceName);
        }
        if (address.isEmpty()) {
            return decision;
        }
        Instant due = Optional.ofNullable(status.getLastSubmissionAttemptTime()).map(Times::parse).orElse(now)
                .plus(config.uiServiceAddressWait());
        if (Statuses.same(app.getStatus(), status) && now.isBefore(due)) {
            Duration untilDue = Duration.between(now, due);
            Duration requeue = decision.requeueAfter().filter(d -> d.compareTo(untilDue) < 0).orElse(untilDue);
            return decision.withRequeueAfter(requeue);
        }
        SparkApplicationStatus withAddress = StatusCopy.of(status);
        withAddress.getDriverInfo().setWebUIAddress(address.get());
        uiServices.forget(namespace, serviceName); // a refused write finds the Service again
        return decision.withStatus(withAddress);
    }

    /**
     * When to look again: when the decision asks, and for every unfinished state at least every
     * safety-resync interval, so a lost event costs minutes, never forever.
     */
    private Optional<Duration> wakeUp(Decision decision) {
        Duration resync = config.safetyResync();
        boolean unfinished = !Transitions.TERMINATED.contains(decision.state());
        Optional<Duration> asked = decision.requeueAfter().map(d -> d.compareTo(resync) < 0 ? d : resync);
        return asked.isPresent() || !unfinished ? asked : Optional.of(resync);
    }

    /** The decision's effects, once its status is written: log lines, Events, CDI transitions. */
    private void publish(SparkApplication written, Decision decision, Instant now) {
        String where = written.getMetadata().getNamespace() + "/" + written.getMetadata().getName();
        for (Decision.Edge edge : decision.edges()) {
            Log.infof("%s: %s -> %s (%s)", where, edge.from().name(), edge.to().name(), edge.cause());
        }
        decision.events().forEach(e -> record(written, e));
        for (Decision.Edge edge : decision.edges()) {
            applicationTransitions.fire(new ApplicationTransition(written, edge.from(), edge.to(), edge.cause(), now));
        }
        for (Decision.ExecutorChange change : decision.executorChanges()) {
            executorTransitions.fire(new ExecutorTransition(written, change.pod(), change.from(), change.to(), now));
        }
    }

    /** A transient error (API server down, conflict): an Event, then the operator's retry with backoff. */
    @Override
    public ErrorStatusUpdateControl<SparkApplication> updateErrorStatus(SparkApplication app,
            Context<SparkApplication> context, Exception e) {
        if (isConflict(e)) {
            // Another write got there first (or our cache was stale): retrying on fresh data is routine.
            Log.debugf("%s/%s: conflict, retrying", app.getMetadata().getNamespace(), app.getMetadata().getName());
            return ErrorStatusUpdateControl.defaultErrorProcessing();
        }
        Log.warnf(e, "%s/%s: reconcile failed, will retry", app.getMetadata().getNamespace(), app.getMetadata().getName());
        events.warning(app, EventReasons.RECONCILE_FAILED, "reconcile failed, will retry: " + e.getMessage());
        return ErrorStatusUpdateControl.defaultErrorProcessing();
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KubernetesClientException k && k.getCode() == 409) {
                return true;
            }
        }
        return false;
    }

    private Decision decide(SparkApplication app, Transitions.Observed observed) {
        return RestoredStatus.decide(app, observed.now()).orElseGet(() -> Transitions.decide(app, observed, settings()));
    }

    /**
     * The pod cache missing the driver past the grace period fails the run, as kubeflow does; but a cache can
     * lag behind the API server (a slow watch under load), so the API server is asked before that happens.
     */
    private static boolean saysDriverNotFound(Decision decision) {
        return decision.events().stream().anyMatch(e -> EventReasons.DRIVER_NOT_FOUND.equals(e.reason()));
    }

    /**
     * The driver of the submission in status. A driver of another submission under the same name is
     * one this operator created after the (possibly stale) status it reads: never tear that one down.
     */
    private Optional<Pod> driverPod(SparkApplication app, Collection<Pod> pods) {
        return pods.stream().filter(p -> isCurrentDriver(app, p)).findFirst();
    }

    private static boolean isCurrentDriver(SparkApplication app, Pod pod) {
        String submissionId = app.getStatus() == null ? null : app.getStatus().getSubmissionID();
        return Submitter.driverPodName(app).equals(pod.getMetadata().getName())
                && Submitter.ownedBy(pod, app) // a pod with our labels but not ours is never torn down
                && (submissionId == null || submissionId.equals(submissionOf(pod)));
    }

    private List<Pod> executorPods(SparkApplication app, Collection<Pod> pods) {
        String submissionId = app.getStatus() == null ? null : app.getStatus().getSubmissionID();
        return pods.stream()
                .filter(SparkApplicationReconciler::isExecutor)
                .filter(p -> submissionId == null || submissionId.equals(submissionOf(p)))
                .toList();
    }

    private static boolean isExecutor(Pod pod) {
        return Labels.ROLE_EXECUTOR.equals(pod.getMetadata().getLabels().get(Labels.SPARK_ROLE));
    }

    private static String submissionOf(Pod pod) {
        return pod.getMetadata().getLabels().get(Labels.SUBMISSION_ID);
    }

    private Transitions.Settings settings() {
        return new Transitions.Settings(config.driverPodCreationGracePeriod(), config.maxTrackedExecutors(),
                config.masterUrl(), config.podPendingThreshold(), config.podPendingTimeout(),
                config.dashboard().sparkUiProxy());
    }

    private void record(SparkApplication app, AppEvent event) {
        if (event.warning()) {
            events.warning(app, event.reason(), event.message());
        } else {
            events.normal(app, event.reason(), event.message());
        }
    }

    private UpdateControl<SparkApplication> reportUnreadable(SparkApplication app, String problem,
            Context<SparkApplication> context) {
        SparkApplicationStatus status = StatusCopy.of(app.getStatus());
        ApplicationState current = status.getApplicationState();
        if (current.getState() == AppState.SUBMISSION_FAILED && Objects.equals(current.getErrorMessage(), problem)) {
            return UpdateControl.noUpdate();
        }
        Log.infof("%s/%s cannot be read: %s", app.getMetadata().getNamespace(), app.getMetadata().getName(), problem);
        status.setApplicationState(new ApplicationState(AppState.SUBMISSION_FAILED, problem));
        status.setObservedGeneration(app.getMetadata().getGeneration());
        status.setConditions(Conditions.of(AppState.SUBMISSION_FAILED, problem, status.getConditions(), clock.instant(),
                app.getMetadata().getGeneration()));
        statusWriter.write(app, status, context);
        events.warning(app, EventReasons.APP_SUBMISSION_FAILED, problem);
        return UpdateControl.noUpdate();
    }
}
