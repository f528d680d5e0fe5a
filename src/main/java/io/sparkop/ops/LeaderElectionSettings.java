package io.sparkop.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * kubeflow's --leader-election-* flags as {@code sparkop.leader-election.*} settings, with kubeflow's defaults.
 * Quarkus' operator SDK elects only in the prod profile (quarkus.operator-sdk.activate-leader-election-for-profiles).
 */
@ConfigMapping(prefix = "sparkop.leader-election")
public interface LeaderElectionSettings {

    @WithDefault("true")
    boolean enabled();

    /** The coordination.k8s.io Lease's name (kubeflow's --leader-election-lock-name). */
    @WithDefault("spark-operator-controller-lock")
    String leaseName();

    /** The Lease's namespace; by default the operator's own (KUBERNETES_NAMESPACE, the kubeconfig's or the pod's). */
    Optional<String> leaseNamespace();

    @WithDefault("15s")
    Duration leaseDuration();

    @WithDefault("10s")
    Duration renewDeadline();

    @WithDefault("2s")
    Duration retryPeriod();

    /** This replica's name in the Lease; by default the host name (the pod's name) and a random suffix. */
    Optional<String> identity();
}
