package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.quarkus.logging.Log;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkConnect;
import io.sparkop.connect.ConnectStatuses.Failure;
import io.sparkop.kube.ListPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.HttpURLConnection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A SparkConnect's objects in the cluster: watched through informers (every one carries the
 * connect-name label), created, updated and deleted through the client. An object of our name that
 * this SparkConnect does not control is never touched: it is reported as a {@link Failure}.
 */
@ApplicationScoped
public class ConnectObjects {

    @Inject
    KubernetesClient client;

    /**
     * What {@link #apply} found and did: {@code serverPod} is null while it is being created or replaced;
     * {@code created} and {@code replaced} name the server pod this call created or deleted to recreate.
     */
    public record Applied(Pod serverPod, String serviceName, Failure failure, String created, String replaced) {

        static Applied failed(Failure failure) {
            return new Applied(null, null, failure, null, null);
        }
    }

    List<EventSource<?, SparkConnect>> eventSources(EventSourceContext<SparkConnect> context) {
        return List.of(informer(Pod.class, "sparkconnect-pods", context),
                informer(ConfigMap.class, "sparkconnect-configmaps", context),
                informer(Service.class, "sparkconnect-services", context));
    }

    private static <R extends HasMetadata> InformerEventSource<R, SparkConnect> informer(
            Class<R> type, String name, EventSourceContext<SparkConnect> context) {
        var config = InformerEventSourceConfiguration.from(type, SparkConnect.class)
                .withName(name)
                .withLabelSelector(Labels.CONNECT_NAME)
                .withSecondaryToPrimaryMapper(ConnectObjects::connectOf)
                .withInformerListLimit(ListPages.SIZE)
                .build();
        return new InformerEventSource<>(config, context);
    }

    static Set<ResourceID> connectOf(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        String name = labels == null ? null : labels.get(Labels.CONNECT_NAME);
        return name == null ? Set.of() : Set.of(new ResourceID(name, object.getMetadata().getNamespace()));
    }

    /** The executors the server started: Spark labels them with spec.executor's labels, connect-name among them. */
    static Collection<Pod> executors(Context<SparkConnect> context) {
        return context.getSecondaryResources(Pod.class).stream()
                .filter(p -> Labels.ROLE_EXECUTOR.equals(p.getMetadata().getLabels().get(Labels.SPARK_ROLE)))
                .toList();
    }

    /**
     * The ConfigMap first (the pod mounts it), the Service, then the server pod; a server pod built
     * from an older spec is deleted, and recreated by the reconcile its deletion triggers.
     */
    Applied apply(SparkConnect conn, ConnectResources desired, Context<SparkConnect> context) {
        try {
            Optional<Failure> failure = configMap(conn, desired.configMap(), context)
                    .or(() -> service(conn, desired.service(), context));
            if (failure.isPresent()) {
                return Applied.failed(failure.get());
            }
            String serviceName = desired.service().getMetadata().getName();
            return serverPod(conn, desired, context, serviceName);
        } catch (Refused refused) {
            return Applied.failed(refused.failure);
        }
    }

    private Optional<Failure> configMap(SparkConnect conn, ConfigMap desired, Context<SparkConnect> context) {
        ConfigMap existing = find(ConfigMap.class, desired, context);
        if (existing == null) {
            existing = create(conn, desired);
        }
        if (!controlledBy(conn, existing)) {
            return Optional.of(nameTaken(existing));
        }
        if (!Objects.equals(existing.getData(), desired.getData()) || !hasLabels(existing, desired)) {
            ConfigMap current = client.resource(existing).get();
            current.setData(desired.getData());
            addLabels(current, desired);
            client.resource(current).update();
        }
        return Optional.empty();
    }

    private Optional<Failure> service(SparkConnect conn, Service desired, Context<SparkConnect> context) {
        Service existing = find(Service.class, desired, context);
        if (existing == null) {
            existing = create(conn, desired);
        }
        if (!controlledBy(conn, existing)) {
            return Optional.of(nameTaken(existing));
        }
        var spec = existing.getSpec();
        boolean portsDiffer = !ports(desired).equals(ports(existing));
        if (portsDiffer || !Objects.equals(spec.getSelector(), desired.getSpec().getSelector()) || !hasLabels(existing, desired)) {
            Service current = client.resource(existing).get();
            current.getSpec().setPorts(desired.getSpec().getPorts());
            current.getSpec().setSelector(desired.getSpec().getSelector());
            addLabels(current, desired);
            client.resource(current).update();
        }
        return Optional.empty();
    }

    private Applied serverPod(SparkConnect conn, ConnectResources desired, Context<SparkConnect> context,
            String serviceName) {
        Pod existing = find(Pod.class, desired.serverPod(), context);
        String created = null;
        if (existing == null) {
            existing = create(conn, desired.serverPod());
            created = existing.getMetadata().getName();
        }
        if (!controlledBy(conn, existing)) {
            return new Applied(null, serviceName, nameTaken(existing), null, null);
        }
        if (existing.getMetadata().getDeletionTimestamp() != null) {
            return new Applied(null, serviceName, null, null, null);
        }
        String hash = existing.getMetadata().getAnnotations() == null ? null
                : existing.getMetadata().getAnnotations().get(ConnectServerBuilder.HASH_ANNOTATION);
        if (!desired.hash().equals(hash)) {
            Log.infof("%s/%s: the spec changed; deleting server pod %s to recreate it", conn.getMetadata().getNamespace(),
                    conn.getMetadata().getName(), existing.getMetadata().getName());
            client.resource(existing).delete();
            return new Applied(null, serviceName, null, null, existing.getMetadata().getName());
        }
        return new Applied(existing, serviceName, null, created, null);
    }

    private static <R extends HasMetadata> R find(Class<R> type, R desired, Context<SparkConnect> context) {
        String name = desired.getMetadata().getName();
        return context.getSecondaryResources(type).stream()
                .filter(r -> name.equals(r.getMetadata().getName()))
                .findFirst().orElse(null);
    }

    /**
     * Names are deterministic: a 409 means the object exists (created before a restart, or by someone
     * else), and the one in the cluster is returned for the ownership check.
     */
    private <R extends HasMetadata> R create(SparkConnect conn, R desired) {
        var meta = desired.getMetadata();
        try {
            R created = client.resource(desired).create();
            Log.infof("%s/%s: created %s %s", meta.getNamespace(), conn.getMetadata().getName(), desired.getKind(), meta.getName());
            return created;
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
                R existing = client.resource(desired).get();
                if (existing != null) {
                    return existing;
                }
            }
            if (e.getCode() >= 400 && e.getCode() < 500) {
                throw new Refused(new Failure(ConnectStatuses.REASON_CREATE_REFUSED, "creating " + desired.getKind() + " "
                        + meta.getName() + " was refused (" + e.getCode() + "): " + apiMessage(e)));
            }
            throw e;
        }
    }

    static boolean controlledBy(SparkConnect conn, HasMetadata object) {
        return object.getMetadata().getOwnerReferences().stream()
                .anyMatch(r -> Boolean.TRUE.equals(r.getController()) && "SparkConnect".equals(r.getKind())
                        && Objects.equals(r.getUid(), conn.getMetadata().getUid()));
    }

    private static boolean hasLabels(HasMetadata existing, HasMetadata desired) {
        Map<String, String> labels = existing.getMetadata().getLabels();
        return labels != null && labels.entrySet().containsAll(desired.getMetadata().getLabels().entrySet());
    }

    private static void addLabels(HasMetadata existing, HasMetadata desired) {
        Map<String, String> labels = new java.util.LinkedHashMap<>(
                existing.getMetadata().getLabels() == null ? Map.of() : existing.getMetadata().getLabels());
        labels.putAll(desired.getMetadata().getLabels());
        existing.getMetadata().setLabels(labels);
    }

    /** The fields we set on each port; the API server adds nodePort and defaults to some. */
    private static List<String> ports(Service service) {
        return service.getSpec().getPorts().stream()
                .map(p -> p.getName() + " " + p.getPort() + " " + p.getTargetPort() + " " + p.getProtocol() + " " + p.getAppProtocol())
                .toList();
    }

    private static Failure nameTaken(HasMetadata existing) {
        return new Failure(ConnectStatuses.REASON_NAME_TAKEN, existing.getKind() + " " + existing.getMetadata().getName()
                + " exists and does not belong to this SparkConnect; delete or rename it");
    }

    private static String apiMessage(KubernetesClientException e) {
        return e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : e.getMessage();
    }

    /** A create the API server refused for good (RBAC, admission, quota): reported, not retried. */
    private static final class Refused extends RuntimeException {
        private final transient Failure failure;

        Refused(Failure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }
    }
}
