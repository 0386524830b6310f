"""Generate the ag evaluation set (issue 11: judgement of meaning) for gongkai-audit.

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes OUTDIR/ag001.docx ... ag0NN.txt and OUTDIR/truth.jsonl (truth18 format).
All organisations, people and places are fictional (澜平省 / 栖州市).
The document texts live in cases_*.py; this file renders them and checks invariants.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for readers who extend layouts)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

import common as C
import cases_secret
import cases_mixed
import cases_commercial
import cases_label
import cases_clean
import extras

RED = RGBColor(0xE6, 0x00, 0x12)
FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"


# ----------------------------------------------------------------------------- docx helpers
def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text="", font=FANGSONG, size=16, align=None, indent=True, bold=False, color=None,
          space_before=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _border(p, side, color="000000", sz=8):
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


def _page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), FANGSONG, 14)
    run = p.add_run()
    _font(run, FANGSONG, 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
    _font(p.add_run(" —"), FANGSONG, 14)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            _font(c.paragraphs[0].add_run(str(cell)), HEITI if i == 0 else FANGSONG, 11)
    return t


def _body_block(doc, items):
    for item in items:
        if isinstance(item, tuple) and item[0] == "table":
            _table(doc, item[1])
            continue
        text = item
        if re.match(r"^[一二三四五六七八九十]+、", text):
            _para(doc, text, font=HEITI)
        elif re.match(r"^（[一二三四五六七八九十]+）", text):
            _para(doc, text, font=KAITI)
        else:
            _para(doc, text)


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    _page_number_footer(sec)

    if not d.get("mark"):  # 公告/公示/指南 without a 文件 head still carry the organ's own 标志
        d = dict(d, mark="\n".join(d["sign"].split("\n")), no=d.get("no", ""))
    if d.get("mark"):  # 发文机关标志 + 发文字号 + red line
        _para(doc, d["mark"], font=XIAOBIAOSONG, size=d.get("mark_size", 30), align=WD_ALIGN_PARAGRAPH.CENTER,
              indent=False, color=RED, line=40)
        _para(doc, "", indent=False)
        no = _para(doc, d.get("no", ""), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        if d.get("signer_name"):  # 上行文: 字号 left, 签发人 right on one line
            no.alignment = WD_ALIGN_PARAGRAPH.LEFT
            no.paragraph_format.left_indent = Pt(16)
            _font(no.add_run("\u3000" * 6 + "签发人："), FANGSONG, 16)
            _font(no.add_run(d["signer_name"]), KAITI, 16)
        _border(no, "bottom", "E60012", 18)
        _para(doc, "", indent=False)
    _para(doc, d["title"], font=XIAOBIAOSONG, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _body_block(doc, d["body"])
    if d.get("atts"):
        _para(doc, "", indent=False)
        names = [a[0] for a in d["atts"]]
        if len(names) == 1:
            _para(doc, "附件：" + names[0])
        else:
            _para(doc, "附件：1. " + names[0])
            for i, n in enumerate(names[1:], 2):
                p = _para(doc, f"{i}. {n}", indent=False)
                p.paragraph_format.left_indent = Pt(16 * 5)
    _para(doc, "", indent=False)
    _para(doc, "", indent=False)
    for s in d["sign"].split("\n"):
        p = _para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(16 * 4)
    p = _para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    if d.get("attr_line") and d.get("attr_pos", "after_date") == "after_date":
        _para(doc, d["attr_line"])
    if d.get("contact"):
        _para(doc, d["contact"])

    for name, content in d.get("atts", []):
        doc.add_page_break()
        _para(doc, "附件" + (str([a[0] for a in d["atts"]].index(name) + 1) if len(d["atts"]) > 1 else ""),
              font=HEITI, indent=False)
        _para(doc, "", indent=False)
        _para(doc, name, font=XIAOBIAOSONG, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
        _para(doc, "", indent=False)
        _body_block(doc, content)

    if d.get("printer"):  # 版记
        _para(doc, "", indent=False)
        _para(doc, "", indent=False)
        first = None
        if d.get("attr_line") and d.get("attr_pos") == "banji":
            first = _para(doc, d["attr_line"], size=14, indent=False)
            first.paragraph_format.left_indent = Pt(14)
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], size=14, indent=False)
            p.paragraph_format.left_indent = Pt(14)
            first = first or p
        pr = _para(doc, "", size=14, indent=False)
        pr.paragraph_format.left_indent = Pt(14)
        _font(pr.add_run(d["printer"]), FANGSONG, 14)
        _font(pr.add_run("\u3000" * 6 + d["print_date"] + "印发"), FANGSONG, 14)
        if first is not None:
            _border(first, "top", sz=12)
        else:
            _border(pr, "top", sz=12)
        _border(pr, "bottom", sz=12)
    doc.save(path)


# ----------------------------------------------------------------------------- txt
def _txt_block(items):
    out = []
    for item in items:
        if isinstance(item, tuple) and item[0] == "table":
            for row in item[1]:
                out.append("｜".join(str(c) for c in row))
        else:
            out.append("\u3000\u3000" + item)
    return out


def write_txt(d, path):
    lines = []
    if d.get("mark"):
        lines += [d["mark"], ""]
        no = d.get("no", "")
        if d.get("signer_name"):
            no += "\u3000\u3000\u3000\u3000签发人：" + d["signer_name"]
        lines += [no, "─" * 30, ""]
    lines += [d["title"], ""]
    if d.get("to"):
        lines.append(d["to"])
    lines += _txt_block(d["body"])
    if d.get("atts"):
        lines.append("")
        names = [a[0] for a in d["atts"]]
        if len(names) == 1:
            lines.append("\u3000\u3000附件：" + names[0])
        else:
            lines.append("\u3000\u3000附件：1. " + names[0])
            lines += [f"\u3000\u3000\u3000\u3000\u3000{i}. {n}" for i, n in enumerate(names[1:], 2)]
    lines += ["", ""]
    lines += ["\u3000" * 14 + s for s in d["sign"].split("\n")]
    lines.append("\u3000" * 14 + d["date"])
    if d.get("attr_line") and d.get("attr_pos", "after_date") == "after_date":
        lines.append("\u3000\u3000" + d["attr_line"])
    if d.get("contact"):
        lines.append("\u3000\u3000" + d["contact"])
    for i, (name, content) in enumerate(d.get("atts", []), 1):
        lines += ["", "", "附件" + (str(i) if len(d["atts"]) > 1 else ""), "", name, ""]
        lines += _txt_block(content)
    if d.get("printer"):
        lines += ["", "─" * 30]
        if d.get("attr_line") and d.get("attr_pos") == "banji":
            lines.append(d["attr_line"])
        if d.get("cc"):
            lines.append("抄送：" + d["cc"])
        lines.append(d["printer"] + "\u3000\u3000\u3000\u3000" + d["print_date"] + "印发")
        lines.append("─" * 30)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- checks
SECRET_WORDS = ("秘密", "机密", "绝密", "涉密", "保密", "国家秘密")
CASE_CODES = {
    "secret": ["SECRET_CONTENT"], "mixed": ["MIXED_CONTENT"], "commercial": ["COMMERCIAL_SECRET"],
    "label": ["LABEL_MISMATCH"], "clean": [],
}
CASE_DECISION = {"secret": "escalate", "mixed": "return", "commercial": "return", "label": "return",
                 "clean": "approve"}


def _all_text(d):
    parts = [d.get("mark", ""), d.get("no", ""), d["title"], d.get("to", ""), d["sign"], d["date"],
             d.get("attr_line", ""), d.get("cc", ""), d.get("contact", "")]
    def flat(items):
        for it in items:
            if isinstance(it, tuple):
                for row in it[1]:
                    parts.extend(str(c) for c in row)
            else:
                parts.append(it)
    flat(d["body"])
    for _, content in d.get("atts", []):
        flat(content)
    return "\n".join(parts)


def _body_len(d):
    n = 0
    for items in [d["body"]] + [c for _, c in d.get("atts", [])]:
        for it in items:
            if isinstance(it, tuple):
                n += sum(len(str(c)) for row in it[1] for c in row)
            else:
                n += len(it)
    return n


def _text_len(d):
    return sum(len(x) for items in [d["body"]] + [c for _, c in d.get("atts", [])] for x in items
               if isinstance(x, str))


def check(d):
    text = _all_text(d)
    assert _body_len(d) >= 400, (d["title"], _body_len(d))
    assert _text_len(d) >= 400, (d["title"], _text_len(d))  # also without tables
    if d["case"] == "secret":
        hit = [w for w in SECRET_WORDS if w in text]
        assert not hit, (d["title"], hit)
    # every full-length ID-looking string must carry a valid check digit; masked ones are fine
    for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])", text):
        assert C.id_ok(m.group()), m.group()
    for m in re.finditer(r"(?<![0-9])(?:[0-9]{4} ?){3}[0-9]{4,7}(?![0-9])", text):
        digits = m.group().replace(" ", "")
        if len(digits) in (16, 19) and digits.startswith("62"):
            assert C.luhn_ok(digits), digits
    # no unmasked mobile number anywhere in the set
    assert not re.search(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", text), d["title"]
    for m in re.finditer(r"（此件[^）]*）|公开(方式|属性)：\S{2,5}公开", d["note"]):
        assert d["attr_line"].startswith(m.group()[:-1]), (d["title"], m.group())  # note names the real marking
    expected_attr = d["attr"]
    line = d.get("attr_line", "")
    if expected_attr == "主动公开":
        assert "主动公开" in line or "公开发布" in line, line
    elif expected_attr:
        assert expected_attr[:3] in line or (expected_attr == "不予公开" and "不公开" in line), line


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for mod, case in ((cases_secret, "secret"), (cases_mixed, "mixed"), (cases_commercial, "commercial"),
                      (cases_label, "label"), (cases_clean, "clean")):
        for d in mod.DOCS:
            d["case"] = case
            docs.append(d)
    extras.apply(docs)
    extras.apply2(docs)
    extras.apply3(docs)
    extras.renumber(docs)
    # interleave cases so that file numbers do not reveal the case
    order = list(range(len(docs)))
    random.Random(1118).shuffle(order)
    rows = []
    seen = set()
    for n, idx in enumerate(order, 1):
        d = docs[idx]
        check(d)
        ext = d.get("fmt", "docx")
        name = f"ag{n:03d}.{ext}"
        (write_docx if ext == "docx" else write_txt)(d, out / name)
        codes = d.get("codes", CASE_CODES[d["case"]])
        rows.append({"file": name, "attribute": d["attr"] or None,
                     "decision": d.get("decision", CASE_DECISION[d["case"]]), "codes": codes,
                     "note": d["note"], "case": d["case"], "genre": d.get("genre", ""), "issuer": d["sign"].split("\n")[0]})
        assert d["title"] not in seen, d["title"]
        seen.add(d["title"])
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter((r["case"], r["file"].rsplit(".", 1)[1]) for r in rows))
    print(len(rows), "documents written to", out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
