#!/usr/bin/env python3
"""Generator for an independent judgement evaluation set (issue 11).

Fictional issuer: 云岫省栖梧市人力资源和社会保障局 (Qiwu municipal HRSS bureau, Yunxiu province).
Run:  python bench/judgement_eval/set_a/gen.py OUTDIR
Writes OUTDIR/dNN.docx|txt and OUTDIR/truth.jsonl (the truth format of `gongkai eval`).
Case texts live in cases_*.py next to this script; this file only lays them out.
"""
import json
import os
import random
import re
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ids  # noqa: E402
import cases_secret, cases_mixed, cases_comm, cases_label, cases_clean  # noqa: E402,E401

ORG = "栖梧市人力资源和社会保障局"

DEFAULTS = {
    "SECRET": ("escalate", ["SECRET_CONTENT"]),
    "MIXED": ("return", ["MIXED_CONTENT"]),
    "COMM": ("return", ["COMMERCIAL_SECRET"]),
    "LABEL": ("return", ["LABEL_MISMATCH"]),
    "CLEAN": ("approve", []),
}

PAREN = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}


def label_text(d):
    style = d.get("lstyle", "paren")
    a = d["attr"]
    if style == "paren":
        return PAREN[a]
    if style == "fangshi":
        return "公开方式：" + a
    if style == "shuxing":
        return "公开属性：" + a
    if style == "xinxi":
        return "信息公开选项：" + a
    raise ValueError(style)


def label_pos(d):
    if d.get("lstyle", "paren") == "paren":
        return "date"
    return d.get("lpos", "banji")


# ----------------------------------------------------------------------------- text layout
def body_chars(d):
    n = 0
    for p in d["body"]:
        if isinstance(p, str):
            n += len(p)
        else:
            n += sum(len(c) for row in p["table"] for c in row)
    return n


def render_txt(d, path):
    L = []
    pos = label_pos(d)
    lt = label_text(d)
    if d.get("banner"):
        L.append(d["banner"])
        L.append("")
    if d.get("zihao"):
        if d.get("qianfa"):
            L.append(d["zihao"] + "            签发人：" + d["qianfa"])
        else:
            L.append(d["zihao"])
    L.append("————————————————————————————")
    if pos == "top":
        L.append(lt)
    L.append("")
    L.append(d["title"])
    L.append("")
    if d.get("zhusong"):
        L.append(d["zhusong"] + "：")
    for p in d["body"]:
        if isinstance(p, str):
            L.append("    " + p)
        else:
            for row in p["table"]:
                L.append("    " + " | ".join(row))
    if d.get("fujian"):
        L.append("")
        for i, f in enumerate(d["fujian"]):
            if len(d["fujian"]) == 1:
                L.append("    附件：" + f)
            elif i == 0:
                L.append("    附件：1. " + f)
            else:
                L.append("          %d. %s" % (i + 1, f))
    L.append("")
    L.append("                                " + d.get("sign", ORG))
    L.append("                                " + d["date"])
    if pos == "date":
        L.append("    " + lt)
    for ap in d.get("appendix", []):
        L.append("")
        L.append(ap["tag"])
        L.append("")
        L.append("        " + ap["heading"])
        for p in ap["body"]:
            if isinstance(p, str):
                L.append("    " + p)
            else:
                for row in p["table"]:
                    L.append("    " + " | ".join(row))
    L.append("")
    L.append("————————————————————————————")
    if pos == "banji":
        L.append(lt)
    if d.get("chaosong"):
        L.append("抄送：" + d["chaosong"])
    L.append("————————————————————————————")
    L.append("%s          %s印发" % (d.get("yinfa", ORG + "办公室"), d.get("yinfa_date", d["date"])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ----------------------------------------------------------------------------- docx layout
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def border(par, side, color="FF0000", sz=12):
    ppr = par._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    pbdr.append(e)


def para(doc, text="", font="仿宋_GB2312", size=16, align=None, indent=False, bold=False, color=None,
         left_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if align:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


HEAD1 = re.compile(r"^[一二三四五六七八九十]+、")
HEAD2 = re.compile(r"^（[一二三四五六七八九十]+）")


def body_par(doc, text):
    if HEAD1.match(text) and len(text) < 40:
        return para(doc, text, font="黑体", indent=True)
    if HEAD2.match(text) and len(text) < 40:
        return para(doc, text, font="楷体_GB2312", indent=True)
    return para(doc, text, indent=True)


def add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(c)
            set_font(r, "黑体" if i == 0 else "仿宋_GB2312", 12)
    return t


def render_docx(d, path):
    doc = Document()
    doc.core_properties.author = "栖梧市人社局办公室"
    doc.core_properties.title = d["title"]
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    pos = label_pos(d)
    lt = label_text(d)
    red = (0xE0, 0x00, 0x00)
    if d.get("banner"):
        para(doc, d["banner"], font="方正小标宋简体",
             size=d.get("banner_size", min(30, int(430 / max(1, len(d["banner"]))))),
             align=WD_ALIGN_PARAGRAPH.CENTER, color=red)
        para(doc)
    if d.get("zihao"):
        if d.get("qianfa"):
            p = para(doc, d["zihao"], left_chars=1)
            set_font(p.add_run("\u3000" * 6 + "签发人："), "仿宋_GB2312", 16)
            set_font(p.add_run(d["qianfa"]), "楷体_GB2312", 16)
        else:
            p = para(doc, d["zihao"], align=WD_ALIGN_PARAGRAPH.CENTER)
    else:
        p = para(doc)
    border(p, "bottom")
    if pos == "top":
        para(doc, lt, left_chars=0)
    para(doc)
    para(doc, d["title"], font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    if d.get("zhusong"):
        para(doc, d["zhusong"] + "：")
    for b in d["body"]:
        if isinstance(b, str):
            body_par(doc, b)
        else:
            add_table(doc, b["table"])
    if d.get("fujian"):
        para(doc)
        for i, f in enumerate(d["fujian"]):
            if len(d["fujian"]) == 1:
                para(doc, "附件：" + f, indent=True)
            elif i == 0:
                para(doc, "附件：1．" + f, indent=True)
            else:
                para(doc, "%d．%s" % (i + 1, f), left_chars=5)
    para(doc)
    para(doc)
    para(doc, d.get("sign", ORG), align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    if pos == "date":
        para(doc, lt, indent=True)
    for ap in d.get("appendix", []):
        p = para(doc)
        p.add_run().add_break(WD_BREAK.PAGE)
        para(doc, ap["tag"], font="黑体")
        para(doc)
        para(doc, ap["heading"], font="方正小标宋简体", size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
        para(doc)
        for b in ap["body"]:
            if isinstance(b, str):
                body_par(doc, b)
            else:
                add_table(doc, b["table"])
    # 版记
    para(doc)
    para(doc)
    first = para(doc, "", size=14, left_chars=0)
    border(first, "top", color="000000", sz=8)
    if pos == "banji":
        set_font(first.add_run(lt), "仿宋_GB2312", 14)
        if d.get("chaosong"):
            cs = para(doc, "抄送：" + d["chaosong"], size=14)
            border(cs, "top", color="000000", sz=4)
    elif d.get("chaosong"):
        set_font(first.add_run("抄送：" + d["chaosong"]), "仿宋_GB2312", 14)
    last = para(doc, "", size=14)
    border(last, "top", color="000000", sz=4)
    border(last, "bottom", color="000000", sz=8)
    set_font(last.add_run(d.get("yinfa", ORG + "办公室")), "仿宋_GB2312", 14)
    set_font(last.add_run("\u3000" * 2 + d.get("yinfa_date", d["date"]) + "印发"), "仿宋_GB2312", 14)
    doc.save(path)


# ----------------------------------------------------------------------------- main
def all_docs():
    docs = []
    for mod, case in ((cases_secret, "SECRET"), (cases_mixed, "MIXED"), (cases_comm, "COMM"),
                      (cases_label, "LABEL"), (cases_clean, "CLEAN")):
        for d in mod.DOCS:
            d.setdefault("case", case)
            d.setdefault("banner", ORG + "文件")
            dec, codes = DEFAULTS[case]
            d.setdefault("decision", dec)
            d.setdefault("codes", codes)
            docs.append(d)
    return docs


def check(docs):
    want = {"SECRET": 16, "MIXED": 12, "COMM": 12, "LABEL": 12, "CLEAN": 20}
    got = {}
    keys = set()
    for d in docs:
        got[d["case"]] = got.get(d["case"], 0) + 1
        assert d["key"] not in keys, d["key"]
        keys.add(d["key"])
        assert d["fmt"] in ("docx", "txt"), d["key"]
        assert d["attr"] in PAREN, d["key"]
        n = body_chars(d)
        assert n >= 400, (d["key"], n)
        text = json.dumps(d, ensure_ascii=False)
        if d["case"] == "SECRET":
            for w in ("秘密", "机密", "绝密", "保密", "涉密", "密级"):
                assert w not in text.replace(d.get("note", ""), ""), (d["key"], w)
    assert got == want, got
    nd = sum(1 for d in docs if d["fmt"] == "docx")
    assert nd * 3 >= len(docs) * 2 - 3, nd
    ids.check_all_numbers(docs)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    docs = all_docs()
    check(docs)
    order = list(range(len(docs)))
    random.Random(1111).shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        d = docs[i]
        fn = "d%02d.%s" % (n, d["fmt"])
        (render_docx if d["fmt"] == "docx" else render_txt)(d, os.path.join(out, fn))
        rows.append({
            "file": fn,
            "attribute": d["attr"],
            "decision": d["decision"],
            "codes": d["codes"],
            "note": d["note"],
            "case": d["case"],
            "key": d["key"],
            "genre": d.get("genre", ""),
            "format": d["fmt"],
            "body_chars": body_chars(d),
            "total_chars": body_chars(d) + sum(body_chars(a) for a in d.get("appendix", [])),
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
