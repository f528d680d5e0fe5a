package io.sparkop.submit.spark;

import io.sparkop.submit.SpecValidator;
import java.util.List;

/**
 * The primary resource and how the driver runs it. spark-submit picks the kind from the file name,
 * not from spec.type (SparkSubmitArguments: a .py file is Python, a .R or .r file is R), and runs
 * non-JVM applications through a runner class; SpecValidator makes spec.type agree.
 */
public record AppResource(Kind kind, String primary, String mainClass, List<String> arguments, String proxyUser) {

    public enum Kind {
        JAVA("java", null),
        PYTHON("python", "org.apache.spark.deploy.PythonRunner"),
        R("r", "org.apache.spark.deploy.RRunner");

        /** spark.kubernetes.resource.type, set by DriverCommandFeatureStep. */
        final String resourceType;
        final String runnerClass;

        Kind(String resourceType, String runnerClass) {
            this.resourceType = resourceType;
            this.runnerClass = runnerClass;
        }

        boolean isJvm() {
            return this == JAVA;
        }
    }

    static AppResource of(SparkSubmitCommand command) {
        Kind kind = kindOf(command.primaryResource());
        String mainClass = kind.isJvm() ? command.mainClass() : kind.runnerClass;
        return new AppResource(kind, command.primaryResource(), mainClass, command.arguments(), command.proxyUser());
    }

    public static Kind kindOf(String primaryResource) {
        if (primaryResource.endsWith(".py")) {
            return Kind.PYTHON;
        }
        if (primaryResource.endsWith(".R") || primaryResource.endsWith(".r")) {
            return Kind.R;
        }
        return Kind.JAVA;
    }
}
