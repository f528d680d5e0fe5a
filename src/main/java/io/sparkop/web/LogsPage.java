package io.sparkop.web;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.sparkop.OperatorConfig;
import io.sparkop.index.ApplicationView;
import io.sparkop.connect.ConnectCaches;
import io.sparkop.index.SparkIndex;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A pod's log: the last lines, followed live over server-sent events, or downloaded. Only pods of the named
 * application, found in the cache; the stream to the API server closes when the viewer leaves.
 */
@Path("/applications/{namespace}/{name}/logs/{pod}")
public class LogsPage {

    @CheckedTemplate(basePath = "logs", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record LogTemplate(LogView log) implements TemplateInstance {
    }

    /** Followers hold a thread each, blocked on the API server's stream; more viewers wait for a free one. */
    static final int MAX_FOLLOWERS = 32;
    private static final Semaphore FOLLOWERS = new Semaphore(MAX_FOLLOWERS);
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "dashboard-log-follower");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    SparkIndex index;
    @Inject
    KubernetesClient client;
    @Inject
    OperatorConfig config;
    @Inject
    ConnectCaches sessions;

    @PathParam("namespace")
    String namespace;
    @PathParam("name")
    String name;
    @PathParam("pod")
    String pod;

    @GET
    @Produces(Html.PAGE)
    public Response page(@QueryParam("tail") Integer tail) {
        LogView log = lastLines(tail);
        return Response.status(log.problem() == null ? 200 : 404).entity(new LogTemplate(log)).build();
    }

    @GET
    @Produces(Html.JSON_TWIN)
    public Response tailJson(@QueryParam("tail") Integer tail) {
        LogView log = lastLines(tail);
        return Response.status(log.problem() == null ? 200 : 404).entity(log).build();
    }

    LogView lastLines(Integer requested) {
        requireLogs();
        int lines = Math.max(1, Math.min(requested == null ? config.dashboard().logTailLines() : requested, config.dashboard().logMaxTailLines()));
        String base = Paths.logs(namespace, name, pod);
        if (podOfApplication() == null) {
            return view(lines, List.of(), "Pod " + pod + " is gone: it is no longer in the cluster (or is not a pod of "
                    + namespace + "/" + name + ").");
        }
        try {
            String text = container(podResource()).limitBytes(lines * LogLines.MAX_LINE).tailingLines(lines).getLog();
            List<String> shown = text == null ? List.of() : text.lines().map(LogLines::clean).toList();
            return new LogView(namespace, name, pod, lines, shown, null, base + "/follow", base + "/download",
                    backPath());
        } catch (KubernetesClientException e) {
            return view(lines, List.of(), e.getCode() == 404
                    ? "Pod " + pod + " is gone: the API server no longer has it."
                    : "The API server did not give the log (HTTP " + e.getCode() + "): " + e.getStatus().getMessage());
        }
    }

    private LogView view(int lines, List<String> shown, String problem) {
        return new LogView(namespace, name, pod, lines, shown, problem, null, null, backPath());
    }

    /** New lines as server-sent events; lines a slow viewer cannot take are dropped, never buffered without end. */
    @GET
    @Path("follow")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> follow(@jakarta.ws.rs.core.Context Sse sse) {
        requireLogs();
        requirePod();
        if (!FOLLOWERS.tryAcquire()) {
            throw new WebApplicationException("Too many log viewers; try again later", 503);
        }
        PodResource resource = podResource();
        Multi<String> lines = Multi.createFrom().<String>emitter(emitter -> READERS.execute(() -> relay(resource, emitter)),
                BackPressureStrategy.DROP);
        // A first event sends the response headers at once: the browser knows it follows before any new line.
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(sse.newEventBuilder().name(FOLLOWING).data("").build()),
                lines.map(line -> sse.newEventBuilder().data(line).build()));
    }

    static final String FOLLOWING = "following";

    private void relay(PodResource resource, MultiEmitter<? super String> emitter) {
        try (LogWatch watch = container(resource).tailingLines(0).watchLog()) {
            emitter.onTermination(watch::close);
            var reader = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8));
            String line;
            while (!emitter.isCancelled() && (line = reader.readLine()) != null) {
                emitter.emit(LogLines.clean(line));
            }
            emitter.complete();
        } catch (IOException | KubernetesClientException e) {
            if (!emitter.isCancelled()) {
                Log.debugf("log stream of %s/%s ended: %s", namespace, pod, e.getMessage());
                emitter.complete();
            }
        } finally {
            FOLLOWERS.release();
        }
    }

    @GET
    @Path("download")
    @Produces(MediaType.TEXT_PLAIN)
    public Response download() {
        requireLogs();
        requirePod();
        PodResource resource = podResource();
        StreamingOutput body = out -> {
            try (var reader = new BufferedReader(new InputStreamReader(container(resource).getLogInputStream(), StandardCharsets.UTF_8))) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                String line;
                while ((line = reader.readLine()) != null) {
                    writer.write(LogLines.clean(line));
                    writer.write('\n');
                }
                writer.flush();
            }
        };
        return Response.ok(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + pod + ".log\"")
                .build();
    }

    private void requireLogs() {
        if (!config.dashboard().logs()) {
            throw new NotFoundException("Logs are turned off (sparkop.dashboard.logs=false)");
        }
    }

    private void requirePod() {
        if (podOfApplication() == null) {
            throw new NotFoundException("Pod " + pod + " is gone or is not a pod of " + namespace + "/" + name);
        }
    }

    /**
     * The pod, when it is in the cache and belongs to the named application, or is the server pod of the
     * SparkConnect of that name: nothing else is ever read.
     */
    private Pod podOfApplication() {
        return index.application(namespace, name).stream()
                .map(ApplicationView::pods).flatMap(List::stream)
                .filter(p -> pod.equals(p.getMetadata().getName()))
                .findFirst()
                .or(() -> sessions.session(namespace, name).flatMap(sessions::serverPod)
                        .filter(p -> pod.equals(p.getMetadata().getName())))
                .orElse(null);
    }

    /** Back to the application, or to the Sessions page for a SparkConnect's server. */
    private String backPath() {
        return index.application(namespace, name).isEmpty() && sessions.session(namespace, name).isPresent()
                ? "/sessions" : Paths.application(namespace, name);
    }

    private PodResource podResource() {
        return client.pods().inNamespace(namespace).withName(pod);
    }

    /** The first container is Spark's; sidecars come after it. */
    private io.fabric8.kubernetes.client.dsl.ContainerResource container(PodResource resource) {
        Pod cached = podOfApplication();
        String container = cached == null || cached.getSpec() == null || cached.getSpec().getContainers().isEmpty()
                ? "" : cached.getSpec().getContainers().get(0).getName();
        return resource.inContainer(container);
    }
}
