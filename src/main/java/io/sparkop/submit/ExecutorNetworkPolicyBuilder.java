package io.sparkop.submit;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.sparkop.api.Labels;

/**
 * Spark 4.2's NetworkPolicyFeatureStep: only pods of the same application (its driver and
 * executors) may connect to its executors.
 */
final class ExecutorNetworkPolicyBuilder {

    static NetworkPolicy build(DriverConf c) {
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                    .withName(DriverNames.networkPolicyName(c.resourceNamePrefix()))
                    .withNamespace(c.namespace())
                    .addToLabels(Labels.SPARK_APP_SELECTOR, c.appId())
                .endMetadata()
                .withNewSpec()
                    .withNewPodSelector()
                        .addToMatchLabels(Labels.SPARK_ROLE, Labels.ROLE_EXECUTOR)
                        .addToMatchLabels(Labels.SPARK_APP_SELECTOR, c.appId())
                    .endPodSelector()
                    .addNewIngress()
                        .addNewFrom().withNewPodSelector().addToMatchLabels(Labels.SPARK_APP_SELECTOR, c.appId())
                        .endPodSelector().endFrom()
                    .endIngress()
                .endSpec()
                .build();
    }

    private ExecutorNetworkPolicyBuilder() {
    }
}
