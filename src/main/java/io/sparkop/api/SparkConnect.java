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

/** kubeflow's {@code sparkoperator.k8s.io/v1alpha1} SparkConnect: a long-running Spark Connect server. */
// *.k8s.io is a protected group: the API server requires this approval annotation (kubeflow's own).
@Annotations("api-approved.kubernetes.io=https://github.com/kubeflow/spark-operator/pull/1298")
@Group(SparkApplication.GROUP)
@Version(SparkConnect.VERSION)
@Kind("SparkConnect")
@Singular("sparkconnect")
@Plural("sparkconnects")
@ShortNames("sparkconn")
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.state", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "PodName", jsonPath = ".status.server.podName", type = AdditionalPrinterColumn.Type.STRING)
public class SparkConnect extends CustomResource<SparkConnectSpec, SparkConnectStatus> implements Namespaced {

    public static final String VERSION = "v1alpha1";
}
