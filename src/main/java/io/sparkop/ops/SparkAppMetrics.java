package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.Pod;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.sparkop.api.AppState;
import io.sparkop.api.ExecutorState;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationStatus;
import io.sparkop.reconcile.ApplicationTransition;
import io.sparkop.reconcile.ExecutorTransition;
import io.sparkop.kube.Times;
import io.sparkop.schedule.ScheduleRunOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every application metric, registered on the injected registry. Counters and latencies are taken from the
 * transitions the reconcilers fire after a successful status write (so a retried write never counts twice);
 * gauges are recounted from the informer caches (so they are right after a restart and on a new leader).
 *
 * <p>kubeflow's counters are exposed as Prometheus gauges: Micrometer's Prometheus registry gives a counter
 * the name {@code <name>_total}, and dashboards and alerts use kubeflow's names without that suffix.
 * {@code rate()} and {@code increase()} work on them as on counters (they restart from 0 with the process).
 */
@ApplicationScoped
public class SparkAppMetrics {

    @Inject
    MeterRegistry registry;
    @Inject
    MetricsSettings settings;
    @Inject
    CachedResources caches;
    @Inject
    Leadership leadership;

    private MetricLabels labels;
    private final Map<String, Map<Tags, AtomicLong>> kubeflowCounters = new ConcurrentHashMap<>();
    private final Map<String, Set<Tags>> seenGaugeRows = new ConcurrentHashMap<>();
    private MultiGauge runningApplications;
    private MultiGauge runningExecutors;
    private MultiGauge applicationsByState;

    @PostConstruct
    void register() {
        labels = new MetricLabels(settings.labels());
        runningApplications = MultiGauge.builder(name(MetricNames.APP_RUNNING_COUNT))
                .description(MetricNames.HELP_APP_RUNNING_COUNT).register(registry);
        runningExecutors = MultiGauge.builder(name(MetricNames.EXECUTOR_RUNNING_COUNT))
                .description(MetricNames.HELP_EXECUTOR_RUNNING_COUNT).register(registry);
        applicationsByState = MultiGauge.builder(name(MetricNames.APP_STATE_COUNT))
                .description(MetricNames.HELP_APP_STATE_COUNT).register(registry);
        Gauge.builder(name(MetricNames.LEADER), leadership, l -> l.isLeader() ? 1 : 0)
                .description(MetricNames.HELP_LEADER).register(registry);
    }

    void onApplicationTransition(@Observes ApplicationTransition transition) {
        SparkApplication app = transition.application();
        Tags tags = ClusterGauges.labelsOf(app, labels);
        if (transition.from() == AppState.NEW) {
            increment(MetricNames.APP_COUNT, MetricNames.HELP_APP_COUNT, tags);
        }
        SparkApplicationStatus status = app.getStatus();
        switch (transition.to()) {
            case SUBMITTED -> {
                increment(MetricNames.APP_SUBMIT_COUNT, MetricNames.HELP_APP_SUBMIT_COUNT, tags);
                if (firstAttempt(status == null ? null : status.getSubmissionAttempts())) {
                    sinceCreation(app, transition.at()).ifPresent(latency -> {
                        observeSummaryAndHistogram(MetricNames.APP_SUBMIT_LATENCY, MetricNames.HELP_APP_SUBMIT_LATENCY,
                                MetricNames.APP_SUBMIT_LATENCY_HISTOGRAM, MetricNames.HELP_APP_SUBMIT_LATENCY_HISTOGRAM,
                                settings.jobSubmitLatencyBuckets(), tags, latency);
                        histogram(MetricNames.APP_CREATE_TO_DRIVER_POD, MetricNames.HELP_APP_CREATE_TO_DRIVER_POD,
                                MetricNames.CREATE_LATENCY_BUCKETS, tags).record(latency);
                    });
                }
            }
            case SUBMISSION_FAILED -> increment(MetricNames.APP_FAILED_SUBMISSION_COUNT,
                    MetricNames.HELP_APP_FAILED_SUBMISSION_COUNT, tags);
            case RUNNING -> {
                if (firstAttempt(status == null ? null : status.getExecutionAttempts())) {
                    sinceCreation(app, transition.at()).ifPresent(latency -> {
                        observeSummaryAndHistogram(MetricNames.APP_START_LATENCY, MetricNames.HELP_APP_START_LATENCY,
                                MetricNames.APP_START_LATENCY_HISTOGRAM, MetricNames.HELP_APP_START_LATENCY_HISTOGRAM,
                                settings.jobStartLatencyBuckets(), tags, latency);
                        histogram(MetricNames.APP_CREATE_TO_RUNNING, MetricNames.HELP_APP_CREATE_TO_RUNNING,
                                MetricNames.CREATE_LATENCY_BUCKETS, tags).record(latency);
                    });
                }
            }
            case COMPLETED -> {
                increment(MetricNames.APP_SUCCESS_COUNT, MetricNames.HELP_APP_SUCCESS_COUNT, tags);
                executionTime(status).ifPresent(latency -> summary(MetricNames.APP_SUCCESS_EXECUTION_TIME, tags).record(latency));
            }
            case FAILED -> {
                increment(MetricNames.APP_FAILURE_COUNT, MetricNames.HELP_APP_FAILURE_COUNT, tags);
                executionTime(status).ifPresent(latency -> summary(MetricNames.APP_FAILURE_EXECUTION_TIME, tags).record(latency));
            }
            default -> { }
        }
    }

    void onExecutorTransition(@Observes ExecutorTransition transition) {
        Tags tags = ClusterGauges.labelsOf(transition.application(), labels);
        if (transition.to() == ExecutorState.COMPLETED) {
            increment(MetricNames.EXECUTOR_SUCCESS_COUNT, MetricNames.HELP_EXECUTOR_SUCCESS_COUNT, tags);
        } else if (transition.to() == ExecutorState.FAILED) {
            increment(MetricNames.EXECUTOR_FAILURE_COUNT, MetricNames.HELP_EXECUTOR_FAILURE_COUNT, tags);
        }
    }

    void onScheduleRunOutcome(@Observes ScheduleRunOutcome outcome) {
        var meta = outcome.schedule().getMetadata();
        Tags tags = labels.of(meta.getNamespace(), meta.getLabels())
                .and("outcome", outcome.outcome().name().toLowerCase(Locale.ROOT));
        Counter.builder(name(MetricNames.SCHEDULE_RUNS)).description(MetricNames.HELP_SCHEDULE_RUNS).tags(tags)
                .register(registry).increment();
    }

    /** Standbys report no application gauges, as kubeflow's standbys report nothing: sums over replicas stay right. */
    @Scheduled(identity = "sparkop-metrics-gauges", every = "${sparkop.metrics.gauge-refresh:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshGauges() {
        boolean leader = leadership.isLeader();
        var apps = leader ? caches.applications() : List.<SparkApplication>of();
        var pods = leader ? caches.sparkPods() : List.<Pod>of();
        replaceRows(runningApplications, MetricNames.APP_RUNNING_COUNT, ClusterGauges.runningApplications(apps, labels), leader);
        replaceRows(runningExecutors, MetricNames.EXECUTOR_RUNNING_COUNT, ClusterGauges.runningExecutors(pods, labels), leader);
        replaceRows(applicationsByState, MetricNames.APP_STATE_COUNT, ClusterGauges.applicationsByState(apps, labels), leader);
    }

    /** A label set seen once stays, at 0, as kubeflow's gauge vectors keep theirs. */
    private void replaceRows(MultiGauge gauge, String key, Map<Tags, Long> counts, boolean leader) {
        Set<Tags> seen = seenGaugeRows.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        if (!leader) {
            seen.clear();
        }
        seen.addAll(counts.keySet());
        Map<Tags, Long> rows = new HashMap<>();
        seen.forEach(tags -> rows.put(tags, counts.getOrDefault(tags, 0L)));
        gauge.register(rows.entrySet().stream().map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true);
    }

    private void increment(String metric, String help, Tags tags) {
        kubeflowCounters.computeIfAbsent(metric, m -> new ConcurrentHashMap<>())
                .computeIfAbsent(tags, t -> {
                    AtomicLong value = new AtomicLong();
                    Gauge.builder(name(metric), value, AtomicLong::get).description(help).tags(t).register(registry);
                    return value;
                })
                .incrementAndGet();
    }

    private void observeSummaryAndHistogram(String summaryName, String summaryHelp, String histogramName,
            String histogramHelp, List<Double> buckets, Tags tags, Duration latency) {
        Timer.builder(name(summaryName)).description(summaryHelp).tags(tags).register(registry).record(latency);
        histogram(histogramName, histogramHelp, buckets.stream().mapToDouble(Double::doubleValue).toArray(), tags).record(latency);
    }

    /** kubeflow gives its execution-time summaries no help text. */
    private Timer summary(String metric, Tags tags) {
        return Timer.builder(name(metric)).tags(tags).register(registry);
    }

    private Timer histogram(String metric, String help, double[] bucketSeconds, Tags tags) {
        Duration[] buckets = Arrays.stream(bucketSeconds).mapToObj(s -> Duration.ofNanos(Math.round(s * 1e9))).toArray(Duration[]::new);
        return Timer.builder(name(metric)).description(help).serviceLevelObjectives(buckets).tags(tags).register(registry);
    }

    private String name(String metric) {
        return MetricLabels.validName(settings.prefix().orElse("") + metric);
    }

    /** kubeflow observes latencies only for the first submission and the first run. */
    private static boolean firstAttempt(Integer attempts) {
        return Objects.equals(attempts, 1);
    }

    /** creationTimestamp has whole seconds: latencies read up to one second long, as kubeflow's do. */
    private static Optional<Duration> sinceCreation(SparkApplication app, Instant at) {
        Instant created = Times.parse(app.getMetadata().getCreationTimestamp());
        return created == null ? Optional.empty() : Optional.of(between(created, at));
    }

    /** kubeflow's execution time: from the last submission attempt to termination. */
    private static Optional<Duration> executionTime(SparkApplicationStatus status) {
        Instant submitted = status == null ? null : Times.parse(status.getLastSubmissionAttemptTime());
        Instant terminated = status == null ? null : Times.parse(status.getTerminationTime());
        if (submitted == null || terminated == null) {
            Log.debug("no submission or termination time: execution time not observed");
            return Optional.empty();
        }
        return Optional.of(between(submitted, terminated));
    }

    private static Duration between(Instant from, Instant to) {
        Duration duration = Duration.between(from, to);
        return duration.isNegative() ? Duration.ZERO : duration;
    }

}
