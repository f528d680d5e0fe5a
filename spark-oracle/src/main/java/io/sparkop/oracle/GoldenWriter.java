package io.sparkop.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the recorder saw into golden files with stable names and no random parts.
 *
 * <pre>
 * pod.yaml                                the driver Pod as POSTed
 * service.yaml                            the headless driver Service (server-side apply)
 * networkpolicy.yaml                      Spark 4.x only
 * configmap.yaml                          spark-drv-…-conf-map, spark.properties as Spark wrote it
 * spark.properties                        its properties, sorted, one key=value a line
 * executor-pod-template-configmap.yaml    only with spark.kubernetes.executor.podTemplateFile
 * &lt;kind&gt;-&lt;name&gt;.yaml                     anything else Spark creates
 * requests.log                            every request, in order
 * </pre>
 */
final class GoldenWriter {

  private static final Pattern APP_ID = Pattern.compile("spark-[0-9a-f]{32}");
  private static final Pattern CONF_MAP = Pattern.compile("spark-drv-[0-9a-f]+-conf-map");
  private static final Pattern LOCAL_DIR = Pattern.compile("/var/data/spark-[0-9a-f-]{36}");
  private static final Pattern SUBMIT_TIME = Pattern.compile("spark\\.app\\.submitTime=[0-9]+");
  private static final Pattern RECORDER_PORT = Pattern.compile("127\\.0\\.0\\.1(\\\\?):[0-9]+");
  private static final Pattern DATE_COMMENT = Pattern.compile(
      "#[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]{2} [0-9:]{8} [A-Za-z0-9:+-]+ [0-9]{4}");
  private static final Pattern SHORT_SERVICE = Pattern.compile("spark-[0-9a-f]{7,16}");
  private static final String SVC_SUFFIX = "-driver-svc";
  private static final String POLICY_SUFFIX = "-policy";
  private static final String PODSPEC_SUFFIX = "-driver-podspec-conf-map";

  private final List<Recorder.Request> requests;
  private final Map<String, String> names = new LinkedHashMap<>();

  GoldenWriter(List<Recorder.Request> requests, String appName) {
    this.requests = requests;
    String service = null;
    for (Recorder.Request r : requests) {
      String kind = r.body() == null ? "" : r.body().path("kind").asText();
      String name = r.body() == null ? "" : r.body().path("metadata").path("name").asText();
      // Spark names these <resource-name-prefix>-<suffix>, the prefix being
      // <sanitised app name>-<KubernetesUtils.uniqueID()>.
      if (kind.equals("NetworkPolicy") && name.endsWith(POLICY_SUFFIX)) {
        names.put(strip(name, POLICY_SUFFIX), "$PREFIX");
      } else if (kind.equals("ConfigMap") && name.endsWith(PODSPEC_SUFFIX)) {
        names.put(strip(name, PODSPEC_SUFFIX), "$PREFIX");
      } else if (kind.equals("Service") && name.endsWith(SVC_SUFFIX)) {
        service = strip(name, SVC_SUFFIX);
      }
    }
    if (service != null) {
      // DriverServiceFeatureStep: when <prefix>-driver-svc exceeds 63 characters, the Service is
      // named spark-<another uniqueID>-driver-svc instead.
      boolean fallback = SHORT_SERVICE.matcher(service).matches()
          && !"spark".equalsIgnoreCase(appName);
      names.putIfAbsent(service, fallback ? "spark-$SVC_ID" : "$PREFIX");
    }
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  void writeTo(Path out) throws IOException {
    Files.createDirectories(out);
    Map<String, Integer> used = new TreeMap<>();
    for (Recorder.Request r : requests) {
      if (r.body() == null) {
        continue;
      }
      String file = fileName(r.body(), used);
      if (file.equals("pod.yaml")) {
        sortLocalDirs(r.body());
      }
      Files.writeString(out.resolve(file), normalise(CanonicalYaml.of(r.body())));
      if (file.equals("configmap.yaml")) {
        String props = r.body().path("data").path("spark.properties").asText(null);
        if (props != null) {
          Files.writeString(out.resolve("spark.properties"), sortedProperties(props));
        }
      }
    }
    StringBuilder log = new StringBuilder();
    for (Recorder.Request r : requests) {
      log.append(r.method()).append(' ').append(r.uri());
      if (r.contentType() != null) {
        log.append("  [").append(r.contentType()).append(']');
      }
      log.append('\n');
    }
    Files.writeString(out.resolve("requests.log"), normalise(log.toString()));
  }

  /**
   * With several spark-local-dir-* volumes Spark lists their mount paths in SPARK_LOCAL_DIRS in
   * an order that changes from run to run (seen with both 3.5.6 and 4.2.0), so sort them.
   */
  private static void sortLocalDirs(JsonNode pod) {
    for (JsonNode container : pod.path("spec").path("containers")) {
      for (JsonNode env : container.path("env")) {
        if (env.path("name").asText().equals("SPARK_LOCAL_DIRS") && env.has("value")) {
          String[] dirs = env.get("value").asText().split(",");
          Arrays.sort(dirs);
          ((ObjectNode) env).put("value", String.join(",", dirs));
        }
      }
    }
  }

  private String fileName(JsonNode body, Map<String, Integer> used) {
    String kind = body.path("kind").asText("Unknown");
    String name = body.path("metadata").path("name").asText("");
    String base;
    if (kind.equals("Pod")) {
      base = "pod";
    } else if (kind.equals("Service")) {
      base = "service";
    } else if (kind.equals("NetworkPolicy")) {
      base = "networkpolicy";
    } else if (kind.equals("ConfigMap") && CONF_MAP.matcher(name).matches()) {
      base = "configmap";
    } else if (kind.equals("ConfigMap") && name.endsWith("-podspec-conf-map")) {
      base = "executor-pod-template-configmap";
    } else {
      base = kind.toLowerCase() + "-" + normalise(name).replace("$", "").toLowerCase();
    }
    int n = used.merge(base, 1, Integer::sum);
    return (n == 1 ? base : base + "-" + n) + ".yaml";
  }

  /** Spark's Properties.store output, parsed, sorted by key and normalised. */
  String sortedProperties(String storeFormat) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(storeFormat));
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(p).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return normalise(sb.toString());
  }

  String normalise(String s) {
    s = APP_ID.matcher(s).replaceAll(Matcher.quoteReplacement("$APP_ID"));
    s = CONF_MAP.matcher(s).replaceAll(Matcher.quoteReplacement("$CONF_MAP"));
    for (Map.Entry<String, String> e : names.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    s = LOCAL_DIR.matcher(s).replaceAll(Matcher.quoteReplacement("/var/data/spark-$UUID"));
    s = SUBMIT_TIME.matcher(s).replaceAll(Matcher.quoteReplacement("spark.app.submitTime=$MILLIS"));
    s = RECORDER_PORT.matcher(s).replaceAll("127.0.0.1$1:\\$PORT");
    s = DATE_COMMENT.matcher(s).replaceAll(Matcher.quoteReplacement("#$DATE"));
    return s.replace(Recorder.FIXED_UID, "$DRIVER_POD_UID");
  }
}
