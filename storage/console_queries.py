"""The reviewers' console lists, read in a handful of set queries (10,000 documents in well under 200 ms).

``Ledger.queue()`` builds one ``RunView`` per document with four queries each — right for the CLI,
too slow for a page over a year's documents. ``console_rows`` reads the latest run of every
document with its route, review state, state-setting action, legacy review and open-finding count
in six statements, derives the state exactly as ``storage.review_state`` does, and filters in
Python (by 科室, state, decision, finding code, date). Titles are not masked here (the stored title is
already masked, ``storage.privacy``); the console masks again at its output boundary, the template,
for the rows it shows — masking all 10,000 on every request cost more than the whole query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select

from .models import AuditRunRow, ClaimRow, FindingRow, ReviewDecisionRow, ReviewRow, ReviewStateRow, VerdictRow
from .review_machine import initial_state, reviewed_by
from .review_state import doc_key

#: queue tabs: what a reviewer still has to look at
QUEUE_STATES = ("pending", "escalated", "returned")


@dataclass(frozen=True, slots=True)
class ConsoleRow:
    """One document (its latest run) as a queue or list line (stored values: masked when written, and again when shown)."""

    run_id: int
    sha256: str | None
    file_name: str
    department: str | None
    doc_number: str | None
    title: str | None
    decision: str
    attribute: str | None
    audited_at: datetime
    route: str | None
    state: str
    version: int
    reviewed: bool
    open_findings: int

    @property
    def waiting(self) -> bool:
        """In the reviewers' queue: pending or escalated, or returned by the audit with no reviewer's word yet."""
        return self.route is not None and (self.state in ("pending", "escalated") or
                                           (self.state == "returned" and not self.reviewed))


@dataclass(frozen=True, slots=True)
class ConsoleFilter:
    """What the queue page filters on (all optional)."""

    department: str | None = None  # exact 科室; a section user is always pinned to its own
    state: str | None = None  # pending | escalated | returned | approved | withdrawn | quarantined
    decision: str | None = None  # the audit's routing: approve | return | escalate | error
    code: str | None = None  # a finding code (PERSONAL_DATA …)
    since: date | None = None
    until: date | None = None
    waiting_only: bool = True


def console_rows(ledger, flt: ConsoleFilter = ConsoleFilter()) -> list[ConsoleRow]:
    """Every document's latest run matching ``flt``, newest first."""
    with ledger.session() as s:
        latest = select(func.max(AuditRunRow.id).label("id")).group_by(AuditRunRow.sha256).subquery()
        q = (select(AuditRunRow.id, AuditRunRow.sha256, AuditRunRow.file_name, AuditRunRow.department,
                    AuditRunRow.doc_number, AuditRunRow.title, AuditRunRow.decision, AuditRunRow.attribute,
                    AuditRunRow.audited_at, ClaimRow.route)
             .join(latest, latest.c.id == AuditRunRow.id)
             .join(ClaimRow, ClaimRow.id == AuditRunRow.claim_id, isouter=True))
        if flt.department:
            q = q.where(AuditRunRow.department == flt.department)
        if flt.decision:
            q = q.where(AuditRunRow.decision == flt.decision)
        if flt.since:
            q = q.where(AuditRunRow.audited_at >= datetime.combine(flt.since, time.min))
        if flt.until:
            q = q.where(AuditRunRow.audited_at <= datetime.combine(flt.until, time.max))
        if flt.code:
            q = q.where(AuditRunRow.id.in_(select(FindingRow.run_id).where(FindingRow.code == flt.code)))
        runs = s.execute(q.order_by(AuditRunRow.id.desc())).all()
        states = {k: (st, v) for k, st, v in s.execute(select(ReviewStateRow.doc_key, ReviewStateRow.state, ReviewStateRow.version))}
        setters = dict(s.execute(select(ReviewDecisionRow.doc_key, ReviewDecisionRow.action)
                                 .where(ReviewDecisionRow.action != "dismiss").order_by(ReviewDecisionRow.id)).all())
        legacy = dict(s.execute(select(ReviewRow.sha256, ReviewRow.action).order_by(ReviewRow.id)).all())
        dismissed = select(VerdictRow.fingerprint)
        open_n = dict(s.execute(select(FindingRow.run_id, func.count(func.distinct(FindingRow.fingerprint)))
                                .where(FindingRow.fingerprint.not_in(dismissed)).group_by(FindingRow.run_id)).all())
    out = []
    for rid, sha, name, dept, num, title, decision, attr, at, route in runs:
        key = doc_key(sha, rid)
        if key in states:
            state, version = states[key]
            reviewed = reviewed_by(setters.get(key))
        else:
            lg = legacy.get(sha or "")
            state, version, reviewed = initial_state(decision, lg), 0, lg is not None
        if flt.state and state != flt.state:
            continue
        if flt.state == "returned" and flt.waiting_only and reviewed:
            continue
        waiting = route is not None and (state in ("pending", "escalated") or (state == "returned" and not reviewed))
        if flt.waiting_only and not flt.state and not waiting:
            continue
        out.append(ConsoleRow(rid, sha, name, dept, num, title, decision, attr, at, route, state, version, reviewed,
                              open_n.get(rid, 0)))
    return out


def state_counts(rows: list[ConsoleRow]) -> dict[str, int]:
    """Documents per queue tab (pending, escalated, returned-by-the-audit) among ``rows``."""
    counts = dict.fromkeys(QUEUE_STATES, 0)
    for r in rows:
        if r.waiting:
            counts[r.state] += 1
    return counts


def departments(ledger) -> list[str]:
    """Every 科室 the ledger has seen, for the filter's choices."""
    with ledger.session() as s:
        return sorted(d for d in s.execute(select(AuditRunRow.department).distinct()).scalars() if d)
