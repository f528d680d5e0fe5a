package io.sparkop.submit;

import java.util.List;
import java.util.Map;

/**
 * The spark-submit command line kubeflow builds for an application ({@code buildSparkSubmitArgs}),
 * without {@code --master} and {@code --deploy-mode}: its options, then the primary resource and
 * the application arguments. {@code confs} holds every {@code --conf}, the last of a key winning.
 */
record SparkSubmitCommand(
        String mainClass,
        String name,
        Map<String, String> depsOptions,
        Map<String, String> confs,
        String proxyUser,
        String primaryResource,
        List<String> arguments) {

    static final String JARS = "--jars";
    static final String PACKAGES = "--packages";
    static final String EXCLUDE_PACKAGES = "--exclude-packages";
    static final String REPOSITORIES = "--repositories";
    static final String PY_FILES = "--py-files";
    static final String FILES = "--files";
    static final String ARCHIVES = "--archives";
}
