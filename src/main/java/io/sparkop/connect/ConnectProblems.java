package io.sparkop.connect;

import io.sparkop.api.DynamicAllocation;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectSpec;
import io.sparkop.api.UnreadableSpec;
import io.sparkop.submit.spark.SparkSize;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What keeps a SparkConnect from being built: kubeflow's admission checks (sparkconnect_validator.go)
 * and what its reconciler fails on (no image), each message naming the field. We have no webhook, so
 * they are reported in status and as an Event instead of refusing the object.
 */
public final class ConnectProblems {

    private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    /** "-server" must still fit in a 63-character Service name. */
    static final int MAX_NAME_LENGTH = 63 - "-server".length();

    public static List<String> problems(SparkConnect conn) {
        SparkConnectSpec spec = conn.getSpec();
        if (spec instanceof UnreadableSpec unreadable) {
            return List.of(unreadable.problem());
        }
        List<String> problems = new ArrayList<>();
        String name = conn.getMetadata().getName();
        if (!DNS_1035_LABEL.matcher(name).matches()) {
            problems.add("metadata.name: \"" + name + "\" is not a DNS-1035 label (lower-case letters, digits and '-',"
                    + " starting with a letter), which the server's Service name must be");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add("metadata.name: \"" + name + "\" is longer than " + MAX_NAME_LENGTH
                    + " characters, so its Service " + name + "-server would not fit in 63");
        }
        if (spec == null) {
            problems.add("spec: missing");
            return problems;
        }
        if (spec.getSparkVersion() == null || spec.getSparkVersion().isBlank()) {
            problems.add("spec.sparkVersion: missing");
        }
        if (spec.getServer() == null) {
            problems.add("spec.server: missing");
        }
        if (spec.getExecutor() == null) {
            problems.add("spec.executor: missing");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        images(spec, problems);
        memory("spec.server.memory", spec.getServer().getMemory(), problems);
        memory("spec.executor.memory", spec.getExecutor().getMemory(), problems);
        dynamicAllocation(spec.getDynamicAllocation(), problems);
        return problems;
    }

    private static void images(SparkConnectSpec spec, List<String> problems) {
        var template = spec.getServer().getTemplate();
        var containers = template == null || template.getSpec() == null ? List.<io.fabric8.kubernetes.api.model.Container>of()
                : template.getSpec().getContainers();
        boolean serverImage = !containers.isEmpty()
                && ConnectConf.notBlank(containers.get(ConnectServerBuilder.serverContainerIndex(containers)).getImage());
        if (!serverImage && !ConnectConf.notBlank(spec.getImage())) {
            problems.add("spec.image: missing, and the server template's container has no image");
        }
        if (ConnectConf.executorImage(spec).isEmpty()) {
            problems.add("spec.image: missing, and the executor template has no spark-kubernetes-executor container with an image");
        }
    }

    private static void memory(String field, String value, List<String> problems) {
        if (value != null && SparkSize.mebibytes(value).isEmpty()) {
            problems.add(field + ": \"" + value + "\" is not a Spark size (512m, 2g)");
        }
    }

    private static void dynamicAllocation(DynamicAllocation da, List<String> problems) {
        if (da == null || !Boolean.TRUE.equals(da.getEnabled())) {
            return;
        }
        Integer min = da.getMinExecutors();
        Integer max = da.getMaxExecutors();
        Integer initial = da.getInitialExecutors();
        if (min != null && max != null && min > max) {
            problems.add("spec.dynamicAllocation.minExecutors (" + min + ") is greater than maxExecutors (" + max + ")");
        }
        if (initial != null && min != null && initial < min) {
            problems.add("spec.dynamicAllocation.initialExecutors (" + initial + ") is less than minExecutors (" + min + ")");
        }
        if (initial != null && max != null && initial > max) {
            problems.add("spec.dynamicAllocation.initialExecutors (" + initial + ") is greater than maxExecutors (" + max + ")");
        }
        for (var entry : new Object[][] {{"minExecutors", min}, {"maxExecutors", max}, {"initialExecutors", initial}}) {
            if (entry[1] != null && (Integer) entry[1] < 0) {
                problems.add("spec.dynamicAllocation." + entry[0] + ": " + entry[1] + " is negative");
            }
        }
    }

    private ConnectProblems() {
    }
}
