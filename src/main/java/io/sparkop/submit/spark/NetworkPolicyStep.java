package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.sparkop.api.Labels;
import java.util.List;

/**
 * Spark 4.2's NetworkPolicyFeatureStep (none before 4.2): only pods of the same application (its driver and
 * executors) may connect to its executors.
 */
public final class NetworkPolicyStep implements DriverFeatureStep {

    @Override
    public List<HasMetadata> additionalResources(DriverConf c) {
        return c.version().createsNetworkPolicy() ? List.of(policy(c)) : List.of();
    }


    private static NetworkPolicy policy(DriverConf c) {
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
}
