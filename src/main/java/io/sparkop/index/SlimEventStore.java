package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import io.sparkop.kube.CompactModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Event informer's store: keeps only Events the dashboard shows (the filter) and only the fields it shows,
 * so a namespace full of other Events costs little memory. Events are held by namespace, then by their own
 * name string, so the store needs no "namespace/name" key string per Event (the informer's usual key, as long
 * as a short Event); the informer runs without its namespace index, which would hold those keys again.
 */
final class SlimEventStore implements ItemStore<Event> {

    static final int MAX_MESSAGE = 2048;

    private final Predicate<Event> keep;
    private final ConcurrentMap<String, ConcurrentMap<String, Event>> byNamespace = new ConcurrentHashMap<>();

    SlimEventStore(Predicate<Event> keep) {
        this.keep = keep;
    }

    @Override
    public String getKey(Event event) {
        return Cache.metaNamespaceKeyFunc(event);
    }

    @Override
    public Event put(String key, Event event) {
        if (!keep.test(event)) {
            return remove(key);
        }
        Event slim = slim(event);
        return byNamespace.computeIfAbsent(namespaceOf(slim.getMetadata().getNamespace()), ns -> new ConcurrentHashMap<>())
                .put(slim.getMetadata().getName(), slim);
    }

    @Override
    public Event remove(String key) {
        var named = byNamespace.get(namespaceIn(key));
        return named == null ? null : named.remove(nameIn(key));
    }

    @Override
    public Event get(String key) {
        var named = byNamespace.get(namespaceIn(key));
        return named == null ? null : named.get(nameIn(key));
    }

    @Override
    public Stream<String> keySet() {
        return values().map(this::getKey);
    }

    @Override
    public Stream<Event> values() {
        return byNamespace.values().stream().flatMap(named -> named.values().stream());
    }

    @Override
    public int size() {
        return byNamespace.values().stream().mapToInt(Map::size).sum();
    }

    /** The key {@link Cache#metaNamespaceKeyFunc} makes: "namespace/name", or the name alone without a namespace. */
    private static String namespaceIn(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    private static String nameIn(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    private static String namespaceOf(String namespace) {
        return namespace == null ? "" : namespace;
    }

    /**
     * What the dashboard reads of an Event, its strings shared ({@link CompactModel}): name, namespace and
     * resourceVersion, what it is about, type, reason, message, count and times. Its uid and reporting source
     * are left out: nothing reads them (a new or changed Event has a new resourceVersion, which is what
     * {@link SparkIndex#changeStamp()} notices), and a uid is a string no other object shares.
     */
    static Event slim(Event event) {
        var meta = event.getMetadata();
        var about = event.getInvolvedObject();
        String message = event.getMessage();
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        Event slim = new Event();
        slim.setMetadata(CompactModel.meta(new ObjectMetaBuilder()
                .withName(meta.getName())
                .withNamespace(meta.getNamespace())
                .withResourceVersion(meta.getResourceVersion())
                .withCreationTimestamp(meta.getCreationTimestamp())
                .build()));
        if (about != null) {
            var reference = new ObjectReferenceBuilder()
                    .withKind(CompactModel.shared(about.getKind()))
                    .withName(CompactModel.shared(about.getName()))
                    .withNamespace(CompactModel.shared(about.getNamespace()))
                    .withUid(CompactModel.shared(about.getUid()))
                    .build();
            reference.setAdditionalProperties(Map.of());
            slim.setInvolvedObject(reference);
        }
        slim.setType(CompactModel.shared(event.getType()));
        slim.setReason(CompactModel.shared(event.getReason()));
        slim.setMessage(CompactModel.shared(message)); // a kubelet's "Started container ..." repeats for every pod
        slim.setCount(event.getCount());
        slim.setFirstTimestamp(CompactModel.shared(event.getFirstTimestamp()));
        slim.setLastTimestamp(CompactModel.shared(event.getLastTimestamp()));
        if (event.getEventTime() != null) {
            slim.setEventTime(new MicroTime(CompactModel.shared(event.getEventTime().getTime())));
            slim.getEventTime().setAdditionalProperties(Map.of());
        }
        slim.setAdditionalProperties(Map.of());
        return slim;
    }
}
