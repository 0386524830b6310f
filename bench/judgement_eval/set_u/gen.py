"""Generate the eval11u evaluation set: OA-system drafts of a fictional prefecture-level 人社局.

Usage: python gen.py OUTDIR
Writes OUTDIR/NNN_*.docx|.txt and OUTDIR/truth.jsonl (format of truth18.md).
Fictional bureau: 汶澜省临浔市人力资源和社会保障局 (发文字号 浔人社…).
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

BUREAU = "临浔市人力资源和社会保障局"
PROV = "汶澜省"
PROV_DEPT = "汶澜省人力资源和社会保障厅"
CITY_GOV = "临浔市人民政府"
COUNTIES = ["浔东区", "浔西区", "鹤汀县", "枫渡县", "石湄县", "白沙洲开发区"]
COUNTY_BUREAUS = "各县（区）人力资源和社会保障局，白沙洲开发区社会事务局"
SUBUNITS = "局机关各科室，局属各单位"

# ---------------------------------------------------------------- identifiers
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(body17):
    """GB 11643 check character for 17 digits."""
    s = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def id_valid(num):
    return len(num) == 18 and num[:17].isdigit() and id_check(num[:17]) == num[17]


def make_id(area, birth, seq):
    body = f"{area}{birth}{seq:03d}"
    num = body + id_check(body)
    assert id_valid(num), num
    return num


def mask_id(num):
    assert id_valid(num), num
    return num[:3] + "*" * 11 + num[-4:]


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return num.isdigit() and luhn_digit(num[:-1]) == num[-1]


def make_card(prefix, rnd):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(18 - len(prefix)))
    num = body + luhn_digit(body)
    assert luhn_valid(num), num
    return num


def mask_card(num):
    assert luhn_valid(num), num
    return f"{num[:4]} **** **** {num[-4:]}"


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["建国", "晓燕", "海峰", "丽娟", "志强", "雅婷", "文博", "春梅", "国栋", "思远", "红霞", "永刚", "佳怡", "明轩",
         "秀兰", "德华", "静怡", "立新", "婉清", "子涵", "浩然", "玉珍", "俊杰", "晓东", "慧敏", "振宇", "淑芬", "一鸣",
         "梦瑶", "卫东", "若曦", "家豪", "桂英", "天宇", "晨阳", "雪梅", "鹏飞", "嘉怡", "宏伟", "欣然"]


class Names:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def __call__(self):
        while True:
            n = self.r.choice(SURN) + self.r.choice(GIVEN)
            if n not in self.used:
                self.used.add(n)
                return n


# ---------------------------------------------------------------- doc model
DOCS = []


def T(headers, rows, note=None, caption=None):
    """A table block: header row, body rows, optional note under it, optional caption above it."""
    for r in rows:
        assert len(r) == len(headers), (headers, r)
    return ("table", headers, [[str(c) for c in r] for r in rows], note, caption)


def H(text):
    """A heading paragraph (黑体/楷体 level heading in the body)."""
    return ("h", text)


def add(case, fmt, slug, *, title, body, decision, attribute=None, codes, note, kind="file", number="", to="",
        attachments=(), attach_extra=(), sign=BUREAU, date="", mark="", mark_pos="end", cc="", printer=None,
        header=None, issue=None, genre=""):
    body = list(body)
    for table in ("EXTRA", "EXTRA2"):
        extra = getattr(__import__("content"), table).get(slug)
        if extra:
            body.insert(len(body) - 1, extra)
    if attribute is None:
        attribute = derive_attribute(mark)
    assert attribute == derive_attribute(mark), (slug, attribute, mark)
    DOCS.append(dict(case=case, fmt=fmt, slug=slug, title=title, body=list(body), attribute=attribute,
                     decision=decision, codes=list(codes), note=note, kind=kind, number=number, to=to,
                     attachments=list(attachments), attach_extra=list(attach_extra), sign=sign, date=date,
                     mark=mark, mark_pos=mark_pos, cc=cc, printer=printer, header=header, issue=issue,
                     genre=genre))


def derive_attribute(mark):
    """The attribute an office reviewer reads from the printed marking line."""
    if "主动公开" in mark or "公开发布" in mark:
        return "主动公开"
    if "依申请公开" in mark:
        return "依申请公开"
    if "不予公开" in mark:
        return "不予公开"
    return ""


def block_text(b):
    if isinstance(b, str):
        return b
    if b[0] == "h":
        return b[1]
    _, hd, rows, note, cap = b
    return "".join(hd) + "".join("".join(r) for r in rows) + (note or "") + (cap or "")


def body_len(d):
    n = sum(len(block_text(b)) for b in d["body"])
    for _, blocks in d["attachments"]:
        n += sum(len(block_text(b)) for b in blocks)
    return n


# ---------------------------------------------------------------- txt renderer
def render_txt(d, path):
    L = []
    hdr = d["header"] or (BUREAU + ("文件" if d["kind"] == "file" else ""))
    if d["kind"] == "jianbao":
        L += [hdr, d["issue"] or "", ""]
    elif d["kind"] == "jiyao":
        L += [hdr, d["issue"] or "", ""]
    else:
        L += [hdr, ""]
        if d["number"]:
            L += [d["number"], ""]
    if d["mark"] and d["mark_pos"] == "top":
        L += [d["mark"], ""]
    L += [d["title"], ""]
    if d["to"]:
        L += [d["to"] + "：", ""]
    for b in d["body"]:
        L += txt_block(b)
    names = [t for t, _ in d["attachments"]] + d["attach_extra"]
    if names:
        L.append("")
        for i, n in enumerate(names):
            pre = "附件：" if i == 0 else "      "
            L.append(f"{pre}{i + 1}．{n}" if len(names) > 1 else f"附件：{n}")
    if d["sign"]:
        L += ["", d["sign"].rjust(30, "　")]
    if d["date"]:
        L.append(d["date"].rjust(30, "　"))
    if d["mark"] and d["mark_pos"] == "end":
        L += ["", d["mark"]]
    for i, (t, blocks) in enumerate(d["attachments"]):
        L += ["", "", f"附件{i + 1}" if len(d["attachments"]) > 1 else "附件", "", t, ""]
        for b in blocks:
            L += txt_block(b)
    if d["cc"] or d["printer"]:
        L += ["", "—" * 30]
        if d["cc"]:
            L.append("抄送：" + d["cc"] + "。")
        pr = d["printer"] or (BUREAU + "办公室", d["date"])
        if pr[0].startswith("报："):
            L.append(pr[0])
            L.append(f"（共印40份）　　　　　　{pr[1]}")
        else:
            L.append(f"{pr[0]}　　　　　　{pr[1]}印发")
        L.append("—" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def txt_block(b):
    if isinstance(b, str):
        return ["　　" + b]
    if b[0] == "h":
        return ["　　" + b[1]]
    _, hd, rows, note, cap = b
    out = []
    if cap:
        out.append(cap)
    out.append("\t".join(hd))
    for r in rows:
        out.append("\t".join(r))
    if note:
        out.append(note)
    return out


# ---------------------------------------------------------------- docx renderer
FS = "仿宋_GB2312"
HEI = "黑体"
XBS = "方正小标宋简体"


def set_font(run, name=FS, size=16, bold=False, color=None):
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


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def docx_table(doc, b):
    _, hd, rows, note, cap = b
    if cap:
        para(doc, cap, HEI, 14, align="c", indent=False)
    t = doc.add_table(rows=1 + len(rows), cols=len(hd))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hd):
        c = t.rows[0].cells[j]
        c.text = ""
        set_font(c.paragraphs[0].add_run(h), HEI, 11)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.rows[i + 1].cells[j]
            c.text = ""
            set_font(c.paragraphs[0].add_run(v), FS, 11)
    if note:
        para(doc, note, FS, 12, indent=False)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    red = (0xE6, 0x00, 0x12)
    if d["mark"] and d["mark_pos"] == "top":
        para(doc, d["mark"], HEI, 16, indent=False)
    if d["kind"] == "file":
        para(doc, d["header"] or BUREAU + "文件", XBS, 30, align="c", indent=False, color=red, space_after=18)
        p = para(doc, d["number"], FS, 16, align="c", indent=False, space_after=6)
        border(p)
    elif d["kind"] == "letter":
        para(doc, d["header"] or BUREAU, XBS, 28, align="c", indent=False, color=red, space_after=12)
        p = para(doc, d["number"], FS, 16, align="r", indent=False, space_after=6)
        border(p)
    else:  # jiyao / jianbao
        para(doc, d["header"], XBS, 30, align="c", indent=False, color=red, space_after=8)
        p = para(doc, d["issue"], FS, 16, align="c", indent=False, space_after=6)
        border(p)
    para(doc)
    para(doc, d["title"], XBS, 22, align="c", indent=False, space_after=12)
    if d["to"]:
        para(doc, d["to"] + "：", indent=False)
    for b in d["body"]:
        docx_block(doc, b)
    names = [t for t, _ in d["attachments"]] + d["attach_extra"]
    if names:
        para(doc)
        for i, n in enumerate(names):
            if len(names) == 1:
                para(doc, f"附件：{n}")
            else:
                para(doc, (f"附件：{i + 1}．" if i == 0 else f"　　　{i + 1}．") + n)
    if d["sign"]:
        para(doc)
        para(doc, d["sign"] + "　　　　", align="r", indent=False)
    if d["date"]:
        para(doc, d["date"] + "　　　　", align="r", indent=False)
    if d["mark"] and d["mark_pos"] == "end":
        para(doc, d["mark"])
    for i, (t, blocks) in enumerate(d["attachments"]):
        doc.add_page_break()
        para(doc, f"附件{i + 1}" if len(d["attachments"]) > 1 else "附件", HEI, 16, indent=False)
        para(doc)
        para(doc, t, XBS, 22, align="c", indent=False, space_after=12)
        for b in blocks:
            docx_block(doc, b)
    if d["cc"] or d["printer"]:
        para(doc)
        p = para(doc, "抄送：" + d["cc"] + "。" if d["cc"] else "", FS, 14, indent=False)
        border(p, "top", "000000", 8)
        pr = d["printer"] or (BUREAU + "办公室", d["date"])
        line = f"{pr[0]}　（{pr[1]}）" if pr[0].startswith("报：") else f"{pr[0]}　　　　　　　　{pr[1]}印发"
        p = para(doc, line, FS, 14, indent=False)
        border(p, "top", "000000", 4)
        border(p, "bottom", "000000", 8)
    doc.save(path)


def docx_block(doc, b):
    if isinstance(b, str):
        para(doc, b)
    elif b[0] == "h":
        para(doc, b[1], HEI, 16)
    else:
        docx_table(doc, b)


# ---------------------------------------------------------------- content
import content  # noqa: E402  (fills DOCS via add())

content.build(add, T, H, Names, make_id, mask_id, make_card, mask_card)


def main(out):
    os.makedirs(out, exist_ok=True)
    truth = []
    seen = set()
    short = [(d["slug"], body_len(d)) for d in DOCS if body_len(d) < 400]
    assert not short, short
    order = list(DOCS)
    random.Random(1104).shuffle(order)  # file numbers must not reveal the case
    for i, d in enumerate(order, 1):
        assert d["slug"] not in seen, d["slug"]
        seen.add(d["slug"])
        n = body_len(d)
        assert n >= 400, (d["slug"], n)
        ext = d["fmt"]
        fn = f"{i:03d}_{d['slug']}.{ext}"
        if ext == "docx":
            render_docx(d, os.path.join(out, fn))
        else:
            render_txt(d, os.path.join(out, fn))
        truth.append(dict(file=fn, attribute=d["attribute"], decision=d["decision"], codes=d["codes"],
                          note=d["note"], case=d["case"], genre=d["genre"], body_chars=n))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((d["case"], d["fmt"]) for d in DOCS)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(DOCS))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")
