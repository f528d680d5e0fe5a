package io.sparkop.submit.kubeflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.sparkop.api.SparkApplication;
import io.sparkop.submit.DriverResourcesBuilder;
import io.sparkop.submit.DriverResourcesConformanceTest;
import io.sparkop.submit.SpecValidatorTest;
import io.sparkop.testing.Golden.GoldenCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver-side fields kubeflow's pod webhook sets, which the conformance test can only list as
 * ours alone (Spark's output has none): here, their values.
 */
class KubeflowPodMutationTest {

    @Test
    void webhookOnlyFieldsLandOnTheDriverPod() {
        SparkApplication app = SpecValidatorTest.app("""
                spec:
                  driver:
                    tolerations: [{key: dedicated, operator: Equal, value: spark, effect: NoSchedule}]
                    podSecurityContext: {runAsNonRoot: true, fsGroup: 185}
                    securityContext: {allowPrivilegeEscalation: false}
                    sidecars: [{name: log-shipper, image: 'fluent/fluent-bit:3.0'}]
                    initContainers: [{name: wait, image: 'busybox:1.36'}]
                    hostNetwork: true
                    dnsConfig: {nameservers: [10.0.0.10]}
                    hostAliases: [{ip: 10.1.2.3, hostnames: [metastore.local]}]
                    schedulerName: custom-scheduler
                    terminationGracePeriodSeconds: 60
                    shareProcessNamespace: true
                    priorityClassName: high-priority
                    lifecycle: {preStop: {exec: {command: [sleep, '5']}}}
                    ports: [{name: jdwp, containerPort: 5005, protocol: TCP}]
                    nodeSelector: {node-role: driver}
                    gpu: {name: nvidia.com/gpu, quantity: 1}
                """);
        PodSpec pod = build(app).getSpec();
        assertEquals("dedicated", pod.getTolerations().get(0).getKey());
        assertEquals(185L, pod.getSecurityContext().getFsGroup());
        assertEquals(List.of("spark-kubernetes-driver", "log-shipper"), pod.getContainers().stream().map(Container::getName).toList());
        assertEquals("wait", pod.getInitContainers().get(0).getName());
        assertEquals(true, pod.getHostNetwork());
        assertEquals("ClusterFirstWithHostNet", pod.getDnsPolicy());
        assertEquals(List.of("10.0.0.10"), pod.getDnsConfig().getNameservers());
        assertEquals("10.1.2.3", pod.getHostAliases().get(0).getIp());
        assertEquals("custom-scheduler", pod.getSchedulerName());
        assertEquals(60L, pod.getTerminationGracePeriodSeconds());
        assertEquals(true, pod.getShareProcessNamespace());
        assertEquals("high-priority", pod.getPriorityClassName());
        assertEquals("driver", pod.getNodeSelector().get("node-role"));
        Container driver = pod.getContainers().get(0);
        assertEquals(false, driver.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("sleep", "5"), driver.getLifecycle().getPreStop().getExec().getCommand());
        assertTrue(driver.getPorts().stream().anyMatch(p -> p.getName().equals("jdwp") && p.getContainerPort() == 5005));
        assertEquals(new Quantity("1"), driver.getResources().getLimits().get("nvidia.com/gpu"));
    }

    @Test
    void configMapsAreMountedReadOnlyWithTheirEnvironment() {
        Pod pod = build(new GoldenCase("configmaps", "4.2.0").application());
        Container driver = pod.getSpec().getContainers().get(0);
        assertEquals("/etc/app", mountPath(driver, "app-config-vol"));
        assertEquals("/etc/spark/conf", mountPath(driver, "spark-configmap-volume"));
        assertEquals("/etc/hadoop/conf", mountPath(driver, "hadoop-configmap-volume"));
        // kubeflow appends a second SPARK_CONF_DIR after Spark's own; Kubernetes uses the last one
        assertEquals(List.of("/opt/spark/conf", "/etc/spark/conf"), driver.getEnv().stream()
                .filter(e -> e.getName().equals("SPARK_CONF_DIR")).map(EnvVar::getValue).toList());
    }

    @Test
    void theBatchSchedulerWinsOverTheDriversScheduler() {
        SparkApplication app = SpecValidatorTest.app("spec: {batchScheduler: volcano, driver: {schedulerName: mine}}");
        assertEquals("volcano", build(app).getSpec().getSchedulerName());
    }

    @Test
    void aDriverTemplateTurnsTheWebhookOff() {
        SparkApplication app = SpecValidatorTest.app("""
                spec:
                  driver:
                    tolerations: [{key: dedicated, operator: Exists}]
                    template: {spec: {containers: [{name: spark-kubernetes-driver}]}}
                """);
        Pod pod = build(app);
        assertEquals(List.of(), pod.getSpec().getTolerations());
        assertEquals(null, pod.getMetadata().getLabels().get(io.sparkop.api.Labels.MUTATED_BY_OPERATOR));
    }

    @Test
    void theApplicationOwnsItsDriverPod() {
        SparkApplication app = SpecValidatorTest.app("metadata: {uid: 1234}");
        var owner = build(app).getMetadata().getOwnerReferences().get(0);
        assertEquals(List.of("sparkoperator.k8s.io/v1beta2", "SparkApplication", "spark-pi", "1234", true, true),
                List.of(owner.getApiVersion(), owner.getKind(), owner.getName(), owner.getUid(), owner.getController(),
                        owner.getBlockOwnerDeletion()));
    }

    private static Pod build(SparkApplication app) {
        return DriverResourcesBuilder.build(app, DriverResourcesConformanceTest.SUBMISSION).driverPod();
    }

    private static String mountPath(Container container, String volume) {
        return container.getVolumeMounts().stream().filter(m -> m.getName().equals(volume)).findFirst().orElseThrow().getMountPath();
    }
}
