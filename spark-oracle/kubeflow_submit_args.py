#!/usr/bin/env python3
"""Derives spark-submit arguments from a SparkApplication the way kubeflow/spark-operator v2 does.

A line-by-line port of buildSparkSubmitArgs (internal/controller/sparkapplication/submission.go)
and of what runs before it in submitSparkApplication (controller.go): the SparkApplication
defaulter (internal/webhook/sparkapplication_defaulter.go: defaultExecutorSpec) and
configPrometheusMonitoring (monitoring_config.go). It is how the golden corpus's submit.args were
written; spark-oracle/README.md cites the Go functions. Go iterates maps in random order: here map
entries are emitted sorted by key (spark-submit applies "--conf" in order, the last one wins).

--master and --deploy-mode are left out (the oracle adds them); the submission id is the fixed
00000000-0000-4000-8000-000000000001 and the driver pod name util.GetDriverPodName's.

usage: kubeflow_submit_args.py CASE_DIR...        print each case's arguments
       kubeflow_submit_args.py --write CASE_DIR... write CASE_DIR/submit.args
       kubeflow_submit_args.py --check CASE_DIR... exit 1 if a submit.args differs
Needs PyYAML. Not used by spark-oracle/regenerate: submit.args are inputs, reviewed by hand.
"""
import os
import sys

import yaml

SUBMISSION_ID = "00000000-0000-4000-8000-000000000001"
PROM_PORT = 8090  # common.DefaultPrometheusJavaAgentPort
PROM_MOUNT = "/etc/metrics/conf"  # common.PrometheusConfigMapMountPath
LOCAL_DIR_PREFIX = "spark-local-dir-"  # common.SparkLocalDirVolumePrefix


def conf(key, value):
    return ["--conf", f"{key}={value}"]


def go_bool(b):
    return "true" if b else "false"


def sorted_items(m):
    return sorted((m or {}).items())


def semver_less(v, than):
    def parts(s):
        return [int(p) for p in s.lstrip("v").split("-")[0].split(".")]
    return parts(v) < parts(than)


def default_app(app):
    """sparkapplication_defaulter.go defaultSparkApplication / defaultExecutorSpec."""
    spec = app["spec"]
    spec.setdefault("mode", "cluster")
    spec.setdefault("driver", {})
    ex = spec.setdefault("executor", {})
    da = spec.get("dynamicAllocation")
    conf_map = spec.get("sparkConf") or {}
    dyn = (da or {}).get("enabled", False) if da is not None else \
        str(conf_map.get("spark.dynamicAllocation.enabled", "")).lower() == "true"
    if ex.get("instances") is None and conf_map.get("spark.executor.instances", "") == "" and not dyn:
        ex["instances"] = 1
    if dyn and da is not None and da.get("shuffleTrackingEnabled") is None:
        da["shuffleTrackingEnabled"] = True


def config_prometheus(app):
    """monitoring_config.go configPrometheusMonitoring (the parts that reach spark-submit)."""
    spec = app["spec"]
    mon = spec.get("monitoring")
    if not mon or mon.get("prometheus") is None:  # util.PrometheusMonitoringEnabled
        return
    prom = mon["prometheus"]
    port = prom.get("port", PROM_PORT)
    java_option = f"-javaagent:{prom['jmxExporterJar']}={port}:{PROM_MOUNT}/prometheus.yaml"
    if prom.get("configFile"):
        java_option = f"-javaagent:{prom['jmxExporterJar']}={port}:{prom['configFile']}"
    sc = spec.setdefault("sparkConf", {})
    sc["spark.metrics.namespace"] = f"{app['metadata']['namespace']}.{app['metadata']['name']}"
    sc["spark.metrics.conf"] = f"{PROM_MOUNT}/metrics.properties"
    if mon.get("metricsPropertiesFile"):
        sc["spark.metrics.conf"] = mon["metricsPropertiesFile"]
    for role, flag in (("driver", "exposeDriverMetrics"), ("executor", "exposeExecutorMetrics")):
        if mon.get(flag):
            pod = spec[role]
            ann = pod.setdefault("annotations", {})
            ann["prometheus.io/scrape"] = "true"
            ann["prometheus.io/port"] = str(port)
            ann["prometheus.io/path"] = "/metrics"
            pod["javaOptions"] = (pod["javaOptions"] + " " + java_option) if pod.get("javaOptions") \
                else java_option


def driver_pod_name(app):
    """pkg/util/sparkapplication.go GetDriverPodName."""
    spec = app["spec"]
    if spec["driver"].get("podName"):
        return spec["driver"]["podName"]
    sc = spec.get("sparkConf") or {}
    if sc.get("spark.kubernetes.driver.pod.name"):
        return sc["spark.kubernetes.driver.pod.name"]
    return f"{app['metadata']['name']}-driver"


def volume_type(v):
    for field, typ in (("emptyDir", "emptyDir"), ("hostPath", "hostPath"), ("nfs", "nfs"),
                       ("persistentVolumeClaim", "persistentVolumeClaim")):
        if field in v:
            return typ
    raise ValueError("unsupported volume type")


def volume_mounts(app, role):
    """driverVolumeMountsOption / executorVolumeMountsOption: only spark-local-dir-* volumes."""
    spec = app["spec"]
    role_key = f"spark.kubernetes.{role}.volumes"
    volumes = {v["name"]: v for v in spec.get("volumes") or [] if v["name"].startswith(LOCAL_DIR_PREFIX)}
    args = []
    for m in spec[role].get("volumeMounts") or []:
        if not m["name"].startswith(LOCAL_DIR_PREFIX):
            continue
        v = volumes[m["name"]]
        t = volume_type(v)
        base = f"{role_key}.{t}.{m['name']}"
        if m.get("mountPath"):
            args += conf(f"{base}.mount.path", m["mountPath"])
        if m.get("subPath"):
            args += conf(f"{base}.mount.subPath", m["subPath"])
        if m.get("readOnly"):
            args += conf(f"{base}.mount.readOnly", "true")
        opt = f"{role_key}.{t}.{v['name']}.options"
        if t == "emptyDir":
            if v["emptyDir"].get("sizeLimit") is not None:
                args += conf(f"{opt}.sizeLimit", v["emptyDir"]["sizeLimit"])  # Quantity.String()
            if v["emptyDir"].get("medium"):  # v2.5: != StorageMediumDefault
                args += conf(f"{opt}.medium", v["emptyDir"]["medium"])
        elif t == "hostPath":
            args += conf(f"{opt}.path", v["hostPath"]["path"])
            if v["hostPath"].get("type") is not None:
                args += conf(f"{opt}.type", v["hostPath"]["type"])
        elif t == "nfs":
            args += conf(f"{opt}.path", v["nfs"]["path"])
            args += conf(f"{opt}.server", v["nfs"]["server"])
            if v["nfs"].get("readOnly"):
                args += conf(f"{opt}.readOnly", "true")
        elif t == "persistentVolumeClaim":
            args += conf(f"{opt}.claimName", v["persistentVolumeClaim"]["claimName"])
            if v["persistentVolumeClaim"].get("readOnly"):
                args += conf(f"{opt}.readOnly", "true")
    return args


def secrets(app, role):
    """driverSecretOption / executorSecretOption."""
    env_key = "spark.kubernetes.driverEnv" if role == "driver" else "spark.executorEnv"
    args = []
    for s in app["spec"][role].get("secrets") or []:
        args += conf(f"spark.kubernetes.{role}.secrets.{s['name']}", s["path"])
        typ = s.get("secretType")
        if typ == "GCPServiceAccount":
            args += conf(f"{env_key}.GOOGLE_APPLICATION_CREDENTIALS", os.path.join(s["path"], "key.json"))
        elif typ == "HadoopDelegationToken":
            args += conf(f"{env_key}.HADOOP_TOKEN_FILE_LOCATION", os.path.join(s["path"], "hadoop.token"))
    return args


def pod_conf(app, role):
    """driverConfOption / executorConfOption."""
    spec = app["spec"]
    pod = spec[role]
    p = f"spark.kubernetes.{role}"
    args = []
    args += conf(f"{p}.label.sparkoperator.k8s.io/app-name", app["metadata"]["name"])
    args += conf(f"{p}.label.sparkoperator.k8s.io/launched-by-spark-operator", "true")
    if semver_less(spec["sparkVersion"], "3.0.0") or pod.get("template") is None:
        args += conf(f"{p}.label.sparkoperator.k8s.io/mutated-by-spark-operator", "true")
    args += conf(f"{p}.label.sparkoperator.k8s.io/submission-id", SUBMISSION_ID)
    if role == "executor" and pod.get("instances") is not None:
        args += conf("spark.executor.instances", pod["instances"])
    if pod.get("image"):
        args += conf(f"{p}.container.image", pod["image"])
    elif spec.get("image"):
        args += conf(f"{p}.container.image", spec["image"])
    short = "spark.driver" if role == "driver" else "spark.executor"
    if pod.get("cores") is not None:
        args += conf(f"{short}.cores", pod["cores"])
    if pod.get("coreRequest") is not None:
        args += conf(f"{p}.request.cores", pod["coreRequest"])
    if pod.get("coreLimit") is not None:
        args += conf(f"{p}.limit.cores", pod["coreLimit"])
    if pod.get("memory") is not None:
        args += conf(f"{short}.memory", pod["memory"])
    if pod.get("memoryOverhead") is not None:
        args += conf(f"{short}.memoryOverhead", pod["memoryOverhead"])
    if pod.get("serviceAccount") is not None:
        args += conf(f"spark.kubernetes.authenticate.{role}.serviceAccountName", pod["serviceAccount"])
    if role == "driver":
        if pod.get("javaOptions") is not None:
            args += conf("spark.driver.extraJavaOptions", pod["javaOptions"])
        if pod.get("kubernetesMaster") is not None:
            args += conf("spark.kubernetes.driver.master", pod["kubernetesMaster"])
    else:
        if pod.get("deleteOnTermination") is not None:
            args += conf("spark.kubernetes.executor.deleteOnTermination", go_bool(pod["deleteOnTermination"]))
    for k, v in sorted_items(app["metadata"].get("labels")):
        args += conf(f"{p}.label.{k}", v)
    for k, v in sorted_items(pod.get("labels")):
        args += conf(f"{p}.label.{k}", v)
    for k, v in sorted_items(pod.get("annotations")):
        args += conf(f"{p}.annotation.{k}", v)
    if role == "driver":
        for k, v in sorted_items(pod.get("serviceLabels")):
            args += conf(f"{p}.service.label.{k}", v)
        for k, v in sorted_items(pod.get("serviceAnnotations")):
            args += conf(f"{p}.service.annotation.{k}", v)
    for k, v in sorted_items(pod.get("envSecretKeyRefs")):
        args += conf(f"{p}.secretKeyRef.{k}", f"{v['name']}:{v['key']}")
    if role == "executor" and pod.get("javaOptions") is not None:
        args += conf("spark.executor.extraJavaOptions", pod["javaOptions"])
    return args


def pod_template(app, role):
    """driverPodTemplateOption / executorPodTemplateOption."""
    if app["spec"][role].get("template") is None:
        return []
    container = "spark-kubernetes-driver" if role == "driver" else "spark-kubernetes-executor"
    return conf(f"spark.kubernetes.{role}.podTemplateFile",
                f"/tmp/spark/{SUBMISSION_ID}/{role}-pod-template.yaml") + \
        conf(f"spark.kubernetes.{role}.podTemplateContainerName", container)


def build_args(app):
    """buildSparkSubmitArgs, in its option order, without masterOption and deployModeOption."""
    default_app(app)
    config_prometheus(app)
    spec = app["spec"]
    args = []
    if spec.get("mainClass") is not None:                                   # mainClassOption
        args += ["--class", spec["mainClass"]]
    args += ["--name", app["metadata"]["name"]]                             # nameOption
    deps = spec.get("deps") or {}                                           # dependenciesOption
    for field, flag in (("jars", "--jars"), ("packages", "--packages"),
                        ("excludePackages", "--exclude-packages"), ("repositories", "--repositories"),
                        ("pyFiles", "--py-files"), ("files", "--files"), ("archives", "--archives")):
        if deps.get(field):
            args += [flag, ",".join(deps[field])]
    args += conf("spark.kubernetes.namespace", app["metadata"]["namespace"])  # namespaceOption
    if spec.get("image"):                                                   # imageOption
        args += conf("spark.kubernetes.container.image", spec["image"])
    if spec.get("imagePullPolicy"):
        args += conf("spark.kubernetes.container.image.pullPolicy", spec["imagePullPolicy"])
    if spec.get("imagePullSecrets"):
        args += conf("spark.kubernetes.container.image.pullSecrets", ",".join(spec["imagePullSecrets"]))
    if spec.get("pythonVersion"):                                           # pythonVersionOption
        args += conf("spark.kubernetes.pyspark.pythonVersion", spec["pythonVersion"])
    if spec.get("memoryOverheadFactor"):                                    # memoryOverheadFactorOption
        args += conf("spark.kubernetes.memoryOverheadFactor", spec["memoryOverheadFactor"])
    args += conf("spark.kubernetes.submission.waitAppCompletion", "false")  # submissionWaitAppCompletionOption
    for k, v in sorted_items(spec.get("sparkConf")):                        # sparkConfOption
        if k != "spark.kubernetes.driver.pod.name":
            args += conf(k, v)
    for k, v in sorted_items(spec.get("hadoopConf")):                       # hadoopConfOption
        args += conf(f"spark.hadoop.{k}", v)
    if spec.get("kerberos") is not None:
        raise ValueError("kerberosConfOption is not ported: no case uses spec.kerberos")
    args += pod_template(app, "driver")                                     # driverPodTemplateOption
    args += conf("spark.kubernetes.driver.pod.name", driver_pod_name(app))  # driverPodNameOption
    args += pod_conf(app, "driver")                                         # driverConfOption
    for k, v in sorted_items(spec["driver"].get("envVars")):               # driverEnvOption
        args += conf(f"spark.kubernetes.driverEnv.{k}", v)
    args += secrets(app, "driver")                                          # driverSecretOption
    args += volume_mounts(app, "driver")                                    # driverVolumeMountsOption
    args += pod_template(app, "executor")                                   # executorPodTemplateOption
    args += pod_conf(app, "executor")                                       # executorConfOption
    for k, v in sorted_items(spec["executor"].get("envVars")):             # executorEnvOption
        args += conf(f"spark.executorEnv.{k}", v)
    args += secrets(app, "executor")                                        # executorSecretOption
    args += volume_mounts(app, "executor")                                  # executorVolumeMountsOption
    for k, v in sorted_items(spec.get("nodeSelector")):                     # nodeSelectorOption
        args += conf(f"spark.kubernetes.node.selector.{k}", v)
    da = spec.get("dynamicAllocation")                                      # dynamicAllocationOption
    if da and da.get("enabled"):
        args += conf("spark.dynamicAllocation.enabled", "true")
        for field, key in (("initialExecutors", "initialExecutors"), ("minExecutors", "minExecutors"),
                           ("maxExecutors", "maxExecutors")):
            if da.get(field) is not None:
                args += conf(f"spark.dynamicAllocation.{key}", da[field])
        args += conf("spark.dynamicAllocation.shuffleTracking.enabled",
                     go_bool(da.get("shuffleTrackingEnabled", True)))
        if da.get("shuffleTrackingTimeout") is not None:
            args += conf("spark.dynamicAllocation.shuffleTracking.timeout", da["shuffleTrackingTimeout"])
    if spec.get("proxyUser"):                                               # proxyUserOption
        args += ["--proxy-user", spec["proxyUser"]]
    if spec.get("mainApplicationFile") is not None:                         # mainApplicationFileOption
        args += [spec["mainApplicationFile"]]
    args += [str(a) for a in spec.get("arguments") or []]                   # applicationOption
    return [str(a) for a in args]


def main(argv):
    mode = "print"
    if argv and argv[0] in ("--write", "--check"):
        mode, argv = argv[0][2:], argv[1:]
    bad = 0
    for case in argv:
        with open(os.path.join(case, "app.yaml")) as f:
            app = yaml.safe_load(f)
        text = "\n".join(build_args(app)) + "\n"
        path = os.path.join(case, "submit.args")
        if mode == "write":
            with open(path, "w") as f:
                f.write(text)
        elif mode == "check":
            with open(path) as f:
                if f.read() != text:
                    print(f"differs: {path}")
                    bad += 1
        else:
            print(f"# {case}\n{text}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
