"""Generate the eval11ae judgement set: social-insurance agency documents of a fictional city.

Run: /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/<case>/<nn>.docx|.txt and OUTDIR/truth.jsonl (issue-18 truth format).
Fictional issuer: 沂澜省岱宁市人力资源和社会保障局 and its 岱宁市社会保险事业管理中心.
"""
import json
import random
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cases_secret
import cases_mixed
import cases_commercial
import cases_mismatch
import cases_clean
from ids import id_ok, luhn_ok

RED = RGBColor(0xC0, 0x00, 0x00)


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _border(par, side="bottom", color="C00000", sz="12"):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def _p(doc, text, align=None, indent=True, **kw):
    par = doc.add_paragraph()
    if align is not None:
        par.alignment = align
    if indent and align is None:
        par.paragraph_format.first_line_indent = Pt(32)
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.line_spacing = Pt(28)
    _font(par.add_run(text), **kw)
    return par


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            _font(c.paragraphs[0].add_run(str(cell)), size=11, bold=(i == 0))
    return t


def render_docx(d, path):
    """Write one document in a GB/T 9704-like layout."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    if d.get("head"):
        _p(doc, d["head"], align=WD_ALIGN_PARAGRAPH.CENTER, name="方正小标宋简体", size=30, bold=True, color=RED)
        _p(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    if d.get("zihao"):
        par = _p(doc, d["zihao"], align=WD_ALIGN_PARAGRAPH.CENTER)
        _border(par)
    elif d.get("head"):
        _border(_p(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER))
    _p(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in d["title"].split("\n"):
        _p(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, name="方正小标宋简体", size=22)
    _p(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    if d.get("to"):
        _p(doc, d["to"], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    for block in d["body"]:
        if isinstance(block, list):
            _table(doc, block)
        else:
            bold = block.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "七、"))
            _p(doc, block, name="黑体" if bold else "仿宋_GB2312")
    if d.get("attach_list"):
        _p(doc, "")
        for i, a in enumerate(d["attach_list"]):
            prefix = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}．" if len(d["attach_list"]) > 1 else ""
            _p(doc, f"{prefix}{num}{a}")
    _p(doc, "")
    for s in d.get("sign", []):
        _p(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.get("date"):
        _p(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.get("mark") and d.get("mark_pos", "after_date") == "after_date":
        _p(doc, d["mark"])
    if d.get("contact"):
        _p(doc, d["contact"])
    for att in d.get("attachments", []):
        doc.add_page_break()
        _p(doc, att["label"], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, name="黑体")
        _p(doc, att["title"], align=WD_ALIGN_PARAGRAPH.CENTER, name="方正小标宋简体", size=20)
        for block in att["body"]:
            if isinstance(block, list):
                _table(doc, block)
            else:
                _p(doc, block)
    if d.get("banji", True) and (d.get("cc") or d.get("printed")):
        _p(doc, "")
        if d.get("mark") and d.get("mark_pos") == "banji":
            _border(_p(doc, d["mark"], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=14), side="top", color="000000", sz="8")
        if d.get("cc"):
            par = _p(doc, "抄送：" + d["cc"], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=14)
            _border(par, side="top", color="000000", sz="8")
        if d.get("printed"):
            par = _p(doc, d["printed"], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT, size=14)
            _border(par, side="bottom", color="000000", sz="8")
    doc.save(path)


def render_txt(d, path):
    """Write one document as plain text with the same parts in order."""
    out = []
    if d.get("head"):
        out += [d["head"], ""]
    if d.get("zihao"):
        out += [d["zihao"], "—" * 20]
    out += [""] + d["title"].split("\n") + [""]
    if d.get("to"):
        out.append(d["to"])
    for block in d["body"]:
        if isinstance(block, list):
            out += ["｜".join(str(c) for c in row) for row in block]
        else:
            out.append("　　" + block)
    if d.get("attach_list"):
        out.append("")
        for i, a in enumerate(d["attach_list"]):
            prefix = "　　附件：" if i == 0 else "　　　　　"
            num = f"{i + 1}．" if len(d["attach_list"]) > 1 else ""
            out.append(f"{prefix}{num}{a}")
    out.append("")
    out += ["　" * 16 + s for s in d.get("sign", [])]
    if d.get("date"):
        out.append("　" * 16 + d["date"])
    if d.get("mark") and d.get("mark_pos", "after_date") == "after_date":
        out.append("　　" + d["mark"])
    if d.get("contact"):
        out.append("　　" + d["contact"])
    for att in d.get("attachments", []):
        out += ["", att["label"], "", att["title"], ""]
        for block in att["body"]:
            if isinstance(block, list):
                out += ["｜".join(str(c) for c in row) for row in block]
            else:
                out.append("　　" + block)
    if d.get("cc") or d.get("printed"):
        out += ["", "—" * 20]
        if d.get("mark") and d.get("mark_pos") == "banji":
            out.append(d["mark"])
        if d.get("cc"):
            out.append("抄送：" + d["cc"])
        if d.get("printed"):
            out.append(d["printed"])
        out.append("—" * 20)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def _text(d):
    parts = []
    for block in d["body"]:
        parts.append("".join("".join(map(str, r)) for r in block) if isinstance(block, list) else block)
    for att in d.get("attachments", []):
        for block in att["body"]:
            parts.append("".join("".join(map(str, r)) for r in block) if isinstance(block, list) else block)
    return "".join(parts)


def _all_text(d):
    return "".join([d["title"], d.get("head", ""), d.get("to", ""), _text(d), " ".join(d.get("sign", [])),
                    d.get("contact", ""), d.get("cc", ""), d.get("printed", ""), " ".join(d.get("attach_list", [])),
                    " ".join(a["title"] for a in d.get("attachments", []))])


def check(d):
    """Assert the set's own rules on one document."""
    body = _text(d)
    if len(body) < 400:
        SHORT.append((d["file"], len(body)))
    if d["case"] in ("secret", "commercial"):
        full = _all_text(d)
        for w in ("秘密", "机密"):
            assert w not in full, (d["file"], w)
        if d["case"] == "secret":
            assert "保密" not in full, (d["file"], "保密")
    for v in d.get("ids", []):
        assert id_ok(v), (d["file"], "id")
    for v in d.get("cards", []):
        assert luhn_ok(v), (d["file"], "card")
    if d.get("mark_pos") == "banji":
        assert d.get("cc") or d.get("printed"), (d["file"], "banji mark needs a 版记")
    assert d["decision"] in ("approve", "return", "escalate")
    assert d["attribute"] in ("主动公开", "依申请公开", "不予公开", None)


def _norm(blocks):
    """Group consecutive row lists (lists of str) into one table; keep tables and paragraphs."""
    out = []
    for b in blocks:
        if isinstance(b, list) and b and not isinstance(b[0], list):
            if out and isinstance(out[-1], list) and getattr(out[-1], "_rows", False):
                out[-1].append(b)
            else:
                t = _Rows([b])
                out.append(t)
        else:
            out.append(b)
    return out


SHORT = []


class _Rows(list):
    _rows = True


def main(outdir):
    docs = (cases_secret.DOCS + cases_mixed.DOCS + cases_commercial.DOCS
            + cases_mismatch.DOCS + cases_clean.DOCS)
    os.makedirs(outdir, exist_ok=True)
    seen = set()
    rows = []
    # Neutral, shuffled file names so that a path never hints at the case.
    order = list(range(len(docs)))
    random.Random(11).shuffle(order)
    for n, i in enumerate(order, 1):
        docs[i]["seq"] = n
    docs = sorted(docs, key=lambda x: x["seq"])
    for d in docs:
        d["file"] = f"ae{d['seq']:03d}.{d['fmt']}"
        assert d["file"] not in seen, d["file"]
        seen.add(d["file"])
        d["body"] = _norm(d["body"])
        for a in d["attachments"]:
            a["body"] = _norm(a["body"])
        check(d)
        path = os.path.join(outdir, d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        (render_docx if d["fmt"] == "docx" else render_txt)(d, path)
        rows.append({"file": d["file"], "attribute": d["attribute"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["case"], "src_id": d["id"],
                     "genre": d["genre"]})
    assert not SHORT, SHORT
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {outdir}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")
