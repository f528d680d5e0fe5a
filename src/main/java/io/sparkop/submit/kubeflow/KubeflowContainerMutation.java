package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LifecycleBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.sparkop.api.GPUSpec;
import io.sparkop.api.Port;
import io.sparkop.api.SparkApplication;
import java.util.List;

/**
 * The Spark-container part of kubeflow's pod webhook, in its order: addEnvVars, addEnvFrom, the
 * ConfigMap and volume mounts, addContainerPorts, addGPU, the Prometheus port,
 * addContainerSecurityContext, addPodLifeCycleConfig. Two kubeflow slips are not copied: it adds
 * executor env only when the driver has env, and looks for the executor's lifecycle container
 * under a name Spark 3 no longer uses.
 */
public final class KubeflowContainerMutation {

    static Container apply(Container container, SparkApplication app, PodRole role, List<KubeflowVolumes.Mounted> mounted) {
        ContainerBuilder spark = new ContainerBuilder(container);
        PodRole.orEmpty(role.spec().getEnv()).forEach(e -> spark.addToEnv(new EnvVarBuilder(e).build()));
        PodRole.orEmpty(role.spec().getEnvFrom()).forEach(e -> spark.addToEnvFrom(new EnvFromSourceBuilder(e).build()));
        for (KubeflowVolumes.Mounted m : mounted) {
            spark.addToVolumeMounts(m.mount());
            if (m.env() != null) {
                spark.addToEnv(m.env());
            }
        }
        for (Port port : role.ports()) {
            spark.addNewPort().withName(port.getName()).withContainerPort(port.getContainerPort())
                    .withProtocol(port.getProtocol()).endPort();
        }
        if (role.driver()) {
            memoryLimit(spark, role.spec().getMemoryLimit());
        }
        gpu(spark, role.spec().getGpu());
        if (KubeflowMonitoring.exposes(app, role.driver()) && KubeflowVolumes.prometheusConfigMapCreated(app)) {
            String portName = app.getSpec().getMonitoring().getPrometheus().getPortName();
            spark.addNewPort().withName(portName != null ? portName : KubeflowMonitoring.DEFAULT_PORT_NAME)
                    .withContainerPort(KubeflowMonitoring.port(app)).withProtocol("TCP").endPort();
        }
        if (role.spec().getSecurityContext() != null) {
            spark.withSecurityContext(new SecurityContextBuilder(role.spec().getSecurityContext()).build());
        }
        if (role.lifecycle() != null) {
            spark.withLifecycle(new LifecycleBuilder(role.lifecycle()).build());
        }
        return spark.build();
    }

    /**
     * addMemoryLimit: replaces the limit Spark set (memory plus overhead). Driver only: Spark's
     * BasicExecutorFeatureStep overwrites an executor template's memory limit, and only a webhook
     * could change it after that (see README, deliberate differences).
     */
    private static void memoryLimit(ContainerBuilder spark, String memoryLimit) {
        if (memoryLimit != null) {
            spark.editOrNewResources().addToLimits("memory", new Quantity(MemoryUnits.kubernetesQuantity(memoryLimit)))
                    .endResources();
        }
    }

    /** addGPU: a limit named after the GPU resource; kubeflow skips a GPU without name or quantity. */
    private static void gpu(ContainerBuilder spark, GPUSpec gpu) {
        if (gpu == null || gpu.getName() == null || gpu.getName().isEmpty() || gpu.getQuantity() == null
                || gpu.getQuantity() <= 0) {
            return;
        }
        spark.editOrNewResources().addToLimits(gpu.getName(), new Quantity(Long.toString(gpu.getQuantity()))).endResources();
    }

    private KubeflowContainerMutation() {
    }
}
