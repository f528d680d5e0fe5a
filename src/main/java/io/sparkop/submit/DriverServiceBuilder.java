package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.sparkop.api.Labels;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark's DriverServiceFeatureStep: the headless Service executors reach the driver through
 * (spark.driver.host), selecting the driver pod by all its labels.
 */
public final class DriverServiceBuilder {

    public static Service build(DriverConf c) {
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(c.serviceName())
                    .withNamespace(c.namespace())
                    .addToAnnotations(c.conf().withPrefix("spark.kubernetes.driver.service.annotation."))
                    .addToLabels(Labels.SPARK_APP_SELECTOR, c.appId())
                    .addToLabels(c.conf().withPrefix("spark.kubernetes.driver.service.label."))
                .endMetadata()
                .withNewSpec()
                    .withClusterIP("None")
                    .withIpFamilyPolicy(c.conf().get("spark.kubernetes.driver.service.ipFamilyPolicy", "SingleStack"))
                    .withIpFamilies(Arrays.asList(c.conf().get("spark.kubernetes.driver.service.ipFamilies", "IPv4").split(",")))
                    .withSelector(c.labels())
                    .withPorts(DriverPorts.of(c).servicePorts())
                .endSpec()
                .build();
    }

    static Map<String, String> systemProperties(DriverConf c) {
        DriverPorts ports = DriverPorts.of(c);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spark.driver.host", c.serviceName() + "." + c.namespace() + ".svc");
        properties.put("spark.driver.port", Integer.toString(ports.driver()));
        properties.put("spark.driver.blockManager.port", Integer.toString(ports.serviceBlockManager()));
        return properties;
    }

    private DriverServiceBuilder() {
    }
}
