"""Watch-service bench: drop-to-route latency and batch throughput, beside in-process ``gongkai audit``.

    python bench/watch_bench.py [--n 1000] [--latency 20] [--engines prefect,inline]

1. Writes N distinct, typical 3-page 公文 (docx, ~1,900 characters of body, 版头/版记, marked
   主动公开) with ``samples``.
2. Floor: in-process ``gongkai audit`` (``classifiers.batch.audit_many``, the same fork pool over
   the cores) on the same N files → documents per second.
3. For each engine (``prefect`` = embedded local Prefect with state under the root; ``inline`` = the
   same steps without Prefect) starts ``gongkai watch`` as a separate process with the default
   settings, waits until it is warm, then
   * latency: drops one file at a time (temp name, then rename — as OA publishes) and times until it
     appears in its route folder; median and p95 over ``--latency`` drops;
   * throughput: drops all N at once and times until the last one is routed → docs/s.
4. Prints the ratios against the floor measured in the same run, and Prefect's cost per file
   (prefect − inline time, divided by N). No assertion: numbers to read.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROUTES = ("approval", "returned", "escalated", "quarantine")


def three_page_spec(f, i: int):
    """A typical 3-page 通知: the pension notice with a longer body, its own 发文字号."""
    from samples.content import ARCHETYPES, mark

    base = ARCHETYPES["pension_notice"](f)
    extra = ARCHETYPES["training_subsidy_notice"](f).body[1:] + ARCHETYPES["pension_notice"](f).body[1:]
    body = tuple(base.body) + tuple(f"（{n + 1}）{p}" for n, p in enumerate(extra)) + (
        f"本通知自印发之日起施行，编号 {i:05d}。执行中遇到的问题，请及时向市人力资源和社会保障局养老保险科反映。",)
    return mark(replace(base, body=body, doc_number=f"卫人社发〔2026〕{3000 + i}号"), "主动公开", "note")


def make_files(folder: Path, n: int) -> list[Path]:
    from samples.docx_writer import write_docx
    from samples.fake import Faker

    folder.mkdir(parents=True, exist_ok=True)
    f = Faker(99)
    return [write_docx(three_page_spec(f, i), folder / f"{i:05d}-关于做好城乡居民养老保险费征缴工作的通知.docx") for i in range(n)]


def routed(root: Path) -> int:
    n = 0
    for d in ROUTES:
        for _dp, _dn, files in os.walk(root / d):
            n += sum(1 for x in files if x.endswith(".docx") and not x.endswith(".退文通知单.docx") and not x.startswith("."))
    return n


def drop(src: Path, inbox: Path) -> float:
    tmp = inbox / f".{src.name}.tmp"
    shutil.copyfile(src, tmp)
    t = time.time()
    os.rename(tmp, inbox / src.name)
    return t


def start_service(root: Path, engine: str, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--engine", engine, "--quiet"],
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT, env=env, start_new_session=True)


def wait_routed(root: Path, count: int, timeout: float) -> float:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if routed(root) >= count:
            return time.time()
        time.sleep(0.01)
    raise TimeoutError(f"only {routed(root)} of {count} routed after {timeout:.0f} s")


def bench_engine(engine: str, files: list[Path], warm: list[Path], lat_files: list[Path], work: Path) -> dict:
    root = work / f"root-{engine}"
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    log = work / f"{engine}.log"
    t0 = time.time()
    p = start_service(root, engine, log)
    try:
        drop(warm[0], inbox)
        wait_routed(root, 1, 180)
        started = time.time() - t0
        time.sleep(1.0)
        lat = []
        for i, f in enumerate(lat_files):
            t = drop(f, inbox)
            done = wait_routed(root, 2 + i, 60)
            lat.append(done - t)
            time.sleep(0.5)
        base = routed(root)
        t = time.time()
        for f in files:
            shutil.copyfile(f, inbox / f".{f.name}.tmp")
        t = time.time()
        for f in files:
            os.rename(inbox / f".{f.name}.tmp", inbox / f.name)
        end = wait_routed(root, base + len(files), 3600)
        total = end - t
    finally:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(120)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
    lat.sort()
    return {"engine": engine, "start_s": started, "lat": lat, "p50": statistics.median(lat),
            "p95": lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))], "total_s": total, "docs_s": len(files) / total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="files for the throughput run (default 1000)")
    ap.add_argument("--latency", type=int, default=20, help="single drops for the latency figure (default 20)")
    ap.add_argument("--engines", default="prefect,inline")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="watch-bench-"))
    print(f"work folder {work}; writing {a.n} + {a.latency + 1} typical 3-page docx …", flush=True)
    engines = [e for e in a.engines.split(",") if e]
    sets = {}
    for e in engines:
        sets[e] = make_files(work / f"files-{e}", a.n + a.latency + 1)
    floor_files = make_files(work / "files-floor", a.n)

    from classifiers import load_config
    from classifiers.audit import audit_path
    from classifiers.batch import audit_many

    config = load_config()
    audit_path(floor_files[0], config)
    singles = []
    for f in floor_files[: a.latency]:
        t = time.perf_counter()
        audit_path(f, config)
        singles.append(time.perf_counter() - t)
    t = time.perf_counter()
    res = audit_many([(str(f), f) for f in floor_files], config)
    floor_s = time.perf_counter() - t
    floor_rate = len(floor_files) / floor_s
    print(f"in-process gongkai audit: {floor_rate:.1f} docs/s over {len(res)} files ({floor_s:.1f} s); "
          f"one file {statistics.median(singles) * 1000:.0f} ms median", flush=True)

    out = {}
    for e in engines:
        files = sets[e]
        r = bench_engine(e, files[a.latency + 1:], files[:1], files[1:a.latency + 1], work)
        out[e] = r
        print(f"watch [{e}]: started+warm in {r['start_s']:.1f} s; latency p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s "
              f"(settle 1.0 s + sidecar wait 1.5 s included); throughput {r['docs_s']:.1f} docs/s "
              f"({r['total_s']:.1f} s for {a.n}) = {r['docs_s'] / floor_rate:.2f}× in-process", flush=True)
    if "prefect" in out and "inline" in out:
        per_file = (out["prefect"]["total_s"] - out["inline"]["total_s"]) / a.n * 1000
        print(f"Prefect cost per file in a batch: {per_file:.1f} ms (prefect − inline, same steps); "
              f"latency p50 difference {(out['prefect']['p50'] - out['inline']['p50']) * 1000:.0f} ms", flush=True)
    print("targets: p95 ≤ 3 s; batch throughput ≥ 0.8× in-process", flush=True)
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
