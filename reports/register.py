"""The register (政务公开登记台账) as an xlsx workbook.

《人社系统政务公开工作资料管理制度》第二条: 先审核、后登记、再公开; 第三条: 登记要注明公开时间、公开形式、
主题内容、文件序号、公开范围、审核意见. One row per approved document, oldest first, with an
autofilter so the office filters by 公开属性 or 承办科室; 第六条's 依申请公开 "一事一记" is one row each.
Rows come from the ledger's register entries (written when a reviewer approves) via
``reports.source``, or from records (``rows_from_records``) where no reviewer step is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from . import labels as L
from .records import AuditRecord
from .xlsx import add_table, new_workbook, save

HEADER = ("序号", "公开时间", "公开形式", "主题内容", "文件序号", "公开范围", "审核意见", "公开属性", "承办科室", "审核人")


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One 登记 line (第三条's six items first, then 公开属性, 承办科室, 审核人)."""

    published_on: dt.date  # 公开时间
    form: str  # 公开形式
    subject: str  # 主题内容
    doc_number: str | None  # 文件序号（发文字号）
    scope: str  # 公开范围
    opinion: str  # 审核意见
    attribute: str | None = None
    department: str | None = None
    reviewer: str | None = None


def rows_from_records(records: Iterable[AuditRecord], start: dt.date, end: dt.date) -> list[RegisterRow]:
    """Register rows for records approved (by the reviewer, or by the audit where no review is kept)
    with the approval date in [start, end]; a content approved twice is registered once."""
    out = []
    seen = set()
    for r in sorted(records, key=lambda r: (r.reviewed_at or r.decided_at, str(r.run_id))):
        if r.final != "approve" or r.duplicate_of is not None:
            continue
        when = (r.reviewed_at or r.decided_at).date()
        if not start <= when <= end or (r.sha256 and r.sha256 in seen):
            continue
        seen.add(r.sha256)
        attr = r.attribute or ""
        out.append(RegisterRow(
            published_on=when, form=L.PUBLISH_FORM.get(attr, "待定"), subject=r.title or Path(r.file).stem,
            doc_number=r.doc_number, scope=L.PUBLISH_SCOPE.get(attr, "待定"), opinion=r.opinion or "审核同意",
            attribute=r.attribute, department=r.department, reviewer=r.reviewer,
        ))
    return out


def write_register(rows: Sequence[RegisterRow], path: Path, start: dt.date, end: dt.date, *, bureau: str = L.BUREAU) -> Path:
    """Write the register workbook (one sheet, 登记台账) and return its path."""
    wb = new_workbook()
    caption = f"{bureau}政务公开登记台账（{L.date_zh(start)}至{L.date_zh(end)}，共{len(rows)}件）"
    table = [
        (i, r.published_on, r.form, r.subject, r.doc_number or "", r.scope, r.opinion, r.attribute or "未标注",
         r.department or "", r.reviewer or "")
        for i, r in enumerate(rows, start=1)
    ]
    ws = add_table(wb, "登记台账", HEADER, table, caption=caption, max_width=48, formats={1: L.XLSX_DATE_ZH})
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["D"].width = 48
    ws.column_dimensions["G"].width = 40
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
    return path
