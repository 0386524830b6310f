"""A hostile inbox: department names that are paths, names at NAME_MAX, links, FIFOs, devices, folders
named like documents, bytes that change after the audit — each ends in a route inside the root or in
quarantine with its reason; nothing is read through a link, nothing hangs, nothing outside the root
is written. (Growing files and poison files across restarts: ``test_hostile_service.py``.)"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from flows.auditpool import InlineAudit
from flows.inbox import InboxScanner, Layout, ReadyFile
from flows.intake import Intake
from storage import Ledger

APPROVE = ("中卫市人力资源和社会保障局\n关于做好就业服务工作的通知\n各科室：\n现就做好就业服务工作通知如下。请认真落实。\n"
           "中卫市人力资源和社会保障局\n2026年11月2日\n公开方式：主动公开\n")
RETURN = "关于做好就业服务工作的通知\n各科室：\n请认真落实。\n"  # unmarked → returned
TITLE = "关于进一步做好城乡居民基本养老保险费征缴和待遇领取资格认证及社会保险经办服务规范化建设工作的通知补充说明文件"


@pytest.fixture(scope="module")
def audit_engine():
    return InlineAudit()


@pytest.fixture
def env(tmp_path, audit_engine):
    root = tmp_path / "root"
    L = Layout(root)
    L.ensure()
    ledger = Ledger.for_root(root)
    intake = Intake(L, ledger, ledger.register_worker(), audit_engine, settle=0.05)
    yield L, ledger, intake
    ledger.close()


def put(L: Layout, rel: str, text: str = RETURN) -> Path:
    p = L.inbox / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def ready(L: Layout, p: Path, sidecars=()) -> ReadyFile:
    from flows.inbox import department_of

    return ReadyFile(p, department_of(L.inbox, p), tuple(sidecars))


def outside_tree(tmp_path: Path) -> set[str]:
    """Everything under tmp_path that is not the service root (nothing may appear there)."""
    return {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if "root" not in p.relative_to(tmp_path).parts[:1]}


def all_names(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*")]


# -- 1. department names are data ---------------------------------------------------------------------
@pytest.mark.parametrize("dept", ["../../outside", "ABS", "办公室/../../../outside", "..", ".hidden", "科\x00室", "科\u202e室",
                                  "养" * 40])
def test_a_sidecar_department_never_leaves_the_root(env, tmp_path, dept):
    L, ledger, intake = env
    if dept == "ABS":
        dept = str(tmp_path / "abs-outside")
    before = outside_tree(tmp_path)
    doc = put(L, "通知.txt")
    side = doc.with_name("通知.txt.json")
    side.write_text(json.dumps({"承办科室": dept, "公开属性": ""}, ensure_ascii=False), encoding="utf-8")
    out = intake.process(intake.claim(ready(L, doc, [side])))
    assert out.decision == "return"
    assert out.route == "returned/_未识别科室/通知.txt"
    folder = L.root / "returned/_未识别科室"
    assert (folder / "通知.txt.退文通知单.docx").exists() and (folder / "通知.txt.json").exists()
    assert outside_tree(tmp_path) == before, "nothing is written outside the root"
    assert sorted(p.name for p in (L.root / "returned").iterdir()) == ["_未识别科室"]
    # the report says so: the department recorded and shown is the fixed one
    report = json.loads(next((L.root / r) for r in out.reports if r.endswith(".result.json")).read_text(encoding="utf-8"))
    assert report["document"]["department"] == "_未识别科室"
    assert ledger.run(out.run_id).department == "_未识别科室"


def test_an_inbox_subfolder_with_control_characters_is_unrecognised(env):
    L, _ledger, intake = env
    doc = put(L, "科\x01室/通知.txt")
    out = intake.process(intake.claim(ready(L, doc)))
    assert out.route == "returned/_未识别科室/通知.txt"


def test_review_return_target_is_validated_too(env, tmp_path):
    """An old ledger row with a path as its department: ``review return`` still files under returned/."""
    from flows.review_routes import move_for_review
    from storage.models import AuditRunRow

    L, ledger, intake = env
    before = outside_tree(tmp_path)
    out = intake.process(intake.claim(ready(L, put(L, "批准件.txt", APPROVE))))
    assert out.route == "approval/批准件.txt"
    with ledger.session() as s:
        s.get(AuditRunRow, out.run_id).department = "../../../outside"
    dst = move_for_review(L.root, ledger, ledger.run(out.run_id), "returned", comment="请修改", reviewer="马某")
    assert dst == L.root / "returned/_未识别科室/批准件.txt"
    assert (dst.parent / "批准件.txt.退文通知单.docx").exists()
    assert outside_tree(tmp_path) == before


# -- 2. long names --------------------------------------------------------------------------------------
@pytest.mark.parametrize("chars", [78, 83])
def test_long_names_are_routed_with_every_derived_name_within_255_bytes(env, chars):
    L, _ledger, intake = env
    name = (TITLE * 2)[:chars] + ".txt"
    assert len(name.encode()) <= 255
    outs = []
    for _ in range(2):  # the second drop is a duplicate: ` (2)` on top of a name already at the limit
        doc = put(L, f"办公室/{name}")
        side = doc.with_suffix(".json")
        side.write_text(json.dumps({"拟稿人": "王某"}, ensure_ascii=False), encoding="utf-8")
        outs.append(intake.process(intake.claim(ready(L, doc, [side]))))
    assert [o.decision for o in outs] == ["return", "return"]
    assert len({o.route for o in outs}) == 2
    for o in outs:
        assert (L.root / o.route).exists() and all((L.root / r).exists() for r in o.reports)
    assert all(len(n.encode()) <= 255 for n in all_names(L.root))
    folder = L.root / "returned/办公室"
    assert len(list(folder.glob("*.退文通知单.docx"))) == 2
    assert len(list(folder.glob("*.json"))) == 2
    assert not list(L.work.iterdir())


def test_two_long_names_that_differ_at_the_end_keep_distinct_reports(env):
    L, _ledger, intake = env
    a = (TITLE * 2)[:83] + ".txt"
    b = (TITLE * 2)[:82] + "乙.txt"
    outs = [intake.process(intake.claim(ready(L, put(L, n, RETURN + n)))) for n in (a, b)]
    reports = [r for o in outs for r in o.reports]
    assert len(set(reports)) == len(reports) == 6


def test_the_scanner_survives_names_at_the_limit(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "办公室").mkdir(parents=True)
    for chars in (78, 83, 85 - 2):
        (inbox / "办公室" / ((TITLE * 2)[:chars] + ".docx")).write_bytes(b"x")
    scanner = InboxScanner(inbox, settle=0.0, sidecar_wait=0.0)
    scanner.poll()
    ready_files, _ = scanner.poll(now=__import__("time").time() + 5)
    assert len(ready_files) == 2


def test_names_that_are_not_utf8_are_renamed_readable_then_audited(env):
    """A GBK name off a Windows share (and plain garbage bytes) cannot reach the ledger: renamed in place, then taken."""
    L, ledger, intake = env

    def raw(name: str, enc: str = "gbk") -> str:
        return os.fsdecode(name.encode(enc))

    gbk_folder = L.inbox / raw("养老保险科")
    gbk_folder.mkdir()
    (gbk_folder / raw("关于养老的通知.txt")).write_text(APPROVE, encoding="utf-8")
    (L.inbox / raw("关于就业的通知.txt")).write_text(APPROVE, encoding="utf-8")
    (L.inbox / raw("关于就业的通知.txt.json")).write_text(json.dumps({"承办科室": "就业促进科"}), encoding="utf-8")
    (L.inbox / os.fsdecode(b"\xff\xfe.txt")).write_text(RETURN, encoding="utf-8")
    (L.inbox / "\ufffd\ufffd.txt").write_text(RETURN, encoding="utf-8")  # the name garbage would take: already there
    scanner = InboxScanner(L.inbox, settle=0.0, sidecar_wait=0.0)
    scanner.poll()
    ready_files, _ = scanner.poll(now=__import__("time").time() + 5)
    names = sorted(r.path.relative_to(L.inbox).as_posix() for r in ready_files)
    assert len(names) == 4 and "养老保险科/关于养老的通知.txt" in names and "关于就业的通知.txt" in names, names
    assert all(n.encode("utf-8") for n in names)
    assert any(n.startswith("\ufffd\ufffd~") for n in names), "a name already taken gets a tag, nothing is overwritten"
    assert not gbk_folder.exists(), "the folder whose name was not UTF-8 is gone once empty"
    routes = {}
    for r in ready_files:
        out = intake.process(intake.claim(r))
        routes[out.route] = out.decision
    assert routes == {"approval/关于养老的通知.txt": "approve", "approval/关于就业的通知.txt": "approve",
                      "returned/未注明科室/\ufffd\ufffd.txt": "return",
                      f"returned/未注明科室/{next(n for n in names if '~' in n)}": "return"}
    assert ledger.run(out.run_id) is not None


def test_names_with_a_bidi_override_or_a_control_character_are_renamed_plain_then_taken_with_their_sidecar(env):
    """A name that reads as another (``通知\u202etxt.exe`` shows as ``通知exe.txt``) or holds a control character is
    renamed in place, each such character ``_``, as the API does for the names it makes; its sidecar goes with it."""
    L, ledger, intake = env
    (L.inbox / "关于就业的通知\u202etxt.exe.txt").write_text(APPROVE, encoding="utf-8")
    (L.inbox / "关于就业的通知\u202etxt.exe.txt.json").write_text(json.dumps({"承办科室": "就业促进科"}), encoding="utf-8")
    (L.inbox / "值班\x07安排 (1).txt").write_text(APPROVE, encoding="utf-8")
    scanner = InboxScanner(L.inbox, settle=0.0, sidecar_wait=0.0)
    scanner.poll()
    ready_files, _ = scanner.poll(now=__import__("time").time() + 5)
    names = sorted(r.path.relative_to(L.inbox).as_posix() for r in ready_files)
    assert names == ["值班_安排 (1).txt", "关于就业的通知_txt.exe.txt"], names
    taken = next(r for r in ready_files if r.path.name.startswith("关于"))
    assert [s.name for s in taken.sidecars] == ["关于就业的通知_txt.exe.txt.json"]
    out = intake.process(intake.claim(taken))
    assert out.route == "approval/关于就业的通知_txt.exe.txt"


# -- 3. only regular files ----------------------------------------------------------------------------
def _reason(root: Path, route: str) -> str:
    return (root / (route + ".原因.txt")).read_text(encoding="utf-8")


def test_a_link_to_a_file_outside_is_quarantined_unread(env, tmp_path):
    L, ledger, intake = env
    secret = tmp_path / "outside.txt"
    secret.write_text(APPROVE + "外部机密段落甲乙丙\n", encoding="utf-8")
    link = L.inbox / "链接.txt"
    link.symlink_to(secret)
    out = intake.process(intake.claim(ready(L, link)))
    assert out.decision == "error" and out.route == "quarantine/链接.txt"
    assert (L.root / out.route).is_symlink(), "the link is quarantined as a link, not as its target"
    assert "符号链接" in _reason(L.root, out.route) and "symbolic link" in _reason(L.root, out.route)
    with ledger.session() as s:
        from storage.models import AuditRunRow

        for run in s.query(AuditRunRow).all():
            assert "外部机密段落" not in json.dumps(run.contract, ensure_ascii=False) and "外部机密段落" not in (run.text or "")
    for r in out.reports:
        assert "外部机密段落" not in (L.root / r).read_text(encoding="utf-8", errors="replace")
    assert secret.read_text(encoding="utf-8").endswith("外部机密段落甲乙丙\n")


def _bounded(fn, seconds: float = 30.0):
    box = {}

    def run():
        box["out"] = fn()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "hung"
    return box["out"]


def test_a_link_to_dev_zero_does_not_hang(env):
    L, _ledger, intake = env
    link = L.inbox / "zero.docx"
    link.symlink_to("/dev/zero")
    scanner = InboxScanner(L.inbox, settle=0.0, sidecar_wait=0.0)
    _bounded(scanner.poll)
    ready_files, _ = _bounded(lambda: scanner.poll(now=__import__("time").time() + 5))
    assert [r.path for r in ready_files] == [link]
    outs = _bounded(lambda: intake.process_lot(intake.claim_lot(ready_files)))
    assert outs[0].route == "quarantine/zero.docx" and (L.root / outs[0].route).is_symlink()


def test_a_fifo_is_quarantined_without_blocking(env):
    L, _ledger, intake = env
    fifo = L.inbox / "管道.docx"
    os.mkfifo(fifo)
    out = _bounded(lambda: intake.process(intake.claim(ready(L, fifo))))
    assert out.route == "quarantine/管道.docx" and stat.S_ISFIFO(os.lstat(L.root / out.route).st_mode)
    assert "命名管道" in _reason(L.root, out.route)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_device_is_quarantined_unread(env):
    L, _ledger, intake = env
    dev = L.inbox / "设备.docx"
    os.mknod(dev, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero's numbers
    out = _bounded(lambda: intake.process(intake.claim(ready(L, dev))))
    assert out.route == "quarantine/设备.docx" and "设备文件" in _reason(L.root, out.route)


def test_a_folder_named_like_a_document_is_quarantined_not_walked(env):
    L, _ledger, intake = env
    folder = L.inbox / "办公室" / "通知.docx"
    folder.mkdir(parents=True)
    (folder / "内部.txt").write_text(RETURN, encoding="utf-8")
    scanner = InboxScanner(L.inbox, settle=0.0, sidecar_wait=0.0)
    scanner.poll()
    ready_files, _ = scanner.poll(now=__import__("time").time() + 5)
    assert [r.path for r in ready_files] == [folder]
    out = intake.process_lot(intake.claim_lot(ready_files))[0]
    assert out.route == "quarantine/通知.docx" and (L.root / out.route).is_dir()
    assert "文件夹" in _reason(L.root, out.route)


def test_a_hard_link_is_copied_so_the_outside_name_cannot_change_the_routed_file(env, tmp_path):
    import hashlib

    L, ledger, intake = env
    outside = tmp_path / "outside.txt"
    outside.write_text(APPROVE, encoding="utf-8")
    os.link(outside, L.inbox / "硬链接.txt")
    out = intake.process(intake.claim(ready(L, L.inbox / "硬链接.txt")))
    routed = L.root / out.route
    assert out.route == "approval/硬链接.txt"
    assert not os.path.samestat(os.stat(routed), os.stat(outside))
    with open(outside, "a", encoding="utf-8") as fh:
        fh.write("事后追加的未审内容\n")
    assert "事后追加" not in routed.read_text(encoding="utf-8")
    assert hashlib.sha256(routed.read_bytes()).hexdigest() == ledger.run(out.run_id).sha256


def test_bytes_changed_after_the_audit_are_quarantined_not_approved(env):
    L, _ledger, intake = env
    cid = intake.claim(ready(L, put(L, "会变.txt", APPROVE)))
    audited = intake.audit(cid)
    assert str(audited.result.decision) == "approve"
    run_id, dup = intake.record(cid, audited)
    reports = intake.report(cid, run_id, audited, dup)
    work = L.root / intake._get(cid).work_path
    work.write_text(APPROVE + "审后夹带\n", encoding="utf-8")
    outs = intake.route_lot([cid], [audited], [reports])
    assert outs == ["quarantine/会变.txt"]
    assert not (L.root / "approval/会变.txt").exists()
    assert "审查后被改动" in _reason(L.root, outs[0])


def test_review_approval_of_changed_bytes_quarantines(env):
    """An escalated file edited in place before its approval is quarantined, not moved to approval/."""
    from flows.review_routes import move_for_review

    L, ledger, intake = env
    out = intake.process(intake.claim(ready(L, put(L, "待报审.txt", APPROVE))))
    esc = L.root / "escalated/待报审.txt"
    os.rename(L.root / out.route, esc)
    ledger.mark_routed(out.claim_id, "escalated/待报审.txt")
    esc.write_text(APPROVE + "审后夹带\n", encoding="utf-8")
    dst = move_for_review(L.root, ledger, ledger.run(out.run_id), "approved", comment=None, reviewer="马某")
    assert dst == L.root / "quarantine/待报审.txt"
    assert not (L.root / "approval/待报审.txt").exists()
    assert "审查后被改动" in _reason(L.root, "quarantine/待报审.txt")


# -- one file's failure ------------------------------------------------------------------------------------
def test_a_file_that_raises_in_routing_is_quarantined_and_the_lot_goes_on(env, monkeypatch):
    L, _ledger, intake = env
    real = Layout.route_dir

    def route_dir(self, decision, department):
        if department == "毒科":
            raise RuntimeError("boom")
        return real(self, decision, department)

    monkeypatch.setattr(Layout, "route_dir", route_dir)
    docs = [put(L, "毒科/坏.txt"), put(L, "办公室/好.txt"), put(L, "好2.txt", APPROVE)]
    outs = intake.process_lot(intake.claim_lot([ready(L, d) for d in docs]))
    by = {Path(o.source).name: o for o in outs}
    assert by["坏.txt"].decision == "error" and by["坏.txt"].route == "quarantine/坏.txt"
    assert "RuntimeError" in _reason(L.root, "quarantine/坏.txt")
    assert by["好.txt"].route == "returned/办公室/好.txt" and by["好2.txt"].route == "approval/好2.txt"
    assert not list(L.work.iterdir())


def test_a_sidecar_with_lone_surrogates_is_audited_not_crashed(env, tmp_path):
    """``\\ud800`` is valid JSON and no character: OpenCC, SQLite and every report need UTF-8, so it becomes U+FFFD."""
    L, ledger, intake = env
    before = outside_tree(tmp_path)
    doc = put(L, "通知.txt", APPROVE)
    side = doc.with_name("通知.txt.json")
    side.write_text('{"公开属性": "主动公开\\ud800", "不公开理由": "理由\\udfff", "承办科室": "科\\ud800室", '
                    '"发文字号": "人社发〔2026〕1\\ud800号", "备注\\udc00": "x\\ud800"}', encoding="utf-8")
    out = intake.process(intake.claim(ready(L, doc, [side])))
    assert out.decision == "return", "an attribute that is no attribute is returned"
    assert out.route == "returned/_未识别科室/通知.txt", "a department holding an undecodable character is not a folder name"
    report = json.loads(next((L.root / r) for r in out.reports if r.endswith(".result.json")).read_text(encoding="utf-8"))
    assert report["reason"] == "理由\ufffd"
    assert outside_tree(tmp_path) == before
    assert ledger.run(out.run_id).decision == "return"
