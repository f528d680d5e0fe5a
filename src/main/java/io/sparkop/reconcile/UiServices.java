package io.sparkop.reconcile;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.DaemonThreads;
import io.sparkop.kube.EventReasons;
import io.sparkop.kube.EventRecorder;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Creates the applications' UI Services ({@code <app>-ui-svc}) on threads of their own, after the driver pod.
 * A UI Service has a ClusterIP, and kube-apiserver allocates ClusterIPs one at a time (1.36 records each in its
 * range bitmap and as an IPAddress object): on the 2-core testbed about 20 a second, whatever the concurrency.
 * Created in the submitting reconcile, it held every reconciler thread in a burst, and driver pods started at
 * that rate too. Nothing in a driver needs its UI Service, so the driver does not wait for it: the Service's
 * address ({@code status.driverInfo.webUIAddress}) goes into the status with the run's next status write
 * (SparkApplicationReconciler#withUiServiceAddress); its creation wakes the application up to look.
 */
@ApplicationScoped
public class UiServices {

    /** Two are enough: the API server takes them one at a time. */
    static final int CREATORS = 2;

    @Inject
    KubernetesClient client;
    @Inject
    EventRecorder events;
    @Inject
    ApplicationWakeUps wakeUps;
    @Inject
    Clock clock;

    private final ExecutorService creators = Executors.newFixedThreadPool(CREATORS, new DaemonThreads("ui-service-creator"));

    /** Per UI Service (namespace/name): the submission it is created for, and how that went. */
    private final ConcurrentMap<String, Request> requests = new ConcurrentHashMap<>();

    /** A UI Service asked for: its address once created; none when it was refused (reported by an Event). */
    private static final class Request {
        final String submissionId;
        volatile String address;

        Request(String submissionId) {
            this.submissionId = submissionId;
        }
    }

    /** Queues the creation of {@code desired} (labelled with its submission), unless it is queued or done already. */
    void create(SparkApplication app, Service desired) {
        String submissionId = desired.getMetadata().getLabels().get(Labels.SUBMISSION_ID);
        String key = key(desired.getMetadata().getNamespace(), desired.getMetadata().getName());
        Request request = new Request(submissionId);
        Request earlier = requests.putIfAbsent(key, request);
        if (earlier != null) {
            if (earlier.submissionId.equals(submissionId) || !requests.replace(key, earlier, request)) {
                return;
            }
        }
        SparkApplication about = identity(app);
        creators.execute(() -> createNow(about, ResourceID.fromResource(about), desired, key, request));
    }

    /**
     * What a queued creation needs of its application (the owner check, the Event, the wake-up): its identity
     * only. In a burst thousands wait for their ClusterIP; a whole copy of each application would wait with them.
     */
    static SparkApplication identity(SparkApplication app) {
        var meta = app.getMetadata();
        SparkApplication about = new SparkApplication();
        about.setMetadata(new ObjectMetaBuilder().withName(meta.getName()).withNamespace(meta.getNamespace())
                .withUid(meta.getUid()).withResourceVersion(meta.getResourceVersion()).build());
        return about;
    }

    /**
     * What the reconciler writes into status.driverInfo for the submission in {@code status}: the UI Service's
     * address once it exists, or nothing yet. A submission whose UI Service was never asked for here (the
     * operator restarted after the driver was created) is asked for now.
     */
    Optional<String> address(SparkApplication app, String serviceName, String submissionId) {
        Request request = request(app.getMetadata().getNamespace(), serviceName, submissionId);
        if (request == null) {
            Service desired;
            try {
                desired = DriverResourcesBuilder.build(app,
                        new Submission(submissionId, Instant.EPOCH, Submission.IN_CLUSTER_MASTER)).uiService();
            } catch (RuntimeException e) {
                return Optional.empty(); // a spec edited since the submission, which is being replaced
            }
            if (desired.getMetadata().getName().equals(serviceName)) {
                create(app, desired);
            }
            return Optional.empty();
        }
        return Optional.ofNullable(request.address);
    }

    /** The address, if the UI Service of this submission was created; asks for nothing. */
    Optional<String> knownAddress(String namespace, String serviceName, String submissionId) {
        Request request = request(namespace, serviceName, submissionId);
        return request == null ? Optional.empty() : Optional.ofNullable(request.address);
    }

    /** This submission's request for the Service, if one was made and not forgotten. */
    private Request request(String namespace, String serviceName, String submissionId) {
        Request request = requests.get(key(namespace, serviceName));
        return request != null && request.submissionId.equals(submissionId) ? request : null;
    }

    /** Stops tracking an application's UI Service: its address is in the status, or the run is over. */
    void forget(String namespace, String serviceName) {
        requests.remove(key(namespace, serviceName));
    }

    /** Whether a creation is queued or done and not yet forgotten (for tests). */
    boolean tracked(String namespace, String serviceName) {
        return requests.containsKey(key(namespace, serviceName));
    }

    private void createNow(SparkApplication app, ResourceID appId, Service desired, String key, Request request) {
        if (requests.get(key) != request) {
            return; // forgotten (the run ended or was torn down) or superseded by a newer submission
        }
        String where = desired.getMetadata().getNamespace() + "/" + desired.getMetadata().getName();
        try {
            Optional<Service> service = createOrAdopt(app, desired, request.submissionId);
            if (service.isEmpty()) {
                events.warning(app, EventReasons.UI_SERVICE_FAILED, "Service " + where + " already exists and was "
                        + "not created by the operator for this application: the Spark UI has no Service");
                return;
            }
            var port = service.get().getSpec().getPorts().get(0).getPort();
            request.address = service.get().getSpec().getClusterIP() + ":" + port;
            wakeUps.wakeAt(appId, clock.instant());
        } catch (KubernetesClientException e) {
            if (Submitter.REJECTIONS.contains(e.getCode())) {
                String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                        : e.getMessage();
                events.warning(app, EventReasons.UI_SERVICE_FAILED,
                        "the API server refused the UI Service " + where + " (" + e.getCode() + "): " + message);
            } else {
                // transient: the application's next reconcile asks again
                requests.remove(key, request);
                Log.warnf("%s: creating the UI Service failed, will retry: %s", where, e.getMessage());
            }
        } catch (RuntimeException e) {
            requests.remove(key, request);
            Log.warnf(e, "%s: creating the UI Service failed, will retry", where);
        }
    }

    /**
     * The Service, created now or already there for this application (the same or an earlier submission, which
     * is brought up to date); empty when one of that name belongs to someone else.
     */
    private Optional<Service> createOrAdopt(SparkApplication app, Service desired, String submissionId) {
        try {
            return Optional.of(client.resource(desired).create());
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
        Service existing = client.services().inNamespace(desired.getMetadata().getNamespace())
                .withName(desired.getMetadata().getName()).get();
        if (existing == null) {
            return Optional.of(client.resource(desired).create()); // deleted in between
        }
        if (!Submitter.ownedBy(existing, app)) {
            return Optional.empty();
        }
        Map<String, String> labels = existing.getMetadata().getLabels();
        if (labels != null && Objects.equals(labels.get(Labels.SUBMISSION_ID), submissionId)) {
            return Optional.of(existing);
        }
        desired.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
        return Optional.of(client.resource(desired).update());
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        creators.shutdownNow();
        creators.awaitTermination(5, TimeUnit.SECONDS);
    }
}
