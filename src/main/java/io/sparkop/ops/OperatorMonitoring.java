package io.sparkop.ops;

import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Replaces the extension's default {@link Metrics} (a @DefaultBean) with {@link ReconcileHooks}. */
@Singleton
class OperatorMonitoring {

    @Inject
    MeterRegistry registry;
    @Inject
    Watchdog watchdog;

    @Produces
    @Singleton
    Metrics reconcileHooks() {
        return new ReconcileHooks(registry, watchdog);
    }
}
