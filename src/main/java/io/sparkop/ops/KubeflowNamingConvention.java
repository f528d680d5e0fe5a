package io.sparkop.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;
import io.micrometer.prometheus.PrometheusNamingConvention;
import io.quarkus.micrometer.runtime.MeterRegistryCustomizer;
import io.quarkus.micrometer.runtime.MeterRegistryCustomizerConstraint;
import jakarta.inject.Singleton;

/**
 * Prometheus' naming convention, except for kubeflow's latency histograms: their names end in
 * {@code _seconds_histogram}, to which the convention would add a second {@code _seconds} for a timer.
 * Latencies are timers because Micrometer rounds a distribution summary's values up to whole units before
 * bucketing them, which would empty every bucket under one second.
 */
@Singleton
@MeterRegistryCustomizerConstraint(applyTo = io.micrometer.prometheus.PrometheusMeterRegistry.class)
public class KubeflowNamingConvention implements NamingConvention, MeterRegistryCustomizer {

    private static final String HISTOGRAM_SECONDS = "_histogram_seconds";

    private final NamingConvention prometheus = new PrometheusNamingConvention();

    @Override
    public void customize(io.micrometer.core.instrument.MeterRegistry registry) {
        registry.config().namingConvention(this);
    }

    @Override
    public String name(String name, Meter.Type type, String baseUnit) {
        String converted = prometheus.name(name, type, baseUnit);
        if (type == Meter.Type.TIMER && converted.endsWith(HISTOGRAM_SECONDS)) {
            return converted.substring(0, converted.length() - "_seconds".length());
        }
        return converted;
    }

    @Override
    public String tagKey(String key) {
        return prometheus.tagKey(key);
    }

    @Override
    public String tagValue(String value) {
        return prometheus.tagValue(value);
    }
}
