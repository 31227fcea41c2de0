"""Load benchmark of the dashboard server (issue 13), not a test:
`python -m dashboard.load_bench [--figures 100000] [--clients 20] [--seconds 60]`.

Generates a synthetic corpus (`dashboard.bench_corpus`; or reads `--data DIR`), starts the server
in its own process as `stats dashboard` does (`python -m dashboard --data DIR --port 0`), and runs
`--clients` simulated readers on this machine's loopback for `--seconds`, each doing one action
after another (no pause unless `--think`): 40% filter changes, 30% table pages, 30% clicks on a
table row that open its quote. Each action sends the callback POSTs the page sends for it, in the
page's JSON shapes (captured from chromium; the callbacks are read from the server's
/_dash-dependencies as the page reads them):

- a filter change: the charts and totals, the address, the quote for the new address, the
  filter chips' callback, the table row of the address's figure, the table's first block;
- a table page: one block of rows (a random page, sometimes sorted);
- a quote click: the clicked cell to the address, the table row of the figure, the quote.

It prints throughput, latency percentiles per request and per action, errors, and the server's
resident memory at start, peak and end (sampled from /proc every 0.2 s). Target: request p95
under 1 s, no errors, memory levelling off.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from dashboard.load_client import Action, Reader, Site, percentile

TARGET_P95_S = 1.0
MIX = (("filter", 0.4), ("page", 0.3), ("quote", 0.3))
IDLE_S = 5.0  # how long after the load the server's memory is read again


def start_server(data: Path) -> tuple[subprocess.Popen[str], int]:
    """`python -m dashboard --data DIR --port 0` in its own process (as `stats dashboard` starts
    it), and the port it says it listens on."""
    command = [sys.executable, "-m", "dashboard", "--data", str(data), "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if found:
            threading.Thread(target=process.stderr.read, daemon=True).start()  # keep the pipe drained
            return process, int(found.group(1))
    process.wait(timeout=60)
    raise RuntimeError(f"the server exited with {process.returncode} before saying where it listens")


def cpu_seconds(pid: int) -> float:
    """The user and system CPU time a process has used, in seconds (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def resident_mb(pid: int) -> float:
    """A process's resident memory (VmRSS) in MB, 0 when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


class Memory(threading.Thread):
    """Samples the server's resident memory until stopped: (seconds since start, MB) pairs."""

    def __init__(self, pid: int) -> None:
        """Sample process `pid`."""
        super().__init__(daemon=True)
        self.pid, self.samples, self.done = pid, [(0.0, resident_mb(pid))], threading.Event()

    def run(self) -> None:
        """Take a sample every 0.2 s."""
        began = time.perf_counter()
        while not self.done.wait(0.2):
            self.samples.append((time.perf_counter() - began, resident_mb(self.pid)))


def run_load(site: Site, clients: int, seconds: float, think: float, seed: int) -> list[Action]:
    """Run the readers for `seconds`; every action each of them did."""
    deadline = time.perf_counter() + seconds
    readers = [Reader(site, random.Random(seed + n), think) for n in range(clients)]
    threads = [threading.Thread(target=reader.run, args=(deadline, MIX), daemon=True) for reader in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 600)
    return [action for reader in readers for action in reader.actions]


def report(actions: list[Action], seconds: float, memory: list[tuple[float, float]], clients: int,
           cpu: float, idle_mb: float) -> str:
    """Throughput, latency percentiles (requests and actions, overall and by kind), errors, the
    server's CPU time and memory (`idle_mb`: a few seconds after the load stopped), with the
    targets."""
    requests = [r for a in actions for r in a.requests]
    errors = [r for r in requests if r.error]
    lines = [f"{clients} clients for {seconds:.0f} s: {len(actions):,} actions, {len(requests):,} requests, "
             f"{len(requests) / seconds:.1f} requests/s, {len(actions) / seconds:.1f} actions/s",
             f"  {'':<22} {'count':>7} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}  (seconds)"]

    def row(name: str, times: list[float]) -> str:
        """One latency line."""
        if not times:
            return f"  {name:<22} {0:>7}"
        return (f"  {name:<22} {len(times):>7} {percentile(times, 50):8.3f} {percentile(times, 95):8.3f} "
                f"{percentile(times, 99):8.3f} {max(times):8.3f}")

    lines.append(row("every request", [r.seconds for r in requests]))
    for callback in sorted({r.callback for r in requests}):
        lines.append(row(f"  {callback}", [r.seconds for r in requests if r.callback == callback]))
    for kind, _share in MIX:
        lines.append(row(f"action: {kind}", [a.seconds for a in actions if a.kind == kind]))
    lines.append(f"  errors: {len(errors)}" + "".join(f"\n    {e.callback}: {e.error}" for e in errors[:10]))
    mbs = [mb for _t, mb in memory]
    lines.append(f"  CPU: the server {cpu:.0f} s in {seconds:.0f} s ({cpu / seconds:.2f} cores busy)")
    lines.append(f"  server memory (RSS): start {mbs[0]:.0f} MB, peak {max(mbs):.0f} MB, "
                 f"end of the load {mbs[-1]:.0f} MB, idle after it {idle_mb:.0f} MB")
    sixths = [max((mb for t, mb in memory if seconds * (k - 1) / 6 < t <= seconds * k / 6), default=0.0)
              for k in range(1, 7)]
    lines.append("  peak in each sixth of the run: " + ", ".join(f"{mb:.0f}" for mb in sixths) + " MB")
    p95 = percentile([r.seconds for r in requests], 95) if requests else float("inf")
    verdict = "ok" if p95 < TARGET_P95_S and not errors else "MISSED"
    lines.append(f"  target: request p95 < {TARGET_P95_S:.0f} s and no errors: {verdict}")
    return "\n".join(lines)


def bench(data: Path, clients: int, seconds: float, think: float, seed: int) -> tuple[str, bool]:
    """Start the server over data, load it, stop it: the report and whether the target was met."""
    process, port = start_server(data)
    memory = Memory(process.pid)
    try:
        site = Site("127.0.0.1", port)
        memory.start()
        cpu, own = cpu_seconds(process.pid), os.times()
        actions = run_load(site, clients, seconds, think, seed)
        cpu = cpu_seconds(process.pid) - cpu
        client_cpu = sum(os.times()[:2]) - sum(own[:2])
        memory.done.set()
        time.sleep(IDLE_S)
        idle_mb = resident_mb(process.pid)
    finally:
        memory.done.set()
        memory.join(timeout=5)
        process.terminate()
        process.wait(timeout=60)
    text = report(actions, seconds, memory.samples, clients, cpu, idle_mb)
    text = text.replace("cores busy)", f"cores busy; the readers {client_cpu / seconds:.2f})", 1)
    return text, text.rstrip().endswith("ok")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m dashboard.load_bench`: 0 when the target is met, 1 when not."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.load_bench",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=100_000, help="synthetic corpus size (default 100000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent readers (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they read (default 60)")
    parser.add_argument("--think", type=float, default=0.0, help="seconds a reader pauses between actions")
    parser.add_argument("--seed", type=int, default=13, help="random seed of the readers' choices")
    parser.add_argument("--data", type=Path, help="an output folder to serve instead of a generated corpus")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dashboard-load-") as tmp:
        data = args.data
        if data is None:
            began = time.perf_counter()
            from dashboard.bench_corpus import make_corpus

            data = make_corpus(Path(tmp), args.figures)
            print(f"generated {args.figures:,} figures in {time.perf_counter() - began:.0f} s", flush=True)
        text, met = bench(data, args.clients, args.seconds, args.think, args.seed)
    print(text)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

