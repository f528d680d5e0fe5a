# shellcheck shell=bash
# Sourced by hack/e2e.
# The CRDs, deploy/ and every example against the real API server's schema; manifests it must refuse.

check "CRDs are accepted by a real API server" k apply -f deploy/crds/
wait_for 30 k wait --for=condition=Established crd/sparkapplications.sparkoperator.k8s.io crd/scheduledsparkapplications.sparkoperator.k8s.io crd/sparkconnects.sparkoperator.k8s.io --timeout=5s
k apply -f deploy/namespace.yaml >/dev/null
check "deploy/ installs cleanly (kubectl apply -k deploy --dry-run=server)" k apply -k deploy --dry-run=server

for example in examples/*.yaml; do
  check "example $example passes server-side dry run" k apply --dry-run=server -f "$example"
done

# Manifests the schema must refuse, with a message naming the field.
rejected() { # file expected-text
  if k apply --dry-run=server -f "$1" >"$E2E/rejected.out" 2>&1; then
    echo "accepted"; return 1
  fi
  grep -q "$2" "$E2E/rejected.out" || { cat "$E2E/rejected.out"; return 1; }
}
M=src/test/resources/malformed
check "unknown type is rejected" rejected $M/unknown-type.yaml 'spec.type: Unsupported value: "Go"'
check "unknown restartPolicy type is rejected" rejected $M/restartpolicy-type.yaml 'spec.restartPolicy.type: Unsupported value'
check "cores of the wrong type are rejected" rejected $M/cores-not-integer.yaml 'spec.driver.cores: Invalid value'
check "unknown concurrencyPolicy is rejected" rejected $M/schedule-concurrency.yaml 'spec.concurrencyPolicy: Unsupported value'
cat >"$E2E/negative-instances.yaml" <<'EOF'
apiVersion: sparkoperator.k8s.io/v1beta2
kind: SparkApplication
metadata: {name: negative-instances, namespace: default}
spec: {type: Scala, sparkVersion: 4.0.0, mainApplicationFile: "local:///a.jar", driver: {}, executor: {instances: -1}}
EOF
check "negative executor instances are rejected" rejected "$E2E/negative-instances.yaml" 'spec.executor.instances: Invalid value: -1'
