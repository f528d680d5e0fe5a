package io.sparkop.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dashboard's settings, {@code sparkop.dashboard.*} (environment: SPARKOP_DASHBOARD_*). */
@ConfigMapping(prefix = "sparkop.dashboard")
public interface DashboardConfig {

    /** Pod logs on the dashboard; needs {@code pods/log} get in RBAC. */
    @WithDefault("true")
    boolean logs();

    /** The reverse proxy to running drivers' Spark UI under /applications/{ns}/{name}/spark-ui/. */
    @WithDefault("true")
    boolean sparkUiProxy();

    /** Lines a log view shows before following. */
    @WithDefault("500")
    int logTailLines();

    /** The most lines a viewer may ask for: a viewer's memory is bounded by this times the line length cap. */
    @WithDefault("10000")
    int logMaxTailLines();

    /** Applications per list page. */
    @WithDefault("50")
    int pageSize();
}
