"""The adapter from the ledger (``storage``) to the plain records the reports compute from.

Statistics and the register never see SQLAlchemy: ``load_records`` turns the ledger's bulk query
(``storage.queries.audit_facts``) into ``AuditRecord``s, ``load_register`` turns its 登记 entries into
``RegisterRow``s, and ``monthly_from_ledger`` loads the window the month needs (the month, the
trend's earlier months, and a year before that so a resubmission is not mistaken for a first one).
"""

from __future__ import annotations

import datetime as dt

from .records import AuditRecord, FindingRecord
from .register import RegisterRow
from .rubric import Rubric
from .stats import TREND_MONTHS, MonthlyStats, compute_monthly, month_bounds, previous_months

LOOKBACK_MONTHS = 12  # earlier submissions looked at to tell a first submission from a resubmission


def record_from_facts(d: dict) -> AuditRecord:
    """One ``AuditRecord`` from one ``audit_facts`` dict."""
    findings = tuple(FindingRecord(f["code"], f.get("subtype"), f.get("fingerprint") or "", f.get("rule") or "",
                                   f.get("verdict"), f.get("reason_code")) for f in d.get("findings", ()))
    opinion = "；".join(x for x in (d.get("opinion_verdict"), d.get("opinion_reason")) if x) or None
    return AuditRecord(
        run_id=d["run_id"], file=d["file_name"], decision=d["decision"], received_at=d["claimed_at"],
        decided_at=d["audited_at"], department=d.get("department"), attribute=d.get("attribute"), sha256=d.get("sha256"),
        doc_number=d.get("doc_number"), title=d.get("title"), findings=findings, review=d.get("review"),
        reviewed_at=d.get("reviewed_at"), reviewer=d.get("reviewer"), duplicate_of=d.get("duplicate_of"), opinion=opinion,
    )


def load_records(ledger, start: dt.datetime | None, end: dt.datetime) -> list[AuditRecord]:
    """Records of the runs audited in [start, end)."""
    from storage.queries import audit_facts

    return [record_from_facts(d) for d in audit_facts(ledger, start, end)]


def load_register(ledger, start: dt.date, end: dt.date) -> list[RegisterRow]:
    """The ledger's 登记 entries with 公开时间 in [start, end], oldest first."""
    rows = []
    for e in ledger.register_entries(start, end):
        rows.append(RegisterRow(
            published_on=dt.date.fromisoformat(e.published_on), form=e.form, subject=e.subject, doc_number=e.doc_number,
            scope=e.scope, opinion=e.opinion, attribute=e.attribute, department=e.department, reviewer=e.reviewer,
        ))
    return rows


def window(year: int, month: int, trend_months: int = TREND_MONTHS, lookback: int = LOOKBACK_MONTHS) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the records ``compute_monthly`` needs for (year, month)."""
    first_y, first_m = previous_months(year, month, trend_months + lookback)[0]
    return month_bounds(first_y, first_m)[0], month_bounds(year, month)[1]


def monthly_from_ledger(ledger, year: int, month: int, *, rubric: Rubric | None = None) -> MonthlyStats:
    """Load the window and compute the month's statistics."""
    start, end = window(year, month)
    return compute_monthly(load_records(ledger, start, end), year, month, rubric=rubric)
