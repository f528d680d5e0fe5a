package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkUIConfiguration;
import io.sparkop.submit.spark.DriverConf;
import io.sparkop.submit.spark.DriverPorts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Service kubeflow creates for a driver's Spark UI ({@code <app>-ui-svc}, port 4040), owned by the
 * application. Mirrors kubeflow's {@code createWebUIService}: the target port is the driver's
 * {@code spark.ui.port}, the Service port and name come from {@code spec.sparkUIOptions}.
 */
public final class UiServiceBuilder {

    static final String DEFAULT_PORT_NAME = "spark-driver-ui-port";

    /**
     * kubeflow's {@code <app>-ui-svc}. A Service name must be a DNS-1035 label, which an application
     * name need not be ({@code 2024-report}, {@code etl.daily}): those are made valid as Spark makes its
     * own names (KubernetesConf.getResourceNamePrefix); kubeflow fails to create the Service for them.
     */
    public static String name(SparkApplication app) {
        String name = (app.getMetadata().getName() + "-ui-svc")
                .replace('.', '-')
                .replaceAll("^[0-9]", "x");
        name = name.length() <= 63 ? name : name.substring(0, 63);
        return name.endsWith("-") ? name.substring(0, name.length() - 1) : name;
    }

    /** Targets the driver's UI port, the one its container exposes (DriverPorts). */
    static Service build(DriverConf conf) {
        SparkApplication app = conf.app();
        Submission submission = conf.submission();
        Optional<SparkUIConfiguration> ui = Optional.ofNullable(app.getSpec().getSparkUIOptions());
        int targetPort = DriverPorts.of(conf).ui();
        Map<String, String> labels = new LinkedHashMap<>(ui.map(SparkUIConfiguration::getServiceLabels).orElse(Map.of()));
        labels.put(Labels.APP_NAME, app.getMetadata().getName());
        labels.put(Labels.SUBMISSION_ID, submission.submissionId());
        return new ServiceBuilder()
                .withNewMetadata()
                    .withName(name(app))
                    .withNamespace(app.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withAnnotations(ui.map(SparkUIConfiguration::getServiceAnnotations).orElse(null))
                    .withOwnerReferences(Owners.controller(app))
                .endMetadata()
                .withNewSpec()
                    .withType(ui.map(SparkUIConfiguration::getServiceType).orElse("ClusterIP"))
                    .addToSelector(Labels.APP_NAME, app.getMetadata().getName())
                    .addToSelector(Labels.SPARK_ROLE, Labels.ROLE_DRIVER)
                    .addNewPort()
                        .withName(ui.map(SparkUIConfiguration::getServicePortName).orElse(DEFAULT_PORT_NAME))
                        .withPort(ui.map(SparkUIConfiguration::getServicePort).orElse(targetPort))
                        .withTargetPort(new IntOrString(targetPort))
                        .withProtocol("TCP")
                    .endPort()
                .endSpec()
                .build();
    }

    private UiServiceBuilder() {
    }
}
