package io.sparkop.kube;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every informer lists in pages of {@link ListPages#SIZE}: its first list at start-up must not read a whole
 * cluster's Events, pods or applications in one response (the mock API server records the requests).
 */
@QuarkusTest
@WithKubernetesTestServer
class InformerListPagingTest {

    /** The resources the operator keeps informers of, and how many informers list each. */
    static final Map<String, Integer> INFORMERS = Map.of(
            "sparkapplications", 2, // the controller's and the schedules' runs
            "scheduledsparkapplications", 1,
            "sparkconnects", 1,
            "pods", 2, // applications' and Spark Connect servers'
            "services", 1,
            "configmaps", 1,
            "events", 1);

    @KubernetesTestServer
    KubernetesServer server;

    private final List<RecordedRequest> seen = new ArrayList<>();

    @Test
    void everyInformersListAsksForPagesOf500() throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).until(() -> lists().keySet().containsAll(INFORMERS.keySet()));

        Map<String, List<String>> lists = lists();
        assertEquals(new TreeMap<>(INFORMERS), lists.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new)));
        lists.forEach((resource, queries) -> queries.forEach(query -> assertEquals(Set.of("limit=" + ListPages.SIZE),
                Set.of(query.split("&")).stream().filter(p -> p.startsWith("limit=")).collect(Collectors.toSet()),
                resource + ": " + query)));
    }

    /** The list requests (GETs of a collection, not watches) seen so far, their queries by resource. */
    private Map<String, List<String>> lists() throws InterruptedException {
        for (RecordedRequest r; (r = server.getKubernetesMockServer().takeRequest(1, TimeUnit.MILLISECONDS)) != null; ) {
            seen.add(r);
        }
        Map<String, List<String>> lists = new TreeMap<>();
        for (RecordedRequest request : seen) {
            URI uri = URI.create(request.getPath());
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            String[] path = uri.getPath().split("/");
            String resource = path[path.length - 1];
            if ("GET".equals(request.getMethod()) && !query.contains("watch=true") && INFORMERS.containsKey(resource)) {
                lists.computeIfAbsent(resource, k -> new ArrayList<>()).add(query);
            }
        }
        return lists;
    }
}
