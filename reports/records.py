"""Plain records the statistics and the register are computed from — no database, no SQLAlchemy.

``reports.source`` fills them from the ledger; tests and benches build them directly. Times are
naive local datetimes (the ledger stores them so): ``received_at`` is when the file was dropped
(claimed from the inbox), ``decided_at`` when the audit routed it, ``reviewed_at`` when a reviewer
approved or returned it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from classifiers.model import AuditResult


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """One finding of one audit, with the reviewer's latest verdict on its fingerprint."""

    code: str
    subtype: str | None = None
    fingerprint: str = ""
    rule: str = ""
    verdict: str | None = None  # confirmed | dismissed | None (not yet reviewed)
    reason_code: str | None = None  # why dismissed: false_positive, already_public …


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit of one dropped file, as the monthly statistics see it."""

    run_id: int | str
    file: str
    decision: str  # approve | return | escalate | error
    received_at: dt.datetime
    decided_at: dt.datetime
    department: str | None = None
    attribute: str | None = None
    sha256: str | None = None
    doc_number: str | None = None
    title: str | None = None
    findings: tuple[FindingRecord, ...] = ()
    review: str | None = None  # approved | returned (the reviewer's word on the document)
    reviewed_at: dt.datetime | None = None
    reviewer: str | None = None
    duplicate_of: int | str | None = None  # the same content was audited before (run id)
    opinion: str | None = None  # 审查意见 verdict + reason, for the register

    @property
    def codes(self) -> tuple[str, ...]:
        """Distinct finding codes, in first-seen order."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    @property
    def identity(self) -> str:
        """What makes a resubmission "the same document": 发文字号, else 科室+标题, else the file name."""
        if self.doc_number:
            return "no:" + self.doc_number
        if self.title:
            return f"t:{self.department or ''}:{self.title}"
        return f"f:{self.department or ''}:{self.file}"

    @property
    def final(self) -> str:
        """The outcome after review: the reviewer's word when there is one, else the audit decision."""
        if self.review == "approved":
            return "approve"
        if self.review == "returned":
            return "return"
        return self.decision


def from_result(result: AuditResult, *, run_id: int | str, received_at: dt.datetime, decided_at: dt.datetime,
                department: str | None = None, **extra) -> AuditRecord:
    """A record from an in-memory ``AuditResult`` (tests, benches, the ``audit`` CLI)."""
    c = result.to_contract()
    doc = c["document"]
    op = c.get("opinion") or {}
    findings = tuple(FindingRecord(f["code"], f.get("subtype"), f["fingerprint"], f.get("rule") or "") for f in c["findings"])
    return AuditRecord(
        run_id=run_id, file=result.file, decision=str(result.decision), received_at=received_at, decided_at=decided_at,
        department=department or doc.get("department"), attribute=result.attribute, sha256=result.sha256,
        doc_number=doc.get("doc_number"), title=doc.get("title"), findings=findings,
        opinion="；".join(x for x in (op.get("verdict"), op.get("reason")) if x) or None, **extra,
    )
