package io.sparkop.submit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BasicDriverFeatureStep's arithmetic: memory + max(factor * memory, floor), or an explicit overhead. */
class DriverMemoryTest {

    @ParameterizedTest(name = "{0} {1}: {2} + {3} MiB")
    @CsvSource({
        // kind, confs (key=value;...), memory, overhead, default factor
        "JAVA, '', 1024, 384, 0.1",                                   // 0.1 x 1024 = 102 < 384
        "JAVA, spark.driver.memory=4g, 4096, 409, 0.1",               // 409.6 rounds down
        "JAVA, spark.driver.memory=8g, 8192, 819, 0.1",
        "PYTHON, '', 1024, 409, 0.4",                                 // non-JVM: 0.4
        "PYTHON, spark.driver.memory=2g, 2048, 819, 0.4",             // 2867Mi, as in python-pyfiles-pythonversion
        "R, spark.driver.memory=2g, 2048, 819, 0.4",
        "JAVA, spark.driver.memory=2g;spark.driver.memoryOverhead=512m, 2048, 512, 0.1",
        "JAVA, spark.driver.memory=2g;spark.driver.memoryOverhead=100m, 2048, 100, 0.1", // explicit: no floor
        "JAVA, spark.driver.memory=2g;spark.kubernetes.memoryOverheadFactor=0.25, 2048, 512, 0.25",
        "PYTHON, spark.driver.memory=2g;spark.kubernetes.memoryOverheadFactor=0.25, 2048, 512, 0.25",
        "PYTHON, spark.driver.memory=4g;spark.driver.memoryOverheadFactor=0.05, 4096, 384, 0.4",
        "JAVA, spark.driver.memory=10g;spark.driver.memoryOverheadFactor=0.2, 10240, 2048, 0.1",
        "JAVA, spark.driver.memory=512, 512, 384, 0.1",
    })
    void computesTheOverheadLikeSpark(AppResource.Kind kind, String confs, long memory, long overhead, double factor) {
        DriverMemory actual = DriverMemory.of(conf(confs), kind, SparkVersion.of("4.2.0"));
        assertEquals(new DriverMemory(memory, overhead, factor), actual);
    }

    @ParameterizedTest(name = "Spark {0}: floor {1} MiB")
    @CsvSource({
        "3.5.6, 384",   // a fixed 384 MiB (ResourceProfile.MEMORY_OVERHEAD_MIN_MIB)
        "4.0.0, 100",   // spark.driver.minMemoryOverhead from 4.0
        "4.2.0, 100",
    })
    void theFloorIsConfigurableFromSpark4(String version, long overhead) {
        SparkConf conf = conf("spark.driver.memory=512;spark.driver.minMemoryOverhead=100m");
        assertEquals(overhead, DriverMemory.of(conf, AppResource.Kind.JAVA, SparkVersion.of(version)).overheadMiB());
    }

    @ParameterizedTest(name = "{0} is written back as {1}")
    @CsvSource({"0.1, 0.1", "0.25, 0.25", "1, 1.0", ".4, 0.4"})
    void writesTheDefaultFactorAsScalaDoes(String given, String written) {
        SparkConf conf = conf("spark.kubernetes.memoryOverheadFactor=" + given);
        assertEquals(written, DriverMemory.of(conf, AppResource.Kind.JAVA, SparkVersion.of("3.5.6")).defaultFactorText());
    }

    static SparkConf conf(String entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries.split(";")) {
            if (!entry.isBlank()) {
                map.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
            }
        }
        return new SparkConf(map);
    }
}
