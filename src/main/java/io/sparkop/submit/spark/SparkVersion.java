package io.sparkop.submit.spark;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spec.sparkVersion}, which decides whose spark-submit we imitate: each method names one
 * behaviour that changed between Spark lines, with the change that introduced it. Versions before
 * 4.0 behave as 3.5 does.
 */
public record SparkVersion(int major, int minor, int patch, String text) {

    private static final Pattern VERSION = Pattern.compile("v?([0-9]+)\\.([0-9]+)(?:\\.([0-9]+))?([-+.].*)?");

    public static Optional<SparkVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new SparkVersion(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch, text.trim()));
    }

    static SparkVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a Spark version: " + text));
    }

    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }

    /** SPARK-49731 (4.0): volume mounts carry subPathExpr and hostPath volumes their type. */
    boolean supportsSubPathExprAndHostPathType() {
        return atLeast(4, 0);
    }

    /** SPARK-47208 (4.0): the overhead floor is spark.driver.minMemoryOverhead, not a fixed 384 MiB. */
    boolean readsMinMemoryOverhead() {
        return atLeast(4, 0);
    }

    /** SPARK-47730 (4.0): {{APP_ID}} in pod label values, as in annotations since 3.3. */
    boolean substitutesIdsInLabels() {
        return atLeast(4, 0);
    }

    /** SPARK-52193 (4.1): the driver pod and Service expose the Spark Connect port. */
    boolean exposesSparkConnect() {
        return atLeast(4, 1);
    }

    /** SPARK-52902 (4.1): {{SPARK_VERSION}} in the driver image name. */
    boolean substitutesVersionInImage() {
        return atLeast(4, 1);
    }

    /** SPARK-55653 (4.2): a NetworkPolicy lets only the application's pods reach its executors. */
    boolean createsNetworkPolicy() {
        return atLeast(4, 2);
    }

    /** kubeflow labels pods for its webhook only without a pod template, or always before Spark 3. */
    public boolean isBefore3() {
        return major < 3;
    }
}
