# shellcheck shell=bash
# Sourced by hack/e2e.
# The Helm chart (deploy/helm/sparkop) on the real API server: lint, golden output and deploy/ rendered from
# it; `helm install` into a namespace that enforces the restricted Pod Security Standard; the operator run
# with the chart's ServiceAccount token (and the chart's environment) takes an application to COMPLETED;
# `helm upgrade` changes the RBAC as values say; `helm uninstall` leaves none of the release's objects.
# The operator from part 20 is stopped meanwhile and restarted as it was afterwards.

HELM_RELEASE=e2e-spark-operator         # fullname e2e-spark-operator: drivers run as e2e-spark-operator-spark
HELM_NS=e2e-sparkop                     # the release's namespace: restricted
HELM_JOBS=e2e-helm-jobs                 # the one namespace the release manages (Roles, no ClusterRole)
HELM_JOBS2=e2e-helm-jobs2               # added by the upgrade
h() { hack/helm --kubeconfig "$ROOT/.testbed/kubeconfig" "$@"; }

check "hack/helm test: helm lint, golden helm template output, deploy/ and crds/ equal to the chart" hack/helm test

k create namespace "$HELM_NS" --dry-run=client -o yaml | k apply -f - >/dev/null
k label namespace "$HELM_NS" --overwrite pod-security.kubernetes.io/enforce=restricted \
  pod-security.kubernetes.io/enforce-version=latest >/dev/null
for ns in "$HELM_JOBS" "$HELM_JOBS2"; do k create namespace "$ns" --dry-run=client -o yaml | k apply -f - >/dev/null; done
HELM_VALUES=$E2E/helm-values.yaml
cat >"$HELM_VALUES" <<EOF
spark:
  jobNamespaces: [$HELM_JOBS]
controller:
  podDisruptionBudget: {enable: true, minAvailable: 1}
  replicas: 2
EOF

check "helm install into the restricted namespace" \
  h install "$HELM_RELEASE" deploy/helm/sparkop -n "$HELM_NS" -f "$HELM_VALUES" --wait --timeout 120s
check "its two operator pods were admitted and are Ready" bash -c \
  "[ \"\$(k -n $HELM_NS get deploy $HELM_RELEASE-controller -o jsonpath='{.status.readyReplicas}')\" = 2 ]"
# The pod template against the restricted standard, as the API server judges a pod (a Deployment is only
# warned about; its pods are refused).
pod_from_chart() {  # pod_from_chart [helm template flags...]: the Deployment's pod template as a Pod
  h template "$HELM_RELEASE" deploy/helm/sparkop -n "$HELM_NS" -f "$HELM_VALUES" "$@" --show-only templates/deployment.yaml \
    | k create --dry-run=client -o json -f - | python3 -c 'import json, sys
t = json.load(sys.stdin)["spec"]["template"]
print(json.dumps({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "restricted-probe", "labels": t["metadata"]["labels"]}, "spec": t["spec"]}))'
}
restricted_accepts() { pod_from_chart | k -n "$HELM_NS" create --dry-run=server -f -; }
restricted_refuses() {
  if pod_from_chart --set controller.securityContext.allowPrivilegeEscalation=true \
      | k -n "$HELM_NS" create --dry-run=server -f - >"$E2E/restricted.out" 2>&1; then
    echo "a privilege-escalating pod was accepted"; return 1
  fi
  grep -q 'violates PodSecurity "restricted:latest"' "$E2E/restricted.out" || { cat "$E2E/restricted.out"; return 1; }
}
check "the chart's pod meets the restricted Pod Security Standard (server-side dry run)" restricted_accepts
check "and the namespace really enforces it: a privilege-escalating variant is refused" restricted_refuses

check "the operator has Roles in its job namespace and no ClusterRole" bash -c "
  k -n $HELM_JOBS get role $HELM_RELEASE-controller && k -n $HELM_JOBS get rolebinding $HELM_RELEASE-controller &&
  k -n $HELM_NS get role $HELM_RELEASE-controller-leader-election &&
  ! k get clusterrole $HELM_RELEASE-controller && ! k get clusterrolebinding $HELM_RELEASE-controller"
check "drivers' ServiceAccount and Role exist in the job namespace" bash -c "
  k -n $HELM_JOBS get serviceaccount $HELM_RELEASE-spark && k -n $HELM_JOBS get role $HELM_RELEASE-spark"
k -n "$HELM_JOBS" create rolebinding e2e-alice-edit --clusterrole=edit --user=alice >/dev/null
k -n "$HELM_JOBS" create rolebinding e2e-bob-view --clusterrole=view --user=bob >/dev/null
can() { [ "$(k auth can-i "$@" 2>/dev/null)" = yes ]; }
users_rights() {
  can create sparkapplications.sparkoperator.k8s.io -n "$HELM_JOBS" --as alice &&
  can delete scheduledsparkapplications.sparkoperator.k8s.io -n "$HELM_JOBS" --as alice &&
  can list sparkapplications.sparkoperator.k8s.io -n "$HELM_JOBS" --as bob &&
  ! can create sparkapplications.sparkoperator.k8s.io -n "$HELM_JOBS" --as bob
}
check "Kubernetes' edit role now manages SparkApplications and view reads them (aggregated ClusterRoles)" wait_for 30 users_rights
check "the PodDisruptionBudget covers the two replicas" bash -c \
  "[ \"\$(k -n $HELM_NS get pdb $HELM_RELEASE-controller-pdb -o jsonpath='{.status.expectedPods}')\" = 2 ]"

# The operator, run here with the chart's ServiceAccount token and the environment the chart gives its container.
cp "$E2E/operator.kubeconfig" "$E2E/operator.kubeconfig.deploy"
stop_operator TERM
HELM_TOKEN=$(k -n "$HELM_NS" create token "$HELM_RELEASE-controller" --duration=1h)
sed "s|token: \".*\"|token: \"$HELM_TOKEN\"|" "$E2E/operator.kubeconfig.deploy" >"$E2E/operator.kubeconfig"
chart_env() {  # the Deployment's literal env values as NAME=VALUE lines
  k -n "$HELM_NS" get deploy "$HELM_RELEASE-controller" -o json | python3 -c 'import json, sys
for e in json.load(sys.stdin)["spec"]["template"]["spec"]["containers"][0]["env"]:
    if "value" in e: print(e["name"] + "=" + e["value"])'
}
chart_env >"$E2E/helm-operator.env"
echo "KUBERNETES_NAMESPACE=$HELM_NS" >>"$E2E/helm-operator.env"
echo "SPARKOP_LEADER_ELECTION_IDENTITY=e2e-helm-operator" >>"$E2E/helm-operator.env"
check "the chart's environment names the job namespace" grep -qx "QUARKUS_OPERATOR_SDK_NAMESPACES=$HELM_JOBS" "$E2E/helm-operator.env"
while IFS= read -r line; do export "${line?}"; done <"$E2E/helm-operator.env"
echo "--- e2e 70-helm: operator with the chart's ServiceAccount and environment" >>"$E2E/operator.log"
check "the operator starts with the chart's ServiceAccount token and environment" start_operator
while IFS= read -r line; do unset "${line%%=*}"; done <"$E2E/helm-operator.env"

helm_app() {  # helm_app NAMESPACE NAME: spark-pi, with drivers running as the chart's ServiceAccount
  sed -e "s/^  namespace: default/  namespace: $1/" -e "s/^  name: .*/  name: $2/" \
    -e "s/serviceAccount: spark-operator-spark/serviceAccount: $HELM_RELEASE-spark/" examples/spark-pi.yaml
}
helm_app "$HELM_JOBS" e2e-helm-pi | k apply -f - >/dev/null
helm_app "$NS" e2e-helm-outside | k apply -f - >/dev/null
check "an application in the release's job namespace reaches COMPLETED" wait_for 90 bash -c "[ \"\$(k -n $HELM_JOBS get sparkapp e2e-helm-pi -o jsonpath='{.status.applicationState.state}')\" = COMPLETED ]"
check "its driver ran as the chart's Spark ServiceAccount" bash -c \
  "[ \"\$(k -n $HELM_JOBS get pod e2e-helm-pi-driver -o jsonpath='{.spec.serviceAccountName}')\" = $HELM_RELEASE-spark ]"
check "an application outside the job namespaces is left alone" bash -c \
  "[ -z \"\$(k -n $NS get sparkapp e2e-helm-outside -o jsonpath='{.status.applicationState.state}')\" ]"
if k -n "$HELM_NS" get lease "$HELM_RELEASE-controller-lock" >/dev/null 2>&1; then
  check "leader election holds the chart's Lease" bash -c \
    "[ -n \"\$(k -n $HELM_NS get lease $HELM_RELEASE-controller-lock -o jsonpath='{.spec.holderIdentity}')\" ]"
fi
stop_operator TERM

check "helm upgrade: a second job namespace, dashboard logs off" \
  h upgrade "$HELM_RELEASE" deploy/helm/sparkop -n "$HELM_NS" -f "$HELM_VALUES" \
    --set "spark.jobNamespaces={$HELM_JOBS,$HELM_JOBS2}" --set controller.dashboard.logs.enable=false --wait --timeout 120s
check "the upgrade added Roles and the drivers' ServiceAccount in the new namespace" bash -c "
  k -n $HELM_JOBS2 get role $HELM_RELEASE-controller && k -n $HELM_JOBS2 get serviceaccount $HELM_RELEASE-spark"
check "and took pods/log away" bash -c "! k -n $HELM_JOBS get role $HELM_RELEASE-controller -o yaml | grep -q pods/log"
check "the Deployment watches both namespaces after the upgrade" bash -c \
  "k -n $HELM_NS get deploy $HELM_RELEASE-controller -o yaml | grep -A1 QUARKUS_OPERATOR_SDK_NAMESPACES | grep -q '$HELM_JOBS,$HELM_JOBS2'"

check "helm uninstall" h uninstall "$HELM_RELEASE" -n "$HELM_NS" --wait --timeout 120s
release_objects() {
  k get deploy,replicaset,pod,service,serviceaccount,role,rolebinding,poddisruptionbudget,configmap,secret -A \
    -l "app.kubernetes.io/instance=$HELM_RELEASE" -o name
  k get clusterrole,clusterrolebinding -l "app.kubernetes.io/instance=$HELM_RELEASE" -o name
  k -n "$HELM_NS" get secret -l "owner=helm,name=$HELM_RELEASE" -o name
}
no_release_objects() { [ -z "$(release_objects 2>/dev/null)" ]; }
check "nothing of the release is left (pods, RBAC, ServiceAccounts, Services, Helm's own records)" \
  wait_for 60 no_release_objects
check "the CRDs and users' applications stay (Helm never deletes CRDs)" bash -c "
  k get crd sparkapplications.sparkoperator.k8s.io && k -n $HELM_JOBS get sparkapp e2e-helm-pi"
k -n "$HELM_NS" delete lease "$HELM_RELEASE-controller-lock" --ignore-not-found >/dev/null
k delete namespace "$HELM_NS" "$HELM_JOBS" "$HELM_JOBS2" --wait=false >/dev/null
k -n "$NS" delete sparkapp e2e-helm-outside --ignore-not-found >/dev/null

# Back to the operator of part 20, for the parts after this one.
cp "$E2E/operator.kubeconfig.deploy" "$E2E/operator.kubeconfig"
echo "--- e2e 70-helm: back to the deploy/ operator" >>"$E2E/operator.log"
check "the deploy/ operator starts again after the Helm part" start_operator
