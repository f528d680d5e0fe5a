package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.kubeflow.KubeflowNames;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import io.sparkop.submit.kubeflow.KubeflowPodMutation;
import io.sparkop.submit.kubeflow.PodRole;
import io.sparkop.submit.spark.DriverConf;
import io.sparkop.submit.spark.DriverFeatureSteps;
import io.sparkop.submit.spark.SparkConfVolume;
import io.sparkop.submit.spark.SparkPod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The driver pod: Spark's KubernetesDriverBuilder steps in Spark's order on the driver pod
 * template (or an empty pod), Client.run's conf volume, then kubeflow's webhook fields, and an
 * owner reference to the application.
 */
public final class DriverPodBuilder {

    public static Pod build(SparkApplication app, DriverConf conf) {
        SparkPod pod = DriverFeatureSteps.configurePod(initial(app, conf), conf);
        Pod driver = SparkConfVolume.attach(pod, conf);
        if (KubeflowNames.webhookMutates(app, KubeflowPodConf.driverOf(app))) {
            driver = KubeflowPodMutation.apply(driver, app, PodRole.driver(app));
        }
        return new PodBuilder(driver)
                .editMetadata()
                    .withNamespace(conf.namespace())
                    .withOwnerReferences(Owners.controller(app))
                .endMetadata()
                .build();
    }

    /**
     * KubernetesUtils.loadPodFromTemplate and selectSparkContainer: the template's container named
     * by spark.kubernetes.driver.podTemplateContainerName (else its first) becomes the Spark
     * container, the others stay in the pod.
     */
    private static SparkPod initial(SparkApplication app, DriverConf conf) {
        PodTemplateSpec template = KubeflowPodConf.driverOf(app).getTemplate();
        if (template == null || !conf.conf().contains(SparkConfKeys.DRIVER.podTemplateFile())) {
            return SparkPod.initial();
        }
        Pod pod = new PodBuilder().withMetadata(template.getMetadata()).withSpec(template.getSpec())
                .editOrNewMetadata().endMetadata().editOrNewSpec().endSpec().build();
        List<Container> others = new ArrayList<>(pod.getSpec().getContainers());
        String name = conf.conf().get(SparkConfKeys.DRIVER.podTemplateContainerName(), null);
        int index = 0;
        while (index < others.size() && !Objects.equals(others.get(index).getName(), name)) {
            index++;
        }
        Container spark = others.isEmpty() ? new ContainerBuilder().build() : others.remove(index < others.size() ? index : 0);
        return new SparkPod(new PodBuilder(pod).editSpec().withContainers(others).endSpec().build(), spark);
    }

    private DriverPodBuilder() {
    }
}
