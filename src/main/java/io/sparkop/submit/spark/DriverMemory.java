package io.sparkop.submit.spark;

import io.sparkop.submit.SparkConfKeys;

/**
 * The driver container's memory as Spark's BasicDriverFeatureStep computes it: spark.driver.memory
 * (MiB, default 1g) plus an overhead that is spark.driver.memoryOverhead if set, else
 * max(factor * memory, floor). The factor is spark.driver.memoryOverheadFactor, else the default
 * factor: spark.kubernetes.memoryOverheadFactor, which is 0.1 for JVM and 0.4 for Python and R
 * applications unless set. The floor is 384 MiB (spark.driver.minMemoryOverhead from Spark 4.0).
 */
public record DriverMemory(long memoryMiB, long overheadMiB, double defaultFactor) {

    static final double JVM_FACTOR = 0.1;
    static final double NON_JVM_FACTOR = 0.4;
    static final long MIN_OVERHEAD_MIB = 384;

    static DriverMemory of(SparkConf conf, AppResource.Kind kind, SparkVersion version) {
        long memory = SparkSize.mebibytesOf(conf.get(SparkConfKeys.DRIVER.memory(), "1g"));
        double defaultFactor = conf.get(SparkConfKeys.MEMORY_OVERHEAD_FACTOR)
                .map(Double::parseDouble)
                .orElse(kind.isJvm() ? JVM_FACTOR : NON_JVM_FACTOR);
        double factor = conf.get(SparkConfKeys.DRIVER.memoryOverheadFactor()).map(Double::parseDouble).orElse(defaultFactor);
        long floor = version.readsMinMemoryOverhead()
                ? SparkSize.mebibytesOf(conf.get(SparkConfKeys.DRIVER_MIN_MEMORY_OVERHEAD, MIN_OVERHEAD_MIB + "m"))
                : MIN_OVERHEAD_MIB;
        long overhead = conf.get(SparkConfKeys.DRIVER.memoryOverhead())
                .map(SparkSize::mebibytesOf)
                .orElseGet(() -> Math.max((long) (int) (factor * memory), floor));
        return new DriverMemory(memory, overhead, defaultFactor);
    }

    long totalMiB() {
        return memoryMiB + overheadMiB;
    }

    /** The spark.kubernetes.memoryOverheadFactor Spark writes back: the Scala Double's toString. */
    String defaultFactorText() {
        return Double.toString(defaultFactor);
    }
}
