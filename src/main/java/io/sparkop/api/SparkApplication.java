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

/** kubeflow's {@code sparkoperator.k8s.io/v1beta2} SparkApplication, with its printer columns. */
// *.k8s.io is a protected group: the API server requires this approval annotation (kubeflow's own).
@Annotations("api-approved.kubernetes.io=https://github.com/kubeflow/spark-operator/pull/1298")
@Group(SparkApplication.GROUP)
@Version(SparkApplication.VERSION)
@Kind("SparkApplication")
@Singular("sparkapplication")
@Plural("sparkapplications")
@ShortNames("sparkapp")
@AdditionalPrinterColumn(name = "Suspend", jsonPath = ".spec.suspend", type = AdditionalPrinterColumn.Type.BOOLEAN)
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.applicationState.state", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Attempts", jsonPath = ".status.executionAttempts", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Start", jsonPath = ".status.lastSubmissionAttemptTime", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Finish", jsonPath = ".status.terminationTime", type = AdditionalPrinterColumn.Type.STRING)
// Ours: why a pod of the run cannot start (the PodTrouble condition's reason), empty when nothing is wrong.
@AdditionalPrinterColumn(name = "Pod Trouble", jsonPath = ".status.conditions[?(@.type==\"PodTrouble\")].reason", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class SparkApplication extends CustomResource<SparkApplicationSpec, SparkApplicationStatus>
        implements Namespaced {

    public static final String GROUP = "sparkoperator.k8s.io";
    public static final String VERSION = "v1beta2";
}
