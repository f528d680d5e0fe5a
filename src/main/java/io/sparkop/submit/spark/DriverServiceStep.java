package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.sparkop.api.Labels;
import io.sparkop.submit.SparkConfKeys;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spark's DriverServiceFeatureStep: the headless Service executors reach the driver through
 * (spark.driver.host), selecting the driver pod by all its labels.
 */
public final class DriverServiceStep implements DriverFeatureStep {

    @Override
    public List<HasMetadata> additionalResources(DriverConf c) {
        return List.of(service(c));
    }


    static Service service(DriverConf c) {
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(c.serviceName())
                    .withNamespace(c.namespace())
                    .addToAnnotations(c.conf().withPrefix(SparkConfKeys.DRIVER_SERVICE_ANNOTATION_PREFIX))
                    .addToLabels(Labels.SPARK_APP_SELECTOR, c.appId())
                    .addToLabels(c.conf().withPrefix(SparkConfKeys.DRIVER_SERVICE_LABEL_PREFIX))
                .endMetadata()
                .withNewSpec()
                    .withClusterIP("None")
                    .withIpFamilyPolicy(c.conf().get(SparkConfKeys.DRIVER_SERVICE_IP_FAMILY_POLICY, "SingleStack"))
                    .withIpFamilies(Arrays.asList(c.conf().get(SparkConfKeys.DRIVER_SERVICE_IP_FAMILIES, "IPv4").split(",")))
                    .withSelector(c.labels())
                    .withPorts(DriverPorts.of(c).servicePorts())
                .endSpec()
                .build();
    }

    @Override
    public Map<String, String> systemProperties(DriverConf c) {
        DriverPorts ports = DriverPorts.of(c);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(SparkConfKeys.DRIVER_HOST, c.serviceName() + "." + c.namespace() + ".svc");
        properties.put(SparkConfKeys.DRIVER_PORT, Integer.toString(ports.driver()));
        properties.put(SparkConfKeys.DRIVER_BLOCK_MANAGER_PORT, Integer.toString(ports.serviceBlockManager()));
        return properties;
    }
}
