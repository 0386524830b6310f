"""Rendering helpers for gen.py: one document model, written as GB/T 9704-style .docx or as .txt."""
import datetime as dt
import re
from dataclasses import dataclass, field

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

WEEK = "一二三四五六日"


def cn(d: dt.date) -> str:
    """2025年7月3日"""
    return f"{d.year}年{d.month}月{d.day}日"


def md(d: dt.date) -> str:
    """7月3日"""
    return f"{d.month}月{d.day}日"


def wk(d: dt.date) -> str:
    """星期四"""
    return "星期" + WEEK[d.weekday()]


def rel(base: dt.date, target: dt.date) -> str:
    """本周X / 下周X relative to base (weeks start Monday); asserts the relation exists."""
    bw = base - dt.timedelta(days=base.weekday())
    tw = target - dt.timedelta(days=target.weekday())
    delta = (tw - bw).days // 7
    assert delta in (0, 1), (base, target)
    assert target > base, (base, target)
    return ("本周" if delta == 0 else "下周") + WEEK[target.weekday()]


@dataclass
class Doc:
    fname: str  # without extension
    fmt: str  # docx | txt
    header: str  # 发文机关标志 (e.g. "...文件" or the bare name for a 函)
    docno: str
    title: str
    zhusong: str
    body: list  # str paragraphs or ("table", rows) or ("h", heading text)
    signer: str
    date: dt.date
    mark: str  # 公开属性 line as printed
    attachments: list = field(default_factory=list)  # [(title, [body items])]
    cc: str = ""
    printer: str = "玉措藏族彝族自治州人力资源和社会保障局办公室"
    print_date: dt.date | None = None
    attribute: str = ""
    decision: str = "approve"
    codes: list = field(default_factory=list)
    note: str = ""
    case: str = ""
    minutes: bool = False  # 会议纪要 layout (no 主送, header block differs)


# ---------------------------------------------------------------- docx

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(doc, text, *, name=FS, size=16, align=None, indent=False, bold=False, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    _font(r, name, size, bold, color)
    return p


def _border(p, where="bottom", color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{where}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    pPr.append(bdr)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        assert len(row) == len(rows[0]), row
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(str(val))
            _font(r, HT if i == 0 else FS, 12 if i else 12, bold=(i == 0))
    doc.add_paragraph()


def _items(doc, items):
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            _table(doc, it[1])
        elif isinstance(it, tuple) and it[0] == "h":
            _para(doc, it[1], name=HT, indent=True)
        else:
            _para(doc, it, indent=True)


def write_docx(d: Doc, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    red = (0xE0, 0x00, 0x00)
    _para(doc, d.header, name=XBS, size=26 if len(d.header) < 24 else 20, align=WD_ALIGN_PARAGRAPH.CENTER,
          color=red, space_after=12)
    p = _para(doc, d.docno, align=WD_ALIGN_PARAGRAPH.CENTER if not d.minutes else WD_ALIGN_PARAGRAPH.LEFT)
    _border(p)
    _para(doc, "")
    _para(doc, d.title, name=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    if d.zhusong:
        _para(doc, d.zhusong)
    _items(doc, d.body)
    if d.attachments:
        _para(doc, "")
        for i, (t, _) in enumerate(d.attachments, 1):
            lab = "附件：" if i == 1 else "　　　"
            num = f"{i}．" if len(d.attachments) > 1 else ""
            _para(doc, f"{lab}{num}{t}", indent=True)
    _para(doc, "")
    if d.signer:
        _para(doc, d.signer, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, cn(d.date), align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, d.mark, indent=True)
    for i, (t, items) in enumerate(d.attachments, 1):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, f"附件{i}" if len(d.attachments) > 1 else "附件", name=HT)
        _para(doc, t, name=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
        _items(doc, items)
    _para(doc, "")
    if d.cc:
        p = _para(doc, f"抄送：{d.cc}", size=14)
        _border(p, "top", "000000", 8)
    pd = d.print_date or d.date
    p = _para(doc, f"{d.printer}　　　　{cn(pd)}印发", size=14)
    _border(p, "bottom", "000000", 8)
    doc.save(path)


# ---------------------------------------------------------------- txt

def _txt_items(items, out):
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            for row in it[1]:
                out.append("｜".join(str(c) for c in row))
            out.append("")
        elif isinstance(it, tuple) and it[0] == "h":
            out.append("　　" + it[1])
        else:
            out.append("　　" + it)


def write_txt(d: Doc, path):
    out = [d.header, "", d.docno, "", d.title, ""]
    if d.zhusong:
        out.append(d.zhusong)
    _txt_items(d.body, out)
    if d.attachments:
        out.append("")
        for i, (t, _) in enumerate(d.attachments, 1):
            lab = "附件：" if i == 1 else "　　　"
            num = f"{i}．" if len(d.attachments) > 1 else ""
            out.append(f"　　{lab}{num}{t}")
    out.append("")
    if d.signer:
        out.append(" " * 24 + d.signer)
    out.append(" " * 28 + cn(d.date))
    out.append("　　" + d.mark)
    for i, (t, items) in enumerate(d.attachments, 1):
        out += ["", "", f"附件{i}" if len(d.attachments) > 1 else "附件", "", "　　　　" + t, ""]
        _txt_items(items, out)
    out.append("")
    out.append("—" * 30)
    if d.cc:
        out.append(f"抄送：{d.cc}")
    pd = d.print_date or d.date
    out.append(f"{d.printer}　　　　{cn(pd)}印发")
    out.append("—" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def body_text(d: Doc) -> str:
    out = []
    _txt_items(d.body, out)
    for _, items in d.attachments:
        _txt_items(items, out)
    return "\n".join(out)


# ---------------------------------------------------------------- checks

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s: str) -> bool:
    tot = sum(int(c) * w for c, w in zip(s[:17], _W))
    return "10X98765432"[tot % 11] == s[17].upper()


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        tot += n
    return tot % 10 == 0


def check_numbers(text: str):
    """Any 18-char ID must carry a valid GB 11643 digit, any 16-19 digit run a valid Luhn digit."""
    for m in re.finditer(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])", text):
        assert id_ok(m.group()), m.group()
    for m in re.finditer(r"(?<![0-9])[0-9]{16,19}(?![0-9])", text):
        if len(m.group()) == 18 and id_ok(m.group()):
            continue
        assert luhn_ok(m.group()), m.group()
