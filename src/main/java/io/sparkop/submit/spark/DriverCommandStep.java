package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;
import java.util.Optional;

/**
 * Spark's DriverCommandFeatureStep: the container arguments the image's entrypoint turns into a
 * client-mode spark-submit, and for Python the interpreters from spark.pyspark.python and
 * spark.pyspark.driver.python. (Spark would also read PYSPARK_* from the submitter's environment;
 * the operator has none.)
 */
public final class DriverCommandStep implements DriverFeatureStep {

    static final String PROPERTIES_FILE = "/opt/spark/conf/spark.properties";

    @Override
    public SparkPod configurePod(SparkPod pod, DriverConf c) {
        AppResource resource = c.resource();
        ContainerBuilder container = new ContainerBuilder(pod.container()).addToArgs("driver");
        if (resource.proxyUser() != null) {
            container.addToArgs("--proxy-user", resource.proxyUser());
        }
        container.addToArgs("--properties-file", PROPERTIES_FILE)
                .addToArgs("--class", resource.mainClass())
                .addToArgs(resource.primary())
                .addAllToArgs(resource.arguments());
        if (resource.kind() == AppResource.Kind.PYTHON) {
            Optional<String> python = c.conf().get(SparkConfKeys.PYSPARK_PYTHON);
            python.ifPresent(p -> container.addToEnv(new EnvVarBuilder().withName("PYSPARK_PYTHON").withValue(p).build()));
            c.conf().get(SparkConfKeys.PYSPARK_DRIVER_PYTHON).or(() -> python).ifPresent(p ->
                    container.addToEnv(new EnvVarBuilder().withName("PYSPARK_DRIVER_PYTHON").withValue(p).build()));
        }
        return new SparkPod(pod.pod(), container.build());
    }

    @Override
    public Map<String, String> systemProperties(DriverConf c) {
        return Map.of(SparkConfKeys.RESOURCE_TYPE, c.resource().kind().resourceType);
    }
}
