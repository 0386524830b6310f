"""Generate evaluation set eval11ad (office-secretary persona, fictional 枫陵市人社局).

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/NNN_<case>.docx|.txt and OUTDIR/truth.jsonl (one row per document).
Document texts live in content_*.py; this file only lays them out and checks them.
"""
import json
import os
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content_secret  # noqa: E402
import content_mixed  # noqa: E402
import content_comm  # noqa: E402
import content_label  # noqa: E402
import content_clean  # noqa: E402

# ---------------------------------------------------------------- checks
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


FORBIDDEN_IN_SECRET = ("秘密", "机密", "商业秘密", "绝密")

# ---------------------------------------------------------------- docx helpers


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(doc, text, align=None, name="仿宋_GB2312", size=16, bold=False, color=None, indent=True,
          space_after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    if indent and align is None:
        pf.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    _font(r, name, size, bold, color)
    return p


def _bottom_border(p, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def _top_border(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    pPr.append(bdr)


def _heading_style(line):
    """Chinese outline levels: 一、 in 黑体, （一） in 楷体, others 仿宋."""
    if re.match(r"^[一二三四五六七八九十]+、", line):
        return "黑体_GB2312" if False else "黑体"
    if re.match(r"^（[一二三四五六七八九十]+）", line):
        return "楷体_GB2312"
    return "仿宋_GB2312"


def _blocks(text):
    """Split body markup into paragraphs and tables (lines starting with '|')."""
    out, tab = [], []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            tab.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if tab:
            out.append(("table", tab))
            tab = []
        if line:
            out.append(("p", line))
    if tab:
        out.append(("table", tab))
    return out


def _add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(c)
            _font(run, "仿宋_GB2312", 11, bold=(i == 0))


def _is_addressee(i, val):
    """First line ending in '：' is the 主送机关 and sits flush left."""
    return i == 0 and val.endswith("：") and len(val) < 80 and not val.startswith(("一、", "问"))


def _render_blocks(doc, text):
    for i, (kind, val) in enumerate(_blocks(text)):
        if kind == "p" and _is_addressee(i, val):
            _para(doc, val, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
            continue
        if kind == "table":
            _add_table(doc, val)
        else:
            if val.startswith("##"):
                _para(doc, val.lstrip("#").strip(), align=WD_ALIGN_PARAGRAPH.CENTER,
                      name="方正小标宋简体", size=18)
            else:
                _para(doc, val, name=_heading_style(val))


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    red = (0xE6, 0x00, 0x12)
    if d.get("fenhao"):
        _para(doc, d["fenhao"], align=WD_ALIGN_PARAGRAPH.LEFT, name="黑体", size=16, indent=False)
    if d.get("jinji"):
        _para(doc, d["jinji"], align=WD_ALIGN_PARAGRAPH.LEFT, name="黑体", size=16, indent=False)
    _para(doc, d["org_mark"], align=WD_ALIGN_PARAGRAPH.CENTER, name="方正小标宋简体", size=26, color=red,
          space_after=12)
    if d.get("issue_no"):
        _para(doc, d["issue_no"], align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    if d.get("qianfa"):
        p = _para(doc, d["wenhao"] + "        签发人：" + d["qianfa"], align=WD_ALIGN_PARAGRAPH.CENTER)
    else:
        p = _para(doc, d["wenhao"], align=WD_ALIGN_PARAGRAPH.CENTER)
    _bottom_border(p)
    _para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, d["title"], align=WD_ALIGN_PARAGRAPH.CENTER, name="方正小标宋简体", size=22, space_after=12)
    if d.get("to"):
        _para(doc, d["to"], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    _render_blocks(doc, d["body"])
    if d.get("attach"):
        _para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT)
        for i, a in enumerate(d["attach"]):
            lead = "附件：" if i == 0 else "　　　"
            _para(doc, lead + a, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    _para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT)
    if d.get("sign"):
        _para(doc, d["sign"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.get("mark_pos") == "after_date" and d.get("mark"):
        _para(doc, d["mark"])
    if d.get("contact"):
        _para(doc, d["contact"])
    if d.get("annex"):
        doc.add_page_break()
        _render_blocks(doc, d["annex"])
    # 版记
    _para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT)
    first = True
    rows = []
    if d.get("mark_pos") == "banji" and d.get("mark"):
        rows.append(d["mark"])
    if d.get("cc"):
        rows.append("抄送：" + d["cc"])
    rows.append(d.get("printer", "枫陵市人力资源和社会保障局办公室") + "　　　　" + d["print_date"] + "印发")
    for r in rows:
        p = _para(doc, r, align=WD_ALIGN_PARAGRAPH.LEFT, size=14, indent=False)
        if first:
            _top_border(p, 12)
            first = False
        else:
            _top_border(p, 4)
    doc.save(path)


def write_txt(d, path):
    L = []
    if d.get("mark_pos") == "top" and d.get("mark"):
        L.append(d["mark"])
    L.append(d["org_mark"])
    if d.get("issue_no"):
        L.append(d["issue_no"])
    if d.get("wenhao"):
        L.append(d["wenhao"] + ("    签发人：" + d["qianfa"] if d.get("qianfa") else ""))
    L.append("")
    L.append(d["title"])
    L.append("")
    if d.get("to"):
        L.append(d["to"])
    for i, (kind, val) in enumerate(_blocks(d["body"])):
        if kind == "table":
            for r in val:
                L.append("  ".join(r))
        else:
            flush = val.startswith("##") or _is_addressee(i, val)
            L.append(("" if flush else "　　") + val.lstrip("#").strip())
    if d.get("attach"):
        L.append("")
        for i, a in enumerate(d["attach"]):
            L.append(("附件：" if i == 0 else "　　　") + a)
    L.append("")
    if d.get("sign"):
        L.append(d["sign"])
    L.append(d["date"])
    if d.get("mark_pos") == "after_date" and d.get("mark"):
        L.append(d["mark"])
    if d.get("contact"):
        L.append(d["contact"])
    if d.get("annex"):
        L.append("")
        for kind, val in _blocks(d["annex"]):
            if kind == "table":
                for r in val:
                    L.append("  ".join(r))
            else:
                L.append(val.lstrip("#").strip())
    L.append("")
    if d.get("mark_pos") in ("banji", "end") and d.get("mark"):
        L.append(d["mark"])
    if d.get("cc"):
        L.append("抄送：" + d["cc"])
    if d.get("print_date"):
        L.append(d.get("printer", "枫陵市人力资源和社会保障局办公室") + "    " + d["print_date"] + "印发")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- main

def body_len(d):
    t = d["body"] + (d.get("annex") or "")
    return len(re.sub(r"[\s|]", "", t))


def check(d):
    n = body_len(d)
    assert n >= 400, (d["key"], n)
    allt = json.dumps(d, ensure_ascii=False)
    if d["case"] in ("SECRET", "COMMERCIAL"):
        for w in FORBIDDEN_IN_SECRET:
            assert w not in allt, (d["key"], w)
    for m in re.findall(r"(?<!\d)\d{17}[\dXx](?!\d)", allt):
        assert id_ok(m), (d["key"], "bad ID", m)
    for m in re.findall(r"(?<![\d*])(?:\d{4} ?){3}\d{4,7}(?![\d*])", allt):
        digits = re.sub(r"\D", "", m)
        if 16 <= len(digits) <= 19 and digits[:2] in ("62", "60", "45", "43", "40", "51", "52", "55"):
            if not id_ok(digits[:18]) or len(digits) != 18:
                assert luhn_ok(digits), (d["key"], "bad card", m)
    for k in ("file", "case", "fmt", "title", "body", "date", "attribute", "decision", "codes", "note"):
        assert k in d, (d.get("key"), k)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    docs = (content_secret.DOCS + content_mixed.DOCS + content_comm.DOCS + content_label.DOCS
            + content_clean.DOCS)
    # interleave cases so the numbering does not reveal the case
    order = sorted(range(len(docs)), key=lambda i: (i * 37) % len(docs))
    rows = []
    for n, i in enumerate(order, 1):
        d = dict(docs[i])
        d.setdefault("org_mark", "枫陵市人力资源和社会保障局文件")
        d["key"] = d["key"]
        d["file"] = "%03d.%s" % (n, d["fmt"])
        check(d)
        path = os.path.join(out, d["file"])
        (write_docx if d["fmt"] == "docx" else write_txt)(d, path)
        rows.append({"file": d["file"], "attribute": d["attribute"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["case"], "genre": d["genre"],
                     "key": d["key"]})
    keys = [d["key"] for d in docs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    files = sorted(x for x in os.listdir(out) if x != "truth.jsonl")
    assert len(files) == len(rows), (len(files), len(rows))
    from collections import Counter
    print("documents:", len(rows))
    print("by case:", dict(Counter(r["case"] for r in rows)))
    print("by case/format:", dict(Counter((r["case"], r["file"].rsplit(".", 1)[1]) for r in rows)))


if __name__ == "__main__":
    main()
