"""The Prefect flow: one run per batch of ready files; the batch is cut into lots, each lot a task
whose nested step tasks read like the process.

    inbox-batch (flow run "inbox 2026-11-27 09:12:03 · 3 file(s)")
      └ lot 关于….docx (+2)
          ├ claim  → atomic rename into work/ (per-file I/O retries inside)
          ├ audit  → extract + check, in warm worker processes
          ├ record → audit runs and findings in the ledger
          ├ report → flag report, result JSON, 退文通知单 (worker processes)
          └ route  → approval/ · returned/<科室>/ · escalated/ · quarantine/

Why lots: a task run costs 6–12 ms and the SQLite server ingests ~22 task runs/s, while auditing a
typical docx takes ~20 ms. Live traffic gives lots of one file (full per-document state in the UI);
a backlog gives ``concurrency`` lots per flow run, so Prefect's cost per file stays small.

Retries only on I/O (``OSError``, a busy ledger) — every step is idempotent per claim; a bad
document is a result, never a retry. Concurrency is bounded by the task runner (``concurrency`` lots)
and the audit pool (``concurrency`` processes). Small batches get one markdown artifact per document
(linking its reports); every batch gets a summary table. The flow is ``async`` so a run ends without
the ~1 s heartbeat-thread join sync flow runs pay (heartbeats stay on for zombie detection).
"""

from __future__ import annotations

import asyncio
import math
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

#: Live services by key (the flow's parameters stay plain strings the UI can show).
SERVICES: dict[str, Any] = {}
#: Batches up to this size get a markdown artifact per document.
DOC_ARTIFACTS_MAX = 8


def io_only(task_obj, task_run, state) -> bool:  # noqa: ARG001
    """Retry on I/O trouble (a share hiccup, a locked file, the ledger busy), never on anything else."""
    from sqlalchemy.exc import OperationalError

    try:
        state.result()
    except (OSError, OperationalError):
        return True
    except BaseException:  # noqa: BLE001
        return False
    return False


def _step(name: str, retries: int = 3):
    return task(name=name, cache_policy=NO_CACHE, persist_result=False, retries=retries, retry_delay_seconds=[0.5, 1.0, 2.0],
                retry_condition_fn=io_only if retries else None, task_run_name=f"{name} {{label}}")


def _parallel(svc, fn, items: list) -> list:
    if len(items) <= 1:
        return [fn(*it) for it in items]
    with ThreadPoolExecutor(min(len(items), svc.settings.service.concurrency)) as ex:
        return list(ex.map(lambda it: fn(*it), items))


@_step("claim", retries=0)
def claim_step(key: str, rels: list[str], label: str) -> list[str]:
    svc = SERVICES[key]
    # shutting down: nothing new is claimed, the files stay in the inbox for the next start;
    # a file another process took first is simply not in the result
    return svc.intake.claim_lot([svc.batch_items[r] for r in rels], svc.stop)


# Steps pass claim ids only: the audit results stay in the service (``svc.audited``). Prefect walks
# every task input to track dependencies, and a Document is thousands of small objects.
@_step("audit")
def audit_step(key: str, cids: list[str], label: str) -> list[str]:
    """Audit each claim; returns the claims audited (one cut short by the service stopping went back to the inbox)."""
    svc = SERVICES[key]
    intake = svc.intake
    # guarded per claim: a file whose audit fails is quarantined (None here, its outcome comes from the
    # quarantine), the others go on; a file handed back to the inbox (the service is stopping) drops out
    kept = []
    for c, a in zip(cids, _parallel(svc, lambda c: intake.guard(c, "audit", intake.audit_or_release, c), [(c,) for c in cids])):
        if a is not None or intake.has_failed(c):
            svc.audited[c] = a
            kept.append(c)
    return kept


@_step("record")
def record_step(key: str, cids: list[str], label: str) -> list[tuple[int, int | None]]:
    svc = SERVICES[key]
    return svc.intake.record_lot(cids, [svc.audited[c] for c in cids])


@_step("report")
def report_step(key: str, cids: list[str], recorded: list, label: str) -> list[list[str]]:
    svc = SERVICES[key]
    return svc.intake.report_lot(cids, recorded, [svc.audited[c] for c in cids])


@_step("route")
def route_step(key: str, cids: list[str], reports: list, label: str) -> list[str]:
    svc = SERVICES[key]
    return svc.intake.route_lot(cids, [svc.audited[c] for c in cids], reports)


def _document_markdown(svc, out) -> str:
    root = svc.layout.root.resolve()
    lines = [f"### {Path(out.source).name}", "", f"- 处理结果 decision: **{out.decision}** → `{out.route}`",
             f"- 公开属性 attribute: {out.attribute or '未标注'}", f"- 问题 findings: {out.findings}"]
    if out.duplicate_of:
        lines.append(f"- 重复投递：内容与第 {out.duplicate_of} 次审查相同 / same content as run {out.duplicate_of}")
    for r in out.reports:
        lines.append(f"- 报告 report: [{Path(r).name}]({(root / r).as_uri()})")
    return "\n".join(lines)


@task(name="lot", cache_policy=NO_CACHE, persist_result=False, task_run_name="lot {label}")
def lot(key: str, rels: list[str], label: str, resume: list[str] | None = None, doc_artifacts: bool = True) -> list:
    """Claim → audit → record → report → route for a few files (and claims recovered after a restart)."""
    svc = SERVICES[key]
    cids = list(resume or []) + (claim_step(key, rels, label) if rels else [])
    if not cids:
        return []
    cids = audit_step(key, cids, label)
    if not cids:
        return []
    recorded = record_step(key, cids, label)
    reports = report_step(key, cids, recorded, label)
    routes = route_step(key, cids, reports, label)
    outs = []
    for c, rec, rep, route in zip(cids, recorded, reports, routes):
        a = svc.audited.pop(c, None)
        run_id, dup = rec if rec is not None else (None, None)
        out = svc.intake.outcome(c, a, run_id, dup, rep or [], route)  # a failed claim: its quarantine
        if doc_artifacts and svc.settings.service.artifacts:
            sha = ((a.result.sha256 if a is not None else None) or c)[:12]
            create_markdown_artifact(_document_markdown(svc, out), key=f"doc-{sha}", description=out.source)
        svc.on_outcome(out)
        outs.append(out)
    return outs


def _summary(outcomes) -> str:
    root_rows = ["| 文件 file | 结果 decision | 去向 route | 问题 | 重复 | 报告 report |", "|---|---|---|---|---|---|"]
    for o in outcomes:
        rep = next((r for r in o.reports if r.endswith(".html")), "")
        root_rows.append(f"| {Path(o.source).name} | {o.decision} | `{o.route}` | {o.findings} | "
                         f"{'是' if o.duplicate_of else ''} | `{rep}` |")
    return "\n".join(root_rows)


def _label(rels: list[str]) -> str:
    return Path(rels[0]).name + (f" (+{len(rels) - 1})" if len(rels) > 1 else "")


@flow(name="inbox-batch", flow_run_name="inbox {when} · {count} file(s)", persist_result=False, validate_parameters=False)
async def inbox_batch(key: str, files: list[str], when: str, count: int, resume: list[str] | None = None):
    """Process one batch of ready inbox files (and any claims recovered after a restart)."""
    svc = SERVICES[key]
    n = svc.settings.service.concurrency
    size = max(1, math.ceil(len(files) / n))
    lots = [files[i:i + size] for i in range(0, len(files), size)]
    doc_artifacts = count <= DOC_ARTIFACTS_MAX
    futures = []
    if resume:
        futures.append(lot.submit(key, [], f"recovered ({len(resume)})", resume=resume, doc_artifacts=doc_artifacts))
    futures += [lot.submit(key, rels, _label(rels), doc_artifacts=doc_artifacts) for rels in lots]
    results = await asyncio.to_thread(lambda: [f.result() for f in futures])
    done = [o for outs in results for o in outs]
    if svc.settings.service.artifacts and done:
        await create_markdown_artifact(_summary(done), key="inbox-batch", description=f"{len(done)} file(s) routed")
    return len(done)


def run_batch(svc, rels: list[str], resume: list[str] | None = None) -> int:
    """Run one ``inbox-batch`` flow for these inbox files (root-relative) and recovered claims."""
    SERVICES[svc.key] = svc
    when = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    batch = inbox_batch.with_options(task_runner=ThreadPoolTaskRunner(max_workers=svc.settings.service.concurrency))
    return asyncio.run(batch(svc.key, rels, when, len(rels) + len(resume or []), resume or []))
