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
 * each in one small {@link KeptEvent} object rather than fabric8's Event, ObjectMeta and ObjectReference, so a
 * namespace full of Events costs little memory; an Event is built again when read. Events are held by
 * namespace, then by their own name string, so the store needs no "namespace/name" key string per Event (the
 * informer's usual key, as long as a short Event); the informer runs without its namespace index, which
 * would hold those keys again.
 */
final class SlimEventStore implements ItemStore<Event> {

    static final int MAX_MESSAGE = 2048;

    private final Predicate<Event> keep;
    private final ConcurrentMap<String, ConcurrentMap<String, KeptEvent>> byNamespace = new ConcurrentHashMap<>();

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
        KeptEvent kept = KeptEvent.of(event);
        return asEvent(byNamespace.computeIfAbsent(kept.namespace(), ns -> new ConcurrentHashMap<>()).put(kept.name(), kept));
    }

    @Override
    public Event remove(String key) {
        var named = byNamespace.get(namespaceIn(key));
        return named == null ? null : asEvent(named.remove(nameIn(key)));
    }

    @Override
    public Event get(String key) {
        var named = byNamespace.get(namespaceIn(key));
        return named == null ? null : asEvent(named.get(nameIn(key)));
    }

    @Override
    public Stream<String> keySet() {
        return kept().map(kept -> kept.namespace().isEmpty() ? kept.name() : kept.namespace() + "/" + kept.name());
    }

    @Override
    public Stream<Event> values() {
        return kept().map(KeptEvent::asEvent);
    }

    @Override
    public int size() {
        return byNamespace.values().stream().mapToInt(Map::size).sum();
    }

    private Stream<KeptEvent> kept() {
        return byNamespace.values().stream().flatMap(named -> named.values().stream());
    }

    private static Event asEvent(KeptEvent kept) {
        return kept == null ? null : kept.asEvent();
    }

    /** The key {@link Cache#metaNamespaceKeyFunc} makes: "namespace/name", or the name alone without a namespace. */
    private static String namespaceIn(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    private static String nameIn(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    /** The Event as this store gives it back once kept: what the dashboard reads of it. */
    static Event slim(Event event) {
        return KeptEvent.of(event).asEvent();
    }

    /**
     * What the dashboard reads of an Event, its strings shared ({@link CompactModel}): name, namespace and
     * resourceVersion, what it is about, type, reason, message, count and times. Its uid and reporting source
     * are left out: nothing reads them (a new or changed Event has a new resourceVersion, which is what
     * {@link SparkIndex#changeStamp()} notices), and a uid is a string no other object shares. A
     * resourceVersion that is a decimal number (etcd's are) is kept as a number. Most messages name the
     * object the Event is about ("SparkApplication pi was submitted successfully", "Successfully assigned
     * ns/pi-driver to node-1"): kept with that name cut out, such a message is one string shared by every
     * Event of its kind, put together again when read.
     */
    record KeptEvent(String namespace, String name, long resourceVersionNumber, String resourceVersionText,
            String creationTimestamp, String aboutKind, String aboutName, String aboutNamespace, String aboutUid,
            String type, String reason, String messageTemplate, boolean messageNamesAbout, Integer count,
            String firstTimestamp, String lastTimestamp, String eventTime) {

        /** Stands for the name of the object the Event is about in a kept message; never in a message itself. */
        private static final String ABOUT_NAME = "\u0000";

        static KeptEvent of(Event event) {
            var meta = event.getMetadata();
            var about = event.getInvolvedObject();
            String message = event.getMessage();
            if (message != null && message.length() > MAX_MESSAGE) {
                message = message.substring(0, MAX_MESSAGE) + "…";
            }
            String resourceVersion = meta.getResourceVersion();
            long resourceVersionNumber = asNumber(resourceVersion);
            String aboutName = about == null ? null : about.getName();
            boolean messageNamesAbout = message != null && aboutName != null && !aboutName.isEmpty()
                    && message.contains(aboutName) && !message.contains(ABOUT_NAME);
            return new KeptEvent(CompactModel.shared(meta.getNamespace() == null ? "" : meta.getNamespace()),
                    CompactModel.shared(meta.getName()),
                    resourceVersionNumber, resourceVersionNumber < 0 ? CompactModel.shared(resourceVersion) : null,
                    CompactModel.shared(meta.getCreationTimestamp()),
                    about == null ? null : CompactModel.shared(about.getKind()),
                    about == null ? null : CompactModel.shared(about.getName()),
                    about == null ? null : CompactModel.shared(about.getNamespace()),
                    about == null ? null : CompactModel.shared(about.getUid()),
                    CompactModel.shared(event.getType()),
                    CompactModel.shared(event.getReason()),
                    // a kubelet's "Started container ..." repeats for every pod
                    CompactModel.shared(messageNamesAbout ? message.replace(aboutName, ABOUT_NAME) : message),
                    messageNamesAbout,
                    event.getCount(),
                    CompactModel.shared(event.getFirstTimestamp()),
                    CompactModel.shared(event.getLastTimestamp()),
                    event.getEventTime() == null ? null : CompactModel.shared(event.getEventTime().getTime()));
        }

        /** The resourceVersion as a number when it is one written the usual way (no sign, no leading zero), else -1. */
        private static long asNumber(String resourceVersion) {
            if (resourceVersion == null || resourceVersion.isEmpty() || resourceVersion.length() > 18
                    || resourceVersion.charAt(0) == '0' && resourceVersion.length() > 1) {
                return -1;
            }
            for (int i = 0; i < resourceVersion.length(); i++) {
                if (resourceVersion.charAt(i) < '0' || resourceVersion.charAt(i) > '9') {
                    return -1;
                }
            }
            return Long.parseLong(resourceVersion);
        }

        Event asEvent() {
            Event event = new Event();
            event.setMetadata(new ObjectMetaBuilder()
                    .withName(name)
                    .withNamespace(namespace.isEmpty() ? null : namespace)
                    .withResourceVersion(resourceVersionText != null ? resourceVersionText
                            : resourceVersionNumber < 0 ? null : Long.toString(resourceVersionNumber))
                    .withCreationTimestamp(creationTimestamp)
                    .build());
            if (aboutKind != null || aboutName != null || aboutNamespace != null || aboutUid != null) {
                event.setInvolvedObject(new ObjectReferenceBuilder()
                        .withKind(aboutKind)
                        .withName(aboutName)
                        .withNamespace(aboutNamespace)
                        .withUid(aboutUid)
                        .build());
            }
            event.setType(type);
            event.setReason(reason);
            event.setMessage(messageNamesAbout ? messageTemplate.replace(ABOUT_NAME, aboutName) : messageTemplate);
            event.setCount(count);
            event.setFirstTimestamp(firstTimestamp);
            event.setLastTimestamp(lastTimestamp);
            if (eventTime != null) {
                event.setEventTime(new MicroTime(eventTime));
            }
            return event;
        }
    }
}
