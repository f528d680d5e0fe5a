package io.sparkop.kube;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HostIP;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes objects that caches keep for a long time small, in place: their strings interned (namespaces, label
 * keys and values, kinds, condition types, timestamps, images and the names and uids several objects carry
 * repeat across thousands of cached objects), and their empty collections replaced by shared immutable ones
 * (every fabric8 model object creates an {@code additionalProperties} map, and ObjectMeta five more
 * collections, whether used or not), maps of strings (labels, annotations) held in one array. Values, and so
 * JSON, equality and every getter's answer, stay the same; those collections become unmodifiable, so a
 * cached object must not be edited in place (the controllers' own copies are clones; nothing else writes
 * to caches).
 */
public final class CompactModel {

    private CompactModel() {
    }

    /** The JVM's one copy of this string; the string table holds it only while something else does. */
    public static String shared(String value) {
        return value == null ? null : value.intern();
    }

    /**
     * A map of strings with shared keys and values, unmodifiable, in the same order ({@link OrderedStringMap});
     * the shared empty map when empty.
     */
    public static Map<String, String> shared(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return values == null ? null : Map.of();
        }
        return values instanceof OrderedStringMap ? values : new OrderedStringMap(values, CompactModel::shared);
    }

    /** A list of strings, shared, in a list of its exact size; the shared empty list when empty. */
    public static List<String> sharedStrings(List<String> values) {
        return compacted(values, CompactModel::shared);
    }

    /** The shared empty map for an empty one (a model object's unused {@code additionalProperties}), else the map itself. */
    public static <K, V> Map<K, V> additional(Map<K, V> properties) {
        return properties != null && properties.isEmpty() ? Map.of() : properties;
    }

    /** The shared empty list for an empty one, else the list itself. */
    private static <T> List<T> emptyShared(List<T> values) {
        return values != null && values.isEmpty() ? List.of() : values;
    }

    public static ObjectMeta meta(ObjectMeta meta) {
        if (meta == null) {
            return null;
        }
        meta.setName(shared(meta.getName()));
        meta.setGenerateName(shared(meta.getGenerateName()));
        meta.setNamespace(shared(meta.getNamespace()));
        meta.setUid(shared(meta.getUid()));
        meta.setResourceVersion(shared(meta.getResourceVersion()));
        meta.setCreationTimestamp(shared(meta.getCreationTimestamp()));
        meta.setDeletionTimestamp(shared(meta.getDeletionTimestamp()));
        meta.setLabels(shared(meta.getLabels()));
        meta.setAnnotations(shared(meta.getAnnotations()));
        meta.setFinalizers(sharedStrings(meta.getFinalizers()));
        meta.setManagedFields(emptyShared(meta.getManagedFields()));
        meta.setOwnerReferences(compacted(meta.getOwnerReferences(), CompactModel::owner));
        meta.setAdditionalProperties(additional(meta.getAdditionalProperties()));
        return meta;
    }

    /** A pod's spec as a cache keeps it: its collections that are empty shared, its names and images shared. */
    public static PodSpec podSpec(PodSpec spec) {
        if (spec == null) {
            return null;
        }
        spec.setNodeName(shared(spec.getNodeName()));
        spec.setSchedulerName(shared(spec.getSchedulerName()));
        spec.setContainers(compacted(spec.getContainers(), CompactModel::container));
        spec.setInitContainers(compacted(spec.getInitContainers(), CompactModel::container));
        spec.setEphemeralContainers(emptyShared(spec.getEphemeralContainers()));
        spec.setHostAliases(emptyShared(spec.getHostAliases()));
        spec.setImagePullSecrets(emptyShared(spec.getImagePullSecrets()));
        spec.setReadinessGates(emptyShared(spec.getReadinessGates()));
        spec.setResourceClaims(emptyShared(spec.getResourceClaims()));
        spec.setSchedulingGates(emptyShared(spec.getSchedulingGates()));
        spec.setTolerations(emptyShared(spec.getTolerations()));
        spec.setTopologySpreadConstraints(emptyShared(spec.getTopologySpreadConstraints()));
        spec.setVolumes(emptyShared(spec.getVolumes()));
        spec.setNodeSelector(shared(spec.getNodeSelector()));
        spec.setOverhead(additional(spec.getOverhead()));
        spec.setAdditionalProperties(additional(spec.getAdditionalProperties()));
        return spec;
    }

    static Container container(Container container) {
        container.setName(shared(container.getName()));
        container.setImage(shared(container.getImage()));
        container.setArgs(sharedStrings(container.getArgs()));
        container.setCommand(sharedStrings(container.getCommand()));
        container.setEnv(emptyShared(container.getEnv()));
        container.setEnvFrom(emptyShared(container.getEnvFrom()));
        container.setPorts(emptyShared(container.getPorts()));
        container.setResizePolicy(emptyShared(container.getResizePolicy()));
        container.setVolumeDevices(emptyShared(container.getVolumeDevices()));
        container.setVolumeMounts(emptyShared(container.getVolumeMounts()));
        container.setAdditionalProperties(additional(container.getAdditionalProperties()));
        return container;
    }

    static OwnerReference owner(OwnerReference owner) {
        owner.setApiVersion(shared(owner.getApiVersion()));
        owner.setKind(shared(owner.getKind()));
        owner.setName(shared(owner.getName()));
        owner.setUid(shared(owner.getUid()));
        owner.setAdditionalProperties(additional(owner.getAdditionalProperties()));
        return owner;
    }

    /** A condition of a custom resource's status (ours: SparkApplication's and ScheduledSparkApplication's). */
    public static Condition condition(Condition condition) {
        condition.setType(shared(condition.getType()));
        condition.setStatus(shared(condition.getStatus()));
        condition.setReason(shared(condition.getReason()));
        condition.setMessage(shared(condition.getMessage()));
        condition.setLastTransitionTime(shared(condition.getLastTransitionTime()));
        condition.setAdditionalProperties(additional(condition.getAdditionalProperties()));
        return condition;
    }

    public static PodStatus podStatus(PodStatus status) {
        if (status == null) {
            return null;
        }
        status.setPhase(shared(status.getPhase()));
        status.setReason(shared(status.getReason()));
        status.setMessage(shared(status.getMessage()));
        status.setHostIP(shared(status.getHostIP()));
        status.setPodIP(shared(status.getPodIP()));
        status.setNominatedNodeName(shared(status.getNominatedNodeName()));
        status.setQosClass(shared(status.getQosClass()));
        status.setStartTime(shared(status.getStartTime()));
        status.setConditions(compacted(status.getConditions(), CompactModel::podCondition));
        status.setContainerStatuses(compacted(status.getContainerStatuses(), CompactModel::containerStatus));
        status.setInitContainerStatuses(compacted(status.getInitContainerStatuses(), CompactModel::containerStatus));
        status.setEphemeralContainerStatuses(compacted(status.getEphemeralContainerStatuses(), CompactModel::containerStatus));
        status.setHostIPs(compacted(status.getHostIPs(), CompactModel::hostIp));
        status.setPodIPs(compacted(status.getPodIPs(), CompactModel::podIp));
        status.setResourceClaimStatuses(emptyShared(status.getResourceClaimStatuses()));
        status.setAdditionalProperties(additional(status.getAdditionalProperties()));
        return status;
    }

    static PodCondition podCondition(PodCondition condition) {
        condition.setType(shared(condition.getType()));
        condition.setStatus(shared(condition.getStatus()));
        condition.setReason(shared(condition.getReason()));
        condition.setMessage(shared(condition.getMessage()));
        condition.setLastProbeTime(shared(condition.getLastProbeTime()));
        condition.setLastTransitionTime(shared(condition.getLastTransitionTime()));
        condition.setAdditionalProperties(additional(condition.getAdditionalProperties()));
        return condition;
    }

    static ContainerStatus containerStatus(ContainerStatus status) {
        status.setName(shared(status.getName()));
        status.setImage(shared(status.getImage()));
        status.setImageID(shared(status.getImageID()));
        status.setContainerID(shared(status.getContainerID()));
        status.setState(containerState(status.getState()));
        status.setLastState(containerState(status.getLastState()));
        status.setAllocatedResourcesStatus(emptyShared(status.getAllocatedResourcesStatus()));
        status.setVolumeMounts(emptyShared(status.getVolumeMounts()));
        status.setAllocatedResources(additional(status.getAllocatedResources()));
        status.setAdditionalProperties(additional(status.getAdditionalProperties()));
        return status;
    }

    static ContainerState containerState(ContainerState state) {
        if (state == null) {
            return null;
        }
        if (state.getRunning() != null) {
            state.getRunning().setStartedAt(shared(state.getRunning().getStartedAt()));
            state.getRunning().setAdditionalProperties(additional(state.getRunning().getAdditionalProperties()));
        }
        if (state.getTerminated() != null) {
            var terminated = state.getTerminated();
            terminated.setReason(shared(terminated.getReason()));
            terminated.setMessage(shared(terminated.getMessage()));
            terminated.setContainerID(shared(terminated.getContainerID()));
            terminated.setStartedAt(shared(terminated.getStartedAt()));
            terminated.setFinishedAt(shared(terminated.getFinishedAt()));
            terminated.setAdditionalProperties(additional(terminated.getAdditionalProperties()));
        }
        if (state.getWaiting() != null) {
            state.getWaiting().setReason(shared(state.getWaiting().getReason()));
            state.getWaiting().setMessage(shared(state.getWaiting().getMessage()));
            state.getWaiting().setAdditionalProperties(additional(state.getWaiting().getAdditionalProperties()));
        }
        state.setAdditionalProperties(additional(state.getAdditionalProperties()));
        return state;
    }

    /** Each element compacted, in a list of exact size; the shared empty list when empty. */
    public static <T> List<T> compacted(List<T> values, UnaryOperator<T> compact) {
        if (values == null || values.isEmpty()) {
            return values == null ? null : List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        values.forEach(v -> copy.add(v == null ? null : compact.apply(v)));
        return copy;
    }

    private static HostIP hostIp(HostIP ip) {
        ip.setIp(shared(ip.getIp()));
        ip.setAdditionalProperties(additional(ip.getAdditionalProperties()));
        return ip;
    }

    private static PodIP podIp(PodIP ip) {
        ip.setIp(shared(ip.getIp()));
        ip.setAdditionalProperties(additional(ip.getAdditionalProperties()));
        return ip;
    }
}
