package io.sparkop.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.sparkop.api.DriverInfo;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.api.SparkPodSpec;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An informer store that keeps only what the operator reads, so a finished application costs a few
 * kilobytes for as long as it exists. Nothing reads managedFields or kubectl's last-applied copy of the
 * spec (status writes go to the status subresource, which ignores metadata), nor a pod's volumes,
 * environment or resources once it is created.
 */
public class PrunedStore<T extends HasMetadata> extends BasicItemStore<T> {

    public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final UnaryOperator<T> prune;

    protected PrunedStore(UnaryOperator<T> prune) {
        super(Cache::metaNamespaceKeyFunc);
        this.prune = prune;
    }

    @Override
    public T put(String key, T object) {
        return super.put(key, prune.apply(object));
    }

    /** The SparkApplication controller's primary cache. */
    public static class Applications extends PrunedStore<SparkApplication> {
        public Applications() {
            super(app -> compacted(withoutWriteHistory(app)));
        }
    }

    /** The ScheduledSparkApplication controller's primary cache. */
    public static class Schedules extends PrunedStore<ScheduledSparkApplication> {
        public Schedules() {
            super(schedule -> {
                CompactModel.meta(withoutWriteHistory(schedule).getMetadata());
                return schedule;
            });
        }
    }

    /** Driver and executor pods. */
    public static class Pods extends PrunedStore<Pod> {
        public Pods() {
            super(PrunedStore::asRead);
        }
    }

    /** The object itself, without managedFields and kubectl's last-applied annotation (the informer's own copy). */
    static <T extends HasMetadata> T withoutWriteHistory(T object) {
        ObjectMeta meta = object.getMetadata();
        if (meta != null) {
            meta.setManagedFields(null);
            if (meta.getAnnotations() != null && meta.getAnnotations().containsKey(LAST_APPLIED)) {
                meta.getAnnotations().remove(LAST_APPLIED);
            }
        }
        return object;
    }

    /**
     * The application with its metadata and status compacted ({@link CompactModel}) and the strings of its spec
     * that repeat across applications (image, main class and file, versions, sizes, service account) shared.
     */
    static SparkApplication compacted(SparkApplication app) {
        CompactModel.meta(app.getMetadata());
        SparkApplicationStatus status = app.getStatus();
        if (status != null) {
            status.setSubmissionID(CompactModel.shared(status.getSubmissionID()));
            status.setLastSubmissionAttemptTime(CompactModel.shared(status.getLastSubmissionAttemptTime()));
            status.setTerminationTime(CompactModel.shared(status.getTerminationTime()));
            status.setSpecHash(CompactModel.shared(status.getSpecHash()));
            status.setConditions(CompactModel.compacted(status.getConditions(), CompactModel::condition));
            DriverInfo driver = status.getDriverInfo();
            if (driver != null) {
                driver.setPodName(CompactModel.shared(driver.getPodName()));
                driver.setWebUIServiceName(CompactModel.shared(driver.getWebUIServiceName()));
                driver.setWebUIAddress(CompactModel.shared(driver.getWebUIAddress()));
            }
        }
        SparkApplicationSpec spec = app.getSpec();
        if (spec != null) {
            spec.setImage(CompactModel.shared(spec.getImage()));
            spec.setImagePullPolicy(CompactModel.shared(spec.getImagePullPolicy()));
            spec.setMainClass(CompactModel.shared(spec.getMainClass()));
            spec.setMainApplicationFile(CompactModel.shared(spec.getMainApplicationFile()));
            spec.setSparkVersion(CompactModel.shared(spec.getSparkVersion()));
            spec.setArguments(CompactModel.sharedStrings(spec.getArguments()));
            spec.setSparkConf(CompactModel.shared(spec.getSparkConf()));
            spec.setHadoopConf(CompactModel.shared(spec.getHadoopConf()));
            compacted(spec.getDriver());
            compacted(spec.getExecutor());
        }
        return app;
    }

    private static void compacted(SparkPodSpec pod) {
        if (pod != null) {
            pod.setImage(CompactModel.shared(pod.getImage()));
            pod.setMemory(CompactModel.shared(pod.getMemory()));
            pod.setMemoryOverhead(CompactModel.shared(pod.getMemoryOverhead()));
            pod.setCoreLimit(CompactModel.shared(pod.getCoreLimit()));
            pod.setServiceAccount(CompactModel.shared(pod.getServiceAccount()));
            pod.setLabels(CompactModel.shared(pod.getLabels()));
            pod.setAnnotations(CompactModel.shared(pod.getAnnotations()));
        }
    }

    /**
     * What the reconciler, metrics and dashboard read of a pod: its identity, labels, annotations and
     * owners, the node and scheduler, the containers' names and images, and the whole status but its
     * containers' runtime IDs (unread, and a string per container no other object shares) and, once the pod
     * has finished, its conditions (read only while a pod is Pending or Running: {@code PodTrouble}, Spark
     * Connect's readiness).
     */
    static Pod asRead(Pod pod) {
        // the watched pod's own metadata too: the informer hands it to JOSDK, whose ids of the pod and its
        // application then hold the shared strings rather than copies
        ObjectMeta meta = CompactModel.meta(withoutWriteHistory(pod).getMetadata());
        PodSpec spec = pod.getSpec();
        Pod cached = new PodBuilder()
                .withApiVersion(pod.getApiVersion())
                .withKind(pod.getKind())
                .withMetadata(new ObjectMetaBuilder()
                        .withName(meta.getName())
                        .withNamespace(meta.getNamespace())
                        .withUid(meta.getUid())
                        .withResourceVersion(meta.getResourceVersion())
                        .withGeneration(meta.getGeneration())
                        .withCreationTimestamp(meta.getCreationTimestamp())
                        .withDeletionTimestamp(meta.getDeletionTimestamp())
                        .withDeletionGracePeriodSeconds(meta.getDeletionGracePeriodSeconds())
                        .withLabels(meta.getLabels())
                        .withAnnotations(meta.getAnnotations())
                        .withOwnerReferences(meta.getOwnerReferences())
                        .build())
                .withSpec(spec == null ? null : new PodSpecBuilder()
                        .withNodeName(spec.getNodeName())
                        .withSchedulerName(spec.getSchedulerName())
                        .withContainers(namesAndImages(spec.getContainers()))
                        .withInitContainers(namesAndImages(spec.getInitContainers()))
                        .build())
                .build();
        CompactModel.meta(cached.getMetadata());
        cached.setApiVersion(CompactModel.shared(cached.getApiVersion()));
        cached.setKind(CompactModel.shared(cached.getKind()));
        cached.setAdditionalProperties(CompactModel.additional(cached.getAdditionalProperties()));
        CompactModel.podSpec(cached.getSpec());
        // the informer's own object, read in place: the builder's copy would repeat its empty collections
        cached.setStatus(withoutFinishedConditions(withoutContainerIds(CompactModel.podStatus(pod.getStatus()))));
        return cached;
    }

    private static PodStatus withoutFinishedConditions(PodStatus status) {
        if (status != null && ("Succeeded".equals(status.getPhase()) || "Failed".equals(status.getPhase()))) {
            status.setConditions(List.of());
        }
        return status;
    }

    private static PodStatus withoutContainerIds(PodStatus status) {
        if (status != null) {
            Stream.of(status.getInitContainerStatuses(), status.getContainerStatuses(), status.getEphemeralContainerStatuses())
                    .filter(Objects::nonNull)
                    .flatMap(List::stream)
                    .forEach(container -> {
                        container.setContainerID(null);
                        Stream.of(container.getState(), container.getLastState())
                                .filter(state -> state != null && state.getTerminated() != null)
                                .forEach(state -> state.getTerminated().setContainerID(null));
                    });
        }
        return status;
    }

    private static List<Container> namesAndImages(List<Container> containers) {
        return containers == null ? null : containers.stream()
                .map(c -> new ContainerBuilder().withName(c.getName()).withImage(c.getImage()).build())
                .toList();
    }
}
