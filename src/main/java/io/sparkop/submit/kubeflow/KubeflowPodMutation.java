package io.sparkop.submit.kubeflow;

import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.HostAliasBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodDNSConfigBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.submit.DriverPodBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * kubeflow's mutating pod webhook (internal/webhook/sparkpod_defaulter.go, mutateSparkPod), applied
 * while we build the objects instead of when the API server admits them: the typed pod fields
 * spark-submit has no conf for, in the webhook's order. DriverPodBuilder sets the owner reference.
 */
public final class KubeflowPodMutation {

    public static Pod apply(Pod pod, SparkApplication app, PodRole role) {
        Pod mutated = new PodBuilder(pod).build();
        PodSpec spec = mutated.getSpec();
        List<KubeflowVolumes.Mounted> mounted = KubeflowVolumes.of(app, role);
        List<Container> containers = new ArrayList<>(spec.getContainers());
        int index = sparkContainer(containers, role);
        containers.set(index, KubeflowContainerMutation.apply(containers.get(index), app, role, mounted));
        spec.setContainers(containers);
        List<Volume> volumes = new ArrayList<>(spec.getVolumes());
        mounted.stream().filter(m -> m.volume() != null).forEach(m -> volumes.add(m.volume()));
        spec.setVolumes(volumes);
        networkAndContainers(spec, role.spec());
        scheduling(spec, app, role);
        security(spec, role.spec());
        return mutated;
    }

    /** addHostNetwork, addHostAliases, addInitContainers, addSidecarContainers, addDNSConfig. */
    private static void networkAndContainers(PodSpec spec, SparkPodSpec fields) {
        if (Boolean.TRUE.equals(fields.getHostNetwork())) {
            spec.setHostNetwork(true);
            spec.setDnsPolicy("ClusterFirstWithHostNet");
        }
        List<HostAlias> aliases = new ArrayList<>(spec.getHostAliases());
        PodRole.orEmpty(fields.getHostAliases()).forEach(a -> aliases.add(new HostAliasBuilder(a).build()));
        spec.setHostAliases(aliases);
        spec.setInitContainers(appendMissing(spec.getInitContainers(), fields.getInitContainers()));
        spec.setContainers(appendMissing(spec.getContainers(), fields.getSidecars()));
        if (fields.getDnsConfig() != null) {
            spec.setDnsConfig(new PodDNSConfigBuilder(fields.getDnsConfig()).build());
        }
    }

    /**
     * addPriorityClassName, addSchedulerName (spec.batchScheduler first), addRuntimeClass, addNodeSelectors,
     * addAffinity, addTolerations.
     */
    private static void scheduling(PodSpec spec, SparkApplication app, PodRole role) {
        if (role.priorityClassName() != null && !role.priorityClassName().isEmpty()) {
            spec.setPriorityClassName(role.priorityClassName());
            spec.setPriority(null);
            spec.setPreemptionPolicy(null);
        }
        String batchScheduler = app.getSpec().getBatchScheduler();
        String scheduler = batchScheduler != null ? batchScheduler : role.spec().getSchedulerName();
        if (scheduler != null && !scheduler.isEmpty()) {
            spec.setSchedulerName(scheduler);
        }
        if (role.spec().getRuntimeClassName() != null && !role.spec().getRuntimeClassName().isEmpty()) {
            spec.setRuntimeClassName(role.spec().getRuntimeClassName());
        }
        if (role.spec().getNodeSelector() != null) {
            var nodeSelector = new LinkedHashMap<>(spec.getNodeSelector());
            nodeSelector.putAll(role.spec().getNodeSelector());
            spec.setNodeSelector(nodeSelector);
        }
        if (role.spec().getAffinity() != null) {
            spec.setAffinity(new AffinityBuilder(role.spec().getAffinity()).build());
        }
        var tolerations = new ArrayList<>(spec.getTolerations());
        PodRole.orEmpty(role.spec().getTolerations()).forEach(t -> tolerations.add(new TolerationBuilder(t).build()));
        spec.setTolerations(tolerations);
    }

    /** addPodSecurityContext, addTerminationGracePeriodSeconds, addShareProcessNamespace. */
    private static void security(PodSpec spec, SparkPodSpec fields) {
        if (fields.getPodSecurityContext() != null) {
            spec.setSecurityContext(new PodSecurityContextBuilder(fields.getPodSecurityContext()).build());
        }
        if (fields.getTerminationGracePeriodSeconds() != null) {
            spec.setTerminationGracePeriodSeconds(fields.getTerminationGracePeriodSeconds());
        }
        if (Boolean.TRUE.equals(fields.getShareProcessNamespace())) {
            spec.setShareProcessNamespace(true);
        }
    }

    private static int sparkContainer(List<Container> containers, PodRole role) {
        for (int i = 0; i < containers.size(); i++) {
            if (role.sparkContainerName().equals(containers.get(i).getName())) {
                return i;
            }
        }
        throw new IllegalStateException("no container " + role.sparkContainerName() + " in the pod");
    }

    /** A container the pod already has (same name and image) is not added twice. */
    private static List<Container> appendMissing(List<Container> existing, List<Container> added) {
        List<Container> all = new ArrayList<>(existing);
        for (Container container : PodRole.orEmpty(added)) {
            boolean present = all.stream().anyMatch(c -> Objects.equals(c.getName(), container.getName())
                    && Objects.equals(c.getImage(), container.getImage()));
            if (!present) {
                all.add(new ContainerBuilder(container).build());
            }
        }
        return all;
    }

    private KubeflowPodMutation() {
    }
}
