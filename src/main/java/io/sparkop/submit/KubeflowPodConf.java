package io.sparkop.submit;

import static io.sparkop.submit.KubeflowSubmitArgs.putIfSet;
import static io.sparkop.submit.KubeflowSubmitArgs.sorted;

import io.sparkop.api.DriverSpec;
import io.sparkop.api.ExecutorSpec;
import io.sparkop.api.Labels;
import io.sparkop.api.SecretInfo;
import io.sparkop.api.SecretType;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-role part of kubeflow's {@code buildSparkSubmitArgs}: {@code driverPodTemplateOption},
 * {@code driverPodNameOption}, {@code driverConfOption}, {@code driverEnvOption},
 * {@code driverSecretOption}, {@code driverVolumeMountsOption} and their executor twins.
 */
final class KubeflowPodConf {

    static final String DRIVER_POD_NAME = "spark.kubernetes.driver.pod.name";
    static final String DRIVER_CONTAINER = "spark-kubernetes-driver";
    static final String EXECUTOR_CONTAINER = "spark-kubernetes-executor";
    /** kubeflow #2714: Kueue's labels on the application are not copied to its pods (nor the Service selector). */
    static final String KUEUE_LABEL_PREFIX = "kueue.x-k8s.io/";

    static void driver(SparkApplication app, String submissionId, Map<String, String> confs) {
        DriverSpec driver = driverOf(app);
        podTemplate(driver, "driver", DRIVER_CONTAINER, submissionId, confs);
        confs.put(DRIVER_POD_NAME, KubeflowNames.driverPodName(app));
        trackingLabels(app, driver, "driver", submissionId, confs);
        resources(app, driver, "driver", driver.getCoreRequest(), confs);
        putIfSet(confs, "spark.driver.extraJavaOptions", KubeflowMonitoring.javaOptions(app, driver.getJavaOptions(), true));
        putIfSet(confs, "spark.kubernetes.driver.master", driver.getKubernetesMaster());
        labelsAndAnnotations(app, driver, "spark.kubernetes.driver",
                KubeflowMonitoring.annotations(app, driver.getAnnotations(), true), confs);
        sorted(driver.getServiceLabels()).forEach((k, v) -> confs.put("spark.kubernetes.driver.service.label." + k, v));
        sorted(driver.getServiceAnnotations())
                .forEach((k, v) -> confs.put("spark.kubernetes.driver.service.annotation." + k, v));
        secretKeyRefs(driver, "spark.kubernetes.driver", confs);
        sorted(driver.getEnvVars()).forEach((k, v) -> confs.put("spark.kubernetes.driverEnv." + k, v));
        secrets(driver, "driver", "spark.kubernetes.driverEnv.", confs);
        KubeflowLocalDirs.volumes(app, driver, "driver", confs);
    }

    static void executor(SparkApplication app, String submissionId, Map<String, String> confs) {
        ExecutorSpec executor = executorOf(app);
        podTemplate(executor, "executor", EXECUTOR_CONTAINER, submissionId, confs);
        trackingLabels(app, executor, "executor", submissionId, confs);
        putIfSet(confs, "spark.executor.instances", KubeflowDefaults.executorInstances(app));
        resources(app, executor, "executor", executor.getCoreRequest(), confs);
        putIfSet(confs, "spark.kubernetes.executor.deleteOnTermination", executor.getDeleteOnTermination());
        labelsAndAnnotations(app, executor, "spark.kubernetes.executor",
                KubeflowMonitoring.annotations(app, executor.getAnnotations(), false), confs);
        secretKeyRefs(executor, "spark.kubernetes.executor", confs);
        putIfSet(confs, "spark.executor.extraJavaOptions", KubeflowMonitoring.javaOptions(app, executor.getJavaOptions(), false));
        sorted(executor.getEnvVars()).forEach((k, v) -> confs.put("spark.executorEnv." + k, v));
        secrets(executor, "executor", "spark.executorEnv.", confs);
        KubeflowLocalDirs.volumes(app, executor, "executor", confs);
    }

    static DriverSpec driverOf(SparkApplication app) {
        return app.getSpec().getDriver() == null ? new DriverSpec() : app.getSpec().getDriver();
    }

    static ExecutorSpec executorOf(SparkApplication app) {
        return app.getSpec().getExecutor() == null ? new ExecutorSpec() : app.getSpec().getExecutor();
    }

    /** The labels kubeflow finds its pods by; mutated-by-spark-operator asks its webhook to act. */
    private static void trackingLabels(SparkApplication app, SparkPodSpec pod, String role, String submissionId,
            Map<String, String> confs) {
        String prefix = "spark.kubernetes." + role + ".label.";
        confs.put(prefix + Labels.APP_NAME, app.getMetadata().getName());
        confs.put(prefix + Labels.LAUNCHED_BY_OPERATOR, "true");
        if (KubeflowNames.webhookMutates(app, pod)) {
            confs.put(prefix + Labels.MUTATED_BY_OPERATOR, "true");
        }
        confs.put(prefix + Labels.SUBMISSION_ID, submissionId);
    }

    private static void resources(SparkApplication app, SparkPodSpec pod, String role, String coreRequest,
            Map<String, String> confs) {
        String prefix = "spark.kubernetes." + role;
        String image = pod.getImage() != null && !pod.getImage().isEmpty() ? pod.getImage() : app.getSpec().getImage();
        putIfSet(confs, prefix + ".container.image", image);
        putIfSet(confs, "spark." + role + ".cores", pod.getCores());
        putIfSet(confs, prefix + ".request.cores", coreRequest);
        putIfSet(confs, prefix + ".limit.cores", pod.getCoreLimit());
        putIfSet(confs, "spark." + role + ".memory", pod.getMemory());
        putIfSet(confs, "spark." + role + ".memoryOverhead", pod.getMemoryOverhead());
        if (pod.getServiceAccount() != null) {
            confs.put("spark.kubernetes.authenticate." + role + ".serviceAccountName", pod.getServiceAccount());
        }
    }

    private static void podTemplate(SparkPodSpec pod, String role, String container, String submissionId, Map<String, String> confs) {
        if (pod.getTemplate() != null) {
            confs.put("spark.kubernetes." + role + ".podTemplateFile", templateFile(role, submissionId));
            confs.put("spark.kubernetes." + role + ".podTemplateContainerName", container);
        }
    }

    static String templateFile(String role, String submissionId) {
        return KubeflowSubmitArgs.TEMPLATE_DIR + submissionId + "/" + role + "-pod-template.yaml";
    }

    private static void labelsAndAnnotations(SparkApplication app, SparkPodSpec pod, String prefix,
            Map<String, String> annotations, Map<String, String> confs) {
        sorted(app.getMetadata().getLabels()).entrySet().stream().filter(e -> !e.getKey().startsWith(KUEUE_LABEL_PREFIX))
                .forEach(e -> confs.put(prefix + ".label." + e.getKey(), e.getValue()));
        sorted(pod.getLabels()).forEach((k, v) -> confs.put(prefix + ".label." + k, v));
        sorted(annotations).forEach((k, v) -> confs.put(prefix + ".annotation." + k, v));
    }

    private static void secretKeyRefs(SparkPodSpec pod, String prefix, Map<String, String> confs) {
        if (pod.getEnvSecretKeyRefs() != null) {
            new TreeMap<>(pod.getEnvSecretKeyRefs()).forEach((env, ref) ->
                    confs.put(prefix + ".secretKeyRef." + env, ref.getName() + ":" + ref.getKey()));
        }
    }

    /** Secrets are mounted by Spark; the two special types also point an env var into the mount. */
    private static void secrets(SparkPodSpec pod, String role, String envPrefix, Map<String, String> confs) {
        if (pod.getSecrets() == null) {
            return;
        }
        for (SecretInfo secret : pod.getSecrets()) {
            confs.put("spark.kubernetes." + role + ".secrets." + secret.getName(), secret.getPath());
            if (secret.getSecretType() == SecretType.GCP_SERVICE_ACCOUNT) {
                confs.put(envPrefix + "GOOGLE_APPLICATION_CREDENTIALS", GoPaths.join(secret.getPath(), "key.json"));
            } else if (secret.getSecretType() == SecretType.HADOOP_DELEGATION_TOKEN) {
                confs.put(envPrefix + "HADOOP_TOKEN_FILE_LOCATION", GoPaths.join(secret.getPath(), "hadoop.token"));
            }
        }
    }

    private KubeflowPodConf() {
    }
}
