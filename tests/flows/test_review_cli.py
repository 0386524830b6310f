"""``gongkai review``: the queue, a document's findings, approve (→ register), return, dismiss."""

from __future__ import annotations

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
    lines = [ln for ln in out.out.splitlines()[1:] if ln.strip()]
    assert len(lines) == 2 and "空文件" not in out.out, "quarantined files are not reviewed"
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
