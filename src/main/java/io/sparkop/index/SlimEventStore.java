package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.sparkop.kube.CompactModel;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Event informer's store: keeps only Events the dashboard shows (the filter) and only the fields it shows,
 * so a namespace full of other Events costs little memory.
 */
final class SlimEventStore extends BasicItemStore<Event> {

    static final int MAX_MESSAGE = 2048;

    private final Predicate<Event> keep;

    SlimEventStore(Predicate<Event> keep) {
        super(Cache::metaNamespaceKeyFunc);
        this.keep = keep;
    }

    @Override
    public Event put(String key, Event event) {
        if (!keep.test(event)) {
            return remove(key);
        }
        return super.put(key, slim(event));
    }

    /**
     * What the dashboard reads of an Event, its strings shared ({@link CompactModel}): identity, what it is about,
     * type, reason, message, count and times. The reporting source is left out: nothing shows it.
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
                .withUid(meta.getUid())
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
        slim.setMessage(message);
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
