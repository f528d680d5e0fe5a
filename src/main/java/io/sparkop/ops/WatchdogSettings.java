package io.sparkop.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When liveness reports the operator stuck ({@code sparkop.watchdog.*}). */
@ConfigMapping(prefix = "sparkop.watchdog")
public interface WatchdogSettings {

    /** The schedule timer fires every second: this long without a run means its thread is gone or blocked. */
    @WithDefault("60s")
    Duration timerStallAfter();

    /** Reconciles in progress and none finished for this long: every reconcile thread is blocked. */
    @WithDefault("5m")
    Duration reconcileStallAfter();
}
