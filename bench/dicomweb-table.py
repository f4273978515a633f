#!/usr/bin/python3
"""Prints the table of bench/dicomweb.sh from its results.jsonl: median throughput of each tool per
scenario, our ratios against curl and the JS dicomweb-client measured in the same run, and peak memory."""
import json, statistics, sys

rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]

def mbps(r):
    return r["bytes"] / statistics.median(r["seconds"]) / 1e6

def mib(b):
    return "%.0f" % (b / 2**20) if b and b > 0 else "-"

def find(tool, scenario, inflight, label="default"):
    """All rounds of one tool and scenario merged: every timed run, the largest memory figures."""
    found = [r for r in rows if r["tool"] == tool and r["scenario"] == scenario and r["inflight"] == inflight
             and r.get("label", "default") == label]
    if not found:
        return None
    merged = dict(found[0])
    merged["seconds"] = [t for r in found for t in r["seconds"]]
    for k in ("heapPeakBytes", "rssPeakBytes", "cpuSecondsPerRun"):
        if k in merged:
            merged[k] = (max if k != "cpuSecondsPerRun" else statistics.median)([r[k] for r in found])
    return merged

keys = []
for r in rows:
    k = (r["scenario"], r["inflight"])
    if k not in keys:
        keys.append(k)
print("| scenario | ours MB/s | curl MB/s | JS MB/s | ours / curl | ours / JS | ours heap peak / RSS MiB | JS RSS MiB | curl RSS MiB | CPU s/run ours / curl / JS |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for scenario, n in keys:
    o, c, j = find("lumen", scenario, n), find("curl", scenario, n), find("dicomweb-client-js", scenario, n)
    name = "whole series, 1 request" if scenario == "series" else "per frame, %d in flight" % n
    cell = lambda r: "%.0f" % mbps(r) if r else "-"
    ratio = lambda a, b: "%.2f" % (mbps(a) / mbps(b)) if a and b else "-"
    mem = "%s / %s" % (mib(o["heapPeakBytes"]), mib(o["rssPeakBytes"])) if o else "-"
    cpu = " / ".join("%.3f" % r["cpuSecondsPerRun"] if r and "cpuSecondsPerRun" in r else "-" for r in (o, c, j))
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (name, cell(o), cell(c), cell(j), ratio(o, c), ratio(o, j),
          mem, mib(j["rssPeakBytes"]) if j else "-", mib(c["rssPeakBytes"]) if c else "-", cpu))
for r in rows:
    if r["tool"] == "lumen" and r.get("label") == "xmx64m":  # one run each
        print("\nours with -Xmx64m, %s (%d in flight): %.0f MB/s, %d bytes per run, heap peak %s MiB of %s, RSS %s MiB, no OutOfMemoryError"
              % (r["scenario"], r["inflight"], mbps(r), r["bytes"], mib(r["heapPeakBytes"]), mib(r["heapMaxBytes"]),
                 mib(r["rssPeakBytes"])))
print("\nMB = 10^6 bytes; median of the timed runs of all rounds (ours and JS after warm-ups of at least 4000 parts, curl after three); each tool's bytes are what it received"
      " (curl: whole response bodies, multipart framing included; ours and JS: part bodies);"
      " CPU = user + system time of the whole process per timed run (median over rounds; curl's includes its start).")
