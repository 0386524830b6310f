"""The inbox sweep (what a process work pool's workers run): one pass, every ready file routed once."""

from __future__ import annotations

import os
import shutil
import time

import pytest


@pytest.mark.prefect
@pytest.mark.slow
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


def test_idle_sweep_starts_nothing(tmp_path):
    """A scheduled tick on an empty inbox returns at once: no ledger, no audit process, no worker row."""
    from flows.sweep import has_work, inbox_sweep

    root = tmp_path / "root"
    for d in ("inbox/办公室", "work", "approval"):
        (root / d).mkdir(parents=True)
    assert not has_work(root)
    assert inbox_sweep.fn(root=str(root)) == 0
    assert not (root / "ledger.sqlite3").exists()
    (root / "work" / "0f3a").mkdir()  # a claim folder a killed sweep may have left: recovery must run
    assert has_work(root)
    (root / "work" / "0f3a").rmdir()
    (root / "inbox/办公室/通知.docx").write_bytes(b"x")
    assert has_work(root)
    assert has_work(tmp_path / "not-set-up"), "a root without inbox/ goes to the service, which sets it up or refuses it"


def test_deployments_name_an_importable_module_and_absolute_paths(tmp_path, monkeypatch):
    """Workers run flows in a temporary folder from the installed package: the entrypoint is a module
    path (a file path made Prefect load ``sweep`` as a top-level module, and the audit processes
    could not unpickle ``sweep.auditpool``), and root and config are absolute."""
    from prefect.utilities.importtools import import_object

    from flows.sweep import deployment

    monkeypatch.chdir(tmp_path)
    dep = deployment("data", every=45, config="gongkai.toml")
    assert dep.entrypoint == "flows.sweep.inbox_sweep"
    flow = import_object(dep.entrypoint)
    assert flow.name == "inbox-sweep" and flow.fn.__module__ == "flows.sweep"
    assert dep.parameters == {"root": str(tmp_path / "data"), "config": str(tmp_path / "gongkai.toml")}
    assert dep.schedules[0].schedule.interval.total_seconds() == 45


def test_sweep_finishes_what_a_sweep_killed_during_its_pass_left(tmp_path, demo_inbox, monkeypatch):
    """Another sweep on this host dies holding a claim while this one runs: one more pass routes it."""
    import subprocess

    from flows.service import Service
    from flows.sweep import inbox_sweep
    from storage import Ledger
    from storage.models import WorkerRow

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    shutil.copy(demo_inbox / "办公室/关于做好元旦期间值班工作的通知.docx", root / "inbox/值班.docx")
    old = time.time() - 10
    os.utime(root / "inbox/值班.docx", (old, old))
    cfg = tmp_path / "gongkai.toml"
    cfg.write_text('[service]\nengine = "inline"\nconcurrency = 1\nsettle_seconds = 0.1\nsidecar_wait_seconds = 0.1\n', encoding="utf-8")
    gone = subprocess.Popen(["true"])
    gone.wait()
    real_run, passes = Service.run, []

    def run(self, once=False):
        out = real_run(self, once)
        if not passes:  # meanwhile a sweep (pid now gone) claimed a file and was killed
            wid = self.ledger.register_worker()
            with self.ledger.session() as s:
                s.get(WorkerRow, wid).pid = gone.pid
            work = root / "work" / "dead0001" / "创业补贴公示.docx"
            work.parent.mkdir(parents=True)
            self.ledger.begin_claim(wid, "inbox/创业补贴公示.docx", "work/dead0001/创业补贴公示.docx", None, claim_id="dead0001")
            shutil.copy(demo_inbox / "就业促进科/创业补贴公示（已脱敏）.docx", work)
        passes.append(len(out))
        return out

    monkeypatch.setattr(Service, "run", run)
    assert inbox_sweep.fn(root=str(root), config=str(cfg)) == 2
    assert passes == [1, 1]
    assert (root / "approval/值班.docx").exists() and (root / "approval/创业补贴公示.docx").exists()
    ledger = Ledger.for_root(root)
    c = ledger.counts()
    ledger.close()
    assert c["claims_routed"] == 2 and c.get("claims_claimed", 0) == 0 and c["open_moves"] == 0
    assert not list((root / "work").iterdir())
