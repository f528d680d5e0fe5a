package io.sparkop.index;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
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

    static Event slim(Event event) {
        var meta = event.getMetadata();
        var about = event.getInvolvedObject();
        String message = event.getMessage();
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        return new EventBuilder()
                .withNewMetadata()
                    .withName(meta.getName())
                    .withNamespace(meta.getNamespace())
                    .withUid(meta.getUid())
                    .withResourceVersion(meta.getResourceVersion())
                    .withCreationTimestamp(meta.getCreationTimestamp())
                .endMetadata()
                .withInvolvedObject(about == null ? null : new ObjectReferenceBuilder()
                        .withKind(about.getKind())
                        .withName(about.getName())
                        .withNamespace(about.getNamespace())
                        .withUid(about.getUid())
                        .build())
                .withType(event.getType())
                .withReason(event.getReason())
                .withMessage(message)
                .withCount(event.getCount())
                .withFirstTimestamp(event.getFirstTimestamp())
                .withLastTimestamp(event.getLastTimestamp())
                .withEventTime(event.getEventTime())
                .withSource(event.getSource() == null ? null
                        : new io.fabric8.kubernetes.api.model.EventSourceBuilder().withComponent(event.getSource().getComponent()).build())
                .build();
    }
}
