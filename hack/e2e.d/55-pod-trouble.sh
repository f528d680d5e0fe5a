# shellcheck shell=bash
# Sourced by hack/e2e: PodTrouble wired into the
# application (issue 17). A driver or executor that cannot start is explained on the SparkApplication,
# without reading pods: a condition with the scheduler's or kubelet's reason and message, shown by
# `kubectl get sparkapp`, a Warning Event once per trouble (not on every reconcile, not again when the
# kubelet alternates ErrImagePull and ImagePullBackOff), cleared when the pod starts; and an optional
# pending timeout (off by default) that fails the run.
# The pod-level situations themselves are proven in 50-examples.sh.
#
# The names, in one place (kube.EventReasons, reconcile.PodTroubleCondition, OperatorConfig).
TROUBLE_CONDITION=PodTrouble                  # status.conditions[].type, status True while a pod cannot start
DRIVER_TROUBLE_EVENT=SparkDriverCannotStart   # Warning Event reason for the driver
EXECUTOR_TROUBLE_EVENT=SparkExecutorCannotStart
PENDING_TIMEOUT_ENV=SPARKOP_POD_PENDING_TIMEOUT  # property sparkop.pod-pending-timeout, off by default

condition_of() { # APP FIELD: the trouble condition's field
  k -n "$NS" get sparkapp "$1" -o jsonpath="{.status.conditions[?(@.type==\"$TROUBLE_CONDITION\")].$2}"
}
trouble_is() { # APP REASON TEXT: the condition is True with that reason and a message containing TEXT
  [ "$(condition_of "$1" status)" = True ] && [ "$(condition_of "$1" reason)" = "$2" ] \
    && condition_of "$1" message | grep -qF -- "$3"
}
shows_trouble() { # APP REASON TEXT: waits, and on failure prints what the application says
  wait_for 60 trouble_is "$@" && return 0
  k -n "$NS" get sparkapp "$1" -o jsonpath='{.status.applicationState}{"\n"}{.status.conditions}{"\n"}'
  return 1
}
events_of() { # APP REASON: how many Events with that reason the application has (count summed)
  k -n "$NS" get events --field-selector "involvedObject.name=$1,reason=$2" -o jsonpath='{range .items[*]}{.count}{"\n"}{end}' \
    | awk '{ n += ($1 == "" ? 1 : $1) } END { print n + 0 }'
}
with_driver() { # APP YAML-LINE: spark-pi in the e2e namespace, one more line under spec.driver
  example_in_ns examples/spark-pi.yaml "$1" | awk -v extra="$2" '{ print } /^  driver:$/ { print extra }'
}

# Unschedulable: the scheduler's reason and message, on the application and in kubectl get.
with_driver trouble-unschedulable '    nodeSelector: {sparkop.test/e2e-pool: reserved}' | k apply -f - >/dev/null
check "an unschedulable driver is explained on the application (scheduler's reason and message)" \
  shows_trouble trouble-unschedulable Unschedulable "didn't match Pod's node affinity/selector"
check "the application stays SUBMITTED" state_is trouble-unschedulable SUBMITTED
check "kubectl get sparkapp shows why" bash -c "k -n $NS get sparkapp trouble-unschedulable | grep -q Unschedulable"
sleep 15
check "one Warning Event for it, not one per reconcile" test "$(events_of trouble-unschedulable "$DRIVER_TROUBLE_EVENT")" = 1
k label node kwok-node-1 sparkop.test/e2e-pool=reserved >/dev/null
check "once a node fits, the driver runs and the application COMPLETES" wait_for 90 state_is trouble-unschedulable COMPLETED
check "and the trouble is cleared" bash -c "[ \"\$(k -n $NS get sparkapp trouble-unschedulable -o jsonpath='{.status.conditions[?(@.type==\"$TROUBLE_CONDITION\")].status}')\" != True ]"
k label node kwok-node-1 sparkop.test/e2e-pool- >/dev/null

# Image pull error: the kubelet alternates ErrImagePull and ImagePullBackOff; one Event all the same.
with_driver trouble-image '    annotations: {sparkop.test/image-pull: fail}' | k apply -f - >/dev/null
image_trouble() {
  trouble_is trouble-image ErrImagePull 'failed to pull and unpack image "spark:4.0.0"' \
    || trouble_is trouble-image ImagePullBackOff 'Back-off pulling image "spark:4.0.0"'
}
check "an image pull error is explained on the application (kubelet's reason and message)" wait_for 60 image_trouble
sleep 30   # two back-off rounds
check "one Warning Event across ErrImagePull and ImagePullBackOff" test "$(events_of trouble-image "$DRIVER_TROUBLE_EVENT")" = 1
check "without a pending timeout (the default) the run is not failed" state_is trouble-image SUBMITTED

# A missing Secret key: CreateContainerConfigError with the kubelet's message.
with_driver trouble-config "    annotations: {sparkop.test/container-config-error: \"couldn't find key password in Secret $NS/db-credentials\"}" \
  | k apply -f - >/dev/null
check "CreateContainerConfigError is explained on the application" \
  shows_trouble trouble-config CreateContainerConfigError "couldn't find key password in Secret $NS/db-credentials"

# An executor that cannot start (executors are created by the driver; here by hand, labelled as the driver
# labels them, with the submission id).
with_driver trouble-executor '    annotations: {sparkop.test/run-seconds: forever}' | k apply -f - >/dev/null
wait_for 60 state_is trouble-executor RUNNING
DRIVER_UID=$(k -n "$NS" get pod trouble-executor-driver -o jsonpath='{.metadata.uid}')
cat <<EOF | k apply -f - >/dev/null
apiVersion: v1
kind: Pod
metadata:
  name: trouble-executor-exec-1
  namespace: $NS
  labels: {spark-role: executor, spark-exec-id: "1", sparkoperator.k8s.io/app-name: trouble-executor,
           sparkoperator.k8s.io/launched-by-spark-operator: "true",
           sparkoperator.k8s.io/submission-id: "$(k -n "$NS" get pod trouble-executor-driver -o jsonpath='{.metadata.labels.sparkoperator\.k8s\.io/submission-id}')",
           spark-app-selector: "$(k -n "$NS" get pod trouble-executor-driver -o jsonpath='{.metadata.labels.spark-app-selector}')"}
  annotations: {sparkop.test/image-pull: fail}
  ownerReferences: [{apiVersion: v1, kind: Pod, name: trouble-executor-driver, uid: "$DRIVER_UID", controller: true}]
spec:
  restartPolicy: Never
  containers: [{name: spark-kubernetes-executor, image: "spark:4.0.0"}]
EOF
executor_trouble() {
  trouble_is trouble-executor ErrImagePull trouble-executor-exec-1 || trouble_is trouble-executor ImagePullBackOff trouble-executor-exec-1
}
check "an executor that cannot start is explained on the application, naming the pod" wait_for 60 executor_trouble
check "with one Warning Event" wait_for 30 bash -c "[ \"\$(k -n $NS get events --field-selector involvedObject.name=trouble-executor,reason=$EXECUTOR_TROUBLE_EVENT -o name | wc -l)\" = 1 ]"
k -n "$NS" delete sparkapp trouble-unschedulable trouble-image trouble-config trouble-executor --wait=false >/dev/null

# The optional pending timeout fails a run whose driver stays Pending too long, saying why.
stop_operator TERM
export "$PENDING_TIMEOUT_ENV=20s"
check "the operator restarts with a 20 s pending timeout" start_operator
with_driver trouble-timeout '    annotations: {sparkop.test/image-pull: fail}' | k apply -f - >/dev/null
check "a driver Pending past the timeout fails the run" wait_for 90 state_is trouble-timeout FAILED
check "its error message gives the kubelet's reason" bash -c \
  "k -n $NS get sparkapp trouble-timeout -o jsonpath='{.status.applicationState.errorMessage}' | grep -qE 'ErrImagePull|ImagePullBackOff'"
k -n "$NS" delete sparkapp trouble-timeout --wait=false >/dev/null
stop_operator TERM
unset "$PENDING_TIMEOUT_ENV"
check "the operator restarts without the pending timeout" start_operator
