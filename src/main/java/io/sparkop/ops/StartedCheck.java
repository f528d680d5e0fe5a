package io.sparkop.ops;

import io.javaoperatorsdk.operator.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the operator SDK has started every controller: its informers have listed the
 * SparkApplication and ScheduledSparkApplication CRDs (the SDK refuses to start when one is not served) and
 * their caches are synced. Once UP it stays UP: Kubernetes stops asking after the first success, and
 * readiness and liveness cover what follows.
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    static final String NAME = "sparkop-started";

    @Inject
    Operator operator;

    private volatile boolean started;

    @Override
    public HealthCheckResponse call() {
        if (!started) {
            var runtime = operator.getRuntimeInfo();
            started = runtime.isStarted() && runtime.allEventSourcesAreHealthy();
        }
        var response = HealthCheckResponse.named(NAME).status(started)
                .withData("controllers", operator.getRegisteredControllersNumber());
        return response.build();
    }
}
