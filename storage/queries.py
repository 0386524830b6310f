"""Read-only bulk queries for the reports (statistics over thousands of runs in a few statements).

``Ledger.runs_between`` hands out whole result contracts, one dict per run: right for a page of
runs, too heavy for a month of 10,000. These queries fetch only the columns the monthly statistics
need, in four statements whatever the number of runs (runs + claim times, findings, verdicts,
reviews), joined in Python. Nothing here writes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from .models import AuditRunRow, ClaimRow, FindingRow, ReviewRow, VerdictRow


def audit_facts(ledger, start: datetime | None, end: datetime) -> list[dict[str, Any]]:
    """Runs with ``start <= audited_at < end``, oldest first, each a plain dict.

    Keys: run_id, sha256, file_name, department, doc_number, title, decision, attribute,
    duplicate_of, audited_at, claimed_at, opinion_verdict, opinion_reason, findings (list of dicts:
    code, subtype, fingerprint, rule, verdict, reason_code), review, reviewed_at, reviewer.
    """
    in_range = AuditRunRow.audited_at < end
    if start is not None:
        in_range = in_range & (AuditRunRow.audited_at >= start)
    op = AuditRunRow.contract["opinion"]
    with ledger.session() as s:
        runs = s.execute(
            select(AuditRunRow.id, AuditRunRow.sha256, AuditRunRow.file_name, AuditRunRow.department, AuditRunRow.doc_number,
                   AuditRunRow.title, AuditRunRow.decision, AuditRunRow.attribute, AuditRunRow.duplicate_of,
                   AuditRunRow.audited_at, ClaimRow.claimed_at, op["verdict"].as_string(), op["reason"].as_string())
            .join(ClaimRow, ClaimRow.id == AuditRunRow.claim_id, isouter=True)
            .where(in_range).order_by(AuditRunRow.id)
        ).all()
        findings = s.execute(
            select(FindingRow.run_id, FindingRow.code, FindingRow.subtype, FindingRow.fingerprint, FindingRow.rule)
            .join(AuditRunRow, AuditRunRow.id == FindingRow.run_id).where(in_range).order_by(FindingRow.id)
        ).all()
        verdicts = s.execute(
            select(VerdictRow.fingerprint, VerdictRow.verdict, VerdictRow.reason_code)
            .where(VerdictRow.fingerprint.in_(
                select(FindingRow.fingerprint).join(AuditRunRow, AuditRunRow.id == FindingRow.run_id).where(in_range)))
            .order_by(VerdictRow.id)
        ).all()
        reviews = s.execute(
            select(ReviewRow.run_id, ReviewRow.action, ReviewRow.decided_at, ReviewRow.reviewer)
            .where(ReviewRow.run_id.in_(select(AuditRunRow.id).where(in_range))).order_by(ReviewRow.id)
        ).all()
    latest_verdict = {fp: (v, rc) for fp, v, rc in verdicts}  # later rows overwrite: the latest verdict counts
    latest_review = {rid: (a, t, who) for rid, a, t, who in reviews}
    by_run: dict[int, list[dict[str, Any]]] = {}
    for rid, code, subtype, fp, rule in findings:
        v, rc = latest_verdict.get(fp, (None, None))
        by_run.setdefault(rid, []).append(
            {"code": code, "subtype": subtype, "fingerprint": fp, "rule": rule, "verdict": v, "reason_code": rc})
    out = []
    for (rid, sha, name, dept, number, title, decision, attr, dup, audited, claimed, op_verdict, op_reason) in runs:
        review, reviewed_at, reviewer = latest_review.get(rid, (None, None, None))
        out.append({
            "run_id": rid, "sha256": sha, "file_name": name, "department": dept, "doc_number": number, "title": title,
            "decision": decision, "attribute": attr, "duplicate_of": dup, "audited_at": audited,
            "claimed_at": claimed or audited, "opinion_verdict": op_verdict, "opinion_reason": op_reason,
            "findings": by_run.get(rid, []), "review": review, "reviewed_at": reviewed_at, "reviewer": reviewer,
        })
    return out
