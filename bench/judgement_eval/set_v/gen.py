"""Generate the eval11v judgement set: district 人社局 (fictional 衡渠省泊阳市临溪区) and its units.

Usage: /work/main/.venv/bin/python gen.py OUTDIR

Writes OUTDIR/*.docx, OUTDIR/*.txt and OUTDIR/truth.jsonl (format: truth18.md).
Document content lives in cases_*.py next to this file; this script only lays the documents out.
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ids  # noqa: E402
import cases_secret  # noqa: E402
import cases_mixed  # noqa: E402
import cases_commercial  # noqa: E402
import cases_mismatch  # noqa: E402
import cases_clean  # noqa: E402
import extras  # noqa: E402

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text, name=FS, size=16, align=None, indent=True, bold=False, color=None,
          space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    _font(r, name, size, bold, color)
    return p


def _border(p, side, color="E60012", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(cell))
            _font(r, HT if i == 0 else FS, 12)
    return t


def _body_block(doc, items):
    for it in items:
        if isinstance(it, list):
            _table(doc, it)
        elif it.startswith("##"):
            _para(doc, it[2:], name=KT)
        elif it.startswith("#"):
            _para(doc, it[1:], name=HT)
        elif it.startswith("@c"):
            _para(doc, it[2:], name=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif it.startswith("@r"):
            _para(doc, it[2:], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif it.startswith("@l"):
            _para(doc, it[2:], indent=False)
        else:
            _para(doc, it)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    # 版头
    if d.get("issuer_flag"):
        flag_size = min(30, int(430 / max(len(d["issuer_flag"]), 1)))  # keep the 发文机关标志 on one line
        _para(doc, d["issuer_flag"], name=XBS, size=flag_size, align=WD_ALIGN_PARAGRAPH.CENTER,
              indent=False, color=RED, space_after=18)
    if d.get("signer_line"):  # 上行文: 文号居左, 签发人居右
        p = _para(doc, f"{d['wenhao']}\t签发人：{d['signer_line']}", indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    elif d.get("wenhao"):
        p = _para(doc, d["wenhao"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    else:
        p = _para(doc, "", indent=False)
    if d.get("issuer_flag"):
        _border(p, "bottom")
    _para(doc, "", indent=False)
    # 标题
    _para(doc, d["title"], name=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _body_block(doc, d["body"])
    if d.get("att_list"):
        _para(doc, "", indent=False)
        for i, a in enumerate(d["att_list"]):
            prefix = "附件：" if i == 0 else "　　　"
            _para(doc, prefix + (f"{i + 1}．{a}" if len(d["att_list"]) > 1 else a))
    _para(doc, "", indent=False)
    if d.get("sign"):
        for s in d["sign"].split("\n"):
            _para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if d.get("date"):
        _para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if d.get("mark"):
        _para(doc, d["mark"])
    if d.get("contact"):
        _para(doc, d["contact"])
    for ap in d.get("appendix", []):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, ap["label"], name=HT, indent=False)
        if ap.get("title"):
            _para(doc, ap["title"], name=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        _body_block(doc, ap["body"])
    if d.get("cc") or d.get("printed"):
        _para(doc, "", indent=False)
        first = True
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], size=14, indent=False)
            _border(p, "top", "000000", 8)
            first = False
        if d.get("printed"):
            org, dt = d["printed"]
            p = _para(doc, f"{org}\t{dt}印发", size=14, indent=False)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
            if first:
                _border(p, "top", "000000", 8)
            _border(p, "bottom", "000000", 8)
    doc.save(path)


def _txt_block(items):
    out = []
    for it in items:
        if isinstance(it, list):
            for row in it:
                out.append("  ".join(str(c) for c in row))
        elif it.startswith("##") :
            out.append("　　" + it[2:])
        elif it.startswith("#"):
            out.append("　　" + it[1:])
        elif it.startswith("@c"):
            out.append("　　　　" + it[2:])
        elif it.startswith("@r"):
            out.append("　　　　　　　　　　　　" + it[2:])
        elif it.startswith("@l"):
            out.append(it[2:])
        else:
            out.append("　　" + it)
    return out


def render_txt(d, path):
    L = []
    if d.get("issuer_flag"):
        L += [d["issuer_flag"], ""]
    if d.get("signer_line"):
        L.append(f"{d['wenhao']}　　　　签发人：{d['signer_line']}")
    elif d.get("wenhao"):
        L.append(d["wenhao"])
    if d.get("issuer_flag") or d.get("wenhao"):
        L.append("—" * 20)
    L += ["", d["title"], ""]
    if d.get("to"):
        L.append(d["to"])
    L += _txt_block(d["body"])
    if d.get("att_list"):
        L.append("")
        for i, a in enumerate(d["att_list"]):
            prefix = "　　附件：" if i == 0 else "　　　　　"
            L.append(prefix + (f"{i + 1}.{a}" if len(d["att_list"]) > 1 else a))
    L.append("")
    if d.get("sign"):
        L += ["　　　　　　　　　　　　" + s for s in d["sign"].split("\n")]
    if d.get("date"):
        L.append("　　　　　　　　　　　　" + d["date"])
    if d.get("mark"):
        L.append("　　" + d["mark"])
    if d.get("contact"):
        L.append("　　" + d["contact"])
    for ap in d.get("appendix", []):
        L += ["", "", ap["label"]]
        if ap.get("title"):
            L += ["", "　　　　" + ap["title"], ""]
        L += _txt_block(ap["body"])
    if d.get("cc") or d.get("printed"):
        L += ["", "—" * 20]
        if d.get("cc"):
            L.append("抄送：" + d["cc"])
        if d.get("printed"):
            org, dt = d["printed"]
            L.append(f"{org}　　　　{dt}印发")
        L.append("—" * 20)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def body_chars(d):
    n = 0
    for it in d["body"] + [x for ap in d.get("appendix", []) for x in ap["body"]]:
        if isinstance(it, list):
            n += sum(len(str(c)) for row in it for c in row)
        else:
            n += len(it)
    return n


EXPECT = {"secret": 16, "mixed": 12, "commercial": 12, "mismatch": 12, "clean": 20}


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    docs = []
    for mod, case in ((cases_secret, "secret"), (cases_mixed, "mixed"), (cases_commercial, "commercial"),
                      (cases_mismatch, "mismatch"), (cases_clean, "clean")):
        ds = mod.docs()
        assert len(ds) == EXPECT[case], (case, len(ds))
        want_txt = round(len(ds) / 3)  # about 1/3 .txt within every case
        have_txt = sum(1 for d in ds if d.get("fmt") == "txt")
        for d in ds:
            extras.apply(d)
            extras.roughen(d)
            d["case"] = case
            if not d.get("fmt"):
                if have_txt < want_txt and len(docs) % 2:
                    d["fmt"] = "txt"
                    have_txt += 1
                else:
                    d["fmt"] = "docx"
            docs.append(d)
    for d in docs:
        assert body_chars(d) >= 400, (d["title"], body_chars(d))
        t = d["truth"]
        assert t["decision"] in ("approve", "return", "escalate")
        assert t["attribute"] in ("主动公开", "依申请公开", "不予公开", None)
    ids.self_check()
    rng = random.Random(1107)
    rng.shuffle(docs)
    rows = []
    n_docx = 0
    for i, d in enumerate(docs, 1):
        fmt = d["fmt"]
        name = f"lx{i:03d}.{fmt}"
        path = os.path.join(outdir, name)
        if fmt == "docx":
            render_docx(d, path)
            n_docx += 1
        else:
            render_txt(d, path)
        t = d["truth"]
        rows.append({"file": name, "attribute": t["attribute"], "decision": t["decision"],
                     "codes": t["codes"], "note": t["note"], "case": d["case"], "issuer": d["unit"],
                     "genre": d["genre"]})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents ({n_docx} docx, {len(rows) - n_docx} txt) to {outdir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
