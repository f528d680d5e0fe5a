package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * What one submission creates, as spark-submit creates it: the driver Pod first (owned by the
 * application), then {@link #ownedByDriver()} (owned by the driver pod, as Spark's Client.run does,
 * so deleting the driver removes them).
 *
 * @param driverPod         the driver Pod, owner reference to the SparkApplication set
 * @param sparkConf         the ConfigMap holding {@code spark.properties}, no owner yet
 * @param driverService     the headless driver Service, no owner yet
 * @param additional        any other objects Spark creates next to the driver (executor pod template
 *                          ConfigMap, Spark 4.2's NetworkPolicy), no owner yet
 * @param uiService         kubeflow's {@code <app>-ui-svc} for the Spark UI, owned by the application;
 *                          created only when the operator is configured to
 */
public record DriverResources(Pod driverPod, ConfigMap sparkConf, Service driverService, List<HasMetadata> additional,
        Service uiService) {

    public List<HasMetadata> ownedByDriver() {
        List<HasMetadata> owned = new ArrayList<>();
        owned.add(sparkConf);
        owned.add(driverService);
        owned.addAll(additional);
        return owned;
    }
}
