"""Generate the eval11av set: review panels and unannounced inspections (issue 11, round 10).

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes 36 documents (24 .docx in GB/T 9704 layout, 12 .txt) and OUTDIR/truth.jsonl.
The setting is fictional: 东澥省屿州市代管的县级市蚝浦市, its 人力资源和社会保障局, the
劳动保障监察大队, the 公共就业服务中心 and the 人事考试中心.

Case content lives in cases_panel.py, cases_inspect.py and cases_clean.py; this file only renders.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cases_clean  # noqa: E402
import cases_inspect  # noqa: E402
import cases_panel  # noqa: E402

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

# ---------------------------------------------------------------- checks

_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_C = "10X98765432"


def gb11643_ok(s: str) -> bool:
    """True when an 18-character 公民身份号码 carries a valid GB 11643 check digit."""
    total = sum(int(c) * w for c, w in zip(s[:17], _ID_W))
    return _ID_C[total % 11] == s[17].upper()


def luhn_ok(s: str) -> bool:
    """True when a digit string passes the Luhn check."""
    digits = [int(c) for c in s][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_numbers(name: str, text: str) -> None:
    """No document may hold an ID number or a bank card; any 18-char ID-shaped run must be valid."""
    for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", text):
        assert gb11643_ok(m.group()), f"{name}: bad ID check digit {m.group()[:6]}…"
    for m in re.finditer(r"(?<![0-9])[0-9]{16,19}(?![0-9])", text):
        assert luhn_ok(m.group()), f"{name}: bad Luhn digit in {m.group()[:4]}…"
    # this set promises none at all
    assert not re.search(r"[0-9]{15,}", text), f"{name}: long digit run present"


def body_text(case: dict) -> str:
    """The body as plain text (正文 + 附件 pages), used for the 400-character minimum."""
    parts = []
    for blk in case["body"] + case.get("appendix", []):
        parts.append(_block_text(blk))
    return "\n".join(parts)


def _block_text(blk) -> str:
    kind = blk[0]
    if kind == "table":
        return "\n".join("".join(r) for r in [blk[1]] + blk[2])
    if kind == "break":
        return ""
    return blk[1]


# ---------------------------------------------------------------- docx

def _font(run, name: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _border(par, side: str, size: int = 12, color: str = "E60012") -> None:
    ppr = par._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _para(doc, text: str = "", *, font=FS, size=16, bold=False, align=None, indent=True,
          color=None, space_after=0, left_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, vals in enumerate([header] + rows):
        for c, val in enumerate(vals):
            cell = t.cell(r, c)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(val), HEI if r == 0 else FS, 12)
            if widths:
                cell.width = Cm(widths[c])
    if widths:
        t.autofit = False
        for c, w in enumerate(widths):
            t.columns[c].width = Cm(w)
    return t


def _blocks_docx(doc, blocks):
    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            _para(doc, blk[1])
        elif kind == "h1":
            _para(doc, blk[1], font=HEI)
        elif kind == "h2":
            _para(doc, blk[1], font=KAI)
        elif kind == "plain":
            _para(doc, blk[1], indent=False)
        elif kind == "center":
            _para(doc, blk[1], font=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "table":
            _table(doc, blk[1], blk[2], blk[3] if len(blk) > 3 else None)
            _para(doc, "", indent=False)
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def write_docx(case: dict, path: Path) -> None:
    """Render one case in GB/T 9704 shape: 版头, 主体, 版记."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = FS
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    if case.get("copy_no"):
        _para(doc, case["copy_no"], font=HEI, indent=False)
    _para(doc, "", indent=False)
    _para(doc, case["mark"], font=XBS, size=case.get("mark_size", 36), color=RED,
          align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12)
    _para(doc, "", indent=False)
    no = _para(doc, case["doc_no"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)
    _border(no, "bottom", 18)
    _para(doc, "", indent=False)
    # 主体
    _para(doc, case["title"], font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _para(doc, "", indent=False)
    if case.get("to"):
        _para(doc, case["to"], indent=False)
    _blocks_docx(doc, case["body"])
    if case.get("attach"):
        _para(doc, "", indent=False)
        for i, a in enumerate(case["attach"]):
            prefix = "附件：" if i == 0 else "      "
            label = f"{i + 1}．{a}" if len(case["attach"]) > 1 else a
            _para(doc, prefix + label, indent=True)
    _para(doc, "", indent=False)
    _para(doc, "", indent=False)
    for s in case["sign"]:
        _para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, case["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if case.get("open_pos", "after_date") == "after_date" and case.get("open_line"):
        _para(doc, case["open_line"], indent=True)
    if case.get("contact"):
        _para(doc, case["contact"], indent=True)
    if case.get("appendix"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _blocks_docx(doc, case["appendix"])
    # 版记
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for _ in range(3):
        _para(doc, "", indent=False)
    first = None
    if case.get("open_pos") == "banji" and case.get("open_line"):
        first = _para(doc, case["open_line"], size=14, indent=False, left_chars=1)
    if case.get("cc"):
        p = _para(doc, "抄送：" + case["cc"], size=14, indent=False, left_chars=1)
        first = first or p
    last = _para(doc, case["printer"] + "          " + case["print_date"] + "印发",
                 size=14, indent=False, left_chars=1)
    first = first or last
    _border(first, "top", 8, "000000")
    _border(last, "bottom", 8, "000000")
    doc.core_properties.title = case["title"]
    doc.core_properties.author = "蚝浦市人力资源和社会保障局"
    doc.save(path)


# ---------------------------------------------------------------- txt

def write_txt(case: dict, path: Path) -> None:
    """Render one case as plain text keeping the order of a 公文's parts."""
    out = []
    if case.get("copy_no"):
        out.append(case["copy_no"])
    out += [case["mark"], "", case["doc_no"], "—" * 20, "", case["title"], ""]
    if case.get("to"):
        out.append(case["to"])
    out += _blocks_txt(case["body"])
    if case.get("attach"):
        out.append("")
        for i, a in enumerate(case["attach"]):
            label = f"{i + 1}．{a}" if len(case["attach"]) > 1 else a
            out.append(("附件：" if i == 0 else "　　　") + label)
    out += ["", ""]
    out += [" " * 24 + s for s in case["sign"]]
    out.append(" " * 24 + case["date"])
    if case.get("open_pos", "after_date") == "after_date" and case.get("open_line"):
        out.append("　　" + case["open_line"])
    if case.get("contact"):
        out.append("　　" + case["contact"])
    if case.get("appendix"):
        out += ["", ""] + _blocks_txt(case["appendix"])
    out += ["", "—" * 20]
    if case.get("open_pos") == "banji" and case.get("open_line"):
        out.append(case["open_line"])
    if case.get("cc"):
        out.append("抄送：" + case["cc"])
    out.append(case["printer"] + "　　　　" + case["print_date"] + "印发")
    out.append("—" * 20)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _blocks_txt(blocks):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("p", "h1", "h2"):
            out.append("　　" + blk[1])
        elif kind == "plain":
            out.append(blk[1])
        elif kind == "center":
            out += ["", "　　　　" + blk[1], ""]
        elif kind == "table":
            out.append("｜".join(blk[1]))
            out += ["｜".join(r) for r in blk[2]]
        elif kind == "break":
            out += ["", ""]
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    return out


# ---------------------------------------------------------------- main

def all_cases() -> list[dict]:
    cases = cases_panel.CASES + cases_inspect.CASES + cases_clean.CASES
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    return cases


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    cases = all_cases()
    order = list(range(len(cases)))
    random.Random(1110).shuffle(order)
    rows = []
    for seq, idx in enumerate(order, 1):
        case = cases[idx]
        name = f"hp{seq:02d}.{case['fmt']}"
        body = body_text(case)
        assert len(body.replace("\n", "")) >= 400, f"{case['id']}: body too short ({len(body)})"
        full = "\n".join([case["title"], case.get("to", ""), body, case.get("contact", ""),
                          case.get("cc", ""), case["date"]])
        check_numbers(case["id"], full)
        assert case["fmt"] in ("docx", "txt")
        (write_docx if case["fmt"] == "docx" else write_txt)(case, out / name)
        rows.append({
            "file": name,
            "attribute": case["attribute"],
            "decision": case["decision"],
            "codes": case["codes"],
            "note": case["note"],
            "case": case["id"],
            "kind": case["kind"],
            "genre": case["genre"],
            "pair": case.get("pair", ""),
        })
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = {}
    for r in rows:
        key = (r["kind"], r["file"].rsplit(".", 1)[1])
        kinds[key] = kinds.get(key, 0) + 1
    print(f"wrote {len(rows)} documents to {out}")
    for k in sorted(kinds):
        print(f"  {k[0]:<12} {k[1]:<5} {kinds[k]}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
