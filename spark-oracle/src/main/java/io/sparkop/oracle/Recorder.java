package io.sparkop.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny stand-in for the Kubernetes API server: accepts every write (POST, PUT, PATCH including
 * server-side apply), records the request body as a JSON tree, and echoes it back with a fixed
 * uid. Reads answer 404. Nothing is validated, so what is recorded is exactly what Spark sent.
 */
final class Recorder implements AutoCloseable {

  /** The uid every created object gets; Spark copies the driver pod's into ownerReferences. */
  static final String FIXED_UID = "00000000-0000-0000-0000-00000000d0d0";

  /** One write request: method, path+query, content type and the parsed body. */
  record Request(String method, String uri, String contentType, JsonNode body) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<Request> requests = new ArrayList<>();
  private final HttpServer server;

  Recorder() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    int code;
    String resp;
    if ((method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))
        && !body.isBlank()) {
      // JSON is YAML, so one parser reads both the POSTed pod and the apply-patch+yaml bodies.
      JsonNode tree = YAML.readTree(body);
      requests.add(new Request(method, ex.getRequestURI().toString(), ct, tree.deepCopy()));
      ObjectNode echo = (ObjectNode) tree;
      ObjectNode meta = echo.has("metadata")
          ? (ObjectNode) echo.get("metadata") : echo.putObject("metadata");
      if (!meta.has("uid")) {
        meta.put("uid", FIXED_UID);
      }
      meta.put("resourceVersion", "1");
      code = method.equals("POST") ? 201 : 200;
      resp = JSON.writeValueAsString(echo);
    } else {
      requests.add(new Request(method, ex.getRequestURI().toString(), ct, null));
      if (method.equals("DELETE")) {
        code = 200;
        resp = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Success\"}";
      } else {
        code = 404;
        resp = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"reason\":\"NotFound\",\"code\":404}";
      }
    }
    byte[] b = resp.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(code, b.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(b);
    }
  }
}
