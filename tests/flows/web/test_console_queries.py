"""The queue's counts and pages, read in SQL, equal a brute-force count over the CLI's own reading of each document."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from storage import Ledger
from storage.console_queries import QUEUE_STATES, ConsoleFilter, queue_page

T0 = dt.datetime(2026, 3, 1, 9, 0)


def _fill(led: Ledger) -> None:
    """A small ledger with every way a document's state is decided: by the audit, by a legacy review
    (the last of several counts), by the state machine (a reviewer's word, a re-audit's, dismissals
    after either), duplicates and re-audits of the same content, a file never routed, runs without hash."""
    from sqlalchemy import insert

    from storage.models import (AuditRunRow, ClaimRow, FindingRow, ReviewDecisionRow, ReviewRow, ReviewStateRow,
                                VerdictRow, WorkerRow)

    # (sha, department, decision, routed, findings codes); the same sha again is a duplicate or a re-audit
    runs = [("a", "办公室", "approve", True, []), ("b", "办公室", "return", True, ["PERSONAL_DATA"]),
            ("c", "就业促进科", "escalate", True, ["SECRET_MARK"]), ("d", "就业促进科", "approve", False, []),
            ("a", "办公室", "return", True, ["PERSONAL_DATA"]),  # re-audit of a: the latest run counts
            ("e", "办公室", "return", True, ["PERSONAL_DATA", "PERSONAL_DATA"]), ("f", "社保科", "error", True, []),
            ("g", "社保科", "return", True, []), ("h", "社保科", "approve", True, []), ("i", "办公室", "escalate", True, []),
            ("j", "就业促进科", "return", True, []), ("b", "办公室", "return", True, ["PERSONAL_DATA"]),  # duplicate of b
            (None, "办公室", "approve", True, []), (None, "办公室", "return", True, []),
            ("k", "社保科", "return", True, ["PERSONAL_DATA"]), ("l", "社保科", "approve", True, [])]
    claims, rows, findings = [], [], []
    for i, (sha, dept, decision, routed, codes) in enumerate(runs, 1):
        sha = sha and sha * 64
        claims.append({"id": f"c{i}", "worker_id": "w1", "source": f"inbox/{dept}/{i}.docx", "work_path": f"work/c{i}",
                       "sidecars": [], "department": dept, "state": "routed" if routed else "audited", "sha256": sha,
                       "run_id": i, "route": f"approval/{i}.docx" if routed else None, "claimed_at": T0})
        rows.append({"id": i, "claim_id": f"c{i}", "sha256": sha, "file_name": f"{i}.docx", "department": dept,
                     "doc_number": None, "title": f"通知{i}", "decision": decision, "attribute": None,
                     "suggested_attribute": None, "anchor": sha or f"run{i}", "duplicate_of": None, "contract": {},
                     "text": None, "reports": [], "elapsed_ms": 1.0, "audited_at": T0 + dt.timedelta(days=i)})
        findings += [{"run_id": i, "fingerprint": f"fp{i}-{n % 2}", "code": code, "subtype": "x", "severity": "high",
                      "message": "…", "evidence": None, "rule": "r"} for n, code in enumerate(codes)]
    reviews = [("c", "returned"), ("c", "approved"),  # the last legacy review counts: approved
               ("g", "approved"), ("g", "returned"), ("h", "approved")]
    # state machine: (sha, state, [actions in order])
    decided = [("i", "returned", ["return", "dismiss"]),  # a reviewer returned it: not waiting
               ("j", "returned", ["reaudit", "dismiss"]),  # a re-audit returned it: waiting
               ("k", "pending", ["return", "reaudit"]),  # re-audited after a return: pending again
               ("l", "escalated", ["escalate"])]
    with led.session() as s:
        s.execute(insert(WorkerRow), [{"id": "w1", "host": "t", "pid": 1, "started_at": T0, "heartbeat_at": T0}])
        s.execute(insert(ClaimRow), claims)
        s.execute(insert(AuditRunRow), rows)
        s.execute(insert(FindingRow), findings)
        s.execute(insert(VerdictRow), [{"fingerprint": "fp15-0", "verdict": "dismissed", "reason_code": None,
                                        "comment": None, "reviewer": "马审核", "decided_at": T0, "run_id": 15}])
        s.execute(insert(ReviewRow), [{"sha256": sha * 64, "run_id": 0, "action": action, "attribute": None,
                                       "comment": None, "reviewer": "马审核", "decided_at": T0} for sha, action in reviews])
        s.execute(insert(ReviewStateRow), [{"doc_key": sha * 64, "run_id": 0, "state": st, "version": len(acts),
                                            "attribute": None, "updated_at": T0} for sha, st, acts in decided])
        s.execute(insert(ReviewDecisionRow), [
            {"doc_key": sha * 64, "run_id": 0, "action": a, "from_state": "pending", "to_state": st, "version": n,
             "reviewer": "马审核", "decided_at": T0, "fingerprints": []}
            for sha, st, acts in decided for n, a in enumerate(acts, 1)])


def _brute(led: Ledger, flt: ConsoleFilter):
    """Counts, total and rows the slow way: each latest run read as ``review show`` reads it."""
    from sqlalchemy import select

    from storage.models import FindingRow

    docs = []
    for run in led.latest_runs():
        st = led.review_state(run.id)
        waiting = run.route is not None and (st.state in ("pending", "escalated") or (st.state == "returned" and not st.reviewed))
        with led.session() as s:
            codes = set(s.execute(select(FindingRow.code).where(FindingRow.run_id == run.id)).scalars())
        if ((flt.department and run.department != flt.department) or (flt.decision and run.decision != flt.decision)
                or (flt.code and flt.code not in codes) or (flt.since and run.audited_at.date() < flt.since)
                or (flt.until and run.audited_at.date() > flt.until)):
            continue
        docs.append((run, st, waiting))
    counts = {k: sum(1 for _, st, w in docs if w and st.state == k) for k in QUEUE_STATES}
    chosen = sorted(((run, st) for run, st, w in docs
                     if (w or not flt.waiting_only) and (not flt.state or st.state == flt.state)), key=lambda x: -x[0].id)
    return counts, [(run.id, run.route, st.state, st.version, st.reviewed, run.open_findings) for run, st in chosen]


FILTERS = [ConsoleFilter(state=st, waiting_only=w, **kw) for st, w, kw in itertools.product(
    (None, "pending", "escalated", "returned", "approved", "quarantined"), (True, False),
    ({}, {"department": "办公室"}, {"decision": "return"}, {"code": "PERSONAL_DATA"},
     {"since": dt.date(2026, 3, 5), "until": dt.date(2026, 3, 12)}))]


def _check(led: Ledger) -> None:
    for flt in FILTERS:
        counts, want = _brute(led, flt)
        got, pages = queue_page(led, flt, limit=3), []
        for offset in range(0, max(got.total, 1), 3):
            pages += queue_page(led, flt, limit=3, offset=offset).rows
        assert got.counts == counts, flt
        assert got.total == len(want), flt
        assert [(r.run_id, r.route, r.state, r.version, r.reviewed, r.open_findings) for r in pages] == want, flt


def test_counts_and_pages_equal_a_brute_force_count(tmp_path):
    led = Ledger.for_root(tmp_path)
    _fill(led)
    try:
        every = queue_page(led, ConsoleFilter())
        # what a reviewer sees on the tabs of this ledger, worked out by hand
        assert every.counts == {"pending": 1, "escalated": 1, "returned": 5}  # k; l; a, b, e, j, the last unhashed
        assert 1 not in [r.run_id for r in every.rows] and 5 in [r.run_id for r in every.rows], "the latest run of a document"
        _check(led)
    finally:
        led.close()


@pytest.mark.slow
def test_counts_and_pages_on_postgres(postgres_url):
    """The same SQL on PostgreSQL (a fresh database in the throw-away cluster)."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    db = f"console_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {db}"))
    admin.dispose()
    led = Ledger(make_url(postgres_url).set(database=db).render_as_string(hide_password=False))
    _fill(led)
    try:
        _check(led)
    finally:
        led.close()
