# shellcheck shell=bash
# Sourced by hack/e2e.
# Every example, applied as a user applies it (kubectl apply -f examples/FILE, namespace default), reaches
# the state this table expects; an example missing from the table fails, so none can rot unnoticed.
# Then the pod-level troubles the testbed produces (scheduler, kwok stages 45-spark-pod-trouble.yaml), as
# PodTrouble reads them: unschedulable, image pull error and back-off, a missing Secret key.

# example file -> final state of its application; "run COMPLETED" for a schedule: a run is created and
# completes; "connect Ready" for a SparkConnect: its server pod runs (kwok) and the state is Ready.
declare -A EXAMPLE_STATE=(
  [dynamic-allocation.yaml]=COMPLETED
  [monitoring.yaml]=COMPLETED
  [python-object-store.yaml]=COMPLETED
  [restart-policy.yaml]=COMPLETED
  [scheduled-daily-etl.yaml]="run COMPLETED"
  [secrets-and-configmaps.yaml]=COMPLETED
  [spark-pi.yaml]=COMPLETED
  [spark-connect.yaml]="connect Ready"
  [tolerations-affinity.yaml]=COMPLETED
  [volumes.yaml]=COMPLETED
)

# The example's SparkApplication or ScheduledSparkApplication, as kind/name.
example_resource() {
  k get -f "$1" -o name 2>/dev/null | grep -E '^((scheduled)?sparkapplication|sparkconnect)' | head -1
}

default_app_is() { [ "$(k -n default get sparkapp "$1" -o jsonpath='{.status.applicationState.state}' 2>/dev/null)" = "$2" ]; }
schedule_is_scheduled() {
  [ "$(k -n default get scheduledsparkapp "$1" -o jsonpath='{.status.scheduleState}')" = Scheduled ] &&
    [ -n "$(k -n default get scheduledsparkapp "$1" -o jsonpath='{.status.nextRun}')" ]
}
connect_is() { [ "$(k -n default get sparkconnect "$1" -o jsonpath='{.status.state}' 2>/dev/null)" = "$2" ]; }
has_run() { k -n default get sparkapp -l "sparkoperator.k8s.io/scheduled-app-name=$1" -o name | grep -q .; }

# example_reaches NAME STATE: waits for the state; on failure shows what a user would look at.
example_reaches() {
  wait_for 120 default_app_is "$1" "$2" && return 0
  echo "sparkapp $1: $(k -n default get sparkapp "$1" -o jsonpath='{.status.applicationState}')"
  k -n default get pods -l "sparkoperator.k8s.io/app-name=$1" -o jsonpath='{range .items[*]}{.metadata.name} {.status.phase} {.status.conditions[?(@.type=="PodScheduled")].message} {.status.containerStatuses[*].state}{"\n"}{end}'
  return 1
}

# schedule_runs NAME STATE: the daily schedule is moved to the coming minute of its own time zone (so the
# zone is exercised too); a run must be created and reach STATE.
schedule_runs() {
  local name=$1 state=$2 zone minute run
  zone=$(k -n default get scheduledsparkapp "$name" -o jsonpath='{.spec.timeZone}')
  minute=$(TZ=${zone:-UTC} date -d '+70 seconds' '+%-M %-H')
  k -n default patch scheduledsparkapp "$name" --type=merge -p "{\"spec\":{\"schedule\":\"$minute * * *\"}}" >/dev/null
  wait_for 150 has_run "$name" || { echo "no run of $name by $(date -u +%T) UTC; schedule '$minute * * *' in ${zone:-UTC}"; return 1; }
  run=$(k -n default get sparkapp -l "sparkoperator.k8s.io/scheduled-app-name=$name" -o jsonpath='{.items[0].metadata.name}')
  example_reaches "$run" "$state"
}

k apply -f deploy/spark-rbac.yaml >/dev/null  # the driver ServiceAccount examples run as, in default
for example in examples/*.yaml; do
  check "example $example has an expected state in hack/e2e.d/50-examples.sh" test -n "${EXAMPLE_STATE[$(basename "$example")]:-}"
  check "kubectl apply -f $example" k apply -f "$example"
done
for example in examples/*.yaml; do
  expected=${EXAMPLE_STATE[$(basename "$example")]:-}
  resource=$(example_resource "$example")
  [ -n "$expected" ] && [ -n "$resource" ] || continue
  case $resource in
    scheduledsparkapplication*)
      check "$example: the schedule is Scheduled with a next run" wait_for 30 schedule_is_scheduled "${resource#*/}"
      check "$example: a run is created and reaches ${expected#run }" schedule_runs "${resource#*/}" "${expected#run }" ;;
    sparkconnect*)
      check "$example reaches ${expected#connect }" wait_for 120 connect_is "${resource#*/}" "${expected#connect }" ;;
    *)
      check "$example reaches $expected" example_reaches "${resource#*/}" "$expected" ;;
  esac
done

# ---------------------------------------------------------------- pods that cannot start
# Bare pods labelled as Spark drivers (no app-name label: the operator leaves them alone), one per trouble.
TROUBLE=$E2E/pod-trouble
mkdir -p "$TROUBLE"
trouble_pod() { # NAME ANNOTATIONS-YAML SPEC-EXTRA-YAML
  cat <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: $1
  namespace: $NS
  labels: {spark-role: driver, e2e: pod-trouble}
  annotations: {$2}
spec:
  restartPolicy: Never
  containers:
  - {name: spark-kubernetes-driver, image: "spark:no-such-tag"}
  - {name: sidecar, image: "busybox:1.36"}
$3
---
EOF
}
{
  trouble_pod trouble-no-node "" "  nodeSelector: {node.kubernetes.io/lifecycle: reserved}"
  trouble_pod trouble-no-claim "" "  volumes: [{name: data, persistentVolumeClaim: {claimName: no-such-claim}}]"
  trouble_pod trouble-image "sparkop.test/image-pull: fail" ""
  trouble_pod trouble-config "sparkop.test/container-config-error: \"couldn't find key password in Secret $NS/db-credentials\"" ""
} | k apply -f - >/dev/null

pod_field_has() { k -n "$NS" get pod "$1" -o jsonpath="$2" | grep -qF -- "$3"; }
pod_says() { # POD JSONPATH TEXT: waits until the pod's fields contain the text
  wait_for 60 pod_field_has "$@" && return 0
  k -n "$NS" get pod "$1" -o jsonpath="$2"; echo; return 1
}
SCHEDULED='{.status.conditions[?(@.type=="PodScheduled")].status} {.status.conditions[?(@.type=="PodScheduled")].reason}: {.status.conditions[?(@.type=="PodScheduled")].message}'
WAITING='{.status.phase} {.status.containerStatuses[0].state.waiting.reason}: {.status.containerStatuses[0].state.waiting.message}'
check "a driver whose nodeSelector matches no node is Unschedulable (scheduler)" \
  pod_says trouble-no-node "$SCHEDULED" "False Unschedulable: 0/$(k get nodes -o name | wc -l) nodes are available: "
check "and the scheduler's message says why" \
  pod_says trouble-no-node "$SCHEDULED" "node(s) didn't match Pod's node affinity/selector."
check "a driver whose claim does not exist is Unschedulable, naming the claim (scheduler)" \
  pod_says trouble-no-claim "$SCHEDULED" 'persistentvolumeclaim "no-such-claim" not found'
check "an image that cannot be pulled: ErrImagePull with the runtime's message" \
  pod_says trouble-image "$WAITING" 'Pending ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "spark:no-such-tag"'
check "then ImagePullBackOff, wrapping the pull error as the kubelet does" \
  pod_says trouble-image "$WAITING" 'Pending ImagePullBackOff: Back-off pulling image "spark:no-such-tag": ErrImagePull: rpc error'
check "and ErrImagePull again after the back-off" \
  pod_says trouble-image "$WAITING" 'Pending ErrImagePull:'
check "the other containers of a pod with an image pull error run" \
  pod_says trouble-image '{.status.containerStatuses[1].state.running.startedAt}' 'T'
check "a missing Secret key: CreateContainerConfigError with the kubelet's message" \
  pod_says trouble-config "$WAITING" "Pending CreateContainerConfigError: couldn't find key password in Secret $NS/db-credentials"
sleep 5
check "troubled pods stay Pending (kwok does not start them)" bash -c \
  "[ \"\$(k -n $NS get pods -l e2e=pod-trouble -o jsonpath='{.items[*].status.phase}')\" = 'Pending Pending Pending Pending' ]"
for pod in trouble-no-node trouble-no-claim trouble-image trouble-config; do
  k -n "$NS" get pod "$pod" -o yaml >"$TROUBLE/$pod.yaml" 2>/dev/null
done
k -n "$NS" delete pods -l e2e=pod-trouble --wait=false >/dev/null

if [ "${SPARKOP_E2E_KEEP:-}" != "true" ]; then
  for example in examples/*.yaml; do k delete -f "$example" --wait=false >/dev/null 2>&1; done
fi
