#!/usr/bin/env bash
# sbin/start-connect-server.sh of a Spark distribution, as the Spark image runs it with
# SPARK_NO_DAEMONIZE=true (the server pod sets it): spark-daemon.sh submits the server class in the
# foreground, named as Spark names it.
set -euo pipefail
[ -n "${SPARK_NO_DAEMONIZE+set}" ] || { echo "start-connect-server.sh: runs only in the foreground (SPARK_NO_DAEMONIZE) here" >&2; exit 1; }
exec "$SPARK_HOME/bin/spark-submit" --class org.apache.spark.sql.connect.service.SparkConnectServer \
  --name "Spark Connect server" "$@"
