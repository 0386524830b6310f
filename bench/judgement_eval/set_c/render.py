"""Rendering helpers for the 檀溪 evaluation set: GB/T 9704-style .docx and plain .txt 公文."""
import re
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

RED = RGBColor(0xD0, 0x00, 0x00)
HEAD_RE = re.compile(r"^[一二三四五六七八九十]+、")
SUB_RE = re.compile(r"^（[一二三四五六七八九十]+）")


# ---------------------------------------------------------------- ID / card helpers
def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return "10X98765432"[s % 11]


def make_id(area, birth, seq3):
    body = f"{area}{birth}{seq3}"
    assert len(body) == 17 and body.isdigit()
    full = body + id_check(body)
    assert id_valid(full)
    return full


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def mask_id(s):
    return s[:3] + "*" * 11 + s[-4:]


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(partial):
    full = partial + luhn_digit(partial)
    assert luhn_valid(full)
    return full


def mask_card(c):
    return f"{c[:4]} **** **** {c[-4:]}"


# ---------------------------------------------------------------- docx helpers
def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _border(par, side, color="000000", sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _para(doc, text="", name="仿宋_GB2312", size=16, bold=False, align=None, indent=True,
          color=None, space_after=0, right_indent_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28.9)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent_chars:
        pf.right_indent = Pt(size * right_indent_chars)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        _font(r, name, size, bold, color)
    return p


def _body_par(doc, text):
    if HEAD_RE.match(text):
        return _para(doc, text, name="黑体")
    if SUB_RE.match(text):
        return _para(doc, text, name="楷体_GB2312")
    return _para(doc, text, align="justify")


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(cell))
            _font(r, "黑体" if i == 0 else "仿宋_GB2312", 12, False)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def _items(doc, items):
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            _table(doc, it[1])
        elif isinstance(it, tuple) and it[0] == "center":
            _para(doc, it[1], name="黑体", align="center", indent=False)
        else:
            _body_par(doc, it)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    kind = d.get("kind", "file")
    if kind in ("file", "letter", "minutes"):
        head = d["header"]
        _para(doc, head, name="方正小标宋简体", size=(22 if kind == "letter" else 30), align="center",
              indent=False, color=RED, space_after=12)
        if kind == "minutes":
            _para(doc, d["docno"], name="仿宋_GB2312", align="center", indent=False)
            p = _para(doc, f"{d['issuer']}办公室                {d['date']}", indent=False)
            _border(p, "bottom", "D00000", 16)
        elif d.get("signer"):
            p = _para(doc, f"{d['docno']}              签发人：{d['signer']}", indent=False)
            _border(p, "bottom", "D00000", 16)
        else:
            p = _para(doc, d["docno"], align=("right" if kind == "letter" else "center"), indent=False)
            _border(p, "bottom", "D00000", 16)
        _para(doc, "")
    if d.get("title"):
        _para(doc, d["title"], name="方正小标宋简体", size=22, align="center", indent=False, space_after=12)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _items(doc, d["body"])
    if d.get("att_list"):
        _para(doc, "")
        for i, a in enumerate(d["att_list"]):
            prefix = "附件：" if i == 0 else "      "
            num = f"{i + 1}." if len(d["att_list"]) > 1 else ""
            _para(doc, f"{prefix}{num}{a}")
    if d.get("sign"):
        _para(doc, "")
        _para(doc, d["sign"], align="right", indent=False, right_indent_chars=4)
        _para(doc, d["date"], align="right", indent=False, right_indent_chars=4)
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        _para(doc, d["mark"])
    if d.get("fujian"):
        _para(doc, d["fujian"])
    for (atitle, aitems) in d.get("attachments", []):
        doc.add_page_break()
        _para(doc, atitle[0], name="黑体", indent=False)
        _para(doc, atitle[1], name="方正小标宋简体", size=22, align="center", indent=False, space_after=12)
        _items(doc, aitems)
    if d.get("mark_pos") == "before_banji" and d.get("mark"):
        _para(doc, "")
        _para(doc, d["mark"], indent=False)
    if d.get("cc") or d.get("printer"):
        _para(doc, "")
        if d.get("cc"):
            p = _para(doc, f"抄送：{d['cc']}", size=14, indent=False)
            _border(p, "top", sz=8)
        p = _para(doc, f"{d.get('printer') or d['issuer'] + '办公室'}        {d.get('print_date') or d['date']}印发",
                  size=14, indent=False)
        if not d.get("cc"):
            _border(p, "top", sz=8)
        _border(p, "bottom", sz=8)
    doc.save(path)


def _txt_items(items, out):
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            for row in it[1]:
                out.append(" | ".join(str(c) for c in row))
        elif isinstance(it, tuple) and it[0] == "center":
            out.append(it[1])
        else:
            out.append("　　" + it)


def render_txt(d, path):
    out = []
    kind = d.get("kind", "file")
    if kind in ("file", "letter", "minutes"):
        out.append(d["header"])
        if kind == "minutes":
            out.append(d["docno"])
            out.append(f"{d['issuer']}办公室　　　　{d['date']}")
        elif d.get("signer"):
            out.append(f"{d['docno']}　　　　签发人：{d['signer']}")
        else:
            out.append(d["docno"])
        out.append("—" * 20)
        out.append("")
    if d.get("title"):
        out.append(d["title"])
        out.append("")
    if d.get("to"):
        out.append(d["to"])
    _txt_items(d["body"], out)
    if d.get("att_list"):
        out.append("")
        for i, a in enumerate(d["att_list"]):
            num = f"{i + 1}." if len(d["att_list"]) > 1 else ""
            out.append(("　　附件：" if i == 0 else "　　　　　") + num + a)
    if d.get("sign"):
        out.append("")
        out.append("　" * 14 + d["sign"])
        out.append("　" * 16 + d["date"])
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        out.append("　　" + d["mark"])
    if d.get("fujian"):
        out.append("　　" + d["fujian"])
    for (atitle, aitems) in d.get("attachments", []):
        out.append("")
        out.append(atitle[0])
        out.append(atitle[1])
        _txt_items(aitems, out)
    if d.get("mark_pos") == "before_banji" and d.get("mark"):
        out.append("")
        out.append(d["mark"])
    if d.get("cc") or d.get("printer"):
        out.append("")
        out.append("—" * 20)
        if d.get("cc"):
            out.append(f"抄送：{d['cc']}")
        out.append(f"{d.get('printer') or d['issuer'] + '办公室'}　　　　{d.get('print_date') or d['date']}印发")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def body_chars(d):
    n = 0
    def cnt(items):
        c = 0
        for it in items:
            if isinstance(it, tuple):
                if it[0] == "table":
                    c += sum(len(str(x)) for row in it[1] for x in row)
                else:
                    c += len(it[1])
            else:
                c += len(it)
        return c
    n += cnt(d["body"])
    for (_, a) in d.get("attachments", []):
        n += cnt(a)
    return n


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    """统一社会信用代码 with a valid GB 32100 check character."""
    assert len(first17) == 17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c = 31 - s % 31
    return first17 + USCC_CHARS[0 if c == 31 else c]
