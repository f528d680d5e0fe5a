package io.sparkop.schedule;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.sparkop.kube.ListPages;
import io.sparkop.kube.PrunedStore;
import io.quarkus.logging.Log;
import io.sparkop.api.Labels;
import io.sparkop.api.ScheduledSparkApplication;
import io.sparkop.api.SparkApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.HttpURLConnection;

/** Schedules' runs in the cluster: watched through an informer, created and deleted through the client. */
@ApplicationScoped
public class ScheduledRuns {

    @Inject
    KubernetesClient client;

    private volatile InformerEventSource<SparkApplication, ScheduledSparkApplication> informer;

    /** Runs carry kubeflow's label and belong to their schedule by owner reference. */
    InformerEventSource<SparkApplication, ScheduledSparkApplication> informer(
            EventSourceContext<ScheduledSparkApplication> context) {
        var config = InformerEventSourceConfiguration.from(SparkApplication.class, ScheduledSparkApplication.class)
                .withName("scheduled-runs")
                .withLabelSelector(Labels.SCHEDULED_APP_NAME)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(ScheduledSparkApplication.class))
                .withItemStore(new PrunedStore.Applications()) // a second cache of the runs: as compact as the first
                .withInformerListLimit(ListPages.SIZE)
                .build();
        informer = new InformerEventSource<>(config, context);
        return informer;
    }

    /**
     * Names are deterministic: a 409 means this run was started already (before a restart, or elsewhere).
     *
     * @return whether this call created the run
     */
    boolean create(SparkApplication run, ResourceID schedule) {
        var meta = run.getMetadata();
        try {
            var created = client.resource(run).create();
            informer.handleRecentResourceCreate(schedule, created);
            Log.infof("%s/%s: started run %s", meta.getNamespace(), schedule.getName(), meta.getName());
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            Log.infof("%s/%s: run %s exists already", meta.getNamespace(), schedule.getName(), meta.getName());
            return false;
        }
    }

    void delete(SparkApplication run, String why) {
        var meta = run.getMetadata();
        Log.infof("%s/%s: deleting run %s (%s)", meta.getNamespace(), meta.getLabels().get(
                Labels.SCHEDULED_APP_NAME), meta.getName(), why);
        client.resources(SparkApplication.class).inNamespace(meta.getNamespace()).withName(meta.getName()).delete();
    }
}
