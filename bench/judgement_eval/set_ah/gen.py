"""Generate the ah evaluation set: fictional 青屏省白河市桐溪县人力资源和社会保障局 documents.

Usage: /work/main/.venv/bin/python gen.py OUTDIR

Writes OUTDIR/ah001.docx ... / .txt and OUTDIR/truth.jsonl (format of truth18).
Document contents live in cases_secret.py, cases_mixed_comm.py, cases_label_clean.py.
"""
import json
import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cases_secret  # noqa: E402
import cases_mixed_comm  # noqa: E402
import cases_label_clean  # noqa: E402
from common import BUREAU, id_ok, luhn_ok, ID_RE, CARD_RE, body_chars  # noqa: E402

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- docx helpers
def _font(run, name, size, bold=False, color=None):
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


def _para(doc, text="", name=FS, size=16, align=None, indent=True, bold=False, color=None,
          line=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        _font(p.add_run(text), name, size, bold, color)
    return p


def _border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # schema order matters to Word/LibreOffice: pBdr precedes shd/tabs/spacing/ind/jc
        later = [c for c in ppr if c.tag.split("}")[1] in
                 ("shd", "tabs", "spacing", "ind", "contextualSpacing", "jc", "rPr")]
        if later:
            later[0].addprevious(bdr)
        else:
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
    _font(p.add_run("— "), FS, 14)
    r = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    _font(r, FS, 14)
    _font(p.add_run(" —"), FS, 14)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(str(val)), HEI if i == 0 else FS, 11)
    return t


def _body_docx(doc, items):
    for it in items:
        if isinstance(it, tuple) and it[0] == "t":
            _table(doc, it[1])
        elif it.startswith("# "):
            _para(doc, it[2:], name=HEI)
        elif it.startswith("## "):
            _para(doc, it[3:], name=KAI)
        elif it.startswith("= "):  # centred sub-title inside body/annex
            _para(doc, it[2:], name=XBS, size=18, align="c", indent=False, before=6, after=6)
        else:
            _para(doc, it, align="j")


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    _page_number_footer(sec)
    kind = d["kind"]
    issuer = d.get("issuer", BUREAU)
    if kind in ("file", "letter", "minutes"):
        head = {"file": issuer + "文件", "letter": issuer, "minutes": issuer}[kind]
        hsize = min(30 if kind != "letter" else 26, 420 // len(head))  # keep the 标志 on one line
        _para(doc, head, name=XBS, size=hsize, align="c", indent=False,
              color=RED, line=40, before=20)
        if kind == "minutes":
            _para(doc, d.get("minutes_name", "局务会议纪要"), name=XBS, size=min(30, 420 // len(d.get("minutes_name", "局务会议纪要"))), align="c",
                  indent=False, color=RED, line=40)
        _para(doc, "", indent=False)
        p = _para(doc, d["docno"], align="r" if kind == "letter" else "c", indent=False, line=36,
                  after=6)
        _border(p, "bottom", sz=18)  # the red separator line under 发文字号
        _para(doc, "", indent=False)
    if d.get("mark_pos") == "top":
        _para(doc, d["mark"], name=HEI, indent=False)
    _para(doc, d["title"], name=XBS, size=22, align="c", indent=False, line=36, after=12)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _body_docx(doc, d["body"])
    if d.get("att"):
        _para(doc, "")
        for i, a in enumerate(d["att"]):
            pre = "附件：" if i == 0 else "　　　"
            _para(doc, pre + (f"{i + 1}.{a}" if len(d["att"]) > 1 else a))
    _para(doc, "")
    if d.get("sign"):
        _para(doc, d["sign"], align="r", indent=False)
    _para(doc, d["date"], align="r", indent=False)
    if d.get("mark_pos", "after_date") == "after_date":
        _para(doc, d["mark"])
    for title, items in d.get("annex", []):
        doc.add_page_break()
        _para(doc, title.split("｜")[0], name=HEI, indent=False)
        _para(doc, title.split("｜")[1], name=XBS, size=20, align="c", indent=False, after=8)
        _body_docx(doc, items)
    if d.get("mark_pos") == "end":
        _para(doc, d["mark"], indent=False, before=12)
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        _para(doc, "")
        first = True
        if d.get("mark_pos") == "banji":
            p = _para(doc, d["mark"], size=14, indent=False)
            _border(p, "top", "000000", 8)
            first = False
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], size=14, indent=False)
            if first:
                _border(p, "top", "000000", 8)
                first = False
        pr = d.get("printed", issuer + "办公室")
        p = _para(doc, f"{pr}　　　　　{d['date']}印发", size=14, indent=False)
        if first:
            _border(p, "top", "000000", 8)
        _border(p, "bottom", "000000", 8)
    doc.save(path)


# ---------------------------------------------------------------- txt
def _body_txt(items):
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "t":
            for row in it[1]:
                out.append(" | ".join(str(x) for x in row))
        elif it.startswith("# "):
            out.append("　　" + it[2:])
        elif it.startswith("## "):
            out.append("　　" + it[3:])
        elif it.startswith("= "):
            out.append("　　　　" + it[2:])
        else:
            out.append("　　" + it)
    return out


def render_txt(d, path):
    kind = d["kind"]
    issuer = d.get("issuer", BUREAU)
    L = []
    if kind == "file":
        L += [issuer + "文件", "", d["docno"], "━" * 24, ""]
    elif kind == "letter":
        L += [issuer, "", d["docno"].rjust(30, "　"), "━" * 24, ""]
    elif kind == "minutes":
        L += [issuer, d.get("minutes_name", "局务会议纪要"), "", d["docno"], "━" * 24, ""]
    if d.get("mark_pos") == "top":
        L.append(d["mark"])
    L += [d["title"], ""]
    if d.get("to"):
        L.append(d["to"])
    L += _body_txt(d["body"])
    if d.get("att"):
        L.append("")
        for i, a in enumerate(d["att"]):
            pre = "　　附件：" if i == 0 else "　　　　　"
            L.append(pre + (f"{i + 1}.{a}" if len(d["att"]) > 1 else a))
    L.append("")
    if d.get("sign"):
        L.append(d["sign"].rjust(28, "　"))
    L.append(d["date"].rjust(28, "　"))
    if d.get("mark_pos", "after_date") == "after_date":
        L.append("　　" + d["mark"])
    for title, items in d.get("annex", []):
        a, b = title.split("｜")
        L += ["", a, "", "　　　　" + b, ""]
        L += _body_txt(items)
    if d.get("mark_pos") == "end":
        L += ["", d["mark"]]
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        L += ["", "─" * 24]
        if d.get("mark_pos") == "banji":
            L.append(d["mark"])
        if d.get("cc"):
            L.append("抄送：" + d["cc"])
        L.append(f"{d.get('printed', issuer + '办公室')}　　　　{d['date']}印发")
        L.append("─" * 24)
    Path(path).write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- checks
def _all_text(d):
    parts = [d["title"], d.get("to", ""), d.get("mark", "")]
    for it in d["body"] + [x for _, items in d.get("annex", []) for x in items]:
        if isinstance(it, tuple):
            parts += [str(c) for row in it[1] for c in row]
        else:
            parts.append(it)
    return "\n".join(parts)


def check(d):
    n = body_chars(d["body"])
    assert n >= 400, (d["title"], n)
    text = _all_text(d)
    for m in ID_RE.finditer(text):
        assert id_ok(m.group(0)), ("bad ID check digit", m.group(0))
    for m in CARD_RE.finditer(text):
        assert luhn_ok(m.group(0)), ("bad card Luhn digit", m.group(0))
    assert d["case"] in ("SECRET", "MIXED", "COMMERCIAL", "MISMATCH", "CLEAN")
    assert d["decision"] in ("approve", "return", "escalate")
    assert d["fmt"] in ("docx", "txt")


def main(outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    docs = cases_secret.DOCS + cases_mixed_comm.DOCS + cases_label_clean.DOCS
    bad = []
    for d in docs:
        try:
            check(d)
        except AssertionError as e:
            bad.append(e)
    assert not bad, bad
    order = list(range(len(docs)))
    random.Random(1108).shuffle(order)  # interleave cases so numbering gives nothing away
    rows = []
    for n, i in enumerate(order, 1):
        d = docs[i]
        name = f"ah{n:03d}.{d['fmt']}"
        (render_docx if d["fmt"] == "docx" else render_txt)(d, out / name)
        rows.append({"file": name, "attribute": d["attr"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["case"],
                     "genre": d["genre"], "issuer": d.get("issuer", BUREAU)})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((d["case"], d["fmt"]) for d in docs)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(docs))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
