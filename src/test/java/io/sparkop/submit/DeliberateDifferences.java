package io.sparkop.submit;

import static io.sparkop.submit.Difference.ALL;
import static io.sparkop.submit.Difference.Kind.CHANGED;
import static io.sparkop.submit.Difference.Kind.ONLY_OURS;

import io.sparkop.submit.Difference.Kind;
import io.sparkop.submit.kubeflow.ExecutorPodTemplateBuilder;
import io.sparkop.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every place where our objects deliberately differ from what Spark's spark-submit created for a
 * golden case, with the reason. Most come from kubeflow's pod webhook, which Spark's output cannot
 * show: we apply its fields to the driver pod directly, and put the executor's into an executor pod
 * template (see {@link ExecutorPodTemplateBuilder}).
 */
final class DeliberateDifferences {

    private static final String DRIVER = "containers[name=spark-kubernetes-driver]";

    static final String OWNER = "kubeflow's webhook (addOwnerReference) makes the SparkApplication the driver pod's"
            + " controller, so deleting the application deletes the driver and, through it, everything else";
    static final String MASTER = "the oracle submitted to its recorder on 127.0.0.1; spark.master is the API server the"
            + " driver talks to (Submission.masterUrl, the in-cluster URL here)";
    static final String PROXY_USER = "spark-submit sets SPARK_USER to the user it runs as, which is the proxy user when"
            + " there is one; the oracle pinned SPARK_USER=spark in its environment, masking that (checked by running"
            + " the oracle without it: SPARK_USER=alice)";
    static final String EXECUTOR_TEMPLATE = "kubeflow v2.5 always passes an executor pod template (with an owner"
            + " reference to the application, and the executor fields its pod webhook would set, which we, having no"
            + " webhook, put in the template); Spark's PodTemplateConfigMapStep ships it to the driver as this"
            + " ConfigMap, volume, mount and confs. The oracle's port of kubeflow's arguments predates it";
    static final String EXECUTOR_OWNER = "kubeflow v2.5 (executorPodTemplateOption) adds a non-controller owner"
            + " reference to the application to every executor template, so that Kueue sees executors as the"
            + " application's; the oracle's port of kubeflow's arguments predates it";
    static final String WEBHOOK = "kubeflow's pod webhook (sparkpod_defaulter.go) sets this on the driver pod after"
            + " spark-submit created it; we set it while building the pod";
    static final String PROMETHEUS = "kubeflow creates this ConfigMap (buildPrometheusConfigMap) before running"
            + " spark-submit; we return it with the objects the driver pod owns";
    static final String NAMESPACE = "sparkConf spark.kubernetes.namespace sends Spark's objects to another namespace,"
            + " where an owner reference to the application cannot point; we keep the application's namespace and"
            + " SpecValidator reports the setting";

    /** Cases SpecValidator rejects; they are still built so that everything else is compared. */
    static final Map<String, List<String>> VALIDATION_PROBLEMS = Map.of("conf-precedence", List.of(
            "sparkConf key \"spark.kubernetes.container.image\" is not allowed: use the image field on the CRD instead",
            "sparkConf key \"spark.kubernetes.namespace\" is not allowed: must equal the application namespace"
                    + " \"spark-jobs\", got \"not-the-namespace\""));

    static final List<Difference> ALL_DIFFERENCES = Stream.of(
            List.of(
                    new Difference(ALL, ALL, "pod.yaml", TreePath.of("metadata", "ownerReferences"), ONLY_OURS, OWNER),
                    new Difference(ALL, ALL, "spark.properties", TreePath.of("spark.master"), CHANGED, MASTER),
                    new Difference("proxy-user", ALL, "pod.yaml",
                            TreePath.of("spec", DRIVER, "env[name=SPARK_USER]", "value"), CHANGED, PROXY_USER)),
            executorTemplate(),
            List.of(new Difference("pod-template", ALL, SparkOutput.EXECUTOR_TEMPLATE, TreePath.of("data",
                    SparkOutput.TEMPLATE_KEY, "metadata", "ownerReferences"), ONLY_OURS, EXECUTOR_OWNER)),
            configMaps(), env(), gpu(), monitoring(), nodeSelector(), volumes(), webhookOnlyFields(), namespace())
            .flatMap(List::stream)
            .toList();

    /** Every case but pod-template, whose spec template Spark's output already carries. */
    private static List<Difference> executorTemplate() {
        List<Difference> differences = new ArrayList<>();
        for (String name : Golden.caseNames().stream().filter(name -> !name.equals("pod-template")).toList()) {
            differences.add(ours(name, "objects", EXECUTOR_TEMPLATE, "ConfigMap/$PREFIX-driver-podspec-conf-map"));
            differences.add(ours(name, SparkOutput.EXECUTOR_TEMPLATE, EXECUTOR_TEMPLATE));
            differences.add(ours(name, SparkOutput.PROPERTIES, EXECUTOR_TEMPLATE, "spark.kubernetes.executor.podTemplateFile"));
            differences.add(ours(name, SparkOutput.PROPERTIES, EXECUTOR_TEMPLATE,
                    "spark.kubernetes.executor.podTemplateContainerName"));
            differences.add(ours(name, "pod.yaml", EXECUTOR_TEMPLATE, "spec", "volumes[name=pod-template-volume]"));
            differences.add(ours(name, "pod.yaml", EXECUTOR_TEMPLATE, "spec", DRIVER, "volumeMounts[name=pod-template-volume]"));
        }
        return differences;
    }

    private static List<Difference> configMaps() {
        List<Difference> differences = new ArrayList<>();
        for (String volume : List.of("app-config-vol", "spark-configmap-volume", "hadoop-configmap-volume")) {
            differences.add(ours("configmaps", "pod.yaml", WEBHOOK, "spec", "volumes[name=" + volume + "]"));
            differences.add(ours("configmaps", "pod.yaml", WEBHOOK, "spec", DRIVER, "volumeMounts[name=" + volume + "]"));
        }
        differences.add(ours("configmaps", "pod.yaml", WEBHOOK, "spec", DRIVER, "env[name=HADOOP_CONF_DIR]"));
        differences.add(ours("configmaps", "pod.yaml", WEBHOOK, "spec", DRIVER, "env[name=SPARK_CONF_DIR,value=/etc/spark/conf]"));
        return differences;
    }

    private static List<Difference> env() {
        return List.of(
                ours("env", "pod.yaml", WEBHOOK, "spec", DRIVER, "env[name=LOG_LEVEL]"),
                ours("env", "pod.yaml", WEBHOOK, "spec", DRIVER, "env[name=POD_NAME]"),
                ours("env", "pod.yaml", WEBHOOK, "spec", DRIVER, "envFrom"));
    }

    private static List<Difference> gpu() {
        return List.of(ours("gpu", "pod.yaml", WEBHOOK, "spec", DRIVER, "resources", "limits", "nvidia.com/gpu"));
    }

    private static List<Difference> monitoring() {
        String name = "monitoring-prometheus";
        return List.of(
                ours(name, "pod.yaml", WEBHOOK, "spec", "volumes[name=spark-metrics-prom-conf-vol]"),
                ours(name, "pod.yaml", WEBHOOK, "spec", DRIVER, "volumeMounts[name=spark-metrics-prom-conf-vol]"),
                ours(name, "pod.yaml", WEBHOOK, "spec", DRIVER, "ports[name=jmx-exporter]"),
                ours(name, "objects", PROMETHEUS, "ConfigMap/spark-metrics-prom-conf"),
                ours(name, "configmap-spark-metrics-prom-conf.yaml", PROMETHEUS));
    }

    private static List<Difference> nodeSelector() {
        return List.of(ours("node-selector-pod", "pod.yaml", WEBHOOK, "spec", "nodeSelector", "node-role"));
    }

    private static List<Difference> volumes() {
        return List.of(
                ours("volumes-local-dirs", "pod.yaml", WEBHOOK, "spec", "volumes[name=data]"),
                ours("volumes-local-dirs", "pod.yaml", WEBHOOK, "spec", DRIVER, "volumeMounts[name=data]"));
    }

    private static List<Difference> webhookOnlyFields() {
        String name = "webhook-only-fields";
        List<Difference> differences = new ArrayList<>();
        for (String field : List.of("affinity", "tolerations", "securityContext", "initContainers", "hostNetwork",
                "dnsPolicy", "dnsConfig", "hostAliases", "schedulerName", "terminationGracePeriodSeconds",
                "shareProcessNamespace", "priorityClassName", "runtimeClassName", "containers[name=log-shipper]")) {
            differences.add(ours(name, "pod.yaml", WEBHOOK, "spec", field));
        }
        for (String field : List.of("securityContext", "lifecycle", "ports[name=jdwp]")) {
            differences.add(ours(name, "pod.yaml", WEBHOOK, "spec", DRIVER, field));
        }
        return differences;
    }

    private static List<Difference> namespace() {
        String name = "conf-precedence";
        List<Difference> differences = new ArrayList<>();
        for (String object : List.of("Pod/spark-precedence-driver", "Service/$PREFIX-driver-svc", "ConfigMap/$CONF_MAP")) {
            differences.add(changed(name, ALL, "objects", object));
        }
        for (String file : List.of("pod.yaml", "service.yaml", SparkOutput.CONF_MAP)) {
            differences.add(changed(name, ALL, file, "metadata", "namespace"));
        }
        differences.add(changed(name, ALL, SparkOutput.CONF_MAP, "data", "spark.kubernetes.namespace"));
        differences.add(changed(name, ALL, SparkOutput.PROPERTIES, "spark.kubernetes.namespace"));
        differences.add(changed(name, ALL, SparkOutput.PROPERTIES, "spark.driver.host"));
        differences.add(changed(name, "4.2.0", "objects", "NetworkPolicy/$PREFIX-policy"));
        differences.add(changed(name, "4.2.0", "networkpolicy.yaml", "metadata", "namespace"));
        return differences;
    }

    private static Difference ours(String caseName, String file, String reason, String... path) {
        return new Difference(caseName, ALL, file, TreePath.of(path), ONLY_OURS, reason);
    }

    private static Difference changed(String caseName, String version, String file, String... path) {
        return new Difference(caseName, version, file, TreePath.of(path), Kind.CHANGED, NAMESPACE);
    }

    private DeliberateDifferences() {
    }
}
