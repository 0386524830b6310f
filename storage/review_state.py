"""Review decisions applied by compare-and-set, and their append-only history.

One decision is one transaction: read where the document stands, check the transition table
(``storage.review_machine``), then ``UPDATE review_states … WHERE doc_key=? AND state=? AND
version=?`` (or the first ``INSERT`` of the document's row, which the primary key makes unique). If
another reviewer's decision committed in between, the update touches no row (or the insert collides)
and the decision is refused with the winner's name, time and comment. The same code path runs on
SQLite (where ``BEGIN IMMEDIATE`` serialises writers anyway) and on PostgreSQL (READ COMMITTED: the
second ``UPDATE`` waits for the first to commit, re-checks its ``WHERE`` and finds the version moved).

In the same transaction as a winning decision: the history row (``review_decisions``), the
``reviews`` row statistics and training read (approve / exempt / return), the register entry
(approval), the verdicts (dismiss) and, for a re-audit, the new audit run.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from .codes import DISMISS_REASONS, REGISTER_DEFAULTS
from .models import (AuditRunRow, ClaimRow, FindingRow, RegisterEntryRow, ReviewDecisionRow, ReviewRow,
                     ReviewStateRow, VerdictRow)
from .review_machine import (ATTRIBUTES, BY_AUDIT, DOCUMENT_REVIEWS, INITIAL, TEXT_MAX, Applied, DecisionRecord,
                             DecisionRequest, Refused, ReviewState, initial_state, reviewed_by, transition)
from .privacy import mask_text
from .review_messages import refusal


class _Lost(Exception):
    """The compare-and-set touched no row: another decision committed first."""


def doc_key(sha256: str | None, run_id: int) -> str:
    """The key a document's review state hangs on: its content hash, or the run for a file never hashed."""
    return sha256 or f"run:{run_id}"


class ReviewStateMixin:
    """The state machine's side of ``Ledger`` (needs ``self.session``)."""

    def review_state(self, run_id: int) -> ReviewState:
        """Where the document of ``run_id`` stands now (KeyError for an unknown run)."""
        with self.session() as s:
            run = s.get(AuditRunRow, run_id)
            if run is None:
                raise KeyError(run_id)
            return _current(s, run)

    def decided_runs(self, run_ids: list[int]) -> set[int]:
        """The runs among ``run_ids`` whose content a reviewer has decided on (its review state row exists): one
        query, so the intake can ask it of every lot it routes."""
        if not run_ids:
            return set()
        with self.session() as s:
            keys: dict[str, list[int]] = {}
            for rid, sha in s.execute(select(AuditRunRow.id, AuditRunRow.sha256).where(AuditRunRow.id.in_(run_ids))):
                keys.setdefault(doc_key(sha, rid), []).append(rid)
            have = s.execute(select(ReviewStateRow.doc_key).where(ReviewStateRow.doc_key.in_(list(keys)))).scalars()
            return {rid for k in have for rid in keys[k]}

    def decide(self, run_id: int, request: DecisionRequest, *, published_on: date | None = None) -> Applied | Refused:
        """Apply one reviewer decision to the document of ``run_id`` if the table and the race allow it.

        Returns ``Applied`` (with the register entry when it approved) or ``Refused`` (why, in
        Chinese and English, naming whose decision stands). Files are not touched here: the caller
        moves them where ``Applied.state`` says (``flows.review_decide``).
        """
        if request.action == "reaudit":
            raise ValueError("a re-audit carries its result: use record_reaudit")
        return self._apply(run_id, request, published_on=published_on, reaudit=None)

    def record_reaudit(self, run_id: int, request: DecisionRequest, result: Any, contract: dict[str, Any],
                       reports: list[str], source: str) -> Applied | Refused:
        """Record a re-audit of the document's routed file (``source``, root-relative) and move its state
        to where the new audit sends it. The new run hangs on a new claim (worker ``review``) whose
        route is the file as it lies, so later decisions move that file."""
        return self._apply(run_id, request, published_on=None, reaudit=(result, contract, reports, source))

    def decisions(self, run_id: int | None = None, *, reviewer: str | None = None,
                  since: datetime | None = None) -> list[DecisionRecord]:
        """The decision history, oldest first: of one document (by any of its runs), of one reviewer, or since a time."""
        q = select(ReviewDecisionRow)
        with self.session() as s:
            if run_id is not None:
                run = s.get(AuditRunRow, run_id)
                if run is None:
                    raise KeyError(run_id)
                q = q.where(ReviewDecisionRow.doc_key == doc_key(run.sha256, run.id))
            if reviewer is not None:
                q = q.where(ReviewDecisionRow.reviewer == reviewer)
            if since is not None:
                q = q.where(ReviewDecisionRow.decided_at >= since)
            return [_record(r) for r in s.execute(q.order_by(ReviewDecisionRow.id)).scalars()]

    # -- the one transaction ----------------------------------------------------------------------
    def _apply(self, run_id: int, req: DecisionRequest, *, published_on: date | None, reaudit) -> Applied | Refused:
        from dataclasses import replace

        from .ledger import now

        # a reviewer's typed note and reason are stored like everything else: masked
        req = replace(req, comment=mask_text(req.comment), reason=mask_text(req.reason))

        try:
            with self.session() as s:
                run = s.get(AuditRunRow, run_id)
                if run is None:
                    raise KeyError(run_id)
                cur = _current(s, run)
                target = s.get(AuditRunRow, cur.run_id) or run  # the document's current file
                refused = _check(cur, req, target, s, reaudit)
                if refused is not None:
                    return refused
                to, _guard = transition(req.action, cur.state)  # type: ignore[misc]
                fps = req.fingerprints if req.action == "dismiss" else _fingerprints(s, target.id)
                if reaudit is not None:
                    target = _insert_reaudit(s, target, *reaudit)
                    fps = _fingerprints(s, target.id)
                if to == BY_AUDIT:
                    to = INITIAL.get(target.decision, "quarantined")
                attr = _attribute(req, target)
                t = now()
                _compare_and_set(s, cur, to, target.id, attr, t)
                rec = ReviewDecisionRow(
                    doc_key=cur.doc_key, run_id=target.id, action=req.action, from_state=cur.state, to_state=to,
                    version=cur.version + 1, reviewer=req.reviewer.strip(), os_user=req.os_user, decided_at=t,
                    comment=req.comment, attribute=attr, override=bool(req.override), reason=req.reason,
                    fingerprints=list(fps))
                s.add(rec)
                s.flush()
                if req.action in DOCUMENT_REVIEWS:
                    s.add(ReviewRow(sha256=target.sha256 or "", run_id=target.id, action=DOCUMENT_REVIEWS[req.action],
                                    attribute=attr, comment=req.comment, reviewer=rec.reviewer, decided_at=t))
                if req.action == "dismiss":
                    s.add_all(VerdictRow(fingerprint=fp, verdict="dismissed", reason_code=req.reason_code, comment=req.comment,
                                         reviewer=rec.reviewer, decided_at=t, run_id=target.id) for fp in fps)
                entry = _register(s, target, attr, req, published_on, t) if to == "approved" else None
                done = _record(rec)
                new = ReviewState(cur.doc_key, target.id, to, cur.version + 1, done,
                                  reviewed=cur.reviewed if req.action == "dismiss" else reviewed_by(req.action))
                return Applied(previous=cur, state=new,
                               decision=done, register_entry=entry)
        except (IntegrityError, _Lost):
            now_state = self.review_state(run_id)
            return Refused("conflict", now_state, *refusal("conflict", now_state, req))


def state_setters(s, key: str | None = None) -> dict[str, str]:
    """doc key → the action of the latest decision that set its state (dismissals excluded): for every
    document (lists), or for ``key`` alone."""
    q = select(ReviewDecisionRow.doc_key, ReviewDecisionRow.action).where(ReviewDecisionRow.action != "dismiss")
    if key is not None:
        q = q.where(ReviewDecisionRow.doc_key == key)
    rows = s.execute(q.order_by(ReviewDecisionRow.id)).all()
    return dict(rows)


def _current(s, run: AuditRunRow) -> ReviewState:
    """Where the document of ``run`` stands. On PostgreSQL (READ COMMITTED) each statement sees the
    commits made before it, so the state row is read *after* the facts it overrides (the latest run,
    the legacy review): if a decision commits in between, the row is seen and wins — never a state
    derived from a review whose row was not yet visible."""
    key = doc_key(run.sha256, run.id)
    latest = run
    legacy_q = select(ReviewRow.action).where(ReviewRow.run_id == run.id)
    if run.sha256:
        latest = s.execute(select(AuditRunRow).where(AuditRunRow.sha256 == run.sha256)
                           .order_by(AuditRunRow.id.desc()).limit(1)).scalar_one()
        legacy_q = select(ReviewRow.action).where(ReviewRow.sha256 == run.sha256)
    legacy = s.execute(legacy_q.order_by(ReviewRow.id.desc()).limit(1)).scalar_one_or_none()
    row = s.execute(select(ReviewStateRow).where(ReviewStateRow.doc_key == key)
                    .execution_options(populate_existing=True)).scalar_one_or_none()
    if row is None:
        return ReviewState(key, latest.id, initial_state(latest.decision, legacy), 0, None, reviewed=legacy is not None)
    last = s.execute(select(ReviewDecisionRow).where(ReviewDecisionRow.doc_key == key)
                     .order_by(ReviewDecisionRow.id.desc()).limit(1)).scalar_one_or_none()
    setter = s.execute(select(ReviewDecisionRow.action).where(ReviewDecisionRow.doc_key == key, ReviewDecisionRow.action != "dismiss")
                       .order_by(ReviewDecisionRow.id.desc()).limit(1)).scalar_one_or_none()
    return ReviewState(key, row.run_id, row.state, row.version, _record(last) if last is not None else None,
                       reviewed=reviewed_by(setter))


def _check(cur: ReviewState, req: DecisionRequest, target: AuditRunRow, s, reaudit) -> Refused | None:
    """The refusal for ``req`` from ``cur``, or None when the table and the request allow it."""
    def no(code: str, detail: str | None = None) -> Refused:
        return Refused(code, cur, *refusal(code, cur, req, detail))

    if not (req.reviewer or "").strip():
        return no("bad_request", "reviewer")
    if any(len(t or "") > TEXT_MAX for t in (req.comment, req.reason)):
        return no("bad_request", "too_long")
    if req.attribute is not None and req.attribute not in ATTRIBUTES:
        return no("bad_request", "attribute")
    if req.override and not (req.attribute and (req.reason or "").strip()):
        return no("bad_request", "override")
    if req.action == "return" and not (req.comment or "").strip():
        return no("bad_request", "return")
    if req.expected_state is not None or req.expected_version is not None:
        if (req.expected_state or cur.state, cur.version if req.expected_version is None else req.expected_version) != (cur.state, cur.version):
            return no("conflict")
    step = transition(req.action, cur.state)
    if step is None:
        return no("not_allowed")
    _to, guard = step
    if guard == "override" and not req.override:
        return no("needs_reaudit")
    if guard == "unreviewed" and cur.reviewed:
        return no("not_allowed")
    if req.action == "dismiss":
        if not req.fingerprints or req.reason_code not in DISMISS_REASONS:
            return no("bad_request", "dismiss")
        if set(req.fingerprints) - set(_fingerprints(s, target.id)):
            return no("bad_request", "fingerprint")
    if reaudit is not None:
        result = reaudit[0]
        if target.sha256 and result.sha256 and result.sha256 != target.sha256:
            return no("bad_request", "changed")
    return None


def _compare_and_set(s, cur: ReviewState, to: str, run_id: int, attribute: str | None, t: datetime) -> None:
    """Move the document from ``cur`` to ``to`` only if nobody else moved it since ``cur`` was read."""
    if cur.version == 0 and s.get(ReviewStateRow, cur.doc_key) is None:
        s.add(ReviewStateRow(doc_key=cur.doc_key, run_id=run_id, state=to, version=1, attribute=attribute, updated_at=t))
        s.flush()  # a concurrent first decision collides on the primary key here
        return
    values: dict[str, Any] = {"state": to, "version": cur.version + 1, "run_id": run_id, "updated_at": t}
    if attribute is not None:
        values["attribute"] = attribute
    res = s.execute(update(ReviewStateRow)
                    .where(ReviewStateRow.doc_key == cur.doc_key, ReviewStateRow.state == cur.state,
                           ReviewStateRow.version == cur.version)
                    .values(**values).execution_options(synchronize_session=False))
    if res.rowcount != 1:
        raise _Lost()


def _attribute(req: DecisionRequest, run: AuditRunRow) -> str | None:
    if req.action == "exempt":
        return "不予公开"
    if req.action in ("approve", "return"):
        return req.attribute or run.attribute or run.suggested_attribute
    return req.attribute


def _fingerprints(s, run_id: int) -> tuple[str, ...]:
    rows = s.execute(select(FindingRow.fingerprint).where(FindingRow.run_id == run_id).order_by(FindingRow.id)).scalars()
    return tuple(dict.fromkeys(rows))


def _register(s, run: AuditRunRow, attr: str | None, req: DecisionRequest, published_on: date | None, t: datetime):
    """The 登记 entry of an approved document (one per content: an earlier one is kept)."""
    from .review import _entry

    existing = s.execute(select(RegisterEntryRow).where(RegisterEntryRow.sha256 == (run.sha256 or ""))).scalar_one_or_none()
    if existing is not None and run.sha256:
        return _entry(existing)
    form, scope = REGISTER_DEFAULTS.get(attr or "", ("待定", "待定"))
    op = (run.contract or {}).get("opinion") or {}
    override = f"覆盖审查结论：{req.reason}" if req.override else None
    opinion = "；".join(x for x in (op.get("verdict"), op.get("reason"), override, req.comment) if x) or "审核同意"
    row = RegisterEntryRow(
        sha256=run.sha256 or "", run_id=run.id, published_on=(published_on or date.today()).isoformat(), form=form,
        subject=run.title or run.file_name, doc_number=run.doc_number, scope=scope, opinion=opinion,
        attribute=attr, department=run.department, reviewer=req.reviewer.strip(), created_at=t,
    )
    s.add(row)
    s.flush()
    return _entry(row)


def _insert_reaudit(s, old: AuditRunRow, result: Any, contract: dict[str, Any], reports: list[str], source: str) -> AuditRunRow:
    """A new run for the re-audited file, on a new claim (worker ``review``) routed where the file lies."""
    from .ledger import now

    t = now()
    old_claim = s.get(ClaimRow, old.claim_id)
    cid = uuid.uuid4().hex
    s.add(ClaimRow(id=cid, worker_id="review", source=source, work_path=source, sidecars=[],
                   department=old_claim.department if old_claim else old.department, state="routed",
                   sha256=result.sha256, route=source, claimed_at=t, routed_at=t))
    s.flush()
    doc = contract.get("document", {})
    first = old.duplicate_of or old.id  # the document was counted when it first came; a re-audit is not a new one
    run = AuditRunRow(
        claim_id=cid, sha256=result.sha256, file_name=old.file_name, department=old.department,
        doc_number=doc.get("doc_number"), title=doc.get("title"), decision=str(result.decision),
        attribute=result.attribute, suggested_attribute=result.suggested_attribute,
        anchor=doc.get("doc_number") or result.sha256 or Path(source).name, duplicate_of=first, contract=contract,
        text=None, reports=list(reports), elapsed_ms=result.elapsed_ms, audited_at=t,
    )
    s.add(run)
    s.flush()
    for f in contract.get("findings", ()):
        s.add(FindingRow(run_id=run.id, fingerprint=f["fingerprint"], code=str(f["code"]), subtype=f.get("subtype"),
                         severity=str(f["severity"]), message=f["message"], evidence=f.get("evidence"), rule=f.get("rule") or ""))
    claim = s.get(ClaimRow, cid)
    claim.run_id = run.id
    s.flush()
    return run


def _record(r: ReviewDecisionRow) -> DecisionRecord:
    return DecisionRecord(
        id=r.id, doc_key=r.doc_key, run_id=r.run_id, action=r.action, from_state=r.from_state, to_state=r.to_state,
        version=r.version, reviewer=r.reviewer, os_user=r.os_user, decided_at=r.decided_at, comment=r.comment,
        attribute=r.attribute, override=bool(r.override), reason=r.reason, fingerprints=tuple(r.fingerprints or ()),
    )
