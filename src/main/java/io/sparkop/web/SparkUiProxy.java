package io.sparkop.web;

import io.fabric8.kubernetes.api.model.Pod;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.sparkop.OperatorConfig;
import io.sparkop.api.AppState;
import io.sparkop.api.SparkConnect;
import io.sparkop.api.SparkConnectState;
import io.sparkop.connect.ConnectCaches;
import io.sparkop.connect.ConnectNames;
import io.sparkop.index.ApplicationView;
import io.sparkop.index.SparkIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The live Spark UI of a running driver, reverse-proxied under /applications/{ns}/{name}/spark-ui/, as YARN's
 * web proxy did. The target is always the named application's current driver pod, by its IP from the cache,
 * on its UI port: no request reaches any other host. Read-only: GET only.
 */
@Path("/applications/{namespace}/{name}/spark-ui")
public class SparkUiProxy {

    @CheckedTemplate(basePath = "spark-ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record NotRunning(String namespace, String name, String state, String applicationPath) implements TemplateInstance {
    }

    static final int DEFAULT_UI_PORT = 4040;
    private static final Pattern IP = Pattern.compile("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}");
    private static final List<String> PASSED_HEADERS = List.of("content-type", "cache-control", "last-modified", "etag");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    SparkIndex index;
    @Inject
    OperatorConfig config;
    @Inject
    ConnectCaches sessions;

    @GET
    public Response root(@PathParam("namespace") String namespace, @PathParam("name") String name, @Context UriInfo uri) {
        return proxy(namespace, name, "", uri);
    }

    @GET
    @Path("{path: .*}")
    public Response proxy(@PathParam("namespace") String namespace, @PathParam("name") String name,
            @PathParam("path") String ignored, @Context UriInfo uri) {
        if (!config.dashboard().sparkUiProxy()) {
            throw new NotFoundException("The Spark UI proxy is turned off (sparkop.dashboard.spark-ui-proxy=false)");
        }
        Optional<ApplicationView> found = index.application(namespace, name);
        if (found.isEmpty()) {
            return sessionProxy(namespace, name, uri);
        }
        ApplicationView view = found.get();
        Optional<URI> target = driverUi(view).map(base -> URI.create(base + rest(uri, namespace, name)));
        if (target.isEmpty()) {
            return Response.status(503).type(MediaType.TEXT_HTML)
                    .entity(new NotRunning(namespace, name, StateStyle.label(SparkIndex.stateOf(view.application())),
                            Paths.application(namespace, name)))
                    .build();
        }
        return forward(target.get(), namespace, name);
    }

    /** A SparkConnect's server is a driver too: its UI, while it is Ready, on Spark's default port. */
    private Response sessionProxy(String namespace, String name, UriInfo uri) {
        SparkConnect conn = sessions.session(namespace, name)
                .orElseThrow(() -> new NotFoundException("No SparkApplication or SparkConnect " + namespace + "/" + name));
        SparkConnectState state = conn.getStatus() == null ? null : conn.getStatus().getState();
        String ip = state != SparkConnectState.READY ? null : sessions.serverPod(conn)
                .filter(p -> "Running".equals(SparkIndex.phaseOf(p)))
                .map(p -> p.getStatus().getPodIP()).filter(a -> a != null && IP.matcher(a).matches()).orElse(null);
        if (ip == null) {
            return Response.status(503).type(MediaType.TEXT_HTML)
                    .entity(new NotRunning(namespace, name, state == null ? "New" : state.wire(), "/sessions"))
                    .build();
        }
        String base = "http://" + (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + ConnectNames.UI_PORT;
        return forward(URI.create(base + rest(uri, namespace, name)), namespace, name);
    }

    /** http://podIP:uiPort while the application runs and its driver pod is Running with an IP; else empty. */
    static Optional<String> driverUi(ApplicationView view) {
        if (SparkIndex.stateOf(view.application()) != AppState.RUNNING) {
            return Optional.empty();
        }
        Optional<Pod> driver = view.driver().filter(p -> "Running".equals(SparkIndex.phaseOf(p)));
        String ip = driver.map(p -> p.getStatus().getPodIP()).filter(a -> a != null && IP.matcher(a).matches()).orElse(null);
        if (ip == null) {
            return Optional.empty();
        }
        var info = view.application().getStatus().getDriverInfo();
        int port = info == null || info.getWebUIPort() == null ? DEFAULT_UI_PORT : info.getWebUIPort();
        return Optional.of("http://" + (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port);
    }

    /** The request's raw path below the proxy prefix, and its query: appended after host and port, never before. */
    private static String rest(UriInfo uri, String namespace, String name) {
        String raw = uri.getRequestUri().getRawPath();
        String prefix = Paths.sparkUi(namespace, name);
        String below = raw.startsWith(prefix) ? raw.substring(prefix.length()) : "";
        String query = uri.getRequestUri().getRawQuery();
        return "/" + below + (query == null ? "" : "?" + query);
    }

    private static Response forward(URI target, String namespace, String name) {
        HttpResponse<InputStream> upstream;
        try {
            upstream = HTTP.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return Response.status(502).type(MediaType.TEXT_PLAIN).entity("The driver's Spark UI did not answer: " + e.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.status(503).build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = upstream.body()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.status(upstream.statusCode()).entity(body);
        PASSED_HEADERS.forEach(h -> upstream.headers().firstValue(h).ifPresent(v -> response.header(h, v)));
        upstream.headers().firstValue("location").ifPresent(l -> response.header("Location", underProxy(l, namespace, name)));
        return response.build();
    }

    /** A redirect from Spark stays under the proxy: its path is kept, its host (the driver) dropped. */
    static String underProxy(String location, String namespace, String name) {
        URI uri = URI.create(location);
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String prefix = Paths.sparkUi(namespace, name);
        String proxied = path.startsWith(prefix) ? path : prefix + path.replaceFirst("^/", "");
        return proxied + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
