"""Write a ``GongwenSpec`` as a PDF with extractable Chinese (reportlab, CID font STSong-Light).

GB/T 9704 版心: 156 × 225 mm, 28 characters a line, 22 lines a page. A line never breaks inside a
run of digits or Latin letters, so a planted number stays whole for the extractor.
Hidden kinds (``Hidden.kind``) planted after body paragraph ``anchor``: ``covered`` (a black box drawn
over the text: the classic ineffective redaction), ``image_cover`` (an opaque image over the text),
``white`` (white text), ``annotation`` (a sticky-note comment, ``extra`` = author),
``box_annotation`` / ``highlight_annotation`` (a black Square / Highlight annotation drawn over the
line with a viewer's comment tools); anywhere:
``seal`` (a transparent red seal over the 署名 — must *not* count as covering), ``property``
(document information ``extra`` = Author/Subject/Keywords), ``attachment`` (an embedded file named
``extra``). ``write_scanned_pdf`` renders a text PDF to page images: a scan without a text layer.
Files are written with reportlab's ``invariant`` flag, so the same spec gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import replace
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
        self.boxes: list[tuple[int, tuple[float, float, float, float], str]] = []
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

    def line(self, text: str, size: float = 16, align: str = "left", covered: bool = False, style: str = "") -> None:
        if self.y < 35 * mm:
            self._finish()
            self.c.showPage()
            self.page += 1
            self._start()
        self.c.setFont(FONT, size)
        if style == "white":
            self.c.setFillColorRGB(1, 1, 1)
        if align == "center":
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        elif align == "right":
            self.c.drawRightString(LEFT + WIDTH - 8 * mm, self.y, text)
        else:
            self.c.drawString(LEFT, self.y, text)
        tw = pdfmetrics.stringWidth(text, FONT, size)
        if covered or style == "covered":
            self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(LEFT - 1, self.y - 3, tw + 2, size + 4, stroke=0, fill=1)
        elif style == "image_cover":
            self.c.drawImage(_patch_image(), LEFT - 1, self.y - 3, tw + 2, size + 4)
        elif style == "seal":
            x = (LEFT + WIDTH - 8 * mm - tw) if align == "right" else LEFT
            self.c.drawImage(_seal_image(), x - 10, self.y - 40, 110, 110, mask="auto")
        elif style in ("box_annotation", "highlight_annotation"):
            self.boxes.append((self.page - 1, (LEFT - 1, self.y - 3, LEFT + tw + 1, self.y + size + 1),
                               "SQUARE" if style == "box_annotation" else "HIGHLIGHT"))
        elif style.startswith("annotation:"):
            self.c.textAnnotation(text, Rect=(LEFT, self.y, LEFT + 20, self.y + 20), relative=0, addtopage=1,
                                  Author=style.split(":", 1)[1] or "审核人")
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= LINE_H if size >= 14 else LINE_H * 0.8

    def grid(self, table: Table, size: float = 10.5) -> None:
        """A ruled table: column widths from the longest cell, one text line per cell."""
        ncol = max(len(r) for r in table.rows)
        widths = [max(pdfmetrics.stringWidth(r[j] if j < len(r) else "", FONT, size) for r in table.rows) + 8 for j in range(ncol)]
        scale = min(1.0, WIDTH / sum(widths))
        widths = [w * scale for w in widths]
        row_h = size + 9
        for r, row in enumerate(table.rows):
            if self.y - row_h < 35 * mm:
                self._finish()
                self.c.showPage()
                self.page += 1
                self._start()
            top = self.y + size
            xs = [LEFT]
            for w in widths:
                xs.append(xs[-1] + w)
            self.c.setLineWidth(0.5)
            self.c.grid(xs, [top, top - row_h])
            self.c.setFont(FONT, size)
            for j, val in enumerate(row):
                self.c.drawString(xs[j] + 4, top - row_h + 6, val)
            self.y -= row_h
        self.y -= LINE_H * 0.5

    def close(self) -> None:
        self._finish()
        self.c.save()


def write_pdf(spec: GongwenSpec, path: str | Path, *, grid_tables: bool = False) -> Path:
    """Lay out ``spec`` page by page; returns the path written.

    Tables are text rows by default; ``grid_tables`` draws them as ruled grids, as Word exports them.
    """
    _register()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(spec.title)
    c.setAuthor("")
    for h in spec.hidden:
        if h.kind == "property":
            getattr(c, "set" + (h.extra or "Keywords"))(h.text)
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
    planted: dict[int, list] = {}
    for h in spec.hidden:
        if h.kind in ("covered", "image_cover", "white", "annotation", "box_annotation", "highlight_annotation"):
            planted.setdefault(h.anchor, []).append(h)
    bi = 0
    for item in spec.body:
        if isinstance(item, Table):
            if grid_tables:
                pg.grid(item)
                continue
            for row in item.rows:
                pg.line("  ".join(row), size=12)
            continue
        for ln in wrap(item):
            pg.line(ln)
        for h in planted.get(bi, ()):
            if h.kind == "annotation":
                pg.c.textAnnotation(h.text, Rect=(LEFT, pg.y, LEFT + 20, pg.y + 20), relative=0, addtopage=1)
            else:
                pg.line(h.text, style=h.kind)
        bi += 1
    for i, a in enumerate(spec.attachments):
        pg.line(("　　附件：" if i == 0 else "　　　　　") + a)
    seal = any(h.kind == "seal" for h in spec.hidden)
    pg.line(spec.signature, align="right", style="seal" if seal else "")
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
    if pg.boxes:
        _box_annotations(out, pg.boxes)
    attach = [h for h in spec.hidden if h.kind == "attachment"]
    if attach:
        _attach(out, [(h.extra or "附件.txt", h.text.encode("utf-8")) for h in attach])
    return out


def _box_annotations(path: Path, boxes: list[tuple[int, tuple[float, float, float, float], str]]) -> None:
    """Add black filled Square annotations (a box drawn with a viewer's comment tools) over ``boxes``."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(path.read_bytes())
    for pno, (l, b, r, t), subtype in boxes:
        page = pdf[pno]
        annot = raw.FPDFPage_CreateAnnot(page.raw, getattr(raw, f"FPDF_ANNOT_{subtype}"))
        rect = raw.FS_RECTF(l, t, r, b)
        raw.FPDFAnnot_SetRect(annot, ctypes.byref(rect))
        kind = raw.FPDFANNOT_COLORTYPE_Color if subtype == "HIGHLIGHT" else raw.FPDFANNOT_COLORTYPE_InteriorColor
        raw.FPDFAnnot_SetColor(annot, kind, 0, 0, 0, 255)
        raw.FPDFPage_CloseAnnot(annot)
        page.close()
    tmp = path.with_suffix(".tmp")
    pdf.save(str(tmp))
    pdf.close()
    tmp.replace(path)


def _attach(path: Path, files: list[tuple[str, bytes]]) -> None:
    """Embed ``files`` into the PDF at ``path`` (PDF EmbeddedFiles, as Acrobat's 附件)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    for name, data in files:
        pdf.new_attachment(name).set_data(data)
    tmp = path.with_suffix(".tmp")
    pdf.save(str(tmp))
    pdf.close()
    tmp.replace(path)


def _patch_image():
    """A small opaque grey image (an image-based redaction)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    return ImageReader(Image.new("RGB", (40, 8), (60, 60, 60)))


def _seal_image():
    """A red ring on a transparent background, like a scanned 公章."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    im = Image.new("RGBA", (220, 220), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 210, 210), outline=(220, 20, 20, 230), width=10)
    d.regular_polygon((110, 110, 30), 5, fill=(220, 20, 20, 230))
    return ImageReader(im)


def write_scanned_pdf(spec: GongwenSpec, path: str | Path, scale: float = 1.5) -> Path:
    """The spec as a scan: each page rendered to an image, no text layer at all."""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    out = Path(path)
    text_pdf = out.with_suffix(".text.pdf")
    write_pdf(replace(spec, hidden=()), text_pdf)
    src = pdfium.PdfDocument(text_pdf.read_bytes())
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for page in src:
        im = page.render(scale=scale, grayscale=True).to_pil()
        buf = io.BytesIO()
        im.save(buf, format="PNG")
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, A4[0], A4[1])
        c.showPage()
        page.close()
    c.save()
    src.close()
    text_pdf.unlink()
    return out
