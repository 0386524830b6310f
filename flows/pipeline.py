"""The Prefect flow: one run per batch of ready files, one task per document, one nested task per step.

    inbox-batch (flow run "inbox 2026-11-27 09:12:03 · 3 files")
      └ document 关于….docx
          ├ claim  → atomic rename into work/
          ├ audit  → extract + check (warm worker processes)
          ├ record → audit run and findings in the ledger
          ├ report → flag report, result JSON, 退文通知单
          └ route  → approval/ · returned/<科室>/ · escalated/ · quarantine/

Retries only on I/O (``OSError``, a locked database); a bad document is a result, never a retry.
Concurrency is bounded by the task runner (``service.concurrency`` documents at once). Each document
gets a markdown artifact linking its report; each batch a summary table. The flow is ``async`` so a
run ends without the ~1 s heartbeat-thread join that sync flow runs pay (heartbeats stay on).
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

#: Live services by key (the flow's parameters stay plain strings the UI can show).
SERVICES: dict[str, Any] = {}
RETRY_DELAYS = [0.5, 1.0, 2.0, 4.0, 8.0]


def io_only(task_obj, task_run, state) -> bool:  # noqa: ARG001
    """Retry on I/O trouble (a share hiccup, a file still locked, the ledger busy), never on anything else."""
    from sqlalchemy.exc import OperationalError

    try:
        state.result()
    except (OSError, OperationalError):
        return True
    except BaseException:
        return False
    return False


def _step(name: str, io: bool = True):
    return task(name=name, cache_policy=NO_CACHE, persist_result=False, retries=3 if io else 0,
                retry_delay_seconds=RETRY_DELAYS[:3], retry_condition_fn=io_only if io else None,
                task_run_name=f"{name} {{label}}")


@_step("claim")
def claim_step(key: str, rel: str, label: str) -> str | None:
    svc = SERVICES[key]
    return svc.intake.claim(svc.batch_items[rel])


@_step("audit")
def audit_step(key: str, cid: str, label: str):
    return SERVICES[key].intake.audit(cid)


@_step("record")
def record_step(key: str, cid: str, audited, label: str) -> tuple[int, int | None]:
    return SERVICES[key].intake.record(cid, audited)


@_step("report")
def report_step(key: str, cid: str, run_id: int, audited, duplicate_of: int | None, label: str) -> list[str]:
    return SERVICES[key].intake.report(cid, run_id, audited, duplicate_of)


@_step("route")
def route_step(key: str, cid: str, audited, reports: list[str], label: str) -> str:
    return SERVICES[key].intake.route(cid, audited, reports)


def _document_markdown(svc, out) -> str:
    root = svc.layout.root.resolve()
    lines = [f"### {Path(out.source).name}", "", f"- 处理结果 decision: **{out.decision}** → `{out.route}`",
             f"- 公开属性 attribute: {out.attribute or '未标注'}", f"- 问题 findings: {out.findings}"]
    if out.duplicate_of:
        lines.append(f"- 重复投递：内容与第 {out.duplicate_of} 次审查相同 / same content as run {out.duplicate_of}")
    for r in out.reports:
        lines.append(f"- 报告 report: [{Path(r).name}]({(root / r).as_uri()})")
    return "\n".join(lines)


@task(name="document", cache_policy=NO_CACHE, persist_result=False, task_run_name="document {label}")
def document(key: str, rel: str, label: str, cid: str | None = None):
    """Claim → audit → record → report → route for one file (or finish a recovered claim)."""
    svc = SERVICES[key]
    if cid is None:
        if svc.stop.is_set():
            return None  # shutting down: leave it in the inbox for the next start
        cid = claim_step(key, rel, label)
        if cid is None:
            return None  # another process took it
    audited = audit_step(key, cid, label)
    run_id, dup = record_step(key, cid, audited, label)
    reports = report_step(key, cid, run_id, audited, dup, label)
    route = route_step(key, cid, audited, reports, label)
    out = svc.intake.outcome(cid, audited, run_id, dup, reports, route)
    if svc.settings.service.artifacts:
        sha = (audited.result.sha256 or cid)[:12]
        create_markdown_artifact(_document_markdown(svc, out), key=f"doc-{sha}", description=out.source)
    svc.on_outcome(out)
    return out


def _summary(outcomes) -> str:
    rows = ["| 文件 file | 结果 decision | 去向 route | 问题 | 重复 |", "|---|---|---|---|---|"]
    for o in outcomes:
        rows.append(f"| {Path(o.source).name} | {o.decision} | `{o.route}` | {o.findings} | {'是' if o.duplicate_of else ''} |")
    return "\n".join(rows)


@flow(name="inbox-batch", flow_run_name="inbox {when} · {count} file(s)", log_prints=False, persist_result=False,
      validate_parameters=False)
async def inbox_batch(key: str, files: list[str], when: str, count: int, resume: list[str] | None = None):
    """Process one batch of ready inbox files (and any claims recovered after a restart)."""
    svc = SERVICES[key]
    futures = [document.submit(key, "", svc.claim_label(c), cid=c) for c in (resume or [])]
    futures += [document.submit(key, rel, Path(rel).name) for rel in files]
    outcomes = await asyncio.to_thread(lambda: [f.result() for f in futures])
    done = [o for o in outcomes if o is not None]
    if svc.settings.service.artifacts and done:
        await create_markdown_artifact(_summary(done), key="inbox-batch", description=f"{len(done)} file(s) routed")
    return done


def run_batch(svc, rels: list[str], resume: list[str] | None = None) -> list:
    """Run one ``inbox-batch`` flow for these inbox files (root-relative) and recovered claims."""
    key = svc.key
    SERVICES[key] = svc
    when = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    batch = inbox_batch.with_options(task_runner=ThreadPoolTaskRunner(max_workers=svc.settings.service.concurrency))
    return asyncio.run(batch(key, rels, when, len(rels) + len(resume or []), resume or []))
