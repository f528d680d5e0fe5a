package io.sparkop.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API: SparkApplications and ScheduledSparkApplications as the API server returns them, read and
 * changed with the caller's own identity (Authorization: Bearer, or the dashboard session plus X-CSRF-Token).
 */
@Path("/api/v1/namespaces/{namespace}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "actions")
@APIResponse(responseCode = "401", description = "no Kubernetes identity in the request")
@APIResponse(responseCode = "403", description = "Kubernetes RBAC refused the caller, or the CSRF check failed")
public class ApiResource {

    static final String YAML = "application/yaml";

    @Inject
    Callers callers;
    @Inject
    Actions actions;
    @Inject
    KubernetesClient operator;

    @GET
    @Path("applications")
    @Operation(summary = "List the namespace's SparkApplications")
    public String applications(@PathParam("namespace") String namespace) {
        try (Caller caller = callers.forRead()) {
            return read(() -> json(caller.client().resources(SparkApplication.class).inNamespace(namespace).list()
                    .getItems()));
        }
    }

    @GET
    @Path("applications/{name}")
    @Operation(summary = "Get one SparkApplication")
    public String application(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        try (Caller caller = callers.forRead()) {
            return read(() -> json(found(caller.client().resources(SparkApplication.class).inNamespace(namespace)
                    .withName(name).get(), "SparkApplication", namespace, name)));
        }
    }

    @POST
    @Path("applications")
    @Consumes({ MediaType.APPLICATION_JSON, YAML, "text/yaml", "application/x-yaml" })
    @Operation(summary = "Submit a SparkApplication (JSON or YAML)",
            description = "Validated as the operator validates it: a bad spec is refused with 400 and each problem's field.")
    @RequestBody(description = "a SparkApplication manifest, as kubectl apply takes it")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "the spec has problems: each with its field and reason")
    public Response submit(@PathParam("namespace") String namespace, String body) {
        SparkApplication app;
        try {
            app = operator.getKubernetesSerialization().unmarshal(body, SparkApplication.class);
        } catch (RuntimeException e) {
            throw new ActionRefused(400, "body: not a SparkApplication manifest: " + e.getMessage(),
                    List.of(new ActionRefused.Problem("body", "not a SparkApplication manifest")));
        }
        if (app == null) {
            throw new ActionRefused(400, "body: empty", List.of(new ActionRefused.Problem("body", "empty")));
        }
        try (Caller caller = callers.forChange(null)) {
            return Response.status(201).entity(json(actions.submit(caller, namespace, app).object())).build();
        }
    }

    @DELETE
    @Path("applications/{name}")
    @Operation(summary = "Delete a SparkApplication (its pods go with it)")
    public Map<String, String> deleteApplication(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.delete(c, Actions.Kind.APPLICATION, namespace, name));
    }

    @POST
    @Path("applications/{name}/suspend")
    @Operation(summary = "Suspend a SparkApplication (spec.suspend: true)")
    public Map<String, String> suspendApplication(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.suspend(c, Actions.Kind.APPLICATION, namespace, name, true));
    }

    @POST
    @Path("applications/{name}/resume")
    @Operation(summary = "Resume a suspended SparkApplication")
    public Map<String, String> resumeApplication(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.suspend(c, Actions.Kind.APPLICATION, namespace, name, false));
    }

    @POST
    @Path("applications/{name}/rerun")
    @Operation(summary = "Re-run a finished SparkApplication as <name>-rerun-<n>")
    @APIResponse(responseCode = "409", description = "the application has not finished")
    public Map<String, String> rerun(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        return change(c -> actions.rerun(c, namespace, name));
    }

    @GET
    @Path("schedules")
    @Operation(summary = "List the namespace's ScheduledSparkApplications")
    public String schedules(@PathParam("namespace") String namespace) {
        try (Caller caller = callers.forRead()) {
            return read(() -> json(caller.client().resources(ScheduledSparkApplication.class).inNamespace(namespace)
                    .list().getItems()));
        }
    }

    @GET
    @Path("schedules/{name}")
    @Operation(summary = "Get one ScheduledSparkApplication")
    public String schedule(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        try (Caller caller = callers.forRead()) {
            return read(() -> json(found(caller.client().resources(ScheduledSparkApplication.class)
                    .inNamespace(namespace).withName(name).get(), "ScheduledSparkApplication", namespace, name)));
        }
    }

    @DELETE
    @Path("schedules/{name}")
    @Operation(summary = "Delete a ScheduledSparkApplication (its runs go with it)")
    public Map<String, String> deleteSchedule(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.delete(c, Actions.Kind.SCHEDULE, namespace, name));
    }

    @POST
    @Path("schedules/{name}/suspend")
    @Operation(summary = "Suspend a schedule")
    public Map<String, String> suspendSchedule(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.suspend(c, Actions.Kind.SCHEDULE, namespace, name, true));
    }

    @POST
    @Path("schedules/{name}/resume")
    @Operation(summary = "Resume a schedule")
    public Map<String, String> resumeSchedule(@PathParam("namespace") String namespace,
            @PathParam("name") String name) {
        return change(c -> actions.suspend(c, Actions.Kind.SCHEDULE, namespace, name, false));
    }

    @POST
    @Path("schedules/{name}/run")
    @Operation(summary = "Run a schedule now: one run, marked manual, under its concurrencyPolicy")
    @APIResponse(responseCode = "409", description = "concurrencyPolicy Forbid and a run is unfinished")
    public Map<String, String> runNow(@PathParam("namespace") String namespace, @PathParam("name") String name) {
        return change(c -> actions.runNow(c, namespace, name));
    }

    @GET
    @Path("watch")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // a Multi runs on the event loop by default; the caller's identity is resolved with blocking calls
    @Operation(summary = "Watch the namespace's applications and schedules",
            description = "Server-sent events: {\"type\":\"ADDED|MODIFIED|DELETED\",\"object\":{...}}")
    public Multi<String> watch(@PathParam("namespace") String namespace) {
        Caller caller = callers.forRead();
        return Multi.createFrom().<String>emitter(emitter -> {
            // registered first: a watch the API server refuses must still close the caller's client
            var watches = new java.util.concurrent.CopyOnWriteArrayList<Watch>();
            emitter.onTermination(() -> {
                watches.forEach(Watch::close);
                caller.close();
            });
            try {
                watches.add(watch(caller.client().resources(SparkApplication.class).inNamespace(namespace),
                        emitter));
                watches.add(watch(caller.client().resources(ScheduledSparkApplication.class)
                        .inNamespace(namespace), emitter));
            } catch (KubernetesClientException e) {
                emitter.fail(Actions.fromApiServer(e));
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // opening a watch waits for the API server
    }

    private <T extends HasMetadata> Watch watch(
            io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<T, ?, ?> resources,
            io.smallrye.mutiny.subscription.MultiEmitter<? super String> emitter) {
        return resources.watch(new Watcher<T>() {
            @Override
            public void eventReceived(Action action, T resource) {
                emitter.emit("{\"type\":\"" + action + "\",\"object\":" + json(resource) + "}");
            }

            @Override
            public void onClose(WatcherException cause) {
                emitter.fail(cause);
            }
        });
    }

    private Map<String, String> change(java.util.function.Function<Caller, Actions.Outcome> action) {
        try (Caller caller = callers.forChange(null)) {
            Actions.Outcome outcome = action.apply(caller);
            return outcome.created() == null ? Map.of("result", outcome.result())
                    : Map.of("result", outcome.result(), "created", outcome.created());
        }
    }

    private static String read(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (KubernetesClientException e) {
            throw Actions.fromApiServer(e);
        }
    }

    private static <T> T found(T object, String kind, String namespace, String name) {
        if (object == null) {
            throw new ActionRefused(404, "no " + kind + " " + namespace + "/" + name);
        }
        return object;
    }

    private String json(Object object) {
        return operator.getKubernetesSerialization().asJson(object);
    }
}
