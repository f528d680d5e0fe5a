# shellcheck shell=bash
# Sourced by hack/e2e.
# Backup and restore (README "Backup and restore"): back up with tools/sparkop-backup, delete, restore with
# kubectl apply; finished applications stay finished (no second driver), schedules carry on without running
# any run twice.

BK=$E2E/backup
mkdir -p "$BK"
example_in_ns examples/spark-pi.yaml bk-done | k apply -f - >/dev/null
schedule_of bk-every "@every 10s" "concurrencyPolicy: Allow" | k apply -f - >/dev/null
completed_runs() {
  k -n "$NS" get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=bk-every \
    -o jsonpath='{range .items[?(@.status.applicationState.state=="COMPLETED")]}{.metadata.name}{"\n"}{end}'
}
wait_for 90 state_is bk-done COMPLETED
export -f completed_runs
wait_for 90 bash -c '[ "$(completed_runs | grep -c .)" -ge 1 ]'
k -n "$NS" patch scheduledsparkapp bk-every --type merge -p '{"spec":{"suspend":true}}' >/dev/null
sleep 8   # let a run started just before the suspend finish
check "tools/sparkop-backup writes a restorable backup" bash -c \
  "KUBECTL=$CACHE/bin/kubectl KUBECONFIG=$ROOT/.testbed/kubeconfig tools/sparkop-backup -n $NS > $BK/backup.json && grep -q sparkop.io/restored-status $BK/backup.json"
completed_runs | sort >"$BK/runs-before"
python3 - "$BK/backup.json" "$BK/backup-subset.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
keep = [i for i in doc["items"] if i["metadata"]["name"] == "bk-done" or i["metadata"]["name"].startswith("bk-every")]
for i in keep:
    if i["kind"] == "ScheduledSparkApplication":
        i["spec"]["suspend"] = False
json.dump({"apiVersion": "v1", "kind": "List", "items": keep}, open(sys.argv[2], "w"))
PY
DONE_UID=$(k -n "$NS" get sparkapp bk-done -o jsonpath='{.metadata.uid}')
k -n "$NS" delete scheduledsparkapp bk-every >/dev/null
k -n "$NS" delete sparkapp bk-done >/dev/null
wait_for 60 absent sparkapp bk-done
wait_for 60 bash -c "[ -z \"\$(k -n $NS get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=bk-every -o name)\" ]"
wait_for 60 absent pod bk-done-driver
check "the backup is restored with kubectl apply" k apply -f "$BK/backup-subset.json"
check "a restored application is a new object" bash -c "[ \"\$(k -n $NS get sparkapp bk-done -o jsonpath='{.metadata.uid}')\" != '$DONE_UID' ]"
check "a restored finished application is COMPLETED" wait_for 30 state_is bk-done COMPLETED
check "it says it was restored (Event)" wait_for 30 bash -c \
  "k -n $NS get events --field-selector involvedObject.name=bk-done,reason=SparkApplicationRestored -o name | grep -q ."
sleep 10
check "and it did not run again (no driver pod, one execution attempt)" bash -c \
  "! k -n $NS get pod bk-done-driver >/dev/null 2>&1 && [ \"\$(k -n $NS get sparkapp bk-done -o jsonpath='{.status.executionAttempts}')\" = 1 ]"
restored_runs_unchanged() {
  local run
  for run in $(cat "$BK/runs-before"); do
    [ "$(app_state "$run")" = COMPLETED ] || { echo "$run: $(app_state "$run")"; return 1; }
    [ "$(app_field "$run" '{.status.executionAttempts}')" = 1 ] || { echo "$run ran again"; return 1; }
    ! k -n "$NS" get pod "$run-driver" >/dev/null 2>&1 || { echo "$run has a driver again"; return 1; }
  done
}
check "restored runs of the schedule stay COMPLETED and ran once" restored_runs_unchanged
new_run_after_restore() {
  [ -n "$(comm -13 "$BK/runs-before" <(completed_runs | sort))" ]
}
check "the restored schedule carries on with new runs" wait_for 90 new_run_after_restore
k -n "$NS" delete scheduledsparkapp bk-every >/dev/null
k -n "$NS" delete sparkapp bk-done >/dev/null
k -n "$NS" delete sparkapp -l sparkoperator.k8s.io/scheduled-app-name=bk-every --wait=false >/dev/null
