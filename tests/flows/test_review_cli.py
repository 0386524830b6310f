"""``gongkai review``: the queue, a document's findings, approve (→ register), return, dismiss."""

from __future__ import annotations

import re
import shutil

import pytest

from flows.cli import main as cli


@pytest.fixture(scope="module")
def served_root(tmp_path_factory, demo_inbox):
    """A root whose inbox held three demo files, processed once by the inline service."""
    from flows.service import Service
    from flows.settings import load_settings

    root = tmp_path_factory.mktemp("review")
    for rel in ("办公室/关于做好元旦期间值班工作的通知.docx", "就业促进科/创业补贴公示（含完整身份证号）.docx", "办公室/空文件.docx"):
        (root / "inbox" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(demo_inbox / rel, root / "inbox" / rel)
    svc = Service(load_settings(env={}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                   "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        assert len(svc.run(once=True)) == 3
    finally:
        svc.close()
    return root


def run(capsys, *args):
    rc = cli(["review", *args])
    return rc, capsys.readouterr()


def test_review_flow(capsys, served_root):
    R = ["--root", str(served_root)]
    rc, out = run(capsys, "list", *R)
    assert rc == 0
    lines = [ln for ln in out.out.splitlines()[2:] if ln.strip()]  # under the header and its rule
    assert len(lines) == 2 and "空文件" not in out.out, "quarantined files are not reviewed"
    assert "退回" in out.out and not re.search(r"\s(approve|return|escalate)\s", out.out), "decisions in Chinese"
    rc, out = run(capsys, "show", "创业补贴公示（含完整身份证号）.docx", *R)
    assert rc == 0 and "PERSONAL_DATA" in out.out and "待审 open" in out.out
    assert "********" in out.out, "evidence is masked"
    fp = out.out.split("[", 2)[1].split("]")[0]
    rc, out = run(capsys, "dismiss", "创业补贴公示（含完整身份证号）.docx", fp, "--reason", "test_data", "--reviewer", "马审核", *R)
    assert rc == 0 and "dismissed" in out.out
    rc, out = run(capsys, "show", "创业补贴公示（含完整身份证号）.docx", *R)
    assert "dismissed（test_data 马审核" in out.out
    rc, out = run(capsys, "approve", "关于做好元旦期间值班工作的通知.docx", "--reviewer", "马审核", *R)
    assert rc == 0 and "依申请提供" in out.out and "申请人" in out.out
    rc, out = run(capsys, "return", "创业补贴公示（含完整身份证号）.docx", "--comment", "请对身份证号去标识化", "--reviewer", "马审核", *R)
    assert rc == 0
    rc, out = run(capsys, "list", *R)
    assert "待审队列为空" in out.out


@pytest.mark.parametrize("args", [["return", "1"], ["dismiss", "1", "abc", "--reason", "because"], ["frobnicate"]])
def test_review_usage_errors(capsys, served_root, args):
    with pytest.raises(SystemExit) as e:
        cli(["review", *args, "--root", str(served_root)])
    assert e.value.code == 3


def test_review_unknown_ref_and_no_ledger(capsys, served_root, tmp_path):
    assert run(capsys, "show", "不存在.docx", "--root", str(served_root))[0] == 3
    assert run(capsys, "list", "--root", str(tmp_path / "nowhere"))[0] == 3


def test_reviewer_decisions_move_the_file(capsys, tmp_path, demo_inbox):
    """A reviewer's return sends the file to returned/<科室>/ with a notice naming the comment;
    approving an escalated file sends it to approval/. Nothing is left behind or overwritten."""
    from docx import Document as Docx

    from flows.service import Service
    from flows.settings import load_settings
    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker
    from samples.spec import GongwenSpec

    root = tmp_path / "root"
    rel = "办公室/关于做好元旦期间值班工作的通知.docx"
    (root / "inbox" / "办公室").mkdir(parents=True)
    shutil.copy(demo_inbox / rel, root / "inbox" / rel)
    f = Faker(7)
    base = mark(ARCHETYPES["pension_notice"](f), "主动公开")
    exam = GongwenSpec(**{**base.__dict__, "title": "关于做好职业技能等级认定考务工作的通知",
                          "body": base.body + ("本次考试试题及参考答案已由命题组封存，考前不得泄露。",)})
    write_docx(exam, root / "inbox" / "职业能力建设科" / "考务通知.docx")
    svc = Service(load_settings(env={}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                   "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        svc.run(once=True)
    finally:
        svc.close()
    approved = root / "approval" / "关于做好元旦期间值班工作的通知.docx"
    assert approved.exists()
    R = ["--root", str(root)]
    rc, out = run(capsys, "return", approved.name, "--comment", "值班人员名单请改为附件单独报送", "--reviewer", "马审核", *R)
    assert rc == 0 and "moved to" in out.out
    returned = root / "returned" / "办公室" / approved.name
    assert returned.exists() and not approved.exists()
    notice = Docx(returned.parent / f"{returned.name}.退文通知单.docx")
    text = "\n".join(p.text for p in notice.paragraphs) + "\n".join(c.text for t in notice.tables for row in t.rows for c in row.cells)
    assert "值班人员名单请改为附件单独报送" in text and "马审核" in text
    escalated = list((root / "escalated").glob("考务通知*.docx"))
    assert len(escalated) == 1, "sealed exam content is escalated (SECRET_CONTENT)"
    rc, out = run(capsys, "approve", escalated[0].name, "--reviewer", "马审核", *R)
    assert rc == 0 and (root / "approval" / escalated[0].name).exists() and not escalated[0].exists()
    from storage import Ledger

    ledger = Ledger.for_root(root)
    try:
        assert ledger.counts()["open_moves"] == 0
        assert any(c.route == f"returned/办公室/{approved.name}" for c in ledger.claims("routed"))
    finally:
        ledger.close()


# -- the state machine through the CLI: races, overrides, re-audits, named reviewers ----------------------

def _pending_root(root, names, *, env=None, seed=100, extra=()):
    """A served root whose approval/ holds one clean notice per name (state pending), plus ``extra`` files."""
    from flows.service import Service
    from flows.settings import load_settings
    from samples.content import ARCHETYPES, mark
    from samples.docx_writer import write_docx
    from samples.fake import Faker

    for i, name in enumerate(names):
        write_docx(mark(ARCHETYPES["pension_notice"](Faker(seed + i)), "主动公开"), root / "inbox" / "办公室" / name)
    for src, rel in extra:
        (root / "inbox" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, root / "inbox" / rel)
    svc = Service(load_settings(env=env or {}, overrides={"root": str(root), "engine": "inline", "settle_seconds": 0.0,
                                                        "sidecar_wait_seconds": 0.0, "watchdog": False}))
    try:
        svc.run(once=True)
    finally:
        svc.close()
    for name in names:
        assert (root / "approval" / name).exists()
    return root


def _race_rounds(root, names, env):
    """Per name: ``review approve`` and ``review return`` started as two processes at the same moment."""
    import os
    import subprocess
    import sys

    from storage import Ledger

    e = dict(os.environ, **env)
    e.pop("GONGKAI_REVIEWER", None)
    wins = []
    for name in names:
        cmds = {"approve": ["approve", name, "--reviewer", "马审核", "--comment", "同意公开"],
                "return": ["return", name, "--reviewer", "李审核", "--comment", "请删去值班电话"]}
        procs = {a: subprocess.Popen([sys.executable, "-m", "flows.cli", "review", *c, "--root", str(root)], env=e,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for a, c in cmds.items()}
        done = {a: (p.communicate(timeout=180), p.returncode) for a, p in procs.items()}
        codes = sorted(rc for _out, rc in done.values())
        assert codes == [0, 5], done
        winner = next(a for a, (_o, rc) in done.items() if rc == 0)
        loser = "return" if winner == "approve" else "approve"
        err = done[loser][0][1]
        who, what = ("马审核", "同意公开") if winner == "approve" else ("李审核", "退回")
        # the loser read either before the winner committed (the compare-and-set refuses: 未生效) or after
        # (the table refuses): either way it names who decided what, when
        assert who in err and what in err and ("未生效" in err or "不能" in err), err
        assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", err), err
        returned = root / "returned" / "办公室" / name
        if winner == "approve":
            assert (root / "approval" / name).exists() and not returned.exists()
        else:
            assert returned.exists() and not (root / "approval" / name).exists()
            assert (returned.parent / f"{name}.退文通知单.docx").exists()
        wins.append(winner)
    ledger = Ledger.for_root(root, env.get("GONGKAI_LEDGER_URL"))
    try:
        registered = {e.run_id for e in ledger.register_entries()}
        for name, winner in zip(names, wins):
            run = ledger.run(name)
            assert (run.id in registered) == (winner == "approve"), name
            assert [d.action for d in ledger.decisions(run.id)] == [winner]
        assert ledger.counts()["open_moves"] == 0
    finally:
        ledger.close()
    return wins


def test_ten_concurrent_approve_and_return_one_wins(tmp_path):
    """Two reviewers on the same item at the same moment (10 rounds, two processes, one SQLite ledger):
    one verdict wins, the other is refused naming the winner; register and folder follow the winner."""
    names = [f"值班通知{i:02d}.docx" for i in range(10)]
    root = _pending_root(tmp_path / "root", names)
    wins = _race_rounds(root, names, {})
    print(f"\nsqlite: winners {wins.count('approve')} approve / {wins.count('return')} return")


@pytest.mark.slow
def test_ten_concurrent_approve_and_return_on_postgres(tmp_path, postgres_url):
    """The same race with the ledger in PostgreSQL (a fresh database in the throw-away cluster)."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    db = f"review_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {db}"))
    admin.dispose()
    url = make_url(postgres_url).set(database=db).render_as_string(hide_password=False)
    names = [f"值班通知{i:02d}.docx" for i in range(10)]
    root = _pending_root(tmp_path / "root", names, env={"GONGKAI_LEDGER_URL": url})
    assert not (root / "ledger.sqlite3").exists()
    wins = _race_rounds(root, names, {"GONGKAI_LEDGER_URL": url})
    print(f"\npostgres: winners {wins.count('approve')} approve / {wins.count('return')} return")


@pytest.fixture
def decided_root(tmp_path, demo_inbox, monkeypatch):
    monkeypatch.delenv("GONGKAI_REVIEWER", raising=False)
    return _pending_root(tmp_path / "root", ["甲通知.docx", "乙通知.docx", "丙通知.docx"], seed=300,
                         extra=[(demo_inbox / "办公室/空文件.docx", "办公室/空文件.docx"),
                                (demo_inbox / "就业促进科/创业补贴公示（含完整身份证号）.docx", "就业促进科/公示.docx")])


def test_a_quarantined_file_is_not_approved_without_override(capsys, decided_root):
    root, R = decided_root, ["--root", str(decided_root)]
    assert (root / "quarantine" / "空文件.docx").exists()
    rc, out = run(capsys, "approve", "空文件.docx", "--reviewer", "马审核", *R)
    assert rc == 5 and "隔离" in out.err and "reaudit" in out.err and "--override" in out.err
    assert (root / "quarantine" / "空文件.docx").exists() and not (root / "approval" / "空文件.docx").exists()
    rc, out = run(capsys, "approve", "空文件.docx", "--reviewer", "马审核", "--override", "--attribute", "主动公开", *R)
    assert rc == 3 and "理由" in out.err, "an override needs a reason"
    from storage import Ledger

    ledger = Ledger.for_root(root)
    try:
        assert ledger.register_entries() == []
    finally:
        ledger.close()
    rc, out = run(capsys, "approve", "空文件.docx", "--reviewer", "马审核", "--override", "--attribute", "主动公开",
                  "--reason", "原件已人工核对", *R)
    assert rc == 0 and (root / "approval" / "空文件.docx").exists() and "覆盖" in out.out
    rc, out = run(capsys, "history", "空文件.docx", *R)
    assert "马审核" in out.out and "原件已人工核对" in out.out and "隔离" in out.out and "已同意" in out.out


def test_a_returned_file_is_approved_only_after_reaudit_or_override_and_its_notice_withdrawn(capsys, decided_root):
    from storage import Ledger

    root, R = decided_root, ["--root", str(decided_root)]
    rc, _ = run(capsys, "return", "甲通知.docx", "--reviewer", "马审核", "--comment", "请补充联系人", *R)
    assert rc == 0
    ret = root / "returned" / "办公室"
    assert (ret / "甲通知.docx.退文通知单.docx").exists()
    rc, out = run(capsys, "approve", "甲通知.docx", "--reviewer", "李审核", *R)
    assert rc == 5 and "马审核" in out.err and "请补充联系人" in out.err and "退回" in out.err
    assert (ret / "甲通知.docx").exists()
    # a re-audit of the (clean) file sends it back to pending: file to approval/, stale notice withdrawn
    rc, out = run(capsys, "reaudit", "甲通知.docx", "--reviewer", "李审核", *R)
    assert rc == 0, out.err
    assert (root / "approval" / "甲通知.docx").exists() and not (ret / "甲通知.docx").exists()
    assert not (ret / "甲通知.docx.退文通知单.docx").exists()
    assert (ret / "withdrawn" / "甲通知.docx.退文通知单.docx").exists() and "withdrawn" in out.out
    rc, out = run(capsys, "approve", "甲通知.docx", "--reviewer", "李审核", *R)
    assert rc == 0 and "登记" in out.out
    # the override path: returned, then approved with the attribute and a reason
    run(capsys, "return", "乙通知.docx", "--reviewer", "马审核", "--comment", "请改标题", *R)
    rc, out = run(capsys, "approve", "乙通知.docx", "--reviewer", "李审核", "--override", "--attribute", "主动公开",
                  "--reason", "标题已由办公室核定", *R)
    assert rc == 0 and (root / "approval" / "乙通知.docx").exists()
    assert (ret / "withdrawn" / "乙通知.docx.退文通知单.docx").exists() and not (ret / "乙通知.docx.退文通知单.docx").exists()
    ledger = Ledger.for_root(root)
    try:
        kinds = [m.kind for c in ledger.claims() for m in ledger.moves(c.id)]
        assert kinds.count("notice-withdraw") == 2, "the ledger records each withdrawal"
        hist = ledger.decisions(ledger.run("甲通知.docx").id)
        assert [(d.action, d.from_state, d.to_state) for d in hist] == [
            ("return", "pending", "returned"), ("reaudit", "returned", "pending"), ("approve", "pending", "approved")]
        assert {e.subject for e in ledger.register_entries()} and len(ledger.register_entries()) == 2
        assert ledger.counts()["open_moves"] == 0
    finally:
        ledger.close()


def test_the_reviewer_is_a_named_person_not_the_os_account(capsys, decided_root, monkeypatch):
    import getpass

    from storage import Ledger

    root, R = decided_root, ["--root", str(decided_root)]
    rc, out = run(capsys, "approve", "丙通知.docx", *R)
    assert rc == 3 and "--reviewer" in out.err and "审核人" in out.err
    assert (root / "approval" / "丙通知.docx").exists()
    monkeypatch.setenv("GONGKAI_REVIEWER", "王审核")
    rc, out = run(capsys, "escalate", "丙通知.docx", "--comment", "请分管领导审定", *R)
    assert rc == 0 and (root / "escalated" / "丙通知.docx").exists()
    ledger = Ledger.for_root(root)
    try:
        (d,) = ledger.decisions(ledger.run("丙通知.docx").id)
    finally:
        ledger.close()
    assert d.reviewer == "王审核" and d.comment == "请分管领导审定" and d.decided_at is not None
    assert d.os_user == getpass.getuser() and d.os_user != d.reviewer


def test_a_reaudit_that_still_returns_replaces_the_notice_and_a_changed_file_is_refused(capsys, decided_root):
    root, R = decided_root, ["--root", str(decided_root)]
    ret = root / "returned" / "就业促进科"
    assert (ret / "公示.docx.退文通知单.docx").exists(), "the audit returned it with its notice"
    rc, out = run(capsys, "reaudit", "公示.docx", "--reviewer", "马审核", *R)
    assert rc == 0 and (ret / "公示.docx").exists()
    assert (ret / "withdrawn" / "公示.docx.退文通知单.docx").exists(), "the old notice is withdrawn"
    assert (ret / "公示.docx.退文通知单.docx").exists(), "the re-audit's own notice stands beside the file"
    rc, out = run(capsys, "approve", "公示.docx", "--reviewer", "马审核", *R)
    assert rc == 5 and "重新审查" in out.err, "still returned after the re-audit: no plain approval"
    (root / "approval" / "丙通知.docx").write_bytes(b"swapped")
    rc, out = run(capsys, "reaudit", "丙通知.docx", "--reviewer", "马审核", *R)
    assert rc == 3 and "改动" in out.err
    rc, out = run(capsys, "show", "丙通知.docx", *R)
    assert "待审" in out.out
