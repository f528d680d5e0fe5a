package io.sparkop.connect;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;

/**
 * What one SparkConnect consists of. {@code hash} digests all three: a server pod whose
 * {@link ConnectServerBuilder#HASH_ANNOTATION} differs from it was built from an older spec.
 */
public record ConnectResources(Pod serverPod, ConfigMap configMap, Service service, String hash) {
}
