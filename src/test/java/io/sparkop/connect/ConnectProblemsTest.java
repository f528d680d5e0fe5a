package io.sparkop.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkop.api.DynamicAllocation;
import io.sparkop.api.SparkConnect;
import io.sparkop.testing.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad SparkConnect gets a message naming the field, as kubeflow's admission webhook would refuse it. */
class ConnectProblemsTest {

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("no image anywhere", c -> {
                    c.getSpec().setImage(null);
                    c.getSpec().getExecutor().setTemplate(null);
                }, "spec.image: missing, and the server template's container has no image",
                        "spec.image: missing, and the executor template has no spark-kubernetes-executor container with an image"),
                bad("no sparkVersion", c -> c.getSpec().setSparkVersion(" "), "spec.sparkVersion: missing"),
                bad("no server", c -> c.getSpec().setServer(null), "spec.server: missing"),
                bad("server memory", c -> c.getSpec().getServer().setMemory("1 GB"),
                        "spec.server.memory: \"1 GB\" is not a Spark size (512m, 2g)"),
                bad("upper-case name", c -> c.getMetadata().setName("Notebook"),
                        "metadata.name: \"Notebook\" is not a DNS-1035 label (lower-case letters, digits and '-', starting"
                                + " with a letter), which the server's Service name must be"),
                bad("long name", c -> c.getMetadata().setName("a".repeat(57)),
                        "metadata.name: \"" + "a".repeat(57) + "\" is longer than 56 characters, so its Service "
                                + "a".repeat(57) + "-server would not fit in 63"),
                bad("min above max", c -> c.getSpec().setDynamicAllocation(allocation(3, 1, 2)),
                        "spec.dynamicAllocation.minExecutors (3) is greater than maxExecutors (1)",
                        "spec.dynamicAllocation.initialExecutors (2) is less than minExecutors (3)",
                        "spec.dynamicAllocation.initialExecutors (2) is greater than maxExecutors (1)"),
                bad("negative", c -> c.getSpec().setDynamicAllocation(allocation(-1, null, null)),
                        "spec.dynamicAllocation.minExecutors: -1 is negative"),
                bad("disabled allocation is not checked", c -> {
                    DynamicAllocation off = allocation(3, 1, null);
                    off.setEnabled(false);
                    c.getSpec().setDynamicAllocation(off);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void problemsNameTheField(String what, Consumer<SparkConnect> edit, List<String> expected) {
        SparkConnect conn = Manifests.read(Path.of("examples/spark-connect.yaml"), SparkConnect.class);
        edit.accept(conn);
        assertEquals(expected, ConnectProblems.problems(conn));
    }

    private static Arguments bad(String what, Consumer<SparkConnect> edit, String... expected) {
        return Arguments.of(what, edit, List.of(expected));
    }

    private static DynamicAllocation allocation(Integer min, Integer max, Integer initial) {
        DynamicAllocation allocation = new DynamicAllocation();
        allocation.setEnabled(true);
        allocation.setMinExecutors(min);
        allocation.setMaxExecutors(max);
        allocation.setInitialExecutors(initial);
        return allocation;
    }
}
