package io.sparkop.kube;

/**
 * The page size of every informer's first list (and of its lists after a lost watch). Unpaged, an informer
 * reads everything of its kind in one response, all of it as whole objects before its store prunes them: a
 * cluster holding 40,000 Events got a 128 MiB heap killed at start-up. client-go's reflectors page by 500 too.
 * Informers list at resourceVersion 0 (from the API server's cache): Kubernetes 1.36 pages those lists; an API
 * server that answers them whole, whatever the limit, costs what it did before.
 */
public final class ListPages {

    public static final long SIZE = 500;

    private ListPages() {
    }
}
