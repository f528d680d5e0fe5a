package io.sparkop.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import io.sparkop.index.SparkIndex;
import io.sparkop.schedule.ManualRuns;
import io.sparkop.submit.SpecValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What users may do to applications and schedules, each done with the caller's client only and audited
 * (log line and Event) whatever the result.
 */
@ApplicationScoped
public class Actions {

    /** The two kinds, as RBAC names them. */
    enum Kind {
        APPLICATION(SparkIndex.KIND_APPLICATION, "sparkapplications"),
        SCHEDULE(SparkIndex.KIND_SCHEDULE, "scheduledsparkapplications");

        final String kind;
        final String resource;

        Kind(String kind, String resource) {
            this.kind = kind;
            this.resource = resource;
        }
    }

    /**
     * An action's result: the object acted on (the deleted one for delete, null if the cache never saw it),
     * what it did, and the name of the application it created, if any.
     */
    public record Outcome(HasMetadata object, String result, String created) {

        Outcome(HasMetadata object, String result) {
            this(object, result, null);
        }
    }

    private static final int MAX_RERUN_NAME_TRIES = 5;

    @Inject
    Audit audit;
    @Inject
    SparkIndex index;
    @Inject
    Clock clock;
    @Inject
    KubernetesClient operator;

    public Outcome suspend(Caller caller, Kind kind, String namespace, String name, boolean suspend) {
        String action = suspend ? "suspend" : "resume";
        return act(caller, action, kind, namespace, name, () -> {
            caller.authorize("patch", kind.resource, namespace, name);
            String patch = "{\"spec\":{\"suspend\":" + suspend + "}}";
            HasMetadata changed = kind == Kind.APPLICATION
                    ? caller.client().resources(SparkApplication.class).inNamespace(namespace).withName(name)
                            .patch(PatchContext.of(PatchType.JSON_MERGE), patch)
                    : caller.client().resources(ScheduledSparkApplication.class).inNamespace(namespace)
                            .withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
            return new Outcome(changed, "spec.suspend set to " + suspend);
        });
    }

    public Outcome delete(Caller caller, Kind kind, String namespace, String name) {
        return act(caller, "delete", kind, namespace, name, () -> {
            caller.authorize("delete", kind.resource, namespace, name);
            HasMetadata known = known(kind, namespace, name);
            var resources = kind == Kind.APPLICATION
                    ? caller.client().resources(SparkApplication.class).inNamespace(namespace).withName(name).delete()
                    : caller.client().resources(ScheduledSparkApplication.class).inNamespace(namespace)
                            .withName(name).delete();
            if (resources.isEmpty()) {
                throw new ActionRefused(404, "no " + kind.kind + " " + namespace + "/" + name);
            }
            return new Outcome(known, "deleted");
        });
    }

    public Outcome rerun(Caller caller, String namespace, String name) {
        return act(caller, "rerun", Kind.APPLICATION, namespace, name, () -> {
            caller.authorize("get", Kind.APPLICATION.resource, namespace, name);
            var apps = caller.client().resources(SparkApplication.class).inNamespace(namespace);
            SparkApplication original = apps.withName(name).get();
            if (original == null) {
                throw new ActionRefused(404, "no SparkApplication " + namespace + "/" + name);
            }
            if (!ReRuns.finished(original)) {
                throw new ActionRefused(409, name + " is " + SparkIndex.stateOf(original)
                        + ": only a COMPLETED or FAILED application can be re-run");
            }
            caller.authorize("list", Kind.APPLICATION.resource, namespace, null);
            caller.authorize("create", Kind.APPLICATION.resource, namespace, null);
            int n = ReRuns.next(name, apps.withLabel(ReRuns.RERUN_OF, name).list().getItems());
            for (int tries = 0; ; tries++, n++) {
                SparkApplication rerun = ReRuns.build(original, n, operator.getKubernetesSerialization());
                try {
                    SparkApplication created = apps.resource(rerun).create();
                    return new Outcome(original, "created " + created.getMetadata().getName(),
                            created.getMetadata().getName());
                } catch (KubernetesClientException e) {
                    if (e.getCode() != 409 || tries == MAX_RERUN_NAME_TRIES) {
                        throw e;
                    }
                }
            }
        });
    }

    public Outcome runNow(Caller caller, String namespace, String name) {
        return act(caller, "run-now", Kind.SCHEDULE, namespace, name, () -> {
            caller.authorize("get", Kind.SCHEDULE.resource, namespace, name);
            ScheduledSparkApplication schedule = caller.client().resources(ScheduledSparkApplication.class)
                    .inNamespace(namespace).withName(name).get();
            if (schedule == null) {
                throw new ActionRefused(404, "no ScheduledSparkApplication " + namespace + "/" + name);
            }
            caller.authorize("list", Kind.APPLICATION.resource, namespace, null);
            var apps = caller.client().resources(SparkApplication.class).inNamespace(namespace);
            List<SparkApplication> runs = apps.withLabel(Labels.SCHEDULED_APP_NAME, name).list().getItems().stream()
                    .filter(run -> ownedBy(run, schedule)).toList();
            var plan = ManualRuns.plan(schedule, runs, clock.instant());
            if (plan.refusal() != null) {
                throw new ActionRefused(409, plan.refusal());
            }
            for (SparkApplication replaced : plan.replaced()) {
                caller.authorize("delete", Kind.APPLICATION.resource, namespace, replaced.getMetadata().getName());
                apps.withName(replaced.getMetadata().getName()).delete();
            }
            caller.authorize("create", Kind.APPLICATION.resource, namespace, null);
            SparkApplication created = apps.resource(plan.run()).create();
            String replacedNote = plan.replaced().isEmpty() ? "" : " (replacing " + plan.replaced().stream()
                    .map(r -> r.getMetadata().getName()).toList() + ")";
            return new Outcome(schedule, "started " + created.getMetadata().getName() + replacedNote,
                    created.getMetadata().getName());
        });
    }

    /** Validated as the operator validates it, so a bad spec is a 400 now rather than a FAILED later. */
    public Outcome submit(Caller caller, String namespace, SparkApplication app) {
        String name = app.getMetadata() == null ? null : app.getMetadata().getName();
        return act(caller, "submit", Kind.APPLICATION, namespace, name, () -> {
            if (app.getMetadata() != null && app.getMetadata().getNamespace() != null
                    && !namespace.equals(app.getMetadata().getNamespace())) {
                throw new ActionRefused(400, "metadata.namespace: '" + app.getMetadata().getNamespace()
                        + "' is not the namespace submitted to ('" + namespace + "')",
                        List.of(new ActionRefused.Problem("metadata.namespace", "not the namespace submitted to")));
            }
            List<String> problems = SpecValidator.problems(app);
            if (!problems.isEmpty()) {
                throw new ActionRefused(400, String.join("; ", problems),
                        problems.stream().map(ActionRefused.Problem::of).toList());
            }
            app.getMetadata().setNamespace(namespace);
            app.setStatus(null);
            caller.authorize("create", Kind.APPLICATION.resource, namespace, null);
            SparkApplication created = caller.client().resources(SparkApplication.class).inNamespace(namespace)
                    .resource(app).create();
            return new Outcome(created, "created " + created.getMetadata().getName(), created.getMetadata().getName());
        });
    }

    private Outcome act(Caller caller, String action, Kind kind, String namespace, String name,
            Supplier<Outcome> body) {
        try {
            Outcome outcome = body.get();
            audit.done(caller.who(), action, kind.kind, namespace, name, outcome.object(), outcome.result());
            return outcome;
        } catch (KubernetesClientException e) {
            ActionRefused refused = fromApiServer(e);
            audit.refused(caller.who(), action, kind.kind, namespace, name, known(kind, namespace, name), refused);
            throw refused;
        } catch (ActionRefused e) {
            audit.refused(caller.who(), action, kind.kind, namespace, name, known(kind, namespace, name), e);
            throw e;
        }
    }

    /** The API server's own words: with a 403 they name the user, verb and resource RBAC refused. */
    static ActionRefused fromApiServer(KubernetesClientException e) {
        int code = e.getCode();
        String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : e.getMessage();
        return new ActionRefused(code >= 400 && code < 500 ? code : 502, "Kubernetes API: " + message);
    }

    private HasMetadata known(Kind kind, String namespace, String name) {
        if (name == null) {
            return null;
        }
        return kind == Kind.APPLICATION ? index.findApplication(namespace, name).orElse(null)
                : index.schedules(namespace).stream().filter(s -> name.equals(s.getMetadata().getName()))
                        .findFirst().orElse(null);
    }

    private static boolean ownedBy(SparkApplication run, ScheduledSparkApplication schedule) {
        var owners = run.getMetadata().getOwnerReferences();
        return owners != null && owners.stream()
                .anyMatch(o -> Objects.equals(o.getUid(), schedule.getMetadata().getUid()));
    }
}
