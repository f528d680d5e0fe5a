# shellcheck shell=bash
# Sourced by hack/e2e.
# Dashboard actions and the REST API with real RBAC: a ServiceAccount allowed to edit SparkApplications in one
# namespace acts there with its own token, is refused in another, and nothing happens without a token. The
# operator restarts with actions on (sparkop.dashboard.actions.enabled) and back off at the end.
# The namespace where the user has no rights is named e2e-refused-*: its 403s are deliberate (see hack/e2e).

DASH="http://127.0.0.1:$OPERATOR_PORT"
ALLOWED=e2e-actions
REFUSED=e2e-refused-actions
API="$DASH/api/v1/namespaces"
forever_driver() { sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: forever/'; }
in_ns() { awk -v ns="$1" '/^  namespace: / && !done { $0 = "  namespace: " ns; done = 1 } { print }'; }
# A start on a busy machine can take most of start_operator's minute: give it two more, and start once more if
# it gave up (its informers' first list timed out).
restart_operator() {
  stop_operator TERM
  start_operator && return
  if kill -0 "$OPERATOR_PID" 2>/dev/null; then
    wait_for 120 operator_ready
  else
    start_operator || wait_for 120 operator_ready
  fi
}
schedule_in_allowed() { schedule_of "$@" | sed "s/namespace: $NS}/namespace: $ALLOWED}/"; }

for ns in "$ALLOWED" "$REFUSED"; do
  k create namespace "$ns" --dry-run=client -o yaml | k apply -f - >/dev/null
  sed "s/namespace: default/namespace: $ns/" deploy/spark-rbac.yaml | k apply -f - >/dev/null
done
k apply -f - >/dev/null <<EOF
apiVersion: v1
kind: ServiceAccount
metadata: {name: alice, namespace: $ALLOWED}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: alice, namespace: $REFUSED}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: spark-editor, namespace: $ALLOWED}
rules:
- apiGroups: [sparkoperator.k8s.io]
  resources: [sparkapplications, scheduledsparkapplications]
  verbs: [get, list, watch, create, update, patch, delete]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: alice-spark-editor, namespace: $ALLOWED}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: spark-editor}
subjects: [{kind: ServiceAccount, name: alice, namespace: $ALLOWED}]
EOF
ALICE=$(k -n "$ALLOWED" create token alice --duration=1h)

export SPARKOP_DASHBOARD_ACTIONS_ENABLED=true
check "actions: the operator restarts with actions on" restart_operator
unset SPARKOP_DASHBOARD_ACTIONS_ENABLED

for ns in "$ALLOWED" "$REFUSED"; do
  example_in_ns examples/spark-pi.yaml e2e-act-pi | in_ns "$ns" | k apply -f - >/dev/null
  example_in_ns examples/spark-pi.yaml e2e-act-running | in_ns "$ns" | forever_driver | k apply -f - >/dev/null
done
example_in_ns examples/spark-pi.yaml e2e-act-browser | in_ns "$ALLOWED" | k apply -f - >/dev/null
check "actions: the applications finish or run" wait_for 120 bash -c "
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-pi -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ] &&
  [ \"\$(k -n $REFUSED get sparkapp e2e-act-pi -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ] &&
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-browser -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ] &&
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-running -o jsonpath='{.status.applicationState.state}')\" = RUNNING ]"

# code METHOD URL [curl args...]: the HTTP status; the body goes to $E2E/actions.body
code() { local m=$1 u=$2; shift 2; curl -s -o "$E2E/actions.body" -w '%{http_code}' -X "$m" "$@" "$u"; }
export -f code
export E2E

check "actions: no token, no action (401) and nothing created" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-pi/rerun)\" = 401 ] &&
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-running/suspend)\" = 401 ] &&
  [ -z \"\$(k -n $ALLOWED get sparkapp -l sparkop.io/rerun-of -o name)\" ] &&
  [ -z \"\$(k -n $ALLOWED get sparkapp e2e-act-running -o jsonpath='{.spec.suspend}')\" ]"
check "actions: a re-run in the allowed namespace creates exactly one application, named and labelled after the original" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-pi/rerun -H 'Authorization: Bearer $ALICE')\" = 200 ] &&
  grep -q '\"created\":\"e2e-act-pi-rerun-1\"' $E2E/actions.body &&
  [ \"\$(k -n $ALLOWED get sparkapp -l sparkop.io/rerun-of=e2e-act-pi -o name)\" = sparkapplication.sparkoperator.k8s.io/e2e-act-pi-rerun-1 ]"
check "actions: the re-run runs to COMPLETED" wait_for 90 bash -c "
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-pi-rerun-1 -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ]"
check "actions: the pages link the re-run and its original both ways" wait_for 30 bash -c "
  curl -fsS $DASH/applications/$ALLOWED/e2e-act-pi | grep -q 'href=\"/applications/$ALLOWED/e2e-act-pi-rerun-1\"' &&
  curl -fsS $DASH/applications/$ALLOWED/e2e-act-pi-rerun-1 | grep -q 'Re-run of <a href=\"/applications/$ALLOWED/e2e-act-pi\"'"
check "actions: suspend in the allowed namespace is accepted" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-running/suspend -H 'Authorization: Bearer $ALICE')\" = 200 ]"
check "actions: ... and the operator suspends the running application" wait_for 60 bash -c "
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-running -o jsonpath='{.status.applicationState.state}')\" = SUSPENDED ]"
check "actions: the actions are Events on the objects, naming the user" bash -c "
  k -n $ALLOWED get events --field-selector reason=SparkOperatorUserAction -o jsonpath='{range .items[*]}{.involvedObject.name}: {.message}{\"\\n\"}{end}' > $E2E/action-events &&
  grep -q '^e2e-act-pi: rerun by system:serviceaccount:$ALLOWED:alice: created e2e-act-pi-rerun-1' $E2E/action-events &&
  grep -q '^e2e-act-running: suspend by system:serviceaccount:$ALLOWED:alice' $E2E/action-events"
check "actions: the operator log has an audit line for each" bash -c "
  grep -q 'audit: user=system:serviceaccount:$ALLOWED:alice action=rerun object=SparkApplication $ALLOWED/e2e-act-pi result=done' $E2E/operator.log"
check "actions: in the other namespace the same user gets 403 from Kubernetes RBAC, and nothing changes" bash -c "
  [ \"\$(code POST $API/$REFUSED/applications/e2e-act-pi/rerun -H 'Authorization: Bearer $ALICE')\" = 403 ] &&
  grep -q 'cannot get resource' $E2E/actions.body &&
  [ \"\$(code POST $API/$REFUSED/applications/e2e-act-running/suspend -H 'Authorization: Bearer $ALICE')\" = 403 ] &&
  [ \"\$(code DELETE $API/$REFUSED/applications/e2e-act-pi -H 'Authorization: Bearer $ALICE')\" = 403 ] &&
  [ \"\$(code GET $API/$REFUSED/applications -H 'Authorization: Bearer $ALICE')\" = 403 ] &&
  [ -z \"\$(k -n $REFUSED get sparkapp -l sparkop.io/rerun-of -o name)\" ] &&
  [ -z \"\$(k -n $REFUSED get sparkapp e2e-act-running -o jsonpath='{.spec.suspend}')\" ] &&
  k -n $REFUSED get sparkapp e2e-act-pi >/dev/null"

schedule_in_allowed e2e-act-forbid "0 3 * * *" "concurrencyPolicy: Forbid" \
  | sed 's/^    driver:/    driver:\n      annotations:\n        sparkop.test\/run-seconds: forever/' | k apply -f - >/dev/null
check "actions: run-now starts one run, named like scheduled runs and marked manual" bash -c "
  [ \"\$(code POST $API/$ALLOWED/schedules/e2e-act-forbid/run -H 'Authorization: Bearer $ALICE')\" = 200 ] &&
  run=\$(k -n $ALLOWED get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=e2e-act-forbid -o name) &&
  [ \$(echo \"\$run\" | wc -l) = 1 ] && echo \"\$run\" | grep -Eq '/e2e-act-forbid-[0-9]+$' &&
  [ \"\$(k -n $ALLOWED get \$run -o jsonpath='{.metadata.labels.sparkop\\.io/manual-run}')\" = true ]"
check "actions: run-now respects concurrencyPolicy Forbid while that run is unfinished (409, no second run)" bash -c "
  sleep 1.1
  [ \"\$(code POST $API/$ALLOWED/schedules/e2e-act-forbid/run -H 'Authorization: Bearer $ALICE')\" = 409 ] &&
  grep -q 'concurrencyPolicy Forbid' $E2E/actions.body &&
  [ \$(k -n $ALLOWED get sparkapp -l sparkoperator.k8s.io/scheduled-app-name=e2e-act-forbid -o name | wc -l) = 1 ]"

check "actions: a forged form without the CSRF token is refused, even with a signed-in session's cookie" bash -c "
  curl -fsS -c $E2E/cookies $DASH/applications/$ALLOWED/e2e-act-pi > $E2E/page.html &&
  csrf=\$(sed -n 's/.*name=\"csrf\" value=\"\\([^\"]*\\)\".*/\\1/p' $E2E/page.html | head -1) && [ -n \"\$csrf\" ] &&
  [ \"\$(code POST $DASH/session -b $E2E/cookies --data-urlencode csrf=\$csrf --data-urlencode token=$ALICE)\" = 303 ] &&
  curl -fsS -b $E2E/cookies $DASH/session | grep -q 'You act as <strong>system:serviceaccount:$ALLOWED:alice' &&
  [ \"\$(code POST $DASH/actions/applications/$ALLOWED/e2e-act-pi/rerun -b $E2E/cookies -d action=rerun)\" = 403 ] &&
  [ \"\$(code POST $DASH/actions/applications/$ALLOWED/e2e-act-pi/rerun -b $E2E/cookies -d csrf=guess)\" = 403 ] &&
  [ \$(k -n $ALLOWED get sparkapp -l sparkop.io/rerun-of=e2e-act-pi -o name | wc -l) = 1 ] &&
  echo 'the same form with the token acts:' &&
  [ \"\$(code POST $DASH/actions/applications/$ALLOWED/e2e-act-pi/rerun -b $E2E/cookies --data-urlencode csrf=\$csrf)\" = 303 ] &&
  [ \$(k -n $ALLOWED get sparkapp -l sparkop.io/rerun-of=e2e-act-pi -o name | wc -l) = 2 ]"
check "actions: a request from another site's page is refused" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-pi/rerun -H 'Authorization: Bearer $ALICE' -H 'Origin: https://evil.example')\" = 403 ]"

sed -e 's/^  name: spark-pi/  name: e2e-act-bad/' -e "s/^  namespace: default/  namespace: $ALLOWED/" \
  -e '0,/memory: 512m/s//memory: 2Gi/' examples/spark-pi.yaml > "$E2E/bad.yaml"
sed -e 's/^  name: spark-pi/  name: e2e-act-submitted/' -e "s/^  namespace: default/  namespace: $ALLOWED/" \
  examples/spark-pi.yaml > "$E2E/good.yaml"
check "actions: REST submit refuses a bad spec with 400 naming the field, creating nothing" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications -H 'Authorization: Bearer $ALICE' -H 'Content-Type: application/yaml' --data-binary @$E2E/bad.yaml)\" = 400 ] &&
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(p[\"field\"] == \"spec.driver.memory\" for p in d[\"problems\"]), d' $E2E/actions.body &&
  ! k -n $ALLOWED get sparkapp e2e-act-bad"
check "actions: REST submit of a good spec creates it" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications -H 'Authorization: Bearer $ALICE' -H 'Content-Type: application/yaml' --data-binary @$E2E/good.yaml)\" = 201 ]"
check "actions: ... and the operator runs it to COMPLETED" wait_for 90 bash -c "
  [ \"\$(k -n $ALLOWED get sparkapp e2e-act-submitted -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ]"
check "actions: the OpenAPI document is served" bash -c "
  curl -fsS '$DASH/q/openapi?format=json' | python3 -c 'import json,sys; d=json.load(sys.stdin); assert \"/api/v1/namespaces/{namespace}/applications/{name}/rerun\" in d[\"paths\"], list(d[\"paths\"])'"

# A real browser: sign in with the token, re-run from the application page, run a schedule now.
schedule_in_allowed e2e-act-browser-schedule "0 3 * * *" | k apply -f - >/dev/null
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi
check "actions: a browser signs in with a token, re-runs an application from its page, runs a schedule now and sees the run" \
  ./mvnw -B -ntp -q test -Dtest=ActionsBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dactions.url="$DASH" -Dactions.namespace="$ALLOWED" -Dactions.token="$ALICE" \
    -Dactions.app=e2e-act-browser -Dactions.schedule=e2e-act-browser-schedule
ls target/dashboard-screenshots/actions-*.png 2>/dev/null | sed 's/^/    screenshot: /'

check "actions: the operator restarts with actions off (the default)" restart_operator
check "actions: off, the REST API and the forms are absent (404) and pages have no forms" bash -c "
  [ \"\$(code POST $API/$ALLOWED/applications/e2e-act-pi/rerun -H 'Authorization: Bearer $ALICE')\" = 404 ] &&
  [ \"\$(code POST $DASH/actions/schedules/$ALLOWED/e2e-act-forbid/run)\" = 404 ] &&
  ! curl -fsS $DASH/applications/$ALLOWED/e2e-act-pi | grep -q 'name=\"csrf\"'"

for ns in "$ALLOWED" "$REFUSED"; do
  k -n "$ns" delete scheduledsparkapp --all >/dev/null 2>&1
  k -n "$ns" delete sparkapp --all >/dev/null 2>&1
done
