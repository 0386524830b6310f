"""Generate evaluation set eval11ap: outgoing 公文 of a fictional mountain county's 人社局.

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/NNN.docx|txt and OUTDIR/truth.jsonl (format of /work/briefs/truth18.md).
Everything here is invented: 峤南省乌岭市石棱县 does not exist.
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from content import DOCS

BUREAU = "石棱县人力资源和社会保障局"


# ---------------------------------------------------------------- identifiers
def id_check(first17: str) -> str:
    """GB 11643-1999 check character."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return "10X98765432"[s % 11]


def id_valid(num: str) -> bool:
    return len(num) == 18 and num[:17].isdigit() and id_check(num[:17]) == num[17]


def luhn_valid(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_valid(prefix + d):
            return prefix + d
    raise AssertionError


# ------------------------------------------------------------------- layout
def set_run_font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False,
         color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(28.9)
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
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def border(p, side="bottom", color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def heading_font(text):
    """一、 headings in 黑体, （一） in 楷体, rest 仿宋."""
    t = text.lstrip()
    if len(t) > 1 and t[0] in "一二三四五六七八九十" and "、" in t[:4]:
        return "黑体"
    if t.startswith("（") and len(t) > 2 and t[1] in "一二三四五六七八九十":
        return "楷体_GB2312"
    return "仿宋_GB2312"


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    # 份号/密级 area left empty; 签发人 for 上行文
    if d.get("top_mark"):
        para(doc, d["top_mark"], font="黑体", size=16, indent=False)
    para(doc, d.get("flag", BUREAU + "文件"), font="方正小标宋简体", size=30 if len(d.get("flag", BUREAU + "文件")) < 14 else 24,
         align="center", indent=False, color=(0xE0, 0, 0), space_after=12)
    if d.get("signer"):
        p = para(doc, f"{d['wenhao']}　　　　　　签发人：{d['signer']}", indent=False)
    else:
        p = para(doc, d["wenhao"], align="center", indent=False)
    border(p)
    para(doc, "", indent=False)
    para(doc, d["title"], font="方正小标宋简体", size=22, align="center", indent=False, space_after=12)
    if d.get("zhusong"):
        para(doc, d["zhusong"] + "：", indent=False)
    for t in d["body"]:
        para(doc, t, font=heading_font(t), align="justify")
    if d.get("attach"):
        para(doc, "", indent=False)
        for i, a in enumerate(d["attach"]):
            prefix = "附件：" if i == 0 else "　　　"
            label = f"{i + 1}．{a}" if len(d["attach"]) > 1 else a
            para(doc, prefix + label)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, d.get("sign", BUREAU) + "　　　　", align="right", indent=False)
    para(doc, d["date"] + "　　　　", align="right", indent=False)
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        para(doc, d["mark"])
    if d.get("contact"):
        para(doc, d["contact"])
    for block in d.get("annex", []):
        doc.add_page_break()
        para(doc, block[0], font="黑体", indent=False)
        para(doc, block[1], font="方正小标宋简体", size=22, align="center", indent=False, space_after=12)
        for t in block[2:]:
            para(doc, t, font=heading_font(t), align="justify")
    # 版记
    para(doc, "", indent=False)
    if d.get("mark_pos") == "banji" and d.get("mark"):
        p = para(doc, d["mark"], size=14, indent=False)
        border(p, "top", "000000", "8")
    if d.get("chaosong"):
        p = para(doc, "抄送：" + d["chaosong"], size=14, indent=False)
        border(p, "top", "000000", "8")
    p = para(doc, f"{d.get('yinfa', BUREAU + '办公室')}　　　　　{d['yinfa_date']}印发", size=14, indent=False)
    border(p, "top", "000000", "8")
    border(p, "bottom", "000000", "8")
    doc.save(path)


def write_txt(d, path):
    L = []
    if d.get("top_mark"):
        L.append(d["top_mark"])
    L.append(d.get("flag", BUREAU + "文件"))
    if d.get("signer"):
        L.append(f"{d['wenhao']}    签发人：{d['signer']}")
    else:
        L.append(d["wenhao"])
    L.append("")
    L.append(d["title"])
    L.append("")
    if d.get("zhusong"):
        L.append(d["zhusong"] + "：")
    for t in d["body"]:
        L.append("　　" + t)
    if d.get("attach"):
        L.append("")
        for i, a in enumerate(d["attach"]):
            prefix = "附件：" if i == 0 else "　　　"
            L.append(prefix + (f"{i + 1}．{a}" if len(d["attach"]) > 1 else a))
    L.append("")
    L.append("　　　　　　　　　　　　" + d.get("sign", BUREAU))
    L.append("　　　　　　　　　　　　　　" + d["date"])
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        L.append("　　" + d["mark"])
    if d.get("contact"):
        L.append("　　" + d["contact"])
    for block in d.get("annex", []):
        L.append("")
        L.append(block[0])
        L.append(block[1])
        for t in block[2:]:
            L.append("　　" + t)
    L.append("")
    L.append("—" * 30)
    if d.get("mark_pos") == "banji" and d.get("mark"):
        L.append(d["mark"])
    if d.get("chaosong"):
        L.append("抄送：" + d["chaosong"])
    L.append(f"{d.get('yinfa', BUREAU + '办公室')}　　　　{d['yinfa_date']}印发")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def body_len(d):
    return sum(len(t) for t in d["body"]) + sum(len("".join(b[2:])) for b in d.get("annex", []))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith((".docx", ".txt", ".jsonl")):
            os.remove(os.path.join(out, name))
    docs = list(DOCS)
    # every identifier used by a document was built with a valid check digit
    from content import IDS, CARDS
    for i in IDS:
        assert id_valid(i), i
    for c in CARDS:
        assert luhn_valid(c), c
    rng = random.Random(1108)
    rng.shuffle(docs)
    rows = []
    for n, d in enumerate(docs, 1):
        assert body_len(d) >= 400, (d["title"], body_len(d))
        assert d["case"] in {"SECRET", "MIXED", "COMMERCIAL", "MISMATCH", "CLEAN"}
        ext = d["fmt"]
        fname = f"{n:03d}.{ext}"
        path = os.path.join(out, fname)
        (write_docx if ext == "docx" else write_txt)(d, path)
        rows.append({
            "file": fname,
            "attribute": d["attribute"],
            "decision": d["decision"],
            "codes": d["codes"],
            "note": d["note"],
            "case": d["case"],
            "genre": d["genre"],
            "format": ext,
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["format"]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
