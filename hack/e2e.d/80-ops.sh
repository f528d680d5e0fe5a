# shellcheck shell=bash
# Sourced by hack/e2e.
# Production operations: two replicas elect a leader on a Lease; SIGKILL of the leader in the middle of a
# burst and of a running @every schedule hands over within the lease duration, with exactly one driver per
# application and no scheduled run doubled or lost; SIGTERM hands over at once; probes through an API
# server outage; metrics on leader and standby. Replicas run with the shipped ServiceAccount's token.

LEASE_NS=spark-operator
LEASE=spark-operator-controller-lock
LEASE_SECONDS=15   # sparkop.leader-election.lease-duration (kubeflow's default)
RETRY_SECONDS=2    # sparkop.leader-election.retry-period
PORT_A=$OPERATOR_PORT
PORT_B=$((OPERATOR_PORT + 1))
PORT_C=$((OPERATOR_PORT + 2))
OPS_PIDS=()
rm -f "$E2E"/operator-*.log "$E2E/liveness-during-outage.log"

# ops_start NAME PORT [VAR=value...]: one more replica; its pid in OPS_PID_<NAME>
ops_start() {
  if port_taken "$2"; then echo "port $2 already answers" >&2; return 1; fi
  env KUBECONFIG="$E2E/operator.kubeconfig" "${@:3}" java -Dquarkus.http.port="$2" \
    -jar target/quarkus-app/quarkus-run.jar >>"$E2E/operator-$1.log" 2>&1 &
  printf -v "OPS_PID_$1" '%s' "$!"
  OPS_PIDS+=("$!")
  wait_for 90 curl -fsS "http://127.0.0.1:$2/q/health/ready"
}
ops_stop_all() {
  local p
  for p in "${OPS_PIDS[@]}"; do kill "-${1:-TERM}" "$p" 2>/dev/null; done
  for p in "${OPS_PIDS[@]}"; do wait "$p" 2>/dev/null; done
  OPS_PIDS=()
}
trap 'ops_stop_all KILL; cleanup' EXIT

is_leader() { curl -fsS "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | grep -q '"isLeader": true'; }
identity_of() { curl -fsS "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | sed -n 's/.*"identity": "\([^"]*\)".*/\1/p'; }
lease_holder() { k -n "$LEASE_NS" get lease "$LEASE" -o jsonpath='{.spec.holderIdentity}' 2>/dev/null; }
leaders() { local n=0 p; for p in "$@"; do is_leader "$p" && n=$((n + 1)); done; echo "$n"; }
one_leader() { [ "$(leaders "$@")" = 1 ]; }
lease_names() { [ "$(lease_holder)" = "$(identity_of "$1")" ]; }
with_driver_runtime() { sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: "2"/'; }

# ---------------------------------------------------------------- two replicas, one leader
check "a second replica starts and is Ready as a standby" ops_start b "$PORT_B"
check "exactly one of the two replicas leads" wait_for 60 one_leader "$PORT_A" "$PORT_B"
if is_leader "$PORT_A"; then LEADER_PID=$OPERATOR_PID LEADER_PORT=$PORT_A STANDBY_PORT=$PORT_B
else LEADER_PID=$OPS_PID_b LEADER_PORT=$PORT_B STANDBY_PORT=$PORT_A; fi
check "the Lease names the leader" lease_names "$LEADER_PORT"
check "the standby serves metrics and reports sparkop_leader 0" \
  bash -c "curl -fsS http://127.0.0.1:$STANDBY_PORT/q/metrics | grep -qx 'sparkop_leader 0.0'"
check "the leader reports sparkop_leader 1" \
  bash -c "curl -fsS http://127.0.0.1:$LEADER_PORT/q/metrics | grep -qx 'sparkop_leader 1.0'"

# ---------------------------------------------------------------- SIGKILL during a burst and a schedule
{
  printf 'apiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\n'
  printf 'metadata: {name: ops-every, namespace: %s}\n' "$NS"
  printf 'spec:\n  schedule: "@every 30s"\n  concurrencyPolicy: Allow\n'
  printf '  successfulRunHistoryLimit: 50\n  failedRunHistoryLimit: 50\n  template:\n'
  sed -n '/^spec:/,$p' examples/spark-pi.yaml | tail -n +2 | with_driver_runtime | sed 's/^/  /'
} | k apply -f - >/dev/null
run_epochs() {
  k -n "$NS" get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=ops-every \
    -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}' | sed -n 's/^ops-every-\([0-9]*\)$/\1/p' | sort -n
}
runs_at_least() { [ "$(run_epochs | wc -l)" -ge "$1" ]; }
check "the schedule starts runs before the failover" wait_for 90 runs_at_least 2
RUNS_BEFORE=$(run_epochs | wc -l)

for i in $(seq -w 1 30); do
  example_in_ns examples/spark-pi.yaml "ops-burst-$i" | with_driver_runtime \
    | sed -e "s/^  name: ops-burst-$i/  name: ops-burst-$i\n  labels:\n    e2e: ops-burst/"
  echo ---
done | k apply -f - >/dev/null
sleep 2
KILLED_AT=$SECONDS
kill -KILL "$LEADER_PID" 2>/dev/null; wait "$LEADER_PID" 2>/dev/null
[ "$LEADER_PID" = "$OPERATOR_PID" ] && OPERATOR_PID=
wait_for 60 is_leader "$STANDBY_PORT"
TAKEOVER=$((SECONDS - KILLED_AT))
echo "    takeover after SIGKILL: ${TAKEOVER}s (lease ${LEASE_SECONDS}s, retry ${RETRY_SECONDS}s)"
check "the standby leads within the lease duration after SIGKILL of the leader" \
  test "$TAKEOVER" -le $((LEASE_SECONDS + RETRY_SECONDS + 3))
NEW_LEADER_PORT=$STANDBY_PORT

ops_burst_completed() {
  [ "$(k -n "$NS" get sparkapp -l e2e=ops-burst -o jsonpath='{range .items[*]}{.status.applicationState.state}{"\n"}{end}' | grep -c '^COMPLETED$')" -eq 30 ]
}
check "all 30 burst applications end COMPLETED" wait_for 300 ops_burst_completed
ops_one_driver_each() {
  local bad=0 i n d
  for i in $(seq -w 1 30); do
    n=$(k -n "$NS" get sparkapp "ops-burst-$i" -o jsonpath='{.status.executionAttempts}')
    d=$(k -n "$NS" get pods -l "spark-role=driver,sparkoperator.k8s.io/app-name=ops-burst-$i" -o name | wc -l)
    { [ "$n" = 1 ] && [ "$d" = 1 ]; } || { echo "ops-burst-$i: $n attempts, $d driver pods"; bad=1; }
  done
  return $bad
}
check "every burst application ran exactly one driver" ops_one_driver_each

check "the new leader keeps the schedule running" wait_for 120 runs_at_least $((RUNS_BEFORE + 2))
runs_every_30s_once() {
  local prev="" e d bad=0
  for e in $(run_epochs); do
    if [ -n "$prev" ] && [ $((e - prev)) -ne 30 ]; then echo "runs at $prev and $e: $(((e - prev) / 30 - 1)) lost"; bad=1; fi
    prev=$e
    d=$(k -n "$NS" get pods -l "spark-role=driver,sparkoperator.k8s.io/app-name=ops-every-$e" -o name | wc -l)
    [ "$d" -le 1 ] || { echo "ops-every-$e has $d drivers"; bad=1; }
  done
  return $bad
}
check "no scheduled run is lost or doubled across the failover" runs_every_30s_once
k -n "$NS" delete scheduledsparkapp ops-every >/dev/null

# ---------------------------------------------------------------- SIGTERM hands the Lease over
check "a fresh replica (JSON logs) joins as a standby" ops_start c "$PORT_C" QUARKUS_LOG_CONSOLE_JSON_ENABLED=true
if [ "$NEW_LEADER_PORT" = "$PORT_B" ]; then TERM_PID=$OPS_PID_b; else TERM_PID=$OPERATOR_PID; fi
TERM_AT=$SECONDS
kill -TERM "$TERM_PID"
wait_for 30 is_leader "$PORT_C"
HANDOVER=$((SECONDS - TERM_AT))
echo "    hand-over after SIGTERM: ${HANDOVER}s"
check "SIGTERM releases the Lease: the standby leads well within the lease duration" test "$HANDOVER" -lt "$LEASE_SECONDS"
check "the replica stopped by SIGTERM has exited" wait_for 30 bash -c "! kill -0 $TERM_PID"
check "the leader logged releasing the Lease" bash -c "grep -h 'released the Lease' '$E2E'/operator*.log"
[ "$TERM_PID" = "$OPERATOR_PID" ] && OPERATOR_PID=
example_in_ns examples/spark-pi.yaml ops-json | with_driver_runtime | k apply -f - >/dev/null
json_log_names_it() { grep '^{' "$E2E/operator-c.log" | grep '"name":"ops-json"' | grep '"state":"' | grep -q '"namespace":"'"$NS"'"'; }
check "JSON logs carry the application's namespace, name and state as fields" wait_for 60 json_log_names_it

# ---------------------------------------------------------------- probes through an API server outage
# A standby (the first replica, restarted) watches through the outage; the leader may lose its Lease and
# exit (it cannot renew it), as kubeflow's does; the standby then takes over.
if [ -z "$OPERATOR_PID" ] || ! kill -0 "$OPERATOR_PID" 2>/dev/null; then
  check "the first replica restarts as a standby" start_operator
fi
watch_liveness() { while :; do curl -fsS "http://127.0.0.1:$PORT_A/q/health/live" >/dev/null 2>&1 || echo down; sleep 1; done; }
watch_liveness >"$E2E/liveness-during-outage.log" &
LIVENESS_WATCH=$!
for log in "$E2E/operator.log" "$E2E"/operator-*.log; do echo "$OUTAGE_BEGINS" >>"$log"; done
hack/testbed apiserver-stop >/dev/null 2>&1
check "readiness goes DOWN while the API server is away" wait_for 60 bash -c "! curl -fsS http://127.0.0.1:$PORT_A/q/health/ready"
check "liveness stays UP while the API server is away" curl -fsS "http://127.0.0.1:$PORT_A/q/health/live"
hack/testbed apiserver-start >/dev/null 2>&1   # returns once /readyz answers (RBAC informers synced)
for log in "$E2E/operator.log" "$E2E"/operator-*.log; do echo "$OUTAGE_OVER" >>"$log"; done
check "readiness comes back UP with the API server" wait_for 120 curl -fsS "http://127.0.0.1:$PORT_A/q/health/ready"
kill "$LIVENESS_WATCH" 2>/dev/null; wait "$LIVENESS_WATCH" 2>/dev/null
check "liveness never went DOWN during the outage" bash -c "! grep -q down '$E2E/liveness-during-outage.log'"
check "after the outage exactly one replica leads" wait_for 90 one_leader "$PORT_A" "$PORT_C"

# ---------------------------------------------------------------- metrics from the caches and transitions
LEADER_NOW=$PORT_A; is_leader "$PORT_C" && LEADER_NOW=$PORT_C
completed_gauge() {
  curl -fsS "http://127.0.0.1:$LEADER_NOW/q/metrics" \
    | awk '/^spark_application_state_count\{.*state="COMPLETED"/ {s += $NF} END {exit !(s >= 30)}'
}
check "the leader's applications-by-state gauge counts the completed burst from its caches" wait_for 30 completed_gauge
# Counters live in the process that saw the transitions (leadership may still move after the outage): a
# replica that reconciled one more application counts it, under kubeflow's names.
example_in_ns examples/spark-pi.yaml ops-counted | with_driver_runtime | k apply -f - >/dev/null
wait_for 90 state_is ops-counted COMPLETED
counted() {
  local p
  for p in "$PORT_A" "$PORT_C"; do
    curl -fsS "http://127.0.0.1:$p/q/metrics" 2>/dev/null | grep -qE '^spark_application_success_count\{' && return 0
  done
  return 1
}
check "the replica that ran it counts it in kubeflow's counters, under their names" wait_for 30 counted
check "no replica's log has a 403 Forbidden" bash -c "! forbidden_lines '$E2E'/operator-*.log"

# The first replica stays as the suite's operator; the others stop.
ops_stop_all TERM
if [ -z "$OPERATOR_PID" ] || ! kill -0 "$OPERATOR_PID" 2>/dev/null; then start_operator; fi
trap cleanup EXIT
