"""The inbox sweep (what a process work pool's workers run): one pass, every ready file routed once."""

from __future__ import annotations

import os
import shutil
import time

import pytest

pytestmark = [pytest.mark.prefect, pytest.mark.slow]


def test_sweep_routes_ready_files_and_is_schedulable(prefect_harness, tmp_path, demo_inbox):
    from flows.sweep import deployment, inbox_sweep

    root = tmp_path / "root"
    rels = ["办公室/关于做好元旦期间值班工作的通知.docx", "办公室/值班通知（标注冲突）.docx", "就业促进科/创业补贴公示（已脱敏）.docx"]
    for rel in rels:
        (root / "inbox" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(demo_inbox / rel, root / "inbox" / rel)
        old = time.time() - 10
        os.utime(root / "inbox" / rel, (old, old))
    assert inbox_sweep(root=str(root)) == 3
    assert (root / "approval/关于做好元旦期间值班工作的通知.docx").exists()
    assert (root / "returned/办公室/值班通知（标注冲突）.docx").exists()
    assert inbox_sweep(root=str(root)) == 0, "a second sweep finds nothing new"
    dep = deployment(root, every=20)
    assert dep.parameters["root"] == str(root) and dep.schedules[0].schedule.interval.total_seconds() == 20
