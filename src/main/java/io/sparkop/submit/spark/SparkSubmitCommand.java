package io.sparkop.submit.spark;

import java.util.List;
import java.util.Map;

/**
 * The spark-submit command line kubeflow builds for an application ({@code buildSparkSubmitArgs}),
 * without {@code --master} and {@code --deploy-mode}: its options, then the primary resource and
 * the application arguments. {@code confs} holds every {@code --conf}, the last of a key winning.
 */
public record SparkSubmitCommand(
        String mainClass,
        String name,
        Map<String, String> depsOptions,
        Map<String, String> confs,
        String proxyUser,
        String primaryResource,
        List<String> arguments) {

    public static final String JARS = "--jars";
    public static final String PACKAGES = "--packages";
    public static final String EXCLUDE_PACKAGES = "--exclude-packages";
    public static final String REPOSITORIES = "--repositories";
    public static final String PY_FILES = "--py-files";
    public static final String FILES = "--files";
    public static final String ARCHIVES = "--archives";
}
