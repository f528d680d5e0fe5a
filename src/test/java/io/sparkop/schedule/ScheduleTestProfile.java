package io.sparkop.schedule;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.sparkop.testing.MutableClock;
import java.util.Map;
import java.util.Set;

/**
 * Schedule tests move the clock ({@link MutableClock}) and play the runs' lifecycle themselves by
 * patching their status, so the SparkApplication controller is kept off the runs: it only reconciles
 * applications carrying a label that no run has.
 */
public class ScheduleTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.operator-sdk.controllers.sparkapplication.selector", "sparkop.test/not-a-run");
    }
}
