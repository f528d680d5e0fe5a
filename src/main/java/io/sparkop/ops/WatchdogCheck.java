package io.sparkop.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: only what a restart would cure (a stuck timer or reconcile loop), never the API server's reachability. */
@Liveness
@ApplicationScoped
public class WatchdogCheck implements HealthCheck {

    static final String NAME = "sparkop-watchdog";

    @Inject
    Watchdog watchdog;

    @Override
    public HealthCheckResponse call() {
        var problem = watchdog.problem();
        var response = HealthCheckResponse.named(NAME).status(problem.isEmpty());
        problem.ifPresent(p -> response.withData("problem", p));
        return response.build();
    }
}
