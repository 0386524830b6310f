"""Render one document description (dict) to .docx (GB/T 9704-like layout) or .txt."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

RED = RGBColor(0xD0, 0x00, 0x00)


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text, *, align=None, indent=True, name="仿宋_GB2312", size=16, bold=False,
          color=None, space_after=0, line=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(line if line else max(28, size * 1.3))
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _font(p.add_run(text), name=name, size=size, bold=bold, color=color)
    return p


def _fit(line, size):
    """Shrink the 发文机关标志 so one line fits the 156 mm type area (GB/T 9704 allows this)."""
    return min(size, int(430 / max(1, len(line))))


def _rule(doc, color="D00000", size=12):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def _heading_font(text):
    """一、 headings in 黑体, （一） in 楷体, others 仿宋 (GB/T 9704 practice)."""
    if len(text) > 1 and text[0] in "一二三四五六七八九十" and "、" in text[:4]:
        return "黑体"
    if text.startswith("（") and text[1:2] in "一二三四五六七八九十":
        return "楷体_GB2312"
    return "仿宋_GB2312"


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(str(cell)), size=11, bold=(i == 0), name="仿宋_GB2312" if i else "黑体")
    doc.add_paragraph()


def _body_docx(doc, body):
    for el in body:
        if isinstance(el, str):
            for line in el.split("\n"):
                _para(doc, line, name=_heading_font(line))
        elif el[0] == "t":
            _table(doc, el[1])
        elif el[0] == "kv":
            _table(doc, [[k, v] for k, v in el[1]])
        elif el[0] == "c":
            _para(doc, el[1], align="c", name="楷体_GB2312")
        elif el[0] == "r":
            _para(doc, el[1], align="r")
        else:
            raise ValueError(el)


def to_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    kind = d["kind"]
    label_line = d["label"]
    pos = d.get("label_pos", "after_date")
    if kind in ("fawen", "xinhan"):
        for line in d["issuer"].split("\n"):
            size = _fit(line, 36 if kind == "fawen" else 30)
            _para(doc, line, align="c", name="方正小标宋简体", size=size, color=RED, space_after=4)
        if d.get("signer"):
            p = _para(doc, "", align=None, indent=False)
            _font(p.add_run(d["docno"]), size=16)
            _font(p.add_run("\u3000" * 6 + "签发人：" + d["signer"]), size=16)
        else:
            _para(doc, d["docno"], align="c" if kind == "fawen" else "r")
        _rule(doc)
    elif kind == "memo":
        if pos == "top":
            _para(doc, label_line, indent=False, name="黑体", size=14)
        for line in d["issuer"].split("\n"):
            _para(doc, line, align="c", name="方正小标宋简体", size=_fit(line, 26), color=RED)
        if d.get("docno"):
            _para(doc, d["docno"], align="c", name="楷体_GB2312")
        _rule(doc)
    elif kind == "plain":
        pass
    _para(doc, "")
    for line in d["title"].split("\n"):
        _para(doc, line, align="c", name="方正小标宋简体", size=22)
    if d.get("subtitle"):
        _para(doc, d["subtitle"], align="c", name="楷体_GB2312")
    _para(doc, "")
    if d.get("to"):
        _para(doc, d["to"] + "：", indent=False)
    _body_docx(doc, d["body"])
    if d.get("attach_list"):
        names = d["attach_list"]
        if len(names) == 1:
            _para(doc, "附件：" + names[0])
        else:
            for i, n in enumerate(names, 1):
                prefix = "附件：" if i == 1 else "\u3000\u3000\u3000"
                _para(doc, f"{prefix}{i}．{n}")
    _para(doc, "")
    if d.get("sign"):
        for line in d["sign"].split("\n"):
            _para(doc, line, align="r")
    if d.get("date"):
        _para(doc, d["date"], align="r")
    if pos == "after_date":
        _para(doc, label_line)
    if d.get("contact"):
        _para(doc, d["contact"])
    for k, att in enumerate(d.get("attachments", []), 1):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        lab = "附件" if len(d.get("attachments", [])) == 1 else f"附件{k}"
        _para(doc, lab, indent=False, name="黑体")
        _para(doc, "")
        _para(doc, att["title"], align="c", name="方正小标宋简体", size=20)
        _para(doc, "")
        _body_docx(doc, att["body"])
    if d.get("cc") or d.get("printed") or pos == "banji":
        _para(doc, "")
        _rule(doc, color="000000", size=8)
        if pos == "banji":
            _para(doc, label_line, indent=False, size=14)
            _rule(doc, color="000000", size=4)
        if d.get("cc"):
            _para(doc, "抄送：" + d["cc"], indent=False, size=14)
            _rule(doc, color="000000", size=4)
        if d.get("printed"):
            _para(doc, d["printed"], indent=False, size=14)
            _rule(doc, color="000000", size=8)
    if pos == "end":
        _para(doc, label_line, indent=False)
    doc.core_properties.title = d["title"].replace("\n", "")
    doc.core_properties.author = d.get("author", "")
    doc.save(path)


def _w(s):
    """display width: CJK/full-width 2, else 1"""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _txt_table(rows):
    widths = [max(_w(str(r[j])) for r in rows) for j in range(len(rows[0]))]
    out = []
    for i, r in enumerate(rows):
        cells = [str(c) + " " * (widths[j] - _w(str(c))) for j, c in enumerate(r)]
        out.append("  ".join(cells).rstrip())
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def _body_txt(body, kv_style):
    out = []
    for el in body:
        if isinstance(el, str):
            out.extend("\u3000\u3000" + ln if ln else "" for ln in el.split("\n"))
        elif el[0] == "t":
            if kv_style and len(el[1]) <= 12:
                head = el[1][0]
                for r in el[1][1:]:
                    out.append("\u3000\u3000" + "；".join(f"{h}：{v}" for h, v in zip(head, r)))
            else:
                out.extend(_txt_table(el[1]))
        elif el[0] == "kv":
            out.extend(f"{k}：{v}" for k, v in el[1])
        elif el[0] == "c":
            out.append(" " * 16 + el[1])
        elif el[0] == "r":
            out.append(" " * 40 + el[1])
    return out


def to_txt(d, path):
    L = []
    pos = d.get("label_pos", "after_date")
    kv = d.get("txt_kv", False)
    if pos == "top":
        L.append(d["label"])
    if d["kind"] != "plain":
        for line in d["issuer"].split("\n"):
            L.append(" " * 12 + line)
        if d.get("docno"):
            L.append(" " * 16 + d["docno"] + (("    签发人：" + d["signer"]) if d.get("signer") else ""))
        L.append("━" * 30)
    L.append("")
    for line in d["title"].split("\n"):
        L.append(" " * 8 + line)
    if d.get("subtitle"):
        L.append(" " * 12 + d["subtitle"])
    L.append("")
    if d.get("to"):
        L.append(d["to"] + "：")
    L.extend(_body_txt(d["body"], kv))
    if d.get("attach_list"):
        names = d["attach_list"]
        L.append("")
        if len(names) == 1:
            L.append("\u3000\u3000附件：" + names[0])
        else:
            for i, n in enumerate(names, 1):
                L.append(("\u3000\u3000附件：" if i == 1 else "\u3000\u3000\u3000\u3000\u3000") + f"{i}．{n}")
    L.append("")
    if d.get("sign"):
        for line in d["sign"].split("\n"):
            L.append(" " * 40 + line)
    if d.get("date"):
        L.append(" " * 40 + d["date"])
    if pos == "after_date":
        L.append("\u3000\u3000" + d["label"])
    if d.get("contact"):
        L.append("\u3000\u3000" + d["contact"])
    atts = d.get("attachments", [])
    for k, att in enumerate(atts, 1):
        L.append("")
        L.append("附件" if len(atts) == 1 else f"附件{k}")
        L.append("")
        L.append(" " * 8 + att["title"])
        L.append("")
        L.extend(_body_txt(att["body"], kv))
    if d.get("cc") or d.get("printed") or pos == "banji":
        L.append("")
        L.append("─" * 36)
        if pos == "banji":
            L.append(d["label"])
            L.append("─" * 36)
        if d.get("cc"):
            L.append("抄送：" + d["cc"])
            L.append("─" * 36)
        if d.get("printed"):
            L.append(d["printed"])
            L.append("─" * 36)
    if pos == "end":
        L.append(d["label"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def body_text(d):
    """All body-ish text (body + attachments), used for the length assertion."""
    parts = []
    for el in d["body"] + [x for a in d.get("attachments", []) for x in a["body"]]:
        if isinstance(el, str):
            parts.append(el)
        elif el[0] in ("t",):
            parts.extend(str(c) for r in el[1] for c in r)
        elif el[0] == "kv":
            parts.extend(k + v for k, v in el[1])
        else:
            parts.append(el[1])
    return "".join(parts)
