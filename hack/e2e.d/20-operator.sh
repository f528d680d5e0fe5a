# shellcheck shell=bash
# Sourced by hack/e2e.
# The operator starts with exactly the RBAC deploy/ grants (its ServiceAccount's token).

k apply -f deploy/rbac.yaml >/dev/null
k create namespace "$NS" --dry-run=client -o yaml | k apply -f - >/dev/null
sed "s/namespace: default/namespace: $NS/" deploy/spark-rbac.yaml | k apply -f - >/dev/null
wait_for 30 k -n "$NS" get serviceaccount default

# The operator runs with its ServiceAccount's token only: RBAC is what deploy/ grants.
TOKEN=$(k -n spark-operator create token spark-operator --duration=2h)
SERVER=$(k config view --raw --minify -o jsonpath='{.clusters[0].cluster.server}')
CA=$(k config view --raw --minify -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
cat >"$E2E/operator.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: testbed, cluster: {server: "$SERVER", certificate-authority-data: "$CA"}}]
users: [{name: spark-operator, user: {token: "$TOKEN"}}]
contexts: [{name: operator, context: {cluster: testbed, user: spark-operator, namespace: spark-operator}}]
current-context: operator
EOF
: >"$E2E/operator.log"
check "operator starts with the deploy/ ServiceAccount and becomes ready" start_operator
