package io.sparkop.kube;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * The operator SDK's own metrics with bounded labels. The extension's default collects per resource and
 * JOSDK tags every counter with the resource's name even without that, so each application would add
 * series for ever (695 after an hour of tests). Only the name goes: namespace, kind, controller and
 * outcome stay.
 */
@Singleton
public class OperatorSdkMetrics {

    static final String PREFIX = "operator.sdk.";
    static final Set<String> PER_RESOURCE_TAGS = Set.of("name", "resource.name");

    @Produces
    @Singleton
    Metrics metrics(MeterRegistry registry) {
        return MicrometerMetrics.withoutPerResourceMetrics(registry);
    }

    @Produces
    @Singleton
    MeterFilter withoutResourceNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith(PREFIX)) {
                    return id;
                }
                List<Tag> bounded = id.getTags().stream().filter(t -> !PER_RESOURCE_TAGS.contains(t.getKey())).toList();
                return bounded.size() == id.getTags().size() ? id : id.replaceTags(bounded);
            }
        };
    }
}
