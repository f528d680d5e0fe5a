package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.SpecValidator;

/**
 * Spark's DriverKubernetesCredentialsFeatureStep, the part that applies without credential files
 * (SpecValidator rejects those): the driver's service account, set as both serviceAccount and
 * serviceAccountName.
 */
public final class DriverServiceAccountStep implements DriverFeatureStep {

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        return c.conf().get(SparkConfKeys.DRIVER.serviceAccount())
                .map(account -> new SparkPod(new PodBuilder(pod.pod())
                        .editOrNewSpec().withServiceAccount(account).withServiceAccountName(account).endSpec()
                        .build(), pod.container()))
                .orElse(pod);
    }
}
