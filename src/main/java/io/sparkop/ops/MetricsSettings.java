package io.sparkop.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** kubeflow's --metrics-* flags as {@code sparkop.metrics.*} settings, with the defaults of kubeflow's Helm chart. */
@ConfigMapping(prefix = "sparkop.metrics")
public interface MetricsSettings {

    /** kubeflow's --metrics-prefix: put in front of every kubeflow metric name. */
    Optional<String> prefix();

    /**
     * kubeflow's --metrics-labels: application labels that become metric labels ("-" read as "_");
     * {@code namespace} is the application's namespace; a label the application lacks reads "Unknown".
     */
    @WithDefault("app_type")
    List<String> labels();

    /** kubeflow's --metrics-job-submit-latency-buckets, in seconds. */
    @WithDefault("0.5,1,2,4,8,16,32,64,128,256")
    List<Double> jobSubmitLatencyBuckets();

    /** kubeflow's --metrics-job-start-latency-buckets, in seconds. */
    @WithDefault("30,60,90,120,150,180,210,240,270,300")
    List<Double> jobStartLatencyBuckets();

    /** How often the gauges (running applications and executors, applications by state) are recounted from the caches. */
    @WithDefault("5s")
    Duration gaugeRefresh();
}
