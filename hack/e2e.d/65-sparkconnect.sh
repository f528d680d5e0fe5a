# shellcheck shell=bash
# Sourced by hack/e2e: SparkConnect (issue 16) on the real control plane. kubeflow's example passes the
# schema; ours gets its ConfigMap, Service and server pod, owned by it, and is Ready once the pod runs
# (kwok plays pods without spark-role driver/executor as Running and Ready); an unschedulable server pod
# (the real scheduler) and a server whose readiness drops are NotReady with the reason; a spec change
# replaces the server pod; executors Spark would start are counted; deleting the SparkConnect removes
# everything (the real garbage collector). The operator runs with its ServiceAccount's token (20).

KUBEFLOW_EXAMPLE=src/test/resources/golden/sparkconnect/spark-connect/sparkconnect.yaml
wait_for 30 k wait --for=condition=Established crd/sparkconnects.sparkoperator.k8s.io --timeout=5s
check "kubeflow's SparkConnect example passes server-side dry run" k apply --dry-run=server -f "$KUBEFLOW_EXAMPLE"
# The CRD generator orders printer columns by JSON path (as for the other kinds): AGE PODNAME STATUS.
crd_names_are() { [ "$(k get crd sparkconnects.sparkoperator.k8s.io \
  -o jsonpath='{.spec.names.shortNames[*]} {.spec.versions[0].additionalPrinterColumns[*].name}')" = "$1" ]; }
check "the CRD has kubeflow's short name and printer columns" crd_names_are 'sparkconn Age PodName Status'

connect_in_ns() { # NAME [sed-expr]: examples/spark-connect.yaml in $NS under another name
  sed -e "s/^  name: spark-connect$/  name: $1/" -e "s/^  namespace: default$/  namespace: $NS/" ${2:+-e "$2"} \
    examples/spark-connect.yaml
}
sc_field() { k -n "$NS" get sparkconnect "$1" -o jsonpath="$2" 2>/dev/null; }
sc_state_is() { [ "$(sc_field "$1" '{.status.state}')" = "$2" ]; }
sc_reaches() { # NAME STATE: waits; on failure shows the status and the server pod
  wait_for 90 sc_state_is "$1" "$2" && return 0
  sc_field "$1" '{.status}'; echo
  k -n "$NS" get pod "$1-server" -o jsonpath='{.status.phase} {.status.conditions}' 2>&1; echo
  return 1
}
condition_message_has() { sc_field "$1" '{.status.conditions[?(@.type=="ServerPodReady")].message}' | grep -qF -- "$2"; }
owned_by() { # KIND NAME CONNECT: the object's controller is the SparkConnect
  [ "$(k -n "$NS" get "$1" "$2" -o jsonpath='{.metadata.ownerReferences[?(@.controller==true)].uid}')" = \
    "$(sc_field "$3" '{.metadata.uid}')" ]
}

# ---------------------------------------------------------------- provisioned, Ready, owned
connect_in_ns nb | k apply -f - >/dev/null
check "the server pod, its Service and ConfigMap are created" wait_for 60 \
  k -n "$NS" get pod/nb-server service/nb-server configmap/nb-conf
check "the SparkConnect reaches Ready when its server pod runs" sc_reaches nb Ready
for object in pod/nb-server service/nb-server configmap/nb-conf; do
  check "$object is owned by the SparkConnect" owned_by "${object%/*}" "${object#*/}" nb
done
check "status names the server pod, its IP and the Service" bash -c \
  "[ \"\$(k -n $NS get sparkconnect nb -o jsonpath='{.status.server.podName} {.status.server.serviceName}')\" = 'nb-server nb-server' ] \
   && k -n $NS get sparkconnect nb -o jsonpath='{.status.server.podIp}' | grep -qE '^127\.'"
service_has_port() { k -n "$NS" get service nb-server -o jsonpath='{.spec.ports[*].port}' | grep -qw "$1"; }
service_selects_server() {
  local selector
  selector=$(k -n "$NS" get service nb-server -o go-template='{{range $k, $v := .spec.selector}}{{$k}}={{$v}},{{end}}')
  [ "$(k -n "$NS" get pods -l "${selector%,}" -o name)" = pod/nb-server ]
}
check "the Service exposes Spark Connect's gRPC port 15002" service_has_port 15002
check "and the Spark UI's 4040" service_has_port 4040
check "and selects the server pod, and only it" service_selects_server
check "spark.properties points the server at the cluster in client mode" bash -c \
  "k -n $NS get configmap nb-conf -o jsonpath='{.data.spark\.properties}' | grep -qF 'spark.master=k8s\://https\://kubernetes.default.svc\:443'"
check "a Normal SparkConnectReady Event gives the endpoint" bash -c \
  "k -n $NS get events --field-selector involvedObject.name=nb,reason=SparkConnectReady -o jsonpath='{.items[*].message}' \
   | grep -qF 'sc://nb-server.$NS.svc.cluster.local:15002'"

# ---------------------------------------------------------------- executors the server starts
server_uid=$(k -n "$NS" get pod nb-server -o jsonpath='{.metadata.uid}')
k apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: nb-exec-1
  namespace: $NS
  labels: {spark-role: executor, sparkoperator.k8s.io/connect-name: nb, sparkoperator.k8s.io/launched-by-spark-operator: "true"}
  annotations: {sparkop.test/run-seconds: forever}
  ownerReferences: [{apiVersion: v1, kind: Pod, name: nb-server, uid: "$server_uid", controller: true}]
spec:
  containers: [{name: spark-kubernetes-executor, image: "spark:4.0.0"}]
EOF
check "an executor as Spark creates it (labels, owned by the server pod) is counted in status.executors" \
  wait_for 60 bash -c "[ \"\$(k -n $NS get sparkconnect nb -o jsonpath='{.status.executors.running}')\" = 1 ]"

# ---------------------------------------------------------------- NotReady
k -n "$NS" patch pod nb-server --subresource=status --type=json -p \
  '[{"op":"replace","path":"/status/conditions","value":[{"type":"Ready","status":"False","reason":"ContainersNotReady","message":"containers with unready status: [spark-kubernetes-driver]"}]}]' >/dev/null
check "a server pod whose readiness drops (as a failing probe makes it) is NotReady" sc_reaches nb NotReady
check "with the pod's reason in the condition" condition_message_has nb "Server pod is not ready"

connect_in_ns nb-nowhere 's/^      spec:$/      spec:\n        nodeSelector: {node.kubernetes.io\/lifecycle: reserved}/' | k apply -f - >/dev/null
check "a server pod no node can take is NotReady" sc_reaches nb-nowhere NotReady
check "and the condition gives the scheduler's message" wait_for 30 condition_message_has nb-nowhere \
  "not scheduled: 0/$(k get nodes -o name | wc -l) nodes are available"

# ---------------------------------------------------------------- a spec change replaces the server
connect_in_ns nb-roll | k apply -f - >/dev/null
check "nb-roll is Ready" sc_reaches nb-roll Ready
first=$(k -n "$NS" get pod nb-roll-server -o jsonpath='{.metadata.uid}')
k -n "$NS" patch sparkconnect nb-roll --type=merge -p '{"spec":{"executor":{"instances":3}}}' >/dev/null
new_server() { uid=$(k -n "$NS" get pod nb-roll-server -o jsonpath='{.metadata.uid}') && [ -n "$uid" ] && [ "$uid" != "$first" ]; }
check "a spec change replaces the server pod" wait_for 90 new_server
check "the new server reads the changed conf" bash -c \
  "k -n $NS get configmap nb-roll-conf -o jsonpath='{.data.spark\.properties}' | grep -qx 'spark.executor.instances=3'"
check "and the SparkConnect is Ready again" sc_reaches nb-roll Ready

# ---------------------------------------------------------------- bad input and names taken
connect_in_ns nb-bad 's/^    memory: 512m$/    memory: lots/' | k apply -f - >/dev/null
check "an invalid spec is Failed with the field named" sc_reaches nb-bad Failed
check "naming executor.memory" condition_message_has nb-bad 'spec.executor.memory: "lots" is not a Spark size'
check "and nothing is created for it" absent pod nb-bad-server
k -n "$NS" create configmap nb-taken-conf --from-literal=owner=someone-else >/dev/null
connect_in_ns nb-taken | k apply -f - >/dev/null
check "a ConfigMap of its name that is not its own: Failed, NameTaken" sc_reaches nb-taken Failed
check "the ConfigMap is left as it was" bash -c \
  "[ \"\$(k -n $NS get configmap nb-taken-conf -o jsonpath='{.data.owner}')\" = someone-else ]"

# ---------------------------------------------------------------- SIGKILL between the Service and the pod
# A quota refuses the server pod, so the operator is killed after creating the ConfigMap and the Service and
# before any server pod; with the quota lifted, the restarted operator creates the pod at once (not at the
# minute's retry) and adopts the ConfigMap and Service it made before.
KNS=e2e-refused-connect  # hack/e2e's 403 log check leaves e2e-refused-* out
k create namespace "$KNS" --dry-run=client -o yaml | k apply -f - >/dev/null
k -n "$KNS" create serviceaccount spark-operator-spark --dry-run=client -o yaml | k apply -f - >/dev/null
k -n "$KNS" create quota no-pods --hard=pods=0 --dry-run=client -o yaml | k apply -f - >/dev/null
connect_in_ns nb-kill "s/^  namespace: $NS/  namespace: $KNS/" | k apply -f - >/dev/null
kill_state_is() { [ "$(k -n "$KNS" get sparkconnect nb-kill -o jsonpath='{.status.state}' 2>/dev/null)" = "$1" ]; }
check "a server pod the quota refuses: Failed, CreateRefused" wait_for 60 bash -c \
  "k -n $KNS get sparkconnect nb-kill -o jsonpath='{.status.state} {.status.conditions[?(@.type==\"ServerPodReady\")].reason}' | grep -qx 'Failed CreateRefused'"
made_before=$(k -n "$KNS" get configmap/nb-kill-conf service/nb-kill-server -o jsonpath='{.items[*].metadata.uid}')
stop_operator KILL
k -n "$KNS" delete quota no-pods >/dev/null
# A JVM start on a busy 2-core machine can take longer than start_operator waits.
start_operator || true
check "the operator restarts after a SIGKILL between a SparkConnect's Service and its pod" \
  wait_for 240 operator_ready
check "the restarted operator creates the server pod within 45 s (before the 1-minute retry)" wait_for 45 kill_state_is Ready
check "one server pod, and the ConfigMap and Service made before the kill are kept (same uids)" bash -c \
  "[ \"\$(k -n $KNS get pods -l sparkoperator.k8s.io/connect-name=nb-kill -o name)\" = pod/nb-kill-server ] \
   && [ \"\$(k -n $KNS get configmap/nb-kill-conf service/nb-kill-server -o jsonpath='{.items[*].metadata.uid}')\" = '$made_before' ]"
check "one SparkConnectServerCreated Event" bash -c \
  "[ \"\$(k -n $KNS get events --field-selector involvedObject.name=nb-kill,reason=SparkConnectServerCreated -o name | wc -l)\" = 1 ]"
k delete namespace "$KNS" --wait=false >/dev/null

# ---------------------------------------------------------------- delete removes everything
k -n "$NS" delete sparkconnect nb nb-roll nb-nowhere nb-bad nb-taken --wait=false >/dev/null
gone() { absent pod/nb-server && absent service/nb-server && absent configmap/nb-conf && absent pod/nb-exec-1 \
  && absent pod/nb-roll-server && absent configmap/nb-roll-conf && absent pod/nb-nowhere-server; }
check "deleting the SparkConnects removes their pods, Services, ConfigMaps and executors (garbage collector)" wait_for 90 gone
k -n "$NS" delete configmap nb-taken-conf --wait=false >/dev/null 2>&1
