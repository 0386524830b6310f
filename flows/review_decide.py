"""One reviewer decision, end to end: the ledger's compare-and-set, then the file where the winner sends it.

``decide`` and ``reaudit`` are what every front end calls — ``gongkai review`` today, the web
console tomorrow — and both return a ``ReviewOutcome``: the ledger's typed verdict (``Applied`` or
``Refused``) plus what happened to the files. The ledger decides first; only the winner touches
files, so the loser of a race never moves anything. When a document leaves ``returned`` (approved
by override, re-audited, returned again with a new notice, withdrawn), the stale 退文通知单 beside it
is withdrawn into ``withdrawn/`` beside it, through the ledger's move intents.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from storage.review_machine import Applied, DecisionRequest, Refused
from storage.review_messages import refusal

from .review_routes import move_for_review, notices, withdraw_notices

#: review state → the folder the file belongs in (``Layout.route_dir`` decision); withdrawn stays put
FOLDER_STATES = ("approved", "pending", "escalated", "returned", "quarantined")

log = logging.getLogger("gongkai.review")


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What one decision did: the ledger's verdict, where the file went, which notices were withdrawn."""

    result: Applied | Refused
    moved_to: Path | None = None
    withdrawn: tuple[Path, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.result.ok


def decide(root: Path, ledger, run_id: int, request: DecisionRequest, *, notice_options=None,
           published_on: date | None = None) -> ReviewOutcome:
    """Apply ``request`` to the document of ``run_id``; on success move its file where the new state says.

    An approval is refused before anything is recorded when the routed file's bytes are no longer the
    bytes audited (changed on the share after the audit): approved must mean this content was audited.
    """
    if request.action in ("approve", "exempt"):
        changed = _changed_since_audit(Path(root), ledger, run_id, request)
        if changed is not None:
            return ReviewOutcome(changed)
    result = ledger.decide(run_id, request, published_on=published_on)
    if not result.ok:
        return ReviewOutcome(result)
    return _follow(Path(root), ledger, result, request, notice_options)


def _changed_since_audit(root: Path, ledger, run_id: int, request: DecisionRequest) -> Refused | None:
    """A refusal when the document's routed file no longer hashes to what was audited, else None."""
    import hashlib

    from .inbox import Layout

    current = ledger.review_state(run_id)
    run = ledger.run(current.run_id)
    if run is None or not run.route or not run.sha256:
        return None
    path = Layout(root).abs(run.route)
    if not path.is_file() or path.is_symlink():
        return None  # the move step says the file is gone; nothing to compare
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    if h.hexdigest() == run.sha256:
        return None
    return Refused("bad_request", current, *refusal("bad_request", current, request, "changed"))


def reaudit(root: Path, ledger, run_id: int, request: DecisionRequest, *, config_path: str | None = None,
            notice_options=None) -> ReviewOutcome:
    """Audit the document's routed file again (in this process) and move it where the new audit sends it.

    The state read before the audit is the expected one: if a reviewer decides while the audit runs,
    the re-audit is refused like any other late decision (its reports stay in ``reports/``).
    """
    from .auditpool import InlineAudit
    from .inbox import Layout

    layout = Layout(Path(root))
    current = ledger.review_state(run_id)
    request = replace(request, action="reaudit", expected_state=request.expected_state or current.state,
                      expected_version=current.version if request.expected_version is None else request.expected_version)
    target = ledger.run(current.run_id)
    path = layout.abs(target.route) if target is not None and target.route else None
    if path is None or not path.is_file():
        return ReviewOutcome(Refused("bad_request", current, *refusal("bad_request", current, request, "missing_file")))
    out_dir = layout.reports / date.today().strftime("%Y-%m")
    stem = f"{Path(target.file_name).stem}-reaudit-{uuid.uuid4().hex[:8]}"
    result, contract, _text, paths = InlineAudit(config_path).audit_report(path, target.file_name, target.department, out_dir, stem)
    applied = ledger.record_reaudit(run_id, request, result, contract, [layout.rel(Path(p)) for p in paths], target.route)
    if not applied.ok:
        return ReviewOutcome(applied)
    return _follow(layout.root, ledger, applied, request, notice_options)


def _follow(root: Path, ledger, applied: Applied, request: DecisionRequest, notice_options) -> ReviewOutcome:
    """The winner's file effects: the files of the document follow its state (``follow_state``)."""
    if request.action == "dismiss" or applied.state.state not in FOLDER_STATES:
        return ReviewOutcome(applied)
    dst, withdrawn = follow_state(root, ledger, applied.state.run_id, own=(applied, request), notice_options=notice_options)
    return ReviewOutcome(applied, moved_to=dst, withdrawn=tuple(withdrawn))


#: Rounds of ``follow_state`` before it gives up on a state that keeps moving (each round is one read of the state).
_ROUNDS = 8


def follow_state(root: Path, ledger, run_id: int, *, own: tuple[Applied, DecisionRequest] | None = None,
                 notice_options=None) -> tuple[Path | None, list[Path]]:
    """Bring every routed copy of ``run_id``'s content where the content's review state says *now*.

    The state is read before the files move and again after: when another decision committed in between
    (two reviewers, or one deciding twice before the first decision's move ran), the files follow the newer
    state in another round — so the last decision is where the files end, whichever move runs last. Every
    copy of the content follows (a second drop of the same bytes is routed beside the first), except other
    copies held in ``quarantine/`` for what happened to them (changed bytes, a failed step).

    ``own``: the decision this call moves files for (its notice is written only while it is still the
    state's latest); None when the intake routed a copy of content a reviewer already decided on. A copy
    leaving ``returned/`` has its 退文通知单 withdrawn; a copy in ``returned/`` gets the notice of the
    decision that returned it (a new decision's replaces the old one; a copy without one gets one).
    Returns (where the current run's file went, or None when it did not move; the notices withdrawn).
    """
    from .moves import moves_lock

    # another process moving these files meanwhile (the service routing a copy, a second reviewer) waits: each
    # round's moves and its second read of the state happen with no other mover in between
    with moves_lock(root):
        return _follow_rounds(root, ledger, run_id, own, notice_options)


def _follow_rounds(root: Path, ledger, run_id: int, own, notice_options) -> tuple[Path | None, list[Path]]:
    from .inbox import ROUTES, Layout

    layout = Layout(Path(root))
    moved: Path | None = None
    withdrawn: list[Path] = []
    for _ in range(_ROUNDS):
        st = ledger.review_state(run_id)
        if st.state not in FOLDER_STATES:
            return moved, withdrawn
        mine = own is not None and st.version == own[0].state.version
        current = None
        seen: set[str] = set()
        for copy in ledger.copies(st.run_id):
            if copy.route is None or copy.route in seen:
                continue
            seen.add(copy.route)
            if copy.id == st.run_id:
                current = copy
            elif copy.route.split("/")[0] == ROUTES["error"] or not layout.abs(copy.route).is_file():
                continue  # held in quarantine for its own reason, or no longer there (the ledger's older path of a re-audit)
            src = layout.abs(copy.route)
            has_notice = bool(notices(src))
            if has_notice and (st.state != "returned" or mine):
                withdrawn += withdraw_notices(root, ledger, copy)  # leaving the return, or a new notice replaces it
                has_notice = False
            comment, reviewer, by_reviewer = _notice_source(ledger, st, own if mine else None)
            dst = move_for_review(root, ledger, copy, st.state, comment=comment, reviewer=reviewer,
                                  notice_options=notice_options, reviewer_notice=by_reviewer,
                                  write_notice=st.state == "returned" and not has_notice,
                                  notice_run=current or ledger.run(st.run_id))
            if copy.id == st.run_id and dst is not None:
                moved = dst
        if ledger.review_state(run_id).version == st.version:
            return moved, withdrawn
    log.warning("run %s: its review state kept changing while its files moved; the next decision moves them again", run_id)
    return moved, withdrawn


def _notice_source(ledger, st, own) -> tuple[str | None, str, bool]:
    """(comment, reviewer, whether a reviewer's notice) for a copy the state ``st`` sends to ``returned/``."""
    if own is not None:
        applied, request = own
        return request.comment, request.reviewer, request.action == "return"
    if st.state != "returned" or not st.reviewed:
        return None, "", False  # the audit's (or a re-audit's) own notice
    setter = next((d for d in reversed(ledger.decisions(st.run_id)) if d.action != "dismiss"), None)
    if setter is None or setter.action != "return":
        return None, "", False
    return setter.comment, setter.reviewer, True
