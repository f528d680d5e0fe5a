package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.SpecValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spark's BasicDriverFeatureStep: the driver container's image, ports, environment and resources,
 * and the pod's name, labels, annotations, node selector and pull secrets.
 */
public final class BasicDriverStep implements DriverFeatureStep {

    /** The OS user spark-submit runs as in kubeflow's operator image (uid 185 of the Spark image). */
    static final String SUBMITTING_USER = "spark";

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        Container container = new ContainerBuilder(pod.container())
                .withName(pod.container().getName() != null ? pod.container().getName() : DriverConf.CONTAINER_NAME)
                .withImage(c.image())
                .withImagePullPolicy(c.conf().get(SparkConfKeys.IMAGE_PULL_POLICY, "IfNotPresent"))
                .addAllToPorts(DriverPorts.of(c).containerPorts())
                .addAllToEnv(env(c))
                .editOrNewResources()
                    .addToRequests("cpu", new Quantity(c.conf().get(SparkConfKeys.DRIVER.requestCores())
                            .orElse(Integer.toString(c.conf().getInt(SparkConfKeys.DRIVER.cores(), 1)))))
                    .addToLimits(cpuLimit(c))
                    .addToRequests("memory", new Quantity(c.memory().totalMiB() + "Mi"))
                    .addToLimits("memory", new Quantity(c.memory().totalMiB() + "Mi"))
                    .addToLimits(DriverResourceQuantities.of(c.conf()))
                .endResources()
                .build();
        return new SparkPod(pod(pod.pod(), c), container);
    }

    private static Pod pod(Pod pod, DriverConf c) {
        Pod built = new PodBuilder(pod)
                .editOrNewMetadata()
                    .withName(c.podName())
                    .addToLabels(c.labels())
                    .addToAnnotations(c.annotations())
                .endMetadata()
                .editOrNewSpec()
                    .withRestartPolicy("Never")
                    .addToNodeSelector(c.conf().withPrefix(SparkConfKeys.NODE_SELECTOR_PREFIX))
                    .addToNodeSelector(c.conf().withPrefix(SparkConfKeys.DRIVER_NODE_SELECTOR_PREFIX))
                    .addAllToImagePullSecrets(pullSecrets(c))
                .endSpec()
                .build();
        c.conf().get(SparkConfKeys.DRIVER_SCHEDULER_NAME)
                .or(() -> c.conf().get(SparkConfKeys.SCHEDULER_NAME))
                .ifPresent(built.getSpec()::setSchedulerName);
        return built;
    }

    /**
     * SPARK_USER is the submitting user (Utils.getCurrentUserName): spark-submit runs as the proxy
     * user when there is one.
     */
    private static List<EnvVar> env(DriverConf c) {
        List<EnvVar> env = new ArrayList<>();
        String user = c.resource().proxyUser() != null ? c.resource().proxyUser() : SUBMITTING_USER;
        env.add(new EnvVarBuilder().withName("SPARK_USER").withValue(user).build());
        env.add(new EnvVarBuilder().withName("SPARK_APPLICATION_ID").withValue(c.appId()).build());
        c.conf().withPrefix(SparkConfKeys.DRIVER.envPrefix()).forEach((name, value) ->
                env.add(new EnvVarBuilder().withName(name).withValue(value).build()));
        env.add(new EnvVarBuilder().withName("SPARK_DRIVER_BIND_ADDRESS")
                .withNewValueFrom().withNewFieldRef("v1", "status.podIP").endValueFrom().build());
        return env;
    }

    private static Map<String, Quantity> cpuLimit(DriverConf c) {
        Map<String, Quantity> limit = new LinkedHashMap<>();
        c.conf().get(SparkConfKeys.DRIVER.limitCores()).ifPresent(cores -> limit.put("cpu", new Quantity(cores)));
        return limit;
    }

    private static List<LocalObjectReference> pullSecrets(DriverConf c) {
        return c.conf().get(SparkConfKeys.IMAGE_PULL_SECRETS)
                .map(secrets -> Arrays.stream(secrets.split(",")).map(String::trim).map(LocalObjectReference::new).toList())
                .orElse(List.of());
    }

    /** getAdditionalPodSystemProperties (the file uploads do not apply: SpecValidator rejects local files). */
    @Override
    public Map<String, String> systemProperties(DriverConf c) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(SparkConfKeys.DRIVER_POD_NAME, c.podName());
        properties.put(SparkConfKeys.APP_ID, c.appId());
        properties.put(SparkConfKeys.SUBMIT_IN_DRIVER, "true");
        properties.put(SparkConfKeys.MEMORY_OVERHEAD_FACTOR, c.memory().defaultFactorText());
        return properties;
    }
}
