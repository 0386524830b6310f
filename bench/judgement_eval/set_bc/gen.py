#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of a frozen evaluation set: 36 official documents (公文) of the fictional
禹泽市人力资源和社会保障局 (河朔省), see README.md.

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes OUTDIR/qz_001 … qz_036 (.docx / .txt) and OUTDIR/truth.jsonl.
Output is deterministic: the file order is shuffled with random.Random(1212) and the
.docx zip containers are rewritten with fixed timestamps.
"""
import datetime
import io
import json
import os
import random
import re
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

SEED = 1212
PREFIX = "qz_"
RED = RGBColor(0xE6, 0x00, 0x12)

F_SONG = "方正小标宋简体"
F_FS = "仿宋_GB2312"
F_HEI = "黑体"
F_KAI = "楷体_GB2312"

H1_RE = re.compile(r"^[一二三四五六七八九十]+、")
H2_RE = re.compile(r"^（[一二三四五六七八九十]+）")
H3_RE = re.compile(r"^\d+[.．]")


# --------------------------------------------------------------------------- markup
def parse_blocks(markup):
    """Tiny markup: one paragraph per line; lines starting with '|' are table rows
    (first row of a run = header); '一、' heading level 1, '（一）' level 2."""
    blocks = []
    rows = []
    for raw in markup.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        if line.startswith("^"):
            blocks.append(("center", line[1:]))
        elif H1_RE.match(line) and "。" not in line[:-1]:
            blocks.append(("h1", line))
        elif H2_RE.match(line):
            blocks.append(("h2", line))
        else:
            blocks.append(("p", line))
    if rows:
        blocks.append(("table", rows))
    return blocks


def han_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


# --------------------------------------------------------------------------- docx helpers
def set_run(run, font=F_FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, indent_chars=0, line_pt=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line_pt)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)


def add_par(doc_or_cell, text="", font=F_FS, size=16, bold=False, color=None, align=None,
            indent_chars=2, line_pt=28, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    fmt_par(p, align, indent_chars, line_pt, before, after, size)
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, sz=8, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def add_table(doc, rows):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, r in enumerate(rows):
        for j in range(ncol):
            cell = t.cell(i, j)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            txt = r[j] if j < len(r) else ""
            p = cell.paragraphs[0]
            fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 20, 0, 0, 12)
            set_run(p.add_run(txt), F_HEI if i == 0 else F_FS, 12 if i else 12, False)
    return t


def render_blocks_docx(doc, blocks):
    for kind, val in blocks:
        if kind == "h1":
            add_par(doc, val, F_HEI)
        elif kind == "h2":
            p = add_par(doc, "")
            cut = val.find("。")
            if 0 < cut < 40 and cut < len(val) - 1:
                set_run(p.add_run(val[:cut + 1]), F_KAI)
                set_run(p.add_run(val[cut + 1:]), F_FS)
            else:
                set_run(p.add_run(val), F_KAI)
        elif kind == "center":
            add_par(doc, val, F_FS, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
        elif kind == "table":
            add_table(doc, val)
            add_par(doc, "", line_pt=12)
        else:
            add_par(doc, val)


def masthead(doc, d):
    heads = d["head"]
    kind = d.get("head_kind", "file")
    if kind == "joint":
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width, right.width = Mm(122), Mm(36)
        left.paragraphs[0].text = ""
        first = True
        for h in heads:
            p = left.paragraphs[0] if first else left.add_paragraph()
            first = False
            fmt_par(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 40, 0, 0, 30)
            set_run(p.add_run(h), F_SONG, 28, False, RED)
        right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = right.paragraphs[0]
        fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 40, 0, 0, 30)
        set_run(p.add_run("文件"), F_SONG, 30, False, RED)
        add_par(doc, "", line_pt=20)
    else:
        for h in heads:
            size = 30 if kind in ("file", "minutes") and len(h) <= 16 else 24
            if kind == "letter":
                size = 26
            add_par(doc, h, F_SONG, size, False, RED, WD_ALIGN_PARAGRAPH.CENTER, 0, 44, 0, 0)
        add_par(doc, "", line_pt=20)
    # 发文字号 / 签发人 line
    if d.get("signer"):
        p = add_par(doc, "", indent_chars=0)
        p.paragraph_format.left_indent = Pt(16)
        set_run(p.add_run(d["docno"] + "　　　　　　　　"), F_FS)
        set_run(p.add_run("签发人："), F_FS)
        set_run(p.add_run(d["signer"]), F_KAI)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    elif kind == "letter":
        p = add_par(doc, d["docno"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    else:
        p = add_par(doc, d["docno"], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    border(p, "bottom", 18, "E60012", 6)
    add_par(doc, "", line_pt=20)


def banji(doc, d):
    add_par(doc, "", line_pt=28)
    first = None
    if d.get("cc"):
        p = add_par(doc, "", indent_chars=0, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        set_run(p.add_run("抄送：" + d["cc"]), F_FS, 14)
        first = p
    p2 = add_par(doc, "", indent_chars=0, size=14)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    set_run(p2.add_run(d["printer"] + "　　　　　" + d["pdate"] + "印发"), F_FS, 14)
    border(first if first is not None else p2, "top", 8, "000000", 4)
    if first is not None:
        border(first, "bottom", 4, "000000", 4)
    border(p2, "bottom", 8, "000000", 4)


def build_docx(d):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    set_run_style(st)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 12, 31, 9, 0, 0)
    cp.author = d["sign"][0]
    cp.last_modified_by = d["sign"][0]
    cp.title = d["title"]
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    # remove the initial empty paragraph of the template, if any
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    add_page_number(sec)
    masthead(doc, d)
    add_par(doc, d["title"], F_SONG, 22, False, None, WD_ALIGN_PARAGRAPH.CENTER, 0, 34)
    add_par(doc, "", line_pt=20)
    if d.get("to"):
        add_par(doc, d["to"], indent_chars=0)
    render_blocks_docx(doc, parse_blocks(d["body"]))
    atts = d.get("attachments", [])
    if d.get("att_desc"):
        add_par(doc, "", line_pt=28)
        for i, line in enumerate(d["att_desc"]):
            p = add_par(doc, line, indent_chars=2 if i == 0 else 0)
            if i:
                p.paragraph_format.left_indent = Pt(16 * 5)
    add_par(doc, "", line_pt=28)
    add_par(doc, "", line_pt=28)
    for s in d["sign"]:
        p = add_par(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
        p.paragraph_format.right_indent = Pt(16 * 4)
    p = add_par(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    p.paragraph_format.right_indent = Pt(16 * 4)
    for line in d.get("fuzhu_pre", []):
        add_par(doc, line)
    add_par(doc, d["mark"])
    for a in atts:
        doc.add_page_break()
        add_par(doc, a["label"], F_HEI, indent_chars=0)
        add_par(doc, "", line_pt=20)
        add_par(doc, a["title"], F_SONG, 18, False, None, WD_ALIGN_PARAGRAPH.CENTER, 0, 30)
        add_par(doc, "", line_pt=20)
        render_blocks_docx(doc, parse_blocks(a["body"]))
    banji(doc, d)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_run(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    set_run(p.add_run(" —"), "宋体", 14)


def set_run_style(style):
    style.font.name = F_FS
    style.font.size = Pt(16)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), F_FS)


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# --------------------------------------------------------------------------- txt
def txt_blocks(blocks, sep):
    out = []
    for kind, val in blocks:
        if kind == "table":
            for r in val:
                out.append(sep.join(r) if sep == "\t" else "｜" + "｜".join(r) + "｜")
        elif kind == "center":
            out.append(val)
        elif kind == "h1":
            out.append("　　" + val)
        else:
            out.append("　　" + val)
    return out


def build_txt(d):
    sep = d.get("tsep", "｜")
    L = []
    for h in d["head"]:
        L.append(h)
    if d.get("signer"):
        L.append(d["docno"] + "　　签发人：" + d["signer"])
    else:
        L.append(d["docno"])
    L.append("")
    L.append(d["title"])
    L.append("")
    if d.get("to"):
        L.append(d["to"])
    L.extend(txt_blocks(parse_blocks(d["body"]), sep))
    if d.get("att_desc"):
        L.append("")
        for i, line in enumerate(d["att_desc"]):
            L.append(("　　" if i == 0 else "　　　　　") + line)
    L.append("")
    for s in d["sign"]:
        L.append("　　　　　　　　　　　　　　　　" + s)
    L.append("　　　　　　　　　　　　　　　　" + d["date"])
    for line in d.get("fuzhu_pre", []):
        L.append("　　" + line)
    L.append("　　" + d["mark"])
    for a in d.get("attachments", []):
        L.append("")
        L.append(a["label"])
        L.append("")
        L.append(a["title"])
        L.append("")
        L.extend(txt_blocks(parse_blocks(a["body"]), sep))
    L.append("")
    L.append("—" * 30)
    if d.get("cc"):
        L.append("抄送：" + d["cc"])
        L.append("—" * 30)
    L.append(d["printer"] + "　　　　" + d["pdate"] + "印发")
    L.append("—" * 30)
    return "\n".join(L) + "\n"


DOCS = []


def add(**kw):
    DOCS.append(kw)


# =========================================================================== PANEL (9)
# P1 — sentence naming the whole committee; absolute dates after 成文日期.
add(key="P1", case="panel", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕51号",
    title="关于做好2025年度全市工程技术人才中级职称评审工作的通知",
    to="各县（市、区）人力资源和社会保障局，禹泽经济技术开发区人事劳动保障局，市直各有关单位：",
    body="""
为做好我市工程技术人才职称评价工作，进一步发挥职称评审对专业技术人才的激励导向作用，根据《河朔省职称评审管理实施细则》和我市深化职称制度改革有关规定，经研究，现就2025年度全市工程系列中级职称评审工作有关事项通知如下。
一、评审范围
本次评审面向在我市各类企事业单位从事工程技术工作、申报工程师资格并已通过单位推荐和县（市、区）人社部门或市直主管部门审核的专业技术人员，涉及建筑工程、市政工程、机械制造、电气工程、水利工程、冶金工程6个专业。非公有制经济组织和社会组织的专业技术人员按属地原则一并参加评审。
二、评审时间和地点
评审会议定于2025年9月24日至26日在禹泽市人才交流服务大厦五楼第一会议室召开，会期3天。9月24日上午进行申报材料分组审阅，9月24日下午至25日开展专业组评议，9月26日召开评审委员会全体会议，以无记名投票方式进行表决。
三、评审委员会组成
经局党组会议研究，本年度工程系列中级职称评审委员会由9名委员组成。主任委员由河朔工业大学土木与交通学院教授郭立衡担任；副主任委员为禹泽市建筑设计研究院有限公司正高级工程师孟雪芹、禹泽钢铁集团有限公司正高级工程师钱之远；委员为禹泽市水利勘测设计院高级工程师单晓岚、河朔重型机械股份有限公司高级工程师邵国栋、禹泽市市政工程管理处高级工程师冯绍培、禹泽供电公司高级工程师蒋玉珩、禹泽城投建设集团有限公司高级工程师左建邦、河朔工业大学机械工程学院副教授贾慧敏。评审委员会办公室设在市人社局专业技术人员管理科，负责会务组织和材料管理。
四、工作要求
（一）按时报送材料。各县（市、区）人社部门和市直主管部门要于9月17日下班前，将审核后的纸质申报材料和汇总表报送评审委员会办公室，逾期不再受理。
（二）严格评审纪律。参加评审的委员要坚持客观公正原则，严格按照评价标准条件独立发表意见。委员与申报人有近亲属关系或者存在其他可能影响公正评审情形的，应当主动申请回避。
（三）做好结果公示。评审结果经市人社局审核后，在市人社局门户网站公示5个工作日。公示无异议的，由市人社局统一办理资格确认和证书发放手续。
联系人：专业技术人员管理科 许慕白，联系电话：0392-3216610。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年9月8日",
    mark="（此件公开发布）",
    cc="河朔省人力资源和社会保障厅专业技术人员管理处，市委组织部。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年9月9日",
    note="Names all 9 members of the 工程系列中级评审委员会 (chair, vice-chairs, members with units) in one running sentence; committee sits 2025-09-24..26, document dated 2025-09-08.")

# P2 — attachment table of judges; 拟于5月中旬 with exact dates.
add(key="P2", case="panel", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕17号",
    title="关于印发《禹泽市第三届职业技能大赛实施方案》的通知",
    to="各县（市、区）人力资源和社会保障局，市直各有关单位，各技工院校，各有关企业：",
    body="""
现将《禹泽市第三届职业技能大赛实施方案》印发给你们，请结合实际认真组织实施。
^禹泽市第三届职业技能大赛实施方案
为深入实施技能强市战略，营造劳动光荣、技能宝贵、创造伟大的社会氛围，选拔优秀技能人才参加全省职业技能大赛，市人社局决定举办禹泽市第三届职业技能大赛。具体方案如下。
一、组织机构
大赛由市人社局主办，禹泽技师学院承办，禹泽钢铁集团有限公司、河朔重型机械股份有限公司协办。大赛设组织委员会，负责竞赛的统筹协调；组委会下设办公室、技术组、仲裁组和裁判组，办公室设在市人社局职业能力建设科。
二、竞赛项目和时间地点
本届大赛设焊工、电工、数控车工3个赛项，均为职工组。大赛拟于5月中旬举行，具体为5月15日至17日，其中5月15日报到并熟悉场地，5月16日进行理论知识考试和实际操作比赛，5月17日上午完成剩余场次比赛并公布成绩。竞赛地点为禹泽技师学院实训中心。
三、参赛对象和报名办法
凡在我市各类企业和技工院校从事相关职业工作、身体健康的在职职工和技工院校教师均可报名，每个赛项每个单位限报3人。已获得“河朔省技术能手”及以上称号的人员不再以选手身份参赛。报名表经单位审核盖章后，于4月30日前报送大赛组委会办公室。
四、竞赛内容和评分办法
各赛项竞赛内容以国家职业技能标准三级（高级工）要求为基础，适当增加新技术、新工艺内容。理论知识考试占总成绩的20%，实际操作比赛占80%。实际操作比赛由裁判组按照技术文件确定的评分标准独立评分，裁判长负责对评分结果进行复核。各赛项裁判人员安排见附件2。
五、奖励办法
各赛项按成绩分别评选一等奖1名、二等奖2名、三等奖3名。获得一等奖且符合条件的选手，按程序推荐授予“禹泽市技术能手”称号；对获奖选手按规定晋升相应职业技能等级。
六、工作要求
各有关单位要高度重视，认真做好选手选拔、集训和后勤保障工作，做到安全办赛、廉洁办赛。赛事期间严格执行安全生产规定，承办单位要制定应急预案。
联系人：职业能力建设科 吕清扬，联系电话：0392-3216538。
""",
    att_desc=["附件：1. 禹泽市第三届职业技能大赛报名表", "2. 禹泽市第三届职业技能大赛各赛项裁判人员名单"],
    sign=["禹泽市人力资源和社会保障局"], date="2025年4月15日",
    mark="公开方式：主动公开",
    attachments=[
        dict(label="附件1", title="禹泽市第三届职业技能大赛报名表", body="""
|姓名|性别|工作单位|参赛赛项|现职业技能等级|从事本职业年限
|（填写）|（填写）|（填写）|（填写）|（填写）|（填写）
报名表一式两份，由选手所在单位审核盖章后报送大赛组委会办公室。
"""),
        dict(label="附件2", title="禹泽市第三届职业技能大赛各赛项裁判人员名单", body="""
|赛项|职务|姓名|工作单位
|焊工|裁判长|陶振华|禹泽钢铁集团有限公司
|焊工|裁判员|阎春来|河朔重型机械股份有限公司
|焊工|裁判员|柏红雨|禹泽技师学院
|焊工|裁判员|梁书恒|禹泽市第二技工学校
|电工|裁判长|鲁承德|禹泽供电公司
|电工|裁判员|苗兰芝|禹泽技师学院
|电工|裁判员|任浩然|禹泽城投建设集团有限公司
|电工|裁判员|邹立群|禹泽市第二技工学校
|数控车工|裁判长|葛宏伟|河朔重型机械股份有限公司
|数控车工|裁判员|岳宗翰|禹泽技师学院
|数控车工|裁判员|齐冬梅|禹泽钢铁集团有限公司
|数控车工|裁判员|石磊磊|河朔职业技术学院
"""),
    ],
    cc="河朔省人力资源和社会保障厅职业能力建设处，市总工会。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年4月16日",
    note="Attachment 2 is a table of all 12 judges (裁判长/裁判员) with units; the contest runs 2025-05-15..17 (拟于5月中旬), document dated 2025-04-15.")

# P3 — 纪要 decision item; 下周三 from Thursday 2025-10-16 = 2025-10-22.
add(key="P3", case="panel", fmt="docx", attr="依申请公开",
    head=["禹泽市人力资源和社会保障局", "局长办公会议纪要"], head_kind="minutes",
    docno="〔2025〕第14期",
    title="2025年第14次局长办公会议纪要",
    to="",
    body="""
2025年10月16日上午，局长杜卫东在局三楼会议室主持召开2025年第14次局长办公会议，研究市级创业孵化示范基地评估验收、第四季度就业补贴资金拨付和冬季职业培训等事项。副局长罗惠中、沈立群，局办公室、就业促进科、职业能力建设科、规划财务科负责同志和市就业服务中心主任韩明哲出席会议。现将会议议定事项纪要如下。
一、关于市级创业孵化示范基地评估验收工作
会议听取了就业促进科关于今年申报市级创业孵化示范基地评估验收准备情况的汇报。今年共有4家基地通过县（市、区）初审，分别为禹泽高新区创新创业中心、新阜县返乡创业孵化园、柳营县电商产业孵化基地和禹泽职业技术学院大学生创业园。
会议同意由以下同志组成评估验收组：组长韩明哲（市就业服务中心主任），副组长尹若琳（市人社局就业促进科科长），成员傅嘉禾（河朔财经学院经济管理学院教授）、温立新（禹泽市中小企业服务中心高级经济师）、欧阳澜（禹泽正衡会计师事务所注册会计师）。验收组下周三起分两组赴各基地开展现场评估，重点查看入孵企业数量、孵化服务能力、带动就业人数和资金使用情况，每个基地评估时间为1天，全部评估工作在10月底前完成。
会议要求，就业促进科要提前与各县（市、区）人社局对接现场评估的场地和资料准备，评估结果形成书面报告后提交局长办公会研究。
二、关于第四季度就业补贴资金拨付事项
会议原则同意规划财务科提出的第四季度就业补贴资金拨付方案。会议要求，资金拨付要严格按照审核通过的名单和标准执行，做到账实相符；对社会保险补贴、岗位补贴等需要与社保缴费信息比对的项目，由市就业服务中心会同市社保中心完成数据比对后再行拨付。
三、关于冬季职业技能培训工作
会议同意职业能力建设科关于今冬明春开展农村转移劳动力职业技能培训的安排，全市计划培训4000人次，重点开设电工、焊工、育婴员、电子商务等项目。会议要求，各定点培训机构要严格执行培训过程管理规定，培训课时、学员考勤和结业考核情况要全程留痕。
""",
    sign=["禹泽市人力资源和社会保障局办公室"], date="2025年10月16日",
    mark="（此件依申请公开）",
    cc="",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年10月17日",
    note="Minutes decision item names all 5 members of the 评估验收组 (with units) and says the group starts 下周三起 (= 2025-10-22) from minutes dated Thursday 2025-10-16.")

# P4 — 便函 to the experts' employers; 本月下旬.
add(key="P4", case="panel", fmt="txt", attr="依申请公开", tsep="｜",
    head=["禹泽市职业技能鉴定中心"], head_kind="letter",
    docno="禹鉴定便函〔2025〕31号",
    title="关于请支持有关同志参加2025年度高级技师评价专家评审工作的便函",
    to="禹泽钢铁集团有限公司、河朔重型机械股份有限公司、禹泽技师学院：",
    body="""
根据市人社局关于2025年度高技能人才评价工作的统一安排，我中心将组织开展全市高级技师职业技能等级评价专家评审工作。本次评审涉及焊工、电工、机修钳工、数控车工4个职业（工种），共有63名申报人员进入专家评审环节。
经从市高技能人才评价专家库中抽取并征得本人同意，贵单位下列同志将作为评审专家参加本次评审：
禹泽钢铁集团有限公司正高级工程师曹立峰（焊工组组长）、高级技师聂广田（焊工组）；
河朔重型机械股份有限公司高级技师田秀荣（机修钳工组组长）、高级工程师卜玉堂（数控车工组）；
禹泽技师学院高级讲师黎振川（电工组组长）、一级实习指导教师柯晓雯（电工组）。
评审工作安排在本月下旬进行，集中在禹泽市职业技能鉴定中心二楼评审室，为期3天，主要内容为审阅申报人员的工作业绩材料、技术总结和论文，组织现场答辩并进行综合评定。评审期间食宿由我中心统一安排，往返交通费按规定标准予以报销，评审劳务费按市财政有关标准发放。
为确保评审工作顺利进行，恳请贵单位给予大力支持，在评审期间为上述同志妥善安排工作、准予参加，并请于11月12日前将回执报送我中心评价科。如确有特殊情况不能参加，请及时说明理由，以便我中心按程序从专家库中递补抽取。
感谢贵单位长期以来对我市技能人才评价工作的支持。
联系人：评价科 甘雨桐，联系电话：0392-3227405。
""",
    att_desc=["附件：评审专家参加评审回执"],
    sign=["禹泽市职业技能鉴定中心"], date="2025年11月5日",
    mark="公开方式：依申请公开",
    attachments=[dict(label="附件", title="评审专家参加评审回执", body="""
|单位名称|专家姓名|能否参加|联系人|办公电话
|（填写）|（填写）|（填写）|（填写）|（填写）
回执请加盖单位公章后扫描发送至中心评价科。
""")],
    cc="市人社局职业能力建设科。",
    printer="禹泽市职业技能鉴定中心", pdate="2025年11月5日",
    note="Letter to the experts' employers names 6 assessment experts (with units and group roles) for a review held 本月下旬 (late November 2025); letter dated 2025-11-05.")

# P5 — 电话记录; 节后第一周 (after the National Day/Mid-Autumn holiday, Oct 1-8, 2025).
add(key="P5", case="panel", fmt="txt", attr="依申请公开", tsep="\t",
    head=["禹泽市职业技能鉴定中心"], head_kind="letter",
    docno="电话记录〔2025〕第23号",
    title="关于电工、焊工职业技能等级认定实操考核考评员安排的电话记录",
    to="中心考务科、质量督导科：",
    body="""
来电时间：2025年9月26日上午10时20分
来电单位：禹泽市人力资源和社会保障局职业能力建设科
通话人：职业能力建设科 吕清扬
记录人：中心考务科 钟文澜
通话内容记录如下。
一、考核安排
市人社局职业能力建设科通知，2025年第三批电工、焊工职业技能等级认定（四级、三级）实际操作考核定在国庆中秋假期后第一周的周五举行，地点为禹泽技师学院实训中心电工实训楼和焊接实训车间，考核对象为本批次通过理论知识考试的考生，共计142人。
二、考评员组成
经局职业能力建设科与中心商定，本次实操考核共安排考评员8名，具体如下：
|考场|组别|考评员|工作单位
|电工一考场|组长|包春生|禹泽技师学院
|电工一考场|考评员|邱雅静|禹泽市第二技工学校
|电工二考场|组长|常宏斌|禹泽供电公司
|电工二考场|考评员|车美玲|禹泽技师学院
|焊工一考场|组长|易晓辉|禹泽钢铁集团有限公司
|焊工一考场|考评员|严丽华|河朔重型机械股份有限公司
|焊工二考场|组长|牛建业|禹泽城投建设集团有限公司
|焊工二考场|考评员|管振宇|禹泽技师学院
三、需中心落实的事项
（一）请考务科于10月9日前完成考场布置、设备调试和耗材准备，考前一天组织考评员熟悉场地和评分细则。
（二）请质量督导科安排督导员全程参与考核现场，对评分过程和成绩录入进行核查，考核结束后3个工作日内报送督导报告。
（三）考核成绩由中心汇总后报市人社局职业能力建设科审核，审核通过后按规定颁发职业技能等级证书。
（四）考评员报到、考前培训和考核期间的工作餐由考务科统一安排，考评劳务费按市财政规定标准在考核结束后10个工作日内发放。
以上内容已复述核对无误。记录人已于当日下午将本记录呈中心主任阅示，并分送考务科、质量督导科办理。
""",
    sign=["禹泽市职业技能鉴定中心"], date="2025年9月26日",
    mark="公开方式：依申请公开",
    cc="市人社局职业能力建设科。",
    printer="禹泽市职业技能鉴定中心办公室", pdate="2025年9月26日",
    note="Telephone record lists 8 named 考评员 with units and rooms for the practical exam held 节后第一周的周五 (= 2025-10-10); record dated 2025-09-26.")

# P6 — Word table in body; interview on 6月28日（星期六）.
add(key="P6", case="panel", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕33号",
    title="关于2025年市属事业单位公开招聘工作人员面试考务安排的通知",
    to="市直各有关招聘单位，各面试考场工作组：",
    body="""
根据《禹泽市2025年市属事业单位公开招聘工作人员公告》安排，笔试成绩和进入面试人员名单已经公布。为确保面试工作规范有序进行，现将有关考务安排通知如下。
一、面试时间和地点
面试定于2025年6月28日（星期六）举行，地点为禹泽市人事考试中心（禹泽市泽城区文昌路188号）。考生于当日上午7时30分前到候考室报到，8时30分开始面试。
二、面试方式
面试采取结构化面试方式，每名考生面试时间为15分钟，满分100分，合格分数线为60分。面试成绩当场评定、当场公布，考生签字确认。
三、考场和考官安排
为保证面试评分的专业性和均衡性，各考场考官由党政机关、高等院校和行业单位人员交叉组成，每个考场均有招聘岗位所属行业的专家参加。本次面试共设3个考场，每个考场由1名主考官和4名考官组成，具体安排如下：
|考场|面试岗位类别|主考官|考官
|第一考场|综合管理类|雷振宇（市委党校副教授）|汤悦（市人社局事业单位人事管理科）、庞立军（市发展研究中心）、施婉如（河朔财经学院）、华守正（市机关事务服务中心）
|第二考场|专业技术类（卫生）|窦志鸿（禹泽市第一人民医院主任医师）|柴雨萌（市卫生健康委员会人事科）、舒振邦（禹泽市中医院）、方若溪（禹泽市妇幼保健院）、戚永年（禹泽卫生学校）
|第三考场|专业技术类（教育）|姚德清（禹泽市第一中学正高级教师）|潘晓曼（市教育局人事科）、裴之恒（禹泽市实验小学）、柳青禾（禹泽职业技术学院）、骆明川（市教育科学研究所）
考官请于6月28日上午7时20分到考官休息室报到，参加考前培训，领取评分表和面试题本。
四、工作要求
（一）各考场工作组要严格执行考务工作规程，面试题本当场启封，考生抽签确定面试顺序，考务人员不得与考生私下接触。
（二）考官与考生有亲属关系或者其他可能影响公正的关系的，应当在考前培训时主动提出，由考务组调整考场安排。
（三）各招聘单位要安排专人配合做好考生资格复审、候考管理和面试成绩汇总工作，面试结束后2个工作日内将成绩汇总表报市人社局事业单位人事管理科。
联系人：事业单位人事管理科 汪子墨，联系电话：0392-3216647。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年6月20日",
    mark="（此件公开发布）",
    cc="市委组织部，市委机构编制委员会办公室。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年6月20日",
    note="In-body Word table names the 15 interview examiners (主考官/考官 with units) for the 2025-06-28 interview; document dated 2025-06-20.")

# P7 — OA notice text; 月底前.
add(key="P7", case="panel", fmt="txt", attr="主动公开", tsep="｜",
    head=["禹泽市人力资源和社会保障局办公室"], head_kind="letter",
    docno="OA通知 禹人社办〔2025〕87号",
    title="【OA通知】关于开展市级高技能人才培训基地建设项目终期验收的通知",
    to="禹泽技师学院、河朔重型机械股份有限公司、禹泽市第二技工学校、新阜县职业技术教育中心：",
    body="""
按照《禹泽市高技能人才培训基地建设项目管理办法》规定，2023年立项的4个市级高技能人才培训基地建设项目已到建设期满，现决定开展终期验收。有关事项通知如下。
一、验收内容
验收重点为项目建设目标完成情况、实训设备购置和使用情况、培训规模和培训质量、师资队伍建设情况以及市级补助资金使用的合规性。各项目单位要对照项目任务书逐项开展自查，形成自查报告。
二、验收组组成
本次终期验收由验收组负责实施。验收组组长由禹泽技师学院副院长萧鸿儒担任，成员为河朔工业大学机械工程学院教授贾慧敏、禹泽钢铁集团有限公司高级技师陶振华、禹泽正衡会计师事务所注册会计师欧阳澜和市人社局职业能力建设科副科长吕清扬。验收组对项目单位逐一进行现场查验，听取汇报、查阅资料、实地察看实训场地并随机抽查培训学员。
三、时间安排
验收组11月20日起按项目单位顺序依次开展现场查验，每个单位半天，月底前全部完成。各单位收到本通知后，请指定一名联系人负责对接，并于11月18日前将自查报告和相关佐证资料电子版上传至OA系统“职业能力建设”栏目。
四、有关要求
各项目单位主要负责人要参加现场汇报，如实提供资料，不得弄虚作假。验收结论分为“通过”“限期整改”“不通过”三个等次，验收结果将在市人社局门户网站进行公示。
联系人：职业能力建设科 吕清扬，办公电话：0392-3216538。
（本通知通过OA系统发送，不再另发纸质文件，请各单位及时签收。）
""",
    sign=["禹泽市人力资源和社会保障局办公室"], date="2025年11月12日",
    mark="公开方式：主动公开",
    cc="市财政局社会保障科。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年11月12日",
    note="OA notice names the 5-person 验收组 (leader and members with units) that starts on 2025-11-20 and finishes 月底前; notice dated 2025-11-12.")

# P8 — colon list of final-round judges; 定于7月下旬 (7月24日).
add(key="P8", case="panel", fmt="docx", attr="主动公开",
    head=["禹泽市就业服务中心文件"], head_kind="file",
    docno="禹就业〔2025〕21号",
    title="关于印发第五届“禹泽创业之星”创业大赛决赛实施方案的通知",
    to="各县（市、区）就业服务中心，各有关单位：",
    body="""
第五届“禹泽创业之星”创业大赛初赛和复赛已经结束，共有12个项目进入决赛。现将决赛实施方案印发给你们，请各有关单位认真组织参赛项目做好准备。
一、决赛时间和地点
决赛定于7月下旬举行，具体时间为2025年7月24日（星期四）上午8时30分，地点为禹泽高新区创新创业中心一楼路演厅。参赛项目负责人须于当日上午8时前到达现场签到并抽签确定出场顺序。
二、决赛形式
决赛采取“项目路演＋评委提问”的方式进行。每个项目路演时间不超过8分钟，评委提问和选手答辩时间不超过5分钟。评委从项目创新性、商业模式、团队能力、市场前景和带动就业效果5个方面进行打分，去掉一个最高分和一个最低分后计算平均分，为项目最终得分。
三、评委组成
决赛评委：范思远（河朔财经学院经济管理学院教授）、褚雅琴（禹泽农村商业银行股份有限公司高级经济师）、金鹏飞（禹泽市创业投资引导基金管理有限公司投资总监）、宁婉清（市级创业导师、禹泽市巧手家政服务有限公司总经理）、程博文（禹泽高新区创新创业中心主任）。评委会主任由范思远担任。
四、奖项设置
决赛设一等奖1名、二等奖2名、三等奖3名、优秀奖6名。获奖项目按照《禹泽市创业扶持资金管理办法》给予一次性创业资助，一等奖5万元、二等奖3万元、三等奖2万元、优秀奖5000元；获得一、二等奖的项目优先推荐参加全省创业大赛，优先入驻市级创业孵化示范基地。
五、工作要求
（一）各县（市、区）就业服务中心要指导本地参赛项目完善路演材料，于7月18日前将路演课件报送市就业服务中心创业服务科。
（二）承办单位要做好场地布置、设备调试和现场秩序维护工作，并组织媒体做好宣传报道。
（三）决赛全程接受市人社局机关纪委监督，比赛结果当场公布。
联系人：创业服务科 韦嘉言，联系电话：0392-3235186。
""",
    sign=["禹泽市就业服务中心"], date="2025年7月10日",
    mark="（此件公开发布）",
    cc="市人社局就业促进科，禹泽高新区管委会。",
    printer="禹泽市就业服务中心", pdate="2025年7月11日",
    note="Colon list '决赛评委：…' names the 5 judges with units for the final 定于7月下旬 (2025-07-24); document dated 2025-07-10.")

# P9 — joint with 市住建局; 组织机构 paragraph naming the 裁判组; 拟于10月15日至16日.
add(key="P9", case="panel", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], head_kind="joint",
    docno="禹人社联〔2025〕7号",
    title="关于举办2025年禹泽市建筑业职业技能竞赛的通知",
    to="各县（市、区）人力资源和社会保障局、住房和城乡建设局，各建筑业企业：",
    body="""
为大力弘扬工匠精神，提升建筑产业工人技能水平，市人社局、市住建局决定联合举办2025年禹泽市建筑业职业技能竞赛。现将有关事项通知如下。
一、竞赛项目
竞赛设砌筑工、钢筋工、架子工3个项目，均按照相应国家职业技能标准三级（高级工）要求命题，理论知识考试占30%，实际操作比赛占70%。
二、时间和地点
竞赛拟于10月15日至16日在禹泽城投建设集团有限公司建筑产业工人实训基地举行。10月15日上午报到、召开领队会，下午进行理论知识考试；10月16日全天进行实际操作比赛。
三、组织机构
（一）组织委员会。由市人社局、市住建局分管负责同志任主任，负责竞赛的组织领导和重大事项决策。
（二）办公室。设在市住建局建筑市场监管科，负责竞赛日常组织协调工作。
（三）裁判组。裁判长由禹泽市建设工程质量安全监督站高级工程师贺景川担任；砌筑工项目裁判为靳长林（河朔建工集团第四工程有限公司高级技师）、武晴川（禹泽技师学院高级讲师），钢筋工项目裁判为廉志勇（禹泽城投建设集团有限公司高级工程师）、屈小兰（禹泽市建筑设计研究院有限公司工程师），架子工项目裁判为詹秋生（禹泽市恒通建设工程有限公司高级技师）、童雅萍（禹泽市第二技工学校讲师）。裁判组按照竞赛技术文件独立开展执裁工作。
（四）仲裁组。由市人社局职业能力建设科和市住建局建筑市场监管科有关同志组成，负责受理参赛队对竞赛结果的申诉。
四、参赛办法
各县（市、区）人社局、住建局负责组织本地建筑业企业选拔参赛选手，每个项目限报5名；市属建筑业企业可直接组队报名。参赛选手须为在我市建筑工地一线从事相关工作的在职职工，年龄在18至55周岁之间。报名表请于10月10日前报送竞赛办公室。
五、奖励办法
每个项目设一等奖1名、二等奖2名、三等奖3名。获得一等奖的选手，按程序推荐申报“禹泽市技术能手”称号；获奖选手可按规定晋升相应职业技能等级。
六、工作要求
各参赛单位要为选手购买竞赛期间人身意外伤害保险，严格落实现场安全防护措施。承办单位要制定安全应急预案，确保竞赛安全有序。
联系人：市住建局建筑市场监管科 邝明远，联系电话：0392-3251270；市人社局职业能力建设科 吕清扬，联系电话：0392-3216538。
""",
    sign=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], date="2025年9月29日",
    mark="公开方式：主动公开",
    cc="河朔省住房和城乡建设厅建筑市场监管处，市总工会。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年9月29日",
    note="Joint notice names the 裁判长 and 6 project referees with units in the 组织机构 section; contest 拟于10月15日至16日, document dated 2025-09-29.")

# =========================================================================== UNANNOUNCED (9)
# U1 — joint with 住建; project list + dates in attachment; no-warning in body and 备注.
add(key="U1", case="unannounced", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], head_kind="joint",
    docno="禹人社联〔2025〕9号",
    title="关于印发《2025年冬季根治欠薪在建工程项目实地检查工作方案》的通知",
    to="各县（市、区）人力资源和社会保障局、住房和城乡建设局，市劳动保障监察支队：",
    body="""
为落实全省根治欠薪冬季专项行动部署，确保农民工工资在元旦春节前足额支付到位，市人社局、市住建局制定了《2025年冬季根治欠薪在建工程项目实地检查工作方案》，现印发给你们，请认真贯彻执行。
^2025年冬季根治欠薪在建工程项目实地检查工作方案
一、检查目的
通过对全市重点在建工程项目进行实地检查，摸清农民工实名制管理、工资专用账户、施工总承包单位代发工资、工资保证金和维权信息公示等制度落实情况，及时发现并处置欠薪隐患，推动问题在春节前动态清零。
二、检查对象和时间
本次实地检查从全市在建工程项目中选取6个投资规模大、用工人数多、近期有投诉线索的项目作为检查对象，具体项目及检查日期见附件。检查时间为2025年12月2日至12月5日。
三、检查组织
市人社局、市住建局抽调劳动保障监察、建筑市场监管等业务骨干，组成2个联合检查组，每组4人，由市劳动保障监察支队和市住建局建筑市场监管科负责同志分别带队。
四、检查方式
各检查组出发前不向项目所在县（市、区）和建设、施工单位透露行程安排，抵达后径直进入施工现场和项目部，出示执法证件后即开展检查。检查组随机询问一线农民工不少于10人，现场调阅劳动合同、考勤记录、工资支付台账和银行代发凭证，核对工资专用账户资金流水。
五、问题处置
对检查发现的欠薪问题，依法责令限期支付；对拒不整改的，依法作出行政处理处罚，并将相关企业纳入拖欠农民工工资失信联合惩戒对象名单。对制度落实不到位的项目，由行业主管部门督促整改。检查结束后5个工作日内，各检查组形成书面报告。
""",
    att_desc=["附件：2025年冬季根治欠薪实地检查项目及日期安排表"],
    sign=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], date="2025年11月20日",
    mark="公开方式：主动公开",
    attachments=[dict(label="附件", title="2025年冬季根治欠薪实地检查项目及日期安排表", body="""
|序号|项目名称|施工总承包单位|所在区域|检查日期|检查组|备注
|1|滨河新城安置房三期项目|河朔宏基建筑集团有限公司|泽城区|12月2日|第一组|到场前不联系项目部
|2|禹泽市第二人民医院门诊综合楼项目|禹泽市恒通建设工程有限公司|河东区|12月2日|第二组|到场前不联系项目部
|3|新阜县产业园标准化厂房二期项目|河朔建工集团第四工程有限公司|新阜县|12月3日|第一组|到场前不联系项目部
|4|柳营县第三中学教学楼改扩建项目|禹泽市瑞丰建筑安装有限公司|柳营县|12月4日|第二组|到场前不联系项目部
|5|泽城区明德路跨河桥工程|河朔路桥集团有限公司|泽城区|12月4日|第一组|到场前不联系项目部
|6|禹泽经开区冷链物流中心项目|禹泽市宏泰建设有限公司|经开区|12月5日|第二组|到场前不联系项目部
"""),],
    cc="市根治拖欠农民工工资工作领导小组办公室。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年11月21日",
    note="Lists 6 named construction projects with their contractors and check dates 2025-12-02..05; the body says the itinerary is not revealed to the county or the companies and the teams go straight in. Dated 2025-11-20.")

# U2 — 社保中心; list of medical institutions with dates in body.
add(key="U2", case="unannounced", fmt="docx", attr="依申请公开",
    head=["禹泽市社会保险服务中心文件"], head_kind="file",
    docno="禹社保〔2025〕15号",
    title="关于开展2025年工伤保险协议医疗机构和康复机构现场稽核的通知",
    to="各县（市、区）社会保险经办机构，中心各科室：",
    body="""
为加强工伤保险基金监督管理，规范协议医疗机构和康复机构诊疗服务行为，根据《社会保险经办条例》和《禹泽市工伤保险协议管理办法》，经研究，中心决定于5月下旬对部分协议机构开展现场稽核。现将有关事项通知如下。
一、稽核对象和时间
本次现场稽核对象为5家工伤保险协议机构，分别是：禹泽市第三人民医院（5月20日）、禹泽市骨科医院（5月21日）、新阜县中医院（5月22日上午）、柳营县人民医院（5月22日下午）、禹泽康复医院（5月23日）。
二、稽核内容
（一）工伤职工住院诊疗情况，重点核查是否存在挂床住院、分解住院、超范围诊疗等问题。
（二）医疗费用结算情况，重点核查药品、耗材和检查项目是否符合工伤保险目录，是否存在串换项目、虚记费用等问题。
（三）康复服务情况，重点核查康复项目、疗程与工伤职工伤情是否相符，康复记录是否完整。
（四）协议履行情况，包括信息系统对接、费用申报时限、工伤职工就医管理等。
三、稽核方式
中心抽调稽核科、工伤保险待遇科和县（市、区）经办机构业务人员组成稽核组。稽核组按上述日期前往，事先不发稽核通知书，也不与机构约定接待时间，抵达后当面送达通知书，随即调取病历、费用清单和结算数据，同时到病房核对在院工伤职工。
四、工作要求
（一）各县（市、区）经办机构要按中心通知安排人员参加稽核，参加人员名单于5月16日前报中心稽核科。
（二）稽核人员要严格依法依规开展工作，规范制作稽核工作记录，对发现的问题要取得相关证据材料并由被稽核机构签字确认。
（三）稽核结束后10个工作日内，稽核组形成稽核报告，对违规费用按协议约定予以追回，情节严重的按规定暂停或解除服务协议。
联系人：稽核科 封子谦，联系电话：0392-3241172。
""",
    sign=["禹泽市社会保险服务中心"], date="2025年5月12日",
    mark="（此件依申请公开）",
    cc="市人社局工伤保险科、社会保险基金监督科。",
    printer="禹泽市社会保险服务中心办公室", pdate="2025年5月12日",
    note="Names 5 work-injury agreement hospitals with one date each (2025-05-20..23) and says no advance notice or appointment will be given; notice dated 2025-05-12.")

# U3 — 便函 from the 支队 to a county bureau; 下周二 from Thursday 2025-03-27 = 2025-04-01.
add(key="U3", case="unannounced", fmt="txt", attr="依申请公开", tsep="｜",
    head=["禹泽市劳动保障监察支队"], head_kind="letter",
    docno="禹劳监便函〔2025〕7号",
    title="关于请协助开展柳营县人力资源服务机构专项检查的便函",
    to="柳营县人力资源和社会保障局：",
    body="""
根据全市人力资源市场秩序清理整顿专项行动安排，我支队将于下周二对柳营县部分人力资源服务机构开展专项检查，重点检查劳务派遣经营许可、派遣协议签订和履行、同工同酬落实以及招聘信息发布等情况。现将有关事项函告如下。
一、检查对象
本次检查对象为柳营县众诚劳务派遣有限公司、柳营县鑫达人力资源服务有限公司和禹泽市聚才人力资源有限公司柳营分公司，均为近期有群众来信反映问题的机构。
二、请贵局协助事项
（一）请选派2名持有执法证件、熟悉辖区情况的劳动保障监察员参加检查，并安排1辆执法车辆。
（二）参检人员于检查当日上午8时在贵局一楼大厅集合，由支队带队人员现场明确检查顺序后统一出发。
（三）请贵局将本次检查事项仅告知参检人员本人，不向乡镇、园区和上述机构作任何通报，不提前调取上述机构的备案资料，以免惊动被查对象、影响检查效果。
三、检查结果处理
检查中发现的违法违规问题，由支队会同贵局依法处理；属于贵局管辖的，移交贵局立案查处，并于30日内将处理结果反馈支队。
检查结束后，支队将及时向贵局通报检查情况，对检查中发现的普遍性问题，请贵局在日常监管中予以关注，督促辖区人力资源服务机构规范经营。
请贵局于本周五前将参检人员姓名和执法证号报支队监察一科。
联系人：监察一科 闵浩然，联系电话：0392-3262518。
""",
    sign=["禹泽市劳动保障监察支队"], date="2025年3月27日",
    mark="公开方式：依申请公开",
    cc="市人社局劳动关系科。",
    printer="禹泽市劳动保障监察支队", pdate="2025年3月27日",
    note="Letter to the county bureau names the 3 staffing agencies to be checked 下周二 (= 2025-04-01, from Thursday 2025-03-27) and asks the county not to tell towns or the agencies beforehand.")

# U4 — joint with 市场监管; targets + time slots in attachment table; no-warning ONLY in the 备注 column.
add(key="U4", case="unannounced", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市市场监督管理局"], head_kind="joint",
    docno="禹人社联〔2025〕2号",
    title="关于印发《禹泽市人力资源市场秩序清理整顿专项行动实施方案》的通知",
    to="各县（市、区）人力资源和社会保障局、市场监督管理局，市劳动保障监察支队，市市场监管综合行政执法支队：",
    body="""
现将《禹泽市人力资源市场秩序清理整顿专项行动实施方案》印发给你们，请结合实际抓好落实。
^禹泽市人力资源市场秩序清理整顿专项行动实施方案
为进一步规范人力资源市场秩序，严厉打击发布虚假招聘信息、违规收取费用、非法职业中介等违法违规行为，根据人力资源社会保障部等部门关于清理整顿人力资源市场秩序的部署，市人社局、市市场监管局决定在全市开展人力资源市场秩序清理整顿专项行动。
一、行动时间
专项行动自2025年3月下旬开始，至6月底结束，分为动员部署、集中检查、整改规范三个阶段。
二、重点任务
（一）清理未经许可擅自从事职业中介活动的行为，依法取缔非法职业中介机构。
（二）查处人力资源服务机构发布虚假招聘信息、以招聘为名牟取不正当利益、违规收取求职者押金等行为。
（三）检查劳务派遣单位经营许可证持有和年度经营情况报告报送情况，查处超范围经营、出借许可证等行为。
（四）检查网络招聘平台对用人单位资质和招聘信息的审核义务履行情况。
三、集中检查安排
3月25日至4月3日，由市人社局、市市场监管局抽调执法人员组成联合检查组，对6家人力资源服务机构开展集中检查，检查对象和时段见附件。其余机构由各县（市、区）人社、市场监管部门按照属地管理原则组织检查。
四、职责分工
市人社局负责对人力资源服务许可、备案事项和服务行为进行检查；市市场监管局负责对经营主体登记、广告发布和收费行为进行检查。双方对检查中发现的问题相互通报、联合处置。
五、工作要求
各县（市、区）要结合本地实际制定具体方案，于4月10日前报送市人社局人力资源流动管理科。专项行动结束后，各地要认真总结，于6月30日前报送工作总结和典型案例。
""",
    att_desc=["附件：集中检查对象及时段安排表"],
    sign=["禹泽市人力资源和社会保障局", "禹泽市市场监督管理局"], date="2025年3月18日",
    mark="（此件公开发布）",
    attachments=[dict(label="附件", title="集中检查对象及时段安排表", body="""
|序号|检查对象|所在区域|检查时段|牵头单位|备注
|1|禹泽市博远人力资源服务有限公司|泽城区|3月25日上午|市人社局|按表列时段径直进场，事前不发通知
|2|禹泽市一诺劳务派遣有限公司|泽城区|3月25日下午|市市场监管局|按表列时段径直进场，事前不发通知
|3|河朔优聘网络科技有限公司（网络招聘平台）|经开区|3月27日全天|市人社局|按表列时段径直进场，事前不发通知
|4|泽城区金桥职业介绍所|泽城区|3月31日上午|市市场监管局|按表列时段径直进场，事前不发通知
|5|新阜县安达劳务服务有限公司|新阜县|4月2日全天|市人社局|按表列时段径直进场，事前不发通知
|6|禹泽市汇英人才咨询有限公司|河东区|4月3日上午|市市场监管局|按表列时段径直进场，事前不发通知
"""),],
    cc="河朔省人力资源和社会保障厅人力资源流动管理处，河朔省市场监督管理局。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年3月19日",
    note="Attachment table names 6 HR-service firms with check time slots 2025-03-25..04-03; the no-warning intent appears only in the table's 备注 column ('径直进场，事前不发通知'). Dated 2025-03-18.")

# U5 — 支队 meeting minutes; targets + dates; no-warning in words far from stock phrases.
add(key="U5", case="unannounced", fmt="txt", attr="依申请公开", tsep="｜",
    head=["禹泽市劳动保障监察支队", "专题会议纪要"], head_kind="minutes",
    docno="〔2025〕第6期",
    title="关于补贴性职业技能培训机构专项检查的专题会议纪要",
    to="",
    body="""
2025年8月14日下午，支队长洪振东在支队二楼会议室主持召开专题会议，研究补贴性职业技能培训机构专项检查有关事项。副支队长秦若川，监察一科、监察二科、案件审理科负责同志参加会议，市人社局职业能力建设科吕清扬同志列席会议。现将会议议定事项纪要如下。
一、关于检查对象
会议听取了监察二科关于近期补贴性培训举报线索的汇报。今年以来，支队共收到涉及培训机构虚报培训人数、代签到、学员“挂名”领取补贴等线索7件。会议确定，此次集中检查禹泽市金梭职业培训学校、泽城区阳光家政职业培训学校、新阜县惠农职业技能培训学校和禹泽市匠心电焊职业培训学校4家机构。
二、关于检查时间和分工
会议确定，检查于8月19日至21日进行：8月19日检查金梭职业培训学校和阳光家政职业培训学校，8月20日检查惠农职业技能培训学校，8月21日检查匠心电焊职业培训学校。监察二科负责第一组，监察一科负责第二组，市人社局职业能力建设科派员配合核对培训台账。
三、关于检查方式
会议明确，此次检查不走发函、电话预约等前置程序，各培训机构在检查组进门之前不会收到任何形式的消息；检查日期和对象仅限参检人员掌握，出发当天早上再通知驾驶员具体路线。进场后先清点在班学员人数，与当日签到表、人脸识别考勤记录进行比对，再调阅培训计划、教学日志和补贴申领资料。
四、关于问题处理
对查实的虚报冒领补贴行为，依法责令退回补贴资金，取消其定点培训资格；涉嫌犯罪的，移送公安机关处理。案件审理科要提前准备相关文书模板，确保检查发现问题后及时立案。
五、其他事项
会议要求，各组检查结束后当天晚上汇总检查情况，8月25日前形成专项检查报告，经支队长审定后报市人社局。
出席：洪振东、秦若川、桂明轩、邬晓岚、乔子衡
列席：吕清扬
记录：邬晓岚
""",
    sign=["禹泽市劳动保障监察支队办公室"], date="2025年8月14日",
    mark="公开方式：依申请公开",
    cc="市人社局职业能力建设科。",
    printer="禹泽市劳动保障监察支队办公室", pdate="2025年8月15日",
    note="Minutes fix 4 named training schools and check dates 2025-08-19..21 and say the schools will receive no message before the team walks in; dated 2025-08-14.")

# U6 — 就业中心; villages and dates; no-warning in 核查方式.
add(key="U6", case="unannounced", fmt="docx", attr="主动公开",
    head=["禹泽市就业服务中心文件"], head_kind="file",
    docno="禹就业〔2025〕29号",
    title="关于开展乡村公益性岗位在岗履职情况实地核查的通知",
    to="柳营县、新阜县、白沙县就业服务中心：",
    body="""
为规范乡村公益性岗位管理，确保岗位补贴精准发放，根据《河朔省乡村公益性岗位开发管理暂行办法》，市就业服务中心决定对部分村的乡村公益性岗位在岗履职情况进行实地核查。现将有关事项通知如下。
一、核查范围和时间
本次实地核查选取柳营县马家庄镇东王村、前屯村，新阜县双桥乡北李庄村、河湾村，白沙县城关镇西关村、杏园村，共6个村。核查时间为9月16日至18日，其中9月16日核查柳营县，9月17日核查新阜县，9月18日核查白沙县。
二、核查内容
（一）岗位人员在岗情况。逐一核实岗位人员是否在岗、是否本人履职，是否存在顶岗、替岗和“只领钱不干活”等问题。
（二）岗位人员身份条件。核实岗位人员是否符合脱贫人口、防止返贫监测对象或农村就业困难人员等安置条件，是否存在村干部亲属违规安置问题。
（三）补贴发放情况。核对岗位补贴发放名册与银行代发记录，核查是否存在截留、挪用、代领等问题。
（四）日常管理情况。查看村级考勤记录、工作台账和岗位协议签订情况。
三、核查方式
市就业服务中心组成核查组，每个县抽调1名熟悉情况的县级工作人员随组参加。核查组入村时不经乡镇转告，不事先给村委会和岗位人员打电话，按照当天进村后看到的实际情况如实记录，并随机走访村民了解岗位人员日常履职情况。
四、工作要求
（一）请各县就业服务中心于9月12日前将被核查村的岗位人员花名册、岗位协议和近6个月补贴发放明细报市就业服务中心就业援助科，随组人员名单一并报送。
（二）随组人员要如实反映情况，不得干扰核查工作。
（三）核查结束后，市就业服务中心将通报核查结果，对发现的问题督促限期整改，对违规领取的补贴依法追回。
联系人：就业援助科 詹若曦，联系电话：0392-3235219。
""",
    sign=["禹泽市就业服务中心"], date="2025年9月5日",
    mark="公开方式：主动公开",
    cc="市人社局就业促进科，柳营县、新阜县、白沙县人力资源和社会保障局。",
    printer="禹泽市就业服务中心", pdate="2025年9月5日",
    note="Names 6 villages and a day for each county (2025-09-16..18); the 核查方式 says teams enter without the township relaying word and without phoning village committees. Dated 2025-09-05.")

# U7 — 鉴定中心; assessment sites + dates in body table; no-warning only in 注意事项.
add(key="U7", case="unannounced", fmt="docx", attr="主动公开",
    head=["禹泽市职业技能鉴定中心文件"], head_kind="file",
    docno="禹鉴定〔2025〕16号",
    title="关于开展6月份职业技能等级认定考核现场巡查的通知",
    to="中心质量督导科，各质量督导员：",
    body="""
为加强职业技能等级认定质量监管，规范考核现场管理，根据《职业技能等级认定工作规程》和中心2025年度质量督导工作方案，中心决定对6月份部分认定考核现场开展巡查。现将有关事项通知如下。
一、巡查安排
本月巡查的考核现场如下表：
|序号|评价机构|职业（工种）|考核日期|考核地点
|1|禹泽技师学院|电工（四级）|6月14日|禹泽技师学院实训中心
|2|禹泽钢铁集团有限公司|炼钢工（三级）|6月17日|禹泽钢铁集团职工培训中心
|3|河朔职业技能评价服务有限公司|保育师（四级）|6月21日|泽城区建设路综合楼考点
|4|禹泽市家政服务协会|家政服务员（五级）|6月26日|禹泽市家政服务协会培训基地
二、巡查内容
（一）考务管理。检查考场设置、考生身份核验、试卷（题本）领取和回收等是否符合规程。
（二）考评员履职。检查考评员是否具备相应资格，是否按评分标准独立评分，是否存在考评员与考生有利害关系未回避等情形。
（三）考核过程。检查考核时长、实操设备和材料是否符合要求，现场视频监控是否全程覆盖。
（四）档案资料。抽查考生报名资料和考核记录，核对成绩与评分记录是否一致。
三、巡查人员
巡查由中心质量督导科牵头，每个考核现场安排巡查员2名，从中心质量督导员队伍中选派。
四、注意事项
（一）巡查员到达考点前不与评价机构任何人员联络，考核开始后凭工作证件直接进入考场，评价机构在考核当天之前不会知晓巡查员是否到场。
（二）巡查员应当如实填写《考核现场巡查记录表》，发现问题当场指出并拍照取证，巡查结束后2个工作日内提交巡查报告。
（三）对巡查中发现的违规问题，中心将依据评价机构管理办法予以约谈、通报或暂停认定资格。
联系人：质量督导科 景晨阳，联系电话：0392-3227418。
""",
    sign=["禹泽市职业技能鉴定中心"], date="2025年6月10日",
    mark="（此件公开发布）",
    cc="市人社局职业能力建设科。",
    printer="禹泽市职业技能鉴定中心办公室", pdate="2025年6月10日",
    note="Body table names 4 assessment sites and dates (2025-06-14..26) to be inspected; the no-warning intent is only in 注意事项 (1), far from the table. Dated 2025-06-10.")

# U8 — 社保中心; txt with ｜ table of streets/communities and dates.
add(key="U8", case="unannounced", fmt="txt", attr="主动公开", tsep="｜",
    head=["禹泽市社会保险服务中心文件"], head_kind="file",
    docno="禹社保〔2025〕38号",
    title="关于开展养老保险待遇领取资格入户核查的通知",
    to="泽城区、河东区、新阜县社会保险经办机构：",
    body="""
近期，中心通过与民政、卫生健康、公安等部门数据比对，发现部分社区存在死亡人员信息未及时报告、疑似冒领养老保险待遇的情况。为堵塞基金流失漏洞，中心决定对数据比对异常人员较为集中的社区开展入户核查。现将有关事项通知如下。
一、核查对象和时间安排
核查对象为下列社区中经数据比对提示异常的待遇领取人员，共计87人，具体名单由中心稽核科另行交付各核查组。
|序号|县（区）|街道（乡镇）|社区|核查日期
|1|泽城区|文昌街道|北苑社区|10月28日
|2|泽城区|文昌街道|桃园社区|10月28日
|3|河东区|建设路街道|纺织厂社区|10月29日
|4|河东区|建设路街道|光明社区|10月29日
|5|新阜县|城关镇|南关社区|10月30日
二、核查内容
（一）核实待遇领取人员是否健在、是否本人居住。
（二）了解待遇领取人员是否存在服刑、失踪、出国（境）定居等应暂停发放待遇的情形。
（三）核对待遇领取银行账户是否由本人或其监护人使用。
三、核查方式
中心与各县（区）经办机构人员混合编组，每组3人。核查组入户时不提前与待遇领取人员或者其家属预约，也不请社区工作人员事先打招呼，进门后出示工作证件，当面核实人员状况并拍照留存，必要时请同住家属签字确认。
四、工作要求
（一）请各经办机构于10月24日前确定随组人员，名单报中心稽核科。
（二）核查人员要文明规范，尊重群众，注意保护个人信息，核查资料专人管理。
（三）对核实存在冒领情形的，立即暂停待遇发放，依法追回多发待遇；涉嫌犯罪的，移送公安机关。
（四）核查结束后3个工作日内，各核查组将核查记录和影像资料交中心稽核科汇总，中心将据此完善数据比对规则。
联系人：稽核科 封子谦，联系电话：0392-3241172。
""",
    sign=["禹泽市社会保险服务中心"], date="2025年10月20日",
    mark="公开方式：主动公开",
    cc="市人社局养老保险科、社会保险基金监督科。",
    printer="禹泽市社会保险服务中心办公室", pdate="2025年10月20日",
    note="｜-table names 5 communities with home-visit dates 2025-10-28..30; the 核查方式 says no appointment with households and no advance word through the community. Dated 2025-10-20.")

# U9 — 局 notice; targets in body, no-warning only in the last 注意事项 item.
add(key="U9", case="unannounced", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕78号",
    title="关于开展元旦春节前商贸服务业劳动用工专项检查的通知",
    to="泽城区、河东区人力资源和社会保障局，禹泽经济技术开发区人事劳动保障局，市劳动保障监察支队：",
    body="""
元旦春节前是商场、超市和餐饮行业用工高峰期，也是劳动报酬争议和超时加班问题的易发期。为维护劳动者合法权益，市人社局决定在市区开展商贸服务业劳动用工专项检查。现将有关事项通知如下。
一、检查重点
（一）劳动合同签订情况，重点检查季节性用工、临时促销人员是否依法签订劳动合同或用工协议。
（二）工资支付情况，重点检查是否按时足额支付工资、是否低于我市最低工资标准、加班工资是否依法支付。
（三）工作时间和休息休假情况，重点检查是否存在违法延长工作时间、节假日安排加班不支付报酬等问题。
（四）社会保险参保情况和未成年工、女职工特殊保护情况。
二、检查对象和时间
本次专项检查于12月16日至19日进行，检查对象如下：12月16日，泽城区解放路街道禹泽百货大楼有限公司、万福隆购物广场；12月17日，泽城区人民路街道老街坊餐饮管理有限公司、鑫源大酒店；12月18日，河东区禹泽乐购超市连锁有限公司河东店；12月19日，经开区禹泽华联商贸城。
三、检查组织
市劳动保障监察支队牵头组成3个检查组，泽城区、河东区人社局和经开区人事劳动保障局各抽调2名监察员参加。检查中需要调阅社保缴费数据的，由市社保中心予以配合。
四、结果运用
对检查中发现的违法行为，依法责令改正；情节严重的，依法给予行政处罚，并纳入劳动保障守法诚信等级评价。检查情况于12月26日前汇总报市人社局劳动关系科。
五、注意事项
（一）参检人员要严格遵守执法程序，两人以上共同执法，主动出示执法证件。
（二）检查要尽量避开营业高峰时段，不影响企业正常经营。
（三）各检查组按照既定路线直接进店，事前不与企业和所在街道联系，检查前一日也不对外发布行程信息，确保看到企业用工的真实状态。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年12月10日",
    mark="（此件公开发布）",
    cc="市市场监督管理局，市商务局。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年12月11日",
    note="Names 6 retail/catering firms with a day each (2025-12-16..19); the no-warning intent appears only in the last 注意事项 item. Dated 2025-12-10.")

# =========================================================================== CLEAN (18), part 1
# C1 — results 公示 after the committee sat (pairs P1).
add(key="C1", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局"], head_kind="file",
    docno="禹人社公示〔2025〕4号",
    title="关于2025年度全市工程技术人才中级职称评审结果的公示",
    to="",
    body="""
根据《关于做好2025年度全市工程技术人才中级职称评审工作的通知》（禹人社发〔2025〕51号）安排，2025年度全市工程系列中级职称评审委员会已于9月24日至26日召开评审会议。本年度共有23人申报工程师资格，经专业组评议和评审委员会全体会议无记名投票表决，并经市人社局审核，共有14人取得工程师资格。评审会议由评审委员会主任委员郭立衡主持，应到委员9人，实到委员9人，符合评审会议召开和表决的规定。
为广泛接受社会监督，现将评审通过人员名单予以公示（见附件）。
一、公示时间
2025年10月13日至10月17日，共5个工作日。
二、受理方式
公示期间，任何单位和个人对公示人员的职业道德、学历资历、业绩成果等方面有异议的，可通过来信、来电或来访的方式向市人社局专业技术人员管理科反映。反映情况应当实事求是，以单位名义反映的须加盖单位公章，以个人名义反映的须署本人真实姓名，并提供具体事实和相关证明材料，以便调查核实。对匿名或者内容不具体的反映，原则上不予受理。
三、后续事项
公示期满无异议或者异议经调查核实不影响评审结果的，由市人社局发文确认资格，并通过河朔省专业技术人员职称管理服务平台核发电子证书。经调查核实存在弄虚作假等问题的，撤销其评审结果，并按规定处理。
受理地址：禹泽市泽城区文昌路166号市人社局四楼专业技术人员管理科
联系电话：0392-3216610
""",
    att_desc=["附件：2025年度全市工程系列中级职称评审通过人员名单"],
    sign=["禹泽市人力资源和社会保障局"], date="2025年10月9日",
    mark="（此件公开发布）",
    attachments=[dict(label="附件", title="2025年度全市工程系列中级职称评审通过人员名单", body="""
|序号|姓名|工作单位|专业|通过资格
|1|蔡承宇|禹泽市建筑设计研究院有限公司|建筑工程|工程师
|2|霍雨晴|禹泽城投建设集团有限公司|建筑工程|工程师
|3|马骏驰|河朔宏基建筑集团有限公司|建筑工程|工程师
|4|谭书瑶|禹泽市市政工程管理处|市政工程|工程师
|5|夏恺|禹泽市恒通建设工程有限公司|市政工程|工程师
|6|卢思源|河朔重型机械股份有限公司|机械制造|工程师
|7|丁梓萌|河朔重型机械股份有限公司|机械制造|工程师
|8|彭振|禹泽钢铁集团有限公司|冶金工程|工程师
|9|袁嘉琪|禹泽钢铁集团有限公司|冶金工程|工程师
|10|薛明杰|禹泽供电公司|电气工程|工程师
|11|白若兰|禹泽供电公司|电气工程|工程师
|12|钟毅|禹泽市水利勘测设计院|水利工程|工程师
|13|江晓航|新阜县水务局水利工程建设管理站|水利工程|工程师
|14|陆佳音|柳营县住房和城乡建设局质量安全站|建筑工程|工程师
"""),],
    cc="河朔省人力资源和社会保障厅专业技术人员管理处。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年10月9日",
    note="Results 公示 after the 2025-09-24..26 sitting; names the chair (after the fact) and the 14 successful candidates. Pairs P1.")

# C2 — contest results naming judges after the contest (pairs P2).
add(key="C2", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕27号",
    title="关于公布禹泽市第三届职业技能大赛获奖名单的通知",
    to="各县（市、区）人力资源和社会保障局，市直各有关单位，各技工院校，各有关企业：",
    body="""
禹泽市第三届职业技能大赛于2025年5月15日至17日在禹泽技师学院举行。大赛设焊工、电工、数控车工3个赛项，全市27家企业和技工院校的96名选手参加了比赛。
大赛执裁工作由3个裁判组承担，焊工赛项裁判长陶振华、电工赛项裁判长鲁承德、数控车工赛项裁判长葛宏伟分别带领本组裁判员，严格按照竞赛技术文件评分，比赛成绩经裁判长复核、仲裁组审核并在赛场公示，无异议。经大赛组委会审定，共评出一等奖3名、二等奖6名、三等奖9名，现将获奖名单予以公布（见附件）。
一、关于技术能手称号
各赛项获得一等奖的选手，由市人社局按程序授予“禹泽市技术能手”称号，颁发证书和奖章。
二、关于职业技能等级晋升
获奖选手中，已具有职业技能三级（高级工）的，可按规定晋升二级（技师）；尚未达到三级的，可按规定晋升三级（高级工）。晋升手续由各选手所在单位统一向市职业技能鉴定中心申请办理。
三、关于参加省赛
各赛项成绩排名前2名的选手，由市人社局推荐参加2025年河朔省职业技能大赛相应赛项，集训工作由承办单位另行安排。
本届大赛首次在焊工赛项引入智能焊接设备操作内容，在数控车工赛项增加了数字化编程考核，充分体现了新技术、新工艺在生产一线的推广应用。
希望获奖选手珍惜荣誉，再接再厉，在本职岗位上发挥示范带动作用。各单位要以此次大赛为契机，进一步健全技能人才培养、使用、评价和激励机制，引导广大职工走技能成才、技能报国之路。
""",
    att_desc=["附件：禹泽市第三届职业技能大赛获奖名单"],
    sign=["禹泽市人力资源和社会保障局"], date="2025年5月30日",
    mark="公开方式：主动公开",
    attachments=[dict(label="附件", title="禹泽市第三届职业技能大赛获奖名单", body="""
|赛项|奖项|姓名|工作单位
|焊工|一等奖|韩志刚|禹泽钢铁集团有限公司
|焊工|二等奖|罗振坤|河朔重型机械股份有限公司
|焊工|二等奖|侯佳乐|禹泽技师学院
|焊工|三等奖|宋立冬|禹泽城投建设集团有限公司
|焊工|三等奖|黄一鸣|禹泽市宏泰建设有限公司
|焊工|三等奖|郝明远|禹泽钢铁集团有限公司
|电工|一等奖|林思博|禹泽供电公司
|电工|二等奖|殷天宇|禹泽技师学院
|电工|二等奖|邢浩宇|禹泽市第二技工学校
|电工|三等奖|孔令杰|河朔重型机械股份有限公司
|电工|三等奖|杭子轩|禹泽城投建设集团有限公司
|电工|三等奖|毛晓峰|禹泽供电公司
|数控车工|一等奖|顾晨曦|河朔重型机械股份有限公司
|数控车工|二等奖|康宇航|禹泽技师学院
|数控车工|二等奖|龚立新|禹泽钢铁集团有限公司
|数控车工|三等奖|邓子航|河朔职业技术学院
|数控车工|三等奖|熊嘉伟|禹泽市第二技工学校
|数控车工|三等奖|杜子谦|河朔重型机械股份有限公司
"""),],
    cc="河朔省人力资源和社会保障厅职业能力建设处，市总工会。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年5月30日",
    note="Results notice after the 2025-05-15..17 contest; names the three chief judges after the fact and the 18 winners. Pairs P2.")

# C3 — minutes fixing a schedule, no names, no targets (pairs P3).
add(key="C3", case="clean", fmt="txt", attr="依申请公开", tsep="｜",
    head=["禹泽市人力资源和社会保障局", "局长办公会议纪要"], head_kind="minutes",
    docno="〔2025〕第12期",
    title="2025年第12次局长办公会议纪要",
    to="",
    body="""
2025年9月18日上午，局长杜卫东在局三楼会议室主持召开2025年第12次局长办公会议，研究市级创业孵化示范基地认定、技工院校秋季招生和社会保障卡服务网点建设等事项。副局长罗惠中、沈立群，局办公室、就业促进科、职业能力建设科、规划财务科负责同志和市就业服务中心、市社保中心主要负责同志出席会议。现将会议议定事项纪要如下。
一、关于市级创业孵化示范基地认定工作安排
会议同意就业促进科提出的工作时间安排：9月30日前完成申报受理；10月10日前由各县（市、区）人社局完成初审并报送推荐材料；10月下旬组织现场评估验收；11月上旬提交局长办公会研究认定意见，随后在市人社局门户网站公示。
会议明确，评估验收组由市就业服务中心从市创业服务专家库中随机抽取3名专家，会同就业促进科和市就业服务中心各1名工作人员组成。专家抽取工作在现场评估开始前3个工作日内进行，由局机关纪委派员监督，抽取结果不在本次会议确定。评估标准按照《禹泽市创业孵化示范基地认定管理办法》执行，重点考核入孵企业数量、孵化成功率和带动就业效果。
二、关于技工院校秋季招生工作
会议听取了职业能力建设科关于全市技工院校秋季招生情况的汇报。截至9月15日，全市6所技工院校共招收新生3260人，完成年度计划的92%。会议要求，各技工院校要规范招生行为，严禁有偿招生和虚假宣传；职业能力建设科要加强招生工作指导，对违规招生行为及时查处。
三、关于社会保障卡服务网点建设
会议同意市社保中心提出的在各乡镇（街道）便民服务中心增设社会保障卡即时制卡网点的方案，今年内新增网点12个，所需设备经费从年度预算中统筹安排。会议要求，市社保中心要加强网点人员业务培训，确保群众在家门口即可办理社保卡申领、补换和挂失业务。
四、其他事项
会议要求，各科室、各单位要对照年度目标任务梳理进度，10月10日前将前三季度工作完成情况报局办公室。
""",
    sign=["禹泽市人力资源和社会保障局办公室"], date="2025年9月18日",
    mark="公开方式：依申请公开",
    cc="",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年9月19日",
    note="Minutes fixing the evaluation timetable and the way the group will be drawn, but naming no member and no target of any surprise check. Pairs P3.")

# C4 — call for 专家库 candidates (pairs P4).
add(key="C4", case="clean", fmt="txt", attr="主动公开", tsep="｜",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕12号",
    title="关于征集禹泽市高技能人才评价专家库入库人选的通知",
    to="各县（市、区）人力资源和社会保障局，市直各有关单位，各技工院校，各有关企业：",
    body="""
为加强高技能人才评价工作，建立结构合理、专业齐全的评价专家队伍，市人社局决定面向全市征集高技能人才评价专家库入库人选。现将有关事项通知如下。
一、征集范围
本次征集涵盖机械制造、电工电子、冶金、建筑施工、化工、交通运输、现代服务等领域的职业（工种），重点征集焊工、电工、钳工、车工、砌筑工、养老护理员、育婴员等职业的评价专家。
二、入库条件
（一）遵纪守法，作风正派，具有良好的职业道德，能够客观公正地履行评价职责。
（二）熟悉国家职业技能标准和技能人才评价政策，从事本职业（工种）或相关专业工作满10年。
（三）具有高级技师职业资格（职业技能等级）或者相关专业副高级以上职称；长期在生产一线、业绩突出的技术骨干，条件可适当放宽。
（四）身体健康，年龄一般不超过60周岁，能够按时参加评价工作。
三、推荐程序
采取单位推荐和个人自荐相结合的方式。单位推荐的，由所在单位审核后填写推荐表并加盖公章；个人自荐的，须经所在单位同意。各县（市、区）人社局负责汇总本地推荐人选，市直单位、技工院校和市属企业直接报送。
四、审核入库
市人社局对推荐人选进行资格审核，审核通过的人员纳入专家库，实行动态管理，入库期限为3年。入库专家参加评价工作时，由市人社局按规定从专家库中随机抽取，并实行回避制度。
五、报送时间
请于2025年4月18日前将推荐表纸质版（一式两份）报送市人社局职业能力建设科，电子版同时发送至科室工作邮箱。
联系人：职业能力建设科 吕清扬，联系电话：0392-3216538。
""",
    att_desc=["附件：禹泽市高技能人才评价专家库入库人选推荐表"],
    sign=["禹泽市人力资源和社会保障局"], date="2025年3月20日",
    mark="公开方式：主动公开",
    attachments=[dict(label="附件", title="禹泽市高技能人才评价专家库入库人选推荐表", body="""
|项目|填写内容
|姓名、性别|（填写）
|工作单位及职务|（填写）
|从事职业（工种）及年限|（填写）
|职业资格（职业技能等级）或职称及取得时间|（填写）
|办公电话、电子邮箱|（填写）
|担任评价、考评或竞赛裁判工作经历|（填写）
|主要工作业绩（不超过300字）|（填写）
|单位推荐意见|（盖章）　年　月　日
"""),],
    cc="河朔省人力资源和社会保障厅职业能力建设处。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年3月21日",
    note="Call for expert-pool candidates; conditions and procedure only, no names. Pairs P4.")

# C5 — interview 公告 with dates and procedure but no examiner names (pairs P6).
add(key="C5", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局"], head_kind="file",
    docno="禹人社公告〔2025〕3号",
    title="禹泽市2025年市属事业单位公开招聘工作人员面试公告",
    to="",
    body="""
根据《禹泽市2025年市属事业单位公开招聘工作人员公告》，笔试成绩已于6月13日公布，资格复审工作已经结束。现将面试有关事项公告如下。
一、面试时间和地点
面试时间：2025年6月28日（星期六）。
面试地点：禹泽市人事考试中心（禹泽市泽城区文昌路188号）。
二、面试分组和报到时间
|面试岗位类别|报到时间|候考室
|综合管理类|6月28日7:30前|人事考试中心一楼101室
|专业技术类（卫生）|6月28日7:30前|人事考试中心一楼102室
|专业技术类（教育）|6月28日7:30前|人事考试中心二楼201室
三、面试方式和考官
面试采取结构化面试方式，每名考生面试时间为15分钟，满分100分，合格分数线为60分。面试考官从市事业单位公开招聘面试考官库中随机抽取产生，面试当天开考前完成抽取和分组，考官与考生存在应当回避情形的，按规定调整。
四、考生须知
（一）考生须持本人有效身份证件和面试通知书，按规定时间到指定候考室报到，7:30以后未报到的视为自动放弃面试资格。
（二）考生报到后须将手机等通讯工具交工作人员统一保管，抽签确定面试顺序，在候考室等候期间不得随意离开。
（三）考生在面试答题时不得透露本人姓名、工作单位等个人信息，违者按违纪处理。
（四）面试成绩当场公布，由考生本人签字确认。
（五）考生应当服从考务人员管理，面试结束后在指定区域等候成绩，不得在考点逗留、喧哗或者返回候考室。
五、成绩计算和后续工作
考试总成绩按笔试成绩和面试成绩各占50%的比例合成。根据考试总成绩由高到低，按照招聘岗位计划数1:1的比例确定体检人选，体检时间另行通知。
咨询电话：0392-3216647（工作日上午8:30—12:00，下午14:30—17:30）。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年6月18日",
    mark="（此件公开发布）",
    cc="市委组织部，市委机构编制委员会办公室。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年6月18日",
    note="Interview 公告 with date, place and procedure; examiners 'randomly drawn from the pool on the day', no names. Pairs P6.")

# C6 — 验收结果公示 naming the group after it sat (pairs P7).
add(key="C6", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局"], head_kind="file",
    docno="禹人社公示〔2025〕12号",
    title="关于2023年度市级高技能人才培训基地建设项目终期验收结果的公示",
    to="",
    body="""
按照《禹泽市高技能人才培训基地建设项目管理办法》规定，市人社局组织验收组于2025年11月20日至11月27日，对2023年立项的4个市级高技能人才培训基地建设项目进行了终期验收。验收组由禹泽技师学院副院长萧鸿儒任组长，河朔工业大学机械工程学院教授贾慧敏、禹泽钢铁集团有限公司高级技师陶振华、禹泽正衡会计师事务所注册会计师欧阳澜和市人社局职业能力建设科副科长吕清扬为成员。
验收组通过听取汇报、查阅资料、实地察看实训场地和随机抽查培训学员等方式，对各项目建设目标完成情况、实训设备使用情况、培训规模和质量、师资队伍建设以及补助资金使用情况进行了全面评估。经验收组评议和局长办公会议研究，3个项目验收结论为“通过”，1个项目验收结论为“限期整改”。现将验收结果予以公示（见附件）。
一、公示时间
2025年12月9日至12月15日，共5个工作日。
二、异议受理
公示期间，对验收结果有异议的单位或个人，可以书面形式向市人社局职业能力建设科反映，并提供具体事实和证明材料。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。
三、后续管理
公示期满无异议的，市人社局将按规定拨付剩余补助资金。验收结论为“限期整改”的项目单位，须在3个月内完成整改并提交整改报告，整改验收通过后再行拨付剩余资金。
联系电话：0392-3216538
""",
    att_desc=["附件：2023年度市级高技能人才培训基地建设项目终期验收结果"],
    sign=["禹泽市人力资源和社会保障局"], date="2025年12月8日",
    mark="公开方式：主动公开",
    attachments=[dict(label="附件", title="2023年度市级高技能人才培训基地建设项目终期验收结果", body="""
|序号|项目单位|建设方向|验收结论|主要意见
|1|禹泽技师学院|智能制造（焊接、数控）|通过|实训设备使用率高，年培训规模超过任务目标
|2|河朔重型机械股份有限公司|装备维修|通过|企业新型学徒制培训成效明显
|3|禹泽市第二技工学校|电工电子|通过|师资队伍建设达到任务书要求
|4|新阜县职业技术教育中心|现代农业机械|限期整改|部分设备未按期投入使用，培训台账不完整
"""),],
    cc="市财政局社会保障科。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年12月8日",
    note="Names the 5-person 验收组 AFTER the 2025-11-20..27 verification, in a results 公示. Pairs P7.")

# C7 — contest final result naming judges after the final (pairs P8).
add(key="C7", case="clean", fmt="txt", attr="主动公开", tsep="\t",
    head=["禹泽市就业服务中心"], head_kind="file",
    docno="禹就业〔2025〕24号",
    title="关于第五届“禹泽创业之星”创业大赛决赛结果的公告",
    to="",
    body="""
第五届“禹泽创业之星”创业大赛决赛于2025年7月24日在禹泽高新区创新创业中心举行。经初赛、复赛选拔进入决赛的12个项目进行了现场路演和答辩。决赛评委会由河朔财经学院经济管理学院教授范思远任主任，禹泽农村商业银行股份有限公司高级经济师褚雅琴、禹泽市创业投资引导基金管理有限公司投资总监金鹏飞、市级创业导师宁婉清、禹泽高新区创新创业中心主任程博文任评委。评委从项目创新性、商业模式、团队能力、市场前景和带动就业效果5个方面进行现场打分，比赛结果当场公布，全程接受市人社局机关纪委监督。
经评委会评定，共评出一等奖1名、二等奖2名、三等奖3名、优秀奖6名。现将获奖结果公告如下：
|奖项|项目名称|项目负责人|所属县（市、区）
|一等奖|智慧农机共享服务平台|郑书航|新阜县
|二等奖|非遗柳编文创产品开发|唐沐阳|柳营县
|二等奖|社区嵌入式托育服务|苏婉婷|泽城区
|三等奖|工业废料再生建材|何家栋|经开区
|三等奖|乡村冷链“最后一公里”配送|吴昊然|白沙县
|三等奖|老年人适老化改造服务|周思琪|河东区
优秀奖项目名单同时在市人社局门户网站公布。
获奖项目按照《禹泽市创业扶持资金管理办法》给予一次性创业资助，资助资金由项目所在地就业服务中心审核后统一拨付。获得一、二等奖的项目将推荐参加全省创业大赛，并可优先入驻市级创业孵化示范基地，享受场地租金减免等扶持政策。
市就业服务中心将对获奖项目开展跟踪服务，组织创业导师提供一对一辅导，协调金融机构做好创业担保贷款对接，帮助项目尽快落地见效、扩大就业规模。
对公告结果有异议的，可在公告之日起5个工作日内向市就业服务中心创业服务科书面反映。
联系电话：0392-3235186
""",
    sign=["禹泽市就业服务中心"], date="2025年8月4日",
    mark="（此件公开发布）",
    cc="市人社局就业促进科。",
    printer="禹泽市就业服务中心", pdate="2025年8月4日",
    note="Result 公告 after the 2025-07-24 final; names the 5 judges after the fact and the winning project leaders. Pairs P8.")

# C8 — rules on composing panels (pairs P1/P5).
add(key="C8", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕19号",
    title="关于印发《禹泽市职称评审专家管理办法》的通知",
    to="各县（市、区）人力资源和社会保障局，市直各有关单位：",
    body="""
为规范职称评审专家的遴选、使用和管理，保证职称评审工作质量，市人社局制定了《禹泽市职称评审专家管理办法》，现印发给你们，请遵照执行。
^禹泽市职称评审专家管理办法
第一条　为加强职称评审专家队伍建设，规范评审委员会组建工作，根据《职称评审管理暂行规定》等有关规定，结合我市实际，制定本办法。
第二条　本办法所称职称评审专家，是指经遴选纳入我市职称评审专家库，参加职称评审委员会和专业评议组工作的专业技术人员。
第三条　市人社局负责全市职称评审专家库的建设和管理，按照系列（专业）分类建库。每个系列（专业）的入库专家人数一般不少于评审委员会组成人数的3倍。
第四条　入库专家应当具有良好的职业道德，在本专业领域具有较高的学术造诣和丰富的实践经验，具有高级职称，身体健康，能够正常履行评审职责。
第五条　评审委员会每次召开评审会议前，由组建单位从专家库中随机抽取评审专家，组成当次评审委员会。抽取工作由两名以上工作人员实施，并接受纪检监督机构监督。
第六条　评审专家与申报人有近亲属关系、同一单位直接上下级关系或者其他可能影响公正评审关系的，应当回避。
第七条　评审专家名单在评审会议结束前不对外公开，评审结果公布时可以公布评审委员会主任委员姓名。评审专家应当遵守评审工作纪律和保密规定，不得泄露评审讨论情况和表决结果。
第八条　评审专家实行动态管理。对无正当理由两次不参加评审、违反评审纪律或者评审工作中出现严重失误的专家，取消其入库资格，并通报其所在单位。
第九条　评审专家参加评审工作，按照规定标准发放劳务报酬，所需经费从职称评审工作经费中列支。
第十条　本办法由市人社局负责解释，自印发之日起施行。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年4月22日",
    mark="（此件公开发布）",
    cc="河朔省人力资源和社会保障厅专业技术人员管理处，市委组织部。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年4月23日",
    note="Rules on drawing and composing evaluation panels; no names; mentions in general terms that member names stay undisclosed before the sitting. Pairs P1/P5.")

# C9 — joint 情况通报 after the unannounced checks (pairs U1).
add(key="C9", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], head_kind="joint",
    docno="禹人社联〔2025〕11号",
    title="关于2025年冬季根治欠薪在建工程项目实地检查情况的通报",
    to="各县（市、区）人力资源和社会保障局、住房和城乡建设局，各建筑业企业：",
    body="""
2025年12月2日至5日，市人社局、市住建局组成2个联合检查组，采取事先不通知、直接到现场的方式，对全市6个在建工程项目的农民工工资支付保障制度落实情况进行了实地检查。现将检查情况通报如下。
一、总体情况
检查组共询问一线农民工78人，调阅劳动合同、考勤记录和工资支付台账等资料300余份。从检查情况看，多数项目能够落实实名制管理、工资专用账户和总包代发等制度，禹泽市第二人民医院门诊综合楼项目、新阜县产业园标准化厂房二期项目和泽城区明德路跨河桥工程各项制度落实较好，未发现欠薪问题。
二、发现的主要问题
（一）禹泽经开区冷链物流中心项目（施工总承包单位：禹泽市宏泰建设有限公司）拖欠23名农民工9月至11月工资共计41.6万元。检查组已当场下达限期整改指令书，该公司已于12月10日全部结清。
（二）滨河新城安置房三期项目（施工总承包单位：河朔宏基建筑集团有限公司）部分分包单位未通过工资专用账户发放工资，存在以现金形式发放的情况。
（三）柳营县第三中学教学楼改扩建项目（施工总承包单位：禹泽市瑞丰建筑安装有限公司）农民工实名制考勤记录不完整，维权信息告示牌未按规定设置。
三、处理意见
对禹泽市宏泰建设有限公司拖欠工资行为，由市劳动保障监察支队依法立案调查，并按规定纳入劳动保障守法诚信等级评价；对河朔宏基建筑集团有限公司和禹泽市瑞丰建筑安装有限公司，由市住建局约谈企业负责人，责令于12月底前完成整改，整改情况纳入建筑市场信用评价。
四、工作要求
各县（市、区）要以此次检查为鉴，举一反三，对辖区在建项目开展全面排查，确保元旦春节前农民工工资按时足额支付。各建筑业企业要切实履行工资支付主体责任，严格落实各项保障制度。
""",
    sign=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], date="2025年12月19日",
    mark="公开方式：主动公开",
    cc="市根治拖欠农民工工资工作领导小组办公室。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年12月19日",
    note="Report after the 2025-12-02..05 unannounced checks, naming the projects and contractors found at fault. Pairs U1.")

# =========================================================================== CLEAN (18), part 2
# C10 — annual random-check plan without targets (pairs U2).
add(key="C10", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市社会保险服务中心文件"], head_kind="file",
    docno="禹社保〔2025〕6号",
    title="关于印发《禹泽市2025年度社会保险基金稽核工作计划》的通知",
    to="各县（市、区）社会保险经办机构，中心各科室：",
    body="""
现将《禹泽市2025年度社会保险基金稽核工作计划》印发给你们，请认真组织实施。
^禹泽市2025年度社会保险基金稽核工作计划
为加强社会保险基金管理，防范基金运行风险，根据《社会保险经办条例》和上级经办机构关于稽核工作的部署，结合我市实际，制定本计划。
一、工作目标
坚持“双随机、一公开”原则，对参保单位缴费情况、待遇领取情况和协议机构服务行为开展常态化稽核，全年稽核覆盖面不低于本计划规定的比例，稽核发现问题整改率达到100%。
二、稽核事项和抽查比例
|稽核事项|抽查对象范围|抽查比例|实施时段
|参保单位缴费基数核查|全市在册参保单位|不低于3%|第二、三季度
|养老保险待遇领取资格核查|数据比对异常人员|全部|全年
|工伤保险协议机构服务行为|全市工伤保险协议医疗和康复机构|不低于30%|第二季度
|失业保险待遇领取情况|本年度新增待遇领取人员|不低于5%|第三季度
|经办内部风险控制|中心和各县（市、区）经办机构|全部|第四季度
三、实施方式
（一）抽取方式。稽核对象通过社会保险经办信息系统从相应范围内随机抽取，稽核人员从稽核人员名录库中随机选派，抽取过程全程留痕。
（二）稽核方法。采取数据比对、书面稽核和现场稽核相结合的方式。现场稽核原则上不提前通知被稽核对象，到场后依法出示稽核证件并送达稽核通知书。
（三）结果公开。抽查工作完成后20个工作日内，稽核结果通过中心门户网站向社会公开，涉及个人信息的内容作技术处理。
四、工作要求
（一）各县（市、区）经办机构要按照本计划制定具体实施方案，于3月31日前报中心稽核科备案。
（二）要严格执行稽核工作规程，规范使用稽核文书，做到事实清楚、证据确凿、程序合法。
（三）对稽核中发现的违规问题，要依法依规处理，涉嫌欺诈骗取社会保险基金的，及时移交行政部门或司法机关。
（四）各县（市、区）经办机构每季度末将稽核工作开展情况报中心稽核科，全年工作总结于12月20日前报送。
""",
    sign=["禹泽市社会保险服务中心"], date="2025年3月12日",
    mark="（此件公开发布）",
    cc="市人社局社会保险基金监督科。",
    printer="禹泽市社会保险服务中心办公室", pdate="2025年3月12日",
    note="Annual random-check plan: categories, sampling ratios, quarters; says field audits are normally not announced, but names no target and no date of any specific visit. Pairs U2.")

# C11 — joint announcement of results after the checks (pairs U4).
add(key="C11", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市市场监督管理局"], head_kind="joint",
    docno="禹人社联〔2025〕5号",
    title="关于人力资源市场秩序清理整顿专项行动检查结果的公告",
    to="",
    body="""
2025年3月下旬至6月，市人社局、市市场监管局在全市开展了人力资源市场秩序清理整顿专项行动，对人力资源服务机构、劳务派遣单位和网络招聘平台进行了集中检查。根据《人力资源市场暂行条例》和政府信息公开有关规定，现将检查结果公告如下。
一、总体情况
专项行动期间，全市共检查人力资源服务机构112家，其中市级联合检查组直接检查6家，各县（市、区）检查106家；取缔非法职业中介4家，责令整改17家，立案查处3家，清理违规招聘信息260余条。
二、存在问题的机构及处理情况
（一）禹泽市一诺劳务派遣有限公司未按规定报送年度经营情况报告，且与部分用工单位签订的派遣协议未约定派遣岗位和人数。已责令限期改正，该公司已完成整改。
（二）泽城区金桥职业介绍所向求职人员收取押金。已依法责令退还押金，并处以罚款。
（三）河朔优聘网络科技有限公司对入驻用人单位资质审核不严，平台发布的部分招聘信息与实际不符。已责令整改，并约谈企业负责人。
（四）新阜县安达劳务服务有限公司超出许可范围从事劳务派遣业务。已依法立案查处，案件正在办理中。
三、其他情况
禹泽市博远人力资源服务有限公司和禹泽市汇英人才咨询有限公司经检查未发现违法违规问题。对检查中发现的其余问题，已由各县（市、区）人社、市场监管部门依法处理，处理结果通过各级政府门户网站公开。
四、有关提示
广大求职者应通过依法设立的人力资源服务机构和正规招聘平台求职，不轻信“高薪”“包就业”等虚假宣传，不缴纳押金、抵押证件。如发现违法违规行为，可拨打12333或12315进行举报。
""",
    sign=["禹泽市人力资源和社会保障局", "禹泽市市场监督管理局"], date="2025年7月8日",
    mark="公开方式：主动公开",
    cc="河朔省人力资源和社会保障厅人力资源流动管理处，河朔省市场监督管理局。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年7月8日",
    note="Results 公告 after the spring inspection campaign, naming the firms found at fault (and two found compliant). Pairs U4.")

# C12 — supervision visit announced to the visited counties on purpose (pairs U3).
add(key="C12", case="clean", fmt="txt", attr="主动公开", tsep="｜",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕15号",
    title="关于开展就业创业工作督导调研的通知",
    to="柳营县、新阜县人力资源和社会保障局：",
    body="""
为全面了解一季度稳就业政策落实情况，推动年度目标任务按期完成，市人社局决定组成督导调研组，到你县开展就业创业工作督导调研。现将有关事项通知如下。
一、时间安排
4月16日（星期三）到柳营县，4月17日（星期四）到新阜县，每县1天。
二、督导调研内容
（一）城镇新增就业、失业人员再就业和就业困难人员就业等目标任务完成情况。
（二）就业补贴、创业担保贷款等政策落实情况，资金拨付进度和使用管理情况。
（三）高校毕业生、农村转移劳动力和脱贫人口等重点群体就业帮扶情况。
（四）零工市场、基层就业服务平台建设和运行情况。
三、方式和日程
督导调研组由局分管领导带队，就业促进科、市就业服务中心有关同志参加。每县日程安排为：上午听取县人社局工作汇报，召开由部分企业、求职人员代表参加的座谈会；下午实地查看零工市场1处和吸纳就业较多的企业1至2家。实地查看点位请你局结合本地工作特点自行选定，并于4月14日前将日程安排和点位名单报市人社局就业促进科。
四、有关要求
（一）请你局认真准备书面汇报材料，重点反映工作进展、主要做法、存在问题和意见建议，汇报时间控制在20分钟以内。
（二）请提前准备好就业补贴资金拨付台账、创业担保贷款发放明细等资料，供督导调研组查阅。
（三）督导调研严格执行中央八项规定精神，轻车简从，不安排迎送，不组织陪同。
联系人：就业促进科 尹若琳，联系电话：0392-3216592。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年4月8日",
    mark="公开方式：主动公开",
    cc="市就业服务中心。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年4月8日",
    note="Supervision visit announced to the visited county bureaus on purpose (they prepare reports and choose the sites). Pairs U3.")

# C13 — training course on inspection methods (pairs U5).
add(key="C13", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社发〔2025〕24号",
    title="关于举办2025年全市劳动保障监察执法业务培训班的通知",
    to="各县（市、区）人力资源和社会保障局，禹泽经济技术开发区人事劳动保障局，市劳动保障监察支队：",
    body="""
近年来，随着保障农民工工资支付条例等法规的深入实施和“双随机、一公开”监管全面推行，劳动保障监察执法任务日益繁重，对执法人员依法行政、规范取证和文书制作能力提出了更高要求。从去年案卷评查情况看，部分地区仍存在现场检查记录不完整、证据链条不闭合、处理决定适用法律不准确等问题。为提高全市劳动保障监察执法人员业务能力和规范执法水平，市人社局决定举办2025年全市劳动保障监察执法业务培训班。现将有关事项通知如下。
一、培训时间和地点
培训时间为2025年5月27日至29日，共3天。5月26日下午14:00至17:30报到。培训地点为禹泽市干部教育培训中心（泽城区迎宾路66号）。
二、参训对象
各县（市、区）人社局、经开区人事劳动保障局分管劳动保障监察工作的负责同志和劳动保障监察机构执法人员，市劳动保障监察支队全体执法人员，共计约90人。
三、培训内容
|日期|课程|授课单位
|5月27日上午|劳动保障监察条例与保障农民工工资支付条例解读|河朔省人社厅劳动保障监察局
|5月27日下午|“双随机、一公开”监管的抽取规则与结果公示|市人社局政策法规科
|5月28日上午|暗访检查的组织实施、现场取证与执法记录仪使用|市劳动保障监察支队
|5月28日下午|行政处理处罚文书制作与常见错误|市司法局行政执法协调监督科
|5月29日上午|劳动保障监察典型案例评析|市中级人民法院行政审判庭
|5月29日下午|结业测试和交流研讨|市人社局劳动关系科
四、有关要求
（一）请各单位于5月21日前将参训人员名单报市人社局劳动关系科，参训人员确定后原则上不得更换。
（二）参训人员要严格遵守培训纪律，按时参加各项教学活动，培训期间不得请假；结业测试合格的，颁发培训结业证书，并记入执法人员年度培训学时。
（三）培训期间食宿由培训中心统一安排，费用按规定标准由市人社局承担；往返交通费回所在单位报销。
联系人：劳动关系科 凌一帆，联系电话：0392-3216573。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年5月16日",
    mark="（此件公开发布）",
    cc="河朔省人力资源和社会保障厅劳动保障监察局。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年5月16日",
    note="Training course on inspection methods (including how covert checks are organised in general); no targets, no dates of any check, no personal names of lecturers. Pairs U5.")

# C14 — report after the village checks (pairs U6).
add(key="C14", case="clean", fmt="txt", attr="依申请公开", tsep="｜",
    head=["禹泽市就业服务中心文件"], head_kind="file",
    docno="禹就业〔2025〕33号",
    title="关于乡村公益性岗位在岗履职情况实地核查结果的通报",
    to="柳营县、新阜县、白沙县就业服务中心：",
    body="""
2025年9月16日至18日，市就业服务中心组成核查组，在不提前告知乡镇和村委会的情况下，对柳营县、新阜县、白沙县6个村的乡村公益性岗位在岗履职情况进行了实地核查。现将核查结果通报如下。
一、基本情况
本次共核查乡村公益性岗位人员54人，当日在岗47人，因病、外出就医等原因请假并有记录的3人，无正当理由不在岗4人。核查组还走访村民36户，查阅考勤记录、岗位协议和补贴发放明细等资料。
二、发现的问题
（一）柳营县马家庄镇前屯村有2名岗位人员长期外出务工，未实际履行岗位职责，村级考勤记录存在代签情况。
（二）新阜县双桥乡河湾村有1名岗位人员由其亲属代为上岗，岗位人员本人未实际履职。
（三）白沙县城关镇杏园村岗位考勤记录缺失，无法反映岗位人员日常履职情况。
（四）新阜县双桥乡北李庄村有1名岗位人员未签订岗位协议。
柳营县马家庄镇东王村和白沙县城关镇西关村岗位管理较为规范，未发现问题。
三、整改要求
（一）相关县就业服务中心要督促所在乡镇立即对上述问题进行整改，对不在岗、代岗人员予以解除岗位协议，已发放的补贴依法追回。
（二）各县要举一反三，对辖区内所有乡村公益性岗位开展一次全面自查，重点整治考勤流于形式、岗位协议不规范等问题。
（三）请相关县于11月15日前将整改情况书面报送市就业服务中心就业援助科。
""",
    sign=["禹泽市就业服务中心"], date="2025年10月15日",
    mark="公开方式：依申请公开",
    cc="市人社局就业促进科，柳营县、新阜县、白沙县人力资源和社会保障局。",
    printer="禹泽市就业服务中心", pdate="2025年10月15日",
    note="Report after the 2025-09-16..18 unannounced village checks, naming the villages at fault (no post holders named). Pairs U6.")

# C15 — annual quality-supervision plan, no targets (pairs U7).
add(key="C15", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市职业技能鉴定中心文件"], head_kind="file",
    docno="禹鉴定〔2025〕9号",
    title="关于印发《2025年度职业技能等级认定质量督导工作方案》的通知",
    to="中心各科室，各职业技能等级认定评价机构：",
    body="""
现将《2025年度职业技能等级认定质量督导工作方案》印发给你们，请认真贯彻执行。
^2025年度职业技能等级认定质量督导工作方案
为加强职业技能等级认定事中事后监管，保证评价结果的客观公正，根据《职业技能等级认定工作规程》和上级有关要求，结合我市实际，制定本方案。
一、督导范围
在我市备案开展职业技能等级认定的各类评价机构，包括用人单位、技工院校和社会培训评价组织，以及其组织实施的认定考核活动。
二、督导方式
（一）现场督导。对评价机构组织的认定考核，按照不低于当年考核场次20%的比例开展现场巡查，巡查场次每月从评价机构报备的考核计划中随机抽取，现场巡查不提前告知评价机构。
（二）视频督导。依托职业技能等级认定视频监控平台，对考核过程进行实时抽查和回放检查。
（三）档案督导。每半年对评价机构认定档案进行一次集中抽查，抽查比例不低于10%。
三、督导内容
主要包括评价机构备案条件保持情况、考评员资格和履职情况、考核场地设备条件、考务流程规范性、成绩评定和证书发放的准确性等。
四、结果运用
督导结果作为评价机构年度评估的重要依据。对督导中发现问题的评价机构，视情节予以约谈、通报、限期整改，直至按规定移出备案目录；对违规考评员，取消其考评资格。年度督导情况在中心门户网站公开。
五、工作要求
（一）各评价机构要于每月25日前将下月考核计划报中心质量督导科，计划变更的须提前3个工作日报告。
（二）各评价机构要主动配合督导工作，如实提供资料，不得拒绝、阻碍督导人员履行职责。
（三）质量督导员要严格遵守工作纪律，按规定填写巡查记录，不得干预正常考核。
""",
    sign=["禹泽市职业技能鉴定中心"], date="2025年4月10日",
    mark="公开方式：主动公开",
    cc="市人社局职业能力建设科。",
    printer="禹泽市职业技能鉴定中心办公室", pdate="2025年4月10日",
    note="Annual supervision plan: sampling ratio and a general statement that site visits are unannounced, but no sites and no dates. Pairs U7.")

# C16 — home visits announced to residents on purpose (pairs U8).
add(key="C16", case="clean", fmt="txt", attr="主动公开", tsep="｜",
    head=["禹泽市社会保险服务中心"], head_kind="file",
    docno="禹社保公告〔2025〕2号",
    title="关于为行动不便退休人员提供养老保险待遇领取资格上门认证服务的公告",
    to="",
    body="""
为方便高龄、失能、重病等行动不便的退休人员完成2025年度养老保险待遇领取资格认证，市社会保险服务中心将联合有关街道、社区开展上门认证服务。现将有关事项公告如下。
一、服务对象
截至10月底尚未完成本年度待遇领取资格认证、且因年龄、疾病或残疾等原因无法自行通过手机应用程序或者到服务网点进行认证的企业退休人员和城乡居民养老保险待遇领取人员。
二、服务时间和区域
|街道|服务时间
|泽城区解放路街道|11月3日至11月5日
|泽城区人民路街道|11月6日至11月7日
|河东区东风街道|11月10日至11月12日
|河东区长青街道|11月13日至11月14日
三、服务方式
（一）符合条件的退休人员或其家属，可于10月31日前向所在社区居委会登记，社区汇总后报市社会保险服务中心。
（二）工作人员将在上门前一天通过社区登记的联系方式与退休人员或其家属确认具体上门时间，请届时在家等候。
（三）工作人员上门时佩戴工作证件，由社区工作人员陪同，现场采集照片并完成认证。
四、温馨提示
（一）上门认证服务全程免费，工作人员不会以任何名义收取费用，不会索要银行卡密码或者要求转账。如遇可疑情况，请及时拨打12333核实或者向公安机关报警。
（二）有能力自行认证的退休人员，可继续通过“禹泽人社”手机应用程序、社区服务网点等渠道办理认证。
（三）逾期未完成认证的，将按规定暂停发放养老保险待遇，完成认证后予以恢复并补发。
（四）退休人员如已迁居外地或者长期在外地居住，可通过国家社会保险公共服务平台进行异地认证，也可委托家属向社区说明情况。
咨询电话：0392-3241160、12333
""",
    sign=["禹泽市社会保险服务中心"], date="2025年10月24日",
    mark="公开方式：主动公开",
    cc="泽城区、河东区人民政府，市民政局。",
    printer="禹泽市社会保险服务中心办公室", pdate="2025年10月24日",
    note="Home visits announced to the residents concerned on purpose (streets and dates are published so people wait at home). Pairs U8.")

# C17 — 请示 to the city government, correctly marked 不予公开 (pairs U9).
add(key="C17", case="clean", fmt="docx", attr="不予公开",
    head=["禹泽市人力资源和社会保障局文件"], head_kind="file",
    docno="禹人社〔2025〕45号", signer="杜卫东",
    title="禹泽市人力资源和社会保障局关于提请组织元旦春节前商贸服务业劳动用工联合检查的请示",
    to="市人民政府：",
    body="""
元旦春节前，市区商场、超市和餐饮企业季节性用工集中，劳动报酬争议和超时加班问题易发多发。今年10月以来，12333热线和劳动保障监察举报平台共受理商贸服务业相关投诉58件，同比上升21%，主要集中在拖欠促销人员工资、不支付加班工资和未签订劳动合同等方面。为切实维护劳动者合法权益，我局拟于12月16日至19日开展商贸服务业劳动用工专项检查。鉴于检查涉及经营主体登记、商贸流通秩序等多个部门职责，为形成监管合力，特提请市政府组织有关部门开展联合检查。现将有关事项请示如下。
一、拟检查对象和时间
根据投诉举报线索，拟检查对象为：12月16日，禹泽百货大楼有限公司、万福隆购物广场；12月17日，老街坊餐饮管理有限公司、鑫源大酒店；12月18日，禹泽乐购超市连锁有限公司河东店；12月19日，禹泽华联商贸城。
二、检查方式
检查组按既定路线直接进店，事前不与企业及所在街道联系，以掌握企业用工的真实情况。
三、需要市政府协调的事项
（一）请市政府明确由市市场监管局、市商务局各抽调2名执法人员参加联合检查，分别负责经营主体登记信息核查和商贸企业用工指导。
（二）请市政府同意将检查结果纳入市社会信用体系，对存在严重违法行为的企业实施联合惩戒。
（三）检查所需工作经费约3.2万元，我局已在年度预算中统筹安排，不需另行追加。
妥否，请批示。
""",
    sign=["禹泽市人力资源和社会保障局"], date="2025年12月3日",
    fuzhu_pre=["（联系人：劳动关系科 凌一帆，联系电话：0392-3216573）"],
    mark="公开方式：不予公开",
    cc="",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年12月3日",
    note="请示 to the city government that does list targets and dates of a surprise check, but is itself correctly marked 不予公开. Pairs U9.")

# C18 — joint call for referee nominations, no names (pairs P9).
add(key="C18", case="clean", fmt="docx", attr="主动公开",
    head=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], head_kind="joint",
    docno="禹人社联〔2025〕6号",
    title="关于推荐2025年禹泽市建筑业职业技能竞赛裁判人员的通知",
    to="各县（市、区）人力资源和社会保障局、住房和城乡建设局，各建筑业企业，各技工院校：",
    body="""
市人社局、市住建局计划于今年10月中旬联合举办2025年禹泽市建筑业职业技能竞赛，竞赛设砌筑工、钢筋工、架子工3个项目。为做好竞赛执裁工作，现面向全市征集推荐裁判人员。有关事项通知如下。
一、推荐条件
（一）具有良好的职业道德，作风正派，坚持原则，能够客观公正地开展执裁工作。
（二）熟悉相应职业国家职业技能标准和竞赛规则，从事本职业或相关专业工作8年以上。
（三）具有本职业高级技师职业资格（职业技能等级）或者相关专业中级以上职称；担任过市级以上职业技能竞赛裁判的优先。
（四）身体健康，能够保证竞赛期间全程参加执裁工作。
二、推荐名额
各县（市、区）人社局、住建局每个项目推荐不超过2人，市属建筑业企业和技工院校每个项目推荐不超过1人。
三、推荐程序
推荐人选由所在单位审核同意后，填写《裁判人员推荐表》，经各县（市、区）人社局、住建局汇总后报送竞赛办公室；市属单位直接报送。
四、裁判人员的确定
竞赛组织委员会根据推荐情况，结合各项目执裁需要，择优确定裁判人员，并实行回避制度：与参赛选手有直系亲属关系或者同一单位的，不得担任该项目裁判。确定后的裁判人员由竞赛办公室另行通知本人及其所在单位，竞赛开始前统一组织裁判培训。
五、报送时间和方式
请于9月12日前将推荐表纸质版加盖公章后报送市住建局建筑市场监管科，电子版同时发送至竞赛办公室工作邮箱。
联系人：市住建局建筑市场监管科 邝明远，联系电话：0392-3251270。
""",
    sign=["禹泽市人力资源和社会保障局", "禹泽市住房和城乡建设局"], date="2025年8月27日",
    mark="公开方式：主动公开",
    cc="市总工会。",
    printer="禹泽市人力资源和社会保障局办公室", pdate="2025年8月27日",
    note="Call for referee nominations with conditions, dates and procedure; no referee is named. Pairs P9.")


# =========================================================================== main
MARK_RE = re.compile(r"（此件(公开发布|依申请公开|不予公开)）|公开方式：(主动公开|依申请公开|不予公开)")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
LONGNUM_RE = re.compile(r"\d{15,}")
WEEK = "一二三四五六日"


def full_text(d):
    """Plain rendering used both for .txt output and for self-checks."""
    return build_txt(d)


def body_text(d):
    return "\n".join(v if isinstance(v, str) else "" for _, v in parse_blocks(d["body"]))


def check(d):
    errs = []
    t = full_text(d)
    n = han_count(body_text(d))
    if n < 400:
        errs.append("body has only %d Han characters" % n)
    marks = MARK_RE.findall(t)
    if len(marks) != 1:
        errs.append("disclosure markings: %d" % len(marks))
    m = MARK_RE.search(t)
    val = (m.group(1) or m.group(2)) if m else ""
    val = {"公开发布": "主动公开"}.get(val, val)
    if val != d["attr"]:
        errs.append("marking %s != attr %s" % (val, d["attr"]))
    if MOBILE_RE.search(t) or LONGNUM_RE.search(t):
        errs.append("long number / mobile-like number")
    for w in ("秘密", "机密", "绝密"):
        if w in t:
            errs.append("word " + w)
    if d["case"] != "clean" and "保密" in t:
        errs.append("word 保密 in a positive")
    if d["case"] != "clean" and d["attr"] == "不予公开":
        errs.append("positive marked 不予公开")
    if ("请示" in d["title"] or "报告" in d["title"]) and d["attr"] != "不予公开":
        errs.append("请示/报告 not marked 不予公开")
    y, mo, da = map(int, re.match(r"(\d+)年(\d+)月(\d+)日", d["date"]).groups())
    dt = datetime.date(y, mo, da)
    if not (datetime.date(2025, 3, 1) <= dt <= datetime.date(2025, 12, 31)):
        errs.append("date out of range")
    for mm, dd, wd in re.findall(r"(\d+)月(\d+)日（星期([一二三四五六日])）", t):
        real = datetime.date(2025, int(mm), int(dd)).weekday()
        if WEEK[real] != wd:
            errs.append("weekday wrong for %s月%s日" % (mm, dd))
    return errs


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    docs = list(DOCS)
    assert len(docs) == 36, len(docs)
    bad = False
    for d in docs:
        for e in check(d):
            print("CHECK %s: %s" % (d["key"], e), file=sys.stderr)
            bad = True
    if bad:
        sys.exit(1)
    rng = random.Random(SEED)
    rng.shuffle(docs)
    rows = []
    for i, d in enumerate(docs, 1):
        name = "%s%03d.%s" % (PREFIX, i, d["fmt"])
        path = os.path.join(out, name)
        if d["fmt"] == "docx":
            save_docx_deterministic(build_docx(d), path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(build_txt(d))
        pos = d["case"] != "clean"
        rows.append({
            "file": name,
            "id": d["key"],
            "attribute": d["attr"],
            "decision": "escalate" if pos else "approve",
            "codes": ["SECRET_CONTENT"] if pos else [],
            "note": d["note"],
            "case": d["case"],
            "format": d["fmt"],
            "date": "%04d-%02d-%02d" % tuple(map(int, re.match(r"(\d+)年(\d+)月(\d+)日", d["date"]).groups())),
            "title": d["title"],
        })
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d documents and truth.jsonl to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
