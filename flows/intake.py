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

Hostile input (``flows.claimfile``): right after the rename a claim holds a private regular copy of
the file (links, FIFOs, devices and folders are quarantined unread); a file still being written is
put back; the copy is hashed again before it goes to ``approval/``. Every derived name fits
NAME_MAX (``extractors.names.fit_name``), and a department is a checked folder name.

One file's failure is that file's result: an exception while claiming, auditing, recording,
reporting or routing one claim quarantines that claim with ``ProcessingFailed`` and the lot goes on
(``Intake.guard``); transient I/O is retried in place first.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from classifiers.masking import mask_file_name, mask_text
from classifiers.messages import message
from classifiers.model import AuditResult
from extractors.errors import ExtractionError, HostileDocument, NotRegularFile, ProcessingFailed
from extractors.names import NAME_MAX, companion_name, fit_name

from . import claimfile, failures, recovery
from .inbox import Layout, ReadyFile, real_folders, rename_from_inbox
from .moves import free_name, link_then_unlink, moves_lock, sha256_file  # noqa: F401 — re-exported (tests, review_routes)
from .moves import rmdir_quiet as _rmdir
from .moves import LedgerUnavailable, ledger_unavailable
from .moves import transient as _transient
from .moves import write_once as _write_once

log = logging.getLogger("gongkai.watch")

#: Bytes kept free after a report stem for the longest report suffix plus ``.part``.
_REPORT_ROOM = max(len(s.encode()) for s in (".审查报告.html", ".result.json", ".退文通知单.docx")) + len(".part")


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


#: A reviewer's state of a content → the decision a new copy of the same bytes takes (``pending``: none yet).
_REVIEWED = {"approved": "approve", "returned": "return", "escalated": "escalate", "quarantined": "error"}


class Intake:
    """The pipeline of one service process: a worker id in the ledger, a layout and an audit pool."""

    def __init__(self, layout: Layout, ledger, worker_id: str, pool, *, orphan_minutes: float = 5.0,
                 settle: float = 1.0, max_bytes: int | None = None) -> None:
        self.layout = layout
        self.max_bytes = max_bytes  # ``[limits] max_bytes``: a larger file is quarantined uncopied
        self.ledger = ledger
        self.worker_id = worker_id
        self.pool = pool
        self.orphan_minutes = orphan_minutes
        self.settle = settle  # a claimed file must have been quiet for failures.QUIET_FACTOR × this before it is kept
        self._claims: dict[str, Any] = {}  # claim id → Claim, for claims in hand (saves ledger reads)
        self._fresh: set[str] = set()  # claimed by this process in this run (no earlier steps to find)
        self._taken: dict[str, claimfile.Taken] = {}  # claim id → its private copy
        self._refused: dict[str, ExtractionError] = {}  # claim id → why its entry is not audited
        self._failed: dict[str, Outcome] = {}  # claim id → the quarantine its failure led to
        self._unclaimable: dict[Path, tuple[int, int]] = {}  # inbox files whose claim failed (until they change)

    def _get(self, cid: str):
        c = self._claims.get(cid)
        if c is None:
            c = self._claims[cid] = self.ledger.claim(cid)
        return c

    # -- claim ----------------------------------------------------------------------------------
    def claim(self, ready: ReadyFile, retries: int = 3) -> str | None:
        """Take a ready file (and its sidecars) into ``work/<claim>/``; None if another process took it
        or it is still being written (then it is back in the inbox).

        A transient I/O error (a share hiccup, a file still locked) is retried here, per file, so a
        batch step never re-claims files it already holds.
        """
        cid = self._claim_retrying(ready, retries)
        return next(iter(self._settle([cid])), None) if cid is not None else None

    def _claim_retrying(self, ready: ReadyFile, retries: int = 3) -> str | None:
        for attempt in range(retries + 1):
            try:
                return self._claim(ready)
            except FileNotFoundError:
                return None
            except OSError:
                if attempt == retries:
                    raise
                time.sleep(0.5 * 2**attempt)
        return None

    def _claim(self, ready: ReadyFile) -> str | None:
        L = self.layout
        cid = uuid.uuid4().hex
        work = L.work / cid / ready.path.name
        work.parent.mkdir(parents=True, exist_ok=True)
        try:
            cid, mid = self.ledger.begin_claim(self.worker_id, L.rel(ready.path), L.rel(work), ready.department, claim_id=cid)
        except BaseException:  # the ledger away: no claim, no claim folder
            _rmdir(work.parent)
            raise
        try:
            rename_from_inbox(ready.path, work, L.inbox)
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
        moved = self.claim_sidecars(cid, ready.sidecars, work.parent)
        from storage.ledger import now
        from storage.records import Claim

        self._claims[cid] = Claim(id=cid, worker_id=self.worker_id, source=L.rel(ready.path), work_path=L.rel(work),
                                  sidecars=tuple(moved), department=ready.department, state="claimed", sha256=None,
                                  run_id=None, route=None, claimed_at=now())
        self._fresh.add(cid)
        self._secure(cid, work)
        return cid

    def claim_sidecars(self, cid: str, sidecars, folder: Path) -> list[str]:
        """Rename the OA sidecars of claim ``cid`` from the inbox into its ``folder`` (each through an intent); the
        root-relative paths of those taken (one gone meanwhile is skipped)."""
        L, moved = self.layout, []
        for sc in sidecars:
            dst = folder / sc.name
            smid = self.ledger.intend_move(cid, "sidecar-claim", L.rel(sc), L.rel(dst))
            try:
                rename_from_inbox(sc, dst, L.inbox)
            except FileNotFoundError:
                self.ledger.abort_move(smid)
                continue
            self.ledger.finish_move(smid)
            moved.append(L.rel(dst))
        return moved

    def _secure(self, cid: str, work: Path) -> None:
        """Replace the claimed entry by a private regular copy, or note why it is refused (never read)."""
        try:
            taken = claimfile.take_private_copy(work, self.max_bytes)
        except OSError as e:  # unreadable (permissions …): this file's error, not the batch's
            if _transient(e):
                raise
            self._refused[cid] = ProcessingFailed(detail=f"{type(e).__name__}: {e.strerror or e}")
            return
        if taken.kind == "too_large":
            # in MiB: a byte count of six digits or more would read as a number to mask in every report
            self._refused[cid] = HostileDocument(
                detail=f"{taken.size / 2**20:.1f} MiB > [limits] max_bytes = {self.max_bytes / 2**20:.1f} MiB")
            log.warning("claim %s: %s holds %d bytes, over the limit; quarantined uncopied", cid, work.name, taken.size)
        elif taken.kind != "file":
            self._refused[cid] = NotRegularFile(taken.kind)
            log.warning("claim %s: %s is a %s; quarantined unread", cid, work.name, taken.kind)
        else:
            self._taken[cid] = taken

    def _settle(self, cids: list[str]) -> list[str]:
        """The claims whose original stayed unchanged after the copy; the others go back (``failures.settle``)."""
        return failures.settle(self, cids)
    def _put_back(self, cid: str) -> None:
        """The file was still being written: back to the inbox (``flows.failures.put_back``)."""
        failures.put_back(self, cid)
    def claim_lot(self, readies: list[ReadyFile], stop=None) -> list[str]:
        """``claim`` for several files: one transaction for their intents, the renames, one settle wait."""
        L = self.layout
        if stop is not None and stop.is_set():
            return []
        readies = [r for r in readies if not self._known_unclaimable(r.path)]
        simple = [r for r in readies if not r.sidecars]
        plan = []
        for r in simple:
            cid = uuid.uuid4().hex
            work = L.work / cid / r.path.name
            work.parent.mkdir(parents=True, exist_ok=True)
            plan.append((cid, r, work))
        try:
            mids = self.ledger.begin_claims(self.worker_id, [(c, L.rel(r.path), L.rel(w), r.department) for c, r, w in plan]) if plan else []
        except BaseException:  # the ledger away: no claim was made, so no claim folder is left behind in work/
            for _, _, w in plan:
                _rmdir(w.parent)
            raise
        from storage.ledger import now
        from storage.records import Claim

        out = []
        for mid, (cid, r, work) in zip(mids, plan):
            try:
                rename_from_inbox(r.path, work, L.inbox)
            except OSError:  # gone (another process), unreadable, or behind a link: roll this one back, the others go on
                self.ledger.abort_move(mid, abort_claim=True)
                _rmdir(work.parent)
                continue
            self._claims[cid] = Claim(id=cid, worker_id=self.worker_id, source=L.rel(r.path), work_path=L.rel(work), sidecars=(),
                                      department=r.department, state="claimed", sha256=None, run_id=None, route=None,
                                      claimed_at=now())
            self._fresh.add(cid)
            try:
                self._secure(cid, work)
            except Exception as e:  # noqa: BLE001 — this claim's trouble, not the lot's
                self.fail(cid, "claim", e)
            out.append(cid)
        for r in readies:
            if r.sidecars and not (stop is not None and stop.is_set()):
                try:
                    cid = self._claim_retrying(r)
                except Exception as e:  # noqa: BLE001 — left in the inbox; not retried until it changes
                    if ledger_unavailable(e):
                        raise  # not the file's fault: it is claimed once the ledger answers
                    log.exception("cannot claim %s", r.path)
                    self._remember_unclaimable(r.path)
                    continue
                if cid is not None:
                    out.append(cid)
        return self._settle(out)

    def _known_unclaimable(self, path: Path) -> bool:
        key = self._unclaimable.get(path)
        if key is None:
            return False
        try:
            st = os.lstat(path)
        except OSError:
            self._unclaimable.pop(path, None)
            return True
        return key == (st.st_size, st.st_mtime_ns)

    def _remember_unclaimable(self, path: Path) -> None:
        try:
            st = os.lstat(path)
        except OSError:
            return
        self._unclaimable[path] = (st.st_size, st.st_mtime_ns)

    # -- audit ----------------------------------------------------------------------------------
    def audit(self, cid: str) -> Audited:
        """Audit the claimed file — or, when this content was audited before, link to that audit."""
        c = self._get(cid)
        if c.run_id is not None:  # recorded before a restart: reuse, never audit twice
            contract = self.ledger.run_contract(c.run_id)
            return Audited(AuditResult.from_contract(contract), contract)
        path = self.layout.abs(c.work_path)
        shown = c.source.removeprefix("inbox/")
        if cid not in self._taken and cid not in self._refused:  # resumed after a restart: look again
            self._secure(cid, path)
            if cid in self._taken:
                claimfile.drop_original(self._taken[cid])
        refused = self._refused.get(cid)
        if refused is not None:
            from classifiers.audit import unreadable

            result = unreadable(shown, refused)
            return Audited(result, result.to_contract())
        sha = self._taken[cid].sha256
        earlier = self.ledger.earlier_run(sha) if sha else None
        if earlier is not None:
            run_id, contract = earlier
            contract = self._as_reviewed(run_id, dict(contract, file=shown))
            return Audited(AuditResult.from_contract(contract), contract, None, run_id)
        out_dir, stem = self._report_place(c)
        result, contract, text, paths = self.pool.audit_report(path, shown, c.department, out_dir, stem)
        return Audited(result, contract, text, None, tuple(self.layout.rel(Path(p)) for p in paths) if paths is not None else None)

    def _as_reviewed(self, run_id: int, contract: dict[str, Any]) -> dict[str, Any]:
        """``contract`` with the reviewer's decision when a reviewer has decided on the content of ``run_id``: the same
        bytes again (a content returned and sent back unchanged is returned again, never put in approval/)."""
        reviewed = _REVIEWED.get(self.ledger.review_state(run_id).state)
        if reviewed is not None and reviewed != contract.get("decision"):
            return dict(contract, decision=reviewed)
        return contract

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
        """reports/<YYYY-MM>/ and a stem unique to the claim (a retry rewrites the same files), short enough
        that every report name fits NAME_MAX."""
        # a full ID, card or phone number in the name masked (＊: a name on a Windows share may not hold *)
        stem = fit_name(mask_file_name(Path(c.source).stem), f"-{c.id[:8]}", NAME_MAX - _REPORT_ROOM)
        return self.layout.reports / c.claimed_at.strftime("%Y-%m"), stem

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
    def _decision(self, c, audited: Audited) -> str:
        """The audit's decision — or, for a claim resumed after a restart, the reviewer's when one decided on the
        recorded run meanwhile (``gongkai review`` finds a run by name before it is routed)."""
        decision = str(audited.result.decision)
        if c.id not in self._fresh and c.run_id is not None:
            decision = _REVIEWED.get(self.ledger.review_state(c.run_id).state, decision)
        return decision

    def _route_decision(self, c, audited: Audited) -> str:
        """The decision's route, unless the bytes changed since the audit (then ``ContentChanged`` is raised)."""
        decision = self._decision(c, audited)
        if decision == "approve":  # the bytes audited are the bytes that go out
            claimfile.verify_unchanged(self.layout.abs(c.work_path), audited.result.sha256)
        return decision

    def route(self, cid: str, audited: Audited, reports: list[str]) -> str:
        """Move the document and its sidecars to their route, with the return notice or quarantine reason."""
        with moves_lock(self.layout.root):  # a reviewer's move of the same files waits (``flows.moves``)
            return self._route(cid, audited, reports)

    def _route(self, cid: str, audited: Audited, reports: list[str]) -> str:
        L, ledger = self.layout, self.ledger
        c = self._get(cid)
        done = {} if cid in self._fresh else {(m.kind, m.src): m for m in ledger.moves(cid) if m.state == "done"}
        doc_move = done.get(("route", c.work_path))
        if doc_move:
            dst, decision = L.abs(doc_move.dst), self._decision(c, audited)
        else:
            decision = self._route_decision(c, audited)
            folder = L.route_dir(decision, c.department or audited.contract.get("document", {}).get("department"))
            dst = self._move(cid, "route", L.abs(c.work_path), folder, Path(c.work_path).name)
        self._route_companions(cid, c, dst, done)
        self._extras(c, audited, reports, dst, decision=decision)
        ledger.mark_routed(cid, L.rel(dst))
        _rmdir(L.abs(c.work_path).parent)
        return L.rel(dst)

    def _route_companions(self, cid: str, c, dst: Path, done: dict) -> None:
        L = self.layout
        doc_name = Path(c.work_path).name
        for sc in c.sidecars:
            if ("sidecar-route", sc) in done or not os.path.lexists(L.abs(sc)):
                continue
            name = Path(sc).name
            name = companion_name(dst.name, name[len(doc_name):]) if name.startswith(doc_name) else fit_name(Path(dst.name).stem, Path(name).suffix)
            self._move(cid, "sidecar-route", L.abs(sc), dst.parent, name)

    def _extras(self, c, audited: Audited, reports: list[str], dst: Path, reason: str | None = None,
                decision: str | None = None) -> None:
        """The return notice beside a returned file; the reason beside a quarantined one. ``decision``: the one the
        file was routed by (default the audit's); a reviewer's return gets the reviewer's notice from
        ``review_decide.follow_state`` instead of the audit's, which has none."""
        routed_by = decision
        decision = str(audited.result.decision)
        if routed_by is not None and routed_by != decision:
            return
        if reason is None and decision == "return":
            for r in reports:
                if r.endswith(".docx") and "退文通知单" in r:
                    _write_once(dst.parent / companion_name(dst.name, ".退文通知单.docx"), self.layout.abs(r).read_bytes())
        elif reason is not None or decision == "error":
            if reason is None:  # the findings in Chinese, then the typed error in both languages
                said = "；".join(f.message for f in audited.result.findings)
                err = audited.result.error or ""
                reason = f"{said}\n（{err}）" if said and err else (said or err)
            note = message("QUARANTINE_NOTE", reason=reason, source=c.source, at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
            _write_once(dst.parent / companion_name(dst.name, ".原因.txt"), note.encode("utf-8"))

    # -- lots: the same steps with one ledger transaction per lot instead of per file ---------------
    def audit_lot(self, cids: list[str]) -> list[Audited | None]:
        """``audit`` for a lot, each claim guarded (None for a claim that failed and is quarantined, or that
        went back to the inbox because the service is stopping)."""
        return [self.guard(c, "audit", self.audit_or_release, c) for c in cids]

    def has_failed(self, cid: str) -> bool:
        """Whether claim ``cid`` failed at some step and was quarantined (its outcome is the quarantine)."""
        return cid in self._failed

    def record_lot(self, cids: list[str], audited: list[Audited | None]) -> list[tuple[int, int | None] | None]:
        """``record`` for a lot in one transaction (one by one, guarded, when the lot's transaction fails)."""
        live = [(c, a) for c, a in zip(cids, audited) if a is not None and c not in self._failed]
        try:
            got = self.ledger.record_audits([(c, a.result, a.text, a.contract) for c, a in live]) if live else []
        except Exception as e:  # noqa: BLE001 — find the one claim at fault
            if _transient(e):
                raise
            got = [self.guard(c, "record", self.ledger.record_audit, c, a.result, text=a.text, contract=a.contract) for c, a in live]
        out: dict[str, tuple[int, int | None] | None] = {}
        for (c, a), r in zip(live, got):
            out[c] = r
            if r is not None:
                self._claims[c] = replace(self._get(c), state="audited", run_id=r[0], sha256=a.result.sha256)
        return [out.get(c) for c in cids]

    def report_lot(self, cids: list[str], recorded: list, audited: list) -> list[list[str] | None]:
        """``report`` for a lot; fresh claims' report paths are stored with their route (one transaction)."""
        return [self.guard(c, "report", self.report, c, r[0], a, r[1], store=c not in self._fresh)
                if r is not None and a is not None else None for c, r, a in zip(cids, recorded, audited)]

    def route_lot(self, cids: list[str], audited: list, reports: list) -> list[str | None]:
        """``route`` for a lot: one transaction for the intents, the links, one for done + routed."""
        L = self.layout
        plan, taken, routes = [], set(), {}
        for c, a, r in zip(cids, audited, reports):
            if r is None or a is None or c in self._failed:
                continue
            cl = self._get(c)
            if c not in self._fresh or cl.sidecars:
                continue  # resumed claims and documents with sidecars take the careful per-file path
            try:
                decision = self._route_decision(cl, a)
                folder = L.route_dir(decision, cl.department or a.contract.get("document", {}).get("department"))
                folder.mkdir(parents=True, exist_ok=True)
                start = 0
                while True:
                    dst = free_name(folder, Path(cl.work_path).name, start)
                    if dst not in taken:
                        break
                    start += 1
            except Exception as e:  # noqa: BLE001 — this claim's trouble, not the lot's
                self.fail(c, "route", e)
                continue
            taken.add(dst)
            plan.append((c, a, r, cl, dst))
        with moves_lock(L.root):
            self._route_planned(plan, routes)
        for c, a, r in zip(cids, audited, reports):
            if c not in routes and c not in self._failed and r is not None and a is not None:
                routes[c] = self.guard(c, "route", self._route_and_store, c, a, r)
        self._follow_reviews({c: route for c, route in routes.items() if route is not None and c not in self._failed}, routes)
        return [routes.get(c) if c not in self._failed else self._failed[c].route for c in cids]

    def _route_planned(self, plan: list, routes: dict) -> None:
        """The lot's planned routes: one transaction for the intents, the links, one for done + routed."""
        L = self.layout
        mids = self.ledger.intend_moves([(c, "route", cl.work_path, L.rel(dst)) for c, _a, _r, cl, dst in plan]) if plan else []
        done = []
        for mid, (c, a, r, cl, dst) in zip(mids, plan):
            try:
                link_then_unlink(L.abs(cl.work_path), dst)
            except FileExistsError:  # another process took the name: this one goes the per-file way
                self.ledger.abort_move(mid)
                continue
            except Exception as e:  # noqa: BLE001
                self.ledger.abort_move(mid)
                self.fail(c, "route", e)
                continue
            self.guard(c, "route", self._extras, cl, a, r, dst)
            if c in self._failed:
                # its notice or reason could not be written (a full disk): ``fail`` moved it on to quarantine/ and
                # recorded that route, which the lot must not overwrite with the one it left
                self.ledger.finish_move(mid)
                continue
            done.append((mid, c, L.rel(dst), r, cl.run_id))
            routes[c] = L.rel(dst)
        if done:
            self.ledger.finish_routes(done)
            for _mid, c, _route, _r, _run in done:
                _rmdir(L.abs(self._get(c).work_path).parent)

    def _follow_reviews(self, routed: dict[str, str], routes: dict[str, str | None]) -> None:
        """Routed files whose content a reviewer has decided on go where the review state says (``review_decide.follow_state``).

        Asked after the route is recorded: a decision committed before that read is followed here; one committed after
        it finds the route recorded and moves the file itself — so a decision made while its file was on the way (or
        in ``work/`` of a crashed service) is never undone by the audit's route.
        """
        runs = {self._get(c).run_id: c for c in routed if self._get(c).run_id is not None}
        decided = self.ledger.decided_runs(list(runs)) if runs else set()
        if not decided:
            return
        from .review_decide import follow_state

        for run_id in sorted(decided):
            cid = runs[run_id]
            try:
                follow_state(self.layout.root, self.ledger, run_id)
                routes[cid] = self.ledger.claim(cid).route
            except Exception:  # noqa: BLE001 — the file stays where its audit sent it; the next decision moves it
                log.exception("claim %s: could not follow the reviewer's decision; left at %s", cid, routes[cid])

    def _route_and_store(self, cid: str, audited: Audited, reports: list[str]) -> str:
        route = self.route(cid, audited, reports)
        if cid in self._fresh:
            self.ledger.set_reports(self._get(cid).run_id, reports)
        return route

    def _move(self, cid: str, kind: str, src: Path, folder: Path, name: str) -> Path:
        with moves_lock(self.layout.root):  # one mover at a time (``flows.moves``)
            return self._move_locked(cid, kind, src, folder, name)

    def _move_locked(self, cid: str, kind: str, src: Path, folder: Path, name: str) -> Path:
        # every folder between the root and the destination its own: a link swapped in (an inbox folder made a link to
        # outside while its file was out for audit) is replaced by a real folder, so nothing is put back outside
        real_folders(self.layout.root, folder)
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
            except BaseException:
                self.ledger.abort_move(mid)
                raise
            self.ledger.finish_move(mid)
            return dst

    # -- one file's failure -------------------------------------------------------------------------
    def guard(self, cid: str, stage: str, fn, *args, **kwargs):
        """``fn(*args)`` for one claim; transient I/O is retried in place, any other failure quarantines the
        claim (``fail``) and returns None — one file never stops the lot or the service."""
        if cid in self._failed:
            return None
        for attempt in range(4):
            try:
                return fn(*args, **kwargs)
            except Exception as e:  # noqa: BLE001 — the flow boundary for one file
                if _transient(e) and attempt < 3:
                    time.sleep(0.5 * 2**attempt)
                    continue
                if ledger_unavailable(e):
                    # not this file's fault: quarantining it would file a good document as unreadable (and needs the
                    # ledger too); the lot stops, the claim stays open for the service to take up again
                    raise LedgerUnavailable(f"{stage}: {type(e).__name__}") from e
                self.fail(cid, stage, e)
                return None
        return None

    def fail(self, cid: str, stage: str, exc: BaseException) -> None:
        """Quarantine claim ``cid`` after ``exc`` at ``stage``: an error result, recorded, with its reason beside it."""
        if cid in self._failed:
            return
        log.error("claim %s: %s failed; quarantined (%s: %s)", cid, stage, type(exc).__name__, exc,
                  exc_info=not isinstance(exc, ExtractionError))
        try:
            self._failed[cid] = failures.quarantine_failed(self, cid, stage, exc)
        except Exception:  # noqa: BLE001 — the ledger or the disk is gone: the claim stays for the next start
            log.critical("claim %s: could not be quarantined either; left in work/ for the next start", cid, exc_info=True)
            c = self._claims.get(cid)
            self._failed[cid] = Outcome(claim_id=cid, source=c.source if c else "", route=c.work_path if c else "",
                                        decision="error", run_id=None, duplicate_of=None, reports=())

    def quarantine_if_changed(self, cid: str, src: Path, sha256: str | None) -> Path | None:
        """Before a reviewer's approval moves ``src``: quarantine it when its bytes are not the audited ones."""
        return failures.quarantine_if_changed(self, cid, src, sha256)
    # -- the whole chain, and recovery ------------------------------------------------------------
    def process(self, cid: str) -> Outcome:
        """Run (or finish, after a restart) every step for one claim; a failure is this claim's error outcome."""
        return self.process_lot([cid])[0]

    def process_lot(self, cids: list[str]) -> list[Outcome]:
        """Every step for a lot of claims (the inline engine; the Prefect flow calls the same steps)."""
        if not cids:
            return []
        got = self.audit_lot(cids) if len(cids) == 1 else self._parallel_audit(cids)
        # a claim handed back to the inbox (the service is stopping) has no outcome here; a failed one has its quarantine
        keep = [i for i, (c, a) in enumerate(zip(cids, got)) if a is not None or self.has_failed(c)]
        cids, audited = [cids[i] for i in keep], [got[i] for i in keep]
        if not cids:
            return []
        recorded = self.record_lot(cids, audited)
        reports = self.report_lot(cids, recorded, audited)
        routes = self.route_lot(cids, audited, reports)
        return [self.outcome(c, a, r[0] if r else None, r[1] if r else None, rep or [], route)
                for c, a, r, rep, route in zip(cids, audited, recorded, reports, routes)]

    def _parallel_audit(self, cids: list[str]) -> list[Audited | None]:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(min(len(cids), getattr(self.pool, "processes", 1))) as ex:
            return list(ex.map(lambda c: self.guard(c, "audit", self.audit_or_release, c), cids))

    def outcome(self, cid: str, audited: Audited | None, run_id: int | None, dup: int | None, reports: list[str],
                route: str | None) -> Outcome:
        """Where claim ``cid`` went (its quarantine when one of its steps failed)."""
        self._taken.pop(cid, None)
        self._refused.pop(cid, None)
        failed = self._failed.pop(cid, None)
        c = self._claims.pop(cid, None)
        self._fresh.discard(cid)
        if failed is not None:
            return failed
        c = c or self.ledger.claim(cid)
        return Outcome(claim_id=cid, source=c.source, route=route, decision=str(audited.result.decision), run_id=run_id,
                       duplicate_of=dup, reports=tuple(reports), findings=len(audited.result.findings),
                       attribute=audited.result.attribute)

    def quarantine_orphan(self, path: Path) -> str | None:
        """Quarantine a sidecar whose document never came, with the reason beside it."""
        ready = ReadyFile(path, None, ())
        cid = self._claim_retrying(ready)
        if cid is None:
            return None
        c = self._claims.pop(cid)
        self._fresh.discard(cid)
        self._refused.pop(cid, None)
        t = self._taken.pop(cid, None)
        if t is not None:
            claimfile.drop_original(t)
        for m in self.ledger.open_moves(cid):
            self.ledger.finish_move(m.id)
        dst = self._move(cid, "route", self.layout.abs(c.work_path), self.layout.root / "quarantine", path.name)
        _write_once(dst.parent / companion_name(dst.name, ".原因.txt"),
                    message("ORPHAN_SIDECAR", minutes=round(self.orphan_minutes)).encode("utf-8"))
        self.ledger.mark_routed(cid, self.layout.rel(dst))
        _rmdir(self.layout.abs(c.work_path).parent)
        return self.layout.rel(dst)

    def recover(self, lease_seconds: float) -> list[str]:
        """Adopt dead workers' claims, finish or roll back their half-done moves; return claims to continue."""
        return recovery.recover(self, lease_seconds)

    def leftovers(self) -> list[str]:
        """This worker's claims left open by a failure between batches, made ready to continue."""
        return recovery.leftovers(self)

    def forget(self, cid: str) -> None:
        """Drop what this process remembers of claim ``cid`` (it is taken up again from the ledger)."""
        for d in (self._claims, self._taken, self._refused, self._failed):
            d.pop(cid, None)
        self._fresh.discard(cid)

    def _resolve(self, m) -> None:
        recovery.resolve_move(self, m)
