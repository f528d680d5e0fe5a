"""The server container of the operator's server Pod, made runnable on this machine.

Usage: python pod_command.py SERVER_POD_YAML PROPERTIES_FILE CONFIGMAP_YAML|- MOUNTS_DIR

Writes each volume mount of the container's ConfigMap volumes into MOUNTS_DIR/<volume name> (the
ConfigMap's items, from CONFIGMAP_YAML; spark.properties is PROPERTIES_FILE itself), then prints,
NUL-separated, "env", NAME=VALUE for each env var of the container, then "cmd" and the container's
command and args with every mount path replaced by its local directory. An env var from
fieldRef status.podIP gets 127.0.0.1: the server runs on the loopback address here. Any other env
source, volume type or a missing command stops with an error: `run` would not run the pod's command.
"""
import os
import shutil
import sys

import yaml


def fail(message):
    sys.exit(f"pod_command.py: {message}")


pod_file, properties_file, configmap_file, mounts_dir = sys.argv[1:5]
with open(pod_file, encoding="utf-8") as f:
    pod = yaml.safe_load(f)
configmap_data = {}
if configmap_file != "-":
    with open(configmap_file, encoding="utf-8") as f:
        configmap_data = yaml.safe_load(f).get("data") or {}

containers = pod["spec"]["containers"]
container = next((c for c in containers if c["name"] == "spark-kubernetes-driver"), containers[0])
volumes = {v["name"]: v for v in pod["spec"].get("volumes") or []}

paths = {}
for mount in container.get("volumeMounts") or []:
    volume = volumes.get(mount["name"])
    if volume is None or "configMap" not in volume:
        fail(f"volume mount {mount['name']} is not a ConfigMap volume of the pod")
    local = os.path.join(mounts_dir, mount["name"])
    os.makedirs(local, exist_ok=True)
    items = volume["configMap"].get("items") or [{"key": k, "path": k} for k in configmap_data]
    for item in items:
        target = os.path.join(local, item["path"])
        if item["key"] == "spark.properties":
            shutil.copyfile(properties_file, target)
        elif item["key"] in configmap_data:
            with open(target, "w", encoding="utf-8") as f:
                f.write(configmap_data[item["key"]])
        else:
            fail(f"ConfigMap key {item['key']} is not in {configmap_file}")
    if mount.get("subPath"):
        fail(f"volume mount {mount['name']} has a subPath")
    paths[mount["mountPath"].rstrip("/")] = local

out = []
for env in container.get("env") or []:
    if "value" in env:
        value = env["value"]
    elif (env.get("valueFrom") or {}).get("fieldRef", {}).get("fieldPath") == "status.podIP":
        value = "127.0.0.1"
    else:
        fail(f"env {env['name']} has a source this machine cannot give: {env.get('valueFrom')}")
    out += ["env", f"{env['name']}={value}"]

command = (container.get("command") or []) + (container.get("args") or [])
if not command:
    fail("the container has no command: it would run the image's entrypoint")
out.append("cmd")
for word in command:
    # Longest mount path first, so that a nested mount wins over its parent.
    for path in sorted(paths, key=len, reverse=True):
        word = word.replace(path + "/", paths[path] + "/")
    out.append(word)
sys.stdout.write("".join(w + "\0" for w in out))
