package io.sparkop.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Giving back to the system the heap a burst grew, once the operator is quiet ({@code sparkop.heap-trim.*}). */
@ConfigMapping(prefix = "sparkop.heap-trim")
public interface HeapTrimSettings {

    /** Off: the heap stays as large as the largest burst made it, as a JVM's does by default. */
    @WithDefault("true")
    boolean enabled();

    /** This long with fewer than one reconcile a second counts as quiet: a burst is over. */
    @WithDefault("60s")
    Duration quietFor();
}
