package io.sparkop.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sparkop.api.AppState;
import io.sparkop.api.SparkApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which spec changes count: everything but timeToLiveSeconds and suspend (kubeflow v2.5.2 event_filter.go). */
class SpecHashTest {

    @Test
    void theSameSpecHashesTheSameWhateverTheOrderOfItsMaps() {
        SparkApplication a = app();
        a.getSpec().setSparkConf(new java.util.LinkedHashMap<>(Map.of("spark.a", "1")));
        a.getSpec().getSparkConf().put("spark.b", "2");
        SparkApplication b = app();
        b.getSpec().setSparkConf(new java.util.LinkedHashMap<>(Map.of("spark.b", "2")));
        b.getSpec().getSparkConf().put("spark.a", "1");
        assertEquals(SpecHash.of(a.getSpec()), SpecHash.of(b.getSpec()));
    }

    @Test
    void timeToLiveAndSuspendDoNotCount() {
        SparkApplication app = app();
        String before = SpecHash.of(app.getSpec());
        app.getSpec().setTimeToLiveSeconds(60L);
        app.getSpec().setSuspend(true);
        assertEquals(before, SpecHash.of(app.getSpec()));
    }

    @Test
    void whatRunsCounts() {
        SparkApplication app = app();
        String before = SpecHash.of(app.getSpec());
        app.getSpec().setArguments(List.of("100"));
        assertNotEquals(before, SpecHash.of(app.getSpec()));
    }

    @Test
    void theLegacyHashStillCountsTheTimeToLive() {
        SparkApplication app = app();
        String before = SpecHash.legacy(app.getSpec());
        app.getSpec().setTimeToLiveSeconds(60L);
        assertNotEquals(before, SpecHash.legacy(app.getSpec()));
    }

    private static SparkApplication app() {
        return TransitionsTest.app(AppState.NEW, null);
    }
}
