package io.sparkop.submit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.testing.Golden;
import io.sparkop.testing.Manifests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every problem SpecValidator reports, with its exact message, for a valid application changed in one place. */
public class SpecValidatorTest {

    static final String VALID = """
            apiVersion: sparkoperator.k8s.io/v1beta2
            kind: SparkApplication
            metadata: {name: spark-pi, namespace: spark-jobs}
            spec:
              type: Scala
              mode: cluster
              image: apache/spark:4.0.0
              mainClass: org.apache.spark.examples.SparkPi
              mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
              sparkVersion: 4.0.0
              driver: {cores: 1, memory: 1g}
              executor: {instances: 1, cores: 1, memory: 1g}
            """;

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("spec: {mainApplicationFile: null}", "spec.mainApplicationFile: required"),
                problem("spec: {driver: {memory: 2Gi}}", "spec.driver.memory: '2Gi' is not a Spark size; use 2g"),
                problem("spec: {executor: {memory: 2.5g}}", "spec.executor.memory: '2.5g' is not a Spark size; use 2560m"),
                problem("spec: {driver: {memory: '0'}}", "spec.driver.memory: '0' is less than 1 MiB"),
                problem("spec: {driver: {memoryOverhead: lots}}", "spec.driver.memoryOverhead: 'lots' is not a Spark size;"
                        + " use a whole number with an optional unit k, m, g or t, e.g. 2g"),
                problem("spec: {driver: {cores: 0}}", "spec.driver.cores: 0 must be at least 1"),
                problem("spec: {executor: {cores: -2}}", "spec.executor.cores: -2 must be at least 1"),
                problem("spec: {driver: {coreLimit: 1.2 cores}}",
                        "spec.driver.coreLimit: '1.2 cores' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {driver: {coreRequest: '0'}}", "spec.driver.coreRequest: '0' must be more than 0"),
                problem("spec: {executor: {coreRequest: 500 m}}",
                        "spec.executor.coreRequest: '500 m' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {executor: {instances: -1}}", "spec.executor.instances: -1 must be at least 0"),
                problem("spec: {mainClass: null}", "spec.mainClass: required for a Scala application"),
                problem("spec: {type: Java, mainClass: ''}", "spec.mainClass: required for a Java application"),
                problem("spec: {type: Python}", "spec.mainApplicationFile: 'local:///opt/spark/examples/jars/spark-examples.jar'"
                        + " must end in .py for a Python application: spark-submit chooses how to run it by the file name"),
                problem("spec: {type: R}", "spec.mainApplicationFile: 'local:///opt/spark/examples/jars/spark-examples.jar'"
                        + " must end in .R for an R application: spark-submit chooses how to run it by the file name"),
                problem("spec: {mainApplicationFile: 'local:///opt/pi.py'}", "spec.mainApplicationFile: 'local:///opt/pi.py'"
                        + " would run as Python (spark-submit chooses by the file name); set spec.type: Python"),
                problem("spec: {mainApplicationFile: /opt/app.jar}", "spec.mainApplicationFile: '/opt/app.jar' is a file on"
                        + " the submitting machine; use local:///opt/app.jar for a file in the image, or a remote URL"),
                problem("spec: {mainApplicationFile: 'file:///opt/app.jar'}", "spec.mainApplicationFile: 'file:///opt/app.jar'"
                        + " is a file on the submitting machine; use local:///opt/app.jar for a file in the image, or a remote URL"),
                problem("spec: {deps: {jars: ['local:///a.jar', lib/b.jar]}}", "spec.deps.jars[1]: 'lib/b.jar' is a file on"
                        + " the submitting machine; use local:///path/in/image for a file in the image, or a remote URL"),
                problem("spec: {image: null}", "spec.image: required; no image is set for the driver or the executors"),
                problem("spec: {image: null, driver: {image: d:1}}",
                        "spec.image: required; no image is set for the executors (or set spec.executor.image)"),
                problem("spec: {sparkVersion: null}", "spec.sparkVersion: required, e.g. 3.5.6"),
                problem("spec: {sparkVersion: latest}", "spec.sparkVersion: 'latest' is not a Spark version like 3.5.6"),
                problem("spec: {mode: client}", "spec.mode: 'client' is not supported; only cluster mode is"),
                problem("spec: {type: null, mainClass: null}", "spec.type: required (Java, Scala, Python or R)"),
                problem("metadata: {name: Spark_Pi}", "invalid SparkApplication name \"Spark_Pi\": " + DNS_1035),
                problem("metadata: {namespace: null}", "metadata.namespace: required"),
                problem("spec: {memoryOverheadFactor: ten}", "spec.memoryOverheadFactor: 'ten' is not a number; use e.g. 0.1"),
                problem("spec: {memoryOverheadFactor: '-0.1'}", "spec.memoryOverheadFactor: '-0.1' must not be negative"),
                problem("spec: {driver: {gpu: {name: nvidia.com/gpu, quantity: 0}}}", "spec.driver.gpu.quantity: 0 must be at least 1"),
                problem("spec: {executor: {gpu: {quantity: 1}}}", "spec.executor.gpu.name: required, e.g. nvidia.com/gpu"),
                problem("spec: {driver: {secrets: [{name: db}]}}", "spec.driver.secrets[0].path: required"),
                problem("spec: {driver: {envSecretKeyRefs: {PW: {name: 'a:b', key: pw}}}}", "spec.driver.envSecretKeyRefs[PW]:"
                        + " 'a:b:pw' has a ':' in the name or key, which Spark cannot read back"),
                problem("spec: {executor: {envSecretKeyRefs: {PW: {name: db}}}}",
                        "spec.executor.envSecretKeyRefs[PW]: name and key are required"),
                problem("spec: {driver: {volumeMounts: [{name: spark-local-dir-x, mountPath: /x}]}}",
                        "spec.driver.volumeMounts[0]: volume 'spark-local-dir-x' is not in spec.volumes"),
                problem("spec: {volumes: [{name: spark-local-dir-x, configMap: {name: c}}]}", "spec.volumes[0]:"
                        + " 'spark-local-dir-x' must be an emptyDir, hostPath, nfs or persistentVolumeClaim volume to serve"
                        + " as a Spark local dir"),
                problem("spec: {dynamicAllocation: {enabled: true, minExecutors: 5, maxExecutors: 2}}",
                        "spec.dynamicAllocation.minExecutors: 5 is more than maxExecutors 2"),
                problem("spec: {monitoring: {exposeDriverMetrics: true, prometheus: {port: 8090}}}",
                        "spec.monitoring.prometheus.jmxExporterJar: required"),
                problem("spec: {driver: {podName: Driver_1}}", "spec.driver.podName: 'Driver_1' is not a valid pod name"
                        + " (lower-case letters, digits, '-' and '.', at most 253 characters)"),
                problem("spec: {sparkVersion: 2.4.8, executor: {template: {spec: {containers: [{name: e}]}}}}",
                        "spec.executor.template: needs spec.sparkVersion 3.0.0 or later"),
                problem("spec: {executor: {volumeMounts: [{mountPath: /x}]}}", "spec.executor.volumeMounts[0].name: required"),
                problem("spec: {sparkConf: {spark.eventLog.dir: null}}", "spec.sparkConf[spark.eventLog.dir]: no value"),
                conf("spark.kubernetes.driver.pod.name", "My_Driver", "spec.sparkConf[spark.kubernetes.driver.pod.name]:"
                        + " 'My_Driver' is not a valid pod name (lower-case letters, digits, '-' and '.', at most 253 characters)"),
                problem("spec: {driver: {labels: {spark-role: x}}}", "spec.driver.labels: 'spark-role' is reserved by Spark"),
                problem("spec: {executor: {labels: {spark-exec-id: x}}}", "spec.executor.labels: 'spark-exec-id' is reserved by Spark"),
                conf("spark.driver.host", "h", "spec.sparkConf[spark.driver.host]: not supported: the driver's Service sets it"
                        + " (DriverServiceFeatureStep)"),
                conf("spark.kubernetes.namespace", "other", "sparkConf key \"spark.kubernetes.namespace\" is not allowed:"
                        + " must equal the application namespace \"spark-jobs\", got \"other\""),
                conf("spark.kubernetes.executor.podTemplateFile", "/t.yaml", "spec.sparkConf[spark.kubernetes.executor"
                        + ".podTemplateFile]: not supported: the operator reads no files; use spec.executor.template"),
                conf("spark.kerberos.keytab", "/k", "spec.sparkConf[spark.kerberos.keytab]: not supported: it is a file on"
                        + " the submitting machine"),
                conf("spark.kubernetes.authenticate.driver.caCertFile", "/t", "spec.sparkConf[spark.kubernetes"
                        + ".authenticate.driver.caCertFile]: not supported: it needs credentials from the submitting machine"),
                conf("spark.driver.memory", "1Gi", "spec.sparkConf[spark.driver.memory]: '1Gi' is not a Spark size; use 1g"),
                conf("spark.ui.port", "0", "spec.sparkConf[spark.ui.port]: '0' must be between 1 and 65535"),
                conf("spark.driver.cores", "two", "spec.sparkConf[spark.driver.cores]: 'two' is not a whole number"),
                conf("spark.driver.memoryOverheadFactor", "x", "spec.sparkConf[spark.driver.memoryOverheadFactor]: 'x' is"
                        + " not a number; use e.g. 0.1"),
                conf("spark.kubernetes.driver.limit.cores", "lots", "spec.sparkConf[spark.kubernetes.driver.limit.cores]:"
                        + " 'lots' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                conf("spark.kubernetes.local.dirs.tmpfs", "yes", "spec.sparkConf[spark.kubernetes.local.dirs.tmpfs]: 'yes'"
                        + " is not true or false"),
                conf("spark.kubernetes.driver.secretKeyRef.PW", "db", "spec.sparkConf[spark.kubernetes.driver.secretKeyRef.PW]:"
                        + " 'db' is not SECRET:KEY"),
                conf("spark.driver.resource.gpu.amount", "1", "spec.sparkConf[spark.driver.resource.gpu.amount]: needs"
                        + " spark.driver.resource.gpu.vendor (the container limit is named VENDOR/gpu)"),
                conf("spark.kubernetes.driver.volumes.hostPath.data.mount.path", "/data",
                        "spec.sparkConf[spark.kubernetes.driver.volumes.hostPath.data.options.path]: required"),
                conf("spark.kubernetes.executor.volumes.secret.s.mount.path", "/s", "spec.sparkConf[spark.kubernetes.executor"
                        + ".volumes.secret.s.*]: volume type 'secret' is not one of [hostPath, persistentVolumeClaim, emptyDir, nfs]"),
                conf("spark.kubernetes.driver.volumes.emptyDir", "x",
                        "spec.sparkConf[spark.kubernetes.driver.volumes.emptyDir]: not TYPE.NAME.PROPERTY"),
                conf("spark.kubernetes.driver.label.spark-app-selector", "x",
                        "spec.sparkConf[spark.kubernetes.driver.label.*]: 'spark-app-selector' is reserved by Spark"));
    }

    static final String DNS_1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-',"
            + " start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or"
            + " 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    static final String HEX64 = "0123456789abcdef".repeat(4);

    /** kubeflow's webhook (v2.5.2 sparkconf_validator.go): every denied key, with kubeflow's message. */
    static Stream<Arguments> deniedSparkConfKeys() {
        String account = "configure the service account via the CRD spec instead";
        String credentials = "authentication credentials are managed by the operator";
        String managed = "this value is managed by the operator";
        String image = "use the image field on the CRD instead";
        return Stream.of(
                denied("spark.kubernetes.authenticate.driver.serviceAccountName", account),
                denied("spark.kubernetes.authenticate.executor.serviceAccountName", account),
                denied("spark.kubernetes.authenticate.oauthTokenFile", credentials),
                denied("spark.kubernetes.authenticate.oauthToken", credentials),
                denied("spark.kubernetes.authenticate.driver.oauthTokenFile", credentials),
                denied("spark.kubernetes.authenticate.driver.oauthToken", credentials),
                denied("spark.kubernetes.authenticate.executor.oauthTokenFile", credentials),
                denied("spark.kubernetes.authenticate.executor.oauthToken", credentials),
                denied("spark.master", managed),
                denied("spark.kubernetes.driver.master", managed),
                denied("spark.kubernetes.container.image", image),
                denied("spark.kubernetes.driver.container.image", image),
                denied("spark.kubernetes.executor.container.image", image));
    }

    /** The rest of kubeflow's webhook, and the values it lets through that a pod could never use. */
    static Stream<Arguments> admission() {
        return Stream.of(
                problem("metadata: {name: 1spark}", "invalid SparkApplication name \"1spark\": " + DNS_1035),
                problem("metadata: {name: spark.pi}", "invalid SparkApplication name \"spark.pi\": " + DNS_1035),
                problem("metadata: {name: spark-}", "invalid SparkApplication name \"spark-\": " + DNS_1035),
                problem("metadata: {name: " + "a".repeat(64) + "}", "invalid SparkApplication name \"" + "a".repeat(64)
                        + "\": must be no more than 63 characters"),
                problem("spec: {nodeSelector: {zone: a}, driver: {nodeSelector: {disk: ssd}}}",
                        "node selector cannot be defined at both SparkApplication and Driver/Executor"),
                problem("spec: {nodeSelector: {zone: a}, executor: {nodeSelector: {}}}",
                        "node selector cannot be defined at both SparkApplication and Driver/Executor"),
                problem("spec: {driverIngressOptions: [{ingressURLFormat: u}]}",
                        "spec.driverIngressOptions[0].servicePort: DriverIngressOptions has nil ServicePort"),
                problem("spec: {driverIngressOptions: [{servicePort: 4040, ingressURLFormat: a},"
                                + " {servicePort: 4040, ingressURLFormat: b}]}",
                        "spec.driverIngressOptions[1].servicePort: DriverIngressOptions has duplicate ServicePort: 4040"),
                problem("spec: {driverIngressOptions: [{servicePort: 4040, ingressURLFormat: ''}]}",
                        "spec.driverIngressOptions[0].ingressURLFormat: DriverIngressOptions has empty IngressURLFormat"),
                problem("spec: {driverIngressOptions: [{servicePort: 4040, ingressURLFormat: u}, {servicePort: 4041,"
                                + " ingressURLFormat: u}]}",
                        "spec.driverIngressOptions[1].ingressURLFormat: DriverIngressOptions has duplicate IngressURLFormat: u"),
                problem("spec: {driver: {coreRequest: 1.5Gi}}",
                        "spec.driver.coreRequest: '1.5Gi' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {executor: {coreRequest: 500M}}",
                        "spec.executor.coreRequest: '500M' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {executor: {coreRequest: '1e3'}}",
                        "spec.executor.coreRequest: '1e3' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {driver: {coreRequest: '-1'}}",
                        "spec.driver.coreRequest: '-1' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {driver: {coreRequest: ' 1'}}",
                        "spec.driver.coreRequest: ' 1' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {executor: {coreLimit: 2Ki}}",
                        "spec.executor.coreLimit: '2Ki' is not a number of cores or millicores; use e.g. 500m, 1 or 1.5"),
                problem("spec: {driver: {coreRequest: 0m}}", "spec.driver.coreRequest: '0m' must be more than 0"),
                problem("spec: {image: 'apache/spark: 4.0.0'}", "spec.image: 'apache/spark: 4.0.0' is not an image"
                        + " reference like registry.example.com/spark:4.0.0 (lower-case repository, no spaces)"),
                problem("spec: {driver: {image: Apache/Spark:4}}", "spec.driver.image: 'Apache/Spark:4' is not an image"
                        + " reference like registry.example.com/spark:4.0.0 (lower-case repository, no spaces)"),
                problem("spec: {executor: {image: 'spark:'}}", "spec.executor.image: 'spark:' is not an image"
                        + " reference like registry.example.com/spark:4.0.0 (lower-case repository, no spaces)"),
                problem("spec: {image: 'spark@sha256:abc'}", "spec.image: 'spark@sha256:abc' is not an image"
                        + " reference like registry.example.com/spark:4.0.0 (lower-case repository, no spaces)"),
                problem("spec: {image: 'https://registry/spark'}", "spec.image: 'https://registry/spark' is not an image"
                        + " reference like registry.example.com/spark:4.0.0 (lower-case repository, no spaces)"),
                problem("spec: {image: " + "a/".repeat(128) + "b}", "spec.image: '" + "a/".repeat(128) + "b' has a"
                        + " repository name longer than 255 characters"),
                problem("spec: {deps: {packages: ['org.apache.spark:spark-avro_2.13']}}",
                        "spec.deps.packages[0]: 'org.apache.spark:spark-avro_2.13' is not groupId:artifactId:version"),
                problem("spec: {deps: {packages: ['a:b:c:d']}}", "spec.deps.packages[0]: 'a:b:c:d' is not groupId:artifactId:version"),
                problem("spec: {deps: {packages: ['a::c']}}", "spec.deps.packages[0]: 'a::c' is not groupId:artifactId:version"),
                problem("spec: {deps: {packages: ['a:b:1.0', 'a b:c:1.0']}}",
                        "spec.deps.packages[1]: 'a b:c:1.0' is not groupId:artifactId:version"),
                problem("spec: {deps: {packages: ['a:b:1,c:d:2']}}",
                        "spec.deps.packages[0]: 'a:b:1,c:d:2' is not groupId:artifactId:version"),
                problem("spec: {deps: {excludePackages: ['a:b:1']}}", "spec.deps.excludePackages[0]: 'a:b:1' is not groupId:artifactId"),
                problem("spec: {deps: {excludePackages: [a]}}", "spec.deps.excludePackages[0]: 'a' is not groupId:artifactId"),
                problem("spec: {deps: {repositories: [repo.example.com/maven2]}}", "spec.deps.repositories[0]:"
                        + " 'repo.example.com/maven2' is not a repository URL like https://repo.example.com/maven2"),
                problem("spec: {deps: {repositories: ['https://a.example.com/m2,https://b.example.com/m2']}}",
                        "spec.deps.repositories[0]: 'https://a.example.com/m2,https://b.example.com/m2' is not a repository"
                                + " URL like https://repo.example.com/maven2"),
                problem("spec: {deps: {repositories: ['https://repo example.com/m2']}}", "spec.deps.repositories[0]:"
                        + " 'https://repo example.com/m2' is not a repository URL like https://repo.example.com/maven2"),
                problem("spec: {driver: {memoryLimit: 2 GB}}", "spec.driver.memoryLimit: '2 GB' is not a memory size;"
                        + " use e.g. 4g or 4Gi"),
                problem("spec: {executor: {memoryLimit: lots}}", "spec.executor.memoryLimit: 'lots' is not a memory size;"
                        + " use e.g. 4g or 4Gi"),
                problem("spec: {driver: {memoryLimit: 0g}}", "spec.driver.memoryLimit: '0g' must be more than 0"),
                problem("spec: {deps: {repositories: ['mailto:ops@example.com']}}", "spec.deps.repositories[0]:"
                        + " 'mailto:ops@example.com' is not a repository URL like https://repo.example.com/maven2"));
    }

    /** Near misses of every admission rule: they must stay accepted. */
    static Stream<String> accepted() {
        return Stream.of(
                "metadata: {name: a}",
                "metadata: {name: spark-pi-2}",
                "metadata: {name: " + "a".repeat(63) + "}",
                "spec: {sparkConf: {spark.kubernetes.namespace: spark-jobs}}",
                "spec: {sparkConf: {spark.kubernetes.authenticate.submission.caCertFile: /ca, spark.masterx: y}}",
                "spec: {sparkConf: {spark.kubernetes.container.image.pullPolicy: Always}}",
                "spec: {nodeSelector: {zone: a}}",
                "spec: {driver: {nodeSelector: {disk: ssd}}, executor: {nodeSelector: {disk: hdd}}}",
                "spec: {driverIngressOptions: [{servicePort: 4040, ingressURLFormat: a}, {servicePort: 4041, ingressURLFormat: b}]}",
                "spec: {driver: {coreRequest: 500m, coreLimit: '1.5'}, executor: {coreRequest: '.5', coreLimit: '2.'}}",
                "spec: {driver: {coreRequest: '0.1'}, executor: {coreRequest: 2500m, coreLimit: '4'}}",
                "spec: {image: spark}",
                "spec: {image: 'localhost:5000/spark:4.0.0'}",
                "spec: {image: 'registry.example.com/team/spark_jobs/spark:3.5.6-java17'}",
                "spec: {image: 'ghcr.io/apache/spark@sha256:" + HEX64 + "'}",
                "spec: {image: 'ghcr.io/apache/spark:4.0.0@sha256:" + HEX64 + "'}",
                "spec: {driver: {image: 'my-registry.local:443/a__b/c---d:v1.0_RC'}}",
                "spec: {deps: {packages: ['org.apache.spark:spark-avro_2.13:4.0.0', 'io.delta/delta-spark_2.13:3.2.0']}}",
                "spec: {deps: {excludePackages: ['com.google.guava:guava']}}",
                "spec: {driver: {memoryLimit: 2g}, executor: {memoryLimit: 3Gi}}",
                "spec: {driver: {memoryLimit: 1536MB}, executor: {memoryLimit: '4294967296'}}",
                "spec: {deps: {repositories: ['https://repo1.maven.org/maven2', 'http://nexus:8081/repository/public/',"
                        + " 'file:///opt/m2']}}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deniedSparkConfKeys")
    void refusesTheSparkConfKeysKubeflowDenies(String patch, String message) {
        assertEquals(List.of(message), SpecValidator.problems(app(patch)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("admission")
    void refusesWhatKubeflowsWebhookRefusesAndWhatNoPodCouldUse(String patch, String message) {
        assertEquals(List.of(message), SpecValidator.problems(app(patch)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptsNearMisses(String patch) {
        assertEquals(List.of(), SpecValidator.problems(app(patch)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("problems")
    void reportsTheProblemNamingFieldAndValue(String patch, String message) {
        assertEquals(List.of(message), SpecValidator.problems(app(patch)));
    }

    @Test
    void aValidApplicationHasNoProblems() {
        assertEquals(List.of(), SpecValidator.problems(app("{}")));
    }

    @Test
    void onDemandClaimsAreForExecutorsOnly() {
        String driverClaim = "spark.kubernetes.driver.volumes.persistentVolumeClaim.data.";
        SparkApplication app = app("spec: {sparkConf: {" + driverClaim + "mount.path: /d, " + driverClaim
                + "options.claimName: OnDemand}}");
        assertEquals(List.of("spec.sparkConf[" + driverClaim + "*]: on-demand claims are not supported for the driver;"
                + " create the claim first"), SpecValidator.problems(app));
    }

    @Test
    void anUnreadableSpecIsReportedAsRead() {
        SparkApplication app = Manifests.SERIALIZATION.unmarshal(
                Golden.parseYaml(VALID).toString().replace("\"cores\":1,\"memory\"", "\"cores\":\"two\",\"memory\""),
                SparkApplication.class);
        assertEquals(List.of("spec.driver.cores: \"two\" is not an integer"), SpecValidator.problems(app));
    }

    @Test
    void nothingAtAllIsReportedNotThrown() {
        SparkApplication empty = new SparkApplication();
        empty.setMetadata(null);
        empty.setSpec(null);
        assertEquals(List.of("metadata.name: required", "metadata.namespace: required"), SpecValidator.problems(empty));
        empty.setMetadata(new ObjectMeta());
        assertEquals(List.of("metadata.name: required", "metadata.namespace: required", "spec: required"),
                SpecValidator.problems(empty));
        empty.setSpec(new SparkApplicationSpec());
        assertDoesNotThrow(() -> SpecValidator.problems(empty));
    }

    private static Arguments problem(String patch, String message) {
        return Arguments.of(patch, message);
    }

    private static Arguments denied(String key, String reason) {
        return Arguments.of("spec: {sparkConf: {'" + key + "': x}}", "sparkConf key \"" + key + "\" is not allowed: " + reason);
    }

    private static Arguments conf(String key, String value, String message) {
        return Arguments.of("spec: {sparkConf: {'" + key + "': '" + value + "'}}", message);
    }

    /** VALID with {@code patch} merged in (JSON merge patch: null removes a field). */
    public static SparkApplication app(String patch) {
        JsonNode merged = merge(Golden.parseYaml(VALID), Golden.parseYaml(patch));
        return Manifests.SERIALIZATION.unmarshal(merged.toString(), SparkApplication.class);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject() || !target.isObject()) {
            return patch;
        }
        ObjectNode result = ((ObjectNode) target).deepCopy();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), result.has(e.getKey()) ? merge(result.get(e.getKey()), e.getValue()) : e.getValue());
            }
        });
        return result;
    }
}
