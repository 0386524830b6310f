"""A 公示 with full ID, bank-card and phone numbers goes through the service, review and reports:
no full number anywhere under the root (the ledger's bytes with its WAL, every report, JSON, notice,
workbook) except inside the routed documents themselves, and what the product creates is private.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from samples.fake import Faker

F = Faker(4242)
PEOPLE = [(F.name(), F.id_card(), F.bank_card(19), F.mobile()) for _ in range(5)]
SECRETS = [s for _, i, c, p in PEOPLE for s in (i, c, p)]


def _publicity_docx(path: Path) -> Path:
    from samples.content import mark
    from samples.docx_writer import write_docx
    from samples.spec import GongwenSpec, Table

    rows = (("序号", "姓名", "身份证号", "银行卡号", "联系电话"),
            *((str(k + 1), n, i, c, p) for k, (n, i, c, p) in enumerate(PEOPLE)))
    spec = GongwenSpec(title="关于2026年第四批一次性创业补贴拟发放人员名单的公示", body=(
        "经个人申请、县（区）初审、市级复核，现将拟发放人员名单予以公示。", Table(rows),
        f"如有异议请联系{PEOPLE[0][0]}，电话{PEOPLE[0][3]}。"), doc_number=None, issuer="")
    return write_docx(mark(spec, "主动公开"), path)


def _publicity_txt(path: Path) -> Path:
    lines = ["关于2026年第五批就业见习补贴拟发放人员名单的公示", "公开方式：主动公开", ""]
    lines += [f"{n} 身份证号{i} 银行卡号{c} 电话{p}" for n, i, c, p in PEOPLE]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _texts(path: Path) -> list[bytes]:
    """The bytes to search: the file, and every member when it is a zip (docx, xlsx)."""
    data = path.read_bytes()
    out = [data]
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as z:
            out += [z.read(n) for n in z.namelist()]
    return out


@pytest.fixture
def restore_umask():
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


def test_no_full_number_anywhere_and_files_are_private(tmp_path, restore_umask, capsys):
    from flows.cli import main as cli

    root = tmp_path / "root"
    inbox = root / "inbox" / "就业促进科"
    inbox.mkdir(parents=True)
    docx = _publicity_docx(inbox / "创业补贴公示.docx")
    txt = _publicity_txt(inbox / "见习补贴公示.txt")
    assert PEOPLE[0][1].encode() in txt.read_bytes()
    old = dt.datetime.now().timestamp() - 10
    for p in (docx, txt):
        os.utime(p, (old, old))
    cfg = tmp_path / "gongkai.toml"
    cfg.write_text('[service]\nsettle_seconds = 0.0\nsidecar_wait_seconds = 0.0\nengine = "inline"\nwatchdog = false\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "GONGKAI_LEDGER_URL")}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "watch", "--root", str(root), "--config", str(cfg), "--once"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "退回" in done.stdout and done.stdout.count("\n") >= 2, done.stdout

    R = ["--root", str(root), "--config", str(cfg)]
    assert cli(["review", "show", "创业补贴公示.docx", *R]) == 0
    shown = capsys.readouterr().out
    # the audit returned it: approving needs an explicit override with the attribute and a reason (and the
    # reason, typed carelessly with a number in it, is stored masked like the comment below)
    assert cli(["review", "approve", "见习补贴公示.txt", "--reviewer", "马审核", "--attribute", "主动公开", "--override",
                "--reason", f"经核实已取得{PEOPLE[0][0]}（{PEOPLE[0][1]}）书面同意", *R]) == 0
    shown += capsys.readouterr().out
    assert cli(["review", "return", "创业补贴公示.docx", "--reviewer", "马审核", "--comment",
                f"请删除{PEOPLE[1][0]}的身份证号{PEOPLE[1][1]}", *R]) == 0  # a careless comment: stored masked
    capsys.readouterr()  # `review return` echoes the reviewer's own words back to them
    today = dt.date.today()
    assert cli(["report", "register", "--from", today.isoformat(), "--to", today.isoformat(), *R]) == 0
    assert cli(["report", "monthly", f"{today:%Y-%m}", *R]) == 0
    out = shown + capsys.readouterr().out

    from storage import Ledger

    ledger = Ledger.for_root(root)
    originals = {root / c.route for c in ledger.claims("routed")}
    ledger.close()
    assert len(originals) == 2 and all(p.exists() for p in originals)

    # the full numbers: nowhere but in the routed documents themselves
    leaks = []
    searched = 0
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p in originals or p.is_relative_to(root / "inbox"):
            continue
        searched += 1
        for blob in _texts(p):
            leaks += [f"{p.relative_to(root)}: {s}" for s in SECRETS if s.encode() in blob]
    leaks += [f"command output: {s}" for s in SECRETS if s in out]
    assert searched >= 8 and not leaks, "\n".join(leaks)
    assert list(root.rglob("*.xlsx")) and list(root.rglob("*.退文通知单.docx")) and list(root.rglob("*.json"))

    # modes: the ledger 0600, every other file the product wrote 0640 at most, its folders 0750
    for p in sorted(root.rglob("*")):
        if p in originals or p.is_relative_to(root / "inbox") or p == root / "inbox":
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        rel = p.relative_to(root).as_posix()
        if p.is_dir():
            assert mode & 0o7777 & ~0o2000 == 0o750, f"{rel} is {mode:o}"
        elif p.name.startswith("ledger.sqlite3"):
            assert mode == 0o600, f"{rel} is {mode:o}"
        else:
            assert mode & 0o137 == 0, f"{rel} is {mode:o}"
