#!/usr/bin/env python3
"""The streaming benchmark's profile (bench/stream.sh with TRACE=1).

  stream-trace.py sample OUT PID...   samples the CPU time of the processes (and of the whole machine) every 20 ms
                                      into OUT (epoch ms, then per pid and for the machine: CPU ms used so far) until
                                      killed
  stream-trace.py report TRACE [CPU] [MBIT]
                                      summarises a `lumen web stream --trace` time line: the phases, the requests
                                      in flight and bytes on the link per 100 ms, the link's idle time, the decoding
                                      (total, per frame, per syntax), and with CPU the processes' CPU per 100 ms
"""
import json, os, signal, sys, time

TICK = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) * 1000 / TICK
    except OSError:
        return -1


def machine_ms():
    f = open("/proc/stat").readline().split()[1:]
    busy = sum(int(x) for x in f) - int(f[3]) - int(f[4])
    return busy * 1000 / TICK


def find(pattern):
    """The pid of the process (not this one) whose command line contains pattern, or None."""
    for d in os.listdir("/proc"):
        if d.isdigit() and int(d) != os.getpid():
            try:
                if pattern.encode() in open(f"/proc/{d}/cmdline", "rb").read():
                    return d
            except OSError:
                pass
    return None


def sample(out, pids):
    """pids: process ids, or command-line patterns looked for until the process appears."""
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    found = [p if p.isdigit() else None for p in pids]
    with open(out, "w", buffering=1) as w:
        while True:
            for i, p in enumerate(pids):
                if found[i] is None:
                    found[i] = find(p)
            w.write(" ".join([f"{time.time() * 1000:.1f}"] + [f"{cpu_ms(p):.0f}" if p else "0" for p in found] + [f"{machine_ms():.0f}"]) + "\n")
            time.sleep(0.02)


def report(trace, cpu=None, mbit=None):
    ev = [json.loads(l) for l in open(trace)]
    epoch = ev[0]["epochMs"]
    phases = {e["event"]: e["ms"] for e in ev if e["event"] in ("open", "middleInstance", "firstSlice", "metadata", "planStart", "full")}
    reqs = [e for e in ev if e["event"] == "request"]
    frames = [e for e in ev if e["event"] == "frame"]
    dec = [e for e in ev if e["event"] == "decoded"]
    t0 = phases.get("open", 0)
    print("phases (ms from the open):", ", ".join(f"{k} {v - t0:.0f}" for k, v in sorted(phases.items(), key=lambda kv: kv[1])))
    end = phases.get("full", max(e["ms"] for e in ev))
    total = sum(f["bytes"] for f in frames)
    print(f"requests {len(reqs)}, frames {len(frames)}, bytes {total / 1e6:.2f} MB, first request at {min(r['start'] for r in reqs) - t0:.0f} ms,"
          f" bulk (2nd request) at {sorted(r['start'] for r in reqs)[1] - t0:.0f} ms, last frame at {max(f['ms'] for f in frames) - t0:.0f} ms, full at {end - t0:.0f} ms")
    lat = sorted(r["firstPart"] - r["start"] for r in reqs if r["firstPart"] >= 0)
    dur = sorted(r["ms"] - r["start"] for r in reqs)
    print(f"request: to its frame median {lat[len(lat) // 2]:.1f} ms (p90 {lat[int(len(lat) * .9)]:.1f}); whole median {dur[len(dur) // 2]:.1f} ms")
    if dec:
        by = {}
        for d in dec:
            by.setdefault(d["syntax"], []).append(d["decodeMs"])
        for s, v in by.items():
            v.sort()
            print(f"decode {s}: {len(v)} frames, total {sum(v):.0f} ms, median {v[len(v) // 2]:.2f} ms, p90 {v[int(len(v) * .9)]:.2f} ms")
    last = max(f["ms"] for f in frames)
    print(f"after the last frame arrived: {end - last:.0f} ms to the full volume (decoding the tail)")
    if mbit:
        print(f"link limit {total * 8 / (float(mbit) * 1e6) * 1000:.0f} ms for these bytes; full / limit {(end - t0) / (total * 8 / (float(mbit) * 1e6) * 1000):.2f}")
    cpu_rows = []
    if cpu:
        cpu_rows = [[float(x) for x in l.split()] for l in open(cpu) if l.strip()]
    # per 100 ms bins: requests in flight (mean), MB arrived, server CPU %, machine CPU %
    if cpu_rows:
        a = [r for r in cpu_rows if epoch + t0 <= r[0] <= epoch + end]
        if len(a) > 1:
            print("CPU seconds over the open: " + ", ".join(f"{n} {(a[-1][c] - a[0][c]) / 1000:.2f}" for c, n in
                  enumerate(["orthanc", "shaper", "client", "machine (all processes)"][:len(a[0]) - 1], start=1))
                  + f" (wall {(a[-1][0] - a[0][0]) / 1000:.2f} s)")
    print("bin(ms)  inflight  MB   Mbit/s  orthanc%  shaper%  client%  machine%(of 200)")
    b = 0
    idle = 0
    while b * 100 < end + 100:
        lo, hi = t0 + b * 100, t0 + (b + 1) * 100
        inflight = sum(max(0, min(hi, r["ms"]) - max(lo, r["start"])) for r in reqs) / 100
        mb = sum(f["bytes"] for f in frames if lo <= f["ms"] < hi) / 1e6
        row = f"{b * 100:6d}  {inflight:7.1f}  {mb:5.2f}  {mb * 8 / 0.1:6.1f}"
        if mbit and hi <= last and mb * 8 / 0.1 < 0.5 * float(mbit):
            idle += 1
        if cpu_rows:
            def used(col):
                a = [r for r in cpu_rows if epoch + lo <= r[0] < epoch + hi]
                return (a[-1][col] - a[0][col]) / ((a[-1][0] - a[0][0]) or 1) * 100 if len(a) > 1 else float("nan")
            row += "  " + "  ".join(f"{used(c):7.0f}" for c in range(1, len(cpu_rows[0])))
        print(row)
        b += 1
    if mbit:
        print(f"100 ms bins before the last frame with under half the link rate arriving: {idle}")


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2], sys.argv[3:])
    else:
        report(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] != "-" else None, sys.argv[4] if len(sys.argv) > 4 else None)
