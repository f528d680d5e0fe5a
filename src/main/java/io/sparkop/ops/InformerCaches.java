package io.sparkop.ops;

import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RegisteredController;
import io.javaoperatorsdk.operator.processing.Controller;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.sparkop.api.SparkApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link CachedResources} over the informers the SparkApplication controller already runs (on standbys too). */
@ApplicationScoped
class InformerCaches implements CachedResources {

    @Inject
    Operator operator;

    @Override
    public Collection<SparkApplication> applications() {
        return applicationController()
                .map(c -> c.getEventSourceManager().getControllerEventSource().list().toList())
                .orElse(List.of());
    }

    @Override
    public Collection<Pod> sparkPods() {
        return applicationController()
                .map(c -> c.getEventSourceManager().getEventSourcesFor(Pod.class).stream()
                        .filter(InformerEventSource.class::isInstance)
                        .flatMap(s -> ((InformerEventSource<Pod, SparkApplication>) s).list())
                        .toList())
                .orElse(List.of());
    }

    /** Found by resource type, so renaming the controller cannot silently empty the gauges; none before the caches exist. */
    @SuppressWarnings("unchecked")
    private Optional<Controller<SparkApplication>> applicationController() {
        if (!operator.getRuntimeInfo().isStarted()) {
            return Optional.empty();
        }
        for (RegisteredController<?> registered : operator.getRegisteredControllers()) {
            if (registered.getConfiguration().getResourceClass() == SparkApplication.class
                    && registered instanceof Controller<?> controller) {
                return Optional.of((Controller<SparkApplication>) controller);
            }
        }
        return Optional.empty();
    }
}
