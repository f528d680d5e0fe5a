# shellcheck shell=bash
# Sourced by hack/e2e.
# What only a real API server shows about admission: the newest kubeflow fields are in the schema (not
# pruned), kubectl explain knows the top-level fields, and a spec kubeflow's webhook refuses ends as a
# failed application with kubeflow's message.

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
    printf 'apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata: {name: e2e-newer, namespace: %s}\nspec:\n%s\n' \
      "$NS" "$(sed 's/^/  /' <<<"$spec")"
  else
    printf "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\nmetadata: {name: e2e-newer, namespace: %s}\nspec:\n  schedule: '@daily'\n  template:\n%s\n" \
      "$NS" "$(sed 's/^/    /' <<<"$spec")"
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

cat >"$E2E/denied-master.yaml" <<EOF
apiVersion: sparkoperator.k8s.io/v1beta2
kind: SparkApplication
metadata: {name: e2e-denied-master, namespace: $NS}
spec:
  type: Scala
  mainClass: org.apache.spark.examples.SparkPi
  mainApplicationFile: "local:///opt/spark/examples/jars/spark-examples.jar"
  sparkVersion: 4.0.0
  image: apache/spark:4.0.0
  sparkConf: {spark.master: "local[2]"}
EOF
k apply -f "$E2E/denied-master.yaml" >/dev/null
failed_with() { # app text
  local state message
  state=$(app_state "$1")
  message=$(app_field "$1" '{.status.applicationState.errorMessage}')
  [[ "$state" == FAILED || "$state" == SUBMISSION_FAILED ]] && grep -qF "$2" <<<"$message"
}
check "a sparkConf key kubeflow denies fails with kubeflow's message" \
  wait_for 60 failed_with e2e-denied-master 'sparkConf key "spark.master" is not allowed: this value is managed by the operator'
check "and creates no driver" absent pod e2e-denied-master-driver
k delete -f "$E2E/denied-master.yaml" --wait=false >/dev/null 2>&1 || true
