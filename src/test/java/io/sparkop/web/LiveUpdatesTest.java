package io.sparkop.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.ClusterCaches;
import io.sparkop.index.SparkIndex;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    private final List<Pod> pods = new ArrayList<>();
    private final AtomicInteger walks = new AtomicInteger();
    private final LiveUpdates live = new LiveUpdates();

    LiveUpdatesTest() {
        live.index = new SparkIndex(new ClusterCaches() {
            public Stream<SparkApplication> applications() {
                walks.incrementAndGet();
                return Stream.empty();
            }

            public Stream<ScheduledSparkApplication> schedules() {
                return Stream.empty();
            }

            public Stream<Pod> pods(String namespace) {
                return pods.stream();
            }

            public Stream<Event> events(String namespace) {
                return Stream.empty();
            }
        });
    }

    @Test
    void theCachesAreWalkedOnlyWhileAPageListens() {
        live.refreshStamp();
        live.refreshStamp();
        assertEquals(0, walks.get());

        AssertSubscriber<String> page = live.changes().subscribe().withSubscriber(AssertSubscriber.create(10));
        assertEquals(1, live.viewers());
        await().atMost(Duration.ofSeconds(10)).until(() -> walks.get() == 1); // a fresh stamp for the first viewer
        String first = page.awaitItems(1, Duration.ofSeconds(10)).getItems().get(0);

        pods.add(new PodBuilder().withNewMetadata().withUid("u").withResourceVersion("1").endMetadata().build());
        live.refreshStamp();
        assertEquals(2, walks.get());
        String changed = page.awaitItems(2, Duration.ofSeconds(10)).getItems().get(1);
        assertNotEquals(first, changed);

        page.cancel();
        assertEquals(0, live.viewers());
        live.refreshStamp();
        assertEquals(2, walks.get());
    }
}
