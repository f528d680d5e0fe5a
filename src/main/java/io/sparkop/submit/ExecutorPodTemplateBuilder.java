package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.SparkApplication;
import java.util.Optional;

/**
 * The executor pod template. kubeflow passes spec.executor.template to spark-submit as a file; the
 * typed executor fields (tolerations, affinity, sidecars, env, volumes, ...) it applies with its pod
 * webhook when the driver creates executors. We have no webhook: those fields go into a template
 * instead, which Spark's driver starts every executor pod from, so they land on the same pods.
 */
public final class ExecutorPodTemplateBuilder {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Whether the template exists only to carry fields kubeflow's webhook would have set. */
    static boolean replacesWebhook(SparkApplication app) {
        ExecutorSpec executor = KubeflowPodConf.executorOf(app);
        if (executor.getTemplate() != null || !KubeflowNames.webhookMutates(app, executor)) {
            return false;
        }
        return !webhookFields(app).equals(emptyExecutorPod());
    }

    public static Optional<PodTemplateSpec> template(SparkApplication app) {
        PodTemplateSpec fromSpec = KubeflowPodConf.executorOf(app).getTemplate();
        if (fromSpec != null) {
            return Optional.of(fromSpec);
        }
        if (!replacesWebhook(app)) {
            return Optional.empty();
        }
        return Optional.of(new PodTemplateSpecBuilder().withSpec(webhookFields(app).getSpec()).build());
    }

    /** PodTemplateConfigMapStep's ConfigMap, holding the template as the YAML file Spark would read. */
    static Optional<ConfigMap> configMap(SparkApplication app, DriverConf conf) {
        if (!conf.hasExecutorPodTemplate()) {
            return Optional.empty();
        }
        return template(app).map(t -> PodTemplateConfigMapStep.configMap(conf, yaml(t)));
    }

    /** The template file's text; without the document marker, as kubeflow writes it. */
    private static String yaml(PodTemplateSpec template) {
        return SERIALIZATION.asYaml(template).replaceFirst("^---\n", "");
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
