package io.sparkop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Our server pod, Service, ConfigMap and Spark conf for kubeflow's example, against what kubeflow's
 * operator creates for it (golden/sparkconnect/spark-connect/kubeflow, read from its source). Every
 * field that differs must be in a table below with the reason; a new difference, or one that went
 * away, fails the test. The README's SparkConnect section lists the same.
 */
class KubeflowComparisonTest {

    static final Path KUBEFLOW = ConnectGoldenTest.DIR.resolve("kubeflow");
    /** Both start commands give the server its pod IP (bracketed if IPv6) as spark.driver.host. */
    static final String POD_IP = "<the pod IP, bracketed if IPv6>";

    private static final String MOUNT = "the whole ConfigMap (spark.properties and the executor template) is mounted"
            + " read-only at /etc/spark-connect, instead of one file under /tmp/spark, Spark's scratch space";

    static final Map<String, String> POD_DIFFERENCES = Map.ofEntries(
            Map.entry("metadata.annotations.sparkop.io/spark-connect-hash",
                    "ours: the digest of what the pod was built from; a changed spec replaces the pod (kubeflow never updates it)"),
            Map.entry("spec.containers[0].lifecycle",
                    "none: kubeflow's preStop runs stop-connect-server.sh, which looks for the pid file spark-daemon.sh"
                    + " writes only when it daemonizes; with SPARK_NO_DAEMONIZE it stops nothing"),
            Map.entry("spec.containers[0].volumeMounts[0].mountPath",
                    MOUNT),
            Map.entry("spec.containers[0].volumeMounts[0].subPath",
                    MOUNT),
            Map.entry("spec.containers[0].volumeMounts[0].name",
                    "the volume is named spark-connect-conf"),
            Map.entry("spec.volumes[0].name",
                    "the volume is named spark-connect-conf"),
            Map.entry("spec.volumes[0].configMap.items",
                    "spark.properties is mounted too"),
            Map.entry("spec.securityContext.allowPrivilegeEscalation",
                    "kept as written in the template; Go's PodSecurityContext has no such field, so kubeflow drops it (the"
                    + " API server drops it too, with a warning: it belongs in a container's securityContext)"),
            Map.entry("spec.securityContext.capabilities",
                    "as allowPrivilegeEscalation"));

    static final Map<String, String> CONF_DIFFERENCES = Map.of(
            "spark.master",
            "kubernetes.default.svc:443, valid in every cluster, instead of the operator's own KUBERNETES_SERVICE_HOST:PORT",
            "spark.submit.deployMode",
            "client, said explicitly: a Connect server is always its own driver (spark-submit's default too)",
            "spark.kubernetes.executor.podTemplateFile",
            "the template is in the mounted ConfigMap at /etc/spark-connect; kubeflow writes it to its own /tmp/spark"
                    + " and mounts the same path");

    static final Map<String, String> SERVICE_DIFFERENCES = Map.of(
            "spec.selector.spark-version",
            "not selected on: after a sparkVersion change the replaced pod carries the new version, and kubeflow's"
                    + " Service, never updated, would select no pod");

    static final Map<String, String> CONFIGMAP_DIFFERENCES = Map.of(
            "data.spark.properties",
            "ours: the server's whole Spark conf, read with --properties-file, so no user value passes through a"
                    + " shell (kubeflow joins unquoted --conf options into one bash -c string)",
            "data.executor-pod-template.yaml.spec.securityContext.allowPrivilegeEscalation",
            "kept as written, as on the server pod",
            "data.executor-pod-template.yaml.spec.securityContext.capabilities",
            "kept as written, as on the server pod");

    @Test
    void serverPodDiffersFromKubeflowsOnlyAsListed() throws IOException {
        ObjectNode ours = (ObjectNode) Manifests.tree(ConnectServerBuilder.build(ConnectGoldenTest.kubeflowExample()).serverPod());
        ObjectNode theirs = (ObjectNode) kubeflow("server-pod.yaml");
        withoutArgs(ours);
        withoutArgs(theirs);
        assertEquals(new TreeSet<>(POD_DIFFERENCES.keySet()), TreeDiff.paths(theirs, ours));
    }

    @Test
    void sparkConfDiffersFromKubeflowsOnlyAsListed() throws IOException {
        var built = ConnectServerBuilder.build(ConnectGoldenTest.kubeflowExample());
        Map<String, String> ours = new TreeMap<>(Golden.properties(built.configMap().getData().get(ConnectConf.PROPERTIES_FILE)));
        String script = built.serverPod().getSpec().getContainers().get(0).getArgs().get(0);
        assertTrue(script.endsWith("--conf \"spark.driver.host=$host\""), script);
        ours.put("spark.driver.host", POD_IP);
        Map<String, String> theirs = kubeflowConf(kubeflow("server-pod.yaml").at("/spec/containers/0/args/0").asText());
        Set<String> differing = new TreeSet<>();
        for (String key : union(ours.keySet(), theirs.keySet())) {
            if (!java.util.Objects.equals(ours.get(key), theirs.get(key))) {
                differing.add(key);
            }
        }
        assertEquals(new TreeSet<>(CONF_DIFFERENCES.keySet()), differing, "ours " + ours + "\nkubeflow's " + theirs);
    }

    @Test
    void serviceDiffersFromKubeflowsOnlyAsListed() throws IOException {
        JsonNode ours = Manifests.tree(ConnectServerBuilder.build(ConnectGoldenTest.kubeflowExample()).service());
        assertEquals(new TreeSet<>(SERVICE_DIFFERENCES.keySet()), TreeDiff.paths(kubeflow("service.yaml"), ours));
    }

    @Test
    void configMapDiffersFromKubeflowsOnlyAsListed() throws IOException {
        ObjectNode ours = (ObjectNode) Manifests.tree(ConnectServerBuilder.build(ConnectGoldenTest.kubeflowExample()).configMap());
        ObjectNode theirs = (ObjectNode) kubeflow("configmap.yaml");
        for (ObjectNode configMap : new ObjectNode[] {ours, theirs}) {
            ObjectNode data = (ObjectNode) configMap.get("data");
            data.set(ConnectConf.EXECUTOR_TEMPLATE_FILE, Golden.parseYaml(data.get(ConnectConf.EXECUTOR_TEMPLATE_FILE).asText()));
        }
        assertEquals(new TreeSet<>(CONFIGMAP_DIFFERENCES.keySet()), TreeDiff.paths(theirs, ours));
    }

    /** kubeflow's one bash -c string: the start script, --master URL, then --conf key=value options. */
    static Map<String, String> kubeflowConf(String args) {
        String[] parts = args.split(" --conf ");
        Map<String, String> conf = new LinkedHashMap<>();
        String[] start = parts[0].split(" ");
        assertEquals("${SPARK_HOME}/sbin/start-connect-server.sh", start[0]);
        assertEquals("--master", start[1]);
        conf.put("spark.master", start[2]);
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            conf.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        assertTrue(conf.get("spark.driver.host").startsWith("$(host=${POD_IP};"), conf.get("spark.driver.host"));
        conf.put("spark.driver.host", POD_IP);
        return new TreeMap<>(conf);
    }

    private static void withoutArgs(ObjectNode pod) {
        ((ObjectNode) pod.at("/spec/containers/0")).remove("args");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static JsonNode kubeflow(String file) throws IOException {
        return Golden.parseYaml(Files.readString(KUBEFLOW.resolve(file)));
    }
}
