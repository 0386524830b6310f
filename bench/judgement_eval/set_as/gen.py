#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Generator for evaluation set eval11as (issue 11, round 10: review panels and unannounced inspections).

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes 33 fictional 公文 (22 .docx in GB/T 9704 layout, 11 .txt) into OUTDIR and OUTDIR/truth.jsonl.
Setting: 朔川省人力资源和社会保障厅, 朔川省人事考试中心 and a few municipal bodies (临朔市, 霜河市) — all invented.
"""
import datetime as dt
import json
import os
import re
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor


# --------------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------------
FORBIDDEN_PLACES = ["中卫", "澄川", "江岚", "嵩原", "潆州", "望澜", "沣原", "汇陵", "南溪", "云陵", "石湄"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def gb11643_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], ID_WEIGHTS))
    return ID_CHECK[total % 11] == s[17]


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check_identifiers(name, text):
    """Any 18-char ID must carry a valid GB 11643 check digit; any 16-19 digit run a valid Luhn digit.
    This set is meant to contain none at all, so we also assert that."""
    ids = re.findall(r"(?<!\d)\d{17}[\dXx](?!\d)", text)
    for s in ids:
        assert gb11643_ok(s), f"{name}: invalid ID number {s}"
    cards = re.findall(r"(?<!\d)\d{16,19}(?!\d)", text)
    for s in cards:
        if len(s) == 18 and gb11643_ok(s):
            continue
        assert luhn_ok(s), f"{name}: digit run {s} fails Luhn"
    assert not ids and not cards, f"{name}: this set should carry no ID or card numbers"
    # no personal mobile numbers either
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), f"{name}: mobile-like number"


def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


# --------------------------------------------------------------------------------------------------
# docx rendering (GB/T 9704-2012 approximations)
# --------------------------------------------------------------------------------------------------
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_run_font(run, font, size, bold=False, color=None):
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


def para(doc, text="", font=FS, size=16, align=None, indent=True, bold=False, color=None,
         space_before=0, space_after=0, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def border(p, side="bottom", color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_table(doc, cols, rows, title=None, widths=None):
    if title:
        para(doc, title, font=HEI, size=14, align="center", indent=False, space_before=6, space_after=6)
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell = t.rows[0].cells[i]
        cell.text = ""
        r = cell.paragraphs[0].add_run(c)
        set_run_font(r, HEI, 12)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(str(v))
            set_run_font(r, FS, 12)
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if len(str(v)) <= 8 \
                else WD_ALIGN_PARAGRAPH.LEFT
    if widths:
        t.autofit = False
        tblpr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblpr.append(lay)
        for i, w in enumerate(widths):
            t.columns[i].width = Mm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Mm(w)
    para(doc, "", indent=False, line=12)
    return t


def render_blocks_docx(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "p":
            para(doc, b[1])
        elif kind == "h1":
            para(doc, b[1], font=HEI)
        elif kind == "h2":
            para(doc, b[1], font=KAI)
        elif kind == "table":
            spec = b[1]
            add_table(doc, spec["cols"], spec["rows"], spec.get("title"), spec.get("widths"))
        elif kind == "center":
            para(doc, b[1], font=XBS, size=22, align="center", indent=False, space_after=12, line=32)
        else:
            raise ValueError(kind)


def render_docx(spec, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    if spec.get("header_style", "wenjian") == "wenjian":
        para(doc, "", indent=False, line=20)
        para(doc, spec["mark"], font=XBS, size=36 if len(spec["mark"]) < 14 else 28, align="center",
             indent=False, color=RED, line=48)
        para(doc, "", indent=False, line=20)
        p = para(doc, spec["zihao"], align="center", indent=False, space_after=4)
        border(p, "bottom")
    else:  # letter (函) style
        p = para(doc, spec["mark"], font=XBS, size=26, align="center", indent=False, color=RED, line=40)
        border(p, "bottom", sz=18)
        para(doc, spec["zihao"], align="right", indent=False, space_before=6)
    para(doc, "", indent=False)
    # 标题
    para(doc, spec["title"], font=XBS, size=22, align="center", indent=False, line=32, space_after=16)
    # 主送
    if spec.get("zhusong"):
        para(doc, spec["zhusong"] + "：", indent=False)
    render_blocks_docx(doc, spec["body"])
    # 附件说明
    atts = spec.get("attachments", [])
    if atts:
        para(doc, "", indent=False)
        if len(atts) == 1:
            para(doc, "附件：" + atts[0]["name"])
        else:
            for i, a in enumerate(atts, 1):
                para(doc, ("附件：" if i == 1 else "　　　") + f"{i}．{a['name']}")
    # 署名、日期
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, spec["signer"], align="right", indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, cn_date(spec["date"]), align="right", indent=False)
    p.paragraph_format.right_indent = Pt(32)
    # 附注：公开属性
    if spec.get("gongkai"):
        para(doc, spec["gongkai"])
    # 附件正文
    for i, a in enumerate(atts, 1):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        para(doc, f"附件{i}" if len(atts) > 1 else "附件", font=HEI, indent=False)
        para(doc, a["name"], font=XBS, size=22, align="center", indent=False, line=32, space_after=12)
        render_blocks_docx(doc, a["blocks"])
    # 版记
    para(doc, "", indent=False)
    if spec.get("chaosong"):
        p = para(doc, "抄送：" + spec["chaosong"] + "。", size=14, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", color="000000", sz=8)
        border(p, "bottom", color="000000", sz=4)
    p = para(doc, "", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(spec["yinfa"])
    set_run_font(r, FS, 14)
    r = p.add_run("\t" + cn_date(spec.get("yinfa_date", spec["date"])) + "印发")
    set_run_font(r, FS, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
    if not spec.get("chaosong"):
        border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=8)
    doc.save(path)


# --------------------------------------------------------------------------------------------------
# txt rendering
# --------------------------------------------------------------------------------------------------
def table_txt(spec):
    out = []
    if spec.get("title"):
        out.append(spec["title"])
    out.append("｜".join(spec["cols"]))
    for r in spec["rows"]:
        out.append("｜".join(str(x) for x in r))
    return out


def blocks_txt(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h2"):
            out.append("　　" + b[1])
        elif b[0] == "h1":
            out.append("　　" + b[1])
        elif b[0] == "center":
            out.append(b[1])
        elif b[0] == "table":
            out.extend(table_txt(b[1]))
        elif b[0] == "raw":
            out.append(b[1])
    return out


def render_txt(spec, path):
    L = []
    if spec.get("txt_head"):
        L.extend(spec["txt_head"])
    else:
        L.append(spec["mark"])
        L.append(spec["zihao"])
        L.append("")
    L.append(spec["title"])
    L.append("")
    if spec.get("zhusong"):
        L.append(spec["zhusong"] + "：")
    L.extend(blocks_txt(spec["body"]))
    atts = spec.get("attachments", [])
    if atts:
        L.append("")
        if len(atts) == 1:
            L.append("　　附件：" + atts[0]["name"])
        else:
            for i, a in enumerate(atts, 1):
                L.append(("　　附件：" if i == 1 else "　　　　　") + f"{i}．{a['name']}")
    L.append("")
    L.append(" " * 24 + spec["signer"])
    L.append(" " * 24 + cn_date(spec["date"]))
    if spec.get("gongkai"):
        L.append("　　" + spec["gongkai"])
    for i, a in enumerate(atts, 1):
        L.append("")
        L.append(f"附件{i}" if len(atts) > 1 else "附件")
        L.append(a["name"])
        L.extend(blocks_txt(a["blocks"]))
    L.append("")
    if spec.get("chaosong"):
        L.append("抄送：" + spec["chaosong"] + "。")
    if spec.get("yinfa"):
        L.append(spec["yinfa"] + "　　" + cn_date(spec.get("yinfa_date", spec["date"])) + "印发")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ==================================================================================================
# document specifications (all names, bodies, numbers and places are invented for this set)
# ==================================================================================================
D = dt.date

TING = "朔川省人力资源和社会保障厅"
TING_BGS = "朔川省人力资源和社会保障厅办公室"
KSZX = "朔川省人事考试中心"
SBZX = "朔川省社会保险事业服务中心"
LS_JU = "临朔市人力资源和社会保障局"
SH_JU = "霜河市人力资源和社会保障局"
LS_JD = "临朔市劳动能力鉴定委员会"
LS_JD_BGS = "临朔市劳动能力鉴定委员会办公室"

GK_FB = "（此件公开发布）"
GK_ZD = "（此件主动公开）"
GK_ZD2 = "公开方式：主动公开"
GK_YSQ = "公开方式：依申请公开"
GK_BY = "公开方式：不予公开"


def T(attr, decision, codes, note):
    return {"attribute": attr, "decision": decision, "codes": codes, "note": note}


SEC = ["SECRET_CONTENT"]

ENG_PANEL = [
    ["主任委员", "韩东岳", "朔川理工大学", "教授", "综合"],
    ["副主任委员", "邵景川", "朔川省建筑设计研究院有限公司", "正高级工程师", "土木建筑"],
    ["委员", "贺文秋", "朔川能源集团有限责任公司", "正高级工程师", "能源动力"],
    ["委员", "鲁一鸣", "北泉重型机械有限责任公司", "正高级工程师", "机械"],
    ["委员", "秦雪梅", "朔川大学土木工程学院", "教授", "土木建筑"],
    ["委员", "付长庚", "朔川省交通规划勘察设计院", "正高级工程师", "交通"],
    ["委员", "郑毓秀", "临朔市市政工程设计研究院", "正高级工程师", "土木建筑"],
    ["委员", "尹志恒", "朔川电力建设第二工程有限公司", "正高级工程师", "电气"],
    ["委员", "常海峰", "柏岭市水利水电勘测设计院", "正高级工程师", "水利"],
]

TRAIN_ORGS = [
    ["1", "临朔市博才职业技能培训学校", "临朔市", "4月22日"],
    ["2", "临朔金匠技能培训中心", "临朔市", "4月24日"],
    ["3", "柏岭市众诚职业培训学校", "柏岭市", "4月28日"],
    ["4", "霜河市惠民家政职业培训学校", "霜河市", "5月6日"],
    ["5", "松堡市远航电焊技术培训中心", "松堡市", "5月8日"],
    ["6", "北泉市新程电子商务职业培训学校", "北泉市", "5月10日"],
]

DOCS = []

# ---------------------------------------------------------------- 01 clean: 双随机一公开 annual plan
DOCS.append(dict(
    file="as_01.docx", case="clean_random_check_plan", header_style="wenjian",
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2025〕9号",
    title="朔川省人力资源和社会保障厅关于印发《2025年度“双随机、一公开”抽查工作计划》的通知",
    zhusong="各市人力资源和社会保障局，厅机关各处室、各直属单位",
    body=[
        ("p", "为深入推进人力资源社会保障领域“放管服”改革，规范事中事后监管行为，按照省政府关于全面推行部门联合“双随机、一公开”监管的统一部署，我厅制定了《2025年度“双随机、一公开”抽查工作计划》，现印发给你们，请结合实际认真组织实施。"),
        ("p", "各市人力资源社会保障部门应参照本计划，于3月15日前制定本级年度抽查计划并通过门户网站向社会公布。抽查对象一律通过省“双随机、一公开”监管工作平台从监管对象名录库中随机抽取，执法检查人员从执法人员名录库中随机选派，不得以任何理由指定检查对象或指定检查人员。抽查结果应于检查结束之日起20个工作日内通过国家企业信用信息公示系统（朔川）向社会公示。"),
        ("p", "执行中遇到的问题，请及时反馈厅政策法规处。"),
    ],
    attachments=[dict(name="朔川省人力资源和社会保障厅2025年度“双随机、一公开”抽查工作计划", blocks=[
        ("h1", "一、总体要求"),
        ("p", "坚持依法监管、公正高效、公开透明原则，实现人力资源社会保障领域随机抽查事项全覆盖。对同一市场主体的多个检查事项，原则上一次完成；能够通过书面审查、信息比对完成的，不再进行实地检查，切实减轻市场主体负担。"),
        ("h1", "二、抽查事项及比例"),
        ("table", dict(title="2025年度随机抽查事项清单",
                       cols=["序号", "抽查事项", "抽查对象", "抽查比例", "实施时间", "实施处室（单位）"],
                       rows=[
                           ["1", "用人单位遵守劳动保障法律法规情况", "辖区内各类用人单位", "不低于3%", "4月—10月", "劳动保障监察局"],
                           ["2", "经营性人力资源服务机构经营行为", "取得许可或备案的人力资源服务机构", "不低于5%", "5月—9月", "人力资源流动管理处"],
                           ["3", "劳务派遣单位经营情况", "取得劳务派遣经营许可的单位", "不低于5%", "5月—9月", "劳动关系处"],
                           ["4", "民办职业技能培训机构办学行为", "民办职业技能培训机构", "不低于10%", "6月—11月", "职业能力建设处"],
                           ["5", "职业技能等级认定活动", "备案的社会培训评价组织", "不低于10%", "6月—11月", "省职业技能鉴定指导中心"],
                           ["6", "社会保险服务协议履行情况", "工伤保险协议医疗、康复、辅助器具配置机构", "不低于5%", "7月—11月", "省社会保险事业服务中心"],
                       ], widths=[12, 40, 38, 18, 20, 28])),
        ("h1", "三、组织实施"),
        ("p", "（一）抽取。各实施处室（单位）按季度在监管平台发起抽取，抽取过程全程留痕，纪检监察机构可随时调阅抽取记录。（二）检查。检查人员不少于2名，应当出示执法证件，按照检查事项清单逐项核查并制作检查记录。（三）处理。发现违法违规问题的，依法作出处理；涉及其他部门职责的，及时移送。（四）公示。抽查结果按规定公示，接受社会监督。"),
        ("h1", "四、工作要求"),
        ("p", "各实施处室（单位）要将“双随机、一公开”抽查与信用监管、重点监管相衔接，对信用等级较低、投诉举报较多的主体适当提高抽查比例和频次。年度工作总结请于12月10日前报送厅政策法规处。"),
    ])],
    signer=TING, date=D(2025, 2, 14), gongkai=GK_FB,
    chaosong="省市场监督管理局，省司法厅", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "published 双随机一公开 annual plan: 检查事项清单 table with 抽查比例 and quarters, no target list or draw result; published by design; 此件公开发布"),
))

# ---------------------------------------------------------------- 02 panel: engineering title review, table
DOCS.append(dict(
    file="as_02.docx", case="panel_before", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕187号",
    title="关于召开2024年度全省工程系列高级职称评审会议的通知",
    zhusong="各市人力资源和社会保障局，省直有关单位，省工程系列高级职称评审委员会有关委员",
    body=[
        ("p", "根据《朔川省职称评审委员会组建及评审专家管理办法》和2024年度全省职称评审工作安排，经研究，决定召开2024年度全省工程系列高级职称评审会议。现将有关事项通知如下。"),
        ("h1", "一、会议时间和地点"),
        ("p", "会议定于2024年11月19日至21日召开，会期3天。与会委员于11月18日15时前报到。会议地点：临朔市北辰路88号省人才发展服务中心四楼评审会议室。"),
        ("h1", "二、评审范围"),
        ("p", "本次评审对象为经各市人力资源社会保障局和省直单位推荐、经省工程系列高级职称评审委员会办公室形式审查合格的高级工程师、正高级工程师申报人员，共412人，涉及土木建筑、机械、电气、能源动力、水利、交通6个专业。"),
        ("h1", "三、评审委员会组成"),
        ("p", "按照评审专家管理办法，本次评审会议从省工程技术人才评审专家库中抽取评审委员9名，组成如下："),
        ("table", dict(cols=["职务", "姓名", "工作单位", "专业技术职务", "评审专业组"], rows=ENG_PANEL,
                       widths=[22, 18, 60, 30, 26])),
        ("h1", "四、评审程序"),
        ("p", "评审分专业组初审、正高级申报人员现场答辩、评审委员会全体会议审议表决三个环节。表决采取无记名投票方式，同意票数达到出席委员总数三分之二以上的即为评审通过。出席会议的委员人数不得少于评审委员会组成人员的三分之二。"),
        ("h1", "五、有关要求"),
        ("p", "（一）各推荐单位要教育引导申报人员诚信申报，不得以任何形式请托、打探评审情况。（二）与申报人员存在近亲属、师生、同一科室等关系的委员，应当主动申请回避。（三）会议期间与会委员统一食宿，请所在单位支持委员按时参会。"),
        ("p", "联系人：厅专业技术人员管理处 宋立群，联系电话：0476-8820513。"),
    ],
    signer=TING, date=D(2024, 11, 5), event=D(2024, 11, 19), gongkai=GK_FB,
    chaosong="驻厅纪检监察组，省人才发展服务中心", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-11-05, review sits 2024-11-19: 正文第三部分 Word table names the 9 drawn 评审委员 (name, unit, title) before the meeting; marked 此件公开发布"),
))

# ---------------------------------------------------------------- 03 unannounced: HR service agencies, covert visits (txt)
DOCS.append(dict(
    file="as_03.txt", case="unannounced_before",
    mark=LS_JU, zihao="临人社函〔2024〕118号",
    title="关于人力资源市场秩序清理整顿专项行动暗访工作的安排",
    zhusong="局劳动保障监察支队，局就业促进和人力资源市场科，市人才服务中心",
    body=[
        ("p", "按照全省人力资源市场秩序清理整顿专项行动部署，为摸清部分机构违规收费、扣押证件、发布虚假招聘信息等问题的真实情况，局里决定在集中检查前组织一轮暗访。现将有关安排明确如下："),
        ("p", "一、暗访时间：2024年9月23日至27日。"),
        ("p", "二、暗访对象（共4家）："),
        ("p", "1．临朔鼎程人力资源有限公司（开元大街东段）；"),
        ("p", "2．临朔市恒远劳务派遣有限公司（站前路南侧商务楼）；"),
        ("p", "3．临朔优聘网络科技有限公司（线上招聘平台，以注册求职账号方式进行）；"),
        ("p", "4．城南劳务市场内以“老马职介”为名的无证经营摊点。"),
        ("p", "三、暗访方式：由监察支队抽调2名、市场科抽调1名同志组成暗访小组，以求职者身份到场咨询和报名，重点记录是否收取押金或“服务费”、是否要求交押身份证原件、招聘信息与实际岗位是否一致，必要时使用执法记录仪固定证据。暗访期间，不与上述机构及其所在区人社部门联系，不提前调阅其许可或备案材料。"),
        ("p", "四、结果运用：暗访小组于暗访结束后5个工作日内形成书面报告，经分管局领导审定后，作为10月集中检查的重点线索。对查实的违法行为，依照《人力资源市场暂行条例》依法处理。"),
        ("p", "五、其他：暗访经费从专项行动工作经费中列支，暗访人员的交通费按实报销。"),
    ],
    signer=LS_JU, date=D(2024, 9, 9), event=D(2024, 9, 23), gongkai=GK_YSQ,
    chaosong="市市场监督管理局", yinfa="临朔市人力资源和社会保障局办公室",
    truth=T("依申请公开", "escalate", SEC,
            "成文2024-09-09: names 4 HR service agencies to be covertly visited 9月23日至27日 (正文二、三), says no contact beforehand; marked 公开方式：依申请公开 so releasable on request"),
))

# ---------------------------------------------------------------- 04 clean: results 公示 naming panel after review
DOCS.append(dict(
    file="as_04.docx", case="clean_panel_after", header_style="letter", event_past=True,
    mark=TING, zihao="朔人社函〔2024〕246号",
    title="关于2024年度全省工程系列正高级工程师评审结果的公示",
    zhusong="",
    body=[
        ("p", "2024年度全省工程系列高级职称评审会议已于2024年11月19日至21日召开。经评审委员会审议表决，韩雪松等12名同志通过正高级工程师资格评审（高级工程师评审结果另行公示）。根据职称评审公开公示有关规定，现将评审通过人员名单及本次评审委员会组成人员名单予以公示。"),
        ("p", "公示期为2024年12月4日至12月10日（5个工作日）。公示期间，任何单位和个人对公示人员的业绩成果、学术水平、职业道德等方面有异议的，可以书面或电话形式向厅专业技术人员管理处反映，也可以向驻厅纪检监察组反映。以单位名义反映问题的须加盖公章，以个人名义反映问题的须署实名并提供联系方式，我们将对反映人信息严格保护。匿名或无具体事实的反映，原则上不予受理。"),
        ("p", "受理电话：0476-8820513（厅专业技术人员管理处），0476-8820160（驻厅纪检监察组）。"),
        ("p", "受理地址：临朔市民主路16号朔川省人力资源和社会保障厅专业技术人员管理处。"),
    ],
    attachments=[
        dict(name="2024年度全省工程系列正高级工程师评审通过人员名单", blocks=[
            ("table", dict(cols=["序号", "姓名", "工作单位", "评审专业"], rows=[
                ["1", "韩雪松", "朔川省建筑设计研究院有限公司", "土木建筑"],
                ["2", "纪方舟", "北泉重型机械有限责任公司", "机械"],
                ["3", "温晓岑", "朔川能源集团有限责任公司", "能源动力"],
                ["4", "柴德利", "朔川电力建设第二工程有限公司", "电气"],
                ["5", "樊启明", "朔川省交通规划勘察设计院", "交通"],
                ["6", "褚玉洁", "临朔市市政工程设计研究院", "土木建筑"],
                ["7", "焦文斌", "柏岭市水利水电勘测设计院", "水利"],
                ["8", "裴志远", "霜河钢铁有限公司", "机械"],
                ["9", "祁晓峰", "松堡矿业集团有限公司", "能源动力"],
                ["10", "武嘉音", "金台市城乡规划设计院", "土木建筑"],
                ["11", "葛振国", "朔川电网有限公司北泉供电分公司", "电气"],
                ["12", "卜清河", "朔川省水利工程建设管理局", "水利"],
            ], widths=[14, 22, 80, 30])),
            ("p", "（以上名单按评审专业及推荐顺序排列，不分先后。）"),
        ]),
        dict(name="2024年度全省工程系列高级职称评审委员会组成人员名单", blocks=[
            ("table", dict(cols=["职务", "姓名", "工作单位", "专业技术职务", "评审专业组"], rows=ENG_PANEL,
                           widths=[22, 18, 60, 30, 26])),
        ]),
    ],
    signer=TING, date=D(2024, 12, 3), event=D(2024, 11, 21), gongkai=GK_FB,
    chaosong="各市人力资源和社会保障局，省直有关单位", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "results 公示 dated 2024-12-03 after the review of 2024-11-19~21: 附件2 names the panel after it sat (normal 评审结果公示); no IDs, office phones only; 此件公开发布"),
))

# ---------------------------------------------------------------- 05 clean: 回避 rule (txt)
DOCS.append(dict(
    file="as_05.txt", case="clean_recusal_rule",
    mark=TING, zihao="朔人社规〔2024〕3号",
    title="朔川省人力资源和社会保障厅关于印发《朔川省职称评审回避规定》的通知",
    zhusong="各市人力资源和社会保障局，省直各部门，各职称评审委员会",
    body=[
        ("p", "为维护职称评审工作的公平公正，根据《职称评审管理暂行规定》，结合我省实际，我厅制定了《朔川省职称评审回避规定》，现印发给你们，请遵照执行。本规定自2024年6月1日起施行，有效期5年。"),
    ],
    attachments=[dict(name="朔川省职称评审回避规定", blocks=[
        ("p", "第一条　为规范职称评审回避行为，保证评审工作客观公正，制定本规定。"),
        ("p", "第二条　本规定适用于本省各级各类职称评审委员会及其办事机构组织的评审、答辩、考核认定等活动。"),
        ("p", "第三条　评审专家、评审委员会办事机构工作人员有下列情形之一的，应当回避：（一）本人申报同一年度、同一系列职称的；（二）与申报人有夫妻关系、直系血亲关系、三代以内旁系血亲或者近姻亲关系的；（三）与申报人在同一单位同一内设机构工作，或者与申报人存在师承、指导研究生关系的；（四）与申报人存在其他可能影响公正评审关系的。"),
        ("p", "第四条　回避分为自行回避、申请回避和指令回避。评审专家知道存在应当回避情形的，应当在评审开始前主动提出；申报人认为评审专家应当回避的，可以在提交申报材料时书面提出，并说明理由；评审委员会办事机构发现应当回避而未回避的，应当指令其回避。"),
        ("p", "第五条　申请回避的，申报人只能提出回避的理由和情形，不得以指定或者猜测评审专家人选的方式提出。评审委员会办事机构应当在评审前作出是否回避的决定。"),
        ("p", "第六条　评审专家回避后人数不足的，由评审委员会办事机构从专家库中按规定补充抽取。"),
        ("p", "第七条　应当回避而未回避，或者利用职务便利干扰评审的，取消其评审专家资格；情节严重的，移送有关机关依法依规处理。"),
        ("p", "第八条　本规定由朔川省人力资源和社会保障厅负责解释。"),
    ])],
    signer=TING, date=D(2024, 5, 10), gongkai=GK_ZD2,
    chaosong="人力资源社会保障部专业技术人员管理司", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "规范性文件 stating 回避 rules in general (附件第三条至第七条); no panel names, no dates of any sitting; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 06 unannounced: social-insurance fund, table
DOCS.append(dict(
    file="as_06.docx", case="unannounced_before", header_style="wenjian",
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2024〕61号",
    title="朔川省人力资源和社会保障厅关于开展2024年社会保险基金管理风险专项检查的通知",
    zhusong="厅社会保险基金监管处、养老保险处、规划财务处，省社会保险事业服务中心，厅信息中心",
    body=[
        ("p", "为深入排查社会保险基金管理风险，守护好人民群众的“养老钱”“保命钱”，经厅党组研究，决定于8月中旬开展社会保险基金管理风险专项检查。现就有关事项通知如下。"),
        ("h1", "一、检查内容"),
        ("p", "重点检查2023年1月以来以下事项：养老保险待遇重复领取和死亡后继续领取；违规办理参保补缴、提前退休；经办系统权限设置及操作日志异常；基金收支核算与银行对账情况；前期审计和巡视反馈问题整改情况。"),
        ("h1", "二、检查方式"),
        ("p", "本次检查采取“不发通知、不打招呼、直奔现场”的方式进行。检查组于8月12日上午直接进驻被检查机构，进场后再出示检查通知书，现场调取业务档案和系统数据。厅信息中心提前准备疑点数据包，于8月9日前交各检查组组长。"),
        ("h1", "三、检查分组及对象"),
        ("table", dict(cols=["组别", "牵头处室（单位）", "被检查机构", "进驻时间"], rows=[
            ["第一组", "社会保险基金监管处", "松堡市社会保险事业服务中心、松堡市东城区社保经办站", "8月12日—14日"],
            ["第二组", "养老保险处", "金台市社会保险事业服务中心", "8月12日—16日"],
            ["第三组", "省社会保险事业服务中心稽核处", "北泉市社会保险事业服务中心、北泉市青峪县社会保险经办中心", "8月14日—16日"],
        ], widths=[18, 42, 72, 28])),
        ("h1", "四、工作要求"),
        ("p", "（一）各检查组成员须遵守廉洁纪律，不得接受被检查单位宴请和礼品。（二）检查组不得提前与被检查地区人社部门联系，行程和住宿自行安排。（三）检查结束后5个工作日内，各组将检查报告和问题清单报厅社会保险基金监管处汇总。"),
    ],
    signer=TING, date=D(2024, 7, 26), event=D(2024, 8, 12), gongkai=GK_FB,
    chaosong="驻厅纪检监察组，省财政厅社会保障处", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-07-26: 二 says 不发通知、不打招呼、直奔现场; 三 Word table lists the fund offices to be entered 8月12日—16日 before the check; marked 此件公开发布"),
))

# ---------------------------------------------------------------- 07 panel: civil-service interview examiners (txt, colon list)
DOCS.append(dict(
    file="as_07.txt", case="panel_before",
    mark=KSZX, zihao="朔人考发〔2025〕9号",
    title="关于做好2025年度全省考试录用公务员面试考官选派和集中工作的通知",
    zhusong="各市人事考试机构，省直有关单位",
    body=[
        ("p", "2025年度全省考试录用公务员面试将于3月22日至23日在临朔、柏岭、霜河三个面试点举行。为做好考官选派和集中管理，现将有关事项通知如下。"),
        ("p", "一、考官组构成。每个考场设考官7名，其中主考官1名。考官由省人事考试中心会同驻厅纪检监察组从省级公务员面试考官库中随机抽取，抽取工作已于3月7日完成。"),
        ("p", "二、临朔面试点考官分组情况。请各选派单位通知本单位考官按以下分组做好准备："),
        ("p", "第一考场：主考官王立衡（省委党校公共管理教研部）；考官孔德馨（临朔市委组织部）、毕云舟（朔川大学法学院）、庞雅琴（省司法厅）、綦鸿达（省税务局）、路晓晨（柏岭市人社局）、单秀兰（朔川师范大学）。"),
        ("p", "第二考场：主考官聂崇文（省委组织部干部教育处）；考官闵淑芳（省发展改革委）、鞠少峰（朔川财经学院）、宁振东（霜河市委组织部）、车玉洁（省审计厅）、阎继光（北泉市人社局）、戚婉婷（朔川大学政治学院）。"),
        ("p", "第三考场：主考官蒋铭远（省人社厅公务员管理处）；考官屈立新（松堡市委组织部）、万春燕（省统计局）、凌志刚（省交通运输厅）、巩慧君（朔川理工大学）、匡文博（金台市人社局）、岳秀梅（省生态环境厅）。"),
        ("p", "柏岭、霜河面试点考官分组另行通知到人。"),
        ("p", "三、报到及集中。临朔面试点考官于3月21日17时前到临朔市朔北宾馆报到，参加考官培训和考务说明会。面试期间考官统一食宿、统一管理，报到后手机等通讯工具由工作人员集中存放，面试结束后发还。"),
        ("p", "四、工作纪律。考官与考生存在回避关系的，应于报到时主动申报；考官不得向他人透露考场分组情况，不得接受考生及其亲友请托。违反纪律的，取消考官资格并通报所在单位。"),
        ("p", "联系电话：0476-8831276（省人事考试中心考务处）。"),
    ],
    signer=KSZX, date=D(2025, 3, 10), event=D(2025, 3, 22), gongkai=GK_ZD2,
    chaosong="省委组织部公务员管理处，驻厅纪检监察组", yinfa="朔川省人事考试中心综合处",
    truth=T("主动公开", "escalate", SEC,
            "成文2025-03-10, interviews 3月22日至23日: 正文二 lists by name the drawn 主考官 and 考官 of three 考场 (colon list per 考场) before the interview; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 08 clean: interview announcement, no examiners
DOCS.append(dict(
    file="as_08.docx", case="clean_review_notice_no_members", header_style="letter",
    mark=KSZX, zihao="朔人考告〔2025〕3号",
    title="2025年度全省考试录用公务员面试工作公告",
    zhusong="",
    body=[
        ("p", "根据2025年度全省考试录用公务员工作安排，笔试成绩和进入面试人员名单已公布，资格复审已经结束。现将面试有关事项公告如下。"),
        ("h1", "一、面试时间和地点"),
        ("table", dict(cols=["面试点", "地址", "面试日期", "面试职位"], rows=[
            ["临朔面试点", "临朔市朔北宾馆会议中心", "3月22日—23日", "省直机关及临朔、北泉市职位"],
            ["柏岭面试点", "柏岭市行政学院", "3月22日", "柏岭、松堡市职位"],
            ["霜河面试点", "霜河市人才发展中心", "3月22日—23日", "霜河、金台市职位"],
        ], widths=[26, 58, 28, 50])),
        ("h1", "二、面试方式"),
        ("p", "面试采取结构化面试方式，每名考生时长约20分钟。每个考场由7名考官组成，考官由省人事考试中心在面试前从省级考官库中随机抽取，面试当日统一进入考场；考生抽签确定考场内的面试顺序。面试成绩当场不公布，于面试全部结束后统一查询。"),
        ("h1", "三、考生须知"),
        ("p", "（一）考生须于面试当日7时30分前凭本人身份证和面试通知书到候考室报到，7时45分仍未报到的，视为自动放弃。（二）候考期间考生不得携带手机等通讯工具，已携带的应交工作人员统一保管。（三）考生在面试答题中不得透露本人姓名、准考证号、毕业院校及工作单位等信息，违者按违纪处理。"),
        ("h1", "四、成绩合成"),
        ("p", "考试总成绩按笔试成绩、面试成绩各占50%的比例合成。面试成绩低于60分的，不得进入体检考察环节。"),
        ("p", "咨询电话：0476-8831276（工作日8:30—17:00）。"),
    ],
    signer=KSZX, date=D(2025, 3, 10), gongkai=GK_FB,
    chaosong="", yinfa="朔川省人事考试中心综合处",
    truth=T("主动公开", "approve", [],
            "public interview announcement (same event as as_07): dates, places, procedure in a Word table; examiners described only as randomly drawn, no names; 此件公开发布"),
))

# ---------------------------------------------------------------- 09 clean: inspector training (依申请公开)
DOCS.append(dict(
    file="as_09.docx", case="clean_inspector_training", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕48号",
    title="关于举办2024年全省劳动保障监察执法人员业务培训班的通知",
    zhusong="各市人力资源和社会保障局、劳动保障监察支队",
    body=[
        ("p", "为提升劳动保障监察执法人员依法履职能力，规范执法行为，经研究，决定举办2024年全省劳动保障监察执法人员业务培训班。现将有关事项通知如下。"),
        ("h1", "一、培训时间和地点"),
        ("p", "2024年3月26日至29日，其中26日报到。培训地点：朔川省人才发展服务中心培训楼（临朔市北辰路88号）。"),
        ("h1", "二、参训对象"),
        ("p", "各市劳动保障监察支队分管执法工作的负责同志1名、一线执法骨干2名，共计18人。参训人员须持有行政执法证件。"),
        ("h1", "三、培训内容"),
        ("p", "（一）《保障农民工工资支付条例》重点条款解读和拖欠工资案件查处；（二）劳动保障监察案件证据收集与固定，包括暗访取证的程序要求和执法记录仪使用规范；（三）“双随机、一公开”监管平台操作；（四）行政处罚文书制作与案卷评查常见问题；（五）典型案例研讨。"),
        ("h1", "四、有关事项"),
        ("p", "（一）请各市于3月15日前将报名回执报送厅劳动保障监察局。（二）培训期间食宿由培训中心统一安排，费用由厅里承担，往返交通费回原单位报销。（三）参训人员须全程参加，培训结束进行闭卷测试，测试结果通报各市。"),
        ("p", "联系电话：0476-8820347（厅劳动保障监察局）。"),
    ],
    attachments=[dict(name="培训报名回执", blocks=[
        ("p", "报送单位（盖章）：　　　　　　　　　　填报日期：　　年　　月　　日"),
        ("table", dict(cols=["序号", "姓名", "性别", "职务", "执法证件编号", "办公电话"],
                       rows=[["1", "", "", "", "", ""], ["2", "", "", "", "", ""], ["3", "", "", "", "", ""]],
                       widths=[14, 24, 14, 34, 40, 34])),
        ("p", "注：请于3月15日前将回执电子版报送厅劳动保障监察局，纸质版报到时交会务组。报到时请携带执法证件原件，以便核对参训人员身份。如有饮食禁忌等特殊需要，请在回执备注中说明，会务组将统一安排。"),
    ])],
    signer=TING, date=D(2024, 3, 5), gongkai=GK_YSQ,
    chaosong="", yinfa=TING_BGS,
    truth=T("依申请公开", "approve", [],
            "internal training notice for 监察 staff (internal management, 依申请公开 fits); mentions 暗访取证 only as a course topic, no targets or dates of any inspection; blank 回执 form"),
))

# ---------------------------------------------------------------- 10 unannounced: training institutions, table, half-hour notice
DOCS.append(dict(
    file="as_10.docx", case="unannounced_before", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕92号",
    title="关于对职业技能培训定点机构开展实地抽查的通知",
    zhusong="厅职业能力建设处，省职业技能鉴定指导中心，各抽查组成员单位",
    body=[
        ("p", "为贯彻落实职业技能培训和评价问题专项治理要求，严厉打击虚假培训、套取补贴等行为，经研究，决定对部分职业技能培训定点机构开展实地抽查。现将有关事项通知如下。"),
        ("h1", "一、抽查对象和时间"),
        ("p", "4月12日，厅职业能力建设处在驻厅纪检监察组监督下，从全省补贴性职业技能培训定点机构名录中随机抽取了6家机构，作为本轮实地抽查对象，具体安排如下："),
        ("table", dict(cols=["序号", "机构名称", "所在市", "抽查日期"], rows=TRAIN_ORGS, widths=[14, 78, 26, 28])),
        ("h1", "二、抽查方式"),
        ("p", "抽查组不提前通知被抽查机构，抵达前半小时由组长电话告知机构负责人到场配合，同时告知所在市人社局派员参加。抽查组到场后，先核对在训班级人数和学员身份，再调阅签到记录、课时安排、视频监控和补贴申领材料。"),
        ("h1", "三、抽查内容"),
        ("p", "（一）培训班开班备案与实际开班是否一致；（二）学员是否真实参训，是否存在代签、冒名顶替；（三）培训课时是否达到规定标准；（四）补贴申领材料是否真实完整；（五）培训收费是否规范。"),
        ("h1", "四、工作要求"),
        ("p", "各抽查组由厅职业能力建设处、省职业技能鉴定指导中心各派1人组成，组长由处级干部担任。抽查中发现虚假培训线索的，要当场封存有关资料。抽查结束后3个工作日内，各组将抽查记录和问题清单报厅职业能力建设处。抽查行程安排由各组自行负责，不得向被抽查机构或他人提前透露。"),
    ],
    signer=TING, date=D(2024, 4, 15), event=D(2024, 4, 22), gongkai=GK_ZD,
    chaosong="驻厅纪检监察组", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-04-15: Word table names 6 drawn training institutions with visit dates 4月22日—5月10日; 二 says no advance notice, 抵达前半小时告知; marked 此件主动公开 (contrast as_14, the 通报 after)"),
))

# ---------------------------------------------------------------- 11 panel: work-ability appraisal experts, in a sentence
DOCS.append(dict(
    file="as_11.docx", case="panel_before", header_style="letter",
    mark=LS_JD_BGS, zihao="临劳鉴办〔2024〕14号",
    title="关于2024年第9批次劳动能力鉴定现场检查安排的通知",
    zhusong="各县（区）人力资源和社会保障局，市社会保险事业服务中心，各有关用人单位",
    body=[
        ("p", "2024年第9批次劳动能力鉴定申请已受理完毕，本批次共受理鉴定申请63件，其中初次鉴定51件、复查鉴定9件、停工留薪期延长确认3件。经审核，申请材料齐全，现将现场检查有关事项通知如下。"),
        ("p", "一、现场检查定于2024年9月10日上午8时开始，地点为临朔市第二人民医院门诊楼四楼劳动能力鉴定室。各县（区）受理的申请人按通知单上的时段分批到场，避免集中等候。"),
        ("p", "二、本批次由市劳动能力鉴定委员会从医疗卫生专家库中抽取骨科专家赵明川（临朔市第二人民医院主任医师）、神经外科专家陈若兰（临朔医科大学附属医院主任医师）、眼科专家冯嘉树（临朔市眼科医院副主任医师）、胸外科专家牛少华（临朔市中心医院主任医师）和职业病科专家詹秋实（临朔市职业病防治院副主任医师）组成鉴定专家组承担现场检查，赵明川担任组长。"),
        ("p", "三、申请人须携带本人身份证原件、工伤认定决定书、完整病历及影像资料原件参加现场检查；用人单位应指派熟悉情况的人员陪同。因伤情严重行动不便的，可于9月5日前向市劳动能力鉴定委员会办公室申请上门检查。"),
        ("p", "四、鉴定结论作出后，由市劳动能力鉴定委员会办公室于20日内送达申请人和用人单位。对鉴定结论不服的，可在收到结论之日起15日内向省劳动能力鉴定委员会申请再次鉴定。"),
        ("p", "五、申请人及其亲属不得以任何方式请托、干扰专家，一经查实，由鉴定委员会依规处理。"),
        ("p", "咨询电话：0476-6125530（市劳动能力鉴定委员会办公室）。"),
    ],
    signer=LS_JD_BGS, date=D(2024, 8, 28), event=D(2024, 9, 10), gongkai=GK_YSQ,
    chaosong="市劳动能力鉴定委员会各成员单位", yinfa=LS_JD_BGS,
    truth=T("依申请公开", "escalate", SEC,
            "成文2024-08-28, 现场检查 2024-09-10: 正文二 names in one sentence the 5 drawn 鉴定专家 and the 组长 before the sitting; 公开方式：依申请公开 (contrast as_12, the pool list)"),
))

# ---------------------------------------------------------------- 12 clean: expert pool list (not a sitting panel)
POOL = [
    ["骨科", "赵明川", "临朔市第二人民医院", "主任医师"],
    ["骨科", "吴振邦", "临朔市中心医院", "主任医师"],
    ["骨科", "顾立人", "临朔医科大学附属医院", "副主任医师"],
    ["骨科", "缪晓晖", "临朔市中医医院", "主任医师"],
    ["神经外科", "陈若兰", "临朔医科大学附属医院", "主任医师"],
    ["神经外科", "沈卫国", "临朔市中心医院", "副主任医师"],
    ["神经内科", "胡玉珍", "临朔市第一人民医院", "主任医师"],
    ["眼科", "冯嘉树", "临朔市眼科医院", "副主任医师"],
    ["眼科", "贝雅丽", "临朔医科大学附属医院", "主任医师"],
    ["耳鼻喉科", "龚守仁", "临朔市第一人民医院", "主任医师"],
    ["胸外科", "牛少华", "临朔市中心医院", "主任医师"],
    ["普通外科", "项国梁", "临朔市第二人民医院", "主任医师"],
    ["手外科", "范存义", "临朔市中医医院", "副主任医师"],
    ["烧伤整形科", "邹美琳", "临朔医科大学附属医院", "主任医师"],
    ["职业病科", "詹秋实", "临朔市职业病防治院", "副主任医师"],
    ["职业病科", "舒宏伟", "临朔市职业病防治院", "主任医师"],
    ["精神科", "庄慧敏", "临朔市精神卫生中心", "主任医师"],
    ["康复医学科", "石振华", "临朔市康复医院", "副主任医师"],
]
DOCS.append(dict(
    file="as_12.docx", case="clean_expert_pool_list", header_style="wenjian", event_past=True,
    mark="临朔市劳动能力鉴定委员会文件", zihao="临劳鉴发〔2024〕3号",
    title="临朔市劳动能力鉴定委员会关于公布劳动能力鉴定医疗卫生专家库（2024—2026年）成员名单的通知",
    zhusong="各县（区）人力资源和社会保障局、卫生健康局，市社会保险事业服务中心，各有关医疗机构",
    body=[
        ("p", "根据《工伤保险条例》和《工伤职工劳动能力鉴定管理办法》，经医疗机构推荐、资格审查和社会公示（公示期为2024年2月26日至3月4日），市劳动能力鉴定委员会确定了新一届劳动能力鉴定医疗卫生专家库成员18名，聘期自2024年4月1日至2026年3月31日。现将专家库成员名单予以公布。"),
        ("p", "专家库是劳动能力鉴定专家的候选范围，不是某一批次的鉴定专家组。每批次鉴定所需专家，由市劳动能力鉴定委员会办公室根据申请人伤情涉及的专业，在现场检查前从专家库中随机抽取，抽取结果仅通知专家本人及所在单位，不对外发布；与申请人有利害关系的专家应当回避。"),
        ("p", "各有关医疗机构要支持入库专家参加鉴定工作，将专家参与鉴定的情况纳入其年度考核。入库专家应当恪守职业道德，客观公正地提出鉴定意见。对不能按要求参加鉴定、出具不实意见或者收受当事人财物的，市劳动能力鉴定委员会将予以解聘，并通报其所在单位。"),
        ("p", "联系电话：0476-6125530（市劳动能力鉴定委员会办公室）。"),
    ],
    attachments=[dict(name="临朔市劳动能力鉴定医疗卫生专家库（2024—2026年）成员名单", blocks=[
        ("table", dict(cols=["专业", "姓名", "工作单位", "职称"], rows=POOL, widths=[30, 22, 70, 30])),
    ])],
    signer=LS_JD, date=D(2024, 3, 15), event=D(2024, 3, 4), gongkai=GK_ZD,
    chaosong="市卫生健康委员会", yinfa=LS_JD_BGS,
    truth=T("主动公开", "approve", [],
            "publishes the 18-member 专家库 (pool) after its 公示, per-batch panels said to be drawn later and not published; a pool is not a sitting panel; no IDs or private phones; 此件主动公开"),
))

# ---------------------------------------------------------------- 13 unannounced: night wage-arrears check (txt)
DOCS.append(dict(
    file="as_13.txt", case="unannounced_before",
    mark=SH_JU, zihao="霜人社发〔2024〕97号",
    title="霜河市人力资源和社会保障局关于开展根治欠薪冬季攻坚夜间集中检查的通知",
    zhusong="市劳动保障监察支队，各县（区）人力资源和社会保障局",
    body=[
        ("p", "元旦春节临近，工程建设领域欠薪风险集中显现。为压实总包单位主体责任，及时发现和处置苗头性问题，局党组研究决定，在根治欠薪冬季攻坚行动中组织一次夜间集中检查。现将有关事项通知如下。"),
        ("p", "一、行动时间。2025年1月9日晚7时集中，行动持续至当晚11时左右。"),
        ("p", "二、检查点位。（一）霜河新区滨江花园三期住宅项目（总承包单位：朔川建工第六工程有限公司）；（二）霜河市第三中学迁建项目；（三）东站物流园冷链仓储项目。上述点位系根据近期12345热线投诉和欠薪预警平台数据确定。"),
        ("p", "三、人员组织。市劳动保障监察支队抽调执法人员12名，新区、东城区人社局各抽调4名，分为3个检查组。参加人员当晚在市人社局一楼大厅集合，由带队局领导现场宣布分组和对应点位；集合前仅告知集合时间，不告知检查去向。"),
        ("p", "四、检查内容。农民工实名制登记和考勤、工资专用账户开设及代发情况、工资保证金存储、维权信息告示牌设置、总包单位与分包单位工资支付台账。发现已发生欠薪的，当场责令限期支付；涉嫌拒不支付劳动报酬犯罪的，按规定移送公安机关。"),
        ("p", "五、有关要求。各检查组要全程使用执法记录仪，做好夜间安全防护。检查结束后次日12时前，各组将检查记录报市劳动保障监察支队汇总，由支队形成专报呈局党组。"),
    ],
    signer=SH_JU, date=D(2024, 12, 30), event=D(2025, 1, 9), gongkai=GK_ZD2,
    chaosong="市住房和城乡建设局，市根治拖欠农民工工资工作领导小组办公室", yinfa="霜河市人力资源和社会保障局办公室",
    truth=T("主动公开", "escalate", SEC,
            "成文2024-12-30: names the 3 construction sites of a surprise night check on 2025-01-09 (正文二), 三 says staff are not told the destination before assembling (indirect wording); 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 14 clean: 通报 of the completed spot check
DOCS.append(dict(
    file="as_14.docx", case="clean_inspection_after", header_style="wenjian", event_past=True,
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2024〕40号",
    title="朔川省人力资源和社会保障厅关于2024年职业技能培训定点机构实地抽查情况的通报",
    zhusong="各市人力资源和社会保障局，各职业技能培训定点机构",
    body=[
        ("p", "2024年4月22日至5月10日，我厅组织抽查组，采取事先不通知的方式，对随机抽取的6家职业技能培训定点机构开展了实地抽查。现将抽查情况通报如下。"),
        ("h1", "一、总体情况"),
        ("p", "从抽查情况看，多数机构能够按照备案计划组织培训，培训场地、设备和师资基本满足要求。但也有部分机构管理松散，个别机构存在虚报学员、虚增课时套取补贴的问题。各机构抽查结果如下："),
        ("table", dict(cols=["机构名称", "抽查日期", "主要问题", "处理意见"], rows=[
            ["临朔市博才职业技能培训学校", "4月22日", "未发现明显问题", "—"],
            ["临朔金匠技能培训中心", "4月24日", "2个班次签到记录与视频监控不符", "责令整改，核减补贴"],
            ["柏岭市众诚职业培训学校", "4月28日", "实训课时不足规定标准", "责令整改"],
            ["霜河市惠民家政职业培训学校", "5月6日", "虚报学员14人，申领补贴2.52万元", "取消定点资格，追回资金，移送查处"],
            ["松堡市远航电焊技术培训中心", "5月8日", "教学日志填写不全", "督促规范"],
            ["北泉市新程电子商务职业培训学校", "5月10日", "未发现明显问题", "—"],
        ], widths=[54, 22, 56, 40])),
        ("h1", "二、下一步要求"),
        ("p", "（一）各市要举一反三，对辖区定点机构开展一次全面自查，6月30日前将自查情况报送我厅。（二）被责令整改的机构要在30日内完成整改，所在市人社局负责验收。（三）我厅将持续采取随机抽查方式加强监管，对查实套取补贴的机构，一律取消定点资格并依法追究责任。"),
    ],
    signer=TING, date=D(2024, 6, 12), event=D(2024, 5, 10), gongkai=GK_FB,
    chaosong="省财政厅，省市场监督管理局", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "通报 dated 2024-06-12 of a spot check already done 4月22日至5月10日, naming the units visited and findings in a Word table (same units as as_10); after the fact; 此件公开发布"),
))

# ---------------------------------------------------------------- 15 panel: skills contest judges before the contest
DOCS.append(dict(
    file="as_15.docx", case="panel_before", header_style="wenjian",
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2024〕44号",
    title="朔川省人力资源和社会保障厅关于第三届全省职业技能大赛焊工、电工赛项技术工作安排的通知",
    zhusong="各市人力资源和社会保障局，省直有关单位，各有关技工院校",
    body=[
        ("p", "根据第三届全省职业技能大赛组委会工作安排，焊工、电工两个赛项的比赛即将举行。为确保比赛公平公正、安全有序，现将技术工作有关事项通知如下。"),
        ("h1", "一、比赛时间和地点"),
        ("p", "比赛将于2024年8月6日至8日在北泉技师学院实训中心举行，8月5日报到并熟悉赛场。"),
        ("h1", "二、比赛内容"),
        ("p", "两个赛项均由理论知识考试和操作技能考核两部分组成，成绩分别占20%和80%。焊工赛项操作部分包括低碳钢板对接熔化极气体保护焊和不锈钢管对接钨极氩弧焊；电工赛项操作部分包括可编程控制器控制线路装调和电气故障排除。"),
        ("h1", "三、裁判工作"),
        ("p", "两个赛项裁判组组成如下（括号内为推荐单位）："),
        ("p", "焊工赛项：裁判长严国栋（朔川能源集团技能大师工作室）；副裁判长吕绍堂（北泉技师学院）；裁判员丁守仁（松堡市高级技工学校）、莫冬青（霜河钢铁有限公司）、解文超（金台市技师学院）、韦立群（柏岭市焊接协会）。"),
        ("p", "电工赛项：裁判长林海涛（朔川电网有限公司技能培训中心）；副裁判长邓秀英（朔川省技师学院）；裁判员卓一凡（临朔市高级技工学校）、钟建平（北泉重型机械有限责任公司）、卢佩玲（霜河市高级技工学校）、侯振宇（朔川电力建设第二工程有限公司）。"),
        ("p", "裁判人员须于8月5日14时前报到，参加赛前培训、执裁分工和加密抽签。裁判人员与参赛选手存在师生、同单位等关系的，实行回避。"),
        ("h1", "四、参赛要求"),
        ("p", "各代表队须于7月26日前通过大赛报名系统确认参赛选手，每个赛项每市限报3人。选手须自带劳动防护用品，赛场统一提供设备和耗材。选手食宿由承办单位统一安排，费用自理。"),
        ("h1", "五、其他"),
        ("p", "赛项技术文件、评分细则和赛场设备清单已在厅门户网站“技能大赛”专栏发布，请各代表队组织选手认真学习。"),
    ],
    signer=TING, date=D(2024, 7, 15), event=D(2024, 8, 6), gongkai=GK_ZD,
    chaosong="第三届全省职业技能大赛组委会各成员单位", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-07-15, contest 2024-08-06~08: 正文三 names 裁判长, 副裁判长 and 裁判员 of both 赛项 (with units in brackets) before the contest; marked 此件主动公开 (contrast as_16, after)"),
))

# ---------------------------------------------------------------- 16 clean: contest results with judges after the contest
DOCS.append(dict(
    file="as_16.docx", case="clean_judges_after_contest", header_style="wenjian", event_past=True,
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2024〕52号",
    title="朔川省人力资源和社会保障厅关于第三届全省职业技能大赛焊工、电工赛项比赛结果的通报",
    zhusong="各市人力资源和社会保障局，省直有关单位，各有关技工院校",
    body=[
        ("p", "第三届全省职业技能大赛焊工、电工赛项比赛于2024年8月6日至8日在北泉技师学院举行，全省13支代表队的72名选手参加比赛。比赛严格执行赛项技术规则，成绩经裁判组复核、组委会审定，公示期间未收到异议。现将比赛结果通报如下。"),
        ("table", dict(title="获奖选手名单（前三名）", cols=["赛项", "名次", "姓名", "所在单位"], rows=[
            ["焊工", "第一名", "宫兆亮", "松堡矿业集团有限公司"],
            ["焊工", "第二名", "廖思远", "霜河钢铁有限公司"],
            ["焊工", "第三名", "索文杰", "金台市技师学院"],
            ["电工", "第一名", "桑一帆", "朔川电网有限公司北泉供电分公司"],
            ["电工", "第二名", "冉俊", "临朔市高级技工学校"],
            ["电工", "第三名", "芦佳宁", "北泉技师学院"],
        ], widths=[20, 20, 24, 80])),
        ("p", "按照大赛规定，获得各赛项前五名且为职工身份的选手，由省人社厅按程序授予“朔川省技术能手”称号；已具有高级工职业资格（职业技能等级）的，可晋升技师职业技能等级。"),
        ("p", "本次比赛裁判工作由焊工赛项裁判长严国栋、电工赛项裁判长林海涛带领裁判组完成。为接受社会监督，现将执裁人员名单一并公布（见附件）。"),
        ("p", "希望获奖选手珍惜荣誉、再接再厉，各地各单位以大赛为契机，进一步加强高技能人才培养。"),
    ],
    attachments=[dict(name="第三届全省职业技能大赛焊工、电工赛项执裁人员名单", blocks=[
        ("table", dict(cols=["赛项", "裁判职务", "姓名", "推荐单位"], rows=[
            ["焊工", "裁判长", "严国栋", "朔川能源集团技能大师工作室"],
            ["焊工", "副裁判长", "吕绍堂", "北泉技师学院"],
            ["焊工", "裁判员", "丁守仁", "松堡市高级技工学校"],
            ["焊工", "裁判员", "莫冬青", "霜河钢铁有限公司"],
            ["焊工", "裁判员", "解文超", "金台市技师学院"],
            ["焊工", "裁判员", "韦立群", "柏岭市焊接协会"],
            ["电工", "裁判长", "林海涛", "朔川电网有限公司技能培训中心"],
            ["电工", "副裁判长", "邓秀英", "朔川省技师学院"],
            ["电工", "裁判员", "卓一凡", "临朔市高级技工学校"],
            ["电工", "裁判员", "钟建平", "北泉重型机械有限责任公司"],
            ["电工", "裁判员", "卢佩玲", "霜河市高级技工学校"],
            ["电工", "裁判员", "侯振宇", "朔川电力建设第二工程有限公司"],
        ], widths=[20, 26, 24, 76])),
    ])],
    signer=TING, date=D(2024, 8, 23), event=D(2024, 8, 8), gongkai=GK_FB,
    chaosong="第三届全省职业技能大赛组委会各成员单位", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "results 通报 dated 2024-08-23 after the contest of 8月6日至8日; 附件 lists the judges after the contest (published for supervision); 此件公开发布"),
))

# ---------------------------------------------------------------- 17 clean: annual report / announced verification (txt)
DOCS.append(dict(
    file="as_17.txt", case="clean_announced_annual_check",
    mark=LS_JU, zihao="临人社发〔2025〕3号",
    title="临朔市人力资源和社会保障局关于做好2024年度人力资源服务机构年度报告公示工作的通知",
    zhusong="各县（区）人力资源和社会保障局，全市各经营性人力资源服务机构",
    body=[
        ("p", "根据《人力资源市场暂行条例》关于经营性人力资源服务机构年度报告制度的规定，现就做好2024年度年度报告公示工作通知如下。"),
        ("p", "一、报送时间。2025年1月15日至3月31日。取得人力资源服务许可证或者已备案的机构，均应在规定时间内报送年度报告。"),
        ("p", "二、报送方式。各机构登录朔川省人力资源市场监管信息系统，如实填写经营情况、设立分支机构、服务收费、劳务派遣和职业中介服务开展情况等内容，并上传加盖公章的年度报告书。"),
        ("p", "三、公示。年度报告经所在县（区）人社局审核后，由系统自动向社会公示，任何单位和个人均可查询。"),
        ("p", "四、核查。4月至5月，我局将对年度报告内容开展书面审查和实地核查。实地核查按照不低于10%的比例在监管系统中随机抽取，抽取结果于4月10日前通过信息系统告知被抽取机构，核查前3个工作日电话确认具体时间，请被抽取机构届时备齐营业执照、许可证、收费台账和服务合同等资料。"),
        ("p", "五、结果运用。逾期未报送或者报告内容不实的，依法责令改正，并列为重点监管对象，提高抽查频次；情节严重的，依法予以处罚。年度报告情况纳入人力资源服务机构诚信评价。"),
        ("p", "咨询电话：0476-6128821（局就业促进和人力资源市场科）。"),
    ],
    signer=LS_JU, date=D(2025, 1, 8), gongkai=GK_ZD2,
    chaosong="市市场监督管理局", yinfa="临朔市人力资源和社会保障局办公室",
    truth=T("主动公开", "approve", [],
            "年度报告公示 notice: the verification is announced to the units on purpose (抽取结果 told via system, time confirmed 3 days ahead); no target list; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 18 unannounced: technical-school enrolment (indirect)
DOCS.append(dict(
    file="as_18.docx", case="unannounced_before", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕141号",
    title="关于开展2024年技工院校招生行为专项督查的通知",
    zhusong="厅技工院校管理处，省技工教育教研室",
    body=[
        ("p", "近年来，个别技工院校在招生中存在有偿招生、委托“中介”买卖生源、虚假宣传就业待遇等问题，群众反映较多。为规范招生秩序，维护学生和家长合法权益，厅里决定在2024年秋季招生期间开展招生行为专项督查。现将有关安排通知如下。"),
        ("h1", "一、督查对象"),
        ("p", "结合今年以来的信访件和网络舆情，本轮督查学校确定为：金台市技师学院、北泉市交通技工学校、柏岭市华工职业技术学校（民办）。"),
        ("h1", "二、督查时间和方式"),
        ("p", "督查于7月2日至5日进行，每校1天。督查组成员先以考生家长身份到校招生咨询点和报名处咨询，了解招生承诺、收费口径和“介绍费”情况，并做好记录；随后视情况出示工作证件，调阅招生计划、录取台账和收费票据。督查前不向上述学校及其所在市人社局发函。"),
        ("h1", "三、督查重点"),
        ("p", "（一）是否超计划、超范围招生；（二）是否向中介机构或个人支付生源费；（三）招生简章和宣传材料是否夸大就业待遇；（四）是否违规收取报名费、择校费等费用；（五）是否以“注册入学”名义招收不符合条件的学生。"),
        ("h1", "四、工作要求"),
        ("p", "督查组由厅技工院校管理处牵头，省技工教育教研室派员参加，每组3人。督查结束后一周内形成督查报告。对查实的违规行为，按照技工院校招生管理规定严肃处理，并在全省范围通报。"),
    ],
    signer=TING, date=D(2024, 6, 20), event=D(2024, 7, 2), gongkai=GK_FB,
    chaosong="驻厅纪检监察组", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-06-20: names 3 schools to be checked 7月2日至5日 with staff posing as parents and no prior letter (indirect wording, no 暗访/突击 word), 正文一、二; marked 此件公开发布"),
))

# ---------------------------------------------------------------- 19 panel: technical-school evaluation experts, table (visit itself announced)
DOCS.append(dict(
    file="as_19.docx", case="panel_before", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕210号",
    title="关于对霜河市高级技工学校等3所技工院校开展办学质量评估的通知",
    zhusong="霜河市、松堡市、金台市人力资源和社会保障局，霜河市高级技工学校，松堡市交通技工学校，金台市技师学院",
    body=[
        ("p", "根据《朔川省技工院校办学质量评估办法》和2024年度评估计划，我厅定于10月下旬对你校开展办学质量评估。现将有关事项通知如下。"),
        ("h1", "一、评估安排"),
        ("p", "霜河市高级技工学校：10月22日；松堡市交通技工学校：10月23日至24日；金台市技师学院：10月25日。评估采取听取汇报、查阅资料、实地察看、师生座谈和课堂听课相结合的方式。"),
        ("h1", "二、评估内容"),
        ("p", "办学条件、师资队伍、专业建设、教学管理、学生管理与安全、毕业生就业质量六个方面，共32项指标，评估结论分为优秀、良好、合格和不合格四个等次。"),
        ("h1", "三、评估专家组"),
        ("p", "评估专家组由以下人员组成："),
        ("table", dict(cols=["组内职务", "姓名", "工作单位", "职务（职称）"], rows=[
            ["组长", "童振邦", "朔川省技工教育研究会", "会长、正高级讲师"],
            ["副组长", "薛慧芳", "朔川省技师学院", "副院长、高级讲师"],
            ["成员", "穆长青", "临朔市高级技工学校", "教务处长、高级讲师"],
            ["成员", "汤立平", "朔川理工大学职业教育研究所", "副教授"],
            ["成员", "佟晓光", "北泉重型机械有限责任公司", "人力资源部部长"],
        ], widths=[22, 22, 64, 44])),
        ("h1", "四、有关要求"),
        ("p", "请各校于10月18日前将自评报告和评估指标支撑材料目录报送省技工教育教研室，评估期间安排1名校级领导全程陪同。评估工作实行“零接待”，学校不得安排宴请和参观游览。"),
        ("p", "联系电话：0476-8820419（厅技工院校管理处）。"),
    ],
    signer=TING, date=D(2024, 10, 8), event=D(2024, 10, 22), gongkai=GK_FB,
    chaosong="省技工教育教研室", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-10-08: the evaluation visit itself is announced by design, but 正文三 Word table names the 5 评估专家 before they sit (10月22日—25日); marked 此件公开发布"),
))

# ---------------------------------------------------------------- 20 clean: evaluation results after (txt)
DOCS.append(dict(
    file="as_20.txt", case="clean_panel_after", event_past=True,
    mark=TING, zihao="朔人社函〔2024〕251号",
    title="关于2024年技工院校办学质量评估结果的通报",
    zhusong="各市人力资源和社会保障局，各技工院校",
    body=[
        ("p", "2024年10月22日至25日，以童振邦同志为组长的评估专家组对霜河市高级技工学校、松堡市交通技工学校、金台市技师学院进行了办学质量评估。专家组通过听取汇报、查阅资料、实地察看、座谈听课等方式，对照32项评估指标逐项打分，形成了评估意见。经厅务会研究，现将评估结果通报如下："),
        ("p", "霜河市高级技工学校：优秀。该校校企合作深入，一体化课程教学改革成效明显，毕业生对口就业率达到91%。"),
        ("p", "金台市技师学院：良好。该校实训设备投入较大，但“双师型”教师比例偏低，部分专业教学计划执行不够严格。"),
        ("p", "松堡市交通技工学校：合格。该校办学条件基本达标，但生均实训工位不足，学生管理制度落实不到位，档案管理较为混乱。"),
        ("p", "请各校对照专家组反馈的问题清单认真整改，于2025年1月31日前将整改报告报送我厅技工院校管理处。评估结果将作为技工院校招生计划安排、专项资金分配和办学资质年检的重要依据。其他技工院校要以此为鉴，对照评估指标开展自查自纠，不断提高办学质量。"),
    ],
    signer=TING, date=D(2024, 11, 20), event=D(2024, 10, 25), gongkai=GK_ZD2,
    chaosong="省技工教育教研室", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "通报 dated 2024-11-20 of an evaluation done 10月22日至25日; names the 组长 and the schools after the fact (contrast as_19); 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 21 clean: call for experts (criteria only)
DOCS.append(dict(
    file="as_21.docx", case="clean_expert_call", header_style="letter",
    mark=TING, zihao="朔人社函〔2025〕31号",
    title="关于征集省级职称评审专家库专家的通知",
    zhusong="各市人力资源和社会保障局，省直各部门，各高等院校、科研院所，各省属企业",
    body=[
        ("p", "为进一步充实省级职称评审专家库，优化专家结构，提高评审质量，现面向全省征集职称评审专家。有关事项通知如下。"),
        ("h1", "一、入库条件"),
        ("p", "（一）拥护党的路线方针政策，遵纪守法，具有良好的职业道德和学术声誉；（二）具有本系列（专业）正高级职称，或者具有副高级职称且在本专业岗位工作满5年；（三）长期从事本专业工作，熟悉本行业发展现状和评价标准；（四）年龄一般不超过62周岁，身体健康，能够参加集中评审；（五）近三年年度考核均为合格以上，无违纪违规记录。"),
        ("h1", "二、征集程序"),
        ("p", "采取个人申请、单位推荐、主管部门审核、人社部门审定的方式进行。申请人登录朔川省专业技术人才服务平台填写《职称评审专家入库申请表》，所在单位审核推荐后报主管部门，主管部门于2025年4月30日前完成审核。我厅组织资格审查后，对拟入库专家名单予以公示，公示无异议的正式入库。"),
        ("h1", "三、专家管理"),
        ("p", "入库专家聘期3年。评审时，按照评审专业从专家库中随机抽取评审专家组建评审委员会或专业组。入库专家应当遵守回避、廉洁和评审纪律，年度考核不合格或者违反评审纪律的，予以出库。"),
        ("h1", "四、联系方式"),
        ("p", "厅专业技术人员管理处，联系电话：0476-8820513，电子信箱：zcpsk@sc-hrss.example.cn。"),
    ],
    signer=TING, date=D(2025, 2, 20), gongkai=GK_FB,
    chaosong="", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "call for experts to join the 职称评审专家库: criteria and procedure only, no names; office contact only; 此件公开发布"),
))

# ---------------------------------------------------------------- 22 unannounced: exam-day patrol route, table
DOCS.append(dict(
    file="as_22.docx", case="unannounced_before", header_style="letter",
    mark=KSZX, zihao="朔人考函〔2024〕58号",
    title="关于做好2024年下半年专业技术人员职业资格考试考务巡查工作的通知",
    zhusong="中心各处室，各巡查组成员",
    body=[
        ("p", "2024年下半年全国专业技术人员职业资格考试将于10月26日至27日举行，我省共设考点47个。为强化考试现场监督，严肃考风考纪，中心决定组织考务巡查。现将有关事项通知如下。"),
        ("h1", "一、巡查组织"),
        ("p", "中心组成4个巡查组，每组2至3人，由中心领导或处室负责人带队，驻厅纪检监察组派员参加第一组巡查。"),
        ("h1", "二、巡查路线"),
        ("p", "各巡查组按下表路线开展巡查。巡查组不提前告知考区和考点，到达后直接出示巡查证进入考务办公室，随机进入考场察看。"),
        ("table", dict(cols=["组别", "10月26日", "10月27日"], rows=[
            ["第一组", "临朔市第十二中学考点、朔川财经学院考点", "临朔市实验中学考点"],
            ["第二组", "柏岭市第一中学考点、柏岭职业技术学院考点", "松堡市第二中学考点"],
            ["第三组", "霜河市第四中学考点", "金台市外国语学校考点、金台市第一中学考点"],
            ["第四组", "北泉市第三中学考点", "北泉技师学院考点"],
        ], widths=[20, 70, 66])),
        ("h1", "三、巡查内容"),
        ("p", "试卷交接和保管、身份核验和入场检查、监考人员到岗履职、考场视频监控运行、无线电信号监测以及违纪违规行为处理情况。"),
        ("h1", "四、工作要求"),
        ("p", "巡查人员要严格遵守考务工作纪律，不得干扰考点正常考务工作。发现问题要当场指出并督促整改，遇有重大情况立即报告中心考务处。各组于10月29日前提交巡查报告。"),
    ],
    signer=KSZX, date=D(2024, 10, 14), event=D(2024, 10, 26), gongkai=GK_FB,
    chaosong="驻厅纪检监察组", yinfa="朔川省人事考试中心综合处",
    truth=T("主动公开", "escalate", SEC,
            "成文2024-10-14, exam 10月26日至27日: Word table gives each patrol team's route of 考点 by day; text says 考点 are not told in advance; marked 此件公开发布"),
))

# ---------------------------------------------------------------- 23 panel: project review experts, sentence, no year (txt)
DOCS.append(dict(
    file="as_23.txt", case="panel_before",
    mark=TING_BGS, zihao="朔人社办函〔2024〕76号",
    title="关于召开2024年省级技能大师工作室建设项目评审会的通知",
    zhusong="各市人力资源和社会保障局，各有关申报单位",
    body=[
        ("p", "2024年省级技能大师工作室建设项目申报工作于5月20日截止，共收到申报项目38个，经形式审查，31个项目进入评审。现将评审会有关事项通知如下。"),
        ("p", "一、评审会定于6月18日上午9时在省人才发展服务中心第二会议室召开，采取申报单位现场汇报、专家质询、独立打分的方式进行。评审专家组由从省级人才评价专家库中抽取的5名专家组成，分别是朔川理工大学机械工程学院教授孟庆和、北泉重型机械有限责任公司首席技师霍铁军、朔川省技师学院副院长包慧敏、朔川能源集团人力资源部正高级经济师甄伯阳和临朔市职业技能鉴定指导中心主任蔺小川，孟庆和任组长。"),
        ("p", "二、每个项目汇报时间不超过8分钟，专家质询不超过5分钟。汇报人应为技能大师本人或者领办人，汇报材料以演示文稿形式提交，于6月14日前发送至厅职业能力建设处电子信箱。"),
        ("p", "三、汇报顺序于评审当日8时30分现场抽签确定。每个申报单位参会人员不超过2人。"),
        ("p", "四、评审结果经厅务会审定后在厅门户网站公示5个工作日。入选项目给予每个10万元的一次性建设补助，由项目所在市统筹用于工作室设备购置、技术攻关和带徒传技。"),
        ("p", "联系电话：0476-8820388（厅职业能力建设处）。"),
    ],
    signer=TING_BGS, date=D(2024, 6, 3), event=D(2024, 6, 18), gongkai=GK_YSQ,
    chaosong="", yinfa=TING_BGS,
    truth=T("依申请公开", "escalate", SEC,
            "成文2024-06-03, meeting '6月18日' (no year given): 正文一 names the 5 drawn review experts and the 组长 in one sentence before the review, and applicants attend; 公开方式：依申请公开"),
))

# ---------------------------------------------------------------- 24 clean: supervision opinion mentioning covert checks in general (txt)
DOCS.append(dict(
    file="as_24.txt", case="clean_general_unannounced_policy",
    mark=TING, zihao="朔人社规〔2024〕7号",
    title="朔川省人力资源和社会保障厅关于进一步加强人力资源服务机构事中事后监管的意见",
    zhusong="各市人力资源和社会保障局",
    body=[
        ("p", "为贯彻《人力资源市场暂行条例》，健全以“双随机、一公开”监管为基本手段、以重点监管为补充、以信用监管为基础的新型监管机制，现就进一步加强人力资源服务机构事中事后监管提出如下意见。"),
        ("p", "一、全面推行“双随机、一公开”监管。各级人社部门要建立人力资源服务机构名录库和执法检查人员名录库，每年抽查比例不低于5%，抽查事项清单和抽查结果依法向社会公开。"),
        ("p", "二、突出重点领域监管。对投诉举报集中、存在违法违规线索或者信用等级较低的机构，可以不受抽查比例限制，依法采取专项检查、暗访、突击检查等方式实施监管；检查对象、时间和方式由实施机关根据线索依法确定，并严格履行审批程序。"),
        ("p", "三、推进信用分级分类监管。建立人力资源服务机构诚信档案，将行政处罚、年度报告、投诉处理等信息纳入信用记录，实行A、B、C、D四级分类，对D级机构依法实施联合惩戒。"),
        ("p", "四、落实年度报告制度。经营性人力资源服务机构应当于每年3月31日前报送上一年度经营情况年度报告，人社部门对年度报告进行审查并向社会公示。"),
        ("p", "五、强化部门协同。加强与市场监管、公安、网信等部门的信息共享和联合执法，对网络招聘平台发布虚假信息、非法职业中介等行为形成监管合力。"),
        ("p", "本意见自2024年10月1日起施行，有效期5年。"),
    ],
    signer=TING, date=D(2024, 9, 2), gongkai=GK_ZD2,
    chaosong="省市场监督管理局，省公安厅，省委网信办", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "policy opinion that mentions 暗访、突击检查 only as a general method (正文二), no target unit and no date of any check; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 25 unannounced: work-injury agreement hospitals (indirect)
DOCS.append(dict(
    file="as_25.docx", case="unannounced_before", header_style="letter",
    mark=SBZX, zihao="朔社保函〔2024〕61号",
    title="关于开展工伤保险协议医疗机构服务行为检查的通知",
    zhusong="中心工伤保险处、稽核处、医疗费用审核科",
    body=[
        ("p", "今年以来，工伤医疗费用增长较快，部分协议医疗机构存在挂床住院、过度检查、串换诊疗项目等问题。为维护工伤保险基金安全，中心决定对部分协议医疗机构开展服务行为检查。现将有关事项通知如下。"),
        ("h1", "一、检查对象和时间"),
        ("p", "根据费用监测数据异常情况，确定检查对象及时间如下：临朔市康泰骨科医院，11月11日至12日；柏岭市第三人民医院工伤康复科，11月13日；松堡矿务局职工医院，11月14日至15日。"),
        ("h1", "二、检查方式"),
        ("p", "检查组分两组直接赴现场。检查通知书由检查组抵达后当面送达，此前不与上述机构及属地经办机构沟通检查事宜。检查组到达后，先核对在院工伤职工人数与病床实际占用情况，再调阅病历、费用明细和医嘱记录。"),
        ("h1", "三、检查内容"),
        ("p", "（一）住院工伤职工是否在院，是否存在挂床、冒名住院；（二）诊疗项目、药品和耗材是否符合工伤保险目录，是否存在串换项目；（三）收费是否符合价格政策；（四）协议约定的信息报送和费用结算管理是否落实。"),
        ("h1", "四、工作要求"),
        ("p", "检查中发现违规费用的，按服务协议予以拒付或追回；情节严重的，暂停或解除服务协议。检查结束后10个工作日内，各组形成检查报告报中心领导。"),
    ],
    signer=SBZX, date=D(2024, 11, 1), event=D(2024, 11, 11), gongkai=GK_YSQ,
    chaosong="省人力资源和社会保障厅工伤保险处", yinfa="朔川省社会保险事业服务中心办公室",
    truth=T("依申请公开", "escalate", SEC,
            "成文2024-11-01: names 3 agreement hospitals and dates 11月11日至15日; 二 says the notice is handed over on arrival and no prior contact (indirect: no 突击/暗访 word); 公开方式：依申请公开"),
))

# ---------------------------------------------------------------- 26 clean: panel composition rules, no names
DOCS.append(dict(
    file="as_26.docx", case="clean_panel_rules", header_style="wenjian",
    mark="朔川省人力资源和社会保障厅文件", zihao="朔人社发〔2024〕18号",
    title="朔川省人力资源和社会保障厅关于印发《朔川省职称评审委员会组建及评审专家管理办法》的通知",
    zhusong="各市人力资源和社会保障局，省直各部门，各职称评审委员会",
    body=[
        ("p", "现将《朔川省职称评审委员会组建及评审专家管理办法》印发给你们，请认真贯彻执行。此前有关规定与本办法不一致的，以本办法为准。"),
    ],
    attachments=[dict(name="朔川省职称评审委员会组建及评审专家管理办法", blocks=[
        ("p", "第一条　为规范职称评审委员会组建和评审专家管理，根据《职称评审管理暂行规定》，制定本办法。"),
        ("p", "第二条　职称评审委员会按照系列或者专业组建。高级职称评审委员会的评审专家不少于25人；中级职称评审委员会的评审专家不少于11人。评审专家数量不足的地区或者专业，可以联合组建或者委托组建。"),
        ("p", "第三条　评审委员会设主任委员1名、副主任委员1至2名。每年度评审时，由评审委员会办事机构从评审专家库中随机抽取评审专家组成当次评审委员会，正高级职称评审会议出席人数不少于9人，副高级职称评审会议不少于7人。"),
        ("p", "第四条　评审专家应当具备本系列（专业）高级职称，具有较高的学术水平和良好的职业道德，年龄一般不超过62周岁。同一评审专家连续参加同一评审委员会评审工作一般不超过3年。"),
        ("p", "第五条　当次评审委员会组成人员名单在评审工作结束前不得对外公开，评审结果公示时一并公布。"),
        ("p", "第六条　评审专家应当遵守回避制度，不得泄露评审情况，不得利用评审专家身份为自己或者他人谋取利益。"),
        ("p", "第七条　评审委员会办事机构建立评审专家诚信档案，对评审专家履职情况实行年度评价，评价结果作为续聘或者解聘的依据。"),
        ("p", "第八条　本办法自印发之日起施行。"),
    ])],
    signer=TING, date=D(2024, 3, 20), gongkai=GK_ZD,
    chaosong="人力资源社会保障部专业技术人员管理司", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "rules on how a panel is formed (人数, 随机抽取, 名单在评审结束前不公开) with no names and no sitting date; 此件主动公开"),
))

# ---------------------------------------------------------------- 27 panel: health-series defence committees, colon list
DOCS.append(dict(
    file="as_27.docx", case="panel_before", header_style="letter",
    mark=TING, zihao="朔人社函〔2024〕236号",
    title="关于2024年度卫生系列正高级职称面试答辩有关事项的通知",
    zhusong="各市人力资源和社会保障局、卫生健康委员会，省直各医疗卫生单位",
    body=[
        ("p", "2024年度全省卫生系列正高级职称申报和资格审查工作已经结束，共有186名申报人员进入面试答辩环节。现将面试答辩有关事项通知如下。"),
        ("h1", "一、时间和地点"),
        ("p", "面试答辩将于2024年12月14日至15日在省人才发展服务中心举行。具体答辩时段由各推荐单位通知本单位申报人员。"),
        ("h1", "二、答辩程序"),
        ("p", "申报人员进行5分钟个人业务工作陈述，答辩委员围绕申报人员专业技术水平和业绩成果提问，每人答辩时间不超过20分钟。答辩委员独立评分，满分100分，平均分60分以上为答辩合格。"),
        ("h1", "三、答辩委员会组成"),
        ("p", "本年度设三个答辩组，各答辩组组成如下："),
        ("p", "第一答辩组（内科学类）：主任委员柯振宇（临朔医科大学附属第一医院主任医师）；委员欧阳静（省人民医院主任医师）、晏德钧（霜河市中心医院主任医师）、车明远（柏岭市人民医院主任医师）、季宛如（省肿瘤医院主任医师）。"),
        ("p", "第二答辩组（外科学类）：主任委员司马骏（省人民医院主任医师）；委员段成林（临朔市第一人民医院主任医师）、麦晓东（北泉市人民医院主任医师）、殷海燕（朔川医科大学附属第二医院主任医师）、覃志强（金台市中心医院主任医师）。"),
        ("p", "第三答辩组（护理学类）：主任委员向秀兰（省人民医院主任护师）；委员苗丽华（临朔医科大学附属第一医院主任护师）、甘玉梅（松堡市人民医院主任护师）、练春花（省儿童医院主任护师）、尚红英（霜河市中心医院主任护师）。"),
        ("h1", "四、有关要求"),
        ("p", "申报人员须携带本人身份证和代表性成果原件参加答辩，迟到15分钟以上的视为放弃。申报人员及其所在单位不得以任何形式与答辩委员联系，违者取消当年度评审资格。"),
    ],
    signer=TING, date=D(2024, 12, 2), event=D(2024, 12, 14), gongkai=GK_FB,
    chaosong="省卫生健康委员会，驻厅纪检监察组", yinfa=TING_BGS,
    truth=T("主动公开", "escalate", SEC,
            "成文2024-12-02, 答辩 12月14日至15日: 正文三 names the 主任委员 and 委员 of three 答辩组 (colon list per group) before the defence; marked 此件公开发布"),
))

# ---------------------------------------------------------------- 28 clean: covert-visit 通报 after the visits (txt)
DOCS.append(dict(
    file="as_28.txt", case="clean_inspection_after", event_past=True,
    mark=TING_BGS, zihao="朔人社办发〔2024〕29号",
    title="关于2024年第三季度全省人社服务窗口暗访情况的通报",
    zhusong="各市人力资源和社会保障局，厅机关各处室、各直属单位",
    body=[
        ("p", "2024年8月至9月，厅办公室委托第三方机构，以办事群众身份对6个市的18个人社服务窗口进行了暗访，重点了解“一窗通办”、首问负责、一次性告知和办事等候时间等情况。现将暗访情况通报如下。"),
        ("p", "一、总体情况。多数窗口服务规范，工作人员着装统一、用语文明，能够一次性告知办事材料。临朔市政务服务中心人社综合窗口、霜河市社会保险事业服务中心待遇窗口和北泉市就业服务大厅表现突出，予以通报表扬。"),
        ("p", "二、存在问题。（一）松堡市东城区社保经办站部分时段仅开放1个窗口，群众平均等候时间超过40分钟；（二）金台市和平区人社服务站对灵活就业人员参保咨询存在推诿现象，未落实首问负责；（三）柏岭市人才服务中心档案窗口办事指南与实际要求不一致，群众往返跑腿。"),
        ("p", "三、整改要求。请上述存在问题的单位于10月31日前完成整改，并将整改报告报厅办公室。各市要举一反三，对本地窗口服务开展一次全面检查，切实提升群众满意度。厅办公室将把暗访发现问题整改情况纳入年度政务服务考核。"),
    ],
    signer=TING_BGS, date=D(2024, 10, 16), event=D(2024, 9, 30), gongkai=GK_ZD2,
    chaosong="省政务服务和数据管理局", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "通报 dated 2024-10-16 of covert window visits already made in 8月至9月, naming the windows visited and findings; after the fact; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 29 unannounced: meeting minutes, 四不两直 (txt)
DOCS.append(dict(
    file="as_29.txt", case="unannounced_before",
    txt_head=["朔川省人力资源和社会保障厅", "厅长办公会议纪要", "〔2025〕4号", ""],
    mark=TING, zihao="〔2025〕4号",
    title="2025年第4次厅长办公会议纪要",
    zhusong="",
    body=[
        ("p", "2025年3月3日下午，厅长贾振华在厅机关三楼会议室主持召开2025年第4次厅长办公会议，研究就业、职称和社会保险基金监管有关工作。纪要如下："),
        ("p", "一、会议听取了就业促进处关于2025年全省就业工作要点的汇报。会议原则同意工作要点，要求进一步细化高校毕业生、退役军人和农民工等重点群体就业帮扶措施，3月底前以厅文件印发。"),
        ("p", "二、会议研究了全省职称评审服务平台升级改造方案。会议同意将平台升级纳入年度信息化项目，由厅信息中心牵头，专业技术人员管理处配合，6月底前完成上线测试。"),
        ("p", "三、会议研究了养老保险待遇领取资格专项抽查工作。会议同意社会保险基金监管处提出的抽查方案：3月18日至20日，由分管副厅长带队，按照“四不两直”要求，赴松堡市东城区社保服务大厅、金台市和平区社保服务大厅以及松堡市桦林镇、金台市河西街道人社服务站，抽查待遇资格认证、疑似冒领数据核查和追回清退情况。抽查情况形成专报，报厅党组。"),
        ("p", "四、会议研究了其他事项。会议同意厅机关2025年度干部教育培训计划，由人事处抓好落实。"),
        ("p", "出席：贾振华、邢建国、鲍丽君、齐海峰、袁立新。"),
        ("p", "列席：办公室、就业促进处、专业技术人员管理处、社会保险基金监管处、人事处、厅信息中心主要负责同志。"),
    ],
    signer=TING_BGS, date=D(2025, 3, 4), event=D(2025, 3, 18), gongkai=GK_YSQ,
    chaosong="", yinfa=TING_BGS,
    truth=T("依申请公开", "escalate", SEC,
            "会议纪要 dated 2025-03-04: item 三 names the offices/stations to be checked 3月18日至20日 under '四不两直' (indirect word for unannounced); 公开方式：依申请公开"),
))

# ---------------------------------------------------------------- 30 clean: announced internal-control inspection
DOCS.append(dict(
    file="as_30.docx", case="clean_announced_inspection", header_style="letter",
    mark=SBZX, zihao="朔社保函〔2024〕39号",
    title="关于开展2024年度社会保险经办机构内部控制检查的通知",
    zhusong="柏岭市社会保险事业服务中心，霜河市社会保险事业服务中心",
    body=[
        ("p", "根据《社会保险经办机构内部控制规程》和中心2024年度内控检查计划，中心定于9月对你单位开展社会保险经办内部控制检查。现将有关事项通知如下。"),
        ("h1", "一、检查时间"),
        ("p", "柏岭市：9月9日至11日；霜河市：9月12日至13日。检查组到达前一日与你单位确认具体工作安排。"),
        ("h1", "二、检查内容"),
        ("p", "经办业务岗位设置和不相容岗位分离情况；信息系统用户权限和操作日志管理；待遇核定、支付的复核审批流程；基金财务管理和银行账户管理；稽核内审工作开展情况；上年度检查发现问题的整改落实情况。"),
        ("h1", "三、需准备的资料"),
        ("p", "请于9月4日前报送内控自查报告，并在检查组进驻时提供以下资料：（一）内部控制制度汇编；（二）岗位设置和人员分工文件；（三）系统用户权限清单；（四）2023年以来内审报告和整改台账；（五）检查组现场要求提供的其他资料。"),
        ("h1", "四、有关要求"),
        ("p", "请你单位明确1名负责同志和1名联络员配合检查，提供必要的工作场所。检查组严格执行中央八项规定精神，不安排接待，工作餐按规定标准自理。"),
        ("p", "联系电话：0476-8851022（中心稽核处）。"),
    ],
    signer=SBZX, date=D(2024, 8, 20), gongkai=GK_ZD,
    chaosong="柏岭市、霜河市人力资源和社会保障局", yinfa="朔川省社会保险事业服务中心办公室",
    truth=T("主动公开", "approve", [],
            "routine inspection announced to the inspected units on purpose (addressed to them, dates and materials requested in advance); nothing unannounced; 此件主动公开"),
))

# ---------------------------------------------------------------- 31 panel: public-institution interview examiners in attachment (txt)
DOCS.append(dict(
    file="as_31.txt", case="panel_before",
    mark=LS_JU, zihao="临人社发〔2025〕21号",
    title="临朔市人力资源和社会保障局关于2025年市属事业单位公开招聘工作人员面试工作安排的通知",
    zhusong="市直各有关招聘单位及其主管部门",
    body=[
        ("p", "2025年市属事业单位公开招聘工作人员笔试成绩已经公布，资格复审已经完成，共有96人进入面试。现将面试工作安排通知如下。"),
        ("p", "一、面试时间地点。面试定于2025年5月24日在临朔市公共实训基地综合楼进行，共设4个考场，上午8时开始。"),
        ("p", "二、面试形式。面试采取结构化面试，每名考生15分钟。考生抽签确定考场和面试顺序。"),
        ("p", "三、考官安排。每个考场设考官5名，由市人事考试中心从市级事业单位面试考官库中抽取，各考场考官小组安排见附件。招聘单位主管部门可派1名观察员，观察员不参与评分。考官于面试当日7时在综合楼一楼集中。"),
        ("p", "四、招聘单位职责。各招聘单位于5月20日前通知进入面试的考生，并提醒考生携带身份证和面试通知书。面试结束后，市人事考试中心当日汇总面试成绩，于5月26日在市人社局门户网站公布。"),
        ("p", "五、监督。市纪委监委驻市人社局纪检监察组对面试全过程进行监督。"),
    ],
    attachments=[dict(name="2025年市属事业单位公开招聘面试考官安排表", blocks=[
        ("table", dict(cols=["考场", "主考官", "考官"], rows=[
            ["第一考场", "关志毅（市委党校）", "苏婉清（市教育局）、钱立伟（临朔职业技术学院）、邱敏（市卫生健康委）、谭守信（市财政局）"],
            ["第二考场", "潘国庆（市委组织部）", "黎晓慧（市司法局）、莫振华（临朔学院）、杜秋红（市人社局）、夏明哲（市住建局）"],
            ["第三考场", "汪德华（市人社局）", "田雅芝（市审计局）、雷鸣远（临朔学院）、蔡丽娜（市自然资源局）、程伟东（市农业农村局）"],
            ["第四考场", "方振宇（市编办）", "史惠琴（市民政局）、洪立冬（临朔职业技术学院）、江雪莹（市文旅局）、邵广利（市发展改革委）"],
        ])),
    ])],
    signer=LS_JU, date=D(2025, 5, 12), event=D(2025, 5, 24), gongkai=GK_ZD2,
    chaosong="市纪委监委驻市人社局纪检监察组，市人事考试中心", yinfa="临朔市人力资源和社会保障局办公室",
    truth=T("主动公开", "escalate", SEC,
            "成文2025-05-12, interview 2025-05-24: 附件 table lists 主考官 and 考官 of all 4 考场 by name and unit before the interview; 公开方式：主动公开"),
))

# ---------------------------------------------------------------- 32 clean: judge recruitment, names to be published after
DOCS.append(dict(
    file="as_32.docx", case="clean_panel_rules", header_style="letter",
    mark=TING, zihao="朔人社函〔2025〕66号",
    title="关于遴选第四届全省职业技能大赛裁判人员的通知",
    zhusong="各市人力资源和社会保障局，省直有关单位，各技工院校，各有关企业",
    body=[
        ("p", "第四届全省职业技能大赛拟于2025年下半年举行，设竞赛项目24个。为建设一支公道正派、业务精湛的裁判队伍，现组织开展裁判人员遴选工作。有关事项通知如下。"),
        ("h1", "一、遴选条件"),
        ("p", "（一）具有本职业（工种）技师以上职业技能等级或者相关专业中级以上职称；（二）具有省级以上职业技能竞赛执裁经历或者从事本专业工作10年以上；（三）熟悉竞赛规则和评分标准，身体健康，能够全程参加赛前培训和执裁。"),
        ("h1", "二、遴选程序"),
        ("p", "各单位按每个竞赛项目推荐1至2人，于2025年5月15日前将推荐表报送大赛组委会办公室。组委会办公室组织资格审核和业务测试，按照竞赛项目需要择优确定裁判人员，并随机确定执裁项目和岗位。"),
        ("h1", "三、名单管理"),
        ("p", "裁判人员名单赛前不对外公布，由组委会办公室在赛前培训时通知本人。比赛结束后，执裁人员名单随比赛结果一并公布，接受社会监督。裁判人员与参赛选手存在师生、同单位等关系的，实行回避。"),
        ("h1", "四、联系方式"),
        ("p", "大赛组委会办公室（设在厅职业能力建设处），联系电话：0476-8820388。"),
    ],
    attachments=[dict(name="第四届全省职业技能大赛裁判人员推荐表", blocks=[
        ("table", dict(cols=["项目", "内容"], rows=[
            ["姓名", ""], ["工作单位", ""], ["职业技能等级或职称", ""],
            ["推荐竞赛项目", ""], ["执裁经历", ""], ["推荐单位意见", "（盖章）　　年　月　日"],
        ], widths=[50, 100])),
        ("p", "填表说明：本表一式两份，推荐单位和组委会办公室各留存一份。执裁经历请注明竞赛名称、年度和担任的裁判职务；无执裁经历的，请简要填写本专业工作年限和主要业绩。推荐表须经推荐单位负责人签字并加盖公章，复印件无效。"),
    ])],
    signer=TING, date=D(2025, 4, 1), gongkai=GK_FB,
    chaosong="第四届全省职业技能大赛组委会各成员单位", yinfa=TING_BGS,
    truth=T("主动公开", "approve", [],
            "call for skills-contest judges: criteria and procedure, says the list is not published before the contest; no names; blank 推荐表; 此件公开发布"),
))

# ---------------------------------------------------------------- 33 clean (correctly marked 不予公开): panel named before, not published
ECON_PANEL = [
    ["主任委员", "严书铭", "朔川财经学院", "教授"],
    ["副主任委员", "陶慧中", "朔川省发展和改革研究院", "研究员"],
    ["委员", "霍玉兰", "朔川银行股份有限公司", "正高级经济师"],
    ["委员", "申立达", "朔川省统计科学研究所", "正高级统计师"],
    ["委员", "毛春晓", "朔川大学经济学院", "教授"],
    ["委员", "戴宏业", "朔川能源集团有限责任公司", "正高级经济师"],
    ["委员", "柳嘉懿", "朔川省交通投资集团有限公司", "正高级经济师"],
    ["委员", "滕国华", "临朔市财政局", "正高级会计师"],
    ["委员", "邬晓光", "北泉重型机械有限责任公司", "正高级经济师"],
]
DOCS.append(dict(
    file="as_33.docx", case="clean_panel_before_not_published", header_style="letter",
    mark=TING, zihao="朔人社函〔2025〕88号",
    title="关于2025年度全省经济系列高级职称评审委员会组成人员的通知",
    zhusong="评审委员所在单位",
    body=[
        ("p", "2025年度全省经济系列高级职称评审会议定于5月27日至28日在省人才发展服务中心召开。经从省经济专业人才评审专家库中随机抽取，并经回避审查，本年度评审委员会组成人员已经确定，名单见下表。请所在单位支持有关同志按时参会，并于5月26日15时前到省人才发展服务中心报到。"),
        ("table", dict(cols=["职务", "姓名", "工作单位", "专业技术职务"], rows=ECON_PANEL, widths=[24, 22, 72, 32])),
        ("p", "根据《朔川省职称评审委员会组建及评审专家管理办法》第五条，当次评审委员会组成人员名单在评审工作结束前不得对外公开。本通知仅送评审委员所在单位，请勿转发、张贴或者上传网络，各单位应对委员参会安排严格保密。评审结束后，评审委员会组成人员名单将随评审结果一并公示。"),
        ("p", "评审期间，委员实行封闭管理，统一食宿，会议期间不接听与评审无关的电话。请所在单位为委员调整好工作安排。"),
        ("p", "联系电话：0476-8820513（厅专业技术人员管理处）。"),
    ],
    signer=TING, date=D(2025, 5, 6), event=D(2025, 5, 27), gongkai=GK_BY,
    chaosong="驻厅纪检监察组", yinfa=TING_BGS,
    truth=T("不予公开", "approve", [],
            "names the panel before the 5月27日 sitting, but the document is marked 公开方式：不予公开 and says it goes only to the members' units; correctly marked work-secret content, nothing would be published"),
))


# --------------------------------------------------------------------------------------------------
def body_text(spec):
    parts = []
    for blocks in [spec["body"]] + [a["blocks"] for a in spec.get("attachments", [])]:
        for b in blocks:
            if b[0] == "table":
                parts.extend("".join(map(str, r)) for r in b[1]["rows"])
            else:
                parts.append(b[1])
    return "".join(parts)


def full_text(spec):
    keys = ["mark", "zihao", "title", "zhusong", "signer", "gongkai", "chaosong", "yinfa"]
    return "".join(str(spec.get(k, "")) for k in keys) + "".join(spec.get("txt_head", [])) + body_text(spec)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rows = []
    seen = set()
    for spec in DOCS:
        fn = spec["file"]
        assert fn not in seen, fn
        seen.add(fn)
        txt = full_text(spec)
        blen = len(re.sub(r"\s", "", body_text(spec)))
        assert blen >= 400, f"{fn}: body only {blen} chars"
        for bad in FORBIDDEN_PLACES:
            assert bad not in txt, f"{fn}: forbidden name {bad}"
        assert "秘密" not in txt and "机密" not in txt and "绝密" not in txt and "保密" not in txt \
            or spec["case"] not in ("panel_before", "unannounced_before"), f"{fn}: secret word in a SECRET_CONTENT case"
        check_identifiers(fn, txt)
        # timing: the event named must lie after 成文日期 for the two secret cases, before it for after-the-fact traps
        ev = spec.get("event")
        if spec["case"] in ("panel_before", "unannounced_before"):
            assert ev and ev > spec["date"], f"{fn}: event must follow 成文日期"
        if spec.get("event_past"):
            assert ev and ev < spec["date"], f"{fn}: event must precede 成文日期"
        t = spec["truth"]
        if spec["case"] in ("panel_before", "unannounced_before"):
            assert t["decision"] == "escalate" and t["codes"] == ["SECRET_CONTENT"]
            assert t["attribute"] in ("主动公开", "依申请公开")
        else:
            assert t["decision"] == "approve" and t["codes"] == []
        path = os.path.join(out, fn)
        if fn.endswith(".docx"):
            render_docx(spec, path)
        else:
            render_txt(spec, path)
        rows.append({
            "file": fn,
            "attribute": t["attribute"],
            "decision": t["decision"],
            "codes": t["codes"],
            "note": t["note"],
            "case": spec["case"],
            "format": fn.rsplit(".", 1)[1],
            "issuer": spec["signer"],
            "date": spec["date"].isoformat(),
        })
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((r["case"], r["format"]) for r in rows)
    for k in sorted(c):
        print(k, c[k])
    print("total", len(rows))


if __name__ == "__main__":
    main()
