package io.sparkop.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkConnect;
import io.sparkop.submit.kubeflow.KubeflowPodConf;
import io.sparkop.submit.spark.PropertiesText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a SparkConnect's server pod, its ConfigMap and its Service, as kubeflow's sparkconnect
 * reconciler does (mutateServerPod, mutateConfigMap, mutateServerService), from a spec that
 * {@link ConnectProblems} found valid. Pure: no client, no clock.
 */
public final class ConnectServerBuilder {

    /** The digest of what the server was built from: a different one means the spec changed. */
    public static final String HASH_ANNOTATION = "sparkop.io/spark-connect-hash";
    static final String CONF_VOLUME = "spark-connect-conf";
    /**
     * The server's command: Spark's start script, in the foreground, reading the mounted properties;
     * only the pod IP (bracketed when IPv6, as kubeflow does) is added on the command line.
     */
    static final String START_SCRIPT = "host=\"${POD_IP}\"; case \"$host\" in *:*) host=\"[$host]\" ;; esac; "
            + "exec \"${SPARK_HOME}/sbin/start-connect-server.sh\" --properties-file "
            + ConnectConf.CONF_DIR + "/" + ConnectConf.PROPERTIES_FILE + " --conf \"spark.driver.host=$host\"";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public static ConnectResources build(SparkConnect conn) {
        ConfigMap configMap = configMap(conn);
        Pod pod = serverPod(conn);
        Service service = service(conn);
        String hash = hash(pod, configMap, service);
        pod.getMetadata().getAnnotations().put(HASH_ANNOTATION, hash);
        return new ConnectResources(pod, configMap, service, hash);
    }

    static ConfigMap configMap(SparkConnect conn) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(ConnectConf.PROPERTIES_FILE,
                PropertiesText.undated("Spark Connect server of SparkConnect " + conn.getMetadata().getNamespace()
                        + "/" + conn.getMetadata().getName(), ConnectConf.properties(conn)));
        var template = conn.getSpec().getExecutor().getTemplate();
        if (template != null) {
            data.put(ConnectConf.EXECUTOR_TEMPLATE_FILE, SERIALIZATION.asYaml(template).replaceFirst("^---\n", ""));
        }
        return new ConfigMapBuilder()
                .withMetadata(owned(conn, ConnectNames.configMap(conn), commonLabels(conn)))
                .withData(data)
                .build();
    }

    /** spec.server.template, with the server container completed (kubeflow's mutateServerPod). */
    static Pod serverPod(SparkConnect conn) {
        var template = conn.getSpec().getServer().getTemplate();
        ObjectMeta templateMeta = template == null || template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
        PodSpec spec = template == null || template.getSpec() == null ? new PodSpec() : new PodSpecBuilder(template.getSpec()).build();
        Map<String, String> labels = new LinkedHashMap<>(orEmpty(templateMeta.getLabels()));
        labels.putAll(serverSelector(conn));
        labels.put(Labels.SPARK_VERSION, conn.getSpec().getSparkVersion());
        ObjectMeta meta = owned(conn, ConnectNames.serverPod(conn), labels);
        meta.setAnnotations(new LinkedHashMap<>(orEmpty(templateMeta.getAnnotations())));

        List<Container> containers = new ArrayList<>(spec.getContainers());
        if (containers.isEmpty()) {
            containers.add(new ContainerBuilder().withName(KubeflowPodConf.DRIVER_CONTAINER).build());
        }
        int index = serverContainerIndex(containers);
        containers.set(index, serverContainer(conn, containers.get(index)));
        spec.setContainers(containers);
        spec.getVolumes().add(confVolume(conn));
        return new PodBuilder().withMetadata(meta).withSpec(spec).build();
    }

    /** The container named spark-kubernetes-driver, else the first one, as kubeflow picks it. */
    static int serverContainerIndex(List<Container> containers) {
        for (int i = 0; i < containers.size(); i++) {
            if (KubeflowPodConf.DRIVER_CONTAINER.equals(containers.get(i).getName())) {
                return i;
            }
        }
        return 0;
    }

    private static Container serverContainer(SparkConnect conn, Container fromTemplate) {
        var container = new ContainerBuilder(fromTemplate);
        if (!ConnectConf.notBlank(fromTemplate.getImage())) {
            container.withImage(conn.getSpec().getImage());
        }
        return container
                .withCommand("bash", "-c")
                .withArgs(START_SCRIPT)
                .addToEnv(new EnvVarBuilder().withName("POD_IP")
                        .withNewValueFrom().withNewFieldRef().withFieldPath("status.podIP").endFieldRef().endValueFrom()
                        .build())
                .addToEnv(new EnvVarBuilder().withName("SPARK_NO_DAEMONIZE").withValue("true").build())
                .addToVolumeMounts(new VolumeMountBuilder().withName(CONF_VOLUME)
                        .withMountPath(ConnectConf.CONF_DIR).withReadOnly(true).build())
                .build();
    }

    private static io.fabric8.kubernetes.api.model.Volume confVolume(SparkConnect conn) {
        List<KeyToPath> items = new ArrayList<>();
        items.add(new KeyToPath(ConnectConf.PROPERTIES_FILE, null, ConnectConf.PROPERTIES_FILE));
        if (conn.getSpec().getExecutor().getTemplate() != null) {
            items.add(new KeyToPath(ConnectConf.EXECUTOR_TEMPLATE_FILE, null, ConnectConf.EXECUTOR_TEMPLATE_FILE));
        }
        return new VolumeBuilder().withName(CONF_VOLUME)
                .withNewConfigMap().withName(ConnectNames.configMap(conn)).withItems(items).endConfigMap()
                .build();
    }

    /** spec.server.service if given (its name and namespace replaced), with kubeflow's four ports. */
    static Service service(SparkConnect conn) {
        Service fromSpec = conn.getSpec().getServer().getService();
        ObjectMeta specMeta = fromSpec == null || fromSpec.getMetadata() == null ? new ObjectMeta() : fromSpec.getMetadata();
        ServiceSpec spec = fromSpec == null || fromSpec.getSpec() == null ? new ServiceSpec() : new ServiceSpecBuilder(fromSpec.getSpec()).build();
        Map<String, String> labels = new LinkedHashMap<>(orEmpty(specMeta.getLabels()));
        labels.putAll(commonLabels(conn));
        ObjectMeta meta = owned(conn, ConnectNames.service(conn), labels);
        if (specMeta.getAnnotations() != null) {
            meta.setAnnotations(new LinkedHashMap<>(specMeta.getAnnotations()));
        }
        spec.setPorts(List.of(
                port("driver-rpc", ConnectNames.DRIVER_PORT, "tcp"),
                port("blockmanager", ConnectNames.BLOCK_MANAGER_PORT, "tcp"),
                port("web-ui", ConnectNames.UI_PORT, "http"),
                port("spark-connect-server", ConnectNames.GRPC_PORT, "grpc")));
        Map<String, String> selector = new LinkedHashMap<>(orEmpty(spec.getSelector()));
        selector.putAll(serverSelector(conn));
        spec.setSelector(selector);
        return new ServiceBuilder().withMetadata(meta).withSpec(spec).build();
    }

    private static ServicePort port(String name, int port, String appProtocol) {
        return new ServicePortBuilder().withName(name).withPort(port).withNewTargetPort(port)
                .withProtocol("TCP").withAppProtocol(appProtocol).build();
    }

    /** kubeflow's GetCommonLabels: on the ConfigMap and the Service. */
    static Map<String, String> commonLabels(SparkConnect conn) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.CREATED_BY_OPERATOR, "true");
        labels.put(Labels.CONNECT_NAME, conn.getMetadata().getName());
        return labels;
    }

    /** kubeflow's GetServerSelectorLabels less spark-version, so that a version change keeps the Service's pod. */
    static Map<String, String> serverSelector(SparkConnect conn) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.LAUNCHED_BY_OPERATOR, "true");
        labels.put(Labels.CONNECT_NAME, conn.getMetadata().getName());
        labels.put(Labels.SPARK_ROLE, Labels.ROLE_CONNECT_SERVER);
        return labels;
    }

    /** kubeflow's ctrl.SetControllerReference. */
    public static OwnerReference owner(SparkConnect conn) {
        return new OwnerReferenceBuilder()
                .withApiVersion(SparkApplication.GROUP + "/" + SparkConnect.VERSION)
                .withKind("SparkConnect")
                .withName(conn.getMetadata().getName())
                .withUid(conn.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build();
    }

    private static ObjectMeta owned(SparkConnect conn, String name, Map<String, String> labels) {
        ObjectMeta meta = new ObjectMeta();
        meta.setName(name);
        meta.setNamespace(conn.getMetadata().getNamespace());
        meta.setLabels(labels);
        meta.setOwnerReferences(List.of(owner(conn)));
        return meta;
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    private static String hash(Pod pod, ConfigMap configMap, Service service) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(List.of(pod, configMap, service));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a SparkConnect's resources", e);
        }
    }

    private ConnectServerBuilder() {
    }
}
