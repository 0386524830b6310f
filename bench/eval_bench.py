"""Cost of ``gongkai eval`` on the demo set beside ``gongkai audit --json`` on the same files,
measured in the same run (the ratio is what to read: the machine is shared and wall times swing).

Run: ``python bench/eval_bench.py [--repeat 5]``. Writes the 14 demo documents into a temporary
folder (``samples.demo``), then alternates the two commands, each in a fresh interpreter, and prints
the median and best wall time and the children's CPU time (user+sys) of each, and eval/audit.
Eval does the same audits and then scores and writes an xlsx and an HTML page.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(cmd: list[str]) -> tuple[float, float]:
    """(wall, CPU user+sys of the child and its workers) of one run."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args(argv)
    from samples.demo import build_demo

    gongkai = [sys.executable, "-m", "flows.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        n = len(build_demo(folder))
        commands = {
            "audit": gongkai + ["audit", "--json", str(folder)],
            "eval": gongkai + ["eval", str(folder), "--truth", str(ROOT / "samples/truth/demo.csv"), "--out", str(Path(tmp) / "out")],
        }
        runs: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
        for k, cmd in commands.items():  # warm the page cache once, not measured
            once(cmd)
        for _ in range(a.repeat):
            for k, cmd in commands.items():
                runs[k].append(once(cmd))
    med = {k: (statistics.median(w for w, _ in v), min(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    for k, (m, best, cpu) in med.items():
        print(f"{k:5s} {n} files: wall median {m:.2f} s, best {best:.2f} s, CPU median {cpu:.2f} s  (repeat {a.repeat})")
    print(f"eval/audit: wall {med['eval'][0] / med['audit'][0]:.2f}×, CPU {med['eval'][2] / med['audit'][2]:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
