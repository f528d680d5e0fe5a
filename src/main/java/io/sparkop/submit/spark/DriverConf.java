package io.sparkop.submit.spark;

import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.Submission;
import io.sparkop.submit.kubeflow.ExecutorPodTemplateBuilder;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import io.sparkop.submit.kubeflow.KubeflowSubmitArgs;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything about one submission the builders need, computed once: the Spark conf as spark-submit
 * hands it to Kubernetes' Client (kubeflow's arguments, then SparkSubmit's additions), the names
 * Spark gives the objects, and the driver's memory. The Spark conf is the single source for the
 * builders, as KubernetesDriverConf is for Spark's feature steps.
 */
public record DriverConf(
        SparkApplication app,
        Submission submission,
        SparkVersion version,
        SparkConf conf,
        AppResource resource,
        String resourceNamePrefix,
        String podName,
        String serviceName,
        DriverMemory memory) {

    public static final String CONTAINER_NAME = KubeflowPodConf.DRIVER_CONTAINER;

    public static DriverConf of(SparkApplication app, Submission submission) {
        SparkVersion version = SparkVersion.of(app.getSpec().getSparkVersion());
        SparkSubmitCommand command = KubeflowSubmitArgs.of(app, submission.submissionId());
        AppResource resource = AppResource.of(command);
        SparkConf conf = new SparkConf(SparkSubmitConf.of(command, resource, submission, operatorConfs(app, submission)));
        String prefix = DriverNames.resourceNamePrefix(conf.get(SparkConfKeys.APP_NAME, "spark"), submission.uniqueId());
        return new DriverConf(app, submission, version, conf, resource, prefix,
                conf.get(SparkConfKeys.DRIVER_POD_NAME, prefix + "-driver"),
                DriverNames.serviceName(prefix, submission.uniqueId()),
                DriverMemory.of(conf, resource.kind(), version));
    }

    /**
     * Confs this operator adds to kubeflow's: Spark's objects always go to the application's
     * namespace (owner references cannot cross namespaces), and the executor pod template kubeflow
     * always writes, which also carries what its executor webhook would set.
     */
    private static Map<String, String> operatorConfs(SparkApplication app, Submission submission) {
        Map<String, String> confs = new LinkedHashMap<>();
        confs.put(SparkConfKeys.NAMESPACE, app.getMetadata().getNamespace());
        if (KubeflowPodConf.executorOf(app).getTemplate() == null) {
            confs.put(SparkConfKeys.EXECUTOR.podTemplateFile(),
                    KubeflowPodConf.templateFile("executor", submission.submissionId()));
            confs.put(SparkConfKeys.EXECUTOR.podTemplateContainerName(), KubeflowPodConf.EXECUTOR_CONTAINER);
        }
        return confs;
    }

    public String namespace() {
        return app.getMetadata().getNamespace();
    }

    public String appId() {
        return submission.sparkAppId();
    }

    public String appName() {
        return conf.get(SparkConfKeys.APP_NAME, "spark");
    }

    public String confMapName() {
        return DriverNames.confMapName(submission.uniqueId());
    }

    /** LocalDirsFeatureStep's /var/data/spark-<random UUID>, derived from the submission instead. */
    public String defaultLocalDir() {
        byte[] seed = ("spark-local-dir:" + submission.submissionId()).getBytes(StandardCharsets.UTF_8);
        return "/var/data/spark-" + UUID.nameUUIDFromBytes(seed);
    }

    /** KubernetesDriverConf.labels: the custom driver labels, then Spark's own, which win. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        conf.withPrefix(SparkConfKeys.DRIVER.labelPrefix()).forEach((k, v) ->
                labels.put(k, version.substitutesIdsInLabels() ? substituteAppId(v) : v));
        labels.put(Labels.SPARK_VERSION, version.text());
        labels.put(Labels.SPARK_APP_SELECTOR, appId());
        labels.put(Labels.SPARK_APP_NAME, DriverNames.appNameLabel(appName()));
        labels.put(Labels.SPARK_ROLE, Labels.ROLE_DRIVER);
        return labels;
    }

    public Map<String, String> annotations() {
        Map<String, String> annotations = new LinkedHashMap<>();
        conf.withPrefix(SparkConfKeys.DRIVER.annotationPrefix()).forEach((k, v) -> annotations.put(k, substituteAppId(v)));
        return annotations;
    }

    /** Utils.substituteAppNExecIds with no executor id, as for the driver. */
    String substituteAppId(String value) {
        return value.replace("{{APP_ID}}", appId()).replace("{{EXECUTOR_ID}}", "");
    }

    public String image() {
        String image = conf.get(SparkConfKeys.DRIVER.containerImage())
                .orElseGet(() -> conf.get(SparkConfKeys.CONTAINER_IMAGE, null));
        return version.substitutesVersionInImage() ? image.replace("{{SPARK_VERSION}}", version.text()) : image;
    }

    /** The executor template file's text, as PodTemplateConfigMapStep reads it. */
    String executorPodTemplateYaml() {
        return ExecutorPodTemplateBuilder.yaml(app);
    }

    boolean hasExecutorPodTemplate() {
        return conf.contains(SparkConfKeys.EXECUTOR.podTemplateFile());
    }
}
