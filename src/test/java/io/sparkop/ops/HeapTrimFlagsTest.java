package io.sparkop.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image's JVM flags do give a grown heap back on the trim's full collection: a JVM started with the image's
 * -XX flags (hack/image.d/Containerfile's JDK_JAVA_OPTIONS and ENTRYPOINT, read by hack/image.d/jvm-flags; flags
 * this JVM does not know are ignored) grows its heap with 200 MiB of objects that then die, and {@link HeapTrim.JvmHeap#collect()}
 * must shrink it to a few MiB.
 */
class HeapTrimFlagsTest {

    /** Run in the child JVM: grows the heap, lets it all die, trims; prints committed MiB before and after. */
    public static void main(String[] args) {
        List<byte[]> grown = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            grown.add(new byte[1 << 20]);
        }
        System.out.println(grown.size() + " MiB held");
        grown = null;
        var heap = new HeapTrim.JvmHeap();
        long before = heap.committedBytes();
        heap.collect();
        long after = heap.committedBytes();
        System.out.println("committed " + (before >> 20) + " " + (after >> 20));
    }

    /** The image's -XX flags as hack/bench and hack/image read them: hack/image.d/jvm-flags, their one reader. */
    static List<String> imageFlags() throws IOException, InterruptedException {
        Process reader = new ProcessBuilder("bash", "hack/image.d/jvm-flags").redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(reader.waitFor(30, TimeUnit.SECONDS), "hack/image.d/jvm-flags did not finish");
        assertEquals(0, reader.exitValue(), output);
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void theImageFlagsGiveTheHeapBackOnTheTrimsCollection() throws Exception {
        List<String> flags = imageFlags();
        assertTrue(flags.contains("-XX:+UseSerialGC") && flags.contains("-XX:-ShrinkHeapInSteps"), flags.toString());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(flags);
        command.addAll(List.of("-Xms16m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                HeapTrimFlagsTest.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        Matcher committed = Pattern.compile("committed (\\d+) (\\d+)").matcher(output);
        assertTrue(committed.find(), output);
        long before = Long.parseLong(committed.group(1));
        long after = Long.parseLong(committed.group(2));
        assertTrue(before >= 200, "the heap did not grow: " + output);
        assertTrue(after <= 32, "the trim left " + after + " MiB of " + before + " committed: " + output);
    }
}
