"""Generate the eval11am judgement set (fictional 格尔勒蒙古族藏族自治州人社局).

Usage: /work/main/.venv/bin/python gen.py OUTDIR

Writes about two thirds .docx (GB/T 9704-like layout) and one third .txt, plus OUTDIR/truth.jsonl
(format of /work/briefs/truth18.md, extra columns `case`, `genre`, `fmt`).
The document texts live in cases_*.py next to this file; this script only lays them out.
"""
import json
import random
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cases_secret  # noqa: E402
import cases_mixed  # noqa: E402
import cases_commercial  # noqa: E402
import cases_mismatch  # noqa: E402
import cases_clean  # noqa: E402

RED = RGBColor(0xE0, 0x10, 0x10)

# ---------------------------------------------------------------- identifiers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return ID_C[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def luhn_valid(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_id(area: str, birth: str, seq: str) -> str:
    first = area + birth + seq
    assert len(first) == 17
    full = first + id_check(first)
    assert id_valid(full)
    return full


def mask_id(full: str) -> str:
    assert id_valid(full), full
    return full[:3] + "*" * 11 + full[-4:]


# ---------------------------------------------------------------- docx helpers
def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text="", align=None, size=16, font="仿宋_GB2312", bold=False, indent=True,
          color=None, space_after=0, left_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28.95)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _bottom_border(p, color="E01010", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _top_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            _font(run, "黑体" if i == 0 else "仿宋_GB2312", 12)
    return t


def _body_items(doc, items):
    for it in items:
        if isinstance(it, tuple) and it[0] == "t":
            _table(doc, it[1])
        elif isinstance(it, tuple) and it[0] == "h":
            _para(doc, it[1], font="黑体")
        elif isinstance(it, tuple) and it[0] == "h2":
            _para(doc, it[1], font="楷体_GB2312")
        elif isinstance(it, tuple) and it[0] == "c":  # centred line (sub-title inside an attachment)
            _para(doc, it[1], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体", size=18)
        else:
            _para(doc, it)


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.font.size = Pt(16)

    if d.get("mark_pos") == "top":
        _para(doc, d["mark"], indent=False, font="黑体")
    if d.get("copy_no"):
        _para(doc, d["copy_no"], indent=False)
    head = d.get("head")
    if head:
        _para(doc, head, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体",
              size=d.get("head_size", 30), color=RED, space_after=12)
    if d.get("no"):
        p = _para(doc, d["no"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    else:
        p = _para(doc, "", indent=False)
    if head:
        _bottom_border(p)
    _para(doc, "", indent=False)
    _para(doc, d["title"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体", size=22)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _body_items(doc, d["body"])
    att = d.get("attach_list") or []
    if att:
        _para(doc, "")
        for i, a in enumerate(att):
            label = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}." if len(att) > 1 else ""
            _para(doc, f"{label}{num}{a}", left_chars=0)
    _para(doc, "")
    if d.get("sign"):
        for s in d["sign"].split("\n"):
            _para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    _para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        _para(doc, d["mark"])
    if d.get("contact"):
        _para(doc, d["contact"])
    for a in d.get("attachments") or []:
        p = _para(doc, "", indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(doc, a["label"], indent=False, font="黑体")
        if a.get("title"):
            _para(doc, a["title"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font="方正小标宋简体", size=20)
        _body_items(doc, a["body"])
    # 版记
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        _para(doc, "", indent=False)
        first = True
        if d.get("mark_pos") == "banji":
            p = _para(doc, d["mark"], indent=False, size=14, left_chars=1)
            _top_border(p, 12)
            first = False
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], indent=False, size=14, left_chars=1)
            if first:
                _top_border(p, 12)
                first = False
        if d.get("printed"):
            p = _para(doc, d["printed"], indent=False, size=14, left_chars=1)
            _top_border(p, 6)
            pb = _para(doc, "", indent=False, size=6)
            _top_border(pb, 12)
    doc.core_properties.author = d.get("author", "格州人社局")
    doc.core_properties.title = d["title"]
    doc.save(path)


# ---------------------------------------------------------------- txt
def _txt_items(items):
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "t":
            for row in it[1]:
                out.append("  ".join(str(v) for v in row))
        elif isinstance(it, tuple):
            out.append(it[1])
        else:
            out.append("　　" + it)
    return out


def render_txt(d):
    lines = []
    if d.get("mark_pos") == "top":
        lines += [d["mark"], ""]
    if d.get("head"):
        lines.append(d["head"])
    if d.get("no"):
        lines.append(d["no"])
    lines.append("")
    lines.append(d["title"])
    lines.append("")
    if d.get("to"):
        lines.append(d["to"])
    lines += _txt_items(d["body"])
    att = d.get("attach_list") or []
    if att:
        lines.append("")
        for i, a in enumerate(att):
            num = f"{i + 1}." if len(att) > 1 else ""
            lines.append(("附件：" if i == 0 else "　　　") + num + a)
    lines.append("")
    if d.get("sign"):
        lines += d["sign"].split("\n")
    lines.append(d["date"])
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        lines.append(d["mark"])
    if d.get("contact"):
        lines.append(d["contact"])
    for a in d.get("attachments") or []:
        lines += ["", a["label"]]
        if a.get("title"):
            lines.append(a["title"])
        lines += _txt_items(a["body"])
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        lines += ["", "—" * 20]
        if d.get("mark_pos") == "banji":
            lines.append(d["mark"])
        if d.get("cc"):
            lines.append("抄送：" + d["cc"])
        if d.get("printed"):
            lines.append(d["printed"])
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checks
def body_text(d):
    parts = _txt_items(d["body"])
    for a in d.get("attachments") or []:
        parts += _txt_items(a["body"])
    return "".join(parts)


def check_identifiers(text, name):
    for m in re.finditer(r"(?<![0-9])[0-9]{15,19}[0-9Xx]?(?![0-9])", text):
        s = m.group(0)
        if len(s) == 18 and id_valid(s):
            continue
        if s.isdigit() and 16 <= len(s) <= 19 and luhn_valid(s):
            continue
        raise AssertionError(f"{name}: digit run {s} is neither a valid ID nor Luhn-valid")
    for m in re.finditer(r"\b(\d{4}) \*{4} \*{4} (\d{4})\b", text):
        pass  # masked cards carry only 8 digits; validity asserted where they are generated


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    docs = (cases_secret.CASES + cases_mixed.CASES + cases_commercial.CASES
            + cases_mismatch.CASES + cases_clean.CASES)
    rng = random.Random(1108)
    order = list(range(len(docs)))
    rng.shuffle(order)
    rows = []
    seen = set()
    for n, idx in enumerate(order, 1):
        d = docs[idx]
        assert d["key"] not in seen, d["key"]
        seen.add(d["key"])
        name = f"am{n:03d}.{d['fmt']}"
        blen = len(body_text(d))
        assert blen >= 400, (d["key"], blen)
        if d["fmt"] == "docx":
            write_docx(d, out / name)
            full = render_txt(d)
        else:
            full = render_txt(d)
            (out / name).write_text(full, encoding="utf-8")
        check_identifiers(full, d["key"])
        assert d["decision"] in ("approve", "return", "escalate")
        assert d["attribute"] in ("主动公开", "依申请公开", "不予公开", None)
        rows.append({
            "file": name, "attribute": d["attribute"], "decision": d["decision"], "codes": d["codes"],
            "note": d["note"], "case": d["case"], "genre": d["genre"], "fmt": d["fmt"], "key": d["key"],
        })
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["fmt"]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
