"""Write a ``GongwenSpec`` as a docx laid out per GB/T 9704-2012 (python-docx, then raw XML for
what python-docx has no API for: tracked changes, comments, hidden and white text)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .spec import GongwenSpec, Hidden, Table

FANGSONG, HEITI, XIAOBIAOSONG, KAITI = "仿宋_GB2312", "黑体", "方正小标宋简体", "楷体_GB2312"


def _font(run, name: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text: str, *, font=FANGSONG, size=16.0, align=None, indent=False, bold=False, color=None, red=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    _font(r, font, size, bold, RGBColor(0xC0, 0, 0) if red else color)
    return p


def _table(doc, t: Table) -> None:
    tbl = doc.add_table(rows=len(t.rows), cols=max(len(r) for r in t.rows))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(t.rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            _font(r, HEITI if i == 0 else FANGSONG, 12)


def write_docx(spec: GongwenSpec, path: str | Path) -> Path:
    """Lay out ``spec`` on A4 with the standard margins and fonts; return the path written."""
    doc = new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    if spec.header:
        hp = sec.header.paragraphs[0]
        _font(hp.add_run(spec.header), FANGSONG, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("— 1 —"), "宋体", 14)

    # 版头
    if spec.copy_number:
        _para(doc, spec.copy_number, font=HEITI)
    if spec.secrecy:
        _para(doc, spec.secrecy, font=HEITI)
    if spec.work_secret_mark:
        _para(doc, spec.work_secret_mark, font=HEITI)
    if spec.urgency:
        _para(doc, spec.urgency, font=HEITI)
    if spec.issuer:
        _para(doc, spec.issuer, font=XIAOBIAOSONG, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, red=True)
    if spec.doc_number:
        line = spec.doc_number + (f"    签发人：{spec.signer}" if spec.signer else "")
        _para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER)
    # 主体
    _para(doc, spec.title, font=XIAOBIAOSONG, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    if spec.recipients:
        _para(doc, spec.recipients)
    body_paras = []
    for item in spec.body:
        if isinstance(item, Table):
            _table(doc, item)
            body_paras.append(None)
        else:
            body_paras.append(_para(doc, item, indent=True))
    for i, a in enumerate(spec.attachments):
        label = "附件：" if i == 0 else "　　　"
        _para(doc, f"{label}{a}", indent=True)
    _para(doc, spec.signature, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, spec.date, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for n in spec.notes:
        _para(doc, n, indent=True)
    # 版记
    for row in spec.record_rows:
        _para(doc, row, size=14)
    if spec.cc:
        _para(doc, f"抄送：{spec.cc}", size=14)
    _para(doc, f"{spec.printer}　　　　{spec.print_date}印发", size=14)

    for h in spec.hidden:
        _apply_hidden(doc, h, [p for p in body_paras if p is not None])
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def _apply_hidden(doc, h: Hidden, paras: list) -> None:
    """Plant content only a machine reads (tracked changes, comments, hidden or white text …)."""
    if not paras:
        return
    p = paras[min(h.anchor, len(paras) - 1)]
    if h.kind in ("vanish", "white"):
        r = p.add_run(h.text)
        _font(r, FANGSONG, 16, color=RGBColor(0xFF, 0xFF, 0xFF) if h.kind == "white" else None)
        if h.kind == "vanish":
            r.font.hidden = True
    elif h.kind in ("insertion", "deletion"):
        tag = "w:ins" if h.kind == "insertion" else "w:del"
        wrap = OxmlElement(tag)
        wrap.set(qn("w:id"), str(900 + h.anchor))
        wrap.set(qn("w:author"), h.extra or "审核人")
        wrap.set(qn("w:date"), "2026-11-18T09:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if h.kind == "deletion" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = h.text
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)
    elif h.kind == "comment":
        doc.add_comment(p.runs[0] if p.runs else p.add_run(""), text=h.text, author=h.extra or "审核人", initials="SH")
    elif h.kind == "property":
        cp = doc.core_properties
        setattr(cp, h.extra or "comments", h.text)
    elif h.kind == "header":
        _font(doc.sections[0].header.paragraphs[0].add_run(h.text), FANGSONG, 10.5)
    elif h.kind == "footer":
        _font(doc.sections[0].footer.paragraphs[0].add_run(" " + h.text), FANGSONG, 10.5)
    else:
        raise ValueError(f"docx writer cannot plant hidden kind {h.kind!r}")

