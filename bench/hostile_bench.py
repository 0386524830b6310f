"""Peak memory and time of each hostile file of the probe, beside a plain docx measured in the same run.

Run: ``python bench/hostile_bench.py [--only NAME…] [--via audit|pool|both]``. Builds the memory
bombs of ``samples.hostile_memory`` (a 1 MB docx whose ``mimetype`` inflates to 1 GB, members that
lie about their size, a styles/properties/OFD bomb, 300 000 zip members, a bzip2 member, deeply
nested XML, a 200 000-page PDF, 50 MB and 200 MB texts, a symlink to /dev/zero) in a temporary
folder and audits each in a fresh subprocess:

* ``audit`` — ``gongkai audit --json FILE`` (one file: the in-process path, under its guard);
* ``pool``  — the service's ``AuditPool`` (a spawned worker, as ``gongkai watch`` runs it).

Peak RSS is ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` taken by a small launcher around each
subprocess (it includes the subprocess's reaped workers), so no psutil. Printed per file: the outcome (the error class, from the result JSON), peak
RSS in MB and as a ratio to the plain docx, wall time and its ratio. Target: every peak ≤ 1.5 GB and
a typed error for every hostile file. About 1–2 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 1536

_POOL = """
import json, sys
from pathlib import Path
from flows.auditpool import AuditPool
pool = AuditPool(None, 1)
try:
    res, _text = pool.audit(Path(sys.argv[1]), Path(sys.argv[1]).name, None)
finally:
    pool.close()
print(json.dumps([res.to_contract()], ensure_ascii=False))
"""


#: Runs the command as its own child and prints that child's peak RSS: measured from a fresh, small
#: interpreter, because a child forked straight from this (larger) process starts its ``ru_maxrss``
#: at this process's size.
_MEASURE = """
import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
sys.stdout.buffer.write(b"%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss + p.stdout)
"""


def run(cmd: list[str]) -> tuple[float, float, str]:
    """(peak RSS MB of the command, counting its reaped children, wall seconds, its stdout)."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], stdout=subprocess.PIPE, cwd=ROOT, check=False)
    wall = time.perf_counter() - t0
    head, _, out = p.stdout.partition(b"\n")
    return int(head) / 1024, wall, out.decode("utf-8", "replace")


def outcome(stdout: str) -> str:
    """The error class behind an ``error`` decision (from the UNREADABLE finding's subtype), else the decision."""
    try:
        contract = json.loads(stdout)[0]
    except (ValueError, IndexError, KeyError):
        return "CRASH"
    if contract["decision"] != "error":
        return contract["decision"]
    codes = {"hostile": "HostileDocument", "corrupt": "CorruptDocument", "too_large": "DocumentTooLarge",
             "unsupported": "UnsupportedFormat", "empty": "EmptyDocument", "encrypted": "EncryptedDocument",
             "timeout": "ExtractionTimeout", "no_text": "NoTextLayer"}
    sub = next((f.get("subtype") for f in contract["findings"] if f["code"] == "UNREADABLE"), None)
    return codes.get(sub, str(sub))


def command(via: str, path: Path) -> list[str]:
    if via == "audit":
        return [sys.executable, "-m", "flows.cli", "audit", "--json", str(path)]
    return [sys.executable, "-c", _POOL, str(path)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="case names (substring match)")
    ap.add_argument("--via", choices=("audit", "pool", "both"), default="both")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from samples.extract_fixtures import build_fixtures
    from samples.hostile_memory import CASES, write_cases

    names = [n for n in CASES if not args.only or any(o in n for o in args.only)]
    vias = ("audit", "pool") if args.via == "both" else (args.via,)
    worst = 0.0
    bad = []
    with tempfile.TemporaryDirectory(prefix="gongkai-hostile-") as tmp:
        t0 = time.perf_counter()
        expected = write_cases(Path(tmp) / "cases", names)
        plain = build_fixtures(Path(tmp) / "plain", ["docx_plain"])["docx_plain"]
        print(f"built {len(expected)} hostile files in {time.perf_counter() - t0:.1f} s "
              f"(largest on disk {max(os.path.getsize(Path(tmp, 'cases', n)) for n in expected if not Path(tmp, 'cases', n).is_symlink()) / 1e6:.0f} MB)")
        for via in vias:
            base_rss, base_wall, base_out = run(command(via, plain))
            print(f"\n[{via}] plain docx: {outcome(base_out)}, peak RSS {base_rss:.0f} MB, {base_wall:.2f} s")
            print(f"{'file':<28} {'outcome':<20} {'peak RSS':>9} {'×plain':>7} {'time':>7} {'×plain':>7}")
            for name in names:
                rss, wall, out = run(command(via, Path(tmp, "cases", name)))
                got = outcome(out)
                worst = max(worst, rss)
                ok = got == expected[name] and rss <= TARGET_MB
                if not ok:
                    bad.append(f"{via}:{name}")
                print(f"{name:<28} {got:<20} {rss:>6.0f} MB {rss / base_rss:>6.2f}× {wall:>6.2f}s {wall / base_wall:>6.2f}×"
                      + ("" if ok else f"   ← expected {expected[name]}, ≤ {TARGET_MB} MB"))
    print(f"\nworst peak RSS {worst:.0f} MB (target ≤ {TARGET_MB} MB); " + ("all typed errors within target" if not bad else f"FAILED: {bad}"))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
