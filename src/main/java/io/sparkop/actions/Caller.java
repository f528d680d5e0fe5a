package io.sparkop.actions;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Who asks, and a client that acts as them and only as them: built for this request from their token, or
 * impersonating the user an authenticating proxy named. Close it when the request is done.
 */
public final class Caller implements AutoCloseable {

    /** Proxy mode: asks the API server whether the impersonated user may do this, before doing it. */
    interface Authorizer {
        void check(String verb, String resource, String namespace, String name);
    }

    private final String who;
    private final KubernetesClient client;
    private final Authorizer authorizer;

    Caller(String who, KubernetesClient client, Authorizer authorizer) {
        this.who = who;
        this.client = client;
        this.authorizer = authorizer;
    }

    public String who() {
        return who;
    }

    KubernetesClient client() {
        return client;
    }

    /** Every call made with {@link #client()} is checked first; in bearer mode the API server checks alone. */
    void authorize(String verb, String resource, String namespace, String name) {
        if (authorizer != null) {
            authorizer.check(verb, resource, namespace, name);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
