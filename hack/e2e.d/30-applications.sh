# shellcheck shell=bash
# Sourced by hack/e2e.
# Applications reach kubeflow's final states; retries, OOMKilled, garbage collection, TTL.

example_in_ns examples/spark-pi.yaml e2e-scala | k apply -f - >/dev/null
example_in_ns examples/python-object-store.yaml e2e-python \
  | sed -e '/timeToLiveSeconds/d' -e 's/type: OnFailure/type: Never/' | k apply -f - >/dev/null
check "a Scala application reaches COMPLETED" wait_for 90 state_is e2e-scala COMPLETED
check "a Python application reaches COMPLETED" wait_for 90 state_is e2e-python COMPLETED
check "status carries kubeflow's fields" bash -c "
  [ -n \"\$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp e2e-scala -o jsonpath='{.status.submissionID}')\" ] &&
  [ \"\$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp e2e-scala -o jsonpath='{.status.driverInfo.podName}')\" = e2e-scala-driver ] &&
  [ -n \"\$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp e2e-scala -o jsonpath='{.status.terminationTime}')\" ]"

# A driver that exits 1 every time, with two retries: PENDING_RERUN twice, then FAILED after 3 runs.
example_in_ns examples/restart-policy.yaml e2e-retry | sed \
  -e 's/onFailureRetries: 3/onFailureRetries: 2/' -e 's/onFailureRetryInterval: 60/onFailureRetryInterval: 1/' \
  -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/exit-code: "1"\n      sparkop.test\/run-seconds: "1"/' \
  | k apply -f - >/dev/null
check "a failing driver with onFailureRetries: 2 ends FAILED" wait_for 120 state_is e2e-retry FAILED
check "it ran three times, as kubeflow counts" test "$(app_field e2e-retry '{.status.executionAttempts}')" = 3
check "its error names the exit code" bash -c "$CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp e2e-retry -o jsonpath='{.status.applicationState.errorMessage}' | grep -q 'ExitCode: 1, Reason: Error'"
check "it went through PENDING_RERUN (Events)" bash -c "$CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get events --field-selector involvedObject.name=e2e-retry -o jsonpath='{.items[*].reason}' | grep -q SparkApplicationPendingRerun"

example_in_ns examples/spark-pi.yaml e2e-oom | sed \
  -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/exit-reason: OOMKilled/' | k apply -f - >/dev/null
check "an OOMKilled driver ends FAILED" wait_for 90 state_is e2e-oom FAILED
check "its status says OOMKilled" bash -c "$CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp e2e-oom -o jsonpath='{.status.applicationState.errorMessage}' | grep -q 'ExitCode: 137, Reason: OOMKilled'"

# Deleting an application removes its driver and what the driver owns (the real garbage collector).
example_in_ns examples/spark-pi.yaml e2e-delete | sed \
  -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: forever/' | k apply -f - >/dev/null
wait_for 60 state_is e2e-delete RUNNING
# The UI Service is created beside the run (not waited for); its ClusterIP reaches the status.
ui_address_in_status() {
  local ip; ip=$(k -n "$NS" get service e2e-delete-ui-svc -o jsonpath='{.spec.clusterIP}' 2>/dev/null)
  [ -n "$ip" ] && [ "$(app_field e2e-delete '{.status.driverInfo.webUIAddress}')" = "$ip:4040" ]
}
check "a running application's status names its UI Service's ClusterIP (webUIAddress)" wait_for 60 ui_address_in_status
DRIVER_UID=$(k -n "$NS" get pod e2e-delete-driver -o jsonpath='{.metadata.uid}')
owned_by_driver() {
  k -n "$NS" get configmaps,services -o json \
    | DRIVER_UID=$DRIVER_UID python3 -c 'import json,os,sys; u=os.environ["DRIVER_UID"]; print("\n".join(i["kind"]+"/"+i["metadata"]["name"] for i in json.load(sys.stdin)["items"] if any(o.get("uid")==u for o in i["metadata"].get("ownerReferences",[]))))'
}
OWNED=$(owned_by_driver)
check "the driver owns its spark.properties ConfigMap and headless Service" bash -c "echo '$OWNED' | grep -q '^ConfigMap/spark-drv-' && echo '$OWNED' | grep -q '^Service/.*-driver-svc$'"
k -n "$NS" delete sparkapp e2e-delete --wait=false >/dev/null
check "deleting an application removes its driver pod" wait_for 60 absent pod e2e-delete-driver
no_owned_left() { [ -z "$(owned_by_driver)" ] && absent service e2e-delete-ui-svc; }
check "and the ConfigMaps, Services and UI Service it owned (garbage collector)" wait_for 60 no_owned_left

example_in_ns examples/spark-pi.yaml e2e-ttl | sed -e 's/^spec:/spec:\n  timeToLiveSeconds: 5/' | k apply -f - >/dev/null
check "a finished application with timeToLiveSeconds: 5 is deleted on time" wait_for 60 absent sparkapp e2e-ttl
