#!/usr/bin/env python3
"""Generator for eval11at: review panels named before they sit, unannounced inspections disclosed
before they happen, and clean look-alikes.  Fictional setting: 衡江省泊湾市 (a large eastern city),
its 鹤汀区人力资源和社会保障局, the city's 劳动人事争议仲裁院 and 就业服务中心.

Usage:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/NNN.docx|txt and OUTDIR/truth.jsonl (format: /work/briefs/truth18.md).
"""
import json
import os
import random
import re
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from content import DOCS  # noqa: E402  (document texts live in content.py next to this file)

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

MARK_TEXT = {
    # (attribute, style) -> the line as printed in the document
    ("主动公开", "paren"): "（此件公开发布）",
    ("主动公开", "fangshi"): "公开方式：主动公开",
    ("依申请公开", "paren"): "（此件依申请公开）",
    ("依申请公开", "fangshi"): "公开方式：依申请公开",
    ("不予公开", "fangshi"): "公开方式：不予公开",
}


# ---------------------------------------------------------------- checks on identifiers
def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum(int(c) * k for c, k in zip(s[:17], w))
    return "10X98765432"[tot % 11] == s[17].upper()


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def check_identifiers(text, fname):
    for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", text):
        assert gb11643_ok(m.group()), f"{fname}: bad ID check digit {m.group()}"
    for m in re.finditer(r"(?<![0-9])[0-9]{16,19}(?![0-9])", text):
        s = m.group()
        if len(s) == 18 and gb11643_ok(s):
            continue
        assert luhn_ok(s), f"{fname}: bad Luhn digit {s}"
    # this set carries no ID numbers, bank cards or personal mobiles at all
    assert not re.search(r"(?<![0-9])[0-9]{15,19}[0-9Xx]?(?![0-9])", text), f"{fname}: long digit run"
    assert not re.search(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", text), f"{fname}: mobile number"


# ---------------------------------------------------------------- docx helpers
def _font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
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


def _para(doc, text="", name=FS, size=16, align=None, indent=False, bold=False, color=None,
          space_before=0, space_after=0, left_cm=None, hanging_cm=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_cm is not None:
        pf.left_indent = Cm(left_cm)
    if hanging_cm is not None:
        pf.first_line_indent = Cm(-hanging_cm)
    if text:
        r = p.add_run(text)
        _font(r, name, size, bold, color)
    return p


def _table(doc, header, rows, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    weights = [max(3, min(16, max(len(str(r[j])) for r in [header] + rows))) for j in range(len(header))]
    widths = [Cm(15.4 * w / sum(weights)) for w in weights]
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for i, row in enumerate([header] + rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = widths[j]
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or len(str(val)) <= 6) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(str(val))
            _font(r, HT if i == 0 else FS, size, False)
    return t


def _body(doc, items):
    for it in items:
        if isinstance(it, str):
            _para(doc, it, indent=True, align="j")
        elif it[0] == "h1":
            _para(doc, it[1], name=HT, indent=True)
        elif it[0] == "h2":
            _para(doc, it[1], name=KT, indent=True)
        elif it[0] == "raw":
            _para(doc, it[1], left_cm=1.1)
        elif it[0] == "center":
            _para(doc, it[1], name=HT, align="c")
        elif it[0] == "table":
            _table(doc, it[1], it[2], size=it[3] if len(it) > 3 else 12)
            _para(doc, "")
        else:
            raise ValueError(it)


def build_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    # 版头
    _para(doc, d["mark"], name=XBS, size=d.get("mark_size", min(36, int(430 / len(d["mark"])))), align="c", color=RED, space_before=6,
          space_after=14)
    wh = _para(doc, d.get("wenhao", ""), align="c", space_after=4)
    _border(wh, "bottom")
    _para(doc, "")
    # 标题
    for line in d["title"].split("\n"):
        _para(doc, line, name=XBS, size=22, align="c")
    _para(doc, "")
    if d.get("zhusong"):
        _para(doc, d["zhusong"])
    _body(doc, d["body"])
    atts = d.get("attachments", [])
    if atts:
        _para(doc, "")
        for k, a in enumerate(atts):
            prefix = "附件：" if k == 0 else "　　　"
            num = f"{k + 1}．" if len(atts) > 1 else ""
            _para(doc, f"{prefix}{num}{a['title']}", indent=True)
    _para(doc, "")
    _para(doc, "")
    for s in d["sign"].split("\n"):
        _para(doc, s + "　　　　", align="r")
    _para(doc, d["date"] + "　　　　", align="r")
    if d["mark_pos"] == "after_date":
        _para(doc, MARK_TEXT[(d["attr"], d["mark_style"])], indent=True)
    # 附件
    for k, a in enumerate(atts):
        p = _para(doc, "")
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, f"附件{k + 1}" if len(atts) > 1 else "附件", name=HT)
        _para(doc, "")
        for line in a["title"].split("\n"):
            _para(doc, line, name=XBS, size=20, align="c")
        _para(doc, "")
        _body(doc, a["body"])
    # 版记
    _para(doc, "")
    if d["mark_pos"] == "banji":
        _para(doc, MARK_TEXT[(d["attr"], d["mark_style"])], size=14, left_cm=0.5)
    first = True
    if d.get("chaosong"):
        p = _para(doc, "抄送：" + d["chaosong"], size=14, left_cm=0.5, hanging_cm=0)
        _border(p, "top", color="000000", sz=8)
        first = False
    p = _para(doc, d["yinfa_org"] + "　　" + d["yinfa_date"] + "印发", size=14, left_cm=0.5)
    if first:
        _border(p, "top", color="000000", sz=8)
    _border(p, "bottom", color="000000", sz=8)
    doc.save(path)


# ---------------------------------------------------------------- txt
def _txt_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("　　" + it)
        elif it[0] in ("h1", "h2"):
            out.append("　　" + it[1])
        elif it[0] == "raw":
            out.append("　　" + it[1])
        elif it[0] == "center":
            out.append(it[1])
        elif it[0] == "table":
            out.append("　　" + "｜".join(it[1]))
            for r in it[2]:
                out.append("　　" + "｜".join(str(x) for x in r))
    return out


def build_txt(d, path):
    L = []
    if d.get("mark"):
        L.append(d["mark"])
    if d.get("wenhao"):
        L.append(d["wenhao"])
    L.append("")
    L.extend(d["title"].split("\n"))
    L.append("")
    if d.get("zhusong"):
        L.append(d["zhusong"])
    L.extend(_txt_body(d["body"]))
    atts = d.get("attachments", [])
    if atts:
        L.append("")
        for k, a in enumerate(atts):
            num = f"{k + 1}．" if len(atts) > 1 else ""
            L.append(("　　附件：" if k == 0 else "　　　　　") + num + a["title"])
    L.append("")
    L.extend(d["sign"].split("\n"))
    L.append(d["date"])
    if d["mark_pos"] == "after_date":
        L.append("")
        L.append(MARK_TEXT[(d["attr"], d["mark_style"])])
    for k, a in enumerate(atts):
        L.append("")
        L.append(f"附件{k + 1}" if len(atts) > 1 else "附件")
        L.append("")
        L.extend(a["title"].split("\n"))
        L.append("")
        L.extend(_txt_body(a["body"]))
    L.append("")
    if d["mark_pos"] == "banji":
        L.append(MARK_TEXT[(d["attr"], d["mark_style"])])
    L.append("—" * 30)
    if d.get("chaosong"):
        L.append("抄送：" + d["chaosong"])
    L.append(d["yinfa_org"] + "　　" + d["yinfa_date"] + "印发")
    L.append("—" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- whole set
def body_text(d):
    parts = []
    for items in [d["body"]] + [a["body"] for a in d.get("attachments", [])]:
        parts.extend(_txt_body(items))
    return "".join(parts)


FORBIDDEN_PLACES = ["中卫", "澄川", "江岚", "嵩原", "潆州", "望澜", "沣原", "汇陵", "南溪", "云陵", "石湄"]
SECRET_WORDS = ["秘密", "机密", "绝密", "保密", "涉密", "密级", "工作秘密", "内部资料"]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    docs = list(DOCS)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    order = list(range(len(docs)))
    random.Random(1110).shuffle(order)  # file numbers do not reveal the case
    rows = []
    for num, k in zip(range(1, len(docs) + 1), order):
        d = docs[k]
        fname = f"{num:03d}.{d['fmt']}"
        full = "\n".join([d["title"], d.get("zhusong", ""), body_text(d), d["sign"], d["date"],
                          d.get("chaosong", "")])
        check_identifiers(full, d["id"])
        n = len(re.sub(r"\s", "", body_text(d)))
        assert n >= 400, f"{d['id']}: body only {n} chars"
        for w in FORBIDDEN_PLACES:
            assert w not in full, f"{d['id']}: forbidden place name {w}"
        if d["case"] in ("panel", "inspect"):
            for w in SECRET_WORDS:
                assert w not in full, f"{d['id']}: positive says '{w}'"
            assert d["attr"] in ("主动公开", "依申请公开")
        assert (d["attr"], d["mark_style"]) in MARK_TEXT
        path = os.path.join(out, fname)
        (build_docx if d["fmt"] == "docx" else build_txt)(d, path)
        positive = d["case"] in ("panel", "inspect")
        rows.append({
            "file": fname,
            "attribute": d["attr"],
            "decision": "escalate" if positive else "approve",
            "codes": ["SECRET_CONTENT"] if positive else [],
            "note": d["note"],
            "case": d["case"],
            "case_id": d["id"],
            "format": d["fmt"],
            "issuer": d["sign"].replace("\n", "/"),
            "date": d["date"],
            "body_chars": n,
        })
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["format"]) for r in rows)
    print(f"wrote {len(rows)} documents to {out}")
    for k in sorted(c):
        print("  ", k, c[k])


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
