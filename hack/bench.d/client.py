#!/usr/bin/env python3
"""hack/bench's API client (standard library only): parallel creates, watches with local timestamps,
the operator's CPU and RSS from /proc, and the API server's request counters.

  client.py burst       N applications at once; times to driver pod and to COMPLETED
  client.py sequential  applications one at a time; create -> driver pod latency
  client.py configmaps  N ConfigMaps at once: the API server's write capacity with the same client
  client.py metrics     the API server's request counters, as JSON
  client.py summary     a run's JSON files -> the figures hack/bench prints and records

Every call goes to the API server named by --server, authenticated with the testbed's admin certificate
(system:masters: the exempt flow schema, so our own requests never count as the operator's).
"""
import argparse
import http.client
import json
import os
import queue
import re
import ssl
import sys
import threading
import time
import urllib.parse

APP_GROUP = "/apis/sparkoperator.k8s.io/v1beta2"
APP_NAME_LABEL = "sparkoperator.k8s.io/app-name"
TERMINAL = {"COMPLETED", "FAILED", "SUBMISSION_FAILED"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Api:
    def __init__(self, server, pki):
        url = urllib.parse.urlparse(server)
        self.host, self.port = url.hostname, url.port
        self.context = ssl.create_default_context(cafile=os.path.join(pki, "ca.crt"))
        self.context.load_cert_chain(os.path.join(pki, "admin.crt"), os.path.join(pki, "admin.key"))

    def connection(self, timeout=120):
        return http.client.HTTPSConnection(self.host, self.port, context=self.context, timeout=timeout)

    def call(self, method, path, body=None, connection=None):
        own = connection is None
        conn = connection or self.connection()
        try:
            data = None if body is None else json.dumps(body).encode()
            headers = {"Content-Type": "application/json", "Accept": "application/json"}
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            payload = response.read()
            return response.status, payload
        finally:
            if own:
                conn.close()


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


# ------------------------------------------------------------------ /proc: the operator's CPU and memory

def children_of():
    tree = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def process_tree(pid):
    tree, found, todo = children_of(), [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(tree.get(p, []))
    return found


def status_kib(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid):
    """utime + stime + cutime + cstime: the process and the children it waited for (kubeflow's spark-submit)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / CLOCK_TICKS


class RssSampler(threading.Thread):
    """Peak of the summed VmRSS of the operator and its children (spark-submit JVMs), sampled."""

    def __init__(self, pid, interval=0.5):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kib, self.stopped = pid, interval, 0, threading.Event()

    def run(self):
        while not self.stopped.is_set():
            total = sum(status_kib(p, "VmRSS") for p in process_tree(self.pid))
            self.peak_kib = max(self.peak_kib, total)
            self.stopped.wait(self.interval)


# ------------------------------------------------------------------ watches

class Watch(threading.Thread):
    """Streams a watch and hands (local time, event type, object) to a callback; reconnects on EOF."""

    def __init__(self, api, path, on_event):
        super().__init__(daemon=True)
        self.api, self.path, self.on_event = api, path, on_event
        status, body = api.call("GET", path)
        if status != 200:
            raise SystemExit(f"LIST {path}: HTTP {status} {body[:300]!r}")
        listed = json.loads(body)
        self.resource_version = listed["metadata"]["resourceVersion"]
        now = time.time()
        for item in listed.get("items", []):
            on_event(now, "ADDED", item)
        self.ready = threading.Event()

    def run(self):
        separator = "&" if "?" in self.path else "?"
        while True:
            conn = self.api.connection(timeout=None)
            try:
                conn.request("GET", f"{self.path}{separator}watch=1&timeoutSeconds=3600"
                                    f"&resourceVersion={self.resource_version}")
                response = conn.getresponse()
                self.ready.set()
                while True:
                    line = response.readline()
                    if not line:
                        break
                    now = time.time()
                    event = json.loads(line)
                    obj = event.get("object", {})
                    if event.get("type") == "ERROR":
                        # 410 Gone: start over from a fresh list (the callback tolerates repeats)
                        status, body = self.api.call("GET", self.path)
                        self.resource_version = json.loads(body)["metadata"]["resourceVersion"]
                        for item in json.loads(body).get("items", []):
                            self.on_event(time.time(), "ADDED", item)
                        break
                    self.resource_version = obj.get("metadata", {}).get("resourceVersion", self.resource_version)
                    self.on_event(now, event.get("type"), obj)
            except (OSError, http.client.HTTPException, ValueError):
                time.sleep(0.2)
            finally:
                conn.close()


class Tracker:
    """First local time each application was seen with a driver pod and in each state."""

    def __init__(self, api, namespace):
        self.lock = threading.Condition()
        self.driver_seen = {}
        self.app_seen = {}     # name -> first time the watch showed the application itself
        self.state_seen = {}   # name -> {state: time}
        self.final_state = {}
        self.seen = set()
        self.apps = Watch(api, f"{APP_GROUP}/namespaces/{namespace}/sparkapplications", self.on_app)
        selector = urllib.parse.quote("spark-role=driver")
        self.pods = Watch(api, f"/api/v1/namespaces/{namespace}/pods?labelSelector={selector}", self.on_pod)
        for w in (self.apps, self.pods):
            w.start()
        for w in (self.apps, self.pods):
            w.ready.wait(30)

    def on_app(self, now, kind, app):
        name = app["metadata"]["name"]
        state = ((app.get("status") or {}).get("applicationState") or {}).get("state")
        with self.lock:
            self.seen.add(name)
            self.app_seen.setdefault(name, now)
            if state:
                self.state_seen.setdefault(name, {}).setdefault(state, now)
                self.final_state[name] = state
            self.lock.notify_all()

    def on_pod(self, now, kind, pod):
        app = (pod["metadata"].get("labels") or {}).get(APP_NAME_LABEL)
        if app and kind in ("ADDED", "MODIFIED"):
            with self.lock:
                self.driver_seen.setdefault(app, now)
                self.lock.notify_all()

    def wait(self, condition, timeout):
        deadline = time.time() + timeout
        with self.lock:
            while not condition():
                left = deadline - time.time()
                if left <= 0:
                    return False
                self.lock.wait(min(left, 1.0))
            return True


# ------------------------------------------------------------------ creates

def create_all(api, path, bodies, concurrency):
    """POSTs every body with `concurrency` keep-alive connections; returns name -> (sent, done, status)."""
    work = queue.Queue()
    for body in bodies:
        work.put(body)
    results, lock = {}, threading.Lock()

    def worker():
        conn = api.connection()
        while True:
            try:
                body = work.get_nowait()
            except queue.Empty:
                break
            name = body["metadata"]["name"]
            sent = time.time()
            for attempt in range(5):
                try:
                    status, payload = api.call("POST", path, body, connection=conn)
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = api.connection()
                    status, payload = 0, b""
                    continue
                if status in (429, 500, 503, 504):
                    time.sleep(0.1 * (attempt + 1))
                    continue
                break
            with lock:
                results[name] = (sent, time.time(), status, payload[:200].decode(errors="replace")
                                 if status != 201 else "")
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def application(template, namespace, name):
    app = json.loads(json.dumps(template))
    app["metadata"] = {"name": name, "namespace": namespace, "labels": {"sparkop.io/bench": "true"}}
    return app


def load_template(path):
    with open(path) as f:
        return json.load(f)


# ------------------------------------------------------------------ commands

def cmd_burst(api, args):
    template = load_template(args.template)
    tracker = Tracker(api, args.namespace)
    names = [f"{args.prefix}-{i:05d}" for i in range(args.n)]
    sampler = RssSampler(args.pid) if args.pid else None
    cpu_before = cpu_seconds(args.pid) if args.pid else None
    if sampler:
        sampler.start()
    start = time.time()
    created = create_all(api, f"{APP_GROUP}/namespaces/{args.namespace}/sparkapplications",
                         [application(template, args.namespace, n) for n in names], args.concurrency)
    created_at = time.time()
    ok = [n for n in names if created[n][2] == 201]
    done = tracker.wait(lambda: all(tracker.final_state.get(n) in TERMINAL for n in ok), args.timeout)
    finished_at = time.time()
    cpu_after = cpu_seconds(args.pid) if args.pid else None
    if sampler:
        sampler.stopped.set()
        sampler.join()
    with tracker.lock:
        drivers = {n: tracker.driver_seen[n] for n in ok if n in tracker.driver_seen}
        app_seen = {n: tracker.app_seen[n] for n in ok if n in tracker.app_seen}
        completed = {n: tracker.state_seen[n]["COMPLETED"] for n in ok
                     if "COMPLETED" in tracker.state_seen.get(n, {})}
        finals = {}
        for n in ok:
            s = tracker.final_state.get(n, "none")
            finals[s] = finals.get(s, 0) + 1
    latencies = [drivers[n] - created[n][1] for n in drivers]
    # how late a watch shows an application after its create returned: the operator's informer waits as long
    watch_lags = [app_seen[n] - created[n][1] for n in app_seen]
    errors = sorted({f"HTTP {v[2]}: {v[3]}" for v in created.values() if v[2] != 201})[:5]
    result = {
        "n": args.n, "concurrency": args.concurrency, "created": len(ok), "create_errors": errors,
        "all_done": done, "final_states": finals,
        "create_seconds": created_at - start, "creates_per_s": len(ok) / max(created_at - start, 1e-9),
        "drivers": len(drivers), "completed": len(completed),
        "settled": sum(v for k, v in finals.items() if k in TERMINAL),
        "to_last_driver_s": (max(drivers.values()) - start) if drivers else None,
        "to_last_completed_s": (max(completed.values()) - start) if completed else None,
        "create_to_driver_s": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                               "max": max(latencies) if latencies else None},
        "create_to_watch_s": {"p50": percentile(watch_lags, 50), "p95": percentile(watch_lags, 95),
                              "max": max(watch_lags) if watch_lags else None},
        "wall_s": finished_at - start,
        "cpu_s": (cpu_after - cpu_before) if args.pid else None,
        "peak_tree_rss_kib": sampler.peak_kib if sampler else None,
    }
    if result["to_last_driver_s"]:
        result["apps_per_s"] = len(drivers) / result["to_last_driver_s"]
    write(args.out, result)


def cmd_sequential(api, args):
    template = load_template(args.template)
    tracker = Tracker(api, args.namespace)
    path = f"{APP_GROUP}/namespaces/{args.namespace}/sparkapplications"
    latencies, failures = [], []
    with tracker.lock:
        backlog = [n for n in tracker.seen if tracker.final_state.get(n) not in TERMINAL]
    if backlog:
        # an operator still working through the burst would measure its queue, not one application
        failures.append(f"not measured: {len(backlog)} applications of the burst have not ended")
        args.n = 0
    conn = api.connection()
    for i in range(args.n):
        name = f"{args.prefix}-{i:03d}"
        status, payload = api.call("POST", path, application(template, args.namespace, name), connection=conn)
        created = time.time()
        if status != 201:
            failures.append(f"{name}: HTTP {status}")
            continue
        if tracker.wait(lambda: name in tracker.driver_seen, args.timeout):
            latencies.append(tracker.driver_seen[name] - created)
        else:
            failures.append(f"{name}: no driver pod within {args.timeout}s")
        time.sleep(args.pause)
    conn.close()
    # let them finish, so that nothing is still writing when hack/bench deletes the namespace
    names = [f"{args.prefix}-{i:03d}" for i in range(args.n)]
    tracker.wait(lambda: all(tracker.final_state.get(n) in TERMINAL for n in names), args.timeout)
    write(args.out, {"n": args.n, "measured": len(latencies), "failures": failures,
                     "create_to_driver_s": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                                            "max": max(latencies) if latencies else None},
                     "all_s": latencies})


def cmd_configmaps(api, args):
    bodies = [{"apiVersion": "v1", "kind": "ConfigMap",
               "metadata": {"name": f"{args.prefix}-{i:05d}", "namespace": args.namespace},
               "data": {"spark.properties": "spark.app.name=bench\nspark.executor.instances=2\n"}}
              for i in range(args.n)]
    start = time.time()
    results = create_all(api, f"/api/v1/namespaces/{args.namespace}/configmaps", bodies, args.concurrency)
    elapsed = time.time() - start
    ok = sum(1 for v in results.values() if v[2] == 201)
    latencies = [v[1] - v[0] for v in results.values() if v[2] == 201]
    write(args.out, {"n": args.n, "concurrency": args.concurrency, "created": ok, "seconds": elapsed,
                     "creates_per_s": ok / elapsed, "latency_p50_s": percentile(latencies, 50),
                     "latency_p95_s": percentile(latencies, 95)})


LABELS = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def cmd_events(api, args):
    """core/v1 Events about the burst's objects (names starting with the prefix), counted by who wrote them."""
    by_component, path, token = {}, f"/api/v1/namespaces/{args.namespace}/events?limit=500", None
    while True:
        status, body = api.call("GET", path + (f"&continue={urllib.parse.quote(token)}" if token else ""))
        if status != 200:
            raise SystemExit(f"LIST events: HTTP {status}")
        listed = json.loads(body)
        for e in listed.get("items", []):
            if not e["involvedObject"].get("name", "").startswith(args.prefix + "-"):
                continue
            who = (e.get("source") or {}).get("component") or e.get("reportingComponent") or "unknown"
            by_component[who] = by_component.get(who, 0) + 1
        token = listed["metadata"].get("continue")
        if not token:
            break
    write(args.out, {"by_component": by_component})


def cmd_metrics(api, args):
    status, body = api.call("GET", "/metrics")
    if status != 200:
        raise SystemExit(f"GET /metrics: HTTP {status}")
    requests, flows = {}, {}
    for line in body.decode().splitlines():
        if line.startswith("apiserver_request_total{"):
            labels = dict(LABELS.findall(line))
            if labels.get("dry_run"):
                continue
            resource = labels.get("resource", "")
            if labels.get("group"):
                resource = f"{resource}.{labels['group']}"
            if labels.get("subresource") and resource:
                resource = f"{resource}/{labels['subresource']}"
            elif labels.get("subresource"):
                resource = labels["subresource"]   # /healthz, /metrics, ...
            key = f"{labels.get('verb')} {resource}"
            requests[key] = requests.get(key, 0) + float(line.rsplit(" ", 1)[1])
        elif line.startswith("apiserver_flowcontrol_dispatched_requests_total{"):
            labels = dict(LABELS.findall(line))
            flows[labels.get("flow_schema", "")] = flows.get(labels.get("flow_schema", ""), 0) \
                + float(line.rsplit(" ", 1)[1])
    write(args.out, {"requests": requests, "flow_schemas": flows})


# ------------------------------------------------------------------ summary

WRITE_VERBS = {"POST", "PUT", "PATCH", "DELETE", "DELETECOLLECTION", "APPLY"}
# Writes of the other clients on the testbed, never the operator's: the scheduler binds pods and records
# events.k8s.io Events, kwok plays the kubelet, the API server allocates Service ClusterIPs itself, Leases
# are renewed by time (node heartbeats, leader election), hack/bench creates the applications. The other
# writes in the burst are the operator's doing. Reads are not attributed by resource: the operator's
# requests in all, reads included, come from its flow schema.
NOT_OPERATOR = [
    (re.compile(r"^POST pods/binding$"), "scheduler"),
    (re.compile(r"^\w+ events\.events\.k8s\.io$"), "scheduler"),
    (re.compile(r"^(PATCH|PUT) pods/status$"), "kwok"),
    (re.compile(r"^\w+ nodes(/status)?$"), "kwok"),
    (re.compile(r"^\w+ ipaddresses\.networking\.k8s\.io$"), "API server: Service ClusterIPs"),
    (re.compile(r"^\w+ leases\.coordination\.k8s\.io$"), "Leases, renewed by time"),
    (re.compile(r"^POST sparkapplications\.sparkoperator\.k8s\.io$"), "hack/bench's creates"),
    # the operator only ever POSTs its Events; client-go's recorders (kwok's) PATCH theirs into series
    (re.compile(r"^PATCH events$"), "kwok: repeated Events"),
    (re.compile(r"^(GET|LIST|WATCH) "), "reads, all clients"),
]


OPERATOR_COMPONENT = "spark-operator"   # source.component of the operator's Events (EventRecorder)


def per_app(before, after, n):
    rows = {}
    for key, value in after["requests"].items():
        delta = value - before["requests"].get(key, 0)
        if delta > 0 and not key.startswith("GET /") and not key.startswith("WATCH") and " /" not in key:
            rows[key] = delta / n
    return rows


def cmd_summary(args):
    def read(name):
        path = os.path.join(args.dir, name)
        if not os.path.exists(path):
            return None
        with open(path) as f:
            return json.load(f)

    burst, seq, cms = read("burst.json"), read("sequential.json"), read("configmaps.json")
    before, after, info = read("metrics-before.json"), read("metrics-after.json"), read("run.json")
    # per application: of those the operator handled (that have a state) within the burst's time limit,
    # all of them unless it ran out of time
    n = (burst["created"] - burst["final_states"].get("none", 0)) or 1
    rows = per_app(before, after, n) if before and after else {}
    operator_rows, other_rows = {}, {}
    for key, value in rows.items():
        who = next((w for pattern, w in NOT_OPERATOR if pattern.search(key)), None)
        (other_rows if who else operator_rows)[key] = value
    # core/v1 Events others wrote (kwok's "Started" for every pod) land in the same counter as the operator's:
    # the Events the burst left behind say how many are the operator's
    events, writers_of = read("events.json"), {}   # writers_of: who wrote a row the Events' count moved
    if events and "POST events" in operator_rows:
        ours = events["by_component"].get(OPERATOR_COMPONENT, 0) / n
        if operator_rows["POST events"] > ours:
            writers = sorted(c for c in events["by_component"] if c not in (OPERATOR_COMPONENT, "default-scheduler"))
            other_rows["POST events"] = operator_rows["POST events"] - ours
            writers_of["POST events"] = ", ".join(writers) or "others"
            operator_rows["POST events"] = ours
    writes = sum(v for k, v in operator_rows.items() if k.split(" ")[0] in WRITE_VERBS)
    sa_requests = None
    if before and after:
        sa = after["flow_schemas"].get("service-accounts", 0) - before["flow_schemas"].get("service-accounts", 0)
        sa_requests = sa / n
    figures = {
        "operator": info["operator"], "n": burst["n"], "created": burst["created"], "settled": n,
        "final_states": burst["final_states"], "create_errors": burst["create_errors"],
        "creates_per_s": burst["creates_per_s"],
        "configmap_creates_per_s": cms["creates_per_s"] if cms else None,
        "to_last_driver_s": burst["to_last_driver_s"], "to_last_completed_s": burst["to_last_completed_s"],
        # a burst that ran out of time: driver pods over the whole time limit, not up to the last one
        "apps_per_s": burst.get("apps_per_s") if burst["all_done"] else burst["drivers"] / burst["wall_s"],
        "create_to_driver_s": burst["create_to_driver_s"],
        "create_to_watch_s": burst.get("create_to_watch_s"),
        "single_app_p50_s": seq["create_to_driver_s"]["p50"] if seq else None,
        "single_app_failures": seq["failures"] if seq else None,
        "cpu_s_per_app": burst["cpu_s"] / n if burst["cpu_s"] is not None else None,
        "operator_vmhwm_mib": info.get("vmhwm_kib", 0) / 1024,
        "peak_tree_rss_mib": (burst["peak_tree_rss_kib"] or 0) / 1024,
        "live_heap_mib": info.get("live_heap_kib", 0) / 1024 if info.get("live_heap_kib") else None,
        "live_heap_idle_mib": info["live_heap_idle_kib"] / 1024 if info.get("live_heap_idle_kib") else None,
        # what the burst's applications (finished, their pods and Events cached) added to the idle live heap
        "live_heap_kib_per_app": (info["live_heap_kib"] - info["live_heap_idle_kib"]) / n
        if info.get("live_heap_kib") and info.get("live_heap_idle_kib") else None,
        "operator_requests_per_app": sa_requests,
        "operator_writes_per_app": writes,
        "operator_writes_by_verb": dict(sorted(operator_rows.items(), key=lambda kv: -kv[1])),
        "other_requests_by_verb": {f"{k} ({writers_of.get(k) or next(w for p, w in NOT_OPERATOR if p.search(k))})": v
                                   for k, v in sorted(other_rows.items(), key=lambda kv: -kv[1])},
    }
    write(args.out, figures)


# ------------------------------------------------------------------ bench/RESULTS.md

RUNS_MARK = "<!-- hack/bench appends runs above this line -->"
RATIOS_MARK = "<!-- hack/bench appends ratios above this line -->"


def fmt(value, digits=1):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def run_row(run, fig):
    lat = fig["create_to_driver_s"]
    single = fig["single_app_p50_s"]
    states = ", ".join(f"{k} {v}" for k, v in sorted(fig["final_states"].items()))
    return "| " + " | ".join([
        run["id"], run["operator"],
        str(fig["n"]) if fig.get("settled", fig["n"]) >= fig["n"] else f"{fig['settled']} of {fig['n']} in time",
        run["heap"], run["load_before_burst"],
        fmt(fig["configmap_creates_per_s"], 0), fmt(fig["creates_per_s"], 0),
        fmt(fig["to_last_driver_s"]), fmt(fig["to_last_completed_s"]), fmt(fig["apps_per_s"], 2),
        f"{fmt(lat['p50'], 2)} / {fmt(lat['p95'], 2)} / {fmt(lat['max'], 2)}",
        fmt(single * 1000 if single is not None else None, 0),
        fmt(fig["cpu_s_per_app"], 3),
        f"{fmt(fig['operator_vmhwm_mib'], 0)} / {fmt(fig['peak_tree_rss_mib'], 0)}",
        fmt(fig["live_heap_mib"], 0) + (" (Go heap in use)" if run["operator"] != "ours" and fig["live_heap_mib"] else ""),
        fmt(fig["operator_requests_per_app"], 1), fmt(fig["operator_writes_per_app"], 1), states,
    ]) + " |"


def ratio(a, b):
    return a / b if a is not None and b else None


def ratio_row(run, ours, peer):
    return "| " + " | ".join([
        run["id"].rsplit("-", 2)[0] + f" run {run['id'].rsplit('-', 1)[1]}", str(ours["n"]),
        fmt(ratio(ours["apps_per_s"], peer["apps_per_s"]), 1) + "x",
        fmt(ratio(ours["cpu_s_per_app"], peer["cpu_s_per_app"]), 3),
        fmt(ratio(ours["peak_tree_rss_mib"], peer["peak_tree_rss_mib"]), 2),
        fmt(ratio(ours["operator_requests_per_app"], peer["operator_requests_per_app"]), 2),
    ]) + " |"


def details(run, fig):
    lines = [f"- **{run['id']}** ({run['date']}, commit {run['commit']}): load average before the "
             f"ConfigMap baseline {run['load_before_baseline']}, before the burst {run['load_before_burst']}; "
             f"final states {fig['final_states']}"
             + (f"; testbed {run['nodes']}" if run.get("nodes") else "")
             + (f"; after a warm-up burst of {run['warm_burst']} (not measured, still there)" if run.get("warm_burst") else "")
             + (f"; create errors {fig['create_errors']}" if fig["create_errors"] else "")
             + (f"; single-application failures {fig['single_app_failures']}" if fig["single_app_failures"] else ""),
             f"  - operator: `{run['operator_command']}`",
             *([f"  - live heap after a full GC: {fig['live_heap_idle_mib']:.1f} MiB idle"
                + (f" (after {run['warm_up']} applications one at a time)" if run.get("warm_up") else "") + ", "
                f"{fig['live_heap_mib']:.1f} MiB after the burst: {fig['live_heap_kib_per_app']:.1f} KiB per application"]
               if fig.get("live_heap_kib_per_app") is not None else []),
             *([f"  - throughput target (issue 18: 100/s, or 70% of the ConfigMap creates/s divided by the "
                f"operator's writes per application, whichever is lower): {target_apps_per_s(fig):.1f}/s, "
                f"reached {fig['apps_per_s']:.1f}/s: {'met' if fig['apps_per_s'] >= target_apps_per_s(fig) else 'not met'}"]
               if target_apps_per_s(fig) else []),
             *([f"  - the API server's ceiling on this machine, were the operator to cost nothing: its ConfigMap "
                f"creates/s over every write an application brings, the operator's {fig['operator_writes_per_app']:.1f} "
                f"and the others' {others_writes_per_app(fig):.1f} (kwok, the scheduler, the bench's create...): "
                f"{ceiling_apps_per_s(fig):.1f}/s; reached {fig['apps_per_s']:.1f}/s, "
                f"{100 * fig['apps_per_s'] / ceiling_apps_per_s(fig):.0f}% of it"]
               if ceiling_apps_per_s(fig) else []),
             *([f"  - the bench created {fig['creates_per_s']:.1f} applications/s and the operator drove "
                f"{fig['apps_per_s']:.1f}/s: it kept up, so the throughput is the bench's pace, not the operator's "
                f"capacity (more --concurrency creates faster)"]
               if kept_up(fig) else []),
             *([f"  - how late a watch showed an application after its create returned (the operator's informer "
                f"waits as long): p50 {fig['create_to_watch_s']['p50']:.2f} s, p95 {fig['create_to_watch_s']['p95']:.2f} s"]
               if (fig.get("create_to_watch_s") or {}).get("p50") is not None else []),
             "  - the operator's API writes per application: " + ", ".join(
                 f"{k} {v:.2f}" for k, v in fig["operator_writes_by_verb"].items()),
             "  - other requests per application: " + ", ".join(
                 f"{k} {v:.2f}" for k, v in fig["other_requests_by_verb"].items())]
    return lines


def kept_up(fig):
    """Whether the operator drove applications about as fast as the bench created them (90% or more)."""
    return bool(fig.get("creates_per_s") and fig.get("apps_per_s") and fig["apps_per_s"] >= 0.9 * fig["creates_per_s"])


def others_writes_per_app(fig):
    """Writes per application by everyone but the operator: kwok's pod status, the scheduler's binding..."""
    return sum(v for k, v in fig["other_requests_by_verb"].items() if k.split(" ")[0] in WRITE_VERBS)


def ceiling_apps_per_s(fig):
    """Applications/s the API server could take if the operator cost no CPU: the ConfigMap creates/s it
    managed alone, shared among every write one application brings (a ConfigMap is among the cheapest)."""
    if not fig.get("configmap_creates_per_s") or not fig.get("operator_writes_per_app") or not fig.get("apps_per_s"):
        return None
    return fig["configmap_creates_per_s"] / (fig["operator_writes_per_app"] + others_writes_per_app(fig))


def target_apps_per_s(fig):
    if not fig.get("configmap_creates_per_s") or not fig.get("operator_writes_per_app") or not fig.get("apps_per_s"):
        return None
    return min(100.0, 0.7 * fig["configmap_creates_per_s"] / fig["operator_writes_per_app"])


def cmd_record(args):
    runs = []
    for d in args.dirs:
        with open(os.path.join(d, "run.json")) as f:
            run = json.load(f)
        with open(os.path.join(d, "figures.json")) as f:
            runs.append((run, json.load(f)))
    with open(args.results) as f:
        text = f.read()
    rows = "".join(run_row(r, f) + "\n" for r, f in runs)
    text = text.replace(RUNS_MARK, rows + RUNS_MARK)
    ratios = []
    for r, f in runs:
        if r["operator"] == "ours":
            peer = next((pf for pr, pf in runs if pr["operator"] == "kubeflow"
                         and pr["id"].rsplit("-", 2)[0] == r["id"].rsplit("-", 2)[0]
                         and pr["id"].rsplit("-", 1)[1] == r["id"].rsplit("-", 1)[1]), None)
            if peer:
                ratios.append(ratio_row(r, f, peer))
                print("ours / kubeflow's, run " + r["id"].rsplit("-", 1)[1] + ": "
                      f"throughput {fmt(ratio(f['apps_per_s'], peer['apps_per_s']), 1)}x, "
                      f"CPU per application {fmt(ratio(f['cpu_s_per_app'], peer['cpu_s_per_app']), 3)}, "
                      f"peak RSS {fmt(ratio(f['peak_tree_rss_mib'], peer['peak_tree_rss_mib']), 2)}, "
                      f"API requests per application "
                      f"{fmt(ratio(f['operator_requests_per_app'], peer['operator_requests_per_app']), 2)}")
    text = text.replace(RATIOS_MARK, "".join(x + "\n" for x in ratios) + RATIOS_MARK)
    first = runs[0][0]
    section = [f"", f"### {first['id'].rsplit('-', 2)[0]}: `{first['command']}`", "",
               f"Machine: {first['machine']}.", ""]
    for r, f in runs:
        section.extend(details(r, f))
    text = text.rstrip("\n") + "\n" + "\n".join(section) + "\n"
    with open(args.results, "w") as f:
        f.write(text)


def write(path, data):
    text = json.dumps(data, indent=2, sort_keys=False)
    if path and path != "-":
        with open(path, "w") as f:
            f.write(text + "\n")
    print(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server")
    parser.add_argument("--pki")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("burst", "sequential"):
        p = sub.add_parser(name)
        p.add_argument("--namespace", required=True)
        p.add_argument("--template", required=True, help="the application as JSON; metadata is replaced")
        p.add_argument("--prefix", default="bench")
        p.add_argument("--n", type=int, default=20)
        p.add_argument("--timeout", type=float, default=600)
        p.add_argument("--out")
        if name == "burst":
            p.add_argument("--concurrency", type=int, default=8)
            p.add_argument("--pid", type=int, help="the operator's process: CPU seconds and peak RSS")
        else:
            p.add_argument("--pause", type=float, default=0.2)
    p = sub.add_parser("configmaps")
    p.add_argument("--namespace", required=True)
    p.add_argument("--prefix", default="bench-cm")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--out")
    p = sub.add_parser("events")
    p.add_argument("--namespace", required=True)
    p.add_argument("--prefix", required=True)
    p.add_argument("--out")
    p = sub.add_parser("metrics")
    p.add_argument("--out")
    p = sub.add_parser("record")
    p.add_argument("--results", required=True)
    p.add_argument("dirs", nargs="+")
    p = sub.add_parser("summary")
    p.add_argument("--dir", required=True)
    p.add_argument("--out")
    args = parser.parse_args()
    if args.command in ("summary", "record"):
        {"summary": cmd_summary, "record": cmd_record}[args.command](args)
        return
    api = Api(args.server, args.pki)
    {"burst": cmd_burst, "sequential": cmd_sequential, "configmaps": cmd_configmaps,
     "metrics": cmd_metrics, "events": cmd_events}[args.command](api, args)


if __name__ == "__main__":
    sys.exit(main())
