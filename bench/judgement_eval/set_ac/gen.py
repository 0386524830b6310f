"""Generate the eval11ac judgement test set (fictional 临泷市人力资源和社会保障局, 鹭屿省).

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes about 72 documents (.docx with a GB/T 9704-like layout, and .txt) into OUTDIR and
OUTDIR/truth.jsonl (one row per document, issue-18 truth format).  The document texts live in
content_*.py next to this file; this module only renders them and writes the truth file.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))

import content_clean  # noqa: E402
import content_commercial  # noqa: E402
import content_mismatch  # noqa: E402
import content_mixed  # noqa: E402
import content_secret  # noqa: E402
from ids import assert_ids_valid  # noqa: E402

BUREAU = "临泷市人力资源和社会保障局"
RED = RGBColor(0xE0, 0x00, 0x00)
CASES = ("secret", "mixed", "commercial", "mismatch", "clean")
EXPECTED = {"secret": 16, "mixed": 12, "commercial": 12, "mismatch": 12, "clean": 20}


# ---------------------------------------------------------------- helpers
def _font(run, name: str, size: float, bold: bool = False, color=None) -> None:
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text: str, *, font="仿宋_GB2312", size=16, bold=False, align=None,
          indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _rule(p, color="E00000", size=12, where="bottom") -> None:
    """Draw a horizontal rule as a paragraph border (red 分隔线 or black 版记 lines)."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{where}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def _table(doc, rows) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        assert len(row) == len(rows[0]), row
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            _font(run, "黑体" if i == 0 else "仿宋_GB2312", 12, bold=False)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _body_docx(doc, items) -> None:
    for it in items:
        if isinstance(it, str):
            _para(doc, it, align="justify")
        elif it[0] == "h1":
            _para(doc, it[1], font="黑体")
        elif it[0] == "h2":
            _para(doc, it[1], font="楷体_GB2312")
        elif it[0] == "table":
            _table(doc, it[1])
        elif it[0] == "center":
            _para(doc, it[1], align="center", indent=False, font="黑体")
        elif it[0] == "right":
            _para(doc, it[1], align="right", indent=False)
        else:
            raise ValueError(it)


def _mark_para(doc, text):
    _para(doc, text, indent=True)


# ---------------------------------------------------------------- docx
def render_docx(d: dict, path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    kind = d.get("kind", "file")
    org = d.get("org", BUREAU)

    if kind == "file":
        _para(doc, org + "文件", font="方正小标宋简体", size=30, align="center",
              indent=False, color=RED, space_after=20)
    elif kind == "letter":
        _para(doc, org, font="方正小标宋简体", size=26, align="center", indent=False,
              color=RED, space_after=6)
    elif kind == "brief":
        _para(doc, d.get("brief_name", "工作简报"), font="方正小标宋简体", size=36,
              align="center", indent=False, color=RED)
        _para(doc, d.get("issue", "第1期"), align="center", indent=False)
    elif kind == "minutes":
        _para(doc, org + "会议纪要", font="方正小标宋简体", size=28, align="center",
              indent=False, color=RED, space_after=12)
    if kind in ("file", "letter", "minutes"):
        if d.get("signer"):
            p = _para(doc, f"{d['no']}　　　　　　　签发人：{d['signer']}", indent=False,
                      align="center")
        else:
            p = _para(doc, d.get("no", ""), align="center" if kind != "letter" else "right",
                      indent=False)
        _rule(p)
    elif kind == "brief":
        p = _para(doc, f"{d.get('editor', BUREAU + '办公室')}编　　　　{d['date']}", indent=False,
                  align="center")
        _rule(p)
    if d.get("mark_pos") == "top":
        _para(doc, d["mark"], indent=False, align="right")
    _para(doc, "", indent=False)
    _para(doc, d["title"], font="方正小标宋简体", size=22, align="center", indent=False,
          space_after=12)
    if d.get("to"):
        _para(doc, d["to"] + "：", indent=False)
    _body_docx(doc, d["body"])
    if d.get("attach"):
        _para(doc, "", indent=False)
        for i, a in enumerate(d["attach"]):
            lead = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}．" if len(d["attach"]) > 1 else ""
            _para(doc, f"{lead}{num}{a}", indent=True)
    if kind not in ("brief",):
        _para(doc, "", indent=False)
        _para(doc, d.get("sign", BUREAU), align="right", indent=False)
        _para(doc, d["date"], align="right", indent=False)
    if d.get("mark_pos", "after_date") == "after_date":
        _mark_para(doc, d["mark"])
    if d.get("contact"):
        _para(doc, d["contact"], indent=True)
    for label, atitle, abody in d.get("appendices", []):
        doc.add_page_break()
        _para(doc, label, font="黑体", indent=False)
        _para(doc, atitle, font="方正小标宋简体", size=20, align="center", indent=False,
              space_after=8)
        _body_docx(doc, abody)
    # 版记
    if d.get("cc") or d.get("printer") or d.get("mark_pos") == "banji":
        _para(doc, "", indent=False)
        first = True
        if d.get("mark_pos") == "banji":
            p = _para(doc, d["mark"], indent=False, size=14)
            _rule(p, "000000", 8, "top")
            first = False
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], indent=False, size=14)
            if first:
                _rule(p, "000000", 8, "top")
                first = False
        if d.get("printer"):
            p = _para(doc, d["printer"], indent=False, size=14)
            if first:
                _rule(p, "000000", 8, "top")
            _rule(p, "000000", 8, "bottom")
    doc.save(path)


# ---------------------------------------------------------------- txt
def _body_txt(items) -> list[str]:
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("　　" + it)
        elif it[0] in ("h1", "h2"):
            out.append("　　" + it[1])
        elif it[0] == "table":
            for row in it[1]:
                out.append("　　" + " | ".join(str(c) for c in row))
        elif it[0] == "center":
            out.append("　　　　　　　　" + it[1])
        elif it[0] == "right":
            out.append("　　　　　　　　　　　　　　　　" + it[1])
    return out


def render_txt(d: dict, path: Path) -> None:
    kind = d.get("kind", "file")
    org = d.get("org", BUREAU)
    L: list[str] = []
    if kind == "file":
        L += [org + "文件", ""]
    elif kind == "letter":
        L += [org, ""]
    elif kind == "brief":
        L += [d.get("brief_name", "工作简报"), d.get("issue", "第1期"),
              f"{d.get('editor', BUREAU + '办公室')}编　　　　{d['date']}"]
    elif kind == "minutes":
        L += [org + "会议纪要", ""]
    if kind in ("file", "letter", "minutes"):
        if d.get("signer"):
            L.append(f"{d['no']}　　　　签发人：{d['signer']}")
        elif d.get("no"):
            L.append(d["no"])
    if kind != "plain":
        L.append("━━━━━━━━━━━━━━━━━━━━━━━━")
    if d.get("mark_pos") == "top":
        L.append(d["mark"])
    L += ["", d["title"], ""]
    if d.get("to"):
        L.append(d["to"] + "：")
    L += _body_txt(d["body"])
    if d.get("attach"):
        L.append("")
        for i, a in enumerate(d["attach"]):
            lead = "　　附件：" if i == 0 else "　　　　　"
            num = f"{i + 1}．" if len(d["attach"]) > 1 else ""
            L.append(f"{lead}{num}{a}")
    if kind != "brief":
        L += ["", "　　　　　　　　　　　　　　" + d.get("sign", BUREAU),
              "　　　　　　　　　　　　　　　　" + d["date"]]
    if d.get("mark_pos", "after_date") == "after_date":
        L.append("　　" + d["mark"])
    if d.get("contact"):
        L.append("　　" + d["contact"])
    for label, atitle, abody in d.get("appendices", []):
        L += ["", "", label, "", "　　　　" + atitle, ""]
        L += _body_txt(abody)
    if d.get("cc") or d.get("printer") or d.get("mark_pos") == "banji":
        L += ["", "────────────────────────"]
        if d.get("mark_pos") == "banji":
            L.append(d["mark"])
        if d.get("cc"):
            L.append("抄送：" + d["cc"])
        if d.get("printer"):
            L.append(d["printer"])
        L.append("────────────────────────")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- main
def _body_chars(d: dict) -> int:
    n = 0
    items = list(d["body"])
    for _, _, ab in d.get("appendices", []):
        items += ab
    for it in items:
        if isinstance(it, str):
            n += len(it)
        elif it[0] == "table":
            n += sum(len(str(c)) for r in it[1] for c in r)
        else:
            n += len(it[1])
    return n


def collect() -> list[dict]:
    docs = []
    for mod, case in ((content_secret, "secret"), (content_mixed, "mixed"),
                      (content_commercial, "commercial"), (content_mismatch, "mismatch"),
                      (content_clean, "clean")):
        for d in mod.DOCS:
            d["case"] = case
            docs.append(d)
    return docs


def check(docs: list[dict]) -> None:
    counts = {c: sum(1 for d in docs if d["case"] == c) for c in CASES}
    assert counts == EXPECTED, counts
    forbidden = ("秘密", "机密", "绝密", "商业秘密", "保密", "密级", "涉密")
    for d in docs:
        key = d["key"]
        assert d["fmt"] in ("docx", "txt"), key
        assert _body_chars(d) >= 400, (key, _body_chars(d))
        t = d["truth"]
        assert t["decision"] in ("approve", "return", "escalate"), key
        assert t["attribute"] in ("主动公开", "依申请公开", "不予公开", None), key
        if d["case"] in ("secret", "commercial"):
            blob = json.dumps(d, ensure_ascii=False)
            for w in forbidden:
                assert w not in blob, (key, w)
        if d["case"] == "clean":
            assert t["decision"] == "approve" and t["codes"] == [], key
        assert_ids_valid(json.dumps(d, ensure_ascii=False), key)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: gen.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = collect()
    check(docs)
    order = list(range(len(docs)))
    random.Random(1107).shuffle(order)
    rows = []
    for n, idx in enumerate(order, start=1):
        d = docs[idx]
        name = f"ac{n:03d}.{d['fmt']}"
        if d["fmt"] == "docx":
            render_docx(d, out / name)
        else:
            render_txt(d, out / name)
        t = d["truth"]
        rows.append({"file": name, "attribute": t["attribute"], "decision": t["decision"],
                     "codes": t["codes"], "note": t["note"], "case": d["case"],
                     "genre": d.get("genre", ""), "key": d["key"]})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
