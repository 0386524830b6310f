"""The intake's hostile-input paths: the growth check after a claim (a file still written is put back),
a claim quarantined after a failure, an approval refused because the bytes changed.

Functions over an ``Intake`` (``flows.intake``), kept apart so the main steps read as the process.
Each leaves the ledger consistent: the moves go through intents, the claim ends ``routed`` (in
quarantine) or ``aborted`` (put back), so a restart never resumes it into the same failure.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from classifiers.messages import message
from extractors.errors import ContentChanged, ExtractionError, ProcessingFailed
from extractors.names import companion_name, fit_name

from . import claimfile
from .moves import free_name, link_then_unlink, rmdir_quiet, write_once

log = logging.getLogger("gongkai.watch")


def put_back(intake, cid: str) -> None:
    """The file was still being written: drop the copy, return the original to the inbox, abort the claim."""
    L, ledger = intake.layout, intake.ledger
    c, t = intake._get(cid), intake._taken.pop(cid)
    for m in ledger.open_moves(cid):  # the claim's renames did happen
        ledger.finish_move(m.id)
    back = L.abs(c.source)
    from .inbox import real_folders

    real_folders(L.root, back.parent)  # a folder swapped for a link meanwhile: a real one instead, nothing outside
    back.parent.mkdir(parents=True, exist_ok=True)
    dst = free_name(back.parent, back.name)
    mid = ledger.intend_move(cid, "unclaim", L.rel(t.original), L.rel(dst))
    os.unlink(L.abs(c.work_path))
    link_then_unlink(t.original, dst)
    ledger.finish_move(mid)
    for sc in c.sidecars:
        if os.path.lexists(L.abs(sc)):
            intake._move(cid, "unclaim-sidecar", L.abs(sc), back.parent, Path(sc).name)
    ledger.abort_claim(cid)
    rmdir_quiet(L.abs(c.work_path).parent)
    intake._claims.pop(cid, None)
    intake._fresh.discard(cid)
    log.warning("%s is still being written; put back in the inbox, taken again once it settles", c.source)


def quarantine_failed(intake, cid: str, stage: str, exc: BaseException):
    """Claim ``cid`` failed at ``stage``: record an error result (unless recorded), move the file (from work/
    or from the route it reached) to quarantine/ with the reason beside it; the ``Outcome``."""
    from classifiers.audit import unreadable

    from .intake import Audited, Outcome

    L, ledger = intake.layout, intake.ledger
    c = intake._claims.get(cid) or ledger.claim(cid)
    err = exc if isinstance(exc, ExtractionError) else ProcessingFailed(detail=f"{stage}: {type(exc).__name__}: {str(exc)[:300]}")
    result = unreadable(c.source.removeprefix("inbox/"), err, sha256=c.sha256)
    run_id, dup = c.run_id, None
    if run_id is None:
        run_id, dup = ledger.record_audit(cid, result, contract=result.to_contract())
    for m in ledger.open_moves(cid):
        intake._resolve(m)
    route = next((m.dst for m in ledger.moves(cid) if m.kind == "route" and m.state == "done"), None)
    if route is not None:  # the document reached a route folder before the failure: quarantine it from there
        src = L.abs(route)
    else:
        src = L.abs(c.work_path)
        if not os.path.lexists(src):
            claimfile.restore_original(src)
    q = L.root / "quarantine"
    dst = src if src.parent == q else intake._move(cid, "route", src, q, src.name)
    for sc in c.sidecars:
        if os.path.lexists(L.abs(sc)):
            intake._move(cid, "sidecar-route", L.abs(sc), q, fit_name(dst.name, Path(sc).suffix))
    reason = str(err)
    if isinstance(err, ContentChanged):
        reason = f"{err.reason_zh}（{err.detail}） / {err.reason_en}"
    intake._extras(c, Audited(result, result.to_contract()), [], dst, reason=reason)
    ledger.mark_routed(cid, L.rel(dst))
    t = intake._taken.pop(cid, None)
    if t is not None:
        claimfile.drop_original(t)
    rmdir_quiet(L.abs(c.work_path).parent)
    return Outcome(claim_id=cid, source=c.source, route=L.rel(dst), decision="error", run_id=run_id, duplicate_of=dup,
                   reports=(), findings=1)


def quarantine_if_changed(intake, cid: str, src: Path, sha256: str | None) -> Path | None:
    """Before a reviewer's approval moves ``src``: quarantine it (with the reason) when its bytes are not
    the audited ones. The quarantined path, or None when unchanged."""
    L = intake.layout
    try:
        claimfile.verify_unchanged(src, sha256)
    except ContentChanged as e:
        dst = intake._move(cid, "review", src, L.root / "quarantine", src.name)
        note = message("QUARANTINE_NOTE", reason=f"{e.reason_zh}（{e.detail}） / {e.reason_en}", source=L.rel(src),
                       at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
        write_once(dst.parent / companion_name(dst.name, ".原因.txt"), note.encode("utf-8"))
        intake.ledger.mark_routed(cid, L.rel(dst))
        log.error("%s changed after its audit; quarantined instead of approved", L.rel(src))
        return dst
    return None


#: A claimed file must stay unchanged this many ``settle`` periods after its last write. The scanner takes a
#: file after one quiet ``settle``, so a writer pausing between one and ``QUIET_FACTOR`` periods is caught
#: here; at 2 a writer appending every 2 s (the default settle is 1 s) raced the check to the millisecond
#: and was routed mid-write (issue 13's probe), 3 leaves a full period of margin.
QUIET_FACTOR = 3


def settle(intake, cids: list[str]) -> list[str]:
    """Keep the claims whose original stayed unchanged until ``QUIET_FACTOR`` × ``intake.settle`` after its last write;
    put the others back in the inbox (a writer is still appending). The kept claim ids."""
    pending = [intake._taken[c] for c in cids if c in intake._taken and intake._taken[c].original is not None]
    if pending:
        delay = max(t.mtime_ns / 1e9 + QUIET_FACTOR * intake.settle for t in pending) - time.time()
        if delay > 0:
            time.sleep(min(delay, QUIET_FACTOR * intake.settle))  # one wait for the lot
    kept = []
    for c in cids:
        t = intake._taken.get(c)
        if t is not None and t.original is not None:
            try:
                if claimfile.grew(t):
                    put_back(intake, c)
                    continue
                claimfile.drop_original(t)
                intake._taken[c] = replace(t, original=None)
            except Exception as e:  # noqa: BLE001 — this claim's trouble, not the lot's
                intake.fail(c, "claim", e)
        kept.append(c)
    return kept
