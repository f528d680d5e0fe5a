package io.sparkop.index;

import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which applications a list shows: a namespace (null: all), states (empty: all), free text matched against
 * name, namespace, owning schedule and error message, and a label selector.
 */
public record AppQuery(String namespace, Set<AppState> states, String text, LabelSelector labels)
        implements Predicate<SparkApplication> {

    public static final AppQuery ALL = new AppQuery(null, Set.of(), null, LabelSelector.EVERYTHING);

    public AppQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        labels = labels == null ? LabelSelector.EVERYTHING : labels;
        namespace = namespace == null || namespace.isBlank() ? null : namespace;
        text = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT).strip();
    }

    @Override
    public boolean test(SparkApplication app) {
        var meta = app.getMetadata();
        return (namespace == null || namespace.equals(meta.getNamespace()))
                && (states.isEmpty() || states.contains(SparkIndex.stateOf(app)))
                && labels.test(meta.getLabels())
                && (text == null || matchesText(app));
    }

    private boolean matchesText(SparkApplication app) {
        return contains(app.getMetadata().getName()) || contains(app.getMetadata().getNamespace())
                || contains(SparkIndex.scheduleOf(app)) || contains(SparkIndex.errorOf(app));
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}
