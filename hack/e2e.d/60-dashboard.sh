# shellcheck shell=bash
# Sourced by hack/e2e.
# The dashboard against the real control plane: pods/log served by kwok (testbed), the pages and JSON twins
# with the operator's RBAC, then a real browser (headless Chromium driven by Selenium, DashboardBrowserTest).

DASH="http://127.0.0.1:$OPERATOR_PORT"
forever_driver() { sed -e 's/^  driver:/  driver:\n    annotations:\n      sparkop.test\/run-seconds: forever/'; }
example_in_ns examples/spark-pi.yaml e2e-dash-live | forever_driver | k apply -f - >/dev/null
example_in_ns examples/spark-pi.yaml e2e-dash-log | forever_driver | k apply -f - >/dev/null
for app in e2e-dash-tabs-1 e2e-dash-tabs-2; do example_in_ns examples/spark-pi.yaml $app | forever_driver | k apply -f - >/dev/null; done
schedule_of e2e-dash-schedule "@every 10s" "concurrencyPolicy: Forbid" | k apply -f - >/dev/null
all_running() { local app; for app in "$@"; do state_is "$app" RUNNING || return 1; done; }
check "dashboard: the applications run" wait_for 90 all_running e2e-dash-log e2e-dash-live e2e-dash-tabs-1 e2e-dash-tabs-2

# kwok serves the driver's log (hack/testbed.d/logs) through the API server's pods/log
check "testbed: kubectl logs serves the fake driver log, ANSI and <script> lines included" bash -c "
  k -n $NS logs e2e-dash-log-driver > '$E2E/driver.log' &&
  grep -q 'INFO SparkContext: Running Spark version' '$E2E/driver.log' &&
  grep -q \$'\\e\\[33m' '$E2E/driver.log' && grep -qF '<script>' '$E2E/driver.log'"

check "dashboard: / is the overview, with a CSP without inline script" bash -c "
  curl -fsS -D '$E2E/overview.headers' '$DASH/' | grep -q '<h1>Overview</h1>' &&
  grep -qi \"^content-security-policy: default-src 'self'; script-src 'self';\" '$E2E/overview.headers'"
check "dashboard: the list's JSON twin filters by namespace and text" bash -c "
  curl -fsS -H 'Accept: application/json' '$DASH/applications?namespace=$NS&q=e2e-dash-l' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); assert sorted(r[\"name\"] for r in d[\"rows\"]) == [\"e2e-dash-live\", \"e2e-dash-log\"], d'"
check "dashboard: an application's page has its driver pod and Events from the cluster" bash -c "
  curl -fsS -H 'Accept: application/json' '$DASH/applications/$NS/e2e-dash-log' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); assert \"e2e-dash-log-driver\" in [p[\"name\"] for p in d[\"pods\"]], d; assert any(e[\"reason\"] == \"SparkApplicationSubmitted\" for e in d[\"events\"]), d[\"events\"]'"
# The Event cache keeps a message that names its object with the name cut out: read back, it must be whole.
cat >"$E2E/shown-events.py" <<'PY'
import json, sys
for e in json.load(sys.stdin)["events"]:
    if e["object"] == "SparkApplication/" + sys.argv[1]:
        print(e["reason"] + "|" + e["message"])
PY
check "dashboard: an application's Events read exactly as the cluster has them" wait_for 30 bash -c "
  k -n $NS get events --field-selector involvedObject.kind=SparkApplication,involvedObject.name=e2e-dash-log \
    -o jsonpath='{range .items[*]}{.reason}|{.message}{\"\\n\"}{end}' | sort > '$E2E/events.cluster' &&
  grep -q '^SparkApplicationSubmitted|SparkApplication e2e-dash-log was submitted successfully$' '$E2E/events.cluster' &&
  curl -fsS -H 'Accept: application/json' '$DASH/applications/$NS/e2e-dash-log' \
    | python3 '$E2E/shown-events.py' e2e-dash-log | sort > '$E2E/events.shown' &&
  diff '$E2E/events.cluster' '$E2E/events.shown'"
check "dashboard: the log view reads pods/log with the operator's RBAC, escaped and without ANSI" bash -c "
  curl -fsS -H 'Accept: application/json' '$DASH/applications/$NS/e2e-dash-log/logs/e2e-dash-log-driver' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); l=d[\"lines\"]; assert any(\"<script>\" in x for x in l), l; assert not any(\"\\x1b\" in x for x in l), l' &&
  curl -fsS '$DASH/applications/$NS/e2e-dash-log/logs/e2e-dash-log-driver' | grep -qF '&lt;script&gt;alert'"
check "dashboard: a pod of another application is refused" bash -c "
  [ \"\$(curl -s -o /dev/null -w '%{http_code}' '$DASH/applications/$NS/e2e-dash-log/logs/e2e-dash-live-driver')\" = 404 ]"

# A real browser. .ci/run installs chromium; a developer's machine may not have it yet.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
fi
check "dashboard: a browser opens the overview, filters, sees a state change and a log line arrive live, opens a schedule, eight tabs, hidden tabs" \
  ./mvnw -B -ntp -q test -Dtest=DashboardBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddashboard.url="$DASH" -Ddashboard.namespace="$NS" -Ddashboard.driver-log="$ROOT/.testbed/pod-logs/spark-driver.log" \
    -Ddashboard.kubectl="$CACHE/bin/kubectl" -Ddashboard.kubeconfig="$ROOT/.testbed/kubeconfig"
ls target/dashboard-screenshots/*.png 2>/dev/null | sed 's/^/    screenshot: /'

# The browser test has finished e2e-dash-live; this makes sure of it when the browser test failed early.
for pod in e2e-dash-live-driver e2e-dash-tabs-1-driver e2e-dash-tabs-2-driver; do
  k -n "$NS" annotate --overwrite pod "$pod" sparkop.test/run-seconds=1 >/dev/null 2>&1
done
wait_for 60 state_is e2e-dash-live COMPLETED
check "dashboard: the Spark UI proxy explains that a finished driver has no UI (503), an unknown application 404" bash -c "
  [ \"\$(curl -s -o '$E2E/spark-ui.html' -w '%{http_code}' '$DASH/applications/$NS/e2e-dash-live/spark-ui/')\" = 503 ] &&
  grep -q 'is COMPLETED' '$E2E/spark-ui.html' &&
  [ \"\$(curl -s -o /dev/null -w '%{http_code}' '$DASH/applications/$NS/no-such-app/spark-ui/')\" = 404 ]"

k -n "$NS" delete scheduledsparkapp e2e-dash-schedule >/dev/null 2>&1
k -n "$NS" delete sparkapp e2e-dash-live e2e-dash-log e2e-dash-tabs-1 e2e-dash-tabs-2 >/dev/null 2>&1
