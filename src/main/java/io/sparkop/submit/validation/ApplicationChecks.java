package io.sparkop.submit.validation;

import io.sparkop.api.DynamicAllocation;
import io.sparkop.api.MonitoringSpec;
import io.sparkop.api.SparkApplicationSpec;
import java.util.List;

/** Application-wide settings: the overhead factor, dynamic allocation and Prometheus monitoring. */
public final class ApplicationChecks {

    public static void rest(SparkApplicationSpec spec, List<String> problems) {
        ValueChecks.factor("spec.memoryOverheadFactor", spec.getMemoryOverheadFactor(), problems);
        dynamicAllocation(spec.getDynamicAllocation(), problems);
        MonitoringSpec monitoring = spec.getMonitoring();
        if (monitoring != null && monitoring.getPrometheus() != null) {
            if (ValueChecks.blank(monitoring.getPrometheus().getJmxExporterJar())) {
                problems.add("spec.monitoring.prometheus.jmxExporterJar: required");
            }
            Integer port = monitoring.getPrometheus().getPort();
            if (port != null && (port < 1 || port > 65535)) {
                problems.add("spec.monitoring.prometheus.port: " + port + " must be between 1 and 65535");
            }
        }
    }

    private static void dynamicAllocation(DynamicAllocation allocation, List<String> problems) {
        if (allocation == null) {
            return;
        }
        ValueChecks.atLeast("spec.dynamicAllocation.minExecutors", allocation.getMinExecutors(), 0, problems);
        ValueChecks.atLeast("spec.dynamicAllocation.maxExecutors", allocation.getMaxExecutors(), 0, problems);
        ValueChecks.atLeast("spec.dynamicAllocation.initialExecutors", allocation.getInitialExecutors(), 0, problems);
        Integer min = allocation.getMinExecutors();
        Integer max = allocation.getMaxExecutors();
        if (min != null && max != null && min > max) {
            problems.add("spec.dynamicAllocation.minExecutors: " + min + " is more than maxExecutors " + max);
        }
    }

    private ApplicationChecks() {
    }
}
