package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Stands in for a SparkConnect spec that could not be read; see {@link UnreadableSpec}. */
@RegisterForReflection // serialised, as the original JSON, whenever its resource is cloned or written
public final class UnreadableSparkConnectSpec extends SparkConnectSpec implements UnreadableSpec {

    private final String problem;
    private final JsonNode original;

    public UnreadableSparkConnectSpec(String problem, JsonNode original) {
        this.problem = problem;
        this.original = original;
    }

    /** Written back exactly as the user wrote it: a status patch or a clone must not lose the spec. */
    @JsonValue
    public JsonNode original() {
        return original;
    }

    @Override
    public String problem() {
        return problem;
    }
}
