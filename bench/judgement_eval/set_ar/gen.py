#!/usr/bin/env python3
"""Generator for eval11ar: panels named before they sit / unannounced inspections disclosed in advance,
plus clean look-alikes.  Fictional setting: 南溪省云陵市石湄县 (county 人社局 and its 社会保险基金管理中心).

Usage:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/smNNN.docx|.txt and OUTDIR/truth.jsonl (format of truth18.md).
"""
import json
import os
import random
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from docs_data import DOCS

RED = RGBColor(0xC0, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"


# ----------------------------------------------------------------------------- checks
def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"
    return c[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def check_identifiers(text, name):
    # any 18-char ID-like run must carry a valid GB 11643 check digit
    for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", text):
        assert gb11643_ok(m.group()), (name, m.group())
    # any 16-19 digit run (bank card) must pass Luhn
    for m in re.finditer(r"(?<![0-9])[0-9]{16,19}(?![0-9])", text):
        if len(m.group()) == 18 and gb11643_ok(m.group()):
            continue
        assert luhn_ok(m.group()), (name, m.group())
    # no unmasked mobile numbers at all in this set
    assert not re.search(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", text), name
    # this set carries no ID or card numbers at all (stronger than required)
    assert not re.search(r"[0-9]{15,}", text), name


def body_chars(doc):
    n = 0
    for item in doc["body"]:
        if isinstance(item, str):
            n += len(item)
        elif item[0] == "h":
            n += len(item[1])
        elif item[0] == "table":
            n += sum(len(c) for row in item[2] for c in row)
    return n


# ----------------------------------------------------------------------------- docx helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def para(d, text="", name=FS, size=16, bold=False, color=None, align=None, indent=True,
         right_indent=None, space_before=0, exact=28):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(0)
    if exact:
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side="bottom", color="C00000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_table(d, header, rows):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for r, cells in enumerate([header] + rows):
        for c, txt in enumerate(cells):
            cell = t.cell(r, c)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(txt), HT if r == 0 else FS, 12, False)
    para(d, "", indent=False)


def body_docx(d, items):
    for it in items:
        if isinstance(it, str):
            para(d, it, align="j")
        elif it[0] == "h":
            para(d, it[1], name=HT)
        elif it[0] == "h2":
            para(d, it[1], name="楷体_GB2312")
        elif it[0] == "table":
            add_table(d, it[1], it[2])


def open_line(doc):
    return doc["open"]  # e.g. （此件公开发布） / 公开方式：依申请公开


def write_docx(doc, path):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    han = doc.get("style") == "han"
    # 版头
    for line in doc["mark"]:
        para(d, line, name=XBS, size=26 if not han else 22, color=RED, align="c", indent=False, exact=None)
    if han:
        p = para(d, "", indent=False, exact=None)
        border(p, "bottom", sz=24)
        para(d, doc["no"], align="r", indent=False)
    else:
        para(d, "", indent=False)
        p = para(d, doc["no"], align="c", indent=False)
        border(p, "bottom", sz=18)
    para(d, "", indent=False)
    # 标题
    for tl in doc["title"].split("\n"):
        para(d, tl, name=XBS, size=22, align="c", indent=False, exact=35)
    para(d, "", indent=False)
    if doc.get("to"):
        para(d, doc["to"], indent=False)
    body_docx(d, doc["body"])
    if doc.get("att"):
        para(d, "")
        atts = doc["att"]
        if len(atts) == 1:
            para(d, "附件：" + atts[0])
        else:
            para(d, "附件：1．" + atts[0])
            for i, a in enumerate(atts[1:], 2):
                p = para(d, "%d．%s" % (i, a), indent=False)
                p.paragraph_format.left_indent = Pt(80)
    para(d, "")
    para(d, "")
    for s in doc["sign"]:
        para(d, s, align="r", indent=False, right_indent=64)
    para(d, doc["date"], align="r", indent=False, right_indent=64)
    if doc["open_pos"] == "after_date":
        para(d, open_line(doc))
    # 附件页
    for atitle, aitems in doc.get("annex", []):
        p = para(d, "", indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)
        para(d, atitle.split("|")[0], name=HT, indent=False)
        para(d, "", indent=False)
        para(d, atitle.split("|")[1], name=XBS, size=22, align="c", indent=False, exact=35)
        para(d, "", indent=False)
        body_docx(d, aitems)
    if doc["open_pos"] == "before_banji":
        para(d, "")
        para(d, open_line(doc))
    # 版记
    para(d, "", indent=False)
    if doc.get("cc"):
        p = para(d, "抄送：" + doc["cc"], size=14, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", color="000000", sz=8)
        border(p, "bottom", color="000000", sz=4)
        p2 = para(d, "", size=14, indent=False)
    else:
        p2 = para(d, "", size=14, indent=False)
        border(p2, "top", color="000000", sz=8)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p2.add_run(doc["printer"] + "\t" + doc["print_date"] + "印发"), FS, 14)
    border(p2, "bottom", color="000000", sz=8)
    d.save(path)


# ----------------------------------------------------------------------------- txt
def write_txt(doc, path):
    L = []
    L.extend(doc["mark"])
    L.append("")
    L.append(doc["no"])
    L.append("—" * 24)
    L.append("")
    L.extend(doc["title"].split("\n"))
    L.append("")
    if doc.get("to"):
        L.append(doc["to"])
    for it in doc["body"]:
        if isinstance(it, str):
            L.append("\u3000\u3000" + it)
        elif it[0] in ("h", "h2"):
            L.append("\u3000\u3000" + it[1])
        elif it[0] == "table":
            L.append("\u3000\u3000" + "｜".join(it[1]))
            for row in it[2]:
                L.append("\u3000\u3000" + "｜".join(row))
    if doc.get("att"):
        L.append("")
        atts = doc["att"]
        if len(atts) == 1:
            L.append("\u3000\u3000附件：" + atts[0])
        else:
            L.append("\u3000\u3000附件：1．" + atts[0])
            for i, a in enumerate(atts[1:], 2):
                L.append("\u3000\u3000\u3000\u3000\u3000%d．%s" % (i, a))
    L.append("")
    for s in doc["sign"]:
        L.append("\u3000" * 14 + s)
    L.append("\u3000" * 16 + doc["date"])
    if doc["open_pos"] == "after_date":
        L.append("\u3000\u3000" + open_line(doc))
    for atitle, aitems in doc.get("annex", []):
        L.append("")
        L.append(atitle.split("|")[0])
        L.append("")
        L.append("\u3000" * 6 + atitle.split("|")[1])
        for it in aitems:
            if isinstance(it, str):
                L.append("\u3000\u3000" + it)
            elif it[0] == "table":
                L.append("｜".join(it[1]))
                for row in it[2]:
                    L.append("｜".join(row))
            else:
                L.append("\u3000\u3000" + it[1])
    if doc["open_pos"] == "before_banji":
        L.append("")
        L.append("\u3000\u3000" + open_line(doc))
    L.append("")
    L.append("—" * 24)
    if doc.get("cc"):
        L.append("抄送：" + doc["cc"])
        L.append("—" * 24)
    L.append(doc["printer"] + "\u3000" * 4 + doc["print_date"] + "印发")
    L.append("—" * 24)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    return "\n".join(L)


def all_text(doc):
    parts = list(doc["mark"]) + [doc["no"], doc["title"], doc.get("to", ""), doc["date"], doc["open"],
                                 doc.get("cc", ""), doc["printer"], doc["print_date"]]
    parts += doc.get("att", [])
    for it in doc["body"] + [x for _, a in doc.get("annex", []) for x in a]:
        if isinstance(it, str):
            parts.append(it)
        elif it[0] == "table":
            parts += it[1] + [c for r in it[2] for c in r]
        else:
            parts.append(it[1])
    return "\n".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    docs = list(DOCS)
    keys = [d["key"] for d in docs]
    assert len(set(keys)) == len(keys)
    rng = random.Random(1110)
    rng.shuffle(docs)
    rows = []
    counts = {}
    for i, doc in enumerate(docs, 1):
        name = "sm%03d.%s" % (i, doc["fmt"])
        text = all_text(doc)
        check_identifiers(text, doc["key"])
        assert body_chars(doc) >= 400, (doc["key"], body_chars(doc))
        assert doc["open"] in ("（此件公开发布）", "公开方式：主动公开", "公开方式：依申请公开",
                               "（此件依申请公开）"), doc["key"]
        attribute = "依申请公开" if "依申请" in doc["open"] else "主动公开"
        if doc["case"] in ("panel_before", "unannounced"):
            decision, codes = "escalate", ["SECRET_CONTENT"]
        else:
            decision, codes = "approve", []
        if doc["fmt"] == "docx":
            write_docx(doc, os.path.join(out, name))
        else:
            write_txt(doc, os.path.join(out, name))
        rows.append({"file": name, "attribute": attribute, "decision": decision, "codes": codes,
                     "note": doc["note"], "case": doc["case"], "key": doc["key"], "fmt": doc["fmt"],
                     "date": doc["date"]})
        counts[(doc["case"], doc["fmt"])] = counts.get((doc["case"], doc["fmt"]), 0) + 1
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k in sorted(counts):
        print(k, counts[k])
    print("total", len(rows))


if __name__ == "__main__":
    main()
