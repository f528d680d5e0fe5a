{{/* Base name: spark-operator unless overridden, so a release named spark-operator gets kubeflow's object names. */}}
{{- define "sparkop.name" -}}
{{- default "spark-operator" .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "sparkop.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "sparkop.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "sparkop.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "sparkop.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "sparkop.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sparkop.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "sparkop.controller.name" -}}
{{- include "sparkop.fullname" . | trunc 52 | trimSuffix "-" }}-controller
{{- end -}}

{{- define "sparkop.controller.labels" -}}
{{ include "sparkop.labels" . }}
app.kubernetes.io/component: controller
{{- end -}}

{{- define "sparkop.controller.selectorLabels" -}}
{{ include "sparkop.selectorLabels" . }}
app.kubernetes.io/component: controller
{{- end -}}

{{- define "sparkop.controller.serviceAccountName" -}}
{{- if .Values.controller.serviceAccount.create -}}
{{- .Values.controller.serviceAccount.name | default (include "sparkop.controller.name" .) -}}
{{- else -}}
{{- .Values.controller.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{- define "sparkop.controller.leaseName" -}}
{{ include "sparkop.controller.name" . }}-lock
{{- end -}}

{{- define "sparkop.spark.serviceAccountName" -}}
{{- if .Values.spark.serviceAccount.create -}}
{{- .Values.spark.serviceAccount.name | default (printf "%s-spark" (include "sparkop.fullname" .)) -}}
{{- else -}}
{{- .Values.spark.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* kubeflow's controller image cannot run this chart: a kubeflow values file naming it gets this chart's image. */}}
{{- define "sparkop.image" -}}
{{- $image := .Values.image -}}
{{- if hasPrefix "kubeflow/spark-operator" (.Values.image.repository | toString) -}}
{{- $image = dict "registry" "ghcr.io" "repository" "sparkop/spark-operator" "tag" "" -}}
{{- end -}}
{{- $repo := $image.repository -}}
{{- if $image.registry -}}{{- $repo = printf "%s/%s" $image.registry $repo -}}{{- end -}}
{{- printf "%s:%s" $repo ($image.tag | default .Chart.AppVersion | toString) -}}
{{- end -}}

{{/* All namespaces when spark.jobNamespaces is empty or contains "" (kubeflow's meaning). */}}
{{- define "sparkop.allNamespaces" -}}
{{- if or (not .Values.spark.jobNamespaces) (has "" .Values.spark.jobNamespaces) -}}true{{- end -}}
{{- end -}}

{{/* The namespaces that get the drivers' ServiceAccount: the named job namespaces. */}}
{{- define "sparkop.jobNamespaces" -}}
{{- $named := list -}}
{{- range (.Values.spark.jobNamespaces | default list) -}}
{{- if ne . "" -}}{{- $named = append $named . -}}{{- end -}}
{{- end -}}
{{- $named | uniq | toJson -}}
{{- end -}}

{{/* What the operator does in the namespaces it manages: exactly the calls it makes, nothing more. */}}
{{- define "sparkop.controller.rules" -}}
- apiGroups: [sparkoperator.k8s.io]
  resources: [sparkapplications, scheduledsparkapplications]
  verbs: [get, list, watch, create, update, patch, delete]
- apiGroups: [sparkoperator.k8s.io]
  resources: [sparkconnects]
  verbs: [get, list, watch]
- apiGroups: [sparkoperator.k8s.io]
  resources: [sparkapplications/status, scheduledsparkapplications/status, sparkconnects/status]
  verbs: [get, update, patch]
- apiGroups: [""]
  resources: [pods]
  verbs: [get, list, watch, create, delete]
{{- if .Values.controller.dashboard.logs.enable }}
- apiGroups: [""]
  resources: [pods/log]
  verbs: [get]
{{- end }}
- apiGroups: [""]
  resources: [services, configmaps]
  verbs: [get, list, watch, create, update, patch, delete]
- apiGroups: [networking.k8s.io]
  resources: [networkpolicies]
  verbs: [get, create]
- apiGroups: [""]
  resources: [events]
  verbs: [get, list, watch, create, patch]
{{- end -}}
