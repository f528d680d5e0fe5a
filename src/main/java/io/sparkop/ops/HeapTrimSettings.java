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

    /** This long without a garbage collection counts as quiet: little is being allocated. */
    @WithDefault("60s")
    Duration quietFor();
}
