"""Recovery after a crash: a dead worker's claims are adopted and their half-done moves finished or rolled back.

Every move is recorded as an intent in the ledger before the file moves (``Intake._move``); on start
the service reads the intents a dead worker left open and looks at the files to decide which side of
the rename each one is on. Functions of the ``Intake`` (passed in), kept apart from the steps of a
file's normal way through.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from extractors.sidecar import sidecar_paths

from . import claimfile, failures
from .moves import moves_lock
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
    """Finish or roll back the half-done moves of ``claims``; return the ids to continue.

    A claim not yet audited is taken up as a fresh claim is: its sidecars still in the inbox are claimed, it
    gets its private copy and the growth check (``failures.settle``) — a claim renamed but not yet copied holds
    the dropped inode itself, which a writer may still be appending to.
    """
    todo, unsettled = [], []
    for c in claims:
        try:
            with moves_lock(intake.layout.root):  # a reviewer moving the same claim's files waits
                for m in intake.ledger.open_moves(c.id):
                    resolve_move(intake, m)
            c = intake.ledger.claim(c.id)
            if c.state == "aborted":
                _rmdir(intake.layout.abs(c.work_path).parent)
                continue
            if c.state == "claimed":
                if retake(intake, c):
                    unsettled.append(c.id)
                continue
        except Exception:  # noqa: BLE001 — one claim's trouble must not stop the start
            log.exception("claim %s: recovery failed; continued as it is", c.id)
        todo.append(c.id)
    return todo + failures.settle(intake, unsettled)


def retake(intake, c) -> bool:
    """Take up claim ``c`` (``claimed``, not audited) as the claim step leaves a fresh one, before its growth check;
    False when there is nothing left to continue (its file is missing, or it went back to the inbox)."""
    work = intake.layout.abs(c.work_path)
    claimed = _claim_ctime(intake, c)  # before a put-back of the original renames it again
    if claimfile.restore_original(work):
        log.warning("claim %s: the original was put back after a stop mid-copy", c.id)
    if not os.path.lexists(work):
        log.warning("claim %s: work file %s is missing; marked aborted", c.id, c.work_path)
        intake.ledger.abort_claim(c.id)
        return False
    left = left_sidecars(intake, c, claimed)
    if left:
        intake.claim_sidecars(c.id, left, work.parent)
        log.warning("claim %s: its sidecar(s) %s were still in the inbox; taken with it", c.id,
                    ", ".join(p.name for p in left))
    intake.forget(c.id)  # read again from the ledger (its sidecars)
    original = work.parent / claimfile.ORIGINAL
    if os.path.lexists(original):
        if claimfile.differs(original, work):
            # the writer went on after the copy: the copy is partial, the original goes back to
            # the inbox and is taken again once it settles (as the growth check would have done)
            intake._taken[c.id] = claimfile.Taken("file", original=original)
            failures.put_back(intake, c.id)
            return False
        # the copy is whole so far: the growth check still watches the original for its quiet time
        st = os.lstat(work)
        intake._taken[c.id] = claimfile.Taken("file", claimfile.sha256_regular(work), st.st_size, st.st_mtime_ns, original)
    else:
        # the entry may be the dropped inode itself (stopped before its copy, or its put-back rolled back)
        intake._secure(c.id, work)
    return True


def left_sidecars(intake, c, claimed: int | None = None) -> list[Path]:
    """The OA sidecars of claim ``c``'s document still in the inbox beside where it was dropped: a stop between the
    document's claim rename and theirs. None when a document of the same name was dropped there again (they are
    then that one's); nor a sidecar written or renamed into place after the claim (its inode's change time is later
    than the claimed document's, set by the claim's rename, on the same file system's clock): that is the form of a
    new document of the same name still to come, not this one's."""
    src = intake.layout.abs(c.source)
    if os.path.lexists(src):
        return []
    if claimed is None:
        claimed = _claim_ctime(intake, c)
    out = []
    for p in sidecar_paths(src):
        try:
            st = os.lstat(p)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        if claimed is not None and st.st_ctime_ns > claimed:
            log.warning("claim %s: sidecar %s appeared after the claim; left for the document it belongs to", c.id, p.name)
            continue
        out.append(p)
    return out


def _claim_ctime(intake, c) -> int | None:
    """The change time of claim ``c``'s dropped inode (its claim renamed it: the rename set it), or None when gone.
    Before the private copy it is the work entry; after, the original kept beside it."""
    work = intake.layout.abs(c.work_path)
    for p in (work.parent / claimfile.ORIGINAL, work):
        try:
            return os.lstat(p).st_ctime_ns
        except OSError:
            continue
    return None


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
