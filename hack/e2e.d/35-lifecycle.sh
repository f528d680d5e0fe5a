# shellcheck shell=bash
# Sourced by hack/e2e.
# What only a real API server shows: refused submissions (quota, missing ServiceAccount, invalid label),
# objects already under our names, a SIGKILL between creating the driver and writing status, TTL edits.
# The refusals run in namespaces named e2e-refused-*; hack/e2e's 403 log check leaves those out.

short_app() { # short_app FILE NAME NAMESPACE: an example as a 1-second driver in another namespace
  sed -e "s/^  namespace: default/  namespace: $3/" -e "s/^  name: .*/  name: $2/" \
    -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: "1"/' "$1"
}
state_in() { [ "$(k -n "$1" get sparkapp "$2" -o jsonpath='{.status.applicationState.state}' 2>/dev/null)" = "$3" ]; }
field_in() { k -n "$1" get sparkapp "$2" -o jsonpath="$3" 2>/dev/null; }
reasons_in() { k -n "$1" get events --field-selector "involvedObject.name=$2" --sort-by=.metadata.creationTimestamp -o jsonpath='{range .items[*]}{.reason}{"\n"}{end}' 2>/dev/null; }
export -f field_in reasons_in

# ResourceQuota: no pods at all in this namespace (403 exceeded quota), one submission retry.
QNS=e2e-refused-quota
k create namespace "$QNS" --dry-run=client -o yaml | k apply -f - >/dev/null
k -n "$QNS" create serviceaccount spark-operator-spark --dry-run=client -o yaml | k apply -f - >/dev/null
k -n "$QNS" create quota no-pods --hard=pods=0 --dry-run=client -o yaml | k apply -f - >/dev/null
short_app examples/spark-pi.yaml quota-app "$QNS" | sed -e 's/^spec:/spec:\n  restartPolicy:\n    type: OnFailure\n    onSubmissionFailureRetries: 1\n    onSubmissionFailureRetryInterval: 1/' \
  | k apply -f - >/dev/null
check "a driver refused by a ResourceQuota (403) ends FAILED after onSubmissionFailureRetries" wait_for 60 state_in "$QNS" quota-app FAILED
check "it was submitted twice" test "$(field_in "$QNS" quota-app '{.status.submissionAttempts}')" = 2
check "it says why" bash -c "field_in $QNS quota-app '{.status.applicationState.errorMessage}'; field_in $QNS quota-app '{.status.applicationState.errorMessage}' | grep -q 'exceeded quota'"
check "it has a termination time" test -n "$(field_in "$QNS" quota-app '{.status.terminationTime}')"
check "with SparkApplicationSubmissionFailed twice, then SparkApplicationFailed" bash -c "[ \"\$(reasons_in $QNS quota-app | grep -c SparkApplicationSubmissionFailed)\" = 2 ] && reasons_in $QNS quota-app | tail -1 | grep -qx SparkApplicationFailed"
check "and no UI Service is left behind" bash -c "! k -n $QNS get service quota-app-ui-svc"

# A ServiceAccount that does not exist: the API server refuses the pod; restartPolicy Never fails at once.
SNS=e2e-refused-sa
k create namespace "$SNS" --dry-run=client -o yaml | k apply -f - >/dev/null
short_app examples/spark-pi.yaml nosa-app "$SNS" | sed -e 's/serviceAccount: .*/serviceAccount: nobody-here/' | k apply -f - >/dev/null
check "a driver whose ServiceAccount is missing ends FAILED after one attempt" wait_for 60 state_in "$SNS" nosa-app FAILED
check "its error names the ServiceAccount" bash -c "[ \"\$(field_in $SNS nosa-app '{.status.submissionAttempts}')\" = 1 ] && field_in $SNS nosa-app '{.status.applicationState.errorMessage}' | grep -q nobody-here"

# An invalid label value (422).
short_app examples/spark-pi.yaml e2e-badlabel "$NS" | sed -e 's/team: analytics/team: "not ok"/' | k apply -f - >/dev/null
check "a driver with an invalid label value (422) ends FAILED" wait_for 60 state_is e2e-badlabel FAILED
check "its error quotes the API server" bash -c "field_in $NS e2e-badlabel '{.status.applicationState.errorMessage}' | grep -q 'Invalid value'"

# A Service already named <app>-ui-svc that the operator did not create: reported, never taken over.
k -n "$NS" create service clusterip e2e-taken-ui-svc --tcp=80:8080 >/dev/null
short_app examples/spark-pi.yaml e2e-taken "$NS" | k apply -f - >/dev/null
check "an application whose UI Service name is taken ends FAILED" wait_for 60 state_is e2e-taken FAILED
check "naming the Service" bash -c "field_in $NS e2e-taken '{.status.applicationState.errorMessage}' | grep -q 'Service $NS/e2e-taken-ui-svc already exists'"
check "the user's Service keeps its selector and has no owner" bash -c "[ \"\$(k -n $NS get service e2e-taken-ui-svc -o jsonpath='{.spec.selector.app}{.metadata.ownerReferences}')\" = e2e-taken-ui-svc ]"
check "and no driver was created for it" absent pod e2e-taken-driver

# A pod already named <app>-driver that the operator did not create.
k -n "$NS" run e2e-squat-driver --image=busybox --restart=Never --labels=owner=someone >/dev/null
short_app examples/spark-pi.yaml e2e-squat "$NS" | k apply -f - >/dev/null
check "an application whose driver pod name is taken ends FAILED" wait_for 60 state_is e2e-squat FAILED
check "naming the pod" bash -c "field_in $NS e2e-squat '{.status.applicationState.errorMessage}' | grep -q 'Pod $NS/e2e-squat-driver already exists'"
check "the user's pod is left as it was" bash -c "[ \"\$(k -n $NS get pod e2e-squat-driver -o jsonpath='{.metadata.labels.owner}{.metadata.ownerReferences}')\" = someone ]"

# SIGKILL right after the driver pod appears; the driver finishes while the operator is down.
example_in_ns examples/spark-pi.yaml e2e-race | sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: "2"/' \
  | k apply -f - >/dev/null
wait_for 60 k -n "$NS" get pod e2e-race-driver
stop_operator KILL
driver_done() { [ "$(k -n "$NS" get pod e2e-race-driver -o jsonpath='{.status.phase}')" = Succeeded ]; }
wait_for 60 driver_done
# A JVM start on a busy 2-core machine can take longer than start_operator waits.
start_operator || true
check "the operator restarts after a SIGKILL between driver and status" wait_for 240 operator_ready
check "the application whose driver finished meanwhile ends COMPLETED" wait_for 60 state_is e2e-race COMPLETED
check "having run once" test "$(app_field e2e-race '{.status.executionAttempts}')" = 1

# SIGKILL in PENDING_RERUN: a finalizer holds the failed first driver Terminating, so the operator is killed
# after tearing the run down and before submitting the next; the next run is submitted once, after the restart.
example_in_ns examples/restart-policy.yaml e2e-rerun-kill | sed \
  -e 's/onFailureRetries: 3/onFailureRetries: 1/' -e 's/onFailureRetryInterval: 60/onFailureRetryInterval: 1/' \
  -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/exit-code: "1"\n      sparkop.test\/run-seconds: "3"/' \
  | k apply -f - >/dev/null
wait_for 60 k -n "$NS" get pod e2e-rerun-kill-driver
FIRST_DRIVER=$(k -n "$NS" get pod e2e-rerun-kill-driver -o jsonpath='{.metadata.uid}')
k -n "$NS" patch pod e2e-rerun-kill-driver --type=merge -p '{"metadata":{"finalizers":["sparkop.test/hold"]}}' >/dev/null
torn_down_held() {
  state_is e2e-rerun-kill PENDING_RERUN && [ -n "$(k -n "$NS" get pod e2e-rerun-kill-driver -o jsonpath='{.metadata.deletionTimestamp}')" ] \
    && reasons_in "$NS" e2e-rerun-kill | grep -qx SparkApplicationPendingRerun
}
check "the failed first run is torn down: PENDING_RERUN, its driver Terminating" wait_for 60 torn_down_held
stop_operator KILL
k -n "$NS" patch pod e2e-rerun-kill-driver --type=merge -p '{"metadata":{"finalizers":null}}' >/dev/null
wait_for 30 absent pod e2e-rerun-kill-driver
start_operator || true
check "the operator restarts after a SIGKILL in PENDING_RERUN" wait_for 240 operator_ready
check "the second run fails too and the application ends FAILED" wait_for 90 state_is e2e-rerun-kill FAILED
check "after two runs, the second with a new driver pod" bash -c \
  "[ \"\$(field_in $NS e2e-rerun-kill '{.status.executionAttempts}')\" = 2 ] \
   && [ \"\$(k -n $NS get pod e2e-rerun-kill-driver -o jsonpath='{.metadata.uid}')\" != $FIRST_DRIVER ]"
check "Events: submitted twice, one PENDING_RERUN, failed once" wait_for 30 bash -c \
  "[ \"\$(reasons_in $NS e2e-rerun-kill | grep -cx SparkApplicationSubmitted)/\$(reasons_in $NS e2e-rerun-kill | grep -cx SparkApplicationPendingRerun)/\$(reasons_in $NS e2e-rerun-kill | grep -cx SparkApplicationFailed)\" = 2/1/1 ]"

# TTL edits: never re-run, while running or after COMPLETED; 0 deletes a finished application.
example_in_ns examples/spark-pi.yaml e2e-ttl-run | sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: forever/' \
  | k apply -f - >/dev/null
wait_for 60 state_is e2e-ttl-run RUNNING
FIRST=$(app_field e2e-ttl-run '{.status.submissionID}')
k -n "$NS" patch sparkapp e2e-ttl-run --type=merge -p '{"spec":{"timeToLiveSeconds":3600}}' >/dev/null
observed() { [ "$(app_field "$1" '{.status.observedGeneration}')" = "$(app_field "$1" '{.metadata.generation}')" ]; }
wait_for 30 observed e2e-ttl-run
check "editing timeToLiveSeconds of a RUNNING application leaves the run alone" bash -c "[ \"\$(field_in $NS e2e-ttl-run '{.status.applicationState.state}/{.status.submissionID}')\" = 'RUNNING/$FIRST' ]"
k -n "$NS" delete sparkapp e2e-ttl-run --wait=false >/dev/null

short_app examples/spark-pi.yaml e2e-ttl-done "$NS" | k apply -f - >/dev/null
wait_for 90 state_is e2e-ttl-done COMPLETED
FIRST=$(app_field e2e-ttl-done '{.status.submissionID}')
k -n "$NS" patch sparkapp e2e-ttl-done --type=merge -p '{"spec":{"timeToLiveSeconds":3600,"arguments":["10"]}}' >/dev/null
wait_for 30 observed e2e-ttl-done
sleep 3
check "editing a COMPLETED application never runs it again" bash -c "[ \"\$(field_in $NS e2e-ttl-done '{.status.applicationState.state}/{.status.submissionID}/{.status.executionAttempts}')\" = 'COMPLETED/$FIRST/1' ]"
check "kubectl wait --for=condition=Completed answers for the edited generation" \
  k -n "$NS" wait --for=condition=Completed --timeout=10s sparkapp/e2e-ttl-done
k -n "$NS" patch sparkapp e2e-ttl-done --type=merge -p '{"spec":{"timeToLiveSeconds":0}}' >/dev/null
check "timeToLiveSeconds: 0 deletes a finished application" wait_for 30 absent sparkapp e2e-ttl-done
