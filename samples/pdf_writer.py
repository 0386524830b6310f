"""Write a ``GongwenSpec`` as a PDF with extractable Chinese (reportlab, CID font STSong-Light).

GB/T 9704 版心: 156 × 225 mm, 28 characters a line, 22 lines a page. A line never breaks inside a
run of digits or Latin letters, so a planted number stays whole for the extractor.
``covered`` hidden items draw a black box over their text: the classic ineffective redaction.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from .spec import GongwenSpec, Table

FONT = "STSong-Light"
LEFT, TOP, WIDTH = 28 * mm, 37 * mm, 156 * mm
CHARS_PER_LINE = 28
LINE_H = 225 * mm / 22
_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


def wrap(text: str, n: int = CHARS_PER_LINE, indent: int = 2) -> list[str]:
    """Split into lines of about ``n`` full-width characters, never inside an ASCII token."""
    tokens = re.findall(r"[0-9A-Za-z@._\-*]+|.", text)
    lines, cur, w = [], "　" * indent, float(indent)
    for t in tokens:
        tw = len(t) * 0.5 if t.isascii() else float(len(t))
        if w + tw > n and cur.strip():
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    if cur.strip():
        lines.append(cur)
    return lines


class _Pager:
    def __init__(self, c: canvas.Canvas, header: str | None):
        self.c, self.header, self.page, self.y = c, header, 1, 0.0
        self._start()

    def _start(self) -> None:
        h = A4[1]
        self.y = h - TOP
        if self.header:
            self.c.setFont(FONT, 10)
            self.c.drawString(LEFT, h - 20 * mm, self.header)

    def _finish(self) -> None:
        self.c.setFont(FONT, 14)
        self.c.drawCentredString(A4[0] / 2, 20 * mm, f"— {self.page} —")

    def line(self, text: str, size: float = 16, align: str = "left", covered: bool = False) -> None:
        if self.y < 35 * mm:
            self._finish()
            self.c.showPage()
            self.page += 1
            self._start()
        self.c.setFont(FONT, size)
        if align == "center":
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        elif align == "right":
            self.c.drawRightString(LEFT + WIDTH - 8 * mm, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        if covered:
            self.c.setFillColorRGB(0, 0, 0)
            tw = pdfmetrics.stringWidth(text, FONT, size)
            self.c.rect(LEFT - 1, self.y - 3, tw + 2, size + 4, stroke=0, fill=1)
        self.y -= LINE_H if size >= 14 else LINE_H * 0.8

    def close(self) -> None:
        self._finish()
        self.c.save()


def write_pdf(spec: GongwenSpec, path: str | Path) -> Path:
    """Lay out ``spec`` page by page; returns the path written."""
    _register()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(spec.title)
    c.setAuthor("")
    pg = _Pager(c, spec.header)
    for v in (spec.copy_number, spec.secrecy, spec.work_secret_mark, spec.urgency):
        if v:
            pg.line(v)
    if spec.issuer:
        pg.line(spec.issuer, size=22, align="center")
    if spec.doc_number:
        pg.line(spec.doc_number + (f"    签发人：{spec.signer}" if spec.signer else ""), align="center")
    for ln in wrap(spec.title, 20, 0):
        pg.line(ln, size=20, align="center")
    if spec.recipients:
        for ln in wrap(spec.recipients, indent=0):
            pg.line(ln)
    covered = {h.anchor: h.text for h in spec.hidden if h.kind == "covered"}
    bi = 0
    for item in spec.body:
        if isinstance(item, Table):
            for row in item.rows:
                pg.line("  ".join(row), size=12)
            continue
        for ln in wrap(item):
            pg.line(ln)
        if bi in covered:
            pg.line(covered[bi], covered=True)
        bi += 1
    for i, a in enumerate(spec.attachments):
        pg.line(("　　附件：" if i == 0 else "　　　　　") + a)
    pg.line(spec.signature, align="right")
    pg.line(spec.date, align="right")
    for n in spec.notes:
        pg.line("　　" + n)
    for row in spec.record_rows:
        pg.line(row, size=14)
    if spec.cc:
        for ln in wrap("抄送：" + spec.cc, indent=0):
            pg.line(ln, size=14)
    pg.line(f"{spec.printer}　　{spec.print_date}印发", size=14)
    pg.close()
    return out
