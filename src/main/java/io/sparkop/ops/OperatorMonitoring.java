package io.sparkop.ops;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Replaces the extension's default {@link Metrics} (a @DefaultBean) with {@link ReconcileHooks}, and keeps
 * the operator SDK's meters bounded: JOSDK tags some counters with the resource's name even when it does not
 * collect per resource, so each application would add series for ever (695 after an hour of tests). Only
 * the name goes: namespace, kind, controller and outcome stay.
 */
@Singleton
class OperatorMonitoring {

    static final String SDK_PREFIX = "operator.sdk.";
    static final Set<String> PER_RESOURCE_TAGS = Set.of("name", "resource.name");

    @Inject
    MeterRegistry registry;
    @Inject
    Watchdog watchdog;

    @Produces
    @Singleton
    Metrics reconcileHooks() {
        return new ReconcileHooks(registry, watchdog);
    }

    @Produces
    @Singleton
    MeterFilter sdkMetersWithoutResourceNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith(SDK_PREFIX)) {
                    return id;
                }
                List<Tag> bounded = id.getTags().stream().filter(t -> !PER_RESOURCE_TAGS.contains(t.getKey())).toList();
                return bounded.size() == id.getTags().size() ? id : id.replaceTags(bounded);
            }
        };
    }
}
