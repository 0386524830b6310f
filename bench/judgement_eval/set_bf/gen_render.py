# -*- coding: utf-8 -*-
"""Rendering helpers for gen.py (docx in GB/T 9704-like layout, and plain UTF-8 txt)."""
import re
import zipfile
import datetime

from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

RED = RGBColor(0xFF, 0x00, 0x00)
F_HEAD = "方正小标宋简体"
F_BODY = "仿宋_GB2312"
F_H1 = "黑体"
F_H2 = "楷体_GB2312"

MARK_RE = re.compile(r"此件公开发布|此件依申请公开|此件不予公开|公开方式：(?:主动公开|依申请公开|不予公开)")


# ---------------------------------------------------------------- body markup
def parse_body(markup):
    """Lines: '# ' h1, '## ' h2, '> ' plain (no indent), '| a | b' table row, '' ignored, else paragraph."""
    blocks = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.strip() == ">":
            blocks.append(("plain", ""))
            continue
        if line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("> "):
            blocks.append(("plain", line[2:]))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def cjk_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def body_cjk(doc):
    n = 0
    for kind, val in parse_body(doc["body"]):
        if kind != "table":
            n += cjk_count(val)
    return n


# ---------------------------------------------------------------- docx helpers
def _font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def _para(doc_or_cell, text="", east=F_BODY, size=16, bold=False, color=None, align=None,
          indent_chars=0, line=28, before=0, after=0, right_chars=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        _font(r, east, size, bold, color)
    return p


def _border(p, side, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _footer_pageno(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    _font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)
    r3 = p.add_run(" —")
    _font(r3, "宋体", 14)


def _table(doc, rows, size=12):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            txt = row[j] if j < len(row) else ""
            c = cells[j]
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            p = c.paragraphs[0]
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or len(txt) <= 8) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(txt)
            _font(r, F_H1 if i == 0 else F_BODY, size)
    return t


def _blocks_docx(doc, blocks):
    for kind, val in blocks:
        if kind == "h1":
            _para(doc, val, F_H1, 16, indent_chars=2)
        elif kind == "h2":
            # （一）xxx。 rest ... : heading part in 楷体, remainder in 仿宋
            p = _para(doc, "", indent_chars=2)
            m = re.match(r"^(（[一二三四五六七八九十]+）[^。：]*[。：]?)(.*)$", val)
            head, rest = (m.group(1), m.group(2)) if m else (val, "")
            _font(p.add_run(head), F_H2, 16)
            if rest:
                _font(p.add_run(rest), F_BODY, 16)
        elif kind == "plain":
            _para(doc, val, F_BODY, 16)
        elif kind == "table":
            _table(doc, val)
            _para(doc, "", line=10)
        else:
            _para(doc, val, F_BODY, 16, indent_chars=2)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    _footer_pageno(sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), F_BODY)

    cp = doc.core_properties
    cp.author = d["issuers"][0]
    cp.title = d["title"]
    cp.created = cp.modified = datetime.datetime(*d["date"], 9, 0, 0)
    cp.last_modified_by = d["issuers"][0]
    cp.revision = 1

    # ---- 红头
    _para(doc, "", line=20)
    kind = d.get("head", "file")
    if kind == "file" and len(d["issuers"]) > 1:
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, right = t.rows[0].cells
        left.width, right.width = Mm(120), Mm(36)
        left.paragraphs[0].text = ""
        for k, name in enumerate(d["issuers"]):
            p = left.paragraphs[0] if k == 0 else left.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(40)
            _font(p.add_run(name), F_HEAD, 26, color=RED)
        right.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = right.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run("文件"), F_HEAD, 34, color=RED)
    elif kind == "file":
        _para(doc, d["issuers"][0] + "文件", F_HEAD, 26, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    elif kind == "letter":
        _para(doc, d["issuers"][0], F_HEAD, 26, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    elif kind == "minutes":
        _para(doc, d["issuers"][0], F_HEAD, 24, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
        _para(doc, "会 议 纪 要", F_HEAD, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    _para(doc, "", line=20)
    if d.get("signer"):
        p = _para(doc, "", indent_chars=1)
        _font(p.add_run(d["docno"]), F_BODY, 16)
        _font(p.add_run("　" * 9 + "签发人："), F_BODY, 16)
        _font(p.add_run(d["signer"]), F_H2, 16)
    else:
        _para(doc, d["docno"], F_BODY, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = _para(doc, "", line=8)
    _border(rl, "bottom", "FF0000", 18)
    _para(doc, "", line=20)

    # ---- 标题、主送
    for k, tl in enumerate(d["title"].split("\n")):
        _para(doc, tl, F_HEAD, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    _para(doc, "", line=20)
    if d.get("zhusong"):
        _para(doc, d["zhusong"], F_BODY, 16)

    # ---- 正文
    _blocks_docx(doc, parse_body(d["body"]))
    if d.get("att_list"):
        _para(doc, "")
        n = len(d["att_list"])
        for k, a in enumerate(d["att_list"]):
            if n == 1:
                txt = "附件：" + a
            elif k == 0:
                txt = "附件：1．" + a
            else:
                txt = "　　　%d．%s" % (k + 1, a)
            _para(doc, txt, F_BODY, 16, indent_chars=2)

    # ---- 落款、日期、公开属性
    _para(doc, "")
    _para(doc, "")
    for s in d["sign"]:
        _para(doc, s, F_BODY, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=2)
    _para(doc, date_cn(d["date"]), F_BODY, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=2)
    if d["mark"].startswith("（"):
        _para(doc, d["mark"], F_BODY, 16, indent_chars=2)
    else:
        _para(doc, d["mark"], F_BODY, 16)
    for line in d.get("after_mark", []):
        _para(doc, line, F_BODY, 16, indent_chars=2)

    # ---- 附件页
    for att in d.get("attachments", []):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, att["label"], F_H1, 16)
        _para(doc, "")
        _para(doc, att["title"], F_HEAD, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
        _para(doc, "")
        _blocks_docx(doc, parse_body(att["body"]))

    # ---- 版记
    _para(doc, "")
    _para(doc, "")
    p = _para(doc, "", line=8)
    _border(p, "bottom", "000000", 8)
    if d.get("chaosong"):
        p = _para(doc, "", size=14, line=26)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        _font(p.add_run(d.get("cs_label", "抄送") + "：" + d["chaosong"]), F_BODY, 14)
        _border(p, "bottom", "000000", 4)
    p = _para(doc, "", size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    _font(p.add_run(d["yinfa"]), F_BODY, 14)
    _font(p.add_run("　" * max(2, 28 - len(d["yinfa"]) - 11) + date_cn(d["date"]) + "印发"), F_BODY, 14)
    _border(p, "bottom", "000000", 8)

    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the package with fixed timestamps and order so bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_text(path):
    doc = Document(path)
    out = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif tag == "tbl":
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
                out.append("\t".join(cells))
    return "\n".join(out)


# ---------------------------------------------------------------- txt
def date_cn(t):
    return "%d年%d月%d日" % t


def _txt_blocks(blocks, sep):
    out = []
    for kind, val in blocks:
        if kind == "table":
            for row in val:
                out.append(sep.join(row))
        elif kind == "plain":
            out.append(val)
        else:
            out.append("　　" + val)
    return out


def render_txt(d):
    L = []
    if d.get("txt_head"):
        L += d["txt_head"]
    else:
        kind = d.get("head", "file")
        if kind == "file" and len(d["issuers"]) > 1:
            for k, n in enumerate(d["issuers"]):
                L.append(n + ("　　文件" if k == len(d["issuers"]) - 1 else ""))
        elif kind == "file":
            L.append(d["issuers"][0] + "文件")
        elif kind == "minutes":
            L += [d["issuers"][0], "会议纪要"]
        else:
            L.append(d["issuers"][0])
    L.append("")
    L.append(d["docno"] + (("　　签发人：" + d["signer"]) if d.get("signer") else ""))
    L.append(d.get("txt_rule", "━" * 24))
    L.append("")
    L += d["title"].split("\n")
    L.append("")
    if d.get("zhusong"):
        L.append(d["zhusong"])
    sep = "｜" if d.get("txt_table") == "bar" else "\t"
    L += _txt_blocks(parse_body(d["body"]), sep)
    if d.get("att_list"):
        L.append("")
        for k, a in enumerate(d["att_list"]):
            L.append(("　　附件：" if k == 0 else "　　　　　") + ("%d．" % (k + 1) if len(d["att_list"]) > 1 else "") + a)
    L.append("")
    L.append("")
    for s in d["sign"]:
        L.append("　" * 12 + s)
    L.append("　" * 12 + date_cn(d["date"]))
    L.append(("　　" if d["mark"].startswith("（") else "") + d["mark"])
    for line in d.get("after_mark", []):
        L.append("　　" + line)
    for att in d.get("attachments", []):
        L += ["", "", att["label"], "", "　　　　" + att["title"], ""]
        L += _txt_blocks(parse_body(att["body"]), sep)
    L.append("")
    L.append("─" * 30)
    if d.get("chaosong"):
        L.append(d.get("cs_label", "抄送") + "：" + d["chaosong"])
        L.append("─" * 30)
    L.append(d["yinfa"] + "　　　" + date_cn(d["date"]) + "印发")
    L.append("─" * 30)
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- OCR-like noise for some txt files
def ocr_noise(text, rng, protect):
    """Hard-wrap long lines at punctuation, sprinkle stray spaces between CJK characters,
    half-width brackets here and there, page-number lines.  Never touches the disclosure
    line, digits, dates, or any protected string (personal names)."""
    out = []
    nline = 0
    for line in text.split("\n"):
        if MARK_RE.search(line) or not line.strip():
            out.append(line)
            continue
        # protected index set
        prot = set()
        for name in protect:
            for m in re.finditer(re.escape(name), line):
                prot.update(range(m.start() - 1, m.end() + 1))
        for m in re.finditer(r"[0-9０-９年月日号时分：:\-—．.（）()星期一二三四五六七八九十〔〕]", line):
            prot.update(range(m.start() - 1, m.end() + 1))
        buf = []
        cur = 0
        for i, ch in enumerate(line):
            buf.append(ch)
            cur += 1
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if (i not in prot and re.match(r"[\u4e00-\u9fff]", ch) and re.match(r"[\u4e00-\u9fff]", nxt)
                    and rng.random() < 0.035):
                buf.append(" " if rng.random() < 0.7 else "  ")
            if ch in "，；。、" and cur >= 26 and nxt and rng.random() < 0.8:
                buf.append("\n")
                cur = 0
                nline += 1
                if nline % 23 == 0:
                    buf.append("\n- %d -\n\n" % (nline // 23 + 1))
        s = "".join(buf)
        if rng.random() < 0.4:
            s = s.replace("（一）", "(一)").replace("（二）", "( 二)").replace("（三）", "(三 )")
        if rng.random() < 0.3:
            s = s.replace("一、", "一 、").replace("二、", "二 、").replace("三、", "三、 ")
        out.append(s)
    return "\n".join(out)
