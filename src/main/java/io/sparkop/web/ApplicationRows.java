package io.sparkop.web;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.api.AppState;
import io.sparkop.api.Labels;
import io.sparkop.api.SparkApplication;
import io.sparkop.api.SparkApplicationSpec;
import io.sparkop.api.SparkPodSpec;
import io.sparkop.index.ApplicationView;
import io.sparkop.index.SparkIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Application views from the read model's objects: pure, given the time to measure ages against. */
public final class ApplicationRows {

    private ApplicationRows() {
    }

    public static AppRow row(SparkApplication app, Instant now) {
        var meta = app.getMetadata();
        var status = app.getStatus();
        AppState state = SparkIndex.stateOf(app);
        String submitted = status == null ? null : status.getLastSubmissionAttemptTime();
        String finished = status == null ? null : status.getTerminationTime();
        Instant start = Humanise.instant(submitted);
        Instant end = Objects.requireNonNullElse(Humanise.instant(finished), now);
        int attempts = status == null || status.getExecutionAttempts() == null ? 0 : status.getExecutionAttempts();
        return new AppRow(meta.getNamespace(), meta.getName(),
                app.getSpec() == null || app.getSpec().getType() == null ? "" : app.getSpec().getType().toString(),
                StateStyle.label(state), StateStyle.cssClass(state), StateStyle.symbol(state), attempts,
                meta.getCreationTimestamp(), submitted, finished,
                start == null ? "" : Humanise.duration(Duration.between(start, end)),
                Humanise.ago(Humanise.instant(meta.getCreationTimestamp()), now),
                SparkIndex.scheduleOf(app), SparkIndex.errorOf(app));
    }

    public static ApplicationDetail detail(ApplicationView view, Instant now, KubernetesSerialization serialization,
            boolean logsEnabled, boolean sparkUiProxy) {
        SparkApplication app = view.application();
        String ns = app.getMetadata().getNamespace();
        String name = app.getMetadata().getName();
        var status = app.getStatus();
        List<PodRow> pods = view.pods().stream().map(p -> pod(p, ns, name, now, logsEnabled)).toList();
        List<EventRow> events = view.events().stream().map(e -> event(e, now)).toList();
        Optional<Pod> driver = view.driver();
        boolean driverRunning = SparkIndex.stateOf(app) == AppState.RUNNING
                && driver.map(p -> "Running".equals(SparkIndex.phaseOf(p))).orElse(false);
        return new ApplicationDetail(row(app, now),
                status == null ? null : status.getSubmissionID(),
                status == null ? null : status.getSparkApplicationId(),
                status == null || status.getSubmissionAttempts() == null ? 0 : status.getSubmissionAttempts(),
                timeline(view, now), spec(app.getSpec()), pods, events,
                SafeYaml.of(app, serialization), kubectl(ns, name, driver),
                driverRunning && sparkUiProxy ? Paths.sparkUi(ns, name) : null,
                logsEnabled ? driver.map(p -> Paths.logs(ns, name, p.getMetadata().getName())).orElse(null) : null);
    }

    static PodRow pod(Pod pod, String namespace, String app, Instant now, boolean logsEnabled) {
        var labels = Objects.requireNonNullElse(pod.getMetadata().getLabels(), Map.<String, String>of());
        List<ContainerStatus> containers = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of() : pod.getStatus().getContainerStatuses();
        int restarts = containers.stream().mapToInt(c -> Objects.requireNonNullElse(c.getRestartCount(), 0)).sum();
        var terminated = containers.stream()
                .map(c -> c.getState() == null ? null : c.getState().getTerminated())
                .filter(Objects::nonNull).findFirst();
        String reason = terminated.map(t -> t.getReason())
                .orElse(pod.getStatus() == null ? null : pod.getStatus().getReason());
        String phase = SparkIndex.phaseOf(pod);
        return new PodRow(pod.getMetadata().getName(), labels.getOrDefault(Labels.SPARK_ROLE, ""),
                labels.getOrDefault(Labels.SUBMISSION_ID, ""), phase, StateStyle.phaseClass(phase), restarts,
                pod.getSpec() == null ? null : pod.getSpec().getNodeName(),
                terminated.map(t -> t.getExitCode()).orElse(null), reason,
                Humanise.ago(Humanise.instant(pod.getMetadata().getCreationTimestamp()), now),
                logsEnabled ? Paths.logs(namespace, app, pod.getMetadata().getName()) : null);
    }

    public static EventRow event(Event event, Instant now) {
        String time = SparkIndex.timeOf(event);
        var about = event.getInvolvedObject();
        return new EventRow(time, Humanise.ago(Humanise.instant(time), now), event.getType(), event.getReason(),
                event.getMessage(), about == null ? "" : about.getKind() + "/" + about.getName(), event.getCount());
    }

    static List<TimelineEntry> timeline(ApplicationView view, Instant now) {
        SparkApplication app = view.application();
        var status = app.getStatus();
        List<TimelineEntry> entries = new ArrayList<>();
        add(entries, app.getMetadata().getCreationTimestamp(), "Created", "", false, now);
        if (status != null) {
            add(entries, status.getLastSubmissionAttemptTime(), "Submitted",
                    "attempt " + Objects.requireNonNullElse(status.getSubmissionAttempts(), 0), false, now);
        }
        for (Pod pod : view.pods()) {
            String role = Objects.requireNonNullElse(pod.getMetadata().getLabels(), Map.<String, String>of())
                    .getOrDefault(Labels.SPARK_ROLE, "pod");
            add(entries, pod.getMetadata().getCreationTimestamp(), capitalised(role) + " created", pod.getMetadata().getName(), false, now);
            if (pod.getStatus() != null) {
                add(entries, pod.getStatus().getStartTime(), capitalised(role) + " started", pod.getMetadata().getName(), false, now);
            }
        }
        view.events().forEach(e -> add(entries, SparkIndex.timeOf(e), e.getReason(), e.getMessage(), "Warning".equals(e.getType()), now));
        if (status != null) {
            AppState state = SparkIndex.stateOf(app);
            add(entries, status.getTerminationTime(), "Terminated", StateStyle.label(state),
                    StateStyle.FAILURES.contains(state), now);
        }
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    private static void add(List<TimelineEntry> entries, String time, String what, String detail, boolean warning, Instant now) {
        if (time != null && Humanise.instant(time) != null) {
            entries.add(new TimelineEntry(time, Humanise.ago(Humanise.instant(time), now), what, detail, warning));
        }
    }

    static SpecSummary spec(SparkApplicationSpec spec) {
        if (spec == null) {
            return new SpecSummary("", "", "", "", "", "", List.of(), "", "", "", "", "", "", List.of(),
                    Map.of(), Map.of(), Map.of(), Map.of());
        }
        var driver = spec.getDriver();
        var executor = spec.getExecutor();
        var deps = spec.getDeps();
        List<String> dependencies = deps == null ? List.of() : Stream.of(deps.getJars(), deps.getFiles(), deps.getPyFiles(),
                deps.getPackages(), deps.getArchives()).filter(Objects::nonNull).flatMap(List::stream).toList();
        return new SpecSummary(text(spec.getType()), text(spec.getMode()), text(spec.getSparkVersion()), text(spec.getImage()),
                text(spec.getMainClass()), text(spec.getMainApplicationFile()),
                Objects.requireNonNullElse(spec.getArguments(), List.of()),
                spec.getRestartPolicy() == null ? "" : text(spec.getRestartPolicy().getType()),
                driver == null ? "" : text(driver.getCores()), driver == null ? "" : text(driver.getMemory()),
                executor == null ? "" : text(executor.getInstances()),
                executor == null ? "" : text(executor.getCores()), executor == null ? "" : text(executor.getMemory()),
                dependencies, Redaction.redact(spec.getSparkConf()), Redaction.redact(spec.getHadoopConf()),
                environment(driver), environment(executor));
    }

    /** envVars and env values, secret-looking ones redacted; values from Secrets show only where they come from. */
    private static Map<String, String> environment(SparkPodSpec pod) {
        Map<String, String> env = new LinkedHashMap<>();
        if (pod == null) {
            return env;
        }
        env.putAll(Redaction.redact(pod.getEnvVars()));
        if (pod.getEnv() != null) {
            for (EnvVar var : pod.getEnv()) {
                env.put(var.getName(), var.getValueFrom() != null ? source(var) : Redaction.redact(Map.of(var.getName(),
                        Objects.requireNonNullElse(var.getValue(), ""))).get(var.getName()));
            }
        }
        if (pod.getEnvSecretKeyRefs() != null) {
            pod.getEnvSecretKeyRefs().forEach((k, ref) -> env.put(k, "from Secret " + ref.getName() + " key " + ref.getKey()));
        }
        return env;
    }

    private static String source(EnvVar var) {
        var from = var.getValueFrom();
        if (from.getSecretKeyRef() != null) {
            return "from Secret " + from.getSecretKeyRef().getName() + " key " + from.getSecretKeyRef().getKey();
        }
        if (from.getConfigMapKeyRef() != null) {
            return "from ConfigMap " + from.getConfigMapKeyRef().getName() + " key " + from.getConfigMapKeyRef().getKey();
        }
        return "from the pod (" + (from.getFieldRef() != null ? from.getFieldRef().getFieldPath() : "resource") + ")";
    }

    static List<String> kubectl(String namespace, String name, Optional<Pod> driver) {
        List<String> commands = new ArrayList<>(List.of(
                "kubectl get sparkapp -n " + namespace + " " + name + " -o yaml",
                "kubectl describe sparkapp -n " + namespace + " " + name));
        driver.ifPresent(p -> {
            commands.add("kubectl logs -n " + namespace + " " + p.getMetadata().getName() + " -f");
            commands.add("kubectl port-forward -n " + namespace + " pod/" + p.getMetadata().getName() + " 4040:4040");
        });
        commands.add("kubectl delete sparkapp -n " + namespace + " " + name);
        return commands;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
