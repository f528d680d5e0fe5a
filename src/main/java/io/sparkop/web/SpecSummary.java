package io.sparkop.web;

import java.util.List;
import java.util.Map;

/** What an application runs, with secret-looking sparkConf, hadoopConf and environment values redacted. */
public record SpecSummary(String type, String mode, String sparkVersion, String image, String mainClass,
        String mainApplicationFile, List<String> arguments, String restartPolicy,
        String driverCores, String driverMemory, String executorInstances, String executorCores, String executorMemory,
        List<String> dependencies, Map<String, String> sparkConf, Map<String, String> hadoopConf,
        Map<String, String> driverEnv, Map<String, String> executorEnv) {
}
