"""The monthly-report flow end to end under the Prefect test harness: ledger in, files and artifacts out."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = [pytest.mark.prefect, pytest.mark.slow]


def _fill_ledger(root, inbox):
    from classifiers import audit_path
    from storage import Ledger

    ledger = Ledger.for_root(root)
    worker = ledger.register_worker()
    for p in sorted(inbox.rglob("*.docx")):
        cid, _ = ledger.begin_claim(worker, str(p.relative_to(inbox)), str(p), p.parent.name)
        res = audit_path(p, department=p.parent.name)
        run_id, _ = ledger.record_audit(cid, res)
        if str(res.decision) == "approve":
            ledger.record_review(run_id, "approved", "马审核")
    ledger.close()


def test_monthly_flow_writes_files_and_artifacts(tmp_path, demo_inbox):
    from prefect.testing.utilities import prefect_test_harness

    from flows.monthly import CRON, deployment, monthly_report, previous_month

    _fill_ledger(tmp_path, demo_inbox)
    today = dt.date.today()
    month = f"{today.year:04d}-{today.month:02d}"
    with prefect_test_harness(server_startup_timeout=120):
        paths = monthly_report(month=month, root=str(tmp_path))
        from prefect.client.orchestration import get_client

        async def artifacts():
            async with get_client() as client:
                return await client.read_artifacts()

        import asyncio

        arts = asyncio.run(artifacts())
    names = [p.rsplit("/", 1)[-1] for p in paths]
    assert names[:2] == [f"政务公开审查月报-{month}.xlsx", f"政务公开审查月报-{month}.html"]
    assert names[2].startswith(f"政务公开登记台账-{month}-01至{month}-")
    assert all((tmp_path / "reports" / n).stat().st_size > 1000 for n in names)
    import openpyxl

    reg = openpyxl.load_workbook(tmp_path / "reports" / names[2])["登记台账"]
    assert reg.max_row > 3  # the approved demo documents are registered
    keys = {a.key for a in arts}
    assert {"monthly-report", "monthly-sections"} <= keys
    md = next(a for a in arts if a.key == "monthly-report")
    assert "政务公开审查月报" in md.data and ".html" in md.data
    # the schedule: first day of the month, reporting the month before
    dep = deployment(tmp_path)
    assert dep.schedules[0].schedule.cron == CRON
    assert previous_month(dt.date(2027, 1, 1)) == (2026, 12)
