"""``gongkai watch`` end to end under the Prefect test harness: files written slowly, lock files,
duplicates, a section subfolder, a late sidecar; routes, reports, ledger rows, artifacts, run names."""

from __future__ import annotations

import asyncio
import datetime
import shutil
import threading
import time
from pathlib import Path

import pytest

from watch_helpers import write_slowly

pytestmark = [pytest.mark.prefect, pytest.mark.slow]


def wait_for(cond, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.1)
    return cond()


def test_watch_routes_everything_once_with_prefect(prefect_harness, tmp_path, demo_inbox):
    from flows.service import Service
    from flows.settings import load_settings

    started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    root = tmp_path / "root"
    settings = load_settings(env={"PREFECT_API_URL": prefect_harness}, overrides={
        "root": str(root), "settle_seconds": 0.4, "sidecar_wait_seconds": 1.0, "poll_seconds": 0.1, "rescan_seconds": 1.0})
    svc = Service(settings)
    th = threading.Thread(target=svc.run, daemon=True)
    th.start()
    inbox = root / "inbox"
    try:
        docs = {
            "养老保险科/关于做好城乡居民养老保险费征缴工作的通知.docx": "approval/关于做好城乡居民养老保险费征缴工作的通知.docx",
            "办公室/值班通知（标注冲突）.docx": "returned/办公室/值班通知（标注冲突）.docx",
            "办公室/空文件.docx": "quarantine/空文件.docx",
        }
        for rel in docs:
            write_slowly(inbox / rel, (demo_inbox / rel).read_bytes())
        # lock and temporary files: never taken
        (inbox / "办公室" / "~$班通知.docx").write_bytes(b"owner file")
        (inbox / "下载中.docx.tmp").write_bytes(b"partial")
        # the same content again at the top level: recognised as a duplicate
        shutil.copy(demo_inbox / "办公室/值班通知（标注冲突）.docx", inbox / "值班通知（标注冲突）.docx")
        # a document whose OA sidecar arrives just after it
        rel = "办公室/关于调整值班安排的通知.docx"
        shutil.copy(demo_inbox / rel, inbox / rel)
        time.sleep(0.3)
        shutil.copy(demo_inbox / "办公室/关于调整值班安排的通知.json", inbox / "办公室/关于调整值班安排的通知.json")
        expected = dict(docs, **{rel: "approval/关于调整值班安排的通知.docx"})
        assert wait_for(lambda: all((root / r).exists() for r in expected.values())), (
            [r for r in expected.values() if not (root / r).exists()], sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if ".prefect" not in p.parts))
        assert wait_for(lambda: len(svc.outcomes) == len(expected) + 1)
    finally:
        svc.stop.set()
        svc.wake.set()
        th.join(60)
    assert not th.is_alive()
    svc.close()
    by_src = {o.source.removeprefix("inbox/"): o for o in svc.outcomes}
    dup = by_src.pop("值班通知（标注冲突）.docx")
    assert {k: o.route for k, o in by_src.items()} == expected
    # the duplicate keeps its name (a suffix if the other copy got there first) in a returned/ folder
    assert dup.route.startswith("returned/") and (root / dup.route).exists()
    assert (root / "approval/关于调整值班安排的通知.json").exists(), "the late sidecar went with its document"
    first = by_src["办公室/值班通知（标注冲突）.docx"]
    assert {dup.duplicate_of, first.duplicate_of} == {None, min(dup.run_id, first.run_id)}
    assert (inbox / "办公室" / "~$班通知.docx").exists() and (inbox / "下载中.docx.tmp").exists()
    assert (root / "quarantine/空文件.docx.原因.txt").exists()
    assert (root / "returned/办公室/值班通知（标注冲突）.docx.退文通知单.docx").exists()
    for o in svc.outcomes:
        assert o.reports and all((root / r).exists() for r in o.reports)

    from storage import Ledger

    ledger = Ledger.for_root(root)
    c = ledger.counts()
    assert c["claims_routed"] == 5 and c["runs"] == 5 and c["documents"] == 4 and c["duplicates"] == 1 and c["open_moves"] == 0
    assert len(ledger.queue()) == 3  # approval ×2 and the returned one; quarantine is not reviewed
    shas = {r.sha256[:12] for r in ledger.latest_runs()}
    ledger.close()

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter, ArtifactFilterFlowRunId, FlowRunFilter, FlowRunFilterStartTime, TaskRunFilter,
        TaskRunFilterFlowRunId)

    # the session's server also holds other tests' runs and artifacts, and the API returns 200 rows by default
    # (a CI run lost one of this test's artifacts off the end of an unfiltered list): read this test's only
    async def read():
        async with get_client() as client:
            runs = await client.read_flow_runs(flow_run_filter=FlowRunFilter(start_time=FlowRunFilterStartTime(after_=started)))
            ids = [r.id for r in runs if str(r.parameters.get("key", "")).startswith(f"{root.resolve()}#")]  # this service's
            if not ids:
                return [], [], []
            arts = await client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=ids)))
            tasks = await client.read_task_runs(task_run_filter=TaskRunFilter(flow_run_id=TaskRunFilterFlowRunId(any_=ids)))
            return [r for r in runs if r.id in ids], arts, tasks

    runs, arts, tasks = asyncio.run(read())
    mine = runs
    assert mine and all(r.name.startswith("inbox ") and "file(s)" in r.name for r in mine)
    assert all(r.state_type.value == "COMPLETED" for r in mine)
    keys = {a.key for a in arts}
    assert "inbox-batch" in keys and {f"doc-{sha}" for sha in shas} <= keys and len(shas) == 4
    doc_md = next(a for a in arts if a.key and a.key.startswith("doc-"))
    assert "file://" in doc_md.data and "审查报告" in doc_md.data
    steps = {t.name.split(" ", 1)[0] for t in tasks}
    assert {"lot", "claim", "audit", "record", "report", "route"} <= steps
