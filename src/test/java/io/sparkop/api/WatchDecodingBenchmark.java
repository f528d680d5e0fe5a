package io.sparkop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.sparkop.testing.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: microseconds to decode a driver pod and an application as the API server sends them
 * (recorded from a hack/bench burst on the testbed, managedFields included), with fabric8's serialization and
 * with the operator's (SparkOpObjectMapperCustomizer). Run by bench/watch-decoding (-Dbench=true) on the image's
 * JVM and flags; skipped otherwise.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WatchDecodingBenchmark {

    static final int ROUNDS = 15;
    static final int PER_ROUND = 2000;

    @Test
    void decode() throws IOException {
        KubernetesSerialization fabric8 = Manifests.SERIALIZATION; // fabric8's, with our lenient specs only
        ObjectMapper ours = new ObjectMapper();
        new SparkOpObjectMapperCustomizer().customize(ours);
        KubernetesSerialization operator = new KubernetesSerialization(ours, true);
        List<String> report = new ArrayList<>();
        report.add("JVM: " + System.getProperty("java.vm.version") + " " + String.join(" ",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX:")).toList()));
        for (var sample : List.of(new Sample("driver pod", "src/test/resources/bench/driver-pod.json", Pod.class),
                new Sample("application", "src/test/resources/bench/application.json", SparkApplication.class))) {
            String json = Files.readString(Path.of(sample.file()));
            double[] plain = new double[ROUNDS];
            double[] without = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) { // interleaved, so both see the same machine
                plain[round] = microsPerDecode(fabric8, json, sample.type());
                without[round] = microsPerDecode(operator, json, sample.type());
            }
            // the first rounds compile; the median of the rest
            double a = median(Arrays.copyOfRange(plain, 5, ROUNDS));
            double b = median(Arrays.copyOfRange(without, 5, ROUNDS));
            report.add(String.format("%s (%d bytes): fabric8 %.1f us, the operator's client %.1f us (%.0f%% less)",
                    sample.name(), json.length(), a, b, 100 * (a - b) / a));
        }
        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/watch-decoding.txt"), text);
    }

    record Sample(String name, String file, Class<? extends HasMetadata> type) {
    }

    private static double microsPerDecode(KubernetesSerialization serialization, String json, Class<? extends HasMetadata> type) {
        long start = System.nanoTime();
        String name = null;
        for (int i = 0; i < PER_ROUND; i++) {
            name = serialization.unmarshal(json, type).getMetadata().getName();
        }
        long elapsed = System.nanoTime() - start;
        assertEquals(serialization.unmarshal(json, type).getMetadata().getName(), name);
        return elapsed / 1e3 / PER_ROUND;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
