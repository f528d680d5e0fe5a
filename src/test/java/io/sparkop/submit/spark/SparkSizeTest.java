package io.sparkop.submit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SparkSizeTest {

    @ParameterizedTest(name = "{0} is {1} MiB")
    @CsvSource({
        "512, 512",        // a bare number is MiB for memory confs
        "512m, 512",
        "512mb, 512",
        "2g, 2048",
        "2G, 2048",
        "2gb, 2048",       // JavaUtils.byteStringAs accepts kb, mb, gb, tb, pb
        "' 4g ', 4096",
        "1t, 1048576",
        "1024k, 1",
        "1500k, 1",        // to a bigger unit Spark rounds down
        "1048576b, 1",
        "0, 0",
    })
    void readsSparkByteStringsAsMebibytes(String value, long mebibytes) {
        assertEquals(mebibytes, SparkSize.mebibytes(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2Gi", "2.5g", "", "g", "-1g", "2 g", "two", "99999999999999999999999m"})
    void rejectsWhatSparkRejects(String value) {
        assertFalse(SparkSize.isValid(value));
    }

    @ParameterizedTest(name = "{0}: use {1}")
    @CsvSource({
        "2Gi, 2g",
        "512Mi, 512m",
        "2.5g, 2560m",
        "1.5, 1536k",
        "1.5k, 1536b",
        "lots, 'a whole number with an optional unit k, m, g or t, e.g. 2g'",
    })
    void suggestsWhatToWriteInstead(String value, String suggestion) {
        assertEquals(suggestion, SparkSize.suggestion(value));
    }
}
