"""The steps that take one file from the inbox to its route: claim → audit → record → report → route.

Plain functions over the ledger and the file system — no Prefect here, so they are tested directly
and the Prefect flows (``flows.pipeline``) are thin task wrappers around them.

Never lose or double-process a file:

* **claim** — an ``intent`` row in the ledger, then an atomic ``rename`` from ``inbox/`` into
  ``work/<claim>/``. Only one process can win a rename; the others see the file gone and abort.
* **route** — an ``intent`` row, then ``link`` + ``unlink`` (never overwrites: an existing name gets a
  `` (2)`` suffix), then ``done``. The audit run is recorded before routing, so a restart never audits twice.
* **recover** — at start, the claims of dead workers are adopted and each half-done move is finished
  (the rename happened) or rolled back (it did not); then the claims continue from their state.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from classifiers.messages import message
from classifiers.model import AuditResult

from .inbox import Layout, ReadyFile

log = logging.getLogger("gongkai.watch")

_NO_LINK = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EACCES}


@dataclass(frozen=True, slots=True)
class Audited:
    """One claim's audit: the result, its contract (fingerprints as computed), the text, the earlier run."""

    result: AuditResult
    contract: dict[str, Any]
    text: str | None = None
    earlier_run: int | None = None
    reports: tuple[str, ...] | None = None  # written with the audit (root-relative)


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where one file went."""

    claim_id: str
    source: str  # inbox-relative
    route: str  # root-relative
    decision: str
    run_id: int | None
    duplicate_of: int | None
    reports: tuple[str, ...]
    findings: int = 0
    attribute: str | None = None


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def free_name(folder: Path, name: str, start: int = 0) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)`` … — the first that does not exist yet."""
    p = Path(name)
    stem, suffix = (p.stem, p.suffix) if p.suffix and len(p.suffix) <= 6 else (name, "")
    n = max(1, start + 1)
    while True:
        cand = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        if not cand.exists() and not cand.is_symlink():
            return cand
        n += 1


def link_then_unlink(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst`` without ever replacing an existing ``dst`` (FileExistsError instead)."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError as e:
        if e.errno not in _NO_LINK:
            raise
        # shares without hard links: check, then rename (only this claim's owner moves this file)
        if dst.exists():
            raise FileExistsError(str(dst)) from None
        os.rename(src, dst)
        return
    os.unlink(src)


class Intake:
    """The pipeline of one service process: a worker id in the ledger, a layout and an audit pool."""

    def __init__(self, layout: Layout, ledger, worker_id: str, pool, *, orphan_minutes: float = 5.0) -> None:
        self.layout = layout
        self.ledger = ledger
        self.worker_id = worker_id
        self.pool = pool
        self.orphan_minutes = orphan_minutes
        self._claims: dict[str, Any] = {}  # claim id → Claim, for claims in hand (saves ledger reads)
        self._fresh: set[str] = set()  # claimed by this process in this run (no earlier steps to find)

    def _get(self, cid: str):
        c = self._claims.get(cid)
        if c is None:
            c = self._claims[cid] = self.ledger.claim(cid)
        return c

    # -- claim ----------------------------------------------------------------------------------
    def claim(self, ready: ReadyFile, retries: int = 3) -> str | None:
        """Take a ready file (and its sidecars) into ``work/<claim>/``; None if another process took it.

        A transient I/O error (a share hiccup, a file still locked) is retried here, per file, so a
        batch step never re-claims files it already holds.
        """
        for attempt in range(retries + 1):
            try:
                return self._claim(ready)
            except FileNotFoundError:
                return None
            except OSError:
                if attempt == retries:
                    raise
                import time

                time.sleep(0.5 * 2**attempt)
        return None

    def _claim(self, ready: ReadyFile) -> str | None:
        L = self.layout
        cid = uuid.uuid4().hex
        work = L.work / cid / ready.path.name
        work.parent.mkdir(parents=True, exist_ok=True)
        cid, mid = self.ledger.begin_claim(self.worker_id, L.rel(ready.path), L.rel(work), ready.department, claim_id=cid)
        try:
            os.rename(ready.path, work)
        except FileNotFoundError:
            self.ledger.abort_move(mid, abort_claim=True)
            _rmdir(work.parent)
            return None
        except OSError:
            self.ledger.abort_move(mid, abort_claim=True)
            _rmdir(work.parent)
            raise
        # the claim move is marked done with the audit record (one transaction fewer per file);
        # until then recovery sees the renamed file and finishes the intent itself
        moved = []
        for sc in ready.sidecars:
            dst = work.parent / sc.name
            smid = self.ledger.intend_move(cid, "sidecar-claim", L.rel(sc), L.rel(dst))
            try:
                os.rename(sc, dst)
            except FileNotFoundError:
                self.ledger.abort_move(smid)
                continue
            self.ledger.finish_move(smid)
            moved.append(L.rel(dst))
        from storage.ledger import now
        from storage.records import Claim

        self._claims[cid] = Claim(id=cid, worker_id=self.worker_id, source=L.rel(ready.path), work_path=L.rel(work),
                                  sidecars=tuple(moved), department=ready.department, state="claimed", sha256=None,
                                  run_id=None, route=None, claimed_at=now())
        self._fresh.add(cid)
        return cid

    def claim_lot(self, readies: list[ReadyFile], stop=None) -> list[str]:
        """``claim`` for several files: one transaction for their intents, then the renames."""
        L = self.layout
        if stop is not None and stop.is_set():
            return []
        simple = [r for r in readies if not r.sidecars]
        plan = []
        for r in simple:
            cid = uuid.uuid4().hex
            work = L.work / cid / r.path.name
            work.parent.mkdir(parents=True, exist_ok=True)
            plan.append((cid, r, work))
        mids = self.ledger.begin_claims(self.worker_id, [(c, L.rel(r.path), L.rel(w), r.department) for c, r, w in plan]) if plan else []
        from storage.ledger import now
        from storage.records import Claim

        out = []
        for mid, (cid, r, work) in zip(mids, plan):
            try:
                os.rename(r.path, work)
            except OSError:  # gone (another process) or unreadable: roll this one back, the others go on
                self.ledger.abort_move(mid, abort_claim=True)
                _rmdir(work.parent)
                continue
            self._claims[cid] = Claim(id=cid, worker_id=self.worker_id, source=L.rel(r.path), work_path=L.rel(work), sidecars=(),
                                      department=r.department, state="claimed", sha256=None, run_id=None, route=None,
                                      claimed_at=now())
            self._fresh.add(cid)
            out.append(cid)
        for r in readies:
            if r.sidecars and not (stop is not None and stop.is_set()):
                cid = self.claim(r)
                if cid is not None:
                    out.append(cid)
        return out

    # -- audit ----------------------------------------------------------------------------------
    def audit(self, cid: str) -> Audited:
        """Audit the claimed file — or, when this content was audited before, link to that audit."""
        c = self._get(cid)
        if c.run_id is not None:  # recorded before a restart: reuse, never audit twice
            contract = self.ledger.run_contract(c.run_id)
            return Audited(AuditResult.from_contract(contract), contract)
        path = self.layout.abs(c.work_path)
        shown = c.source.removeprefix("inbox/")
        try:
            sha = sha256_file(path)
        except OSError:
            sha = None
        earlier = self.ledger.earlier_run(sha) if sha else None
        if earlier is not None:
            run_id, contract = earlier
            contract = dict(contract, file=shown)
            return Audited(AuditResult.from_contract(contract), contract, None, run_id)
        out_dir, stem = self._report_place(c)
        result, contract, text, paths = self.pool.audit_report(path, shown, c.department, out_dir, stem)
        return Audited(result, contract, text, None, tuple(self.layout.rel(Path(p)) for p in paths) if paths is not None else None)

    def audit_or_release(self, cid: str) -> Audited | None:
        """``audit``; when the service stops mid-audit the file goes back to the inbox and None is returned."""
        from .auditpool import AuditInterrupted

        try:
            return self.audit(cid)
        except AuditInterrupted:
            self.release(cid)
            return None

    def release(self, cid: str) -> list[str]:
        """Hand an unaudited claim back: its files return to where they were dropped, the claim is aborted.

        Through ledger intents like every move (a crash half-way is finished or rolled back on the
        next start); a name taken in the meantime gets `` (2)``. Returns the inbox paths (root-relative).
        """
        L, c = self.layout, self._get(cid)
        for m in self.ledger.open_moves(cid):  # the claim rename happened: its intent is done
            self.ledger.finish_move(m.id)
        back = [self._move(cid, "release", L.abs(c.work_path), L.abs(c.source).parent, Path(c.source).name)]
        for sc in c.sidecars:
            if L.abs(sc).exists():
                back.append(self._move(cid, "sidecar-release", L.abs(sc), L.abs(c.source).parent, Path(sc).name))
        self.ledger.abort_claim(cid)
        self._claims.pop(cid, None)
        self._fresh.discard(cid)
        _rmdir(L.abs(c.work_path).parent)
        log.info("stopping: %s handed back to the inbox, not audited", c.source)
        return [L.rel(p) for p in back]

    def _report_place(self, c) -> tuple[Path, str]:
        """reports/<YYYY-MM>/ and a stem unique to the claim (a retry rewrites the same files)."""
        return self.layout.reports / c.claimed_at.strftime("%Y-%m"), f"{Path(c.source).stem}-{c.id[:8]}"

    # -- record ---------------------------------------------------------------------------------
    def record(self, cid: str, audited: Audited) -> tuple[int, int | None]:
        """Store the run and its findings; the claim becomes ``audited`` (same transaction)."""
        run_id, dup = self.ledger.record_audit(cid, audited.result, text=audited.text, contract=audited.contract)
        self._claims[cid] = replace(self._get(cid), state="audited", run_id=run_id, sha256=audited.result.sha256)
        return run_id, dup

    # -- report ---------------------------------------------------------------------------------
    def report(self, cid: str, run_id: int, audited: Audited, duplicate_of: int | None, *, store: bool = True) -> list[str]:
        """Write the per-document reports under ``reports/<YYYY-MM>/`` (a duplicate links the earlier ones)."""
        if cid not in self._fresh:  # resumed after a restart: the reports may be there already
            existing = self.ledger.run_reports(run_id)
            if existing:
                return existing
        paths = list(audited.reports or ())
        if not paths and duplicate_of is not None:
            paths = self.ledger.run_reports(duplicate_of)
        if not paths:  # a resumed claim — or a twin of content being audited at this very moment
            out_dir, stem = self._report_place(self._get(cid))
            paths = [self.layout.rel(Path(p)) for p in self.pool.report(audited.result, out_dir, stem)]
        if store:
            self.ledger.set_reports(run_id, paths)
        return paths

    # -- route ----------------------------------------------------------------------------------
    def route(self, cid: str, audited: Audited, reports: list[str]) -> str:
        """Move the document and its sidecars to their route, with the return notice or quarantine reason."""
        L, ledger = self.layout, self.ledger
        c = self._get(cid)
        decision = str(audited.result.decision)
        folder = L.route_dir(decision, c.department or audited.contract.get("document", {}).get("department"))
        folder.mkdir(parents=True, exist_ok=True)
        done = {} if cid in self._fresh else {(m.kind, m.src): m for m in ledger.moves(cid) if m.state == "done"}
        doc_move = done.get(("route", c.work_path))
        dst = L.abs(doc_move.dst) if doc_move else self._move(cid, "route", L.abs(c.work_path), folder, Path(c.work_path).name)
        for sc in c.sidecars:
            if ("sidecar-route", sc) in done or not L.abs(sc).exists():
                continue
            name = Path(sc).name
            doc_name = Path(c.work_path).name
            name = dst.name + name[len(doc_name):] if name.startswith(doc_name) else Path(dst.name).stem + Path(name).suffix
            self._move(cid, "sidecar-route", L.abs(sc), dst.parent, name)
        self._extras(c, audited, reports, dst)
        ledger.mark_routed(cid, L.rel(dst))
        _rmdir(L.abs(c.work_path).parent)
        return L.rel(dst)

    def _extras(self, c, audited: Audited, reports: list[str], dst: Path) -> None:
        """The return notice beside a returned file; the reason beside a quarantined one."""
        decision = str(audited.result.decision)
        if decision == "return":
            for r in reports:
                if r.endswith(".docx") and "退文通知单" in r:
                    _write_once(dst.parent / f"{dst.name}.退文通知单.docx", self.layout.abs(r).read_bytes())
        elif decision == "error":
            reason = "；".join(f.message for f in audited.result.findings) or (audited.result.error or "")
            note = message("QUARANTINE_NOTE", reason=reason, source=c.source, at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
            _write_once(dst.parent / f"{dst.name}.原因.txt", note.encode("utf-8"))

    # -- lots: the same steps with one ledger transaction per lot instead of per file ---------------
    def record_lot(self, cids: list[str], audited: list[Audited]) -> list[tuple[int, int | None]]:
        """``record`` for a lot in one transaction."""
        out = self.ledger.record_audits([(c, a.result, a.text, a.contract) for c, a in zip(cids, audited)])
        for c, a, (run_id, _dup) in zip(cids, audited, out):
            self._claims[c] = replace(self._get(c), state="audited", run_id=run_id, sha256=a.result.sha256)
        return out

    def report_lot(self, cids: list[str], recorded: list[tuple[int, int | None]], audited: list[Audited]) -> list[list[str]]:
        """``report`` for a lot; fresh claims' report paths are stored with their route (one transaction)."""
        return [self.report(c, r[0], a, r[1], store=c not in self._fresh) for c, r, a in zip(cids, recorded, audited)]

    def route_lot(self, cids: list[str], audited: list[Audited], reports: list[list[str]]) -> list[str]:
        """``route`` for a lot: one transaction for the intents, the links, one for done + routed."""
        L = self.layout
        plan, taken, routes = [], set(), {}
        for c, a, r in zip(cids, audited, reports):
            cl = self._get(c)
            if c not in self._fresh or cl.sidecars:
                continue  # resumed claims and documents with sidecars take the careful per-file path
            folder = L.route_dir(str(a.result.decision), cl.department or a.contract.get("document", {}).get("department"))
            folder.mkdir(parents=True, exist_ok=True)
            start = 0
            while True:
                dst = free_name(folder, Path(cl.work_path).name, start)
                if dst not in taken:
                    break
                start += 1
            taken.add(dst)
            plan.append((c, a, r, cl, dst))
        mids = self.ledger.intend_moves([(c, "route", cl.work_path, L.rel(dst)) for c, _a, _r, cl, dst in plan]) if plan else []
        done = []
        for mid, (c, a, r, cl, dst) in zip(mids, plan):
            try:
                link_then_unlink(L.abs(cl.work_path), dst)
            except FileExistsError:  # another process took the name: this one goes the per-file way
                self.ledger.abort_move(mid)
                continue
            self._extras(cl, a, r, dst)
            done.append((mid, c, L.rel(dst), r, cl.run_id))
            routes[c] = L.rel(dst)
        if done:
            self.ledger.finish_routes(done)
            for _mid, c, _route, _r, _run in done:
                _rmdir(L.abs(self._get(c).work_path).parent)
        for c, a, r in zip(cids, audited, reports):
            if c not in routes:
                routes[c] = self.route(c, a, r)
                if c in self._fresh:
                    self.ledger.set_reports(self._get(c).run_id, r)
        return [routes[c] for c in cids]

    def _move(self, cid: str, kind: str, src: Path, folder: Path, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        start = 0
        while True:
            dst = free_name(folder, name, start)
            mid = self.ledger.intend_move(cid, kind, self.layout.rel(src), self.layout.rel(dst))
            try:
                link_then_unlink(src, dst)
            except FileExistsError:  # another process took the name between our check and the link
                self.ledger.abort_move(mid)
                start += 1
                continue
            self.ledger.finish_move(mid)
            return dst

    # -- the whole chain, and recovery ------------------------------------------------------------
    def process(self, cid: str) -> Outcome:
        """Run (or finish, after a restart) every step for one claim."""
        audited = self.audit(cid)
        run_id, dup = self.record(cid, audited)
        reports = self.report(cid, run_id, audited, dup)
        route = self.route(cid, audited, reports)
        return self.outcome(cid, audited, run_id, dup, reports, route)

    def process_lot(self, cids: list[str]) -> list[Outcome]:
        """Every step for a lot of claims (the inline engine; the Prefect flow calls the same steps)."""
        if not cids:
            return []
        got = [self.audit_or_release(c) for c in cids] if len(cids) == 1 else self._parallel_audit(cids)
        cids, audited = [c for c, a in zip(cids, got) if a is not None], [a for a in got if a is not None]
        if not cids:
            return []
        recorded = self.record_lot(cids, audited)
        reports = self.report_lot(cids, recorded, audited)
        routes = self.route_lot(cids, audited, reports)
        return [self.outcome(c, a, r[0], r[1], rep, route) for c, a, r, rep, route in zip(cids, audited, recorded, reports, routes)]

    def _parallel_audit(self, cids: list[str]) -> list[Audited | None]:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(min(len(cids), getattr(self.pool, "processes", 1))) as ex:
            return list(ex.map(self.audit_or_release, cids))

    def outcome(self, cid: str, audited: Audited, run_id: int | None, dup: int | None, reports: list[str], route: str) -> Outcome:
        c = self._claims.pop(cid, None) or self.ledger.claim(cid)
        self._fresh.discard(cid)
        return Outcome(claim_id=cid, source=c.source, route=route, decision=str(audited.result.decision), run_id=run_id,
                       duplicate_of=dup, reports=tuple(reports), findings=len(audited.result.findings),
                       attribute=audited.result.attribute)

    def quarantine_orphan(self, path: Path) -> str | None:
        """Quarantine a sidecar whose document never came, with the reason beside it."""
        ready = ReadyFile(path, None, ())
        cid = self.claim(ready)
        if cid is None:
            return None
        c = self._claims.pop(cid)
        self._fresh.discard(cid)
        for m in self.ledger.open_moves(cid):
            self.ledger.finish_move(m.id)
        dst = self._move(cid, "route", self.layout.abs(c.work_path), self.layout.root / "quarantine", path.name)
        _write_once(dst.parent / f"{dst.name}.原因.txt", message("ORPHAN_SIDECAR", minutes=round(self.orphan_minutes)).encode("utf-8"))
        self.ledger.mark_routed(cid, self.layout.rel(dst))
        _rmdir(self.layout.abs(c.work_path).parent)
        return self.layout.rel(dst)

    def recover(self, lease_seconds: float) -> list[str]:
        """Adopt dead workers' claims, finish or roll back their half-done moves; return claims to continue."""
        claims = self.ledger.adopt(self.ledger.dead_workers(lease_seconds), self.worker_id)
        todo = []
        for c in claims:
            for m in self.ledger.open_moves(c.id):
                self._resolve(m)
            c = self.ledger.claim(c.id)
            if c.state == "aborted":
                _rmdir(self.layout.abs(c.work_path).parent)
                continue
            if c.state == "claimed" and not self.layout.abs(c.work_path).exists():
                log.warning("claim %s: work file %s is missing; marked aborted", c.id, c.work_path)
                self.ledger.abort_claim(c.id)
                continue
            todo.append(c.id)
        return todo

    def _resolve(self, m) -> None:
        src, dst = self.layout.abs(m.src), self.layout.abs(m.dst)
        if m.kind in ("claim", "sidecar-claim"):
            if dst.exists():
                self.ledger.finish_move(m.id)
            else:  # the rename never happened (the file is still in the inbox, or another process took it)
                self.ledger.abort_move(m.id, abort_claim=m.kind == "claim")
            return
        if dst.exists() and src.exists():
            if os.path.samefile(src, dst):  # linked, not yet unlinked
                os.unlink(src)
                self.ledger.finish_move(m.id)
            else:
                self.ledger.abort_move(m.id)
        elif dst.exists():
            self.ledger.finish_move(m.id)
        else:
            if not src.exists():
                log.error("move %s: neither %s nor %s exists", m.id, m.src, m.dst)
            self.ledger.abort_move(m.id)


def _write_once(path: Path, data: bytes) -> None:
    """Write ``path`` unless it exists (a retried step writes nothing twice, nothing is overwritten)."""
    if path.exists():
        return
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    tmp.write_bytes(data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:
        if not path.exists():
            os.rename(tmp, path)
            return
    os.unlink(tmp)


def _rmdir(p: Path) -> None:
    try:
        p.rmdir()
    except OSError:
        pass
