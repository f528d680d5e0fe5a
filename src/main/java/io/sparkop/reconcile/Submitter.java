package io.sparkop.reconcile;

import io.sparkop.kube.EventReasons;
import io.sparkop.kube.EventRecorder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.quarkus.logging.Log;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.DriverResources;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.Owners;
import io.sparkop.submit.Submission;
import io.sparkop.submit.UiServiceBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creates and deletes what a run consists of, in the order Spark's Client.run uses: the driver pod,
 * then the objects it owns, then (as kubeflow does, but not waited for: {@link UiServices}) the UI Service.
 * Every create is idempotent (names are deterministic per submission, a 409 means it exists). API errors
 * the application caused become {@link SubmissionRejected}; transient ones (conflicts, 5xx, timeouts)
 * propagate, for the operator's retry with backoff. An object of one of our names that the operator did not
 * create for the application is a conflict reported on it, never adopted or changed.
 */
@ApplicationScoped
public class Submitter {

    /** Answers that retrying the same request cannot fix. */
    static final Set<Integer> REJECTIONS = Set.of(400, 403, 404, 422);

    @Inject
    KubernetesClient client;
    @Inject
    EventRecorder events;
    @Inject
    UiServices uiServices;

    /**
     * The driver first, as kubeflow does, so that a refused driver leaves no UI Service behind; objects
     * of the same name the operator did not create for this application are never touched.
     *
     * @return what status.driverInfo says of the run, and the driver pod (an existing one, when this
     *         submission had created it already)
     */
    Submitted submit(SparkApplication app, Submission submission, boolean uiService) throws SubmissionRejected {
        DriverResources resources = DriverResourcesBuilder.build(app, submission);
        try {
            if (uiService) {
                refuseForeign(app, client.services().inNamespace(app.getMetadata().getNamespace())
                        .withName(resources.uiService().getMetadata().getName()).get());
            }
            Pod driver = createDriver(app, resources.driverPod(), submission);
            for (HasMetadata object : resources.ownedByDriver()) {
                createOwned(object, driver);
            }
            DriverInfo info = new DriverInfo();
            if (uiService) {
                Service ui = resources.uiService();
                info.setWebUIServiceName(ui.getMetadata().getName());
                info.setWebUIPort(ui.getSpec().getPorts().get(0).getPort());
                uiServices.create(app, ui); // its address comes later: UiServices
            }
            info.setPodName(driver.getMetadata().getName());
            return new Submitted(info, driver);
        } catch (KubernetesClientException e) {
            if (REJECTIONS.contains(e.getCode())) {
                throw new SubmissionRejected(rejection(e), e);
            }
            throw e;
        }
    }

    record Submitted(DriverInfo driverInfo, Pod driver) {
    }

    /** What this operator created for this application carries its controller reference. */
    static boolean ownedBy(HasMetadata object, SparkApplication app) {
        List<OwnerReference> owners = object.getMetadata().getOwnerReferences();
        return owners != null && owners.stream().anyMatch(o -> Objects.equals(o.getUid(), app.getMetadata().getUid()));
    }

    private static void refuseForeign(SparkApplication app, HasMetadata existing) throws SubmissionRejected {
        if (existing != null && !ownedBy(existing, app)) {
            throw new SubmissionRejected(existing.getKind() + " " + existing.getMetadata().getNamespace() + "/"
                    + existing.getMetadata().getName() + " already exists and was not created by the operator for "
                    + "this application; delete or rename it", null);
        }
    }

    private Pod createDriver(SparkApplication app, Pod pod, Submission submission) throws SubmissionRejected {
        try {
            return client.resource(pod).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            Pod existing = client.pods().inNamespace(pod.getMetadata().getNamespace())
                    .withName(pod.getMetadata().getName()).get();
            if (existing == null) {
                throw e; // deleted since: the retry creates it
            }
            refuseForeign(app, existing);
            String existingSubmission = existing.getMetadata().getLabels() == null ? null
                    : existing.getMetadata().getLabels().get(Labels.SUBMISSION_ID);
            if (Objects.equals(existingSubmission, submission.submissionId())) {
                Log.infof("driver pod %s/%s of submission %s already exists", pod.getMetadata().getNamespace(),
                        pod.getMetadata().getName(), submission.submissionId());
                return existing;
            }
            // A driver of an earlier run is still terminating: a transient state, retried with backoff.
            events.warning(app, EventReasons.DRIVER_CONFLICT, "driver pod " + pod.getMetadata().getName()
                    + " of an earlier run (submission " + existingSubmission + ") still exists; retrying");
            throw e;
        }
    }

    /**
     * Objects named per submission get the driver as owner, as in Spark's Client.run. Objects the
     * builder already gave an owner (the application, for names fixed per application) are created
     * or brought up to date.
     */
    private void createOwned(HasMetadata resource, Pod driver) {
        List<OwnerReference> owners = resource.getMetadata().getOwnerReferences();
        if (owners != null && !owners.isEmpty()) {
            client.resource(resource).createOr(NonDeletingOperation::update);
            return;
        }
        resource.getMetadata().setOwnerReferences(List.of(Owners.driver(driver)));
        try {
            client.resource(resource).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    /**
     * Deletes the current run's driver pod (its ConfigMap and Service go with it, owned by it) and its
     * UI Service, but only objects of the submission in status, never a newer run's.
     */
    void tearDown(SparkApplication app, Optional<Pod> driver) {
        String namespace = app.getMetadata().getNamespace();
        driver.ifPresent(pod -> client.resource(pod).withGracePeriod(30).delete());
        String submissionId = app.getStatus() == null ? null : app.getStatus().getSubmissionID();
        uiServices.forget(namespace, uiServiceName(app)); // a creation still queued is not made
        Service ui = client.services().inNamespace(namespace).withName(uiServiceName(app)).get();
        String uiSubmission = ui == null || ui.getMetadata().getLabels() == null ? null
                : ui.getMetadata().getLabels().get(Labels.SUBMISSION_ID);
        if (ui != null && ownedBy(ui, app) && (submissionId == null || submissionId.equals(uiSubmission))) {
            client.resource(ui).delete();
        }
    }

    /** The run's driver pod as the API server has it now, not as the cache last saw it. */
    Optional<Pod> currentDriver(SparkApplication app) {
        return Optional.ofNullable(client.pods().inNamespace(app.getMetadata().getNamespace()).withName(driverPodName(app)).get());
    }

    void deleteApplication(SparkApplication app) {
        client.resource(app).delete();
    }

    static String driverPodName(SparkApplication app) {
        DriverInfo info = app.getStatus() == null ? null : app.getStatus().getDriverInfo();
        return info != null && info.getPodName() != null ? info.getPodName() : DriverResourcesBuilder.driverPodName(app);
    }

    static String uiServiceName(SparkApplication app) {
        DriverInfo info = app.getStatus() == null ? null : app.getStatus().getDriverInfo();
        return info != null && info.getWebUIServiceName() != null ? info.getWebUIServiceName() : UiServiceBuilder.name(app);
    }

    private static String rejection(KubernetesClientException e) {
        String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : e.getMessage();
        return "the API server rejected the driver (" + e.getCode() + "): " + message;
    }
}
