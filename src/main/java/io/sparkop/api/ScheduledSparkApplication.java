package io.sparkop.api;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.Annotations;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** kubeflow's {@code sparkoperator.k8s.io/v1beta2} ScheduledSparkApplication, with its printer columns. */
// *.k8s.io is a protected group: the API server requires this approval annotation (kubeflow's own).
@Annotations("api-approved.kubernetes.io=https://github.com/kubeflow/spark-operator/pull/1298")
@Group(SparkApplication.GROUP)
@Version(SparkApplication.VERSION)
@Kind("ScheduledSparkApplication")
@Singular("scheduledsparkapplication")
@Plural("scheduledsparkapplications")
@ShortNames("scheduledsparkapp")
@AdditionalPrinterColumn(name = "Schedule", jsonPath = ".spec.schedule", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "TimeZone", jsonPath = ".spec.timeZone", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Suspend", jsonPath = ".spec.suspend", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Last Run", jsonPath = ".status.lastRun", type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Last Run Name", jsonPath = ".status.lastRunName", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Last Run Status", jsonPath = ".status.scheduleState", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class ScheduledSparkApplication
        extends CustomResource<ScheduledSparkApplicationSpec, ScheduledSparkApplicationStatus>
        implements Namespaced {
}
