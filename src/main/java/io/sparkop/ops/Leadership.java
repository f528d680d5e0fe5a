package io.sparkop.ops;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Leader election on a coordination.k8s.io Lease, through the operator SDK: every replica starts its informers
 * (so it serves the dashboard, metrics and probes), only the Lease holder processes events, so only it
 * reconciles and, through the schedule reconciler, starts scheduled runs.
 */
@ApplicationScoped
public class Leadership {

    @Inject
    LeaderElectionSettings settings;
    @Inject
    KubernetesClient client;

    private volatile String resolvedIdentity;
    volatile boolean electing;
    volatile boolean leading;
    private volatile boolean shuttingDown;
    private volatile String leader;

    /**
     * The operator SDK asks for this bean only in the profiles where it elects (prod); never asked, this
     * replica runs alone and leads. JOSDK releases no Lease on shutdown and exits from inside the shutdown
     * when it stops leading, so both are handled here instead (exitOnStopLeading = false).
     */
    @Produces
    @Dependent
    LeaderElectionConfiguration leaderElection() {
        if (!settings.enabled()) {
            Log.info("leader election is off (sparkop.leader-election.enabled=false): this replica reconciles alone");
            return null;
        }
        electing = true;
        Log.infof("leader election on Lease %s/%s as %s", leaseNamespace(), settings.leaseName(), identity());
        return new LeaderElectionConfiguration(settings.leaseName(), settings.leaseNamespace().orElse(null),
                settings.leaseDuration(), settings.renewDeadline(), settings.retryPeriod(), identity(),
                new LeaderCallbacks(this::startedLeading, this::stoppedLeading, this::newLeader), false);
    }

    /** True on the Lease holder, and on a replica that does not elect. */
    public boolean isLeader() {
        return !electing || leading;
    }

    public boolean isElecting() {
        return electing;
    }

    public String identity() {
        if (resolvedIdentity == null) {
            resolvedIdentity = settings.identity().orElseGet(Leadership::defaultIdentity);
        }
        return resolvedIdentity;
    }

    /** The Lease holder as last observed, if any. */
    public Optional<String> leader() {
        return Optional.ofNullable(isElecting() ? leader : identity());
    }

    private void startedLeading() {
        leading = true;
        Log.infof("%s leads: reconciling and running schedules", identity());
    }

    private void newLeader(String holder) {
        leader = holder;
        Log.infof("the leader is %s", holder);
    }

    /** Outside a shutdown, a lost Lease (not renewed in time) means another replica may lead: stop at once. */
    private void stoppedLeading() {
        if (shuttingDown) {
            return;
        }
        leading = false;
        Log.errorf("%s lost the Lease %s: exiting so that only the new leader reconciles", identity(), settings.leaseName());
        Quarkus.asyncExit(1);
    }

    void onShutdownStarted(@Observes @Priority(1000) ShutdownEvent event) {
        shuttingDown = true;
    }

    /**
     * After the operator SDK (priority 2500) has stopped the controllers: hand the Lease over so a rolling
     * update does not wait for it to expire. A dedicated client, as the SDK closes the shared one on stop.
     */
    void releaseLease(@Observes @Priority(5000) ShutdownEvent event) {
        if (!electing || !leading) {
            return;
        }
        try (KubernetesClient releasing = new KubernetesClientBuilder().withConfig(client.getConfiguration()).build()) {
            LeaseLock lock = new LeaseLock(leaseNamespace(), settings.leaseName(), identity());
            LeaderElectionRecord held = lock.get(releasing);
            if (held == null || !identity().equals(held.getHolderIdentity())) {
                return;
            }
            // An empty holder, not a null one: the lock writes a merge patch, where null leaves the holder in
            // place, and the elector takes over at once only from an empty holder (else after its lease duration).
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            lock.update(releasing, new LeaderElectionRecord("", Duration.ofSeconds(1), now, now, held.getLeaderTransitions()));
            leading = false;
            Log.infof("%s released the Lease %s", identity(), settings.leaseName());
        } catch (RuntimeException e) {
            Log.warnf("could not release the Lease %s (it expires in %s): %s", settings.leaseName(),
                    settings.leaseDuration(), e.getMessage());
        }
    }

    private String leaseNamespace() {
        return settings.leaseNamespace().orElseGet(client::getNamespace);
    }

    /** Two replicas on one host (or one pod restarted) must never share an identity. */
    private static String defaultIdentity() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = "sparkop";
        }
        return host + "_" + UUID.randomUUID();
    }
}
