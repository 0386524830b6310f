"""Rendering helpers for the eval11z generator: IDs, masking, docx/txt layout (GB/T 9704-like)."""
import json
import os
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

BUREAU = "禾源县人力资源和社会保障局"
RNG = random.Random(20261207)

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * b for a, b in zip(first17, _W)) % 11]


def id_valid(s):
    """True when s is an 18-character ID with a correct GB 11643 check character."""
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def make_id(region="513127"):
    """A random, valid 18-digit ID (fictional region code) for later masking."""
    y = RNG.randint(1958, 2003)
    m = RNG.randint(1, 12)
    d = RNG.randint(1, 28)
    seq = RNG.randint(100, 999)
    first = f"{region}{y:04d}{m:02d}{d:02d}{seq:03d}"
    full = first + id_check(first)
    assert id_valid(full)
    return full


def mask_id(full):
    """Mask an ID as 513***********123X (first 3 and last 4 kept)."""
    assert id_valid(full)
    return full[:3] + "*" * 11 + full[-4:]


def luhn_ok(num):
    """Luhn check for a bank-card number."""
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(prefix="621799"):
    """A random 19-digit bank card with a valid Luhn digit."""
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(12))
    for c in "0123456789":
        if luhn_ok(body + c):
            card = body + c
            break
    assert luhn_ok(card) and len(card) == 19
    return card


def mask_card(card):
    """Mask a card as 6217 **** **** ***1234 style (first 4, last 4)."""
    assert luhn_ok(card)
    return card[:4] + " **** **** " + card[-4:]


def mid():
    """A masked ID built from a valid full one."""
    return mask_id(make_id(RNG.choice(["513127", "513128", "513129"])))


def mcard():
    """A masked bank card built from a valid full one."""
    return mask_card(make_card(RNG.choice(["621799", "622848", "621700"])))


# ---------------------------------------------------------------- documents
# A document is a dict:
#  fmt: docx|txt; header: 发文机关标志 text; wenhao; title; zhusong; body: list of str | list(table rows)
#  attach_note: list of attachment names; sign: 署名; date; mark: 公开属性 line or None;
#  mark_pos: 'date' (under 成文日期) | 'banji' (first line of 版记) | 'top' (above 发文字号)
#  annex: list of (title, body-list); chaosong; yinfa (印发机关, 印发日期)
#  truth: dict(attribute, decision, codes, note)


def body_len(d):
    """Characters of body text (paragraphs, tables, annexes) for the >=400 rule."""
    n = 0
    for part in d["body"]:
        n += len(part) if isinstance(part, str) else sum(len("".join(r)) for r in part)
    for _, ab in d.get("annex", []):
        for part in ab:
            n += len(part) if isinstance(part, str) else sum(len("".join(r)) for r in part)
    return n


def _font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(doc, text, name="仿宋_GB2312", size=16, align=None, bold=False, color=None, indent=True, space_after=0):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.line_spacing = Pt(28)
    _font(p.add_run(text), name, size, bold, color)
    return p


def _border(p, side="bottom", color="FF0000", sz="12"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    pPr.append(bdr)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(c))
            _font(run, "仿宋_GB2312", 12, bold=(i == 0))


def _body_par(doc, text):
    """Headings (一、/（一）) get 黑体/楷体 like real 公文; other paragraphs 仿宋."""
    name = "仿宋_GB2312"
    if len(text) < 40 and text[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、"):
        name = "黑体"
    elif text.startswith("（") and "）" in text[:5] and len(text) < 40:
        name = "楷体_GB2312"
    _para(doc, text, name)


def render_docx(d, path):
    """Write one document with a GB/T 9704-like layout."""
    doc = Document()
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    if d.get("mark_pos") == "top" and d.get("mark"):
        _para(doc, d["mark"], "黑体", 16, indent=False)
    if d.get("header"):
        _para(doc, d["header"], "方正小标宋简体", 30 if len(d["header"]) < 16 else 24, "c", color=(0xE0, 0, 0))
        _para(doc, "", size=10, indent=False)
    wh = _para(doc, d.get("wenhao", ""), "仿宋_GB2312", 16, "c", indent=False, space_after=4)
    if d.get("header"):
        _border(wh)
    _para(doc, "", indent=False)
    _para(doc, d["title"], "方正小标宋简体", 22, "c", indent=False, space_after=12)
    if d.get("zhusong"):
        _para(doc, d["zhusong"] + "：", indent=False)
    for part in d["body"]:
        if isinstance(part, str):
            _body_par(doc, part)
        else:
            _table(doc, part)
    if d.get("attach_note"):
        names = d["attach_note"]
        if len(names) == 1:
            _para(doc, "附件：" + names[0])
        else:
            for i, n in enumerate(names, 1):
                _para(doc, ("附件：" if i == 1 else "　　　") + f"{i}.{n}")
    _para(doc, "", indent=False)
    if d.get("sign"):
        _para(doc, d["sign"], align="r", indent=False)
    _para(doc, d["date"], align="r", indent=False)
    if d.get("mark_pos", "date") == "date" and d.get("mark"):
        _para(doc, d["mark"], indent=True)
    for at, ab in d.get("annex", []):
        doc.add_page_break()
        _para(doc, at.split("｜")[0], "黑体", 16, indent=False)
        _para(doc, at.split("｜")[-1], "方正小标宋简体", 20, "c", indent=False, space_after=8)
        for part in ab:
            if isinstance(part, str):
                _body_par(doc, part)
            else:
                _table(doc, part)
    # 版记
    _para(doc, "", indent=False)
    if d.get("mark_pos") == "banji" and d.get("mark"):
        p = _para(doc, d["mark"], size=14, indent=False)
        _border(p, "top", "000000", "8")
    if d.get("chaosong"):
        p = _para(doc, "抄送：" + d["chaosong"] + "。", size=14, indent=False)
        if d.get("mark_pos") != "banji":
            _border(p, "top", "000000", "8")
    org, ydate = d.get("yinfa", (BUREAU + "办公室", d["date"]))
    p = _para(doc, f"{org}　　　　　　{ydate}印发", size=14, indent=False)
    _border(p, "bottom", "000000", "8")
    doc.save(path)


def _txt_table(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def render_txt(d, path):
    """Write one document as plain text keeping the 公文 element order."""
    out = []
    if d.get("mark_pos") == "top" and d.get("mark"):
        out.append(d["mark"])
    if d.get("header"):
        out += [d["header"], ""]
    if d.get("wenhao"):
        out += [d["wenhao"], "—" * 20, ""]
    out += [d["title"], ""]
    if d.get("zhusong"):
        out.append(d["zhusong"] + "：")
    for part in d["body"]:
        out.append("　　" + part if isinstance(part, str) else _txt_table(part))
    if d.get("attach_note"):
        names = d["attach_note"]
        if len(names) == 1:
            out.append("　　附件：" + names[0])
        else:
            for i, n in enumerate(names, 1):
                out.append(("　　附件：" if i == 1 else "　　　　　") + f"{i}.{n}")
    out.append("")
    if d.get("sign"):
        out.append(" " * 24 + d["sign"])
    out.append(" " * 24 + d["date"])
    if d.get("mark_pos", "date") == "date" and d.get("mark"):
        out.append("　　" + d["mark"])
    for at, ab in d.get("annex", []):
        out += ["", at.split("｜")[0], at.split("｜")[-1], ""]
        for part in ab:
            out.append("　　" + part if isinstance(part, str) else _txt_table(part))
    out.append("")
    out.append("-" * 40)
    if d.get("mark_pos") == "banji" and d.get("mark"):
        out.append(d["mark"])
    if d.get("chaosong"):
        out.append("抄送：" + d["chaosong"] + "。")
    org, ydate = d.get("yinfa", (BUREAU + "办公室", d["date"]))
    out.append(f"{org}　　　　{ydate}印发")
    out.append("-" * 40)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


VALID_CODES = {"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "MIXED_CONTENT",
               "FORWARD_MISMATCH", "SECRET_MARKING", "SECRET_CONTENT", "PERSONAL_DATA", "COMMERCIAL_SECRET",
               "HIDDEN_CONTENT", "PORTAL_MISMATCH"}


def write_all(docs, outdir):
    """Render every document and the truth.jsonl; check the brief's constraints."""
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for i, d in enumerate(docs, 1):
        name = f"{i:03d}.{d['fmt']}"
        n = body_len(d)
        assert n >= 400, (name, d["title"], n)
        t = d["truth"]
        assert set(t["codes"]) <= VALID_CODES, t
        assert t["decision"] in ("approve", "return", "escalate")
        assert t["attribute"] in ("主动公开", "依申请公开", "不予公开", None)
        path = os.path.join(outdir, name)
        (render_docx if d["fmt"] == "docx" else render_txt)(d, path)
        rows.append({"file": name, "attribute": t["attribute"], "decision": t["decision"], "codes": t["codes"],
                     "note": t["note"], "case": d["case"], "genre": d.get("genre", ""), "body_chars": n})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows
