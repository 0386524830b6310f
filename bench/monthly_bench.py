"""Monthly statistics over a ledger of 10,000 audited documents: must take < 5 s.

    /work/venv-probe/bin/python bench/monthly_bench.py [--docs 10000] [--repeat 3]

Builds a SQLite ledger (the service's own schema, via ``storage.Ledger``) filled with seeded,
plausible audits (``reports.synthetic``: sections, attributes, findings, reviewer verdicts, reviews,
resubmissions, duplicate drops) and times, best of ``--repeat``:

* **load** — the floor: ledger → ``AuditRecord``s (``reports.source.load_records``, 4 SQL statements);
* **stats** — ``compute_monthly`` on those records;
* **load+stats** — what ``gongkai report monthly`` spends before writing (the < 5 s budget);
* **write** — the xlsx workbook and the HTML page with six matplotlib charts.

Two layouts: the 10,000 spread over six months (the month holds a sixth; the trend needs the rest)
and all 10,000 in the one month (the worst case). Ratios are printed against the load floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_S = 5.0


def fill_ledger(root: Path, n: int, months: int, seed: int = 2026):
    """A ledger under ``root`` holding ``n`` synthetic audits over ``months`` months ending 2026-11."""
    from sqlalchemy import insert

    from reports.synthetic import generate
    from storage import Ledger
    from storage.models import AuditRunRow, ClaimRow, FindingRow, ReviewRow, VerdictRow, WorkerRow

    recs = generate(n, 2026, 11, months=months, seed=seed)
    led = Ledger.for_root(root)
    t0 = dt.datetime(2026, 1, 1)
    claims, runs, findings, verdicts, reviews = [], [], [], [], []
    for r in recs:
        cid = f"c{r.run_id:07d}"
        claims.append({"id": cid, "worker_id": "w1", "source": f"inbox/{r.department}/{r.file}", "work_path": f"work/{cid}",
                       "sidecars": [], "department": r.department, "state": "routed", "sha256": r.sha256, "run_id": r.run_id,
                       "route": f"approval/{r.file}", "claimed_at": r.received_at, "routed_at": r.decided_at})
        op = {"verdict": (r.opinion or "").split("；")[0], "basis": ["《保密审查工作制度》第五条（二）"], "reason": (r.opinion or "")}
        contract = {"file": r.file, "sha256": r.sha256, "decision": r.decision, "attribute": r.attribute, "opinion": op,
                    "findings": [{"code": f.code, "subtype": f.subtype, "fingerprint": f.fingerprint, "message": "…" * 40}
                                 for f in r.findings],
                    "document": {"doc_number": r.doc_number, "title": r.title, "department": r.department}}
        runs.append({"id": r.run_id, "claim_id": cid, "sha256": r.sha256, "file_name": r.file, "department": r.department,
                     "doc_number": r.doc_number, "title": r.title, "decision": r.decision, "attribute": r.attribute,
                     "suggested_attribute": None, "anchor": r.doc_number or r.sha256, "duplicate_of": r.duplicate_of,
                     "contract": contract, "text": None, "reports": [], "elapsed_ms": 12.0, "audited_at": r.decided_at})
        for f in r.findings:
            findings.append({"run_id": r.run_id, "fingerprint": f.fingerprint, "code": f.code, "subtype": f.subtype,
                             "severity": "high", "message": "…", "evidence": None, "rule": f.rule})
            if f.verdict:
                verdicts.append({"fingerprint": f.fingerprint, "verdict": f.verdict, "reason_code": f.reason_code,
                                 "comment": None, "reviewer": "马审核", "decided_at": r.reviewed_at or r.decided_at,
                                 "run_id": r.run_id})
        if r.review:
            reviews.append({"sha256": r.sha256, "run_id": r.run_id, "action": r.review, "attribute": r.attribute,
                            "comment": None, "reviewer": r.reviewer, "decided_at": r.reviewed_at})
    with led.session() as s:
        s.execute(insert(WorkerRow), [{"id": "w1", "host": "bench", "pid": 1, "started_at": t0, "heartbeat_at": t0}])
        s.execute(insert(ClaimRow), claims)
        s.execute(insert(AuditRunRow), runs)
        if findings:
            s.execute(insert(FindingRow), findings)
        if verdicts:
            s.execute(insert(VerdictRow), verdicts)
        if reviews:
            s.execute(insert(ReviewRow), reviews)
    return led, len(findings), len(verdicts), len(reviews)


def best(fn, repeat: int):
    out, times = None, []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, min(times)


def run_case(n: int, months: int, repeat: int, out_dir: Path) -> bool:
    from reports.monthly import write_monthly
    from reports.rubric import load_rubric
    from reports.source import load_records, window
    from reports.stats import compute_monthly

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        led, nf, nv, nr = fill_ledger(Path(tmp), n, months)
        fill = time.perf_counter() - t
        start, end = window(2026, 11)
        rubric = load_rubric()
        recs, load = best(lambda: load_records(led, start, end), repeat)
        stats, comp = best(lambda: compute_monthly(recs, 2026, 11, rubric=rubric), repeat)
        _, write = best(lambda: write_monthly(stats, out_dir / f"m{months}"), 1)
        led.close()
    total = load + comp
    ok = total < BUDGET_S
    print(f"\n{n:,} audits over {months} month(s) — {nf:,} findings, {nv:,} verdicts, {nr:,} reviews "
          f"(ledger filled in {fill:.1f} s); November holds {stats.total.documents:,} documents")
    print(f"  load records (floor)     {load * 1000:8.0f} ms   1.00×")
    print(f"  compute statistics       {comp * 1000:8.0f} ms   {comp / load:5.2f}×")
    print(f"  load + statistics        {total * 1000:8.0f} ms   {total / load:5.2f}×   budget {BUDGET_S:.0f} s: {'OK' if ok else 'OVER'}")
    print(f"  write xlsx + HTML (6 charts) {write * 1000:5.0f} ms   {write / load:5.2f}×  (first call includes the matplotlib import)")
    print(f"  end to end (load+stats+write) {(total + write):6.2f} s")
    return ok


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args(argv)
    print(f"monthly statistics bench · Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as out:
        ok = all([run_case(a.docs, 6, a.repeat, Path(out)), run_case(a.docs, 1, a.repeat, Path(out))])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
