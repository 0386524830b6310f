"""Rendering helpers for the eval11al set: GB/T 9704-style .docx and plain .txt 公文."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

RED = RGBColor(0xE0, 0x00, 0x00)

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _W))
    return "10X98765432"[s % 11]


def make_id(first17: str) -> str:
    full = first17 + id_check(first17)
    assert valid_id(full)
    return full


def valid_id(num: str) -> bool:
    return len(num) == 18 and id_check(num[:17]) == num[17].upper()


def luhn_ok(card: str) -> bool:
    digits = [int(c) for c in card][::-1]
    tot = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(prefix15: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix15 + last):
            return prefix15 + last
    raise AssertionError


def mask_id(num: str) -> str:
    assert valid_id(num)
    return num[:3] + "*" * 11 + num[-4:]


def mask_card(card: str) -> str:
    assert luhn_ok(card)
    return f"{card[:4]} **** **** {card[-4:]}"


# ---------------------------------------------------------------- text of a body
def body_text(doc) -> str:
    out = []
    for item in doc["body"]:
        if isinstance(item, str):
            out.append(item)
        elif item[0] == "table":
            out.extend(" ".join(r) for r in item[1])
        else:
            out.append(item[1])
    return "\n".join(out)


# ---------------------------------------------------------------- docx
def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _para(d, text="", align=None, name="仿宋_GB2312", size=16, bold=False, color=None,
          indent=False, space_after=0):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _font(p.add_run(text), name, size, bold, color)
    return p


def _border(p, side="bottom", color="E00000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _heading_style(text):
    t = text.lstrip()
    if t[:1] in "一二三四五六七八九十" and "、" in t[:4]:
        return "黑体"
    if t.startswith("（") and t[1:2] in "一二三四五六七八九十":
        return "楷体_GB2312"
    return "仿宋_GB2312"


def render_docx(doc, path):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    layout = doc.get("layout", "red")
    mark, pos = doc.get("mark"), doc.get("mark_pos", "after_date")

    if pos == "top" and mark:
        _para(d, mark, WD_ALIGN_PARAGRAPH.LEFT, "黑体", 16)
    if layout in ("red", "minutes"):
        _para(d, doc["org"], WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 26 if layout == "red" else 22,
              color=RED, space_after=12)
        if layout == "minutes" and doc.get("no"):
            _para(d, doc["no"], WD_ALIGN_PARAGRAPH.CENTER, size=16)
        p = _para(d, "" if layout == "minutes" else doc.get("no", ""), WD_ALIGN_PARAGRAPH.CENTER, size=16)
        _border(p)
        _para(d, "")
    elif layout == "letter":
        p = _para(d, doc["org"], WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22, color=RED)
        _border(p, "bottom", sz=18)
        if doc.get("no"):
            _para(d, doc["no"], WD_ALIGN_PARAGRAPH.RIGHT, size=14)
        _para(d, "")
    # layout == "plain": no 发文机关标志
    _para(d, doc["title"], WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 22, space_after=12)
    if layout == "plain" and doc.get("no"):
        _para(d, doc["no"], WD_ALIGN_PARAGRAPH.CENTER, size=14)
    if pos == "before_body" and mark:
        _para(d, mark, WD_ALIGN_PARAGRAPH.CENTER, "楷体_GB2312", 16)
    if doc.get("to"):
        _para(d, doc["to"], WD_ALIGN_PARAGRAPH.LEFT, size=16)
    for item in doc["body"]:
        if isinstance(item, str):
            _para(d, item, None, _heading_style(item), 16, indent=True)
        elif item[0] == "table":
            rows = item[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(c), "仿宋_GB2312", 12, bold=(i == 0))
        elif item[0] == "note":
            _para(d, item[1], None, "楷体_GB2312", 14, indent=True)
        elif item[0] == "center":
            _para(d, item[1], WD_ALIGN_PARAGRAPH.CENTER, "黑体", 16)
    if doc.get("attach"):
        _para(d, "")
        for i, a in enumerate(doc["attach"]):
            label = "附件：" if i == 0 else "　　　"
            if len(doc["attach"]) > 1:
                a = f"{i + 1}．{a}"
            _para(d, label + a, None, size=16, indent=True)
    _para(d, "")
    for s in doc.get("sign", []):
        _para(d, s, WD_ALIGN_PARAGRAPH.RIGHT, size=16)
    _para(d, doc.get("date", ""), WD_ALIGN_PARAGRAPH.RIGHT, size=16)
    if pos == "after_date" and mark:
        _para(d, mark, WD_ALIGN_PARAGRAPH.LEFT, size=16, indent=True)
    for extra in doc.get("tail", []):
        _para(d, extra, None, "楷体_GB2312", 14, indent=True)
    if pos == "end" and mark:
        _para(d, mark, WD_ALIGN_PARAGRAPH.LEFT, size=14)
    if doc.get("cc") or doc.get("printer"):
        _para(d, "")
        first = True
        if doc.get("cc"):
            p = _para(d, "抄送：" + doc["cc"], None, size=14)
            _border(p, "top", "000000", 8)
            first = False
        if doc.get("printer"):
            p = _para(d, doc["printer"], None, size=14)
            if first:
                _border(p, "top", "000000", 8)
            _border(p, "bottom", "000000", 8)
    if pos == "footer" and mark:
        _para(d, mark, WD_ALIGN_PARAGRAPH.CENTER, size=12)
    d.save(path)


# ---------------------------------------------------------------- txt
def render_txt(doc, path):
    L = []
    mark, pos = doc.get("mark"), doc.get("mark_pos", "after_date")
    if doc.get("header"):
        L.extend(doc["header"])
        L.append("")
    if pos == "top" and mark:
        L.append(mark)
    if doc.get("layout", "red") in ("red", "letter", "minutes") and doc.get("org"):
        L.append(doc["org"])
        if doc.get("no"):
            L.append(doc["no"])
        L.append("")
    L.append(doc["title"])
    if doc.get("layout") == "plain" and doc.get("no"):
        L.append(doc["no"])
    if pos == "before_body" and mark:
        L.append(mark)
    L.append("")
    if doc.get("to"):
        L.append(doc["to"])
    for item in doc["body"]:
        if isinstance(item, str):
            L.append("　　" + item)
        elif item[0] == "table":
            for r in item[1]:
                L.append(" | ".join(r))
        elif item[0] == "note":
            L.append(item[1])
        elif item[0] == "center":
            L.append("　　　　" + item[1])
    if doc.get("attach"):
        L.append("")
        for i, a in enumerate(doc["attach"]):
            if len(doc["attach"]) > 1:
                a = f"{i + 1}.{a}"
            L.append(("附件：" if i == 0 else "　　　") + a)
    L.append("")
    for s in doc.get("sign", []):
        L.append("　" * 12 + s)
    if doc.get("date"):
        L.append("　" * 12 + doc["date"])
    if pos == "after_date" and mark:
        L.append(mark)
    L.extend(doc.get("tail", []))
    if pos == "end" and mark:
        L.append("")
        L.append(mark)
    if doc.get("cc") or doc.get("printer"):
        L.append("-" * 40)
        if doc.get("cc"):
            L.append("抄送：" + doc["cc"])
        if doc.get("printer"):
            L.append(doc["printer"])
        L.append("-" * 40)
    if pos == "footer" and mark:
        L.append(mark)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
