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
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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
            super(PrunedStore::withoutWriteHistory);
        }
    }

    /** The ScheduledSparkApplication controller's primary cache. */
    public static class Schedules extends PrunedStore<ScheduledSparkApplication> {
        public Schedules() {
            super(PrunedStore::withoutWriteHistory);
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
     * What the reconciler, metrics and dashboard read of a pod: its identity, labels, annotations and
     * owners, the node and scheduler, the containers' names and images, and the whole status.
     */
    static Pod asRead(Pod pod) {
        ObjectMeta meta = pod.getMetadata();
        PodSpec spec = pod.getSpec();
        return new PodBuilder()
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
                        .withAnnotations(withoutLastApplied(meta.getAnnotations()))
                        .withOwnerReferences(meta.getOwnerReferences())
                        .build())
                .withSpec(spec == null ? null : new PodSpecBuilder()
                        .withNodeName(spec.getNodeName())
                        .withSchedulerName(spec.getSchedulerName())
                        .withContainers(namesAndImages(spec.getContainers()))
                        .withInitContainers(namesAndImages(spec.getInitContainers()))
                        .build())
                .withStatus(pod.getStatus())
                .build();
    }

    private static List<Container> namesAndImages(List<Container> containers) {
        return containers == null ? null : containers.stream()
                .map(c -> new ContainerBuilder().withName(c.getName()).withImage(c.getImage()).build())
                .toList();
    }

    private static Map<String, String> withoutLastApplied(Map<String, String> annotations) {
        if (annotations == null || !annotations.containsKey(LAST_APPLIED)) {
            return annotations;
        }
        annotations.remove(LAST_APPLIED);
        return annotations;
    }
}
