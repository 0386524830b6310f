"""Generate the eval11af document set (桐阳市 劳动人事争议仲裁院 / 劳动保障监察支队 persona).

Usage: python gen.py OUTDIR
Writes OUTDIR/<file>.docx|.txt and OUTDIR/truth.jsonl (one row per document, truth18 format).
All names, places and numbers are fictional (沅西省桐阳市).
"""
import json
import os
import random
import re
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(d) * w for d, w in zip(first17, _W)) % 11]


def make_id(area, birth, seq):
    body = f"{area}{birth}{seq:03d}"
    full = body + id_check(body)
    assert valid_id(full), full
    return full


def valid_id(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def mask_id(s):
    assert valid_id(s)
    return s[:3] + "*" * 11 + s[-4:]


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(prefix15):
    card = prefix15 + luhn_digit(prefix15)
    assert valid_luhn(card), card
    return card


def valid_luhn(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask_card(s):
    assert valid_luhn(s)
    return f"{s[:4]} **** **** {s[-4:]}"


# ---------------------------------------------------------------- docx helpers
RED = RGBColor(0xE0, 0x00, 0x00)


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _border(par, side, color="FF0000", sz=12):
    pPr = par._p.get_or_add_pPr()
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


def _para(doc, text, align=None, indent=True, **kw):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    r = p.add_run(text)
    _font(r, **kw)
    return p


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(cell)
            _font(r, size=12, bold=(i == 0))
    return t


def _body_blocks(text):
    """Split a body into ('p', line) and ('t', rows) blocks; table rows start with '|'."""
    blocks, rows = [], []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            blocks.append(("t", rows))
            rows = []
        blocks.append(("p", line))
    if rows:
        blocks.append(("t", rows))
    return blocks


def _heading_like(line):
    return bool(re.match(r"^[一二三四五六七八九十]+、", line))


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    if d.get("issuer"):
        _para(doc, d["issuer"], WD_ALIGN_PARAGRAPH.CENTER, False,
              name="方正小标宋简体", size=36 if len(d["issuer"]) < 14 else 26, color=RED)
        _para(doc, "", indent=False)
    if d.get("no") or d.get("signer"):
        line = d.get("no", "")
        if d.get("signer"):
            line = f"{line}　　　　签发人：{d['signer']}"
        p = _para(doc, line, WD_ALIGN_PARAGRAPH.CENTER, False)
        _border(p, "bottom")
    if d.get("mark_pos") == "top":
        _para(doc, d["mark"], WD_ALIGN_PARAGRAPH.LEFT, False, name="黑体")
    _para(doc, "", indent=False)
    _para(doc, d["title"], WD_ALIGN_PARAGRAPH.CENTER, False, name="方正小标宋简体", size=22)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"] + "：", indent=False)
    for kind, val in _body_blocks(d["body"]):
        if kind == "t":
            _table(doc, val)
        else:
            _para(doc, val, name="黑体" if _heading_like(val) else "仿宋_GB2312")
    if d.get("att_list"):
        _para(doc, "", indent=False)
        for i, a in enumerate(d["att_list"]):
            prefix = "附件：" if i == 0 else "　　　"
            num = f"{i + 1}．" if len(d["att_list"]) > 1 else ""
            _para(doc, f"{prefix}{num}{a}", indent=True)
    _para(doc, "", indent=False)
    if d.get("sign"):
        _para(doc, d["sign"], WD_ALIGN_PARAGRAPH.RIGHT, False)
    if d.get("date"):
        _para(doc, d["date"], WD_ALIGN_PARAGRAPH.RIGHT, False)
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        _para(doc, d["mark"], WD_ALIGN_PARAGRAPH.LEFT, True)
    for att_title, att_body in d.get("atts", []):
        doc.add_page_break()
        _para(doc, att_title.split("\n")[0], WD_ALIGN_PARAGRAPH.LEFT, False, name="黑体")
        for extra in att_title.split("\n")[1:]:
            _para(doc, extra, WD_ALIGN_PARAGRAPH.CENTER, False, name="方正小标宋简体", size=18)
        for kind, val in _body_blocks(att_body):
            if kind == "t":
                _table(doc, val)
            else:
                _para(doc, val)
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        _para(doc, "", indent=False)
        first = True
        if d.get("mark_pos") == "banji" and d.get("mark"):
            p = _para(doc, d["mark"], WD_ALIGN_PARAGRAPH.LEFT, False, size=14)
            _border(p, "top", "000000", 8)
            first = False
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"] + "。", WD_ALIGN_PARAGRAPH.LEFT, False, size=14)
            if first:
                _border(p, "top", "000000", 8)
                first = False
        if d.get("printed"):
            p = _para(doc, d["printed"], WD_ALIGN_PARAGRAPH.LEFT, False, size=14)
            if first:
                _border(p, "top", "000000", 8)
            _border(p, "bottom", "000000", 8)
    doc.save(path)


def render_txt(d):
    out = []
    if d.get("issuer"):
        out += [d["issuer"], ""]
    if d.get("no"):
        out.append(d["no"] + (f"　签发人：{d['signer']}" if d.get("signer") else ""))
    if d.get("mark_pos") == "top":
        out.append(d["mark"])
    out += ["", d["title"], ""]
    if d.get("to"):
        out.append(d["to"] + "：")
    for kind, val in _body_blocks(d["body"]):
        if kind == "t":
            out += ["\t".join(r) for r in val]
        else:
            out.append("　　" + val)
    if d.get("att_list"):
        out.append("")
        for i, a in enumerate(d["att_list"]):
            num = f"{i + 1}．" if len(d["att_list"]) > 1 else ""
            out.append(("　　附件：" if i == 0 else "　　　　　") + num + a)
    out.append("")
    if d.get("sign"):
        out.append("　" * 14 + d["sign"])
    if d.get("date"):
        out.append("　" * 14 + d["date"])
    if d.get("mark_pos", "after_date") == "after_date" and d.get("mark"):
        out.append("　　" + d["mark"])
    for att_title, att_body in d.get("atts", []):
        out += ["", att_title, ""]
        for kind, val in _body_blocks(att_body):
            if kind == "t":
                out += ["\t".join(r) for r in val]
            else:
                out.append("　　" + val)
    if d.get("cc") or d.get("printed") or d.get("mark_pos") == "banji":
        out += ["", "—" * 20]
        if d.get("mark_pos") == "banji" and d.get("mark"):
            out.append(d["mark"])
        if d.get("cc"):
            out.append("抄送：" + d["cc"] + "。")
        if d.get("printed"):
            out.append(d["printed"])
        out.append("—" * 20)
    return "\n".join(out) + "\n"


def body_chars(d):
    text = d["body"] + "".join(b for _, b in d.get("atts", []))
    return len(re.sub(r"[\s|]", "", text))


FORBIDDEN_IN_HARD = ("秘密", "机密", "商业秘密", "绝密", "密级")


def main(outdir):
    from cases import all_docs  # noqa: E402  (data lives in cases*.py)
    docs = all_docs()
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(1108)
    order = list(range(len(docs)))
    rng.shuffle(order)
    seen_ids = set()
    rows = []
    for n, idx in enumerate(order, 1):
        d = docs[idx]
        assert d["key"] not in seen_ids, d["key"]
        seen_ids.add(d["key"])
        assert body_chars(d) >= 400, (d["key"], body_chars(d))
        full = render_txt(d)
        if d["case"] in ("SECRET", "COMMERCIAL"):
            for w in FORBIDDEN_IN_HARD:
                assert w not in full, (d["key"], w)
        for m in re.findall(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])", full):
            assert valid_id(m), (d["key"], m)
        name = f"tyrs-{n:03d}.{d['fmt']}"
        path = os.path.join(outdir, name)
        if d["fmt"] == "docx":
            write_docx(d, path)
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(full)
        t = d["truth"]
        rows.append({"file": name, "attribute": t["attribute"], "decision": t["decision"],
                     "codes": t["codes"], "note": t["note"], "case": d["case"],
                     "key": d["key"], "genre": d.get("genre", "")})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {outdir}")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")
