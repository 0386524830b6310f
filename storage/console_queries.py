"""The reviewers' console queue, counted and paged in SQL (10,000 documents in well under 200 ms).

``Ledger.queue()`` builds one ``RunView`` per document with four queries each — right for the CLI,
too slow for a page over a year's documents. ``queue_page`` derives every document's state in SQL
over its latest run — the review state row when a reviewer decided under the state machine, else the
legacy review, else where the audit sent it, exactly as ``storage.review_state`` does — then counts
the three tabs with one ``GROUP BY`` and reads only the page shown (``LIMIT``/``OFFSET``, newest
first) and its rows' open findings: three statements whatever the ledger's size. The latest
state-setting decision and the latest legacy review are joined as per-document maxima (``GROUP BY
doc_key``/``sha256``), so each is read once per document however often the state expression uses it;
the schema's existing indexes (``audit_runs.sha256``, ``review_states`` key,
``review_decisions.doc_key``, ``reviews.sha256``) serve SQLite and PostgreSQL alike, so no
migration. Titles are not masked here (the stored title is already masked, ``storage.privacy``); the
console masks again at its output boundary, the template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import String, case, cast, func, literal, select
from sqlalchemy.orm import aliased

from .models import AuditRunRow, ClaimRow, FindingRow, ReviewDecisionRow, ReviewRow, ReviewStateRow, VerdictRow
from .review_machine import INITIAL

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
    """What the queue page filters on (all optional); ``state`` and ``waiting_only`` both apply when both are set."""

    department: str | None = None  # exact 科室; a section user is always pinned to its own
    state: str | None = None  # pending | escalated | returned | approved | withdrawn | quarantined
    decision: str | None = None  # the audit's routing: approve | return | escalate | error
    code: str | None = None  # a finding code (PERSONAL_DATA …)
    since: date | None = None
    until: date | None = None
    waiting_only: bool = True  # only documents in the reviewers' queue (``ConsoleRow.waiting``)


@dataclass(frozen=True, slots=True)
class QueuePage:
    """One page of the queue: the tab counts and the total over the whole filter, and the rows shown."""

    counts: dict[str, int]  # waiting documents per tab (pending, escalated, returned-by-the-audit), ``state`` not applied
    total: int  # documents matching the whole filter
    rows: list[ConsoleRow]  # newest first, at most ``limit``


def _documents(flt: ConsoleFilter):
    """A subquery: the latest run of every document matching ``flt``'s 科室, decision, code and dates,
    with its route, state, version and whether it waits in the reviewers' queue."""
    run, rs = AuditRunRow, ReviewStateRow
    latest = select(func.max(run.id)).group_by(run.sha256)
    key = func.coalesce(run.sha256, literal("run:", String) + cast(run.id, String))
    # the latest decision that set the state (dismissals never do), and the legacy review (before the
    # state machine): joined as per-document maxima, so each is read once per document, not once per use
    last_set = (select(ReviewDecisionRow.doc_key, func.max(ReviewDecisionRow.id).label("id"))
                .where(ReviewDecisionRow.action != "dismiss").group_by(ReviewDecisionRow.doc_key).subquery("last_set"))
    setter = aliased(ReviewDecisionRow, name="setter")
    last_review = select(ReviewRow.sha256, func.max(ReviewRow.id).label("id")).group_by(ReviewRow.sha256).subquery("last_review")
    legacy = aliased(ReviewRow, name="legacy")
    q = (select(run.id, run.decision, ClaimRow.route, rs.state.label("decided_state"),
                func.coalesce(rs.version, 0).label("version"), setter.action.label("setter"), legacy.action.label("legacy"))
         .where(run.id.in_(latest))
         .join(ClaimRow, ClaimRow.id == run.claim_id, isouter=True)
         .join(rs, rs.doc_key == key, isouter=True)
         .join(last_set, last_set.c.doc_key == rs.doc_key, isouter=True)
         .join(setter, setter.id == last_set.c.id, isouter=True)
         .join(last_review, last_review.c.sha256 == run.sha256, isouter=True)
         .join(legacy, legacy.id == last_review.c.id, isouter=True))
    if flt.department:
        q = q.where(run.department == flt.department)
    if flt.decision:
        q = q.where(run.decision == flt.decision)
    if flt.since:
        q = q.where(run.audited_at >= datetime.combine(flt.since, time.min))
    if flt.until:
        q = q.where(run.audited_at <= datetime.combine(flt.until, time.max))
    if flt.code:
        q = q.where(run.id.in_(select(FindingRow.run_id).where(FindingRow.code == flt.code)))
    d = q.cte("facts")
    # storage.review_machine.initial_state in SQL: the legacy review's verdict, else where the audit sent it
    initial = case({"approved": "approved", "returned": "returned"}, value=d.c.legacy,
                   else_=case(INITIAL, value=d.c.decision, else_="quarantined"))
    state = func.coalesce(d.c.decided_state, initial)
    # storage.review_machine.reviewed_by: a reviewer's word (not the audit's, not a re-audit's) set the state
    reviewed = case((d.c.decided_state.is_not(None), func.coalesce(d.c.setter, "reaudit") != "reaudit"),
                    else_=d.c.legacy.is_not(None))
    waiting = case((d.c.route.is_(None), False), (state.in_(("pending", "escalated")), True),
                   (state == "returned", ~reviewed), else_=False)
    docs = select(d.c.id, d.c.route, state.label("state"), d.c.version, reviewed.label("reviewed"),
                  waiting.label("waiting")).subquery("docs")
    return docs


def queue_page(ledger, flt: ConsoleFilter = ConsoleFilter(), *, limit: int = 100, offset: int = 0) -> QueuePage:
    """The tab counts, the total and one page (``limit`` rows from ``offset``, newest first) of the documents matching ``flt``."""
    docs = _documents(flt)
    chosen = []
    if flt.waiting_only:
        chosen.append(docs.c.waiting == True)  # noqa: E712 (SQL, not Python)
    if flt.state:
        chosen.append(docs.c.state == flt.state)
    run = AuditRunRow
    with ledger.session() as s:
        groups = s.execute(select(docs.c.state, docs.c.waiting, func.count()).group_by(docs.c.state, docs.c.waiting)).all()
        page = s.execute(select(run.id, run.sha256, run.file_name, run.department, run.doc_number, run.title,
                                run.decision, run.attribute, run.audited_at, docs.c.route, docs.c.state, docs.c.version,
                                docs.c.reviewed)
                         .join(docs, docs.c.id == run.id).where(*chosen)
                         .order_by(run.id.desc()).limit(limit).offset(offset)).all()
        ids = [r[0] for r in page]
        open_n = dict(s.execute(select(FindingRow.run_id, func.count(func.distinct(FindingRow.fingerprint)))
                                .where(FindingRow.run_id.in_(ids), FindingRow.fingerprint.not_in(select(VerdictRow.fingerprint)))
                                .group_by(FindingRow.run_id)).all()) if ids else {}
    counts = dict.fromkeys(QUEUE_STATES, 0)
    total = 0
    for st, wait, n in groups:
        if wait and st in counts:
            counts[st] += n
        if (wait or not flt.waiting_only) and (not flt.state or st == flt.state):
            total += n
    rows = [ConsoleRow(*r[:12], bool(r[12]), open_n.get(r[0], 0)) for r in page]
    return QueuePage(counts, total, rows)


def departments(ledger) -> list[str]:
    """Every 科室 the ledger has seen, for the filter's choices."""
    with ledger.session() as s:
        return sorted(d for d in s.execute(select(AuditRunRow.department).distinct()).scalars() if d)
