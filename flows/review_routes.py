"""A reviewer's decision moves the file: returned → ``returned/<科室>/`` with a 退文通知单,
approved (an escalated file) → ``approval/``.

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


def _companions(src: Path) -> list[Path]:
    """Files routed beside ``src`` that belong to it: its sidecars and its return notice."""
    # companion_name: the same NAME_MAX-fitted names the service gave them
    names = {companion_name(src.name, s) for s in _COMPANION_SUFFIXES} | {f"{src.stem}.json", f"{src.stem}.xml"}
    return [src.parent / n for n in sorted(names) if (src.parent / n).is_file()]


def move_for_review(root: Path, ledger, run, action: str, *, comment: str | None, reviewer: str,
                    notice_options=None) -> Path | None:
    """Move ``run``'s routed file where ``action`` (approved | returned) sends it; the new path, or None.

    Nothing moves when the file already sits in the right folder, or when it is no longer where
    the ledger says (someone took it out by hand; logged, not an error).
    """
    layout = Layout(Path(root))
    if not run.route:
        return None
    intake = Intake(layout, ledger, worker_id="review", pool=None)
    for m in ledger.open_moves(run.claim_id):
        intake._resolve(m)
    src = layout.abs(run.route)
    target = layout.route_dir("return" if action == "returned" else "approve", run.department)
    if src.parent.resolve() == target.resolve():
        return None
    if not src.exists():
        log.warning("run %s: %s is no longer where the ledger routed it; not moved", run.id, run.route)
        return None
    if action != "returned":  # the bytes approved are the bytes audited; changed → quarantine, with the reason
        held = intake.quarantine_if_changed(run.claim_id, src, run.sha256)
        if held is not None:
            return held
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
    if action == "returned":
        _write_notice(ledger, run, dst, comment, reviewer, notice_options)
    return dst


def _write_notice(ledger, run, dst: Path, comment: str | None, reviewer: str, notice_options) -> None:
    """The 退文通知单 beside the returned file: the audit's problems plus the reviewer's own."""
    from classifiers.messages import RULES, message
    from classifiers.model import AuditResult, Code, Decision, Finding, Severity
    from reports.docinfo import doc_info
    from reports.notice import NoticeOptions, write_return_notice

    contract = ledger.run_contract(run.id)
    result = AuditResult.from_contract(contract)
    own = Finding(code=Code.REVIEWER_RETURN, severity=Severity.HIGH, rule=RULES["source_4"], source="reviewer",
                  message=message("REVIEWER_RETURN", comment=comment or "请按审核意见修改"))
    result = replace(result, decision=Decision.RETURN, findings=result.findings + (own,))
    options = replace(notice_options or NoticeOptions(), reviewer=reviewer)
    # never overwrite: a notice moved along from an earlier return keeps its name, this one gets " (2)"
    path = free_name(dst.parent, companion_name(dst.name, ".退文通知单.docx"))
    tmp = path.with_name(f".{run.claim_id[:8]}-{run.id}.退文通知单.part")  # short: the name may be 255 bytes
    write_return_notice(result, tmp, options=options, info=doc_info(result, contract, run.department))
    link_then_unlink(tmp, path)
