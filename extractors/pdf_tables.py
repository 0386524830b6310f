"""Ruled tables on PDF pages, read with pdfplumber — only on pages whose drawing says "table".

pdfplumber builds ``page.chars`` for the whole page (≈ 25 ms a page), so it is opened lazily, once
per document, and asked only about pages where pdfium found table rules (``page_covers``). Each
cell becomes a TABLE_CELL block with ``cell=(table, row, col)`` and its bbox; the text lines inside
the table's box are dropped from the paragraphs so nothing is read twice.
"""

from __future__ import annotations

import io


class LazyPlumber:
    """pdfplumber opened on first use; ``close`` when the document is done."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = None

    def page(self, pno: int):
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf.pages[pno]

    def close(self) -> None:
        if self.pdf is not None:
            pdf, self.pdf = self.pdf, None
            try:
                pdf.close()  # re-walks every page; on a damaged file that raises again (fuzz find)
            except Exception:  # noqa: BLE001 — nothing to release but memory: the input is a BytesIO
                pass


def page_tables(plumber: LazyPlumber, pno: int) -> tuple[list[tuple[tuple, list[tuple]]], str | None]:
    """([(table bbox, [(row, col, text, cell bbox)])], warning) for one page (bbox from the page top).

    Only the table structure comes from pdfplumber; the caller reads each cell's text with pdfium
    (cheaper than ``Table.extract`` and the same text as the rest of the page).

    pdfplumber (pdfminer) is a second parser over the same bytes that pdfium already read; when it
    fails on a damaged page the text is still there, so the page keeps its lines and a warning
    says the tables were not recognised.
    """
    try:
        page = plumber.page(pno)
        found = page.find_tables()
        out = []
        for t in found:
            rows = t.rows
            if len(rows) < 2 or max((len(r.cells) for r in rows), default=0) < 2:
                continue
            cells = []
            for r, row in enumerate(rows):
                for c, bb in enumerate(row.cells):
                    if bb is not None:
                        cells.append((r, c, "", tuple(round(v, 1) for v in bb)))
            out.append((tuple(round(v, 1) for v in t.bbox), cells))
        return out, None
    except Exception as e:  # noqa: BLE001 — pdfminer raises many kinds on damaged input; see docstring
        return [], f"page {pno + 1}: tables not recognised ({type(e).__name__})"


def drop_lines_in(lines: list, box: tuple[float, float, float, float]) -> list:
    """``lines`` without those whose centre lies inside ``box`` (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    keep = []
    for ln in lines:
        cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            keep.append(ln)
    return keep
