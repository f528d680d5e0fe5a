package io.sparkop.submit.kubeflow;

import static io.sparkop.submit.SparkConfKeys.DRIVER;
import static io.sparkop.submit.SparkConfKeys.EXECUTOR;
import static io.sparkop.submit.kubeflow.KubeflowSubmitArgs.putIfSet;
import static io.sparkop.submit.kubeflow.KubeflowSubmitArgs.sorted;

import io.sparkop.api.DriverSpec;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.Labels;
import io.sparkop.api.SecretInfo;
import io.sparkop.api.SecretType;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.submit.SparkConfKeys.Role;
import io.sparkop.submit.SparkConfKeys;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-role part of kubeflow's {@code buildSparkSubmitArgs}: {@code driverPodTemplateOption},
 * {@code driverPodNameOption}, {@code driverConfOption}, {@code driverEnvOption},
 * {@code driverSecretOption}, {@code driverVolumeMountsOption} and their executor twins.
 */
public final class KubeflowPodConf {

    public static final String DRIVER_CONTAINER = "spark-kubernetes-driver";
    public static final String EXECUTOR_CONTAINER = "spark-kubernetes-executor";
    /** kubeflow #2714: Kueue's labels on the application are not copied to its pods (nor the Service selector). */
    static final String KUEUE_LABEL_PREFIX = "kueue.x-k8s.io/";

    static void driver(SparkApplication app, String submissionId, Map<String, String> confs) {
        DriverSpec driver = driverOf(app);
        podTemplate(driver, DRIVER, "driver", DRIVER_CONTAINER, submissionId, confs);
        confs.put(SparkConfKeys.DRIVER_POD_NAME, KubeflowNames.driverPodName(app));
        trackingLabels(app, driver, DRIVER, submissionId, confs);
        resources(app, driver, DRIVER, driver.getCoreRequest(), confs);
        putIfSet(confs, DRIVER.extraJavaOptions(), KubeflowMonitoring.javaOptions(app, driver.getJavaOptions(), true));
        putIfSet(confs, SparkConfKeys.DRIVER_MASTER, driver.getKubernetesMaster());
        labelsAndAnnotations(app, driver, DRIVER,
                KubeflowMonitoring.annotations(app, driver.getAnnotations(), true), confs);
        sorted(driver.getServiceLabels()).forEach((k, v) -> confs.put(SparkConfKeys.DRIVER_SERVICE_LABEL_PREFIX + k, v));
        sorted(driver.getServiceAnnotations())
                .forEach((k, v) -> confs.put(SparkConfKeys.DRIVER_SERVICE_ANNOTATION_PREFIX + k, v));
        secretKeyRefs(driver, DRIVER, confs);
        sorted(driver.getEnvVars()).forEach((k, v) -> confs.put(DRIVER.envPrefix() + k, v));
        secrets(driver, DRIVER, confs);
        KubeflowLocalDirs.volumes(app, driver, DRIVER, confs);
    }

    static void executor(SparkApplication app, String submissionId, Map<String, String> confs) {
        ExecutorSpec executor = executorOf(app);
        podTemplate(executor, EXECUTOR, "executor", EXECUTOR_CONTAINER, submissionId, confs);
        trackingLabels(app, executor, EXECUTOR, submissionId, confs);
        putIfSet(confs, SparkConfKeys.EXECUTOR_INSTANCES, KubeflowDefaults.executorInstances(app));
        resources(app, executor, EXECUTOR, executor.getCoreRequest(), confs);
        putIfSet(confs, SparkConfKeys.EXECUTOR_DELETE_ON_TERMINATION, executor.getDeleteOnTermination());
        labelsAndAnnotations(app, executor, EXECUTOR,
                KubeflowMonitoring.annotations(app, executor.getAnnotations(), false), confs);
        secretKeyRefs(executor, EXECUTOR, confs);
        putIfSet(confs, EXECUTOR.extraJavaOptions(), KubeflowMonitoring.javaOptions(app, executor.getJavaOptions(), false));
        sorted(executor.getEnvVars()).forEach((k, v) -> confs.put(EXECUTOR.envPrefix() + k, v));
        secrets(executor, EXECUTOR, confs);
        KubeflowLocalDirs.volumes(app, executor, EXECUTOR, confs);
    }

    public static DriverSpec driverOf(SparkApplication app) {
        return app.getSpec().getDriver() == null ? new DriverSpec() : app.getSpec().getDriver();
    }

    public static ExecutorSpec executorOf(SparkApplication app) {
        return app.getSpec().getExecutor() == null ? new ExecutorSpec() : app.getSpec().getExecutor();
    }

    /** The labels kubeflow finds its pods by; mutated-by-spark-operator asks its webhook to act. */
    private static void trackingLabels(SparkApplication app, SparkPodSpec pod, Role role, String submissionId,
            Map<String, String> confs) {
        String prefix = role.labelPrefix();
        confs.put(prefix + Labels.APP_NAME, app.getMetadata().getName());
        confs.put(prefix + Labels.LAUNCHED_BY_OPERATOR, "true");
        if (KubeflowNames.webhookMutates(app, pod)) {
            confs.put(prefix + Labels.MUTATED_BY_OPERATOR, "true");
        }
        confs.put(prefix + Labels.SUBMISSION_ID, submissionId);
    }

    private static void resources(SparkApplication app, SparkPodSpec pod, Role role, String coreRequest,
            Map<String, String> confs) {
        String image = pod.getImage() != null && !pod.getImage().isEmpty() ? pod.getImage() : app.getSpec().getImage();
        putIfSet(confs, role.containerImage(), image);
        putIfSet(confs, role.cores(), pod.getCores());
        putIfSet(confs, role.requestCores(), coreRequest);
        putIfSet(confs, role.limitCores(), pod.getCoreLimit());
        putIfSet(confs, role.memory(), pod.getMemory());
        putIfSet(confs, role.memoryOverhead(), pod.getMemoryOverhead());
        if (pod.getServiceAccount() != null) {
            confs.put(role.serviceAccount(), pod.getServiceAccount());
        }
    }

    private static void podTemplate(SparkPodSpec pod, Role role, String roleName, String container, String submissionId,
            Map<String, String> confs) {
        if (pod.getTemplate() != null) {
            confs.put(role.podTemplateFile(), templateFile(roleName, submissionId));
            confs.put(role.podTemplateContainerName(), container);
        }
    }

    public static String templateFile(String role, String submissionId) {
        return KubeflowSubmitArgs.TEMPLATE_DIR + submissionId + "/" + role + "-pod-template.yaml";
    }

    private static void labelsAndAnnotations(SparkApplication app, SparkPodSpec pod, Role role,
            Map<String, String> annotations, Map<String, String> confs) {
        sorted(app.getMetadata().getLabels()).entrySet().stream().filter(e -> !e.getKey().startsWith(KUEUE_LABEL_PREFIX))
                .forEach(e -> confs.put(role.labelPrefix() + e.getKey(), e.getValue()));
        sorted(pod.getLabels()).forEach((k, v) -> confs.put(role.labelPrefix() + k, v));
        sorted(annotations).forEach((k, v) -> confs.put(role.annotationPrefix() + k, v));
    }

    private static void secretKeyRefs(SparkPodSpec pod, Role role, Map<String, String> confs) {
        if (pod.getEnvSecretKeyRefs() != null) {
            new TreeMap<>(pod.getEnvSecretKeyRefs()).forEach((env, ref) ->
                    confs.put(role.secretKeyRefPrefix() + env, ref.getName() + ":" + ref.getKey()));
        }
    }

    /** Secrets are mounted by Spark; the two special types also point an env var into the mount. */
    private static void secrets(SparkPodSpec pod, Role role, Map<String, String> confs) {
        if (pod.getSecrets() == null) {
            return;
        }
        for (SecretInfo secret : pod.getSecrets()) {
            confs.put(role.secretsPrefix() + secret.getName(), secret.getPath());
            if (secret.getSecretType() == SecretType.GCP_SERVICE_ACCOUNT) {
                confs.put(role.envPrefix() + "GOOGLE_APPLICATION_CREDENTIALS", GoPaths.join(secret.getPath(), "key.json"));
            } else if (secret.getSecretType() == SecretType.HADOOP_DELEGATION_TOKEN) {
                confs.put(role.envPrefix() + "HADOOP_TOKEN_FILE_LOCATION", GoPaths.join(secret.getPath(), "hadoop.token"));
            }
        }
    }

    private KubeflowPodConf() {
    }
}
