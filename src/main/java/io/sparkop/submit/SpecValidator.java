package io.sparkop.submit;

import io.sparkop.api.DeployMode;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkApplicationType;
import io.sparkop.api.UnreadableSpec;
import io.sparkop.submit.spark.SparkVersion;
import io.sparkop.submit.validation.AdmissionChecks;
import io.sparkop.submit.validation.ApplicationChecks;
import io.sparkop.submit.validation.ImageChecks;
import io.sparkop.submit.validation.LocalDirChecks;
import io.sparkop.submit.validation.PodSpecChecks;
import io.sparkop.submit.validation.ResourceChecks;
import io.sparkop.submit.validation.SparkConfChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps an application from being submitted, as messages naming the field and its value
 * ({@code spec.driver.memory: '2Gi' is not a Spark size; use 2g}): everything spark-submit or the
 * API server would reject, and every value the builders parse, so that builders never throw on a
 * spec with no problems. Never throws itself.
 */
public final class SpecValidator {

    public static List<String> problems(SparkApplication app) {
        List<String> problems = new ArrayList<>();
        SparkApplicationSpec spec = app.getSpec();
        if (spec instanceof UnreadableSpec unreadable) {
            return List.of(unreadable.problem());
        }
        metadata(app, problems);
        if (app.getMetadata() == null) {
            return problems;
        }
        if (spec == null) {
            problems.add("spec: required");
            return problems;
        }
        application(spec, problems);
        AdmissionChecks.spec(app, problems);
        ResourceChecks.mainApplicationFile(spec, problems);
        ResourceChecks.dependencies(spec.getDeps(), problems);
        ImageChecks.images(spec, problems);
        PodSpecChecks.driver(app, problems);
        PodSpecChecks.executor(app, problems);
        LocalDirChecks.volumes(app, problems);
        SparkConfChecks.sparkConf(app, problems);
        ApplicationChecks.rest(spec, problems);
        return problems;
    }

    private static void metadata(SparkApplication app, List<String> problems) {
        String name = app.getMetadata() == null ? null : app.getMetadata().getName();
        if (name == null || name.isEmpty()) {
            problems.add("metadata.name: required");
        } else {
            AdmissionChecks.name("SparkApplication", name, problems);
        }
        if (app.getMetadata() == null || app.getMetadata().getNamespace() == null) {
            problems.add("metadata.namespace: required");
        }
    }

    private static void application(SparkApplicationSpec spec, List<String> problems) {
        if (spec.getType() == null) {
            problems.add("spec.type: required (Java, Scala, Python or R)");
        }
        if (spec.getSparkVersion() == null || spec.getSparkVersion().isBlank()) {
            problems.add("spec.sparkVersion: required, e.g. 3.5.6");
        } else if (SparkVersion.parse(spec.getSparkVersion()).isEmpty()) {
            problems.add("spec.sparkVersion: '" + spec.getSparkVersion() + "' is not a Spark version like 3.5.6");
        }
        if (spec.getMode() != null && spec.getMode() != DeployMode.CLUSTER) {
            problems.add("spec.mode: '" + (spec.getMode() == DeployMode.CLIENT ? "client" : "in-cluster-client")
                    + "' is not supported; only cluster mode is");
        }
        boolean jvm = spec.getType() == SparkApplicationType.JAVA || spec.getType() == SparkApplicationType.SCALA;
        if (jvm && (spec.getMainClass() == null || spec.getMainClass().isBlank())) {
            problems.add("spec.mainClass: required for a " + typeName(spec.getType()) + " application");
        }
    }

    static String typeName(SparkApplicationType type) {
        return switch (type) {
            case JAVA -> "Java";
            case SCALA -> "Scala";
            case PYTHON -> "Python";
            case R -> "R";
        };
    }

    private SpecValidator() {
    }
}
