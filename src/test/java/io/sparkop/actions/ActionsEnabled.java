package io.sparkop.actions;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Actions on, identity from bearer tokens (the default mode). */
public class ActionsEnabled implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sparkop.dashboard.actions.enabled", "true");
    }
}
