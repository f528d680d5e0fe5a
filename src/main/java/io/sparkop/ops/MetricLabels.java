package io.sparkop.ops;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kubeflow's --metrics-labels (getMetricLabels in internal/metrics): each configured label takes the value
 * of the object's label of that name, {@code namespace} the object's namespace, any other "Unknown".
 */
final class MetricLabels {

    static final String UNKNOWN = "Unknown";

    private final List<String> names;

    MetricLabels(List<String> configured) {
        this.names = configured.stream().map(MetricLabels::validName).distinct().toList();
    }

    List<String> names() {
        return names;
    }

    Tags of(String namespace, Map<String, String> objectLabels) {
        Map<String, String> byValidName = new java.util.HashMap<>();
        if (objectLabels != null) {
            objectLabels.forEach((key, value) -> byValidName.put(validName(key), value));
        }
        List<Tag> tags = new ArrayList<>(names.size());
        for (String name : names) {
            String value = byValidName.get(name);
            if (value == null) {
                value = "namespace".equals(name) && namespace != null ? namespace : UNKNOWN;
            }
            tags.add(Tag.of(name, value));
        }
        return Tags.of(tags);
    }

    /**
     * kubeflow replaces "-" with "_" (CreateValidMetricNameLabel); label keys such as app.kubernetes.io/name
     * hold characters Prometheus refuses too, which kubeflow fails on and we replace as well.
     */
    static String validName(String name) {
        String valid = name.replaceAll("[^a-zA-Z0-9_]", "_");
        return valid.isEmpty() || Character.isDigit(valid.charAt(0)) ? "_" + valid : valid;
    }
}
