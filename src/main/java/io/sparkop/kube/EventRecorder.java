package io.sparkop.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Records core/v1 Events about our resources, as kubectl describe shows them. Sent by threads of their own, as
 * client-go's recorder sends kubeflow's: the reconcile that decides an Event does not wait for it (five of an
 * application's twelve writes on its happy path are Events), and an Event is best effort either way. Names
 * carry the time they were decided ({@code <object>.<nanoTime hex>}, client-go's), so their order survives.
 * When the API server falls far behind, Events beyond {@link #QUEUE_LIMIT} waiting are dropped and logged.
 */
@ApplicationScoped
public class EventRecorder {

    static final String COMPONENT = "spark-operator";
    static final int SENDERS = 4;
    static final int QUEUE_LIMIT = 10_000;

    private final ThreadPoolExecutor senders = new ThreadPoolExecutor(SENDERS, SENDERS, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE_LIMIT), new DaemonThreads("event-sender"), (task, executor) -> Log.warnf(
                    "%d Events are waiting for the API server: dropping %s", QUEUE_LIMIT, task));

    @Inject
    KubernetesClient client;
    @Inject
    Clock clock;

    public void normal(HasMetadata about, String reason, String message) {
        record(about, "Normal", reason, message);
    }

    public void warning(HasMetadata about, String reason, String message) {
        record(about, "Warning", reason, message);
    }

    private void record(HasMetadata about, String type, String reason, String message) {
        var meta = about.getMetadata();
        String now = Times.format(clock.instant());
        Event event = new EventBuilder()
                .withNewMetadata()
                    // client-go's naming: the object's name and a unique suffix
                    .withName(meta.getName() + "." + Long.toHexString(System.nanoTime()))
                    .withNamespace(meta.getNamespace())
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder()
                        .withApiVersion(about.getApiVersion())
                        .withKind(about.getKind())
                        .withName(meta.getName())
                        .withNamespace(meta.getNamespace())
                        .withUid(meta.getUid())
                        .withResourceVersion(meta.getResourceVersion())
                        .build())
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withCount(1)
                .withNewSource().withComponent(COMPONENT).endSource()
                .build();
        senders.execute(new Send(event));
    }

    /** One Event to create: its toString names it in the log line of a dropped one. */
    private final class Send implements Runnable {
        private final Event event;

        Send(Event event) {
            this.event = event;
        }

        @Override
        public void run() {
            var meta = event.getMetadata();
            try {
                client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
            } catch (KubernetesClientException e) {
                // An Event is best effort: losing one must never fail the reconcile that produced it.
                Log.warnf("could not record event %s for %s/%s: %s", event.getReason(), meta.getNamespace(),
                        event.getInvolvedObject().getName(), e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "Event " + event.getReason() + " about " + event.getMetadata().getNamespace() + "/"
                    + event.getInvolvedObject().getName();
        }
    }

    /** Sends what is queued before the client closes. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        senders.shutdown();
        if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
            Log.warnf("%d Events were not sent before shutdown", senders.shutdownNow().size());
        }
    }
}
