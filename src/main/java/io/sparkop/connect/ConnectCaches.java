package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.Pod;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkConnect;
import io.sparkop.index.OperatorCaches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SparkConnect controller's informer caches, read in place for the dashboard through index.OperatorCaches:
 * the SparkConnects and the pods labelled with their names.
 */
@ApplicationScoped
public class ConnectCaches {

    @Inject
    OperatorCaches caches;

    public List<SparkConnect> sessions(String namespace) {
        return caches.primaries(SparkConnect.class)
                .filter(s -> namespace == null || namespace.equals(s.getMetadata().getNamespace()))
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
        String name = conn.getMetadata().getName();
        return caches.podsOf(SparkConnect.class, conn.getMetadata().getNamespace())
                .filter(p -> name.equals(p.getMetadata().getLabels().get(Labels.CONNECT_NAME)));
    }
}
