package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;

/** Spark's EnvSecretsFeatureStep: spark.kubernetes.driver.secretKeyRef.ENV=SECRET:KEY. */
public final class EnvSecretsStep implements DriverFeatureStep {

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        Map<String, String> refs = c.conf().withPrefix(SparkConfKeys.DRIVER.secretKeyRefPrefix());
        if (refs.isEmpty()) {
            return pod;
        }
        ContainerBuilder container = new ContainerBuilder(pod.container());
        refs.forEach((env, ref) -> {
            String[] nameAndKey = ref.split(":");
            container.addToEnv(new EnvVarBuilder().withName(env)
                    .withNewValueFrom().withNewSecretKeyRef().withKey(nameAndKey[1]).withName(nameAndKey[0])
                    .endSecretKeyRef().endValueFrom().build());
        });
        return new SparkPod(pod.pod(), container.build());
    }
}
