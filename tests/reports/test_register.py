"""The register xlsx per 《资料管理制度》第三条: header, one row per approved document, autofilter."""

from __future__ import annotations

import datetime as dt

import openpyxl

from reports.records import AuditRecord
from reports.register import HEADER, rows_from_records, write_register

START, END = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def _rec(run, decision, attr, when, review=None, dup=None, sha=None):
    t = dt.datetime.combine(when, dt.time(10))
    return AuditRecord(run_id=run, file=f"{run}.docx", decision=decision, received_at=t, decided_at=t, attribute=attr,
                       sha256=sha or f"s{run}", doc_number=f"卫人社发〔2026〕{run}号", title=f"关于第{run}事项的通知",
                       department="办公室", review=review, reviewed_at=t + dt.timedelta(days=1) if review else None,
                       reviewer="马审核" if review else None, duplicate_of=dup, opinion="公开；同意按主动公开办理")


def test_rows_only_approved_in_range_once_per_content():
    recs = [
        _rec(1, "approve", "主动公开", dt.date(2026, 11, 3), review="approved"),
        _rec(2, "approve", "依申请公开", dt.date(2026, 11, 4)),  # no review kept: the audit's approval counts
        _rec(3, "return", "主动公开", dt.date(2026, 11, 5)),  # returned: not registered
        _rec(4, "approve", "主动公开", dt.date(2026, 11, 6), review="returned"),  # reviewer returned it
        _rec(5, "return", "主动公开", dt.date(2026, 11, 7), review="approved"),  # reviewer overrode: registered
        _rec(6, "approve", "主动公开", dt.date(2026, 11, 8), dup=1, sha="s1"),  # duplicate drop of run 1
        _rec(7, "approve", "主动公开", dt.date(2026, 12, 1)),  # outside the range
    ]
    rows = rows_from_records(recs, START, END)
    # run 1 approved by the reviewer on the 4th, run 2 by the audit on the 4th (same hour: by run id)
    assert [r.doc_number for r in rows] == ["卫人社发〔2026〕1号", "卫人社发〔2026〕2号", "卫人社发〔2026〕5号"]
    assert rows[0].published_on == dt.date(2026, 11, 4) and rows[1].published_on == dt.date(2026, 11, 4)
    assert (rows[0].form, rows[0].scope) == ("政府网站", "社会公众")
    assert (rows[1].form, rows[1].scope) == ("依申请提供", "申请人")


def test_xlsx_cells_and_filter(tmp_path):
    recs = [_rec(1, "approve", "主动公开", dt.date(2026, 11, 3), review="approved"),
            _rec(2, "approve", "不予公开", dt.date(2026, 11, 9), review="approved")]
    path = write_register(rows_from_records(recs, START, END), tmp_path / "台账.xlsx", START, END)
    ws = openpyxl.load_workbook(path)["登记台账"]
    assert ws["A1"].value == "中卫市人力资源和社会保障局政务公开登记台账（2026年11月1日至2026年11月30日，共2件）"
    assert tuple(c.value for c in ws[3]) == HEADER
    assert HEADER[1:7] == ("公开时间", "公开形式", "主题内容", "文件序号", "公开范围", "审核意见")
    row = [c.value for c in ws[4]]
    assert row[0] == 1 and row[1] == dt.datetime(2026, 11, 4) and row[2] == "政府网站"
    assert row[3] == "关于第1事项的通知" and row[4] == "卫人社发〔2026〕1号" and row[5] == "社会公众"
    assert row[6] == "公开；同意按主动公开办理" and row[9] == "马审核"
    assert ws.cell(4, 2).number_format == 'yyyy"年"m"月"d"日"'  # shown as 2026年11月4日
    assert [c.value for c in ws[5]][7] == "不予公开"
    assert ws.auto_filter.ref == "A3:J5" and ws.freeze_panes == "A4"


def test_empty_register_still_has_header(tmp_path):
    path = write_register([], tmp_path / "t.xlsx", START, END)
    ws = openpyxl.load_workbook(path)["登记台账"]
    assert tuple(c.value for c in ws[3]) == HEADER and ws.max_row == 3
