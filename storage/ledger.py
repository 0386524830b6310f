"""The ``Ledger``: intake (workers, claims, move intents), audit runs and findings.

Every state change is one short transaction, so a ``kill -9`` between two of them leaves a state
recovery understands: a move ``intent`` whose rename did or did not happen, a claim ``claimed`` (audit
again) or ``audited`` (route it). Reviewer verdicts, the register and the read side for reports are
in ``storage.review`` (mixed in here).
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .engine import make_engine, sqlite_url
from .models import AuditRunRow, ClaimRow, DocumentRow, FindingRow, MoveRow, WorkerRow
from .privacy import mask_json, mask_text
from .records import Claim, Move
from .review import ReviewMixin


def lock_keys(shas: list[str | None]) -> list[int]:
    """The advisory-lock keys of some contents, each once, in the one order every writer takes them."""
    return sorted({int(hashlib.sha256(x.encode()).hexdigest()[:15], 16) for x in shas if x})


def _lock_contents(s: Session, shas: list[str | None]) -> None:
    """On PostgreSQL, the transaction's advisory locks on these contents (re-entrant, released at commit)."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for k in lock_keys(shas):
        s.execute(sql_text("SELECT pg_advisory_xact_lock(:k)"), {"k": k})

OPEN_STATES = ("claimed", "audited")


def now() -> datetime:
    t = datetime.now()
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


class Ledger(ReviewMixin):
    """The service's record of everything that arrived, what was found, where it went, who decided."""

    def __init__(self, url: str, *, migrate_on_start: bool = True) -> None:
        self.url = url
        #: keep the masked visible text of each audit (for ``training_examples``); see ``retain_text``
        self.store_text = True
        self.engine = make_engine(url)
        if migrate_on_start:
            migrate.upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def for_root(cls, root: str | Path, url: str | None = None) -> Ledger:
        """The ledger of a service root: ``<root>/ledger.sqlite3`` unless ``url`` names another database."""
        root = Path(root)
        if url is None:
            root.mkdir(parents=True, exist_ok=True)
            url = sqlite_url(root)
        return cls(url)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as s:
            yield s

    # -- workers ------------------------------------------------------------------------------
    def register_worker(self) -> str:
        """A new worker id for this process (host + pid recorded for recovery)."""
        wid = uuid.uuid4().hex
        t = now()
        with self.session() as s:
            s.add(WorkerRow(id=wid, host=socket.gethostname(), pid=os.getpid(), started_at=t, heartbeat_at=t))
        return wid

    def ping(self) -> None:
        """One round trip to the database (raises when it does not answer): the service asks it while the ledger is away."""
        with self.engine.connect() as c:
            c.exec_driver_sql("SELECT 1")

    def heartbeat(self, worker_id: str) -> None:
        with self.session() as s:
            s.execute(update(WorkerRow).where(WorkerRow.id == worker_id).values(heartbeat_at=now()))

    def stop_worker(self, worker_id: str) -> None:
        with self.session() as s:
            s.execute(update(WorkerRow).where(WorkerRow.id == worker_id).values(stopped_at=now()))

    def dead_workers(self, lease_seconds: float) -> list[str]:
        """Workers whose process is gone: same host and pid not alive, or heartbeat older than the lease."""
        host = socket.gethostname()
        limit = now() - timedelta(seconds=lease_seconds)
        with self.session() as s:
            rows = s.execute(select(WorkerRow).where(WorkerRow.stopped_at.is_(None))).scalars().all()
            live_claims = set(s.execute(select(ClaimRow.worker_id).where(ClaimRow.state.in_(OPEN_STATES))).scalars())
        dead = []
        for w in rows:
            if w.host == host:
                if not _pid_alive(w.pid):
                    dead.append(w.id)
            elif w.heartbeat_at < limit:
                dead.append(w.id)
        # workers already stopped cleanly can still own unfinished claims (interrupted between files)
        with self.session() as s:
            stopped = set(s.execute(select(WorkerRow.id).where(WorkerRow.stopped_at.is_not(None))).scalars())
        dead.extend(sorted(stopped & live_claims))
        return dead

    def has_orphans(self, lease_seconds: float) -> bool:
        """True when a dead worker (same host and gone, or silent past the lease) still holds open claims."""
        dead = set(self.dead_workers(lease_seconds))
        return bool(dead) and any(c.worker_id in dead for c in self.open_claims())

    def adopt(self, dead: list[str], worker_id: str) -> list[Claim]:
        """Take over the unfinished claims of dead workers (atomic: two adopters never share one)."""
        if not dead:
            return []
        with self.session() as s:
            s.execute(update(WorkerRow).where(WorkerRow.id.in_(dead), WorkerRow.stopped_at.is_(None)).values(stopped_at=now()))
            s.execute(update(ClaimRow).where(ClaimRow.worker_id.in_(dead), ClaimRow.state.in_(OPEN_STATES)).values(worker_id=worker_id))
        return self.open_claims(worker_id)

    # -- claims and moves -------------------------------------------------------------------------
    def begin_claim(self, worker_id: str, source: str, work_path: str, department: str | None,
                    claim_id: str | None = None) -> tuple[str, int]:
        """Record a claim and the intent to move ``source`` (inbox) to ``work_path``; returns (claim id, move id)."""
        cid = claim_id or uuid.uuid4().hex
        with self.session() as s:
            s.add(ClaimRow(id=cid, worker_id=worker_id, source=source, work_path=work_path, sidecars=[],
                           department=department, state="claimed", claimed_at=now()))
            s.flush()
            mv = MoveRow(claim_id=cid, kind="claim", src=source, dst=work_path, state="intent", created_at=now())
            s.add(mv)
            s.flush()
            return cid, mv.id

    def intend_move(self, claim_id: str, kind: str, src: str, dst: str) -> int:
        """Record the intent to move ``src`` to ``dst`` (root-relative) before doing it."""
        with self.session() as s:
            mv = MoveRow(claim_id=claim_id, kind=kind, src=src, dst=dst, state="intent", created_at=now())
            s.add(mv)
            s.flush()
            return mv.id

    def finish_move(self, move_id: int) -> None:
        with self.session() as s:
            mv = s.get(MoveRow, move_id)
            mv.state, mv.done_at = "done", now()
            if mv.kind == "sidecar-claim":
                claim = s.get(ClaimRow, mv.claim_id)
                claim.sidecars = list(claim.sidecars or []) + [mv.dst]

    def abort_move(self, move_id: int, *, abort_claim: bool = False) -> None:
        with self.session() as s:
            mv = s.get(MoveRow, move_id)
            mv.state, mv.done_at = "aborted", now()
            if abort_claim:
                s.get(ClaimRow, mv.claim_id).state = "aborted"

    def abort_claim(self, claim_id: str) -> None:
        with self.session() as s:
            s.get(ClaimRow, claim_id).state = "aborted"

    def open_moves(self, claim_id: str | None = None) -> list[Move]:
        q = select(MoveRow).where(MoveRow.state == "intent")
        if claim_id is not None:
            q = q.where(MoveRow.claim_id == claim_id)
        with self.session() as s:
            return [_move(m) for m in s.execute(q.order_by(MoveRow.id)).scalars()]

    def moves(self, claim_id: str) -> list[Move]:
        with self.session() as s:
            rows = s.execute(select(MoveRow).where(MoveRow.claim_id == claim_id).order_by(MoveRow.id)).scalars()
            return [_move(m) for m in rows]

    def claim(self, claim_id: str) -> Claim:
        with self.session() as s:
            return _claim(s.get(ClaimRow, claim_id))

    def open_claims(self, worker_id: str | None = None) -> list[Claim]:
        q = select(ClaimRow).where(ClaimRow.state.in_(OPEN_STATES))
        if worker_id is not None:
            q = q.where(ClaimRow.worker_id == worker_id)
        with self.session() as s:
            return [_claim(c) for c in s.execute(q.order_by(ClaimRow.claimed_at)).scalars()]

    def claims(self, state: str | None = None) -> list[Claim]:
        q = select(ClaimRow)
        if state is not None:
            q = q.where(ClaimRow.state == state)
        with self.session() as s:
            return [_claim(c) for c in s.execute(q.order_by(ClaimRow.claimed_at)).scalars()]

    def mark_routed(self, claim_id: str, route: str) -> None:
        with self.session() as s:
            c = s.get(ClaimRow, claim_id)
            c.state, c.route, c.routed_at = "routed", route, now()

    # -- audit runs -------------------------------------------------------------------------------
    def earlier_run(self, sha256: str) -> tuple[int, dict[str, Any]] | None:
        """The first audit of this content, if any: (run id, result contract)."""
        with self.session() as s:
            row = s.execute(select(AuditRunRow).where(AuditRunRow.sha256 == sha256, AuditRunRow.duplicate_of.is_(None))
                            .order_by(AuditRunRow.id).limit(1)).scalar_one_or_none()
            return (row.id, row.contract) if row else None

    def record_audit(self, claim_id: str, result: Any, *, text: str | None = None,
                     contract: dict[str, Any] | None = None, reports: list[str] | None = None) -> tuple[int, int | None]:
        """Store one ``AuditResult`` for a claim (run, findings, document) and mark it ``audited``.

        Returns (run id, earlier run id when this content was seen before — then it is not new).
        One transaction: after a crash the claim is either still ``claimed`` or fully recorded.
        """
        with self.session() as s:
            return self._record(s, claim_id, result, text, contract, reports)

    def retain_text(self, days: int) -> int:
        """Keep audits' masked text for ``days`` days (0: store none); clears older text, returns how many runs.

        The text only serves ``training_examples`` (``gongkai train --root``): a verdict older than
        the retention no longer teaches the model, the rest of its run (contract, findings) stays.
        """
        self.store_text = days > 0
        limit = now() - timedelta(days=max(0, days))
        with self.session() as s:
            res = s.execute(update(AuditRunRow).where(AuditRunRow.text.is_not(None), AuditRunRow.audited_at < limit)
                            .values(text=None))
            return int(res.rowcount or 0)

    def record_audits(self, items: list[tuple[str, Any, str | None, dict[str, Any] | None]]) -> list[tuple[int, int | None]]:
        """``record_audit`` for several claims (claim id, result, text, contract) in one transaction."""
        with self.session() as s:
            # every content lock of the batch first, in one order: two services recording overlapping
            # batches would otherwise each hold one and wait for the other's (a deadlock on PostgreSQL)
            _lock_contents(s, [res.sha256 for _, res, _, _ in items])
            return [self._record(s, cid, res, text, contract, None) for cid, res, text, contract in items]

    def _record(self, s: Session, claim_id: str, result: Any, text: str | None, contract: dict[str, Any] | None,
                reports: list[str] | None) -> tuple[int, int | None]:
        contract = contract if contract is not None else result.to_contract()
        doc = contract["document"]
        sha = result.sha256
        anchor = doc.get("doc_number") or sha or contract.get("file") or ""  # = AuditResult.anchor
        # nothing stored carries a full ID, card or phone number: the contract (title, reasons,
        # messages), the title and the retraining text are masked here, whoever the caller is
        contract = mask_json(contract)
        doc = contract["document"]
        text = mask_text(text) if self.store_text else None
        # SQLite serialises writers (BEGIN IMMEDIATE); on PostgreSQL two services recording the same
        # content at once take turns here, so exactly one of them counts it as new
        _lock_contents(s, [sha])
        claim = s.get(ClaimRow, claim_id)
        if claim.run_id is not None:  # already recorded (idempotent on retry)
            run = s.get(AuditRunRow, claim.run_id)
            return run.id, run.duplicate_of
        earlier = None
        if sha is not None:
            earlier = s.execute(select(AuditRunRow.id).where(AuditRunRow.sha256 == sha, AuditRunRow.duplicate_of.is_(None))
                                .order_by(AuditRunRow.id).limit(1)).scalar_one_or_none()
        run = AuditRunRow(
            # the name as the ledger shows it: a full ID, card or phone number in it masked (the routed file keeps its own)
            claim_id=claim_id, sha256=sha, file_name=mask_text(Path(claim.source).name), department=claim.department or doc.get("department"),
            doc_number=doc.get("doc_number"), title=doc.get("title"), decision=str(result.decision),
            attribute=result.attribute, suggested_attribute=result.suggested_attribute, anchor=anchor,
            duplicate_of=earlier, contract=contract, text=text, reports=list(reports or ()), elapsed_ms=result.elapsed_ms,
            audited_at=now(),
        )
        s.add(run)
        s.flush()
        # the contract's fingerprints: computed where the findings were made (match_key does not travel)
        rows = [{"run_id": run.id, "fingerprint": f["fingerprint"], "code": str(f["code"]), "subtype": f.get("subtype"),
                 "severity": str(f["severity"]), "message": f["message"], "evidence": f.get("evidence"), "rule": f.get("rule") or ""}
                for f in contract.get("findings", ())]
        if rows:
            s.execute(insert(FindingRow), rows)
        if sha is not None:
            d = s.get(DocumentRow, sha)
            if d is None:
                s.add(DocumentRow(sha256=sha, first_seen=now(), first_run_id=run.id, file_name=run.file_name,
                                  doc_number=run.doc_number, title=run.title, department=run.department, times_seen=1))
                s.flush()
            else:
                d.times_seen += 1
        claim.state, claim.sha256, claim.run_id = "audited", sha, run.id
        # the claim's rename is certainly done now (its file was just audited)
        s.execute(update(MoveRow).where(MoveRow.claim_id == claim_id, MoveRow.kind == "claim", MoveRow.state == "intent")
                  .values(state="done", done_at=now()))
        return run.id, earlier

    def intend_moves(self, items: list[tuple[str, str, str, str]]) -> list[int]:
        """Several move intents (claim id, kind, src, dst) in one transaction."""
        with self.session() as s:
            rows = [MoveRow(claim_id=c, kind=k, src=a, dst=b, state="intent", created_at=now()) for c, k, a, b in items]
            s.add_all(rows)
            s.flush()
            return [r.id for r in rows]

    def finish_routes(self, items: list[tuple[int, str, str, list[str] | None, int | None]]) -> None:
        """Route moves done and their claims routed — (move id, claim id, route, report paths, run id) — in one transaction."""
        t = now()
        with self.session() as s:
            s.execute(update(MoveRow).where(MoveRow.id.in_([i[0] for i in items])).values(state="done", done_at=t))
            s.execute(update(ClaimRow), [{"id": cid, "state": "routed", "route": route, "routed_at": t} for _m, cid, route, _r, _run in items])
            reps = [{"id": run, "reports": list(r)} for _m, _c, _route, r, run in items if r is not None and run is not None]
            if reps:
                s.execute(update(AuditRunRow), reps)

    def begin_claims(self, worker_id: str, items: list[tuple[str, str, str, str | None]]) -> list[int]:
        """Several claims and their claim-move intents — (claim id, source, work path, 科室) — in one transaction."""
        t = now()
        with self.session() as s:
            s.execute(insert(ClaimRow), [{"id": cid, "worker_id": worker_id, "source": src, "work_path": work, "sidecars": [],
                                          "department": dept, "state": "claimed", "claimed_at": t} for cid, src, work, dept in items])
            rows = [MoveRow(claim_id=cid, kind="claim", src=src, dst=work, state="intent", created_at=t) for cid, src, work, _d in items]
            s.add_all(rows)
            s.flush()
            return [r.id for r in rows]

    def set_reports(self, run_id: int, paths: list[str]) -> None:
        with self.session() as s:
            s.get(AuditRunRow, run_id).reports = list(paths)

    def run_contract(self, run_id: int) -> dict[str, Any]:
        with self.session() as s:
            return s.get(AuditRunRow, run_id).contract

    def run_reports(self, run_id: int) -> list[str]:
        with self.session() as s:
            return list(s.get(AuditRunRow, run_id).reports or ())

    def counts(self) -> dict[str, int]:
        """Totals for summaries and consistency checks."""
        with self.session() as s:
            claims = dict(s.execute(select(ClaimRow.state, func.count()).group_by(ClaimRow.state)).all())
            return {
                "documents": s.execute(select(func.count()).select_from(DocumentRow)).scalar_one(),
                "runs": s.execute(select(func.count()).select_from(AuditRunRow)).scalar_one(),
                "duplicates": s.execute(select(func.count()).select_from(AuditRunRow).where(AuditRunRow.duplicate_of.is_not(None))).scalar_one(),
                "open_moves": s.execute(select(func.count()).select_from(MoveRow).where(MoveRow.state == "intent")).scalar_one(),
                **{f"claims_{k}": v for k, v in claims.items()},
            }


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _claim(c: ClaimRow) -> Claim:
    return Claim(id=c.id, worker_id=c.worker_id, source=c.source, work_path=c.work_path, sidecars=tuple(c.sidecars or ()),
                 department=c.department, state=c.state, sha256=c.sha256, run_id=c.run_id, route=c.route, claimed_at=c.claimed_at)


def _move(m: MoveRow) -> Move:
    return Move(id=m.id, claim_id=m.claim_id, kind=m.kind, src=m.src, dst=m.dst, state=m.state)
