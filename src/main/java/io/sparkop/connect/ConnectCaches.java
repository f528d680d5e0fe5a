package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.event.source.informer.ManagedInformerEventSource;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkConnect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SparkConnect controller's informer caches, read in place for the dashboard (as index.OperatorCaches
 * reads the other two controllers'): the SparkConnects and the pods labelled with their names.
 */
@ApplicationScoped
public class ConnectCaches {

    @Inject
    Operator operator;

    private volatile boolean operatorStarted;

    public List<SparkConnect> sessions(String namespace) {
        return controller().stream()
                .flatMap(c -> c.getEventSourceManager().getControllerEventSource().list(
                        s -> namespace == null || namespace.equals(s.getMetadata().getNamespace())))
                .sorted(Comparator.comparing((SparkConnect s) -> s.getMetadata().getNamespace())
                        .thenComparing(s -> s.getMetadata().getName()))
                .toList();
    }

    public Optional<SparkConnect> session(String namespace, String name) {
        return sessions(namespace).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst();
    }

    /** The server pod, when it is in the cache and this SparkConnect controls it. */
    public Optional<Pod> serverPod(SparkConnect conn) {
        String name = ConnectNames.serverPod(conn);
        return pods(conn).filter(p -> name.equals(p.getMetadata().getName()))
                .filter(p -> ConnectObjects.controlledBy(conn, p))
                .findFirst();
    }

    public List<Pod> executors(SparkConnect conn) {
        return pods(conn).filter(p -> Labels.ROLE_EXECUTOR.equals(p.getMetadata().getLabels().get(Labels.SPARK_ROLE))).toList();
    }

    private Stream<Pod> pods(SparkConnect conn) {
        String namespace = conn.getMetadata().getNamespace();
        String name = conn.getMetadata().getName();
        return controller().stream()
                .flatMap(c -> c.getEventSourceManager().getEventSourcesFor(Pod.class).stream())
                .filter(ManagedInformerEventSource.class::isInstance)
                .flatMap(source -> {
                    @SuppressWarnings("unchecked")
                    var informer = (ManagedInformerEventSource<Pod, ?, ?>) source;
                    return informer.list(namespace, p -> name.equals(p.getMetadata().getLabels().get(Labels.CONNECT_NAME)));
                });
    }

    /** The caches exist once the operator started; asking JOSDK before waits for its start, so ask only until then. */
    @SuppressWarnings("unchecked")
    private Optional<Controller<SparkConnect>> controller() {
        if (!operatorStarted) {
            operatorStarted = operator.getRuntimeInfo().isStarted();
        }
        if (!operatorStarted) {
            return Optional.empty();
        }
        return operator.getRegisteredController(SparkConnectReconciler.NAME)
                .filter(Controller.class::isInstance)
                .map(c -> (Controller<SparkConnect>) c);
    }
}
