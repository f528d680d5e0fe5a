# shellcheck shell=bash
# Sourced by hack/e2e.
# SIGKILL in the middle of a burst: every application ends with exactly one driver.

for i in $(seq -w 1 50); do
  example_in_ns examples/spark-pi.yaml "burst-$i" \
    | sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: "2"/' \
    | sed -e "s/^  name: burst-$i/  name: burst-$i\n  labels:\n    e2e: burst/"
  echo ---
done | k apply -f - >/dev/null
sleep 3
stop_operator KILL
# A JVM start on a busy 2-core machine can take longer than start_operator waits.
start_operator || true
check "the operator restarts after SIGKILL in the middle of a burst" wait_for 240 operator_ready
all_finished() {
  local states
  states=$(k -n "$NS" get sparkapp -l e2e=burst -o jsonpath='{range .items[*]}{.status.applicationState.state}{"\n"}{end}')
  [ "$(echo "$states" | grep -c COMPLETED)" -eq 50 ]
}
check "all 50 burst applications end COMPLETED" wait_for 300 all_finished
one_driver_each() {
  local bad=0
  for i in $(seq -w 1 50); do
    local n
    n=$(k -n "$NS" get sparkapp "burst-$i" -o jsonpath='{.status.executionAttempts}')
    [ "$n" = 1 ] || { echo "burst-$i ran $n times"; bad=1; }
  done
  [ "$(k -n "$NS" get pods -l spark-role=driver,sparkoperator.k8s.io/app-name -o name | grep -c '^pod/burst-')" -eq 50 ] \
    || { echo "driver pods: $(k -n "$NS" get pods -o name | grep -c '^pod/burst-')"; bad=1; }
  return $bad
}
check "every burst application ran exactly one driver" one_driver_each
