package io.sparkop.kube;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How both controllers write status: the whole status subresource replaced under optimistic locking,
 * on a copy (the resource handed to the reconciler is never changed), and the result cached so the next
 * reconcile sees it. A status decided on a stale cache is refused (409) and the reconcile retried on
 * fresh data, where a JSON patch computed against it could undo a newer write. Effects of a decision
 * (Events, metrics) follow a write that returned, so a refused write never emits them.
 */
@ApplicationScoped
public class StatusWriter {

    @Inject
    KubernetesClient client;

    public <S, P extends CustomResource<?, S>> P write(P resource, S status, Context<P> context) {
        P copy = withStatus(resource, status);
        P written = client.resource(copy).updateStatus();
        context.eventSourceRetriever().getControllerEventSource()
                .handleRecentResourceUpdate(ResourceID.fromResource(resource), written, resource);
        return written;
    }

    /** A deep copy of the resource carrying the given status (itself copied). */
    public <S, P extends CustomResource<?, S>> P withStatus(P resource, S status) {
        P copy = client.getKubernetesSerialization().clone(resource);
        copy.setStatus(status == null ? null : client.getKubernetesSerialization().clone(status));
        return copy;
    }
}
