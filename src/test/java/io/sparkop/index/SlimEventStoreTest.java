package io.sparkop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlimEventStoreTest {

    private final SlimEventStore store = new SlimEventStore(OperatorCaches::isAboutOurs);

    @Test
    void eventsAreFoundUpdatedAndRemovedByTheInformersKeys() {
        Event first = SparkIndexTest.event("a", "pi.1", "SparkApplication", "pi", "2026-01-01T00:00:01Z");
        Event second = SparkIndexTest.event("b", "pi.1", "Pod", "pi-driver", "2026-01-01T00:00:02Z");
        Event clusterWide = SparkIndexTest.event(null, "nightly.1", "ScheduledSparkApplication", "nightly", null);

        for (Event event : List.of(first, second, clusterWide)) {
            assertNull(store.put(Cache.metaNamespaceKeyFunc(event), event));
        }

        assertEquals(Set.of("a/pi.1", "b/pi.1", "nightly.1"), store.keySet().collect(Collectors.toSet()));
        assertEquals(3, store.size());
        assertEquals("SparkApplication", store.get("a/pi.1").getInvolvedObject().getKind());
        assertEquals("Pod", store.get("b/pi.1").getInvolvedObject().getKind());
        assertEquals("nightly", store.get("nightly.1").getInvolvedObject().getName());
        assertEquals("b/pi.1", store.getKey(store.get("b/pi.1")));

        Event counted = SparkIndexTest.event("a", "pi.1", "SparkApplication", "pi", "2026-01-01T00:00:09Z");
        counted.setCount(2);
        assertEquals("2026-01-01T00:00:01Z", store.put("a/pi.1", counted).getLastTimestamp());
        assertEquals(2, store.get("a/pi.1").getCount());
        assertEquals(3, store.values().count());

        assertEquals("Pod", store.remove("b/pi.1").getInvolvedObject().getKind());
        assertNull(store.get("b/pi.1"));
        assertNull(store.remove("b/pi.1"));
        assertNull(store.remove("elsewhere/pi.1"));
        assertEquals(Set.of("a/pi.1", "nightly.1"), store.keySet().collect(Collectors.toSet()));
    }

    @Test
    void anEventThatStopsBeingAboutOursLeavesTheStore() {
        Event event = SparkIndexTest.event("a", "x.1", "Pod", "pi-driver", null);
        store.put("a/x.1", event);
        Event renamed = SparkIndexTest.event("a", "x.1", "Pod", "nginx", null);

        assertEquals("pi-driver", store.put("a/x.1", renamed).getInvolvedObject().getName());

        assertEquals(0, store.size());
        assertNull(store.put("a/y.1", SparkIndexTest.event("a", "y.1", "Deployment", "web", null)));
        assertEquals(0, store.size());
    }

    @Test
    void aMessageNamingItsObjectIsKeptOnceForEveryEventOfItsKindAndReadBackWhole() {
        Event first = SparkIndexTest.event("a", "pi.1", "SparkApplication", "pi", null);
        first.setMessage("SparkApplication pi was submitted successfully");
        Event second = SparkIndexTest.event("a", "etl.1", "SparkApplication", "etl", null);
        second.setMessage(new String("SparkApplication etl was submitted successfully"));
        Event scheduled = SparkIndexTest.event("a", "pi-driver.1", "Pod", "pi-driver", null);
        scheduled.setMessage("Successfully assigned a/pi-driver to kwok-node-1");

        assertSame(SlimEventStore.KeptEvent.of(first).messageTemplate(), SlimEventStore.KeptEvent.of(second).messageTemplate());
        assertEquals("SparkApplication pi was submitted successfully", SlimEventStore.slim(first).getMessage());
        assertEquals("SparkApplication etl was submitted successfully", SlimEventStore.slim(second).getMessage());
        assertEquals("Successfully assigned a/pi-driver to kwok-node-1", SlimEventStore.slim(scheduled).getMessage());
        store.put("a/pi.1", first);
        assertEquals("SparkApplication pi was submitted successfully", store.get("a/pi.1").getMessage());
    }

    @Test
    void everyMessageIsReadBackAsItCame() {
        for (String about : new String[] {"pi", "a", "", null}) {
            for (String message : new String[] {null, "", "pi", "pi pi", "pipipi", "no name", "pi\u0000pi", "\u0000", "a-pi-b"}) {
                Event event = SparkIndexTest.event("ns", "e.1", "Pod", about, null);
                event.setMessage(message);

                assertEquals(message, SlimEventStore.slim(event).getMessage(), about + " / " + message);
            }
        }
        Event aboutNothing = SparkIndexTest.event("ns", "e.1", "Pod", "pi", null);
        aboutNothing.setInvolvedObject(null);
        aboutNothing.setMessage("pi");
        assertEquals("pi", SlimEventStore.slim(aboutNothing).getMessage());
    }
}
