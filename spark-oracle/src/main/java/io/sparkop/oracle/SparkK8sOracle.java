package io.sparkop.oracle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.spark.deploy.SparkSubmit;
import org.apache.spark.deploy.SparkSubmit$;

/**
 * Conformance oracle: asks Apache Spark's own spark-submit what it creates for a cluster-mode
 * submission, with no cluster. Runs {@code SparkSubmit.main} in this JVM with
 * {@code --master k8s://http://127.0.0.1:PORT --deploy-mode cluster} against {@link Recorder},
 * the path kubeflow/spark-operator takes when it runs spark-submit (SparkSubmit ->
 * KubernetesClientApplication -> Client.run -> KubernetesDriverBuilder).
 *
 * <pre>
 * usage: SparkK8sOracle submit OUT_DIR [spark-submit args without --master/--deploy-mode]
 *        SparkK8sOracle batch  CASES_FILE
 * </pre>
 *
 * A cases file holds several cases, separated by a line "---"; in each, the first line is the
 * output directory, then optional lines "@file SOURCE TARGET" (copy SOURCE to TARGET before the
 * submission, for pod template files spark-submit reads from a fixed path), then every other
 * non-blank line is one spark-submit argument, verbatim. Batch mode pays the JVM and Spark
 * start-up (about 5 s) once instead of per case.
 */
public final class SparkK8sOracle {

  private SparkK8sOracle() {}

  public static void main(String[] argv) throws Exception {
    if (argv.length < 2 || !(argv[0].equals("submit") || argv[0].equals("batch"))) {
      System.err.println("usage: SparkK8sOracle submit OUT_DIR [spark-submit args]\n"
          + "       SparkK8sOracle batch CASES_FILE");
      System.exit(2);
    }
    replaceExitFn();
    int failures = 0;
    if (argv[0].equals("submit")) {
      failures += run(Path.of(argv[1]), Arrays.asList(argv).subList(2, argv.length)) ? 0 : 1;
    } else {
      for (List<String> c : readCases(Path.of(argv[1]))) {
        int args = 1;
        for (; args < c.size() && c.get(args).startsWith("@file "); args++) {
          String[] st = c.get(args).split(" ");
          Path target = Path.of(st[2]);
          Files.createDirectories(target.getParent());
          Files.copy(Path.of(st[1]), target, StandardCopyOption.REPLACE_EXISTING);
        }
        failures += run(Path.of(c.get(0)), c.subList(args, c.size())) ? 0 : 1;
      }
    }
    System.out.flush();
    // Spark and the fabric8 client may leave non-daemon threads behind.
    System.exit(failures == 0 ? 0 : 1);
  }

  /**
   * spark-submit calls {@code exitFn} on bad arguments; make that throw so one bad case does not
   * end a batch. Its type differs by line (3.5: {@code Int => Unit}; 4.x: {@code (Int,
   * Option[Throwable]) => Unit}), hence a proxy for whichever function trait the setter takes.
   */
  private static void replaceExitFn() throws ReflectiveOperationException {
    for (Method m : SparkSubmit$.class.getMethods()) {
      if (m.getName().equals("exitFn_$eq")) {
        Class<?> fn = m.getParameterTypes()[0];
        Object thrower = Proxy.newProxyInstance(fn.getClassLoader(), new Class<?>[] {fn},
            (proxy, method, args) -> {
              if (method.getName().startsWith("apply")) {
                throw new IllegalStateException("spark-submit exited with code " + args[0]);
              }
              return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "exitFn(throwing)";
              };
            });
        m.invoke(SparkSubmit$.MODULE$, thrower);
        return;
      }
    }
    throw new NoSuchMethodException("SparkSubmit.exitFn_$eq");
  }

  static List<List<String>> readCases(Path file) throws IOException {
    List<List<String>> cases = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.strip().equals("---")) {
        if (!cur.isEmpty()) {
          cases.add(cur);
        }
        cur = new ArrayList<>();
      } else if (!line.isBlank()) {
        cur.add(line);
      }
    }
    if (!cur.isEmpty()) {
      cases.add(cur);
    }
    return cases;
  }

  /** Runs one submission and writes its golden files; false (and error.txt) if Spark failed. */
  static boolean run(Path out, List<String> sparkArgs) throws IOException {
    long t0 = System.nanoTime();
    Properties saved = (Properties) System.getProperties().clone();
    Files.createDirectories(out);
    try (Recorder rec = new Recorder()) {
      List<String> a = new ArrayList<>(List.of(
          "--master", "k8s://http://127.0.0.1:" + rec.port(),
          "--deploy-mode", "cluster"));
      a.addAll(sparkArgs);
      Throwable failure = null;
      try {
        SparkSubmit.main(a.toArray(new String[0]));
      } catch (Throwable t) {
        failure = t;
      } finally {
        System.setProperties(saved); // no case may see another's system properties
      }
      GoldenWriter writer = new GoldenWriter(rec.requests, argAfter(sparkArgs, "--name"));
      writer.writeTo(out);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (failure != null) {
        StringWriter sw = new StringWriter();
        failure.printStackTrace(new PrintWriter(sw));
        Files.writeString(out.resolve("error.txt"), writer.normalise(firstLines(sw.toString())));
        System.out.println("[oracle] FAILED " + out + " after " + ms + " ms: " + failure);
        return false;
      }
      System.out.println("[oracle] spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
          + " " + out + " took " + ms + " ms, " + rec.requests.size() + " requests");
      return true;
    }
  }

  private static String argAfter(List<String> args, String option) {
    int i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "";
  }

  private static String firstLines(String trace) {
    String[] lines = trace.split("\n");
    return String.join("\n", Arrays.asList(lines).subList(0, Math.min(lines.length, 8))) + "\n";
  }
}
