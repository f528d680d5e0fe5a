package io.sparkop.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Leadership in the readiness response's data, never in its status: a standby serves the dashboard and
 * metrics and must stay Ready. The extension's own readiness check covers synced caches and healthy watches.
 */
@Readiness
@ApplicationScoped
public class LeadershipCheck implements HealthCheck {

    static final String NAME = "sparkop-leader-election";

    @Inject
    Leadership leadership;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).up()
                .withData("electing", leadership.isElecting())
                .withData("identity", leadership.identity())
                .withData("leader", leadership.leader().orElse("none observed yet"))
                .withData("isLeader", leadership.isLeader())
                .build();
    }
}
