"""Recovery after a crash: a dead worker's claims are adopted and their half-done moves finished or rolled back.

Every move is recorded as an intent in the ledger before the file moves (``Intake._move``); on start
the service reads the intents a dead worker left open and looks at the files to decide which side of
the rename each one is on. Functions of the ``Intake`` (passed in), kept apart from the steps of a
file's normal way through.
"""

from __future__ import annotations

import logging
import os

from . import claimfile, failures
from .moves import rmdir_quiet as _rmdir

log = logging.getLogger("gongkai.watch")


def recover(intake, lease_seconds: float) -> list[str]:
    """Adopt dead workers' claims, finish or roll back their half-done moves; return claims to continue."""
    return resume(intake, intake.ledger.adopt(intake.ledger.dead_workers(lease_seconds), intake.worker_id))


def leftovers(intake) -> list[str]:
    """This worker's own claims still open between two batches — a failure that could not even be
    quarantined (the ledger or the disk was away for a moment) left them "for the next start". A
    service that runs for weeks must not wait for one: they go the way adopted claims go."""
    claims = intake.ledger.open_claims(intake.worker_id)
    for c in claims:
        intake.forget(c.id)
    return resume(intake, claims)


def resume(intake, claims) -> list[str]:
    """Finish or roll back the half-done moves of ``claims``; return the ids to continue."""
    todo = []
    for c in claims:
        try:
            for m in intake.ledger.open_moves(c.id):
                resolve_move(intake, m)
            c = intake.ledger.claim(c.id)
            if c.state == "aborted":
                _rmdir(intake.layout.abs(c.work_path).parent)
                continue
            work = intake.layout.abs(c.work_path)
            if c.state == "claimed" and claimfile.restore_original(work):
                log.warning("claim %s: the original was put back after a stop mid-copy", c.id)
            if c.state == "claimed" and not os.path.lexists(work):
                log.warning("claim %s: work file %s is missing; marked aborted", c.id, c.work_path)
                intake.ledger.abort_claim(c.id)
                continue
            original = work.parent / claimfile.ORIGINAL
            if os.path.lexists(original) and os.path.lexists(work):
                if c.state == "claimed" and claimfile.differs(original, work):
                    # the writer went on after the copy: the copy is partial, the original goes back to
                    # the inbox and is taken again once it settles (as the growth check would have done)
                    intake._taken[c.id] = claimfile.Taken("file", original=original)
                    failures.put_back(intake, c.id)
                    continue
                os.unlink(original)  # the copy is the whole original: the growth check has nothing left to see
        except Exception:  # noqa: BLE001 — one claim's trouble must not stop the start
            log.exception("claim %s: recovery failed; continued as it is", c.id)
        todo.append(c.id)
    return todo

def resolve_move(intake, m) -> None:
    """Finish or roll back one half-done move from its intent: the file is where the rename put it, or not."""
    src, dst = intake.layout.abs(m.src), intake.layout.abs(m.dst)
    if m.kind in ("claim", "sidecar-claim"):
        if os.path.lexists(dst):
            intake.ledger.finish_move(m.id)
        else:  # the rename never happened (the file is still in the inbox, or another process took it)
            intake.ledger.abort_move(m.id, abort_claim=m.kind == "claim")
        return
    if os.path.lexists(dst) and os.path.lexists(src):
        if os.path.samestat(os.lstat(src), os.lstat(dst)):  # linked, not yet unlinked
            os.unlink(src)
            intake.ledger.finish_move(m.id)
        else:
            intake.ledger.abort_move(m.id)
    elif os.path.lexists(dst):
        intake.ledger.finish_move(m.id)
    else:
        if not os.path.lexists(src):
            log.error("move %s: neither %s nor %s exists", m.id, m.src, m.dst)
        intake.ledger.abort_move(m.id)
