package io.sparkop.submit.spark;

import io.sparkop.submit.SparkConfKeys;
import io.sparkop.submit.Submission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SparkSubmit makes of the command line before handing over to Kubernetes' Client: the
 * {@code --conf}s (non-"spark." keys dropped, as SparkSubmitArguments does), then the options that
 * win over confs of the same key, the primary resource added to spark.jars for JVM applications,
 * and the submission's own values.
 */
public final class SparkSubmitConf {

    static Map<String, String> of(SparkSubmitCommand command, AppResource resource, Submission submission,
            Map<String, String> operatorConfs) {
        Map<String, String> conf = new LinkedHashMap<>();
        command.confs().forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                conf.put(k, v);
            }
        });
        conf.putAll(operatorConfs);
        conf.put(SparkConfKeys.APP_NAME, command.name());
        Map<String, String> deps = command.depsOptions();
        optionOverConf(conf, SparkConfKeys.JARS_PACKAGES, deps.get(SparkSubmitCommand.PACKAGES));
        optionOverConf(conf, SparkConfKeys.JARS_EXCLUDES, deps.get(SparkSubmitCommand.EXCLUDE_PACKAGES));
        optionOverConf(conf, SparkConfKeys.JARS_REPOSITORIES, deps.get(SparkSubmitCommand.REPOSITORIES));
        optionOverConf(conf, SparkConfKeys.FILES, deps.get(SparkSubmitCommand.FILES));
        optionOverConf(conf, SparkConfKeys.ARCHIVES, deps.get(SparkSubmitCommand.ARCHIVES));
        jars(conf, deps.get(SparkSubmitCommand.JARS), resource);
        String pyFiles = Optional.ofNullable(deps.get(SparkSubmitCommand.PY_FILES)).orElse(conf.get(SparkConfKeys.PY_FILES));
        conf.put(SparkConfKeys.PY_FILES, pyFiles == null ? "" : pyFiles);
        conf.put(SparkConfKeys.DEPLOY_MODE, "cluster");
        conf.put(SparkConfKeys.MASTER, submission.masterUrl());
        if (submission.uiProxyBase() != null) {
            conf.putIfAbsent(SparkConfKeys.UI_PROXY_BASE, submission.uiProxyBase());
        }
        conf.put(SparkConfKeys.APP_SUBMIT_TIME, Long.toString(submission.submitTime().toEpochMilli()));
        return conf;
    }

    private static void optionOverConf(Map<String, String> conf, String key, String optionValue) {
        if (optionValue != null) {
            conf.put(key, optionValue);
        }
    }

    /** SparkSubmit.prepareSubmitEnvironment: a JVM application's primary resource joins spark.jars. */
    private static void jars(Map<String, String> conf, String jarsOption, AppResource resource) {
        String jars = jarsOption != null ? jarsOption : conf.get(SparkConfKeys.JARS);
        if (resource.kind().isJvm()) {
            jars = jars == null || jars.isEmpty() ? resource.primary() : jars + "," + resource.primary();
        }
        if (jars != null) {
            conf.put(SparkConfKeys.JARS, jars);
        }
    }

    private SparkSubmitConf() {
    }
}
