"""Generate evaluation set 11y: outgoing 公文 of a fictional ethnic-area city bureau and new-area/development-zone
人社 departments, with truth.jsonl (format of /work/briefs/truth18.md).

Usage: python gen.py OUTDIR
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from content_common import ISSUERS
import cases_secret
import cases_mixed
import cases_commercial
import cases_label
import cases_clean

RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- identifiers
def id_check_digit(first17):
    """GB 11643-1999 check character for the first 17 digits."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return "10X98765432"[s % 11]


def id_valid(idn):
    return len(idn) == 18 and id_check_digit(idn[:17]) == idn[17]


def luhn_valid(num):
    digits = [int(c) for c in num][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# ---------------------------------------------------------------- docx helpers
def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _border(par, side="bottom", color="E60012", sz="12"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    pPr.append(bdr)


def _para(doc, text, align=None, size=16, bold=False, font="仿宋_GB2312", indent=True, color=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    _font(r, font, size, bold, color)
    return p


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(cell))
            _font(r, "仿宋_GB2312", 11, bold=(i == 0))
    return t


def _items(doc, items):
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            _table(doc, it[1])
        elif isinstance(it, tuple) and it[0] == "h":
            _para(doc, it[1], font="黑体", size=16)
        elif isinstance(it, tuple) and it[0] == "c":  # centred sub-title
            _para(doc, it[1], align=WD_ALIGN_PARAGRAPH.CENTER, font="方正小标宋简体", size=18, indent=False)
        else:
            _para(doc, it)


def write_docx(d, path):
    iss = ISSUERS[d["org"]]
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    if d.get("letterhead", True):
        _para(doc, d.get("head") or iss["head"], align=WD_ALIGN_PARAGRAPH.CENTER, size=30,
              font="方正小标宋简体", indent=False, color=RED)
        _para(doc, "", indent=False)
        if d.get("qianfa"):
            p = _para(doc, d["no"] + "　　　　　　签发人：" + d["qianfa"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif d.get("no"):
            p = _para(doc, d["no"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        else:
            p = _para(doc, "", indent=False)
        _border(p)
        _para(doc, "", indent=False)
    if d.get("mark_pos") == "top":
        _para(doc, d["mark"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, font="黑体")
    _para(doc, d["title"], align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font="方正小标宋简体", indent=False)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"] + "：", indent=False)
    _items(doc, d["body"])
    if d.get("att"):
        _para(doc, "", indent=False)
        for i, a in enumerate(d["att"]):
            prefix = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}. " if len(d["att"]) > 1 else ""
            _para(doc, prefix + num + a)
    _para(doc, "", indent=False)
    _para(doc, "", indent=False)
    _para(doc, d.get("sign") or iss["name"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, d["date"] + "　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if d.get("mark") and d.get("mark_pos", "date") == "date":
        _para(doc, d["mark"])
    if d.get("contact"):
        _para(doc, d["contact"])
    for k, (atitle, aitems) in enumerate(d.get("att_body", [])):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, f"附件{k + 1}" if len(d.get("att_body", [])) > 1 else "附件", font="黑体", indent=False)
        _para(doc, atitle, align=WD_ALIGN_PARAGRAPH.CENTER, size=20, font="方正小标宋简体", indent=False)
        _items(doc, aitems)
    # 版记
    _para(doc, "", indent=False)
    if d.get("mark") and d.get("mark_pos") == "banji":
        _para(doc, d["mark"], indent=False, size=14)
    if d.get("cc"):
        p = _para(doc, "抄送：" + d["cc"] + "。", indent=False, size=14)
        _border(p, "top", "000000", "8")
    p = _para(doc, (d.get("office") or iss["office"]) + "　　　　　" + (d.get("yinfa") or d["date"]) + "印发",
              indent=False, size=14)
    _border(p, "top" if not d.get("cc") else "bottom", "000000", "8")
    doc.save(path)


def render_txt(d):
    iss = ISSUERS[d["org"]]
    out = []
    if d.get("letterhead", True):
        out.append(d.get("head") or iss["head"])
        if d.get("qianfa"):
            out.append(d["no"] + "　　签发人：" + d["qianfa"])
        elif d.get("no"):
            out.append(d["no"])
        out.append("")
    if d.get("mark_pos") == "top":
        out.append(d["mark"])
    out.append(d["title"])
    out.append("")
    if d.get("to"):
        out.append(d["to"] + "：")

    def items(lst):
        for it in lst:
            if isinstance(it, tuple) and it[0] == "table":
                for row in it[1]:
                    out.append("　　" + "｜".join(str(c) for c in row))
            elif isinstance(it, tuple):
                out.append("　　" + it[1])
            else:
                out.append("　　" + it)

    items(d["body"])
    if d.get("att"):
        out.append("")
        for i, a in enumerate(d["att"]):
            num = f"{i + 1}. " if len(d["att"]) > 1 else ""
            out.append(("　　附件：" if i == 0 else "　　　　　") + num + a)
    out.append("")
    out.append("　　　　　　　　　　　　　　　　" + (d.get("sign") or iss["name"]))
    out.append("　　　　　　　　　　　　　　　　" + d["date"])
    if d.get("mark") and d.get("mark_pos", "date") == "date":
        out.append("　　" + d["mark"])
    if d.get("contact"):
        out.append("　　" + d["contact"])
    for k, (atitle, aitems) in enumerate(d.get("att_body", [])):
        out.append("")
        out.append(f"附件{k + 1}" if len(d.get("att_body", [])) > 1 else "附件")
        out.append(atitle)
        items(aitems)
    out.append("")
    if d.get("mark") and d.get("mark_pos") == "banji":
        out.append(d["mark"])
    if d.get("cc"):
        out.append("抄送：" + d["cc"] + "。")
    out.append((d.get("office") or iss["office"]) + "　　" + (d.get("yinfa") or d["date"]) + "印发")
    return "\n".join(out) + "\n"


def body_chars(d):
    n = 0
    for lst in [d["body"]] + [a[1] for a in d.get("att_body", [])]:
        for it in lst:
            if isinstance(it, tuple) and it[0] == "table":
                n += sum(len(str(c)) for row in it[1] for c in row)
            elif isinstance(it, tuple):
                n += len(it[1])
            else:
                n += len(it)
    return n


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    from content_common import ALL_IDS, ALL_CARDS
    for idn in ALL_IDS:
        assert id_valid(idn), idn
    for c in ALL_CARDS:
        assert luhn_valid(c), c
    docs = []
    for mod in (cases_secret, cases_mixed, cases_commercial, cases_label, cases_clean):
        docs.extend(mod.DOCS)
    rng = random.Random(1107)
    rng.shuffle(docs)
    rows = []
    for i, d in enumerate(docs, 1):
        n = body_chars(d)
        assert n >= 400, (d["title"], n)
        assert d["truth"]["decision"] in ("approve", "return", "escalate")
        name = f"y{i:03d}.{d['fmt']}"
        path = os.path.join(outdir, name)
        if d["fmt"] == "docx":
            write_docx(d, path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(render_txt(d))
        t = d["truth"]
        rows.append({"file": name, "attribute": t["attribute"], "decision": t["decision"],
                     "codes": t["codes"], "note": t["note"], "case": d["case"], "genre": d.get("genre", ""),
                     "issuer": ISSUERS[d["org"]]["name"], "body_chars": n})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["file"].rsplit(".", 1)[1]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))


if __name__ == "__main__":
    main()
