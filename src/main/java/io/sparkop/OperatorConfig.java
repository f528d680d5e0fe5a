package io.sparkop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The operator's settings, {@code sparkop.*} in application.properties or SPARKOP_* environment variables. */
@ConfigMapping(prefix = "sparkop")
public interface OperatorConfig {

    /** kubeflow's --enable-ui-service: a {@code <app>-ui-svc} Service for each driver's Spark UI. */
    @WithDefault("true")
    boolean uiService();

    /**
     * How long the UI Service's address (status.driverInfo.webUIAddress) waits for the run's next status write
     * to ride on, normally the driver's RUNNING, before it gets a write of its own. The Spark UI answers only
     * once the driver runs; in a 1,000-application burst 98% of the drivers took over 10 s to start, and a
     * 10 s wait cost each of them an extra reconcile and status write (bench/RESULTS.md).
     */
    @WithDefault("2m")
    Duration uiServiceAddressWait();

    /** How long a submitted driver pod may be missing before the run counts as failed (kubeflow's default). */
    @WithDefault("10s")
    Duration driverPodCreationGracePeriod();

    /** {@code spark.master} given to drivers: the API server as seen from inside the cluster. */
    @WithDefault("k8s://https://kubernetes.default.svc:443")
    String masterUrl();

    /**
     * The longest an unfinished application goes without a reconcile: a safety net for a lost event (a
     * restart, a busy API server), never the way progress is normally noticed.
     */
    @WithDefault("3m")
    Duration safetyResync();

    /**
     * A driver or executor Pending longer than this, with no more specific trouble known (unschedulable,
     * image pull, container config), is reported on the application as pending too long.
     */
    @WithDefault("5m")
    Duration podPendingThreshold();

    /**
     * When set, a driver still Pending this long after it was created fails the run (retried by the
     * restart policy), with the reason it could not start. Off by default, as in kubeflow.
     */
    Optional<Duration> podPendingTimeout();

    /** Executors beyond this id are not tracked in status.executorState (kubeflow's default). */
    @WithDefault("1000")
    int maxTrackedExecutors();

    Schedule schedule();

    interface Schedule {

        /**
         * How late a run may still start, e.g. one missed while the operator was down; a later one is
         * skipped and the schedule carries on from the next future time. Keep it well above a few seconds:
         * a run due now starts within about a second.
         */
        @WithDefault("5m")
        Duration missedRunDeadline();
    }

    Dashboard dashboard();

    /** The dashboard's settings, {@code sparkop.dashboard.*} (environment: SPARKOP_DASHBOARD_*). */
    interface Dashboard {

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

        Actions actions();
    }

    /**
     * Actions and the REST API ({@code sparkop.dashboard.actions.*}): off by default, and when on every action
     * runs with the caller's own Kubernetes identity, never the operator's (README "Actions and REST API").
     */
    interface Actions {

        /** Off: the dashboard stays read-only and /api answers 404. */
        @WithDefault("false")
        boolean enabled();

        /** bearer: the caller's token; proxy: an authenticating proxy's user/group headers, impersonated. */
        @WithDefault("bearer")
        IdentityMode identity();

        /** Proxy mode: the header carrying the user name the proxy authenticated. */
        @WithDefault("X-Forwarded-User")
        String userHeader();

        /** Proxy mode: the header carrying the user's groups, comma separated (repeated headers too). */
        @WithDefault("X-Forwarded-Groups")
        String groupsHeader();

        /** How long a dashboard session (its CSRF token and a pasted token) lives without use. */
        @WithDefault("8h")
        Duration sessionIdleTimeout();

        enum IdentityMode { BEARER, PROXY }
    }
}
