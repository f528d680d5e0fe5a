# shellcheck shell=bash
# Sourced by hack/e2e.
# What only a real API server shows about admission: the newest kubeflow fields are in the schema (not
# pruned) and kubectl explain knows the top-level fields. Runs before the operator starts (20), in the
# default namespace; what kubeflow's webhook refuses is SpecValidator's, tested without a cluster.

newer_fields() { # kind: a manifest whose spec (or spec.template) uses kubeflow's newest fields
  local spec
  spec=$(cat <<'EOF2'
type: Scala
mainClass: org.apache.spark.examples.SparkPi
mainApplicationFile: "local:///opt/spark/examples/jars/spark-examples.jar"
sparkVersion: 4.0.0
image: apache/spark:4.0.0
driverPodDisruptionBudget: true
volumes:
  - name: certs
    projected:
      sources:
        - podCertificate: {signerName: example.com/signer, keyType: ED25519, credentialBundlePath: bundle.pem}
driver:
  memory: 512m
  memoryLimit: 1g
  env:
    - name: LEVEL
      valueFrom:
        fileKeyRef: {volumeName: certs, path: app.env, key: LEVEL}
executor:
  memoryLimit: 1g
EOF2
)
  if [ "$1" = SparkApplication ]; then
    printf 'apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata: {name: e2e-newer, namespace: default}\nspec:\n%s\n' \
      "$(sed 's/^/  /' <<<"$spec")"
  else
    printf "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\nmetadata: {name: e2e-newer, namespace: default}\nspec:\n  schedule: '@daily'\n  template:\n%s\n" \
      "$(sed 's/^/    /' <<<"$spec")"
  fi
}

kept_by_dry_run() { # kind path-to-the-spec
  newer_fields "$1" >"$E2E/newer.yaml"
  k apply --dry-run=server -o json -f "$E2E/newer.yaml" >"$E2E/newer.json" || return 1
  python3 - "$E2E/newer.json" "$2" <<'EOF2'
import json, sys
spec = json.load(open(sys.argv[1]))
for key in sys.argv[2].split("."):
    spec = spec[key]
paths = [("driverPodDisruptionBudget",), ("driver", "memoryLimit"), ("executor", "memoryLimit"),
         ("driver", "env", 0, "valueFrom", "fileKeyRef", "key"),
         ("volumes", 0, "projected", "sources", 0, "podCertificate", "signerName")]
for path in paths:
    node = spec
    try:
        for step in path:
            node = node[step]
    except (KeyError, IndexError):
        sys.exit("pruned: " + ".".join(map(str, path)))
EOF2
}
check "newest kubeflow fields survive the API server (SparkApplication)" kept_by_dry_run SparkApplication spec
check "newest kubeflow fields survive the API server (ScheduledSparkApplication template)" \
  kept_by_dry_run ScheduledSparkApplication spec.template
check "kubectl explain knows the top-level fields" bash -c 'k explain sparkapplications.apiVersion | grep -q APIVersion && k explain scheduledsparkapplications.kind | grep -q CamelCase'
