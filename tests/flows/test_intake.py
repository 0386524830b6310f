"""The intake steps without Prefect: claim, route, duplicates, names kept, and recovery after a crash."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from flows.auditpool import InlineAudit
from flows.inbox import Layout, ReadyFile
from flows.intake import Intake, free_name
from storage import Ledger
from storage.models import WorkerRow


@pytest.fixture(scope="module")
def audit_engine():
    return InlineAudit()


@pytest.fixture
def env(tmp_path, audit_engine):
    L = Layout(tmp_path)
    L.ensure()
    ledger = Ledger.for_root(tmp_path)
    intake = Intake(L, ledger, ledger.register_worker(), audit_engine)
    yield L, ledger, intake
    ledger.close()


def drop(L, demo_inbox, rel, dest=None):
    dst = L.inbox / (dest or rel)
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(demo_inbox / rel, dst)
    return dst


def ready(L, p, sidecars=()):
    parts = p.relative_to(L.inbox).parts
    return ReadyFile(p, parts[0] if len(parts) > 1 else None, tuple(sidecars))


def kill(ledger, worker_id):
    """Make a worker look dead (its process is gone), as after kill -9."""
    with ledger.session() as s:
        s.get(WorkerRow, worker_id).pid = 2**22 + 4321


def fresh(L, ledger, audit_engine):
    return Intake(L, ledger, ledger.register_worker(), audit_engine)


def claimed(L, ledger, intake, demo_inbox):
    """A file claimed by ``intake`` as claim ``c1``: the intent recorded, the rename into work/ done."""
    p = drop(L, demo_inbox, REL)
    work = L.work / "c1" / p.name
    work.parent.mkdir(parents=True)
    cid, _ = ledger.begin_claim(intake.worker_id, L.rel(p), L.rel(work), "办公室", claim_id="c1")
    os.rename(p, work)
    return cid, work


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and ".prefect" not in p.parts
                  and p.name != "ledger.sqlite3" and not p.name.startswith("ledger.sqlite3"))


def test_routes_reports_notice_and_reason(env, demo_inbox, demo_expected):
    L, ledger, intake = env
    rels = [r for r in demo_expected]
    for rel in rels:
        drop(L, demo_inbox, rel)
    side = drop(L, demo_inbox, "办公室/关于调整值班安排的通知.json")
    outs = {}
    for rel in rels:
        p = L.inbox / rel
        cid = intake.claim(ready(L, p, [side] if "调整值班" in rel else []))
        outs[rel] = intake.process(cid)
    for rel, exp in demo_expected.items():
        o = outs[rel]
        assert o.decision == exp["decision"], rel
        folder = {"approve": "approval", "escalate": "escalated", "error": "quarantine"}.get(o.decision)
        expect = f"{folder}/{Path(rel).name}" if folder else f"returned/{rel}"
        assert o.route == expect and (L.root / o.route).exists()
        assert o.reports and all((L.root / r).exists() for r in o.reports)
    assert (L.root / "approval/关于调整值班安排的通知.json").exists(), "the sidecar goes with its document"
    assert (L.root / "returned/养老保险科/征缴通知（未标注）.pdf.退文通知单.docx").exists()
    reason = (L.root / "quarantine/空文件.docx.原因.txt").read_text(encoding="utf-8")
    assert "无法审查" in reason and "办公室/空文件.docx" in reason
    assert not any(L.inbox.rglob("*.docx")) and not any(L.work.rglob("*"))
    c = ledger.counts()
    assert c["claims_routed"] == len(rels) and c["open_moves"] == 0 and c["runs"] == len(rels)


def test_names_kept_suffix_on_collision_nothing_overwritten(env, demo_inbox):
    L, ledger, intake = env
    rel = "办公室/关于做好元旦期间值班工作的通知.docx"
    (L.root / "approval").mkdir(exist_ok=True)
    existing = L.root / "approval" / Path(rel).name
    existing.write_bytes(b"an earlier, different file")
    a = drop(L, demo_inbox, rel)
    b = drop(L, demo_inbox, "就业促进科/关于申请追加就业补助资金的请示.docx", "就业促进科/" + Path(rel).name)
    routes = [intake.process(intake.claim(ready(L, p))).route for p in (a, b)]
    assert routes == ["approval/关于做好元旦期间值班工作的通知 (2).docx", "approval/关于做好元旦期间值班工作的通知 (3).docx"]
    assert existing.read_bytes() == b"an earlier, different file"
    assert free_name(L.root / "approval", "新.docx").name == "新.docx"


def test_same_content_twice_is_linked_to_the_earlier_audit(env, demo_inbox):
    L, ledger, intake = env
    rel = "办公室/值班通知（标注冲突）.docx"
    first = intake.process(intake.claim(ready(L, drop(L, demo_inbox, rel))))
    second = intake.process(intake.claim(ready(L, drop(L, demo_inbox, rel, "再次/值班通知（标注冲突）.docx"))))
    assert first.duplicate_of is None and second.duplicate_of == first.run_id
    assert second.decision == first.decision == "return" and second.reports == first.reports
    assert second.route == "returned/再次/值班通知（标注冲突）.docx"
    assert ledger.counts()["documents"] == 1


def test_a_file_is_claimed_once(env, demo_inbox):
    L, ledger, intake = env
    p = drop(L, demo_inbox, "办公室/关于做好元旦期间值班工作的通知.docx")
    r = ready(L, p)
    other = fresh(L, ledger, intake.pool)
    assert intake.claim(r) is not None
    assert other.claim(r) is None, "the second claimant finds the file gone"
    assert ledger.counts()["claims_aborted"] == 1


# -- recovery: each test stops a worker at one instant, then a new worker starts --------------------
REL = "办公室/值班通知（标注冲突）.docx"


def test_crash_after_claim_intent_before_rename(env, demo_inbox, audit_engine):
    L, ledger, intake = env
    p = drop(L, demo_inbox, REL)
    cid, _ = ledger.begin_claim(intake.worker_id, L.rel(p), f"work/x/{p.name}", "办公室")
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    assert new.recover(60) == []
    assert ledger.claim(cid).state == "aborted" and p.exists(), "rolled back: the file is still in the inbox"


def test_crash_after_rename_before_done(env, demo_inbox, audit_engine):
    L, ledger, intake = env
    cid, work = claimed(L, ledger, intake, demo_inbox)
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    assert new.recover(60) == [cid]
    out = new.process(cid)
    assert out.route == f"returned/{REL}" and ledger.counts()["runs"] == 1


def test_crash_between_link_and_unlink_of_the_route(env, demo_inbox, audit_engine):
    L, ledger, intake = env
    cid = intake.claim(ready(L, drop(L, demo_inbox, REL)))
    audited = intake.audit(cid)
    run_id, dup = intake.record(cid, audited)
    intake.report(cid, run_id, audited, dup)
    c = ledger.claim(cid)
    dst = L.root / "returned" / REL
    dst.parent.mkdir(parents=True)
    ledger.intend_move(cid, "route", c.work_path, L.rel(dst))
    os.link(L.abs(c.work_path), dst)  # … and the process dies before the unlink
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    assert new.recover(60) == [cid]
    out = new.process(cid)
    assert out.route == f"returned/{REL}" and out.run_id == run_id
    assert tree(L.root).count(f"returned/{REL}") == 1 and not (L.root / "returned" / "办公室" / "值班通知（标注冲突） (2).docx").exists()
    assert ledger.counts()["runs"] == 1 and ledger.counts()["open_moves"] == 0


def test_crash_after_route_before_mark_routed(env, demo_inbox, audit_engine):
    L, ledger, intake = env
    cid = intake.claim(ready(L, drop(L, demo_inbox, REL)))
    audited = intake.audit(cid)
    run_id, dup = intake.record(cid, audited)
    reports = intake.report(cid, run_id, audited, dup)
    c = ledger.claim(cid)
    dst = intake._move(cid, "route", L.abs(c.work_path), L.root / "returned" / "办公室", Path(c.work_path).name)
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    out = new.process(new.recover(60)[0])
    assert out.route == L.rel(dst) and out.reports == tuple(reports)
    files = [f for f in tree(L.root) if f.startswith("returned/") and f.endswith("标注冲突）.docx")]
    assert files == [f"returned/{REL}"]


def test_contract_in_ledger_is_the_json_report(env, demo_inbox):
    L, ledger, intake = env
    out = intake.process(intake.claim(ready(L, drop(L, demo_inbox, "就业促进科/创业补贴公示（含完整身份证号）.docx"))))
    js = next(r for r in out.reports if r.endswith(".result.json"))
    data = json.loads((L.root / js).read_text(encoding="utf-8"))
    assert data == ledger.run_contract(out.run_id) | {"file": data["file"]}


def test_a_lot_in_one_transaction_per_step(env, demo_inbox):
    L, ledger, intake = env
    rel = "办公室/值班通知（标注冲突）.docx"
    files = [drop(L, demo_inbox, rel), drop(L, demo_inbox, rel, "就业促进科/值班通知（标注冲突）.docx"),
             drop(L, demo_inbox, "办公室/关于做好元旦期间值班工作的通知.docx"), drop(L, demo_inbox, "办公室/空文件.docx")]
    cids = [intake.claim(ready(L, p)) for p in files]
    outs = intake.process_lot(cids)
    assert [o.route for o in outs] == [
        f"returned/{rel}", "returned/就业促进科/值班通知（标注冲突）.docx",
        "approval/关于做好元旦期间值班工作的通知.docx", "quarantine/空文件.docx"]
    assert outs[1].duplicate_of == outs[0].run_id and outs[0].duplicate_of is None
    for o in outs:
        assert ledger.run(o.run_id).reports == o.reports and o.reports
    assert (L.root / "quarantine/空文件.docx.原因.txt").exists()
    c = ledger.counts()
    assert c["claims_routed"] == 4 and c["open_moves"] == 0 and c["documents"] == 3


def test_crash_after_the_private_copy_while_the_writer_goes_on_puts_the_original_back(env, demo_inbox, audit_engine):
    """Killed after the copy was taken but before the growth check; the writer then appends to the original.
    The partial copy is not routed: the original goes back to the inbox, whole, and the claim is aborted."""
    from flows import claimfile

    L, ledger, intake = env
    cid, work = claimed(L, ledger, intake, demo_inbox)
    for m in ledger.open_moves(cid):
        ledger.finish_move(m.id)
    taken = claimfile.take_private_copy(work)
    with open(taken.original, "ab") as f:  # the writer still holds the original open
        f.write(b"\n-- more --\n")
    whole = taken.original.read_bytes()
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    assert new.recover(60) == []
    assert ledger.claim(cid).state == "aborted"
    assert (L.inbox / REL).read_bytes() == whole, "the original, with what was written after the copy, is back"
    assert not [f for f in L.work.rglob("*") if f.is_file()]


def test_crash_after_the_private_copy_of_a_finished_file_keeps_the_copy(env, demo_inbox, audit_engine):
    L, ledger, intake = env
    from flows import claimfile

    cid, work = claimed(L, ledger, intake, demo_inbox)
    taken = claimfile.take_private_copy(work)
    kill(ledger, intake.worker_id)
    new = fresh(L, ledger, audit_engine)
    assert new.recover(60) == [cid] and not taken.original.exists()
    assert new.process(cid).route == f"returned/{REL}"
