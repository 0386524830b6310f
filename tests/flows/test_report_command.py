"""``gongkai report register|monthly`` against a real ledger under a service root."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from flows.cli import main


@pytest.fixture
def root(tmp_path, demo_inbox):
    from classifiers import audit_path
    from storage import Ledger

    led = Ledger.for_root(tmp_path)
    worker = led.register_worker()
    for p in sorted(demo_inbox.rglob("*.docx"))[:6]:
        cid, _ = led.begin_claim(worker, str(p.relative_to(demo_inbox)), str(p), p.parent.name)
        res = audit_path(p, department=p.parent.name)
        run_id, _ = led.record_audit(cid, res)
        if str(res.decision) == "approve":
            led.record_review(run_id, "approved", "马审核", published_on=dt.date(2026, 11, 20))
    led.close()
    return tmp_path


def test_register_command(root, capsys):
    rc = main(["report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--root", str(root)])
    assert rc == 0
    out = root / "reports" / "政务公开登记台账-2026-11-01至2026-11-30.xlsx"
    ws = openpyxl.load_workbook(out)["登记台账"]
    n = int(capsys.readouterr().out.split("登记台账 ")[1].split(" 件")[0])
    assert n >= 1 and ws.max_row == 3 + n
    assert all(ws.cell(r, 2).value == dt.datetime(2026, 11, 20) for r in range(4, 4 + n))


def test_monthly_command(root, capsys):
    today = dt.date.today()
    month = f"{today.year:04d}-{today.month:02d}"
    rc = main(["report", "monthly", month, "--root", str(root)])
    assert rc == 0
    assert (root / "reports" / f"政务公开审查月报-{month}.xlsx").exists()
    assert (root / "reports" / f"政务公开审查月报-{month}.html").exists()
    assert "送审 6 件" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["report", "monthly", "2026-13"],
    ["report", "register", "--from", "2026-11-31", "--to", "2026-12-01"],
    ["report", "register", "--from", "2026-11-30", "--to", "2026-11-01"],
])
def test_bad_arguments_are_usage_errors(argv, tmp_path):
    try:
        rc = main(argv + ["--root", str(tmp_path)])
    except SystemExit as e:
        rc = e.code
    assert rc == 3


def test_missing_ledger_is_a_usage_error(tmp_path, capsys):
    assert main(["report", "monthly", "2026-11", "--root", str(tmp_path / "none")]) == 3
    assert "台账不存在" in capsys.readouterr().err


def test_flag_command_writes_reports_beside_or_into_out(tmp_path, demo_inbox, capsys):
    src = demo_inbox / "就业促进科" / "创业补贴公示（含完整身份证号）.docx"
    rc = main(["report", "flag", str(src), "--out", str(tmp_path)])
    assert rc == 1  # returned
    names = sorted(p.name for p in tmp_path.iterdir())
    stem = src.stem
    assert names == sorted([f"{stem}.result.json", f"{stem}.审查报告.html", f"{stem}.退文通知单.docx"])
    assert "return" in capsys.readouterr().out
    assert main(["report", "flag", str(tmp_path / "nope.docx")]) == 3
