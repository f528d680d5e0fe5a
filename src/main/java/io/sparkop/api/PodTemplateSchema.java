package io.sparkop.api;

/**
 * Schema stand-in for {@code template}: kubeflow declares it schemaless ({@code type: object} with
 * preserved unknown fields), so a full PodTemplateSpec schema would reject nothing and cost 10k lines.
 */
final class PodTemplateSchema {
    private PodTemplateSchema() {
    }
}
