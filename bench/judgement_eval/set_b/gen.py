"""Generate the issue-11 judgement evaluation set (fictional 雁岭市人力资源和社会保障局, 朔原省).

Usage:  python bench/judgement_eval/set_b/gen.py OUTDIR

Writes OUTDIR/<case>/<nn>.docx|.txt and OUTDIR/truth.jsonl (the truth format of `gongkai eval`).
All wording is invented for this set. The case texts live in cases_*.py next to this script.
"""
from __future__ import annotations

import datetime
import json
import os
import random
import sys
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------- identifiers

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(d) * w for d, w in zip(first17, _W)) % 11]


def make_id(region: str, birth: str, seq: str) -> str:
    """A full 18-character citizen ID with a valid check character."""
    body = region + birth + seq
    assert len(body) == 17 and body.isdigit()
    full = body + id_check(body)
    assert id_valid(full)
    return full


def id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def mask_id(s: str) -> str:
    assert id_valid(s)
    return s[:3] + "*" * 11 + s[-4:]


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(prefix15: str) -> str:
    """A 16-digit bank card number with a valid Luhn digit."""
    assert len(prefix15) == 15
    for d in "0123456789":
        if luhn_ok(prefix15 + d):
            return prefix15 + d
    raise AssertionError


def mask_card(c: str) -> str:
    assert luhn_ok(c)
    return f"{c[:4]} **** **** {c[-4:]}"


# --------------------------------------------------------------------------- document model

@dataclass
class Doc:
    """One 公文 of the set plus its truth row."""

    case: str              # secret / mixed / commercial / mismatch / clean
    fmt: str               # docx / txt
    org: str               # 发文机关标志 text
    no: str                # 发文字号 ('' when none, e.g. 公示)
    title: str
    to: str                # 主送 ('' when none)
    body: list             # paragraphs (str) or ("table", header, rows) or ("h", text)
    sign: str
    date: str
    mark: str              # the 公开属性 text as printed ('' = none)
    mark_pos: str          # after_date / banji / top
    attribute: str | None
    decision: str
    codes: list
    note: str
    atts: list = field(default_factory=list)   # [(title, blocks)]
    cc: str = ""
    printer: str = "雁岭市人力资源和社会保障局办公室"
    pdate: str = ""
    genre: str = ""
    signer_line: str = ""  # e.g. 签发人 for 请示/报告
    fname: str = ""
    cid: str = ""          # case id S01…K20, used by notes ("对照S09")


def body_chars(d: Doc) -> int:
    """Characters of 正文 plus attachments (an attachment is part of the text that would be published)."""
    n = 0
    for b in list(d.body) + [x for _, blocks in d.atts for x in blocks]:
        if isinstance(b, str):
            n += len(b)
        elif b[0] == "h":
            n += len(b[1])
        else:
            n += sum(len(c) for row in b[2] for c in row)
    return n


# --------------------------------------------------------------------------- txt writer

def _table_txt(header, rows):
    out = ["｜" + "｜".join(header) + "｜"]
    out.append("｜" + "｜".join("—" * max(2, len(h)) for h in header) + "｜")
    for r in rows:
        out.append("｜" + "｜".join(r) + "｜")
    return out


def _blocks_txt(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("　　" + b)
        elif b[0] == "h":
            out.append("　　" + b[1])
        else:
            out.extend(_table_txt(b[1], b[2]))
    return out


def write_txt(d: Doc, path: str):
    L = []
    if d.mark and d.mark_pos == "top":
        L.append(d.mark)
    L.append(d.org)
    L.append("")
    if d.signer_line:
        L.append(f"{d.no}　　　　　　　　{d.signer_line}")
    elif d.no:
        L.append(d.no)
    L.append("━" * 30)
    L.append("")
    L.append(d.title)
    L.append("")
    if d.to:
        L.append(d.to + "：")
    L.extend(_blocks_txt(d.body))
    L.append("")
    if d.atts:
        if len(d.atts) == 1:
            L.append("　　附件：" + d.atts[0][0])
        else:
            L.append("　　附件：1．" + d.atts[0][0])
            for i, (t, _) in enumerate(d.atts[1:], start=2):
                L.append(f"　　　　　{i}．{t}")
        L.append("")
    L.append(" " * 24 + d.sign)
    L.append(" " * 26 + d.date)
    if d.mark and d.mark_pos == "after_date":
        L.append("　　" + d.mark)
    for i, (t, blocks) in enumerate(d.atts, start=1):
        L.append("")
        L.append("附件" + (str(i) if len(d.atts) > 1 else ""))
        L.append("")
        L.append(t)
        L.append("")
        L.extend(_blocks_txt(blocks))
    L.append("")
    L.append("─" * 30)
    if d.mark and d.mark_pos == "banji":
        L.append(d.mark)
        L.append("─" * 30)
    if d.cc:
        L.append("抄送：" + d.cc)
        L.append("─" * 30)
    L.append(f"{d.printer}　　　　{d.pdate or d.date}印发")
    L.append("─" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# --------------------------------------------------------------------------- docx writer

RED = RGBColor(0xE0, 0x00, 0x00)


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text, font="仿宋_GB2312", size=16, align=None, indent=False, bold=False,
          color=None, space_after=0, left_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
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
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _border(p, side="bottom", color="E00000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def _footer_page(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    _font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    _font(p.add_run(" —"), "宋体", 14)


def _table_docx(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(c.paragraphs[0].add_run(h), "黑体", 11)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            _font(cells[i].paragraphs[0].add_run(v), "仿宋_GB2312", 11)
    return t


def _blocks_docx(doc, blocks):
    for b in blocks:
        if isinstance(b, str):
            _para(doc, b, indent=True, align="j")
        elif b[0] == "h":
            _para(doc, b[1], font="黑体", indent=True)
        else:
            _table_docx(doc, b[1], b[2])


def write_docx(d: Doc, path: str):
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    _footer_page(s)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    if d.mark and d.mark_pos == "top":
        _para(doc, d.mark, font="黑体", size=16)
    _para(doc, "")
    _para(doc, d.org, font="方正小标宋简体", size=26 if len(d.org) > 14 else 36,
          align="c", color=RED, space_after=12)
    _para(doc, "")
    if d.signer_line:
        p = _para(doc, d.no + "　　　　　　" + d.signer_line, align="c")
    else:
        p = _para(doc, d.no, align="c")
    _border(p, "bottom", "E00000", 18)
    _para(doc, "")
    _para(doc, d.title, font="方正小标宋简体", size=22, align="c")
    _para(doc, "")
    if d.to:
        _para(doc, d.to + "：")
    _blocks_docx(doc, d.body)
    _para(doc, "")
    if d.atts:
        if len(d.atts) == 1:
            _para(doc, "附件：" + d.atts[0][0], indent=True)
        else:
            _para(doc, "附件：1．" + d.atts[0][0], indent=True)
            for i, (t, _) in enumerate(d.atts[1:], start=2):
                _para(doc, f"{i}．{t}", left_chars=5)
        _para(doc, "")
        _para(doc, "")
    _para(doc, d.sign + "　　　　", align="r")
    _para(doc, d.date + "　　　　", align="r")
    if d.mark and d.mark_pos == "after_date":
        _para(doc, d.mark, indent=True)

    for i, (t, blocks) in enumerate(d.atts, start=1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(doc, "附件" + (str(i) if len(d.atts) > 1 else ""), font="黑体")
        _para(doc, "")
        _para(doc, t, font="方正小标宋简体", size=22, align="c")
        _para(doc, "")
        _blocks_docx(doc, blocks)

    # 版记
    _para(doc, "")
    first = True
    rows = []
    if d.mark and d.mark_pos == "banji":
        rows.append(d.mark)
    if d.cc:
        rows.append("抄送：" + d.cc + "。")
    rows.append(f"{d.printer}　　{d.pdate or d.date}印发")
    for text in rows:
        p = _para(doc, text, size=14, left_chars=1)
        if first:
            _border(p, "top", "000000", 12)
            first = False
        _border(p, "bottom", "000000", 8 if text is not rows[-1] else 12)
    doc.core_properties.author = "雁岭市人社局"
    doc.core_properties.title = d.title
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2025, 12, 1, 9, 0, 0)
    doc.core_properties.last_modified_by = "雁岭市人社局"
    doc.core_properties.revision = 1
    doc.save(path)


# --------------------------------------------------------------------------- main

def all_docs():
    import cases_secret, cases_mixed, cases_commercial, cases_mismatch, cases_clean
    out = []
    for prefix, m in (("S", cases_secret), ("M", cases_mixed), ("C", cases_commercial), ("L", cases_mismatch),
                      ("K", cases_clean)):
        for i, d in enumerate(m.DOCS, start=1):
            d.cid = f"{prefix}{i:02d}"
        out.extend(m.DOCS)
    return out


VALID_CODES = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
               "FORWARD_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA",
               "COMMERCIAL_SECRET", "HIDDEN_CONTENT", "PORTAL_MISMATCH"}
MARK_ATTR = {"（此件公开发布）": "主动公开", "（此件主动公开）": "主动公开", "（此件依申请公开）": "依申请公开",
             "（此件不予公开）": "不予公开", "（此件不公开）": "不予公开"}


def check(d: Doc):
    assert d.decision in ("approve", "return", "escalate"), d.title
    assert set(d.codes) <= VALID_CODES, d.codes
    assert d.attribute in ("主动公开", "依申请公开", "不予公开", None)
    n = body_chars(d)
    assert n >= 400, (d.title, n)
    # the printed mark must name the attribute recorded in truth
    m = d.mark
    val = MARK_ATTR.get(m) or (m.split("：", 1)[1] if "：" in m else None)
    if val in ("不公开", "免予公开"):
        val = "不予公开"
    assert val == d.attribute, (d.title, m, d.attribute)
    text = json.dumps([d.body, d.atts], ensure_ascii=False)
    for bad in ("秘密", "机密", "绝密"):
        if d.case == "secret":
            assert bad not in text, (d.title, bad)
    if d.case == "secret":
        assert "保密" not in text and "涉密" not in text, d.title
    if d.case == "clean":
        assert d.decision == "approve" and not d.codes


def main(outdir: str):
    docs = all_docs()
    os.makedirs(outdir, exist_ok=True)
    rows = []
    # neutral, shuffled file names so that a path never reveals the case (fixed seed: reproducible)
    order = list(range(len(docs)))
    random.Random(11).shuffle(order)
    for pos, idx in enumerate(order, start=1):
        d = docs[idx]
        check(d)
        rel = f"yl{pos:03d}.{d.fmt}"
        d.fname = rel
        path = os.path.join(outdir, rel)
        (write_docx if d.fmt == "docx" else write_txt)(d, path)
        rows.append({"file": rel, "attribute": d.attribute, "decision": d.decision, "codes": d.codes,
                     "note": d.note, "case_id": d.cid, "case": d.case, "genre": d.genre, "format": d.fmt,
                     "title": d.title, "issuer": "雁岭市人力资源和社会保障局（虚构）"})
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    summ = {}
    for r in rows:
        summ.setdefault(r["case"], {}).setdefault(r["format"], 0)
        summ[r["case"]][r["format"]] += 1
    print(json.dumps(summ, ensure_ascii=False), "total", len(rows))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
