"""The service under hostile drops: a file still being written is never routed while its writer appends;
a file that fails in routing is quarantined and later files go on, across restarts; a sidecar
naming an absolute path neither writes outside the root nor stops a restart."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from flows.inbox import Layout
from flows.service import Service
from flows.settings import ServiceSettings, Settings

pytestmark = pytest.mark.slow

APPROVE = ("中卫市人力资源和社会保障局\n关于做好就业服务工作的通知\n各科室：\n现就做好就业服务工作通知如下。请认真落实。\n"
           "中卫市人力资源和社会保障局\n2026年11月2日\n公开方式：主动公开\n")
RETURN = "关于做好就业服务工作的通知\n各科室：\n请认真落实。\n"


def settings(root: Path, **kw) -> Settings:
    base = dict(root=str(root), engine="inline", settle_seconds=0.3, sidecar_wait_seconds=0.1, poll_seconds=0.05,
                rescan_seconds=0.5, lease_seconds=5.0, heartbeat_seconds=1.0, concurrency=1, watchdog=False)
    base.update(kw)
    return Settings(service=ServiceSettings(**base))


def run_once(root: Path) -> list:
    svc = Service(settings(root))
    try:
        return svc.run(once=True)
    finally:
        svc.close()


@contextmanager
def running(cfg: Settings):
    """A service running in a thread for the block, then stopped and closed."""
    svc = Service(cfg)
    t = threading.Thread(target=svc.run, daemon=True)
    t.start()
    try:
        yield svc
    finally:
        svc.stop.set()
        svc.wake.set()
        t.join(30)
        svc.close()


def put(root: Path, rel: str, text: str) -> Path:
    p = root / "inbox" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".{p.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.rename(p)
    return p


def test_a_growing_file_is_put_back_until_its_writer_stops(tmp_path):
    """A writer appends every 0.5 s (longer than settle_seconds, so the scanner takes it mid-write):
    the file is routed only once complete, and the routed bytes are the audited bytes."""
    root = tmp_path / "root"
    with running(settings(root)) as svc:
        path = root / "inbox" / "办公室" / "慢慢写.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = APPROVE.splitlines(keepends=True)
        with open(path, "w", encoding="utf-8") as fh:  # one open descriptor for the whole write, as a slow copy
            for line in lines + ["补充说明第%d条。\n" % i for i in range(6)]:
                fh.write(line)
                fh.flush()
                time.sleep(0.5)
                assert not list((root / "approval").glob("*")) and not list((root / "returned").rglob("*.txt")), \
                    "routed while its writer was still appending"
        full = path.read_bytes() if path.exists() else None
        deadline = time.time() + 30
        while time.time() < deadline and not svc.outcomes:
            time.sleep(0.1)
    assert [o.route for o in svc.outcomes] == ["approval/慢慢写.txt"]
    routed = (root / "approval/慢慢写.txt").read_bytes()
    assert routed.decode("utf-8").endswith("补充说明第5条。\n"), "the complete file was routed"
    assert full is None or routed == full
    from storage import Ledger

    ledger = Ledger.for_root(root)
    try:
        assert hashlib.sha256(routed).hexdigest() == ledger.run(svc.outcomes[0].run_id).sha256
        assert ledger.counts()["claims_routed"] == 1
    finally:
        ledger.close()


def test_a_poison_file_cannot_stop_the_service_across_restarts(tmp_path, monkeypatch):
    root = tmp_path / "root"
    real = Layout.route_dir

    def route_dir(self, decision, department):  # a bug that hits one department's files only
        if department == "毒科":
            raise RuntimeError("routing bug")
        return real(self, decision, department)

    monkeypatch.setattr(Layout, "route_dir", route_dir)
    # a claim left half-done by a killed service: claimed and audited, never routed
    from flows.auditpool import InlineAudit
    from flows.inbox import ReadyFile
    from flows.intake import Intake
    from storage import Ledger

    Layout(root).ensure()
    ledger = Ledger.for_root(root)
    first = Intake(Layout(root), ledger, ledger.register_worker(), InlineAudit(), settle=0.0)
    p = put(root, "毒科/先到的坏文件.txt", RETURN)
    cid = first.claim(ReadyFile(p, "毒科", ()))
    a = first.audit(cid)
    first.record(cid, a)
    ledger.stop_worker(first.worker_id)
    ledger.close()

    put(root, "毒科/坏文件.txt", RETURN + "二")
    put(root, "办公室/好文件一.txt", RETURN + "一")
    outs1 = run_once(root)  # restart 1: the stranded claim and the new files
    put(root, "好文件二.txt", APPROVE)
    outs2 = run_once(root)  # restart 2
    put(root, "办公室/好文件三.txt", RETURN + "三")
    outs3 = run_once(root)  # restart 3
    routes = {Path(o.source).name: o.route for o in outs1 + outs2 + outs3}
    assert routes == {"先到的坏文件.txt": "quarantine/先到的坏文件.txt", "坏文件.txt": "quarantine/坏文件.txt",
                      "好文件一.txt": "returned/办公室/好文件一.txt", "好文件二.txt": "approval/好文件二.txt",
                      "好文件三.txt": "returned/办公室/好文件三.txt"}
    assert "routing bug" in (root / "quarantine/坏文件.txt.原因.txt").read_text(encoding="utf-8")
    assert not list((root / "work").iterdir())


def test_an_absolute_department_path_neither_escapes_nor_stops_restarts(tmp_path):
    root = tmp_path / "root"
    target = tmp_path / "abs-outside"
    for i in range(2):
        p = put(root, f"退回件{i}.txt", RETURN + str(i))
        p.with_name(p.name + ".json").write_text(json.dumps({"承办科室": str(target)}, ensure_ascii=False), encoding="utf-8")
        outs = run_once(root)
        assert [o.route for o in outs] == [f"returned/_未识别科室/退回件{i}.txt"]
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root"]


def test_a_writer_pausing_twice_the_settle_time_is_not_routed_mid_write(tmp_path):
    """Issue 13's repro at its own ratio: appends every 2 s with the default settle of 1 s (here 0.6 s
    and 0.3 s). The scanner takes the file in each pause; a growth check that ends exactly at the next
    append raced it and routed the first part. The routed file must be the whole file."""
    root = tmp_path / "root"
    with running(settings(root)) as svc:
        path = root / "inbox" / "办公室" / "两秒一写.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(APPROVE)
            fh.flush()
            for i in range(6):
                time.sleep(0.6)
                fh.write("补充说明第%d条。\n" % i)
                fh.flush()
        deadline = time.time() + 30
        while time.time() < deadline and not svc.outcomes:
            time.sleep(0.1)
    routed = [p for p in root.rglob("两秒一写*.txt") if "reports" not in p.parts]
    assert len(routed) == 1
    assert routed[0].read_text(encoding="utf-8").endswith("补充说明第5条。\n"), "routed before its writer finished"


def test_a_running_service_adopts_the_claims_of_a_worker_that_dies_after_it_started(tmp_path):
    """A second worker on the same root claims a file and dies (kill -9) while the first service runs:
    the running service takes the orphaned claim over within the lease and routes it, without a restart."""
    import os

    from flows.auditpool import InlineAudit
    from flows.intake import Intake
    from storage import Ledger
    from storage.models import WorkerRow

    root = tmp_path / "root"
    with running(settings(root, lease_seconds=1.0)) as svc:
        L = Layout(root)
        deadline = time.monotonic() + 30
        while not L.inbox.is_dir() and time.monotonic() < deadline:
            time.sleep(0.05)
        ledger = Ledger.for_root(root)
        other = Intake(L, ledger, ledger.register_worker(), InlineAudit())
        # the other worker's claim: intent recorded, file renamed into its work folder, then it dies
        src = root / "inbox" / "办公室" / "孤儿.txt"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(APPROVE, encoding="utf-8")
        work = L.work / "orphan" / src.name
        work.parent.mkdir(parents=True)
        ledger.begin_claim(other.worker_id, L.rel(src), L.rel(work), "办公室", claim_id="orphan")
        os.rename(src, work)
        with ledger.session() as s:
            s.get(WorkerRow, other.worker_id).pid = 2**22 + 4321  # its process is gone
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (root / "approval" / "孤儿.txt").exists():
            time.sleep(0.1)
        assert (root / "approval" / "孤儿.txt").exists(), sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        assert ledger.claim("orphan").state == "routed" and ledger.claim("orphan").worker_id == svc.worker_id
        ledger.close()


def test_a_claim_whose_failure_could_not_even_be_quarantined_is_taken_up_again_without_a_restart(tmp_path, monkeypatch):
    """The audit fails and, for a moment, so does the quarantine (the ledger is locked, the disk is away):
    the claim stays open in work/. The running service takes it up again within the lease, no restart."""
    from flows import failures
    from flows.intake import Intake

    calls = {"audit": 0, "quarantine": 0}
    audit, quarantine = Intake.audit_or_release, failures.quarantine_failed

    def flaky_audit(self, cid):
        calls["audit"] += 1
        if calls["audit"] == 1:
            raise RuntimeError("audit worker vanished")
        return audit(self, cid)

    def flaky_quarantine(intake, cid, stage, exc):
        calls["quarantine"] += 1
        if calls["quarantine"] == 1:
            raise OSError(5, "Input/output error")
        return quarantine(intake, cid, stage, exc)

    monkeypatch.setattr(Intake, "audit_or_release", flaky_audit)
    monkeypatch.setattr(failures, "quarantine_failed", flaky_quarantine)
    root = tmp_path / "root"
    with running(settings(root, lease_seconds=1.0)):
        put(root, "办公室/通知.txt", APPROVE)
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and not (root / "approval" / "通知.txt").exists():
            time.sleep(0.1)
        assert (root / "approval" / "通知.txt").exists(), sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        assert calls == {"audit": 2, "quarantine": 1}
        assert not [p for p in (root / "work").rglob("*") if p.is_file()]


def test_a_pass_with_once_leaves_no_heartbeat_behind(tmp_path):
    """``run(once=True)`` (each Prefect sweep, ``gongkai watch --once``) ends its heartbeat thread with it:
    a worker process running many sweeps must not keep one thread and one ledger connection per sweep."""
    root = tmp_path / "root"
    put(root, "办公室/通知.txt", APPROVE)
    before = {t.ident for t in threading.enumerate() if t.name == "gongkai-heartbeat"}
    run_once(root)
    left = [t for t in threading.enumerate() if t.name == "gongkai-heartbeat" and t.ident not in before]
    assert not left, "the heartbeat thread outlived run(once=True)"
