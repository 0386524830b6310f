"""A reviewer's decision moves the file: returned → ``returned/<科室>/`` with a 退文通知单,
approved or pending → ``approval/``, escalated → ``escalated/``, quarantined → ``quarantine/``; a
notice that no longer stands is withdrawn into ``withdrawn/`` beside it.

The move goes through the same ledger intents as the service's routing (``Intake._move``), and any
move this claim left half-done (a review command killed mid-move) is finished or rolled back first,
so a file is never lost or left in two places.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from extractors.names import companion_name

from .inbox import Layout
from .intake import Intake, free_name, link_then_unlink

#: What may be routed beside a document, as suffixes of its name (sidecars also as ``<stem>.json``).
_COMPANION_SUFFIXES = (".json", ".xml", ".退文通知单.docx")

log = logging.getLogger("gongkai.review")


#: review state → the routing decision whose folder holds it (``Layout.route_dir``)
STATE_FOLDERS = {"approved": "approve", "pending": "approve", "escalated": "escalate", "returned": "return",
                 "quarantined": "error"}

#: Where withdrawn 退文通知单 go, beside the file they were for.
WITHDRAWN = "withdrawn"


def notices(src: Path) -> list[Path]:
    """The 退文通知单 beside ``src``: ``<name>.退文通知单.docx`` and its ``(2)``, ``(3)`` … siblings."""
    return sorted(p for p in src.parent.glob(f"{_glob_escape(src.name)}.退文通知单*.docx") if p.is_file())


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def withdraw_notices(root: Path, ledger, run) -> list[Path]:
    """Move the notices beside ``run``'s routed file into ``withdrawn/`` beside it (ledger intents, never
    overwriting); the new paths. The section sees at once that the return no longer stands."""
    layout = Layout(Path(root))
    if not run.route:
        return []
    src = layout.abs(run.route)
    intake = Intake(layout, ledger, worker_id="review", pool=None)
    return [intake._move(run.claim_id, "notice-withdraw", n, src.parent / WITHDRAWN, n.name) for n in notices(src)]


def _companions(src: Path) -> list[Path]:
    """Files routed beside ``src`` that belong to it: its sidecars and its return notice."""
    # companion_name: the same NAME_MAX-fitted names the service gave them
    names = {companion_name(src.name, s) for s in _COMPANION_SUFFIXES} | {f"{src.stem}.json", f"{src.stem}.xml"}
    return [src.parent / n for n in sorted(names) if (src.parent / n).is_file()]


def move_for_review(root: Path, ledger, run, action: str, *, comment: str | None, reviewer: str,
                    notice_options=None, reviewer_notice: bool = True, write_notice: bool = True,
                    notice_run=None) -> Path | None:
    """Move ``run``'s routed file where the review state ``action`` (approved | pending | escalated |
    returned | quarantined) sends it; the new path, or None when it did not move.

    A file already in the right folder stays; one no longer where the ledger says (taken out by
    hand) is logged, not an error. A returned file gets a fresh 退文通知单: the reviewer's (with the
    comment) when ``reviewer_notice``, else the audit's own from the run's reports (a re-audit) — unless
    ``write_notice`` is false. ``notice_run``: the run whose contract or reports the notice is made from
    (default ``run``; another copy of the same content passes the document's current run).
    """
    layout = Layout(Path(root))
    if not run.route:
        return None
    intake = Intake(layout, ledger, worker_id="review", pool=None)
    for m in ledger.open_moves(run.claim_id):
        intake._resolve(m)
    src = layout.abs(run.route)
    target = layout.route_dir(STATE_FOLDERS[action], run.department)
    if not src.exists():
        log.warning("run %s: %s is no longer where the ledger routed it; not moved", run.id, run.route)
        return None
    if action == "approved":  # the bytes approved are the bytes audited; changed → quarantine, with the reason
        held = intake.quarantine_if_changed(run.claim_id, src, run.sha256)
        if held is not None:
            return held
    if src.parent.resolve() == target.resolve():
        if action == "returned" and write_notice:
            _notice(ledger, notice_run or run, src, comment, reviewer, notice_options, reviewer_notice, layout)
        return None
    companions = _companions(src)
    dst = intake._move(run.claim_id, "review", src, target, src.name)
    for c in companions:
        if c.name.endswith(".退文通知单.docx") and action != "returned":
            continue  # an old notice stays with the audit's own folder history
        # keep the companion's tie to the document's (possibly suffixed) new name
        suffix = next((s for s in _COMPANION_SUFFIXES if c.name == companion_name(src.name, s)), None)
        name = companion_name(dst.name, suffix) if suffix else dst.stem + c.suffix
        intake._move(run.claim_id, "review-sidecar", c, target, name)
    ledger.mark_routed(run.claim_id, layout.rel(dst))
    if action == "returned" and write_notice:
        _notice(ledger, notice_run or run, dst, comment, reviewer, notice_options, reviewer_notice, layout)
    return dst


def _notice(ledger, run, dst: Path, comment, reviewer, notice_options, reviewer_notice: bool, layout) -> None:
    if reviewer_notice:
        _write_notice(ledger, run, dst, comment, reviewer, notice_options)
        return
    for rel in run.reports:  # the audit's own notice, as the service puts it beside a returned file
        if rel.endswith(".docx") and "退文通知单" in rel and layout.abs(rel).is_file():
            path = free_name(dst.parent, f"{dst.name}.退文通知单.docx")
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(layout.abs(rel).read_bytes())
            link_then_unlink(tmp, path)


def _write_notice(ledger, run, dst: Path, comment: str | None, reviewer: str, notice_options) -> None:
    """The 退文通知单 beside the returned file: the audit's problems plus the reviewer's own."""
    from classifiers.masking import mask_text
    from classifiers.messages import RULES, message
    from classifiers.model import AuditResult, Code, Decision, Finding, Severity
    from reports.docinfo import doc_info
    from reports.notice import NoticeOptions, write_return_notice

    contract = ledger.run_contract(run.id)
    result = AuditResult.from_contract(contract)
    own = Finding(code=Code.REVIEWER_RETURN, severity=Severity.HIGH, rule=RULES["source_4"], source="reviewer",
                  message=message("REVIEWER_RETURN", comment=mask_text(comment) or "请按审核意见修改"))  # typed numbers masked
    result = replace(result, decision=Decision.RETURN, findings=result.findings + (own,))
    options = replace(notice_options or NoticeOptions(), reviewer=reviewer)
    # never overwrite: a notice moved along from an earlier return keeps its name, this one gets " (2)"
    path = free_name(dst.parent, companion_name(dst.name, ".退文通知单.docx"))
    tmp = path.with_name(f".{run.claim_id[:8]}-{run.id}.退文通知单.part")  # short: the name may be 255 bytes
    write_return_notice(result, tmp, options=options, info=doc_info(result, contract, run.department))
    link_then_unlink(tmp, path)
