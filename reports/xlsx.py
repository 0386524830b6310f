"""Small openpyxl helpers shared by the register and the monthly workbook: one styled sheet a table.

Header row bold on grey, frozen, with an autofilter over the data so the office can filter by
科室 or 公开属性 in Excel/WPS; column widths fitted to the (CJK-wide) content; percentages and
dates stored as real dates (openpyxl formats them ``yyyy-mm-dd`` / ``yyyy-mm-dd h:mm:ss``), not text.

Every string is data, never a formula: a 承办科室, reviewer, title or file name that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (CSV/formula injection: ``=HYPERLINK(…)``) is
written as an explicit string cell with Excel's quote prefix, so neither Excel nor WPS evaluates it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Sequence

from classifiers.masking import mask_text

from .console import xml_safe

PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"

#: First characters that make Excel/WPS read a typed or imported value as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell) -> None:
    """Make ``cell`` (holding a string) an explicit text cell that spreadsheets never evaluate."""
    cell.data_type = "s"  # openpyxl turns a leading "=" into a formula; undo that
    cell.quotePrefix = True  # Excel/WPS show it as typed text, even after an edit


def _guard_row(ws, row_index: int, row: Sequence[Any]) -> None:
    for j, v in enumerate(row):
        if isinstance(v, str) and v.startswith(FORMULA_START):
            as_text(ws.cell(row=row_index, column=j + 1))


def _width(v: Any) -> int:
    s = v.strftime("%Y-%m-%d %H:%M") if isinstance(v, dt.datetime) else str(v if v is not None else "")
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def add_table(wb, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]], *, formats: dict[int, str] | None = None,
              caption: str | None = None, max_width: int = 60):
    """A new sheet ``title`` with ``header`` and ``rows``; ``formats`` maps column index → number format."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title=title[:31])
    top = 1
    if caption:
        caption = xml_safe(mask_text(caption))
        ws.append([caption])
        _guard_row(ws, 1, [caption])
        ws.cell(row=1, column=1).font = Font(bold=True, size=12)
        ws.append([])
        top = 3
    header = [xml_safe(h) for h in header]
    ws.append(header)
    _guard_row(ws, top, header)
    thin = Side(style="thin", color="B7BDC8")
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="E6E9EF")
    head_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    head_border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for c in ws[top]:
        c.font, c.fill, c.alignment, c.border = head_font, head_fill, head_align, head_border
    # ws.append is the fast path (10,000 rows in well under a second); styles are set only where
    # needed, sharing one object each — openpyxl's per-cell style bookkeeping is what costs
    # the workbook's output boundary: masked, and a control character XML cannot hold shown as its picture
    rows = [[xml_safe(mask_text(v)) if isinstance(v, str) else v for v in row] for row in rows]
    for row in rows:
        ws.append(row)
    wrap = Alignment(vertical="top", wrap_text=True)
    formats = formats or {}
    for i, row in enumerate(rows, start=top + 1):
        for j, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, str) and v.startswith(FORMULA_START):
                as_text(ws.cell(row=i, column=j + 1))
            if j in formats:
                ws.cell(row=i, column=j + 1).number_format = formats[j]
            if isinstance(v, str) and len(v) > 30:
                ws.cell(row=i, column=j + 1).alignment = wrap
    for j, h in enumerate(header, start=1):
        sample = [h] + [r[j - 1] for r in rows[:500] if len(r) >= j]  # a row may be shorter (样本不足: no parts)
        ws.column_dimensions[get_column_letter(j)].width = min(max_width, max(_width(v) for v in sample) + 2)
    last = get_column_letter(len(header))
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    ws.auto_filter.ref = f"A{top}:{last}{top + max(len(rows), 1)}"
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{top}:{top}"
    return ws


#: Mode of a written workbook: the service account and its group read it, nobody else.
FILE_MODE = 0o640


def save(wb, path) -> None:
    """Save ``wb`` at ``path``, readable by the owner and group only, whatever the process's umask."""
    import os

    wb.save(path)
    os.chmod(path, FILE_MODE)


def new_workbook():
    """An empty workbook (the default sheet removed)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    return wb
