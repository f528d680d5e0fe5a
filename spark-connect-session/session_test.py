"""The notebook code of the product description, run against a Spark Connect server.

Usage: python session_test.py sc://localhost:PORT PROPERTIES_FILE [KEY=VALUE ...]
PROPERTIES_FILE is the spark.properties the server was started with, KEY=VALUE the overrides `run`
gave on top of it: the session must see exactly that conf. Exits non-zero, printing what it got, on
any mismatch.
"""
import os
import re
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

failures = []


def read_properties(path):
    """java.util.Properties' line format: what Spark's --properties-file reads."""
    props = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].lstrip()
        i += 1
        if not line or line[0] in "#!":
            continue
        while re.search(r"(?<!\\)(\\\\)*\\$", line) and i < len(lines):  # odd trailing backslashes
            line = line[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"((?:[^\\=:\s]|\\.)*)\s*[=:\s]\s*(.*)$", line)
        key, value = (m.group(1), m.group(2)) if m else (line, "")
        unescape = lambda t: re.sub(r"\\(.)", lambda e: {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(
            e.group(1), e.group(1)), t)
        props[unescape(key)] = unescape(value).strip()  # Spark trims the values it reads
    return props


def expand_env(value):
    """Spark's ${env:NAME} references, which the pod's env resolves."""
    return re.sub(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}", lambda m: os.environ.get(m.group(1), ""), value)


passed = 0


def check(what, got, expected):
    global passed
    if got == expected:
        passed += 1
        print(f"ok   {what}: {got!r}")
    else:
        print(f"FAIL {what}: got {got!r}, expected {expected!r}")
        failures.append(what)


started = time.monotonic()
spark = SparkSession.builder.remote(sys.argv[1]).getOrCreate()
print(f"connected to Spark {spark.version} in {time.monotonic() - started:.1f} s")

# The server runs with the operator's conf: every property of the file, as Spark resolves it, but the
# overrides.
expected = read_properties(sys.argv[2])
expected.update(dict(o.split("=", 1) for o in sys.argv[3:]))
wrong = {}
for key, value in sorted(expected.items()):
    got = spark.conf.get(key, None)
    if got != value and got != expand_env(value):
        wrong[key] = (got, value)
check(f"the session's conf has the {len(expected)} properties of the file and overrides", wrong, {})

# The notebook: a small DataFrame of orders, counted per city, then the same through SQL.
orders = spark.createDataFrame(
    [
        (1, "Amsterdam", 12.50),
        (2, "Berlin", 7.25),
        (3, "Amsterdam", 30.00),
        (4, "Paris", 3.75),
        (5, "Berlin", 10.00),
        (6, "Amsterdam", 1.25),
    ],
    "id INT, city STRING, amount DOUBLE",
)
check("orders.count()", orders.count(), 6)
check("orders.schema", orders.schema.simpleString(), "struct<id:int,city:string,amount:double>")

per_city = orders.groupBy("city").count().orderBy("city")
check("groupBy('city').count()",
      [(r["city"], r["count"]) for r in per_city.collect()],
      [("Amsterdam", 3), ("Berlin", 2), ("Paris", 1)])

orders.createOrReplaceTempView("orders")
totals = spark.sql(
    "SELECT city, COUNT(*) AS n, SUM(amount) AS total FROM orders "
    "WHERE amount > 2 GROUP BY city ORDER BY total DESC")
check("spark.sql(... GROUP BY city)",
      [(r["city"], r["n"], r["total"]) for r in totals.collect()],
      [("Amsterdam", 2, 42.5), ("Berlin", 2, 17.25), ("Paris", 1, 3.75)])

# Work the executors of local[2] really share: 100 000 rows over 4 partitions, through a shuffle.
big = spark.range(0, 100_000, numPartitions=4).withColumn("bucket", F.col("id") % 3)
check("range(100000) per bucket",
      sorted((r["bucket"], r["count"]) for r in big.groupBy("bucket").count().collect()),
      [(0, 33334), (1, 33333), (2, 33333)])
check("sum(id)", big.agg(F.sum("id")).collect()[0][0], 4_999_950_000)

# The catalog sees the temp view through the same session; another notebook's session does not.
check("temp view in catalog", [t.name for t in spark.catalog.listTables() if t.isTemporary], ["orders"])
other = SparkSession.builder.remote(sys.argv[1]).create()
check("another session's temp views", [t.name for t in other.catalog.listTables() if t.isTemporary], [])
check("the two sessions' ids differ", other.session_id != spark.session_id, True)
other.stop()

# toPandas goes through Arrow, the way notebooks display results.
pdf = per_city.toPandas()
check("toPandas()", list(zip(pdf["city"], pdf["count"].astype(int))),
      [("Amsterdam", 3), ("Berlin", 2), ("Paris", 1)])

spark.stop()
print(f"session: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
