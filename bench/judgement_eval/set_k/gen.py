#!/usr/bin/env python3
"""Generator for evaluation set eval11k (issue 11: judgement of meaning).

Fictional issuer: 汀泽省 砚陵市人力资源和社会保障局 (province and city are invented).
Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/k001..k072 (.docx / .txt) and OUTDIR/truth.jsonl (format: /work/briefs/truth18.md).
The case modules (cases_*.py) beside this file hold the document texts; this file renders them.
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SEED = 11072

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    return _C[sum(int(a) * b for a, b in zip(first17, _W)) % 11]


def make_id(area, birth, seq):
    s = f"{area}{birth}{seq:03d}"
    assert len(s) == 17
    full = s + id_check(s)
    assert id_valid(full)
    return full


def id_valid(idn):
    return len(idn) == 18 and id_check(idn[:17]) == idn[17]


def mask_id(idn):
    assert id_valid(idn), idn
    return idn[:3] + "*" * 11 + idn[-4:]


def luhn_ok(num):
    digits = [int(c) for c in num][::-1]
    tot = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(prefix15):
    for d in range(10):
        c = prefix15 + str(d)
        if luhn_ok(c):
            return c
    raise AssertionError


def mask_card(card):
    assert luhn_ok(card), card
    return f"{card[:4]} **** **** {card[-4:]}"


# ---------------------------------------------------------------- spec helpers
def B(*parts):
    """Flatten body parts: multi-line strings become paragraphs; tuples (tables) kept."""
    out = []
    for p in parts:
        if isinstance(p, str):
            out.extend(line.strip() for line in p.strip("\n").split("\n") if line.strip())
        else:
            out.append(p)
    return out


def T(header, rows, widths=None, caption=None):
    return ("table", header, rows, caption)


ORG = "砚陵市人力资源和社会保障局"
ORG_OFFICE = "砚陵市人力资源和社会保障局办公室"


def doc(**kw):
    d = dict(org_mark=None, docno=None, signer=None, title="", to=None, body=[], attach_list=[],
             sign=[ORG], date="", label=None, label_pos="after", annexes=[], cc=None,
             printer=ORG_OFFICE, print_date=None, contact=None, plain_head=None)
    d.update(kw)
    return d


def case(key, case, section, genre, fmt, attribute, decision, codes, note, spec):
    assert fmt in ("docx", "txt")
    return dict(key=key, case=case, section=section, genre=genre, fmt=fmt, attribute=attribute,
                decision=decision, codes=list(codes), note=note, spec=spec)


# ---------------------------------------------------------------- docx rendering
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(d, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None,
          left_indent=None, space_after=0, line=28):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _border(p, edge="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{edge}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def _body_para(d, text):
    s = text
    if s[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、") and len(s) < 40:
        return _para(d, s, font=HEI)
    if s.startswith("（") and s[1:3].rstrip("）") in "一二三四五六七八九十" and len(s) < 40:
        return _para(d, s, font=KAI)
    return _para(d, s)


def _table(d, header, rows, caption):
    if caption:
        _para(d, caption, font=HEI, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        _font(c.paragraphs[0].add_run(str(h)), HEI, 11)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = ""
            _font(cells[i].paragraphs[0].add_run(str(v)), FS, 11)
    _para(d, "", indent=False)


def _blocks(d, blocks):
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _table(d, b[1], b[2], b[3])
        elif isinstance(b, tuple) and b[0] == "raw":
            _para(d, b[1], indent=False)
        else:
            _body_para(d, b)


def render_docx(spec, path):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    if spec["label_pos"] == "top" and spec["label"]:
        _para(d, spec["label"], font=HEI, size=16, indent=False)
    if spec["org_mark"]:
        _para(d, "", indent=False)
        _para(d, spec["org_mark"], font=XBS, size=30 if len(spec["org_mark"]) < 12 else 22,
              align=C, indent=False, color=(0xFF, 0, 0), line=40)
        _para(d, "", indent=False)
        if spec["signer"]:
            p = _para(d, f"{spec['docno']}　　　　签发人：{spec['signer']}", align=C, indent=False)
        else:
            p = _para(d, spec["docno"] or "", align=C, indent=False)
        _border(p)
        _para(d, "", indent=False)
    elif spec["docno"]:
        _para(d, spec["docno"], align=R, indent=False)
    if spec["plain_head"]:
        _para(d, spec["plain_head"], indent=False)
    for tl in spec["title"].split("\n"):
        _para(d, tl, font=XBS, size=22, align=C, indent=False, line=34)
    _para(d, "", indent=False)
    if spec["to"]:
        _para(d, spec["to"], indent=False)
    _blocks(d, spec["body"])
    if spec["attach_list"]:
        _para(d, "", indent=False)
        al = spec["attach_list"]
        if len(al) == 1:
            _para(d, f"附件：{al[0]}", left_indent=32, indent=False)
        else:
            _para(d, f"附件：1. {al[0]}", left_indent=32, indent=False)
            for i, a in enumerate(al[1:], 2):
                _para(d, f"{i}. {a}", left_indent=80, indent=False)
    if spec["label_pos"] == "before_sign" and spec["label"]:
        _para(d, spec["label"])
    _para(d, "", indent=False)
    _para(d, "", indent=False)
    for s in spec["sign"]:
        _para(d, s, align=R, indent=False)
    _para(d, spec["date"], align=R, indent=False)
    if spec["label_pos"] == "after" and spec["label"]:
        _para(d, spec["label"])
    if spec["contact"]:
        _para(d, spec["contact"])
    for an in spec["annexes"]:
        p = _para(d, "", indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(d, an[0], font=HEI, indent=False)
        _para(d, "", indent=False)
        for tl in an[1].split("\n"):
            _para(d, tl, font=XBS, size=20, align=C, indent=False, line=32)
        _para(d, "", indent=False)
        _blocks(d, an[2])
    if spec["cc"] or spec["print_date"] or (spec["label_pos"] == "banji" and spec["label"]):
        _para(d, "", indent=False)
        _para(d, "", indent=False)
        first = True
        if spec["label_pos"] == "banji" and spec["label"]:
            p = _para(d, spec["label"], size=14, indent=False)
            _border(p, "top", "000000", 8)
            first = False
        if spec["cc"]:
            p = _para(d, f"抄送：{spec['cc']}", size=14, indent=False, left_indent=14)
            if first:
                _border(p, "top", "000000", 8)
                first = False
        pd = spec["print_date"] or spec["date"]
        p = _para(d, f"{spec['printer']}　　　　　　{pd}印发", size=14, indent=False, left_indent=14)
        if first:
            _border(p, "top", "000000", 8)
        _border(p, "bottom", "000000", 8)
    d.save(path)


# ---------------------------------------------------------------- txt rendering
def _txt_blocks(out, blocks):
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            if b[3]:
                out.append(b[3])
            out.append("｜".join(str(x) for x in b[1]))
            for r in b[2]:
                out.append("｜".join(str(x) for x in r))
        elif isinstance(b, tuple) and b[0] == "raw":
            out.append(b[1])
        else:
            out.append("　　" + b)


def render_txt(spec, path):
    out = []
    if spec["label_pos"] == "top" and spec["label"]:
        out.append(spec["label"])
    if spec["org_mark"]:
        out.append(spec["org_mark"])
        out.append("")
        if spec["signer"]:
            out.append(f"{spec['docno']}　　签发人：{spec['signer']}")
        else:
            out.append(spec["docno"] or "")
        out.append("")
    elif spec["docno"]:
        out.append(spec["docno"])
    if spec["plain_head"]:
        out.append(spec["plain_head"])
    out.extend(spec["title"].split("\n"))
    out.append("")
    if spec["to"]:
        out.append(spec["to"])
    _txt_blocks(out, spec["body"])
    if spec["attach_list"]:
        out.append("")
        al = spec["attach_list"]
        if len(al) == 1:
            out.append(f"　　附件：{al[0]}")
        else:
            out.append(f"　　附件：1. {al[0]}")
            for i, a in enumerate(al[1:], 2):
                out.append(f"　　　　　{i}. {a}")
    if spec["label_pos"] == "before_sign" and spec["label"]:
        out.append("　　" + spec["label"])
    out.append("")
    for s in spec["sign"]:
        out.append("　　　　　　　　　　　　　　　　" + s)
    out.append("　　　　　　　　　　　　　　　　" + spec["date"])
    if spec["label_pos"] == "after" and spec["label"]:
        out.append("　　" + spec["label"])
    if spec["contact"]:
        out.append("　　" + spec["contact"])
    for an in spec["annexes"]:
        out.append("")
        out.append(an[0])
        out.append("")
        out.extend(an[1].split("\n"))
        out.append("")
        _txt_blocks(out, an[2])
    if spec["cc"] or spec["print_date"] or (spec["label_pos"] == "banji" and spec["label"]):
        out.append("")
        out.append("—" * 30)
        if spec["label_pos"] == "banji" and spec["label"]:
            out.append(spec["label"])
        if spec["cc"]:
            out.append(f"抄送：{spec['cc']}")
        pd = spec["print_date"] or spec["date"]
        out.append(f"{spec['printer']}　　　　{pd}印发")
        out.append("—" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def body_chars(spec):
    n = len(spec["contact"] or "")
    for b in spec["body"]:
        if isinstance(b, tuple):
            n += sum(len(str(x)) for r in b[2] for x in r)
        else:
            n += len(b)
    for an in spec["annexes"]:
        for b in an[2]:
            if isinstance(b, tuple):
                n += sum(len(str(x)) for r in b[2] for x in r)
            else:
                n += len(b)
    return n


# ---------------------------------------------------------------- main
def load_cases():
    import cases_secret, cases_mixed, cases_commercial, cases_label, cases_clean
    cases = []
    for m in (cases_secret, cases_mixed, cases_commercial, cases_label, cases_clean):
        cases.extend(m.CASES)
    return cases


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "docs")
    os.makedirs(outdir, exist_ok=True)
    cases = load_cases()
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        c = cases[idx]
        name = f"k{n:03d}.{c['fmt']}"
        spec = c["spec"]
        chars = body_chars(spec)
        assert chars >= 400, (c["key"], chars)
        assert c["decision"] in ("approve", "return", "escalate")
        assert c["attribute"] in ("主动公开", "依申请公开", "不予公开", None)
        path = os.path.join(outdir, name)
        (render_docx if c["fmt"] == "docx" else render_txt)(spec, path)
        rows.append(dict(file=name, attribute=c["attribute"], decision=c["decision"], codes=c["codes"],
                         note=c["note"], case=c["case"], section=c["section"], genre=c["genre"],
                         body_chars=chars, key=c["key"]))
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents + truth.jsonl to {outdir}")


if __name__ == "__main__":
    main()
