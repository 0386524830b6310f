"""Generate the eval11aj evaluation set: fictional 柘阳市人力资源和社会保障局 (青岫省) outgoing 公文.

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/dNNN.docx|.txt and OUTDIR/truth.jsonl (format of /work/briefs/truth18.md).
Document texts live in the sibling modules cases_*.py; this file only lays them out.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cases_secret  # noqa: E402
import cases_mixed  # noqa: E402
import cases_commercial  # noqa: E402
import cases_label  # noqa: E402
import cases_clean  # noqa: E402
from ids import check_id, check_luhn  # noqa: E402
import extras  # noqa: E402

BUREAU = "柘阳市人力资源和社会保障局"
ISSUERS = {
    "bureau": ("柘阳市人力资源和社会保障局文件", BUREAU, "柘阳市人力资源和社会保障局办公室"),
    "bureau_letter": ("柘阳市人力资源和社会保障局", BUREAU, "柘阳市人力资源和社会保障局办公室"),
    "sbzx": ("柘阳市社会保险事业管理中心文件", "柘阳市社会保险事业管理中心", "柘阳市社会保险事业管理中心综合科"),
    "jyzx": ("柘阳市公共就业和人才服务中心文件", "柘阳市公共就业和人才服务中心", "柘阳市公共就业和人才服务中心办公室"),
    "joint": ("柘阳市人力资源和社会保障局\n柘阳市财政局", "柘阳市人力资源和社会保障局　　柘阳市财政局", "柘阳市人力资源和社会保障局办公室"),
}

MARKS = {
    "主动公开": ["（此件公开发布）", "公开方式：主动公开", "（此件主动公开）", "公开属性：主动公开"],
    "依申请公开": ["（此件依申请公开）", "公开方式：依申请公开", "公开属性：依申请公开"],
    "不予公开": ["（此件不予公开）", "公开方式：不予公开", "公开属性：不予公开"],
}

FANG = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def mark_text(doc: dict, idx: int) -> str:
    """The 公开属性 line for a document (explicit override or a rotating house style)."""
    if doc.get("mark"):
        return doc["mark"]
    styles = MARKS[doc["attribute"]]
    return styles[idx % len(styles)]


def mark_position(text: str) -> str:
    """Bracketed marks go under the date; '公开方式/属性：' lines go into the 版记."""
    return "after_date" if text.startswith("（") else "banji"


# ---------------------------------------------------------------- docx helpers

def _font(run, name: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
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


def _para(d, text: str = "", font: str = FANG, size: float = 16, align=None, indent: bool = False,
          bold: bool = False, color=None, space_after: float = 0):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _border(p, side: str, color: str = "FF0000", size: int = 12) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def _page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    _font(run, "宋体", 14)
    _font(p.add_run(" —"), "宋体", 14)


def _body_para(d, text: str) -> None:
    """Level headings (一、 / （一）) get 黑体 / 楷体 like a real drafter's template."""
    if text.startswith("|"):  # table-ish line, kept literal
        _para(d, text[1:], size=14, indent=False)
        return
    head = text[:3]
    if len(text) < 40 and any(head.startswith(c) for c in "一二三四五六七八九十") and "、" in head:
        _para(d, text, font=HEI, indent=True)
    elif text.startswith("（") and len(text) < 40 and "）" in text[:5]:
        _para(d, text, font=KAI, indent=True)
    else:
        _para(d, text, indent=True)


def write_docx(doc: dict, path: Path, mark: str) -> None:
    """Lay a document out after GB/T 9704: 版头 / 主体 / 版记."""
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    _page_number_footer(sec)
    red = RGBColor(0xE0, 0x00, 0x00)
    header, _, printer = ISSUERS[doc["issuer"]]
    if doc.get("copy_no"):
        _para(d, doc["copy_no"], font=HEI, size=16)
    for line in header.split("\n"):
        _para(d, line, font=XBS, size=26 if len(line) > 14 else 32, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=red)
    _para(d)
    if doc.get("signer"):
        p = _para(d, "", align=WD_ALIGN_PARAGRAPH.LEFT)
        _font(p.add_run(doc["doc_no"] + "　　　　　　　　"), FANG, 16)
        _font(p.add_run("签发人："), FANG, 16)
        _font(p.add_run(doc["signer"]), KAI, 16)
    else:
        p = _para(d, doc["doc_no"], align=WD_ALIGN_PARAGRAPH.CENTER)
    _border(p, "bottom")
    _para(d)
    _para(d, doc["title"], font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(d)
    if doc.get("to"):
        _para(d, doc["to"] + "：")
    for text in doc["body"]:
        _body_para(d, text)
    if doc.get("attach"):
        _para(d)
        for i, a in enumerate(doc["attach"]):
            prefix = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}．" if len(doc["attach"]) > 1 else ""
            _para(d, prefix + num + a, indent=True)
    _para(d)
    _para(d)
    _para(d, doc.get("sign", ISSUERS[doc["issuer"]][1]), align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(d, doc["date"] + "　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    if doc.get("contact"):
        _para(d, doc["contact"], indent=True)
    pos = mark_position(mark)
    if pos == "after_date":
        _para(d, mark, indent=True)
    for title, lines in doc.get("annex", []):
        d.add_page_break()
        _para(d, title.split("\n")[0], font=HEI, size=16)
        _para(d, "\n".join(title.split("\n")[1:]) or "", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
        for line in lines:
            _body_para(d, line)
    # 版记
    _para(d)
    first = None
    if pos == "banji":
        first = _para(d, mark, size=14)
    if doc.get("cc"):
        p = _para(d, "抄送：" + doc["cc"], size=14)
        first = first or p
    p = _para(d, f"{printer}　　　　{doc.get('print_date', doc['date'])}印发", size=14)
    first = first or p
    _border(first, "top", "000000", 8)
    _border(p, "bottom", "000000", 8)
    d.save(str(path))


def write_txt(doc: dict, path: Path, mark: str) -> None:
    """Plain-text rendering in the same order as the printed document."""
    header, sign, printer = ISSUERS[doc["issuer"]]
    out = []
    if doc.get("copy_no"):
        out.append(doc["copy_no"])
    out += header.split("\n") + [""]
    if doc.get("signer"):
        out.append(f"{doc['doc_no']}　　　　签发人：{doc['signer']}")
    else:
        out.append(doc["doc_no"])
    out += ["", doc["title"], ""]
    if doc.get("to"):
        out.append(doc["to"] + "：")
    out += ["　　" + t.lstrip("|") for t in doc["body"]]
    if doc.get("attach"):
        out.append("")
        for i, a in enumerate(doc["attach"]):
            num = f"{i + 1}．" if len(doc["attach"]) > 1 else ""
            out.append(("　　附件：" if i == 0 else "　　　　　　") + num + a)
    out += ["", "", "　" * 14 + doc.get("sign", sign), "　" * 16 + doc["date"]]
    if doc.get("contact"):
        out.append("　　" + doc["contact"])
    if mark_position(mark) == "after_date":
        out.append("　　" + mark)
    for title, lines in doc.get("annex", []):
        out += ["", ""] + title.split("\n") + [""] + ["　　" + t.lstrip("|") for t in lines]
    out += ["", "―" * 28]
    if mark_position(mark) == "banji":
        out.append(mark)
    if doc.get("cc"):
        out.append("抄送：" + doc["cc"])
    out.append(f"{printer}　　{doc.get('print_date', doc['date'])}印发")
    out.append("―" * 28)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def body_chars(doc: dict) -> int:
    """Characters of 正文 plus 附件 texts (the ≥400 requirement)."""
    n = sum(len(t) for t in doc["body"])
    for _, lines in doc.get("annex", []):
        n += sum(len(t) for t in lines)
    return n


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for mod, case in ((cases_secret, "secret"), (cases_mixed, "mixed"), (cases_commercial, "commercial"),
                      (cases_label, "label"), (cases_clean, "clean")):
        for d in mod.DOCS:
            d["case"] = case
            docs.append(d)
    extras.apply(docs)
    rng = random.Random(11_0807)
    rng.shuffle(docs)
    for cid in cases_secret.ID_NUMBERS + cases_clean.ID_NUMBERS:
        assert check_id(cid), cid
    for card in cases_clean.BANK_CARDS:
        assert check_luhn(card), card
    rows = []
    for i, doc in enumerate(docs, 1):
        assert body_chars(doc) >= 400, (doc["title"], body_chars(doc))
        assert doc["decision"] in {"approve", "return", "escalate"}
        mark = mark_text(doc, i)
        name = f"d{i:03d}.{doc['fmt']}"
        if doc["fmt"] == "docx":
            write_docx(doc, out / name, mark)
        else:
            write_txt(doc, out / name, mark)
        rows.append({"file": name, "attribute": doc["attribute"], "decision": doc["decision"],
                     "codes": doc["codes"], "note": f"{doc['note']}；公开属性行：{mark}", "case": doc["case"],
                     "genre": doc.get("genre", ""), "issuer": ISSUERS[doc["issuer"]][1]})
    with (out / "truth.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["file"].rsplit(".", 1)[1]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
