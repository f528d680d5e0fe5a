# shellcheck shell=bash
# Sourced by hack/e2e.
# Schedules create, name and prune runs.

schedule_of e2e-every "@every 10s" "concurrencyPolicy: Allow" "successfulRunHistoryLimit: 1" | k apply -f - >/dev/null
runs() { k -n "$NS" get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=e2e-every -o name | wc -l; }
check "@every 10s creates runs" wait_for 45 bash -c "[ \$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=e2e-every -o name | wc -l) -ge 2 ]"
check "the schedule is Scheduled with a next run" bash -c "[ \"\$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get scheduledsparkapp e2e-every -o jsonpath='{.status.scheduleState}')\" = Scheduled ]"
check "history is pruned to the limit" wait_for 60 bash -c "[ \$($CACHE/bin/kubectl --kubeconfig $ROOT/.testbed/kubeconfig -n $NS get scheduledsparkapp e2e-every -o jsonpath='{.status.pastSuccessfulRunNames}' | tr ',' '\n' | grep -c e2e-every) -eq 1 ]"
k -n "$NS" delete scheduledsparkapp e2e-every >/dev/null
