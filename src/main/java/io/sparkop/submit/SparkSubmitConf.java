package io.sparkop.submit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SparkSubmit makes of the command line before handing over to Kubernetes' Client: the
 * {@code --conf}s (non-"spark." keys dropped, as SparkSubmitArguments does), then the options that
 * win over confs of the same key, the primary resource added to spark.jars for JVM applications,
 * and the submission's own values.
 */
final class SparkSubmitConf {

    static Map<String, String> of(SparkSubmitCommand command, AppResource resource, Submission submission,
            Map<String, String> operatorConfs) {
        Map<String, String> conf = new LinkedHashMap<>();
        command.confs().forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                conf.put(k, v);
            }
        });
        conf.putAll(operatorConfs);
        conf.put("spark.app.name", command.name());
        Map<String, String> deps = command.depsOptions();
        optionOverConf(conf, "spark.jars.packages", deps.get(SparkSubmitCommand.PACKAGES));
        optionOverConf(conf, "spark.jars.excludes", deps.get(SparkSubmitCommand.EXCLUDE_PACKAGES));
        optionOverConf(conf, "spark.jars.repositories", deps.get(SparkSubmitCommand.REPOSITORIES));
        optionOverConf(conf, "spark.files", deps.get(SparkSubmitCommand.FILES));
        optionOverConf(conf, "spark.archives", deps.get(SparkSubmitCommand.ARCHIVES));
        jars(conf, deps.get(SparkSubmitCommand.JARS), resource);
        String pyFiles = Optional.ofNullable(deps.get(SparkSubmitCommand.PY_FILES)).orElse(conf.get("spark.submit.pyFiles"));
        conf.put("spark.submit.pyFiles", pyFiles == null ? "" : pyFiles);
        conf.put("spark.submit.deployMode", "cluster");
        conf.put("spark.master", submission.masterUrl());
        conf.put("spark.app.submitTime", Long.toString(submission.submitTime().toEpochMilli()));
        return conf;
    }

    private static void optionOverConf(Map<String, String> conf, String key, String optionValue) {
        if (optionValue != null) {
            conf.put(key, optionValue);
        }
    }

    /** SparkSubmit.prepareSubmitEnvironment: a JVM application's primary resource joins spark.jars. */
    private static void jars(Map<String, String> conf, String jarsOption, AppResource resource) {
        String jars = jarsOption != null ? jarsOption : conf.get("spark.jars");
        if (resource.kind().isJvm()) {
            jars = jars == null || jars.isEmpty() ? resource.primary() : jars + "," + resource.primary();
        }
        if (jars != null) {
            conf.put("spark.jars", jars);
        }
    }

    private SparkSubmitConf() {
    }
}
