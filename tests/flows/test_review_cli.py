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
    rc, out = run(capsys, "return", "创业补贴公示（含完整身份证号）.docx", "--comment", "请对身份证号去标识化", *R)
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
