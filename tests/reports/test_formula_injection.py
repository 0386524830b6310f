"""No user string becomes a spreadsheet formula: 承办科室, reviewer, title and file name are text cells.

A 承办科室 such as ``=HYPERLINK("http://…","点此")`` would otherwise be stored as a formula and
evaluated by Excel/WPS when the office opens the register. Checked on the workbook's XML itself
(no ``<f>`` element anywhere; the cells hold strings with the quote-prefix style).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest

from reports.monthly import write_monthly
from reports.records import AuditRecord
from reports.register import rows_from_records, write_register
from reports.stats import compute_monthly

HOSTILE = {
    "department": '=HYPERLINK("http://evil.example/x","点此")',
    "reviewer": "+cmd|' /C calc'!A0",
    "title": "-2+3+cmd|' /C calc'!A0",
    "file": "@SUM(1+1)*cmd.docx",
}


def _records() -> list[AuditRecord]:
    t = dt.datetime(2026, 11, 3, 10)
    return [
        AuditRecord(run_id=1, file=HOSTILE["file"], decision="approve", received_at=t, decided_at=t, attribute="主动公开",
                    sha256="s1", doc_number="卫人社发〔2026〕1号", title=HOSTILE["title"], department=HOSTILE["department"],
                    review="approved", reviewed_at=t + dt.timedelta(hours=1), reviewer=HOSTILE["reviewer"], opinion="公开"),
        AuditRecord(run_id=2, file=HOSTILE["file"], decision="approve", received_at=t, decided_at=t, attribute="主动公开",
                    sha256="s2", doc_number=None, title=None, department="\t=1+1", review="approved",
                    reviewed_at=t + dt.timedelta(hours=2), reviewer="\r=2+2", opinion="=3+3"),
    ]


def _sheets(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def _assert_all_text(path, expected: list[str]) -> None:
    import openpyxl

    xml = _sheets(path)
    for name, body in xml.items():
        assert not re.search(r"<(\w+:)?f[ >/]", body), f"a formula element in {name}"
    wb = openpyxl.load_workbook(path)
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    seen.setdefault(c.value, c)
    for value in expected:
        assert value in seen, f"{value!r} missing from the workbook"
        cell = seen[value]
        assert cell.data_type == "s", f"{value!r} stored as {cell.data_type}"
        assert cell.quotePrefix, f"{value!r} without the quote prefix"


def test_register_writes_hostile_strings_as_text(tmp_path):
    rows = rows_from_records(_records(), dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    path = write_register(rows, tmp_path / "台账.xlsx", dt.date(2026, 11, 1), dt.date(2026, 11, 30), bureau="=局")
    _assert_all_text(path, [HOSTILE["department"], HOSTILE["reviewer"], HOSTILE["title"], "\t=1+1", "\r=2+2", "=3+3"])
    # the second record has no title: the register falls back to the file name's stem
    _assert_all_text(path, ["@SUM(1+1)*cmd"])


def test_monthly_writes_hostile_strings_as_text(tmp_path):
    st = compute_monthly(_records(), 2026, 11)
    xlsx = write_monthly(st, tmp_path, generated=dt.datetime(2026, 12, 1))[0]
    _assert_all_text(xlsx, [HOSTILE["department"], HOSTILE["title"], HOSTILE["file"], "\t=1+1"])


@pytest.mark.parametrize("value", ["普通科室", "2026", "—", "a=b"])
def test_ordinary_strings_keep_their_plain_style(tmp_path, value):
    import openpyxl

    from reports.xlsx import add_table, new_workbook

    wb = new_workbook()
    add_table(wb, "t", ("列",), [(value,)])
    wb.save(tmp_path / "t.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "t.xlsx")["t"]["A2"]
    assert cell.value == value and not cell.quotePrefix


def test_workbooks_are_private_whatever_the_umask(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        rows = rows_from_records(_records(), dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        reg = write_register(rows, tmp_path / "台账.xlsx", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        xlsx = write_monthly(compute_monthly(_records(), 2026, 11), tmp_path, generated=dt.datetime(2026, 12, 1))[0]
    finally:
        os.umask(old)
    assert stat.S_IMODE(reg.stat().st_mode) == 0o640 and stat.S_IMODE(xlsx.stat().st_mode) == 0o640
