package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.Owners;

/**
 * The executor pod template. kubeflow passes spec.executor.template to spark-submit as a file; the
 * typed executor fields (tolerations, affinity, sidecars, env, volumes, ...) it applies with its pod
 * webhook when the driver creates executors. We have no webhook: those fields go into a template
 * instead, which Spark's driver starts every executor pod from, so they land on the same pods.
 */
public final class ExecutorPodTemplateBuilder {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /**
     * kubeflow (v2.5 executorPodTemplateOption) always passes an executor template: spec.executor.template,
     * or one with only the executor container, plus a non-controller owner reference to the application
     * so that Kueue sees executors as the application's. Without a spec template the fields its webhook
     * would set go in as well.
     */
    public static PodTemplateSpec template(SparkApplication app) {
        PodTemplateSpec fromSpec = KubeflowPodConf.executorOf(app).getTemplate();
        PodTemplateSpec template = fromSpec != null
                ? new PodTemplateSpecBuilder(fromSpec).build()
                : new PodTemplateSpecBuilder().withSpec(webhookFields(app).getSpec()).build();
        OwnerReference owner = Owners.notController(app);
        if (template.getMetadata() == null) {
            template.setMetadata(new ObjectMeta());
        }
        if (!template.getMetadata().getOwnerReferences().contains(owner)) {
            template.getMetadata().getOwnerReferences().add(owner);
        }
        return template;
    }

    /** The template file's text; without the document marker, as kubeflow writes it. */
    public static String yaml(SparkApplication app) {
        return SERIALIZATION.asYaml(template(app)).replaceFirst("^---\n", "");
    }

    private static Pod webhookFields(SparkApplication app) {
        return KubeflowPodMutation.apply(emptyExecutorPod(), app, PodRole.executor(app));
    }

    private static Pod emptyExecutorPod() {
        return new PodBuilder()
                .withNewMetadata().endMetadata()
                .withNewSpec().addNewContainer().withName(KubeflowPodConf.EXECUTOR_CONTAINER).endContainer().endSpec()
                .build();
    }

    private ExecutorPodTemplateBuilder() {
    }
}
