"""Reviewer verdicts, document reviews, the register (登记) and the read side for reports and training.

Verdicts hang on ``Finding.fingerprint(anchor)`` — rule + normalised match + 发文字号 (or content
hash) — never on a line number, so a corrected and resubmitted document keeps the verdicts its
unchanged findings already had. A finding is *open* while no verdict exists for its fingerprint;
the review queue is the latest run of every document not yet approved or returned by a reviewer.
"""

from __future__ import annotations

import re

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from .models import AuditRunRow, ClaimRow, FindingRow, RegisterEntryRow, ReviewRow, ReviewStateRow, VerdictRow
from .codes import DISMISS_REASONS
from .privacy import mask_text
from .records import FindingView, RegisterEntry, RunView
from .review_machine import DecisionRequest, Refused, initial_state, reviewed_by
from .review_state import ReviewStateMixin, doc_key, state_setters



#: A sha256 prefix as ``gongkai review`` takes one: hex, six digits at least.
_HEX_PREFIX = re.compile(r"^[0-9a-fA-F]{6,64}$")

class ReviewRefused(Exception):
    """A decision the state machine refused, for callers of the plain ``record_review`` API."""

    def __init__(self, refused: Refused) -> None:
        super().__init__(refused.message)
        self.refused = refused


class ReviewMixin(ReviewStateMixin):
    """Review, register and reporting queries of ``Ledger`` (needs ``self.session``)."""

    # -- verdicts on findings -----------------------------------------------------------------
    def record_verdict(self, fingerprint: str, verdict: str, reviewer: str, *, reason_code: str | None = None,
                       comment: str | None = None, run_id: int | None = None) -> None:
        """Record a reviewer's word on one finding (``confirmed`` or ``dismissed``); the latest one counts."""
        if verdict not in ("confirmed", "dismissed"):
            raise ValueError(f"unknown verdict {verdict!r}; known: confirmed, dismissed")
        if verdict == "dismissed" and reason_code not in DISMISS_REASONS:
            raise ValueError(f"unknown reason code {reason_code!r}; known: {', '.join(DISMISS_REASONS)}")
        from .ledger import now

        comment = mask_text(comment)  # a reviewer's typed note is stored like everything else: masked
        with self.session() as s:
            s.add(VerdictRow(fingerprint=fingerprint, verdict=verdict, reason_code=reason_code, comment=comment,
                             reviewer=reviewer, decided_at=now(), run_id=run_id))

    def verdicts(self, fingerprints: list[str]) -> dict[str, VerdictRow]:
        """The latest verdict per fingerprint."""
        if not fingerprints:
            return {}
        with self.session() as s:
            rows = s.execute(select(VerdictRow).where(VerdictRow.fingerprint.in_(fingerprints)).order_by(VerdictRow.id)).scalars().all()
        return {r.fingerprint: r for r in rows}

    # -- document reviews and the register ------------------------------------------------------
    def record_review(self, run_id: int, action: str, reviewer: str, *, comment: str | None = None,
                      attribute: str | None = None, published_on: date | None = None) -> RegisterEntry | None:
        """Approve or return one audited document through the state machine (``decide``); approving
        writes its register entry (登记), which is returned. Raises ``ReviewRefused`` when the machine
        refuses (someone decided first, or the transition is not allowed).

        ``attribute`` is the 公开属性 the reviewer confirms (defaults to the one the document carries);
        it is what ``training_examples`` feeds back to the classifier.
        """
        verbs = {"approved": "approve", "returned": "return"}
        if action not in verbs:
            raise ValueError(f"unknown action {action!r}; known: approved, returned")
        out = self.decide(run_id, DecisionRequest(verbs[action], reviewer, comment=comment,
                                                  attribute=attribute), published_on=published_on)
        if not out.ok:
            raise ReviewRefused(out)
        return out.register_entry

    def register_entries(self, start: date | None = None, end: date | None = None) -> list[RegisterEntry]:
        """The register (登记) between ``start`` and ``end`` inclusive, oldest first — for the reports engineer."""
        q = select(RegisterEntryRow)
        if start is not None:
            q = q.where(RegisterEntryRow.published_on >= start.isoformat())
        if end is not None:
            q = q.where(RegisterEntryRow.published_on <= end.isoformat())
        with self.session() as s:
            return [_entry(r) for r in s.execute(q.order_by(RegisterEntryRow.published_on, RegisterEntryRow.id)).scalars()]

    # -- the queue and one document --------------------------------------------------------------
    def queue(self) -> list[RunView]:
        """Documents awaiting a reviewer: latest run per content, routed, pending or escalated — or
        returned by the audit with no reviewer's word yet. Quarantined files are not in it."""
        def waiting(r: RunView) -> bool:
            if r.state in ("pending", "escalated"):
                return True
            return r.state == "returned" and not r.reviewed

        return [r for r in self.latest_runs() if r.route is not None and waiting(r)]

    def latest_runs(self) -> list[RunView]:
        """The latest run of every document (by sha256), with open-finding counts and the latest review."""
        with self.session() as s:
            latest = select(func.max(AuditRunRow.id)).group_by(AuditRunRow.sha256)
            runs = s.execute(select(AuditRunRow).where(AuditRunRow.id.in_(latest)).order_by(AuditRunRow.id)).scalars().all()
            states = {row.doc_key: row for row in s.execute(select(ReviewStateRow)).scalars()}
            setters = state_setters(s)
            return [self._view(s, r, with_findings=False, states=states, setters=setters) for r in runs]

    def run(self, ref: str | int) -> RunView | None:
        """One run with its findings and their verdicts: by run id, sha256 prefix, 发文字号 or file name (as typed: a full
        number in it is masked as the record has it, ``*`` by the reports, ``＊`` in a name the scanner renamed)."""
        with self.session() as s:
            row = None
            if isinstance(ref, int) or str(ref).isdigit():
                row = s.get(AuditRunRow, int(ref))
            ref = str(ref).strip()
            if row is None and ref:
                # a sha256 prefix only as hex (at least 6 digits): ``%``, ``_`` or an empty string is no prefix, and
                # LIKE would read them as wildcards — a decision given to the newest document (a red-team finding)
                by_sha = AuditRunRow.sha256.startswith(ref.lower(), autoescape=True) if _HEX_PREFIX.match(ref) else None
                named = (AuditRunRow.doc_number == ref) | (AuditRunRow.file_name.in_({ref, mask_text(ref), mask_text(ref).replace('*', '＊')}))
                row = s.execute(select(AuditRunRow).where(named if by_sha is None else (by_sha | named))
                                .order_by(AuditRunRow.id.desc()).limit(1)).scalar_one_or_none()
            return self._view(s, row, with_findings=True) if row is not None else None

    def copies(self, run_id: int) -> list[RunView]:
        """The run ``run_id`` and every other routed run of the same content (a second drop of the same bytes
        is a copy of its own in a route folder), newest first after ``run_id`` itself — the files one review
        state governs. Without findings (KeyError for an unknown run)."""
        with self.session() as s:
            run = s.get(AuditRunRow, run_id)
            if run is None:
                raise KeyError(run_id)
            rows = [run]
            if run.sha256:
                rows += s.execute(select(AuditRunRow).join(ClaimRow, ClaimRow.id == AuditRunRow.claim_id)
                                  .where(AuditRunRow.sha256 == run.sha256, AuditRunRow.id != run.id, ClaimRow.route.is_not(None))
                                  .order_by(AuditRunRow.id.desc())).scalars().all()
            return [self._view(s, r, with_findings=False) for r in rows]

    def _view(self, s, r: AuditRunRow, *, with_findings: bool, states: dict | None = None,
              setters: dict | None = None) -> RunView:
        frows = s.execute(select(FindingRow).where(FindingRow.run_id == r.id).order_by(FindingRow.id)).scalars().all()
        fps = [f.fingerprint for f in frows]
        verdicts = {}
        if fps:
            for v in s.execute(select(VerdictRow).where(VerdictRow.fingerprint.in_(fps)).order_by(VerdictRow.id)).scalars():
                verdicts[v.fingerprint] = v
        review = s.execute(select(ReviewRow.action).where(ReviewRow.sha256 == (r.sha256 or "")).order_by(ReviewRow.id.desc()).limit(1)).scalar_one_or_none()
        route = s.execute(select(ClaimRow.route).where(ClaimRow.id == r.claim_id)).scalar_one_or_none()
        key = doc_key(r.sha256, r.id)
        row = states.get(key) if states is not None else s.get(ReviewStateRow, key)
        state, version = (row.state, row.version) if row is not None else (initial_state(r.decision, review), 0)
        if row is None:
            reviewed = review is not None
        else:
            reviewed = reviewed_by(setters.get(key) if setters is not None else state_setters(s, key).get(key))
        findings = ()
        if with_findings:
            findings = tuple(FindingView(
                fingerprint=f.fingerprint, code=f.code, subtype=f.subtype, severity=f.severity, message=f.message,
                evidence=f.evidence, rule=f.rule,
                verdict=verdicts[f.fingerprint].verdict if f.fingerprint in verdicts else None,
                reason_code=verdicts[f.fingerprint].reason_code if f.fingerprint in verdicts else None,
                reviewer=verdicts[f.fingerprint].reviewer if f.fingerprint in verdicts else None,
                decided_at=verdicts[f.fingerprint].decided_at if f.fingerprint in verdicts else None,
            ) for f in frows)
        return RunView(
            id=r.id, claim_id=r.claim_id, sha256=r.sha256, file_name=r.file_name, department=r.department, doc_number=r.doc_number,
            title=r.title, decision=r.decision, attribute=r.attribute, suggested_attribute=r.suggested_attribute,
            duplicate_of=r.duplicate_of, route=route, reports=tuple(r.reports or ()), audited_at=r.audited_at,
            open_findings=sum(1 for fp in set(fps) if fp not in verdicts), review=review, findings=findings,
            state=state, version=version, reviewed=reviewed,
        )

    # -- training and statistics ----------------------------------------------------------------
    def training_examples(self) -> list[tuple[str, str]]:
        """(document text, reviewer-confirmed 公开属性) pairs for ``gongkai train``, one per document.

        Only documents a reviewer approved or returned with an attribute count; the latest review of
        a document wins. Text is the visible text the audit saw.
        """
        with self.session() as s:
            rows = s.execute(select(ReviewRow).where(ReviewRow.attribute.is_not(None)).order_by(ReviewRow.id)).scalars().all()
            latest: dict[str, ReviewRow] = {}
            for r in rows:
                latest[r.sha256] = r
            out = []
            for r in latest.values():
                run = s.get(AuditRunRow, r.run_id)
                text = run.text if run is not None else None
                if not text and run is not None and run.duplicate_of:
                    first = s.get(AuditRunRow, run.duplicate_of)
                    text = first.text if first is not None else None
                if text:
                    out.append((text, r.attribute))
            return out

    def runs_between(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Audit runs with ``start <= audited_at < end`` as plain dicts (the result contract plus ledger facts)."""
        with self.session() as s:
            rows = s.execute(select(AuditRunRow).where(AuditRunRow.audited_at >= start, AuditRunRow.audited_at < end)
                             .order_by(AuditRunRow.id)).scalars().all()
            return [{"run_id": r.id, "audited_at": r.audited_at.isoformat(), "department": r.department,
                     "duplicate_of": r.duplicate_of, "reports": list(r.reports or ()), "contract": r.contract} for r in rows]

    def monthly_statistics(self, year: int, month: int) -> dict[str, Any]:
        """Counts for one month: new documents vs duplicates, by decision, attribute, department, finding code, reviews."""
        start = datetime(year, month, 1)
        end = datetime(year + (month == 12), month % 12 + 1, 1)
        with self.session() as s:
            runs = s.execute(select(AuditRunRow).where(AuditRunRow.audited_at >= start, AuditRunRow.audited_at < end)).scalars().all()
            ids = [r.id for r in runs]
            codes = dict(s.execute(select(FindingRow.code, func.count()).where(FindingRow.run_id.in_(ids)).group_by(FindingRow.code)).all()) if ids else {}
            reviews = dict(s.execute(select(ReviewRow.action, func.count()).where(ReviewRow.decided_at >= start, ReviewRow.decided_at < end)
                                     .group_by(ReviewRow.action)).all())
            dismissed = s.execute(select(func.count()).select_from(VerdictRow).where(
                VerdictRow.verdict == "dismissed", VerdictRow.decided_at >= start, VerdictRow.decided_at < end)).scalar_one()
            registered = s.execute(select(func.count()).select_from(RegisterEntryRow).where(
                RegisterEntryRow.published_on >= start.date().isoformat(), RegisterEntryRow.published_on < end.date().isoformat())).scalar_one()

        def tally(key) -> dict[str, int]:
            out: dict[str, int] = {}
            for r in runs:
                if r.duplicate_of is None:
                    k = key(r) or "—"
                    out[k] = out.get(k, 0) + 1
            return dict(sorted(out.items()))

        return {
            "month": f"{year:04d}-{month:02d}",
            "documents": sum(1 for r in runs if r.duplicate_of is None),
            "duplicates": sum(1 for r in runs if r.duplicate_of is not None),
            "by_decision": tally(lambda r: r.decision),
            "by_attribute": tally(lambda r: r.attribute),
            "by_department": tally(lambda r: r.department),
            "by_code": dict(sorted(codes.items())),
            "reviews": dict(sorted(reviews.items())),
            "dismissed_findings": dismissed,
            "register_entries": registered,
        }


def _entry(r: RegisterEntryRow) -> RegisterEntry:
    return RegisterEntry(id=r.id, published_on=r.published_on, form=r.form, subject=r.subject, doc_number=r.doc_number,
                         scope=r.scope, opinion=r.opinion, attribute=r.attribute, department=r.department,
                         reviewer=r.reviewer, sha256=r.sha256, run_id=r.run_id)
