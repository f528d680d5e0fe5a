package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.SparkApplication;

/** Owner references: the application owns its driver pod, the driver pod owns the rest. */
public final class Owners {

    /** kubeflow's util.GetOwnerReference (metav1.NewControllerRef). */
    public static OwnerReference controller(SparkApplication app) {
        return new OwnerReferenceBuilder()
                .withApiVersion(SparkApplication.GROUP + "/" + SparkApplication.VERSION)
                .withKind("SparkApplication")
                .withName(app.getMetadata().getName())
                .withUid(app.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build();
    }

    /** kubeflow's executor template reference: the same, without controller and blockOwnerDeletion. */
    public static OwnerReference notController(SparkApplication app) {
        return new OwnerReferenceBuilder(controller(app)).withController(null).withBlockOwnerDeletion(null).build();
    }

    /**
     * What Spark's Client.run (KubernetesUtils.addOwnerReference) puts on the ConfigMap, Service and
     * other objects once the driver pod exists: a controller reference to the created pod, whose
     * uid only the API server knows. The submitter adds it to {@code DriverResources.ownedByDriver()}.
     */
    public static OwnerReference driver(Pod createdDriverPod) {
        return new OwnerReferenceBuilder()
                .withApiVersion(createdDriverPod.getApiVersion())
                .withKind(createdDriverPod.getKind())
                .withName(createdDriverPod.getMetadata().getName())
                .withUid(createdDriverPod.getMetadata().getUid())
                .withController(true)
                .build();
    }

    private Owners() {
    }
}
