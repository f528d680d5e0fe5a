package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.event.source.informer.ManagedInformerEventSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.kube.ListPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operator's own informer caches, read in place: the two controllers' primary caches and the
 * application controller's pod cache. JOSDK starts these informers on every replica, leader or not (only
 * event processing waits for leadership), so a standby replica's read model is as full as the leader's.
 * Events are the one thing the controllers do not watch: they get one informer here, whose store keeps only
 * Events about our kinds and launched pods, cut to the fields shown.
 */
@ApplicationScoped
public class OperatorCaches implements ClusterCaches {

    private static final Set<String> OUR_KINDS = Set.of(SparkIndex.KIND_APPLICATION, SparkIndex.KIND_SCHEDULE);
    private static final java.util.regex.Pattern SPARK_POD_NAME = java.util.regex.Pattern.compile(".*-driver|.*-exec-[0-9]+");

    @Inject
    Operator operator;
    @Inject
    KubernetesClient client;

    private final List<SharedIndexInformer<Event>> eventInformers = new ArrayList<>();

    void startEventInformers(@Observes StartupEvent startup) {
        Set<String> namespaces = controllerOf(SparkApplication.class)
                .map(c -> c.getConfiguration().getInformerConfig().getEffectiveNamespaces(c.getConfiguration()))
                .orElse(Set.of());
        if (namespaces.isEmpty() || InformerConfiguration.allNamespacesWatched(namespaces)) {
            start(client.v1().events().inAnyNamespace());
        } else {
            namespaces.forEach(ns -> start(client.v1().events().inNamespace(ns)));
        }
    }

    private void start(Informable<Event> events) {
        SharedIndexInformer<Event> informer = events.withLimit(ListPages.SIZE).runnableInformer(0);
        informer.itemStore(new SlimEventStore(OperatorCaches::isAboutOurs)).removeNamespaceIndex();
        // Not awaited: Events are an extra; a refused watch (RBAC) must not hold up or fail the start.
        informer.start().whenComplete((ok, failure) -> {
            if (failure != null) {
                Log.warnf("Events will not show on the dashboard: %s", failure.getMessage());
            }
        });
        synchronized (eventInformers) {
            eventInformers.add(informer);
        }
    }

    void stopEventInformers(@Observes ShutdownEvent shutdown) {
        synchronized (eventInformers) {
            eventInformers.forEach(SharedIndexInformer::stop);
            eventInformers.clear();
        }
    }

    /**
     * Runs on the client's event loop while the operator may still be starting, so it must not ask the
     * operator anything: pods are recognised by Spark's names ({@code <app>-driver}, {@code <prefix>-exec-<n>}),
     * and the index then keeps only those of an application's own pods.
     */
    static boolean isAboutOurs(Event event) {
        var about = event.getInvolvedObject();
        if (about == null || about.getKind() == null || about.getName() == null) {
            return false;
        }
        return OUR_KINDS.contains(about.getKind())
                || "Pod".equals(about.getKind()) && SPARK_POD_NAME.matcher(about.getName()).matches();
    }

    @Override
    public Stream<SparkApplication> applications() {
        return primaries(SparkApplication.class);
    }

    @Override
    public Stream<ScheduledSparkApplication> schedules() {
        return primaries(ScheduledSparkApplication.class);
    }

    @Override
    public Stream<Pod> pods(String namespace) {
        return podsOf(SparkApplication.class, namespace).distinct();
    }

    /** The pods the controller of {@code primary} caches, in {@code namespace} (every namespace when null). */
    public Stream<Pod> podsOf(Class<? extends HasMetadata> primary, String namespace) {
        return startedControllerOf(primary).stream()
                .flatMap(c -> c.getEventSourceManager().getEventSourcesFor(Pod.class).stream())
                .filter(ManagedInformerEventSource.class::isInstance)
                .flatMap(source -> {
                    @SuppressWarnings("unchecked")
                    var informer = (ManagedInformerEventSource<Pod, ?, ?>) source;
                    return namespace == null ? informer.list(p -> true) : informer.list(namespace, p -> true);
                });
    }

    @Override
    public Stream<Event> events(String namespace) {
        List<SharedIndexInformer<Event>> informers;
        synchronized (eventInformers) {
            informers = List.copyOf(eventInformers);
        }
        return informers.stream()
                .flatMap(i -> i.getStore().list().stream())
                .filter(e -> namespace == null || namespace.equals(e.getMetadata().getNamespace()));
    }

    /** The primary cache of the controller of {@code kind}; empty until the operator started. */
    public <P extends HasMetadata> Stream<P> primaries(Class<P> kind) {
        return startedControllerOf(kind).stream().flatMap(c -> c.getEventSourceManager().getControllerEventSource().list(p -> true));
    }

    private volatile boolean operatorStarted;

    /**
     * The caches exist once the operator started (leader or not); before, there is nothing to read. Asking
     * JOSDK waits for its start to finish, so it is asked only until the answer is yes.
     */
    private <P extends HasMetadata> Optional<Controller<P>> startedControllerOf(Class<P> kind) {
        if (!operatorStarted) {
            operatorStarted = operator.getRuntimeInfo().isStarted();
        }
        return operatorStarted ? controllerOf(kind) : Optional.empty();
    }

    /**
     * JOSDK's public API gives a controller's configuration but not its caches; the registered controller is
     * its Controller, whose event source manager holds them.
     */
    @SuppressWarnings("unchecked")
    private <P extends HasMetadata> Optional<Controller<P>> controllerOf(Class<P> kind) {
        return Optional.ofNullable((Controller<P>) controllers.computeIfAbsent(kind, k -> operator.getRegisteredControllers().stream()
                .filter(c -> c.getConfiguration().getResourceClass() == k)
                .filter(Controller.class::isInstance)
                .findFirst().orElse(null)));
    }

    private final java.util.Map<Class<?>, Object> controllers = new java.util.concurrent.ConcurrentHashMap<>();
}
