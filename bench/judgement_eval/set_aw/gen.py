# -*- coding: utf-8 -*-
"""Generator for eval11aw: review panels named before they sit / unannounced checks disclosed before they happen,
plus clean look-alike traps. Fictional 栖梧省人力资源和社会保障厅 (province) and its centres.

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/NN.docx|NN.txt and OUTDIR/truth.jsonl (format of truth18.md).
"""
import datetime as dt
import json
import os
import re
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TING = "栖梧省人力资源和社会保障厅"
TING_OFFICE = "栖梧省人力资源和社会保障厅办公室"
KSZX = "栖梧省人事考试中心"
JDZX = "栖梧省职业技能鉴定指导中心"

# ----------------------------------------------------------------------------------------------------------------
# checks: GB 11643 and Luhn (the documents are meant to carry no ID number and no card number at all)
# ----------------------------------------------------------------------------------------------------------------
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def gb11643_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return _C[sum(int(a) * b for a, b in zip(s[:17], _W)) % 11] == s[17]


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, v in enumerate(d):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def check_numbers(text, fid):
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", text):
        assert gb11643_ok(m.group()), (fid, "bad ID check digit", m.group())
    for m in re.finditer(r"(?<!\d)\d{15,19}(?!\d)", text):
        if len(m.group()) != 18:
            assert luhn_ok(m.group()), (fid, "bad Luhn digit", m.group())
    # this set carries none at all
    assert not re.search(r"\d{15,}", text), (fid, "long digit run present")
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), (fid, "mobile number present")


def cn_date(s):
    d = dt.date.fromisoformat(s)
    return f"{d.year}年{d.month}月{d.day}日"


# ----------------------------------------------------------------------------------------------------------------
# docx rendering (GB/T 9704-like)
# ----------------------------------------------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _spacing(p, exact=28):
    pf = p.paragraph_format
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def _border(p, sides, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        pbdr.append(el)
    ppr.append(pbdr)


def para(doc, text, font=FS, size=16, bold=False, align=None, indent=True, color=None, exact=28, left_chars=0):
    p = doc.add_paragraph()
    _spacing(p, exact)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if left_chars:
        p.paragraph_format.left_indent = Pt(size * left_chars)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def table(doc, rows, widths=None):
    if widths is None:  # proportional to the longest text of each column, 15.6 cm in all
        m = [max(3, min(16, max(len(str(r[j])) for r in rows))) for j in range(len(rows[0]))]
        widths = [15.6 * x / sum(m) for x in m]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.autofit = False
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(str(v)), HT if i == 0 else FS, 12, False)
            if widths:
                c.width = Cm(widths[j])
    return t


def render_blocks_docx(doc, blocks):
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "p":
            para(doc, val)
        elif kind == "h1":
            para(doc, val, font=HT)
        elif kind == "h2":
            para(doc, val, font=KT)
        elif kind == "li":  # list line, no first-line indent, left indent 2 chars
            para(doc, val, indent=False, left_chars=2)
        elif kind == "table":
            table(doc, val)
        elif kind == "ctitle":
            para(doc, val, font=XBS, size=18, align="c", indent=False, exact=32)
        else:
            raise ValueError(kind)


def write_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 发文机关标志
    para(doc, d["organ_mark"], font=XBS, size=min(30, 430 // len(d["organ_mark"])), align="c", indent=False, color=RED, exact=48)
    para(doc, "", indent=False)
    p = para(doc, d["fwzh"], align="c", indent=False)
    _border(p, ["bottom"])  # red separator line under 发文字号
    para(doc, "", indent=False)
    para(doc, d["title"], font=XBS, size=22, align="c", indent=False, exact=36)
    para(doc, "", indent=False)
    if d.get("zhusong"):
        para(doc, d["zhusong"], indent=False)
    render_blocks_docx(doc, d["body"])
    if d.get("attach_list"):
        para(doc, "", indent=False)
        for i, a in enumerate(d["attach_list"]):
            lead = "附件：" if i == 0 else "　　　"
            para(doc, lead + (f"{i + 1}．" if len(d["attach_list"]) > 1 else "") + a, indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, d["signer"] + "　　　　", align="r", indent=False)
    para(doc, cn_date(d["date"]) + "　　　　", align="r", indent=False)
    if d.get("mark_pos", "fuzhu") == "fuzhu" and d.get("mark"):
        para(doc, d["mark"], indent=True)
    if d.get("contact"):
        para(doc, d["contact"], indent=True)
    for i, (atitle, ablocks) in enumerate(d.get("attachments", [])):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        para(doc, "附件" + (str(i + 1) if len(d["attachments"]) > 1 else ""), font=HT, indent=False)
        para(doc, "", indent=False)
        para(doc, atitle, font=XBS, size=18, align="c", indent=False, exact=32)
        para(doc, "", indent=False)
        render_blocks_docx(doc, ablocks)
    # 版记
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    first = True
    if d.get("mark_pos") == "banji" and d.get("mark"):
        p = para(doc, d["mark"], size=14, indent=False, left_chars=1)
        _border(p, ["top"], color="000000", sz=8)
        first = False
    if d.get("cc"):
        p = para(doc, "抄送：" + d["cc"], size=14, indent=False, left_chars=1)
        if first:
            _border(p, ["top"], color="000000", sz=8)
            first = False
    p = para(doc, d.get("printer", TING_OFFICE) + "　　　　" + cn_date(d.get("print_date", d["date"])) + "印发",
             size=14, indent=False, left_chars=1)
    _border(p, ["top", "bottom"] if first else ["bottom"], color="000000", sz=8)
    cp = doc.core_properties
    cp.author = "办公室"
    cp.last_modified_by = "办公室"
    cp.title = d["title"]
    cp.comments = ""
    doc.save(path)


# ----------------------------------------------------------------------------------------------------------------
# txt rendering
# ----------------------------------------------------------------------------------------------------------------
def blocks_txt(blocks):
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind in ("p", "h1", "h2"):
            out.append(("　　" if kind == "p" else "　　") + val)
        elif kind == "li":
            out.append("　　" + val)
        elif kind == "ctitle":
            out.append(val)
        elif kind == "table":
            for r in val:
                out.append("　　" + "　｜　".join(str(x) for x in r))
    return out


def write_txt(d, path):
    L = [d["organ_mark"], "", d["fwzh"], "", d["title"], ""]
    if d.get("zhusong"):
        L.append(d["zhusong"])
    L += blocks_txt(d["body"])
    if d.get("attach_list"):
        L.append("")
        for i, a in enumerate(d["attach_list"]):
            lead = "　　附件：" if i == 0 else "　　　　　"
            L.append(lead + (f"{i + 1}．" if len(d["attach_list"]) > 1 else "") + a)
    L += ["", "　　　　　　　　　　　　　　　　" + d["signer"], "　　　　　　　　　　　　　　　　" + cn_date(d["date"])]
    if d.get("mark_pos", "fuzhu") == "fuzhu" and d.get("mark"):
        L += ["", "　　" + d["mark"]]
    if d.get("contact"):
        L.append("　　" + d["contact"])
    for i, (atitle, ablocks) in enumerate(d.get("attachments", [])):
        L += ["", "附件" + (str(i + 1) if len(d["attachments"]) > 1 else ""), "", atitle, ""]
        L += blocks_txt(ablocks)
    L += ["", "―" * 30]
    if d.get("mark_pos") == "banji" and d.get("mark"):
        L.append(d["mark"])
    if d.get("cc"):
        L.append("抄送：" + d["cc"])
    L.append(d.get("printer", TING_OFFICE) + "　　" + cn_date(d.get("print_date", d["date"])) + "印发")
    L.append("―" * 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def plain_text(d):
    """All visible text (used for length and number checks)."""
    parts = [d["title"], d.get("zhusong", ""), d.get("mark", ""), d.get("cc", ""), d.get("contact", "")]
    for blocks in [d["body"]] + [a[1] for a in d.get("attachments", [])]:
        parts += blocks_txt(blocks)
    parts += d.get("attach_list", [])
    return "\n".join(parts)


def body_len(d):
    t = "".join(blocks_txt(d["body"]) + [x for a in d.get("attachments", []) for x in blocks_txt(a[1])])
    return len(re.sub(r"\s|　", "", t))


# ----------------------------------------------------------------------------------------------------------------
# the documents
# ----------------------------------------------------------------------------------------------------------------
MARK_PUB = "（此件公开发布）"
MARK_ZD = "（此件主动公开）"
MARK_ZD2 = "公开方式：主动公开"
MARK_YS = "（此件依申请公开）"
MARK_YS2 = "公开方式：依申请公开"

DOCS = []


def add(**kw):
    DOCS.append(kw)


def std_org(issuer=TING):
    return issuer + "文件"


# ============================ CASE A: panels named before they sit (SECRET_CONTENT, escalate) ==================

ENG_PANEL = [
    ["序号", "姓名", "工作单位", "职称", "评委会职务"],
    ["1", "钟慕白", "栖梧省建筑设计研究院有限公司", "正高级工程师", "主任委员"],
    ["2", "裴知远", "栖梧大学土木工程学院", "教授", "副主任委员"],
    ["3", "濮阳素", "栖梧省交通规划勘察设计院", "正高级工程师", "委员"],
    ["4", "祁长庚", "棠州理工学院机电工程学院", "教授", "委员"],
    ["5", "闵若澄", "栖梧电力建设集团有限公司", "正高级工程师", "委员"],
    ["6", "骆怀礼", "栖梧省水利水电勘测设计研究院", "正高级工程师", "委员"],
    ["7", "甘蔚然", "漪南市市政工程设计院", "正高级工程师", "委员"],
    ["8", "符仲谦", "栖梧化工集团技术中心", "正高级工程师", "委员"],
    ["9", "景秋禾", "栖梧大学信息科学与工程学院", "教授", "委员"],
    ["10", "戚鸿飞", "榆台重型机械股份有限公司", "正高级工程师", "委员"],
    ["11", "贺兰舒", "栖梧省质量技术评价研究院", "正高级工程师", "委员"],
]

add(key="P1", fmt="docx", case="panel_before", event="2025-11-04",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕187号",
    title="关于召开2025年度全省工程系列正高级工程师职称评审会议的通知",
    zhusong="各设区市人力资源社会保障局，省直各有关单位：",
    body=[
        ("p", "根据《栖梧省职称评审管理实施办法》和2025年度全省职称评审工作安排，经研究，定于2025年11月4日至6日在棠州市栖梧宾馆召开全省工程系列正高级工程师职称评审会议。现将有关事项通知如下。"),
        ("h1", "一、评审范围"),
        ("p", "本次评审对象为经各设区市人力资源社会保障局、省直各主管部门审核推荐，并经省职称评审办公室形式审查合格的工程系列正高级工程师申报人员，共计286人，涉及土木建筑、交通运输、电气电力、机械制造、化工、电子信息、水利等7个专业组。"),
        ("h1", "二、评审安排"),
        ("p", "11月3日全天，评审办公室工作人员对申报材料进行最后复核；11月4日至5日，各专业组组织申报人员现场答辩，答辩顺序由抽签确定；11月6日上午，评审委员会召开全体会议，听取各专业组评议意见，以无记名投票方式进行表决，赞成票数达到出席评委人数三分之二以上的为通过。"),
        ("h1", "三、评审委员会组成"),
        ("p", "本次评审由栖梧省工程系列正高级工程师职称评审委员会承担，评审委员会经从省级评审专家库中抽取产生，组成人员名单见附件。各专业组的组长由主任委员在评审会议开始前指定。"),
        ("h1", "四、有关要求"),
        ("p", "各推荐单位要通知本单位申报人员按时参加答辩，答辩时须携带本人身份证件和代表性成果原件。申报人员不得以任何方式与评审委员会成员联系或请托，一经发现，取消其当年度评审资格。各单位要严格遵守评审纪律，确保评审工作公平公正。"),
    ],
    attach_list=["2025年度全省工程系列正高级工程师职称评审委员会组成人员名单"],
    attachments=[("2025年度全省工程系列正高级工程师职称评审委员会组成人员名单", [("table", ENG_PANEL)])],
    signer=TING, date="2025-10-17", mark=MARK_PUB,
    contact="（联系人：专业技术人员管理处，联系电话：0571-87160213）",
    cc="省职称评审办公室，各专业组召集单位。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="附件 Word table lists the 11 评委 (姓名/单位/职称/职务) of a 正高 review that sits 2025-11-04..06, after 成文日期 2025-10-17; marked （此件公开发布）.")

add(key="P2", fmt="docx", case="panel_before", event="2025-09-16",
    organ_mark=TING_OFFICE, fwzh="栖人社办函〔2025〕96号",
    title="关于开展2025年度技工院校办学水平评估现场考察的通知",
    zhusong="棠州高级技工学校、漪南技师学院、鹤汀市技工学校、榆台交通技师学院、石岙工贸技工学校：",
    body=[
        ("p", "按照《栖梧省技工院校办学水平评估办法》和《关于做好2025年度技工院校办学水平评估工作的通知》要求，你校已按期报送自评报告和佐证材料。经材料初审，现就现场考察有关事项通知如下。"),
        ("h1", "一、考察时间和顺序"),
        ("p", "现场考察自下周二（9月16日）开始，每校安排一天半，依次为棠州高级技工学校、漪南技师学院、鹤汀市技工学校、榆台交通技师学院和石岙工贸技工学校，9月26日前全部结束。"),
        ("h1", "二、评估专家组"),
        ("p", "本轮现场考察由一个专家组承担。专家组组长由栖梧职业技术大学副校长、教授沈砚秋担任，成员为省机械工业联合会正高级工程师葛立群、鹤汀技师学院正高级讲师庞雪、栖梧省技工教育研究室副研究员欧阳敬、棠州市职业技能鉴定中心高级技师任立夏。为执行回避规定，庞雪同志不参加对鹤汀市技工学校的考察，该校考察由省厅另行补派一名专家。"),
        ("h1", "三、考察内容"),
        ("p", "专家组将通过听取汇报、查阅资料、实地查看实训基地、随堂听课、师生座谈和问卷调查等方式，对办学条件、师资队伍、专业建设、教学管理、校企合作和毕业生就业质量等方面进行考察，并按评估指标体系逐项赋分。"),
        ("h1", "四、工作要求"),
        ("p", "请各校按照考察内容提前准备汇报材料和原始档案，汇报时间控制在20分钟以内。各校不得安排宴请、赠送礼品，不得组织与考察无关的参观活动。考察期间如有情况，请及时与职业能力建设处联系。"),
    ],
    signer=TING_OFFICE, date="2025-09-12", mark=MARK_YS2, mark_pos="banji",
    contact="（联系人：职业能力建设处，联系电话：0571-87160245）",
    cc="各有关设区市人力资源社会保障局。",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 二、评估专家组 names 组长 and 4 members (单位/职称) in running sentences; visits start 下周二 (9月16日) after 成文日期 2025-09-12; 版记 line 公开方式：依申请公开.")

add(key="P3", fmt="txt", case="panel_before", event="2025-11-19",
    organ_mark=TING, fwzh="栖人社函〔2025〕203号",
    title="关于做好2025年度博士后科研工作站综合评估专家评议工作的通知",
    zhusong="各有关博士后科研工作站设站单位，省博士后管理办公室：",
    body=[
        ("p", "根据《栖梧省博士后科研工作站管理办法》规定，2025年度博士后科研工作站综合评估材料审核已经完成，共有23个工作站进入专家评议环节。为做好专家评议工作，现将有关事项通知如下。"),
        ("p", "一、专家评议会拟于2025年11月19日至20日在省人才交流大厦三楼会议室举行，采取设站单位现场汇报、专家质询和综合评议相结合的方式进行，每个工作站汇报10分钟，质询10分钟。"),
        ("p", "二、经研究，聘请下列专家担任本次综合评估评议专家："),
        ("li", "1．柯明远　栖梧大学化学化工学院教授（组长）"),
        ("li", "2．尉迟华　棠州理工学院材料科学与工程学院教授"),
        ("li", "3．宁致和　栖梧省农业科学院研究员"),
        ("li", "4．冼文渊　栖梧医科大学基础医学院教授"),
        ("li", "5．房启东　栖梧省科技发展战略研究院研究员"),
        ("li", "6．单于敏　漪南高新技术产业开发区管委会正高级工程师"),
        ("li", "7．乐正平　栖梧省人才发展研究会高级经济师"),
        ("p", "三、各设站单位要安排主要负责人或分管负责人到会汇报，汇报内容包括进站博士后人数、科研项目及成果转化情况、经费保障和日常管理情况。汇报材料请于11月14日前报送省博士后管理办公室。"),
        ("p", "四、评议结果按优秀、合格、基本合格、不合格四个等次确定，经厅务会审定后向社会公布。评估不合格的工作站，按规定暂停招收博士后研究人员并限期整改。"),
    ],
    signer=TING, date="2025-11-03", mark=MARK_ZD2,
    contact="（联系人：省博士后管理办公室，联系电话：0571-87160271）",
    cc="厅专业技术人员管理处。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 二 lists 7 评议专家 with 单位/职称 after a colon (numbered lines) for a 评议会 拟于 2025-11-19..20, after 成文日期 2025-11-03; marked 公开方式：主动公开 under the date.")

add(key="P4", fmt="docx", case="panel_before", event="2025-10-14",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕175号",
    title="关于2025年省级技能大师工作室评审有关事项的通知",
    zhusong="各设区市人力资源社会保障局，省属有关企业：",
    body=[
        ("p", "2025年省级技能大师工作室项目申报工作已于8月31日结束，全省共推荐申报项目64个，经资格审核，59个项目进入专家评审。现将评审有关事项通知如下。"),
        ("h1", "一、评审时间和方式"),
        ("p", "专家评审将于10月14日在棠州市职业技能公共实训基地举行，采取材料评审与现场答辩相结合的方式，每个项目由领办人陈述8分钟、回答专家提问7分钟，专家按评分标准独立打分，取平均分作为项目得分。"),
        ("h1", "二、评审专家"),
        ("p", "经从省级职业技能评审专家库中随机抽取并征得本人同意，本次评审专家确定为：施怀瑾（栖梧电力建设集团有限公司，正高级工程师）、邬晓晴（棠州高级技工学校，正高级讲师）、岑立本（榆台重型机械股份有限公司，特级技师）、霍思齐（栖梧省机械工业联合会，高级工程师）、龚南星（漪南技师学院，正高级讲师）。其中施怀瑾同志任评审组组长。"),
        ("h1", "三、有关要求"),
        ("p", "请各推荐单位通知领办人于10月14日上午8时30分前到达评审现场报到，并携带技能成果实物或影像资料。评审期间，领办人及推荐单位不得以任何形式与评审专家接触。评审结果将在省厅门户网站公示5个工作日，公示无异议的，由省厅发文命名并拨付项目建设资金。"),
        ("p", "各地要高度重视技能大师工作室建设，把评审工作作为发现和培养高技能领军人才的重要抓手，对未通过评审的项目，要帮助其分析原因、完善建设方案。"),
    ],
    signer=TING, date="2025-09-26", mark=MARK_ZD,
    contact="（联系人：职业能力建设处，联系电话：0571-87160245）",
    cc="省职业技能鉴定指导中心。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 二、评审专家 names the 5 randomly drawn 评审专家 (单位/职称, 组长) in one sentence; review on 10月14日, after 成文日期 2025-09-26; marked （此件主动公开）.")

INTERVIEW_PANEL = [
    ["考官组", "主考官", "考官", "面试职位"],
    ["第一考官组", "霍文钦（省委组织部）", "陶如海、卞一鸣、聂清、庄子衿、蔺成", "综合管理类职位（1001—1012）"],
    ["第二考官组", "司马瑜（省人力资源社会保障厅）", "谷雨生、麦思远、郝佳宁、殷立、车望舒", "综合管理类职位（1013—1024）"],
    ["第三考官组", "顾临川（省司法厅）", "邝德明、申屠青、邱子墨、巫嘉、穆言", "行政执法类职位（2001—2009）"],
]

add(key="P5", fmt="docx", case="panel_before", event="2025-11-22",
    organ_mark=KSZX + "文件", fwzh="栖人考〔2025〕19号",
    title="关于2025年省直机关公开遴选公务员面试考官组安排的通知",
    zhusong="各位面试考官，各考官所在单位：",
    body=[
        ("p", "受省公务员局委托，省人事考试中心承担2025年省直机关公开遴选公务员面试组织实施工作。面试定于2025年11月22日（星期六）在栖梧省人事考试中心面试考场举行，上午8时开始。根据面试考官抽取结果，现将考官组安排通知如下。"),
        ("p", "本次面试共设三个考官组，每组由一名主考官和五名考官组成，各考官组组成及负责的面试职位见下表："),
        ("table", INTERVIEW_PANEL),
        ("p", "请各位考官于11月21日下午2时到省人事考试中心参加面试考官培训，内容包括面试题本解读、评分要素和评分标准、考场规则及回避要求。考官培训结束后即实行封闭管理，面试当天考官手机统一保管。"),
        ("p", "各考官所在单位要支持考官按时参加培训和面试工作。考官与考生存在夫妻关系、直系血亲关系、三代以内旁系血亲或者近姻亲关系以及其他可能影响公正评分情形的，应当主动申请回避，由省人事考试中心报省公务员局调整考官组。"),
    ],
    signer=KSZX, date="2025-11-10", mark=MARK_YS,
    printer=KSZX + "综合科",
    contact="（联系人：考务处，联系电话：0571-87161103）",
    cc="省公务员局。",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table in 正文 gives the three 考官组 (主考官/考官 names) for a 遴选 interview 定于 2025-11-22, after 成文日期 2025-11-10; marked （此件依申请公开）.")

add(key="P6", fmt="txt", case="panel_before", event="2025-09-20",
    organ_mark=TING, fwzh="栖人社函〔2025〕158号",
    title="关于公布栖梧省第三届职业技能大赛裁判长及裁判员名单的通知",
    zhusong="各设区市人力资源社会保障局，省直各有关部门，各参赛代表队：",
    body=[
        ("p", "栖梧省第三届职业技能大赛将于2025年9月20日至23日在鹤汀市举行。根据大赛技术工作文件和裁判人员选派办法，经各赛项技术工作组推荐、大赛组委会办公室审核，确定了各赛项裁判长和裁判员。现将名单公布如下："),
        ("li", "电工赛项：裁判长　黎振南（栖梧电力建设集团有限公司）；裁判员　范秋实、温可、冉一舟、汤若愚、俞晓蕾、管益。"),
        ("li", "焊工赛项：裁判长　蒲国栋（榆台重型机械股份有限公司）；裁判员　牛晋、庹红英、钱嘉树、邓奕、欧阳小满。"),
        ("li", "数控车赛项：裁判长　薛文韬（棠州理工学院）；裁判员　阎守一、关晴、桂永年、席乐、翟思源。"),
        ("li", "健康照护赛项：裁判长　窦安宁（栖梧医科大学护理学院）；裁判员　孔繁露、褚平、滕佳、伍思琪、宓雪。"),
        ("p", "各裁判人员须于9月18日前到鹤汀市报到，参加裁判员培训和赛前技术对接会。裁判长负责本赛项裁判工作的组织实施，对本赛项评分结果负责。裁判员与参赛选手存在师生关系、同单位关系或亲属关系的，须于报到时书面申报，由组委会调整执裁岗位。"),
        ("p", "各参赛代表队要教育引导选手遵守赛场纪律，不得在赛前、赛中与裁判人员私下接触。大赛监督仲裁组将对裁判工作全程监督，发现违规行为的，取消相关人员裁判资格并通报所在单位。"),
    ],
    signer=TING, date="2025-08-29", mark=MARK_PUB,
    contact="（联系人：大赛组委会办公室，联系电话：0571-87160288）",
    cc="大赛组委会各成员单位，鹤汀市人民政府。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 list lines name the 裁判长 and all 裁判员 of 4 赛项 for a contest 将于 2025-09-20..23, published 2025-08-29 before it; marked （此件公开发布）.")

add(key="P7", fmt="txt", case="panel_before", event="2025-11-24",
    organ_mark=TING + "办公室", fwzh="栖人社办发〔2025〕41号",
    title="关于印发《2025年度全省卫生系列正高级职称评审工作方案》的通知",
    zhusong="各设区市人力资源社会保障局、卫生健康委，省直各医疗卫生单位：",
    body=[
        ("p", "现将《2025年度全省卫生系列正高级职称评审工作方案》印发给你们，请认真组织实施。"),
        ("ctitle", "2025年度全省卫生系列正高级职称评审工作方案"),
        ("h1", "一、评审对象"),
        ("p", "在全省各级各类医疗卫生机构从事医疗、护理、药学、技术和公共卫生工作，符合《栖梧省卫生系列高级职称评价标准》规定条件，经单位推荐、主管部门审核的申报人员。"),
        ("h1", "二、评审程序"),
        ("p", "评审按照材料审核、病案评议、面试答辩、评议表决四个环节进行。病案评议由各学科组专家对申报人员提交的5份病案进行打分；面试答辩重点考察申报人员的临床思维和解决疑难问题的能力。"),
        ("h1", "三、时间安排"),
        ("p", "评审会议将于本月下旬召开，会期三天。评审结束后，评审结果在省厅门户网站公示，公示期不少于5个工作日。"),
        ("h1", "四、评审组织"),
        ("p", "本年度评审由省卫生系列正高级职称评审委员会组织实施。评审委员会由主任委员韦书恒（栖梧医科大学第一附属医院，主任医师）、副主任委员庞慧敏（栖梧省人民医院，主任护师）和委员申景和（棠州市中心医院，主任医师）、卓安（栖梧省疾病预防控制中心，主任医师）、郁仲平（漪南市第一人民医院，主任药师）、缪兰心（栖梧省肿瘤医院，主任技师）、应书白（榆台市人民医院，主任医师）等21人组成，各学科组组长由主任委员指定。"),
        ("h1", "五、工作纪律"),
        ("p", "评审工作实行回避制度和评审专家责任制。申报人员及其所在单位不得以任何形式干扰评审工作；对弄虚作假的，一经查实，取消评审结果，三年内不得申报。"),
    ],
    signer=TING_OFFICE, date="2025-11-05", mark=MARK_ZD2, mark_pos="banji",
    cc="省卫生健康委。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="方案 四、评审组织 names 主任委员/副主任委员 and 5 委员 with 单位/职称 in a sentence; review 将于本月下旬 (Nov 2025) after 成文日期 2025-11-05; 版记 line 公开方式：主动公开.")

DEFENSE_PANEL = [
    ["评审组", "组长", "成员", "认定职业（工种）"],
    ["第一组", "饶振邦（榆台重型机械股份有限公司，特级技师）", "冯一川（棠州高级技工学校，正高级讲师）、艾青禾（栖梧化工集团，高级技师）", "化工总控工、焊工"],
    ["第二组", "倪守诚（栖梧电力建设集团有限公司，特级技师）", "揭晓东（漪南技师学院，正高级讲师）、楚明（栖梧省机械工业联合会，高级工程师）", "电工、钳工"],
    ["第三组", "尚语冰（栖梧大酒店，高级技师）", "缑家琪（鹤汀市技工学校，高级讲师）、毋丘亮（石岙工贸技工学校，高级技师）", "中式烹调师、西式面点师"],
]

add(key="P8", fmt="docx", case="panel_before", event="2025-12-16",
    organ_mark=JDZX + "文件", fwzh="栖技鉴〔2025〕33号",
    title="关于组织2025年第四批高级技师技能等级认定综合评审（答辩）的通知",
    zhusong="各设区市职业技能鉴定指导中心，各有关用人单位和认定机构：",
    body=[
        ("p", "根据《栖梧省职业技能等级认定管理办法》，2025年第四批高级技师技能等级认定理论知识考试和操作技能考核已经结束，成绩合格的78名考生进入综合评审（答辩）环节。现将有关事项通知如下。"),
        ("p", "一、时间地点。综合评审（答辩）定于2025年12月16日至17日在栖梧省职业技能公共实训中心举行，考生报到时间为12月16日上午8时。"),
        ("p", "二、评审内容。考生须提交本人撰写的技术总结或论文，并现场陈述本人在解决生产技术难题、技术革新、传授技艺等方面的业绩，答辩组围绕技术总结进行提问。每名考生陈述和答辩合计不超过30分钟。"),
        ("p", "三、答辩组组成。经中心研究，本批综合评审设三个答辩评审组，组成如下："),
        ("table", DEFENSE_PANEL),
        ("p", "四、评分办法。综合评审实行百分制，由答辩评审组成员独立评分，取算术平均分，60分及以上为合格。综合评审成绩合格且其他考核成绩合格的，经公示后核发高级技师职业技能等级证书。"),
        ("p", "五、有关要求。请各用人单位和认定机构通知考生按时参加答辩，携带身份证件和技术总结纸质稿一式三份。考生不得以任何形式联系答辩评审组成员，违者取消本批认定资格。"),
    ],
    signer=JDZX, date="2025-12-01", mark=MARK_PUB, printer=JDZX + "综合部",
    contact="（联系人：质量督导部，联系电话：0571-87162317）",
    cc="省人力资源和社会保障厅职业能力建设处。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 三 '组成如下' + Word table naming 3 答辩评审组 (组长/成员 with 单位) for 答辩 定于 2025-12-16..17, after 成文日期 2025-12-01; issuer 职业技能鉴定指导中心; marked （此件公开发布）.")

add(key="P9", fmt="docx", case="panel_before", event="2025-11-20",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕214号",
    title="关于支持评审专家参加2025年度高等学校教师正高级职称评审工作的通知",
    zhusong="栖梧大学、棠州理工学院、栖梧师范大学、栖梧医科大学、漪南学院、栖梧财经大学：",
    body=[
        ("p", "2025年度全省高等学校教师正高级职称评审工作即将开始。根据评审工作安排，评审会议将于下周四、周五（11月20日至21日）在棠州市召开，为期两天，其间评审专家实行集中住宿、封闭评审。"),
        ("p", "经从全省高等学校教师高级职称评审专家库中按学科随机抽取，你校以下同志作为本次评审专家："),
        ("li", "理工学科组：栖梧大学数学科学学院教授阮星河、棠州理工学院计算机学院教授时雨农、栖梧大学物理学院教授江照。"),
        ("li", "人文社科学科组：栖梧师范大学文学院教授宋以宁、栖梧财经大学经济学院教授方迟、漪南学院马克思主义学院教授慕容晓。"),
        ("li", "医学学科组：栖梧医科大学临床医学院教授谭启明、栖梧医科大学公共卫生学院教授羊舌平。"),
        ("p", "请各校支持上述同志按时参加评审，妥善安排其教学和工作任务。请上述专家于11月19日下午6时前到棠州市栖梧宾馆报到，报到时交回签署的《评审专家承诺书》。评审期间，专家个人通讯工具由会务组统一保管。"),
        ("p", "评审专家与申报人员有近亲属关系、师生关系或其他可能影响公正评审关系的，应当主动回避，请于报到前告知省厅专业技术人员管理处，以便及时补抽。各校不得向本校申报人员透露评审专家情况。"),
    ],
    signer=TING, date="2025-11-12", mark=MARK_YS2, mark_pos="banji",
    contact="（联系人：专业技术人员管理处，联系电话：0571-87160213）",
    cc="省教育厅。",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 list lines name 8 抽取的评审专家 by 学科组 with 学院/教授 for a review 下周四、周五 (11月20日至21日), after 成文日期 2025-11-12 (Wed); 版记 公开方式：依申请公开.")


# ============================ CASE B: unannounced checks disclosed before they happen (SECRET_CONTENT, escalate) =

FLY_TABLE = [
    ["组别", "被检查经办机构", "检查时间", "组长单位"],
    ["第一组", "漪南市社会保险事业管理中心", "9月24日—9月26日", "省社会保险基金监督处"],
    ["第二组", "榆台市工伤保险服务中心", "9月24日—9月26日", "省社会保险事业管理局"],
    ["第三组", "石岙市社会保险事业管理中心及其青陂县分中心", "9月28日—9月30日", "省社会保险基金监督处"],
    ["第四组", "鹤汀市机关事业单位养老保险管理中心", "9月28日—9月30日", "省社会保险事业管理局"],
]

add(key="I1", fmt="docx", case="unannounced_before", event="2025-09-24",
    organ_mark=TING, fwzh="栖人社函〔2025〕169号",
    title="关于组织开展2025年社会保险基金飞行检查的通知",
    zhusong="省社会保险事业管理局，厅社会保险基金监督处，各检查组成员及其所在单位：",
    body=[
        ("p", "为贯彻落实社会保险基金安全管理有关要求，及时发现和纠正基金管理中的风险隐患，经厅党组同意，决定于9月下旬组织开展2025年社会保险基金飞行检查。现将有关事项通知如下。"),
        ("h1", "一、检查重点"),
        ("p", "重点检查企业职工基本养老保险、工伤保险和失业保险待遇审核发放情况，包括死亡冒领、重复领取、违规补缴、工伤认定材料造假、失业保险金违规发放，以及经办机构内部控制和信息系统权限管理等。"),
        ("h1", "二、检查组及对象安排"),
        ("p", "本次检查组建4个检查组，各组检查对象和时间安排如下："),
        ("table", FLY_TABLE),
        ("h1", "三、检查方式"),
        ("p", "各检查组到达被检查单位后方出示检查通知书，此前不与被检查单位及其所在地人力资源社会保障部门联系，不提前调阅资料。检查组进点后即调取业务系统数据，现场抽查业务档案，必要时开展入户核查。"),
        ("h1", "四、工作要求"),
        ("p", "各检查组成员要严格遵守检查纪律，行程安排只在本组内部掌握。检查结束后5个工作日内，各组向厅社会保险基金监督处报送检查报告，对发现的问题提出处理建议。"),
    ],
    signer=TING, date="2025-09-19", mark=MARK_YS2, mark_pos="banji",
    contact="（联系人：社会保险基金监督处，联系电话：0571-87160332）",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table (检查时间 column) names 4 经办机构 to be hit 9月24—30日, after 成文日期 2025-09-19; 三 says 到达后方出示通知书、此前不联系 (unannounced); 版记 公开方式：依申请公开.")

add(key="I2", fmt="docx", case="unannounced_before", event="2025-11-24",
    organ_mark=TING_OFFICE, fwzh="栖人社办函〔2025〕118号",
    title="关于组织职业培训补贴资金使用情况专项督查抽查的通知",
    zhusong="厅职业能力建设处、规划财务处，省职业技能鉴定指导中心，各督查组成员：",
    body=[
        ("p", "为进一步规范职业培训补贴资金管理，防范虚假培训、套取补贴等问题，经厅领导同意，省厅将于本月下旬（11月24日至28日）组织开展职业培训补贴资金使用情况专项督查抽查。现将有关安排通知如下。"),
        ("p", "一、抽查对象。根据各地补贴资金拨付数据和群众投诉线索，确定本次抽查的培训机构为：棠州市匠心职业培训学校、棠州市众安技能培训中心、漪南市巧手家政职业培训学校、榆台市鑫源电工培训中心、鹤汀市博艺职业技能培训学校、石岙市海岸烹饪培训学校。"),
        ("p", "二、抽查内容。重点核查培训学员花名册与实际到课人员是否一致、培训课时是否足额、考勤记录和影像资料是否真实、补贴申领材料是否完整，以及是否存在挂名培训、虚增人数、重复申领等问题。"),
        ("p", "三、抽查方式。督查组直接进入培训现场，不经当地人力资源社会保障部门转告，也不要求培训机构负责人陪同，以课堂点名、学员随机访谈、调阅原始凭证等方式开展核查。对发现问题的，当场固定证据并制作询问笔录。"),
        ("p", "四、组织分工。督查组由厅职业能力建设处牵头，分为两个小组，第一组负责棠州、漪南两市，第二组负责榆台、鹤汀、石岙三市。督查经费从厅机关业务经费中列支。"),
        ("p", "五、纪律要求。督查组成员要对抽查对象和行程保密，严禁接受被督查单位的宴请和礼品。督查结束后，督查组于12月5日前形成书面报告。"),
    ],
    signer=TING_OFFICE, date="2025-11-07", mark=MARK_PUB,
    contact="（联系人：职业能力建设处，联系电话：0571-87160245）",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 一 names 6 培训机构 to be checked 本月下旬（11月24日至28日）, after 成文日期 2025-11-07; 三 says enter directly, not relayed by local bureau; marked （此件公开发布）.")

add(key="I3", fmt="txt", case="unannounced_before", event="2025-08-18",
    organ_mark=TING_OFFICE, fwzh="栖人社办函〔2025〕88号",
    title="关于开展人力资源服务机构专项暗访的工作安排",
    zhusong="厅人力资源流动管理处、劳动保障监察局，棠州市、漪南市人力资源社会保障局：",
    body=[
        ("p", "近期，12345政务服务便民热线和厅门户网站信箱陆续收到群众反映，部分人力资源服务机构存在发布虚假招聘信息、收取押金、扣押证件、以招聘名义从事培训贷等问题。为摸清实情、精准打击，经研究，决定下周（8月18日至22日）开展一次专项暗访。现将工作安排如下。"),
        ("p", "一、暗访对象：棠州聚才人力资源有限公司、棠州优途劳务派遣有限公司、棠州市前程人才信息咨询服务部、漪南职通天下人才服务有限公司、漪南市惠众职业介绍所。"),
        ("p", "二、暗访方式：暗访人员分别以求职者和招聘企业经办人身份前往上述机构，不表明工作身份，现场了解收费情况、合同签订情况和招聘信息来源，并以录音录像方式留存证据。暗访期间不通过棠州、漪南两市人力资源社会保障部门安排，不与上述机构预先接触。"),
        ("p", "三、人员分工：暗访工作由厅人力资源流动管理处牵头，劳动保障监察局抽调4名执法人员参加，分两组实施。棠州市、漪南市人力资源社会保障局各确定1名联络人，暗访结束后配合开展后续调查处理。"),
        ("p", "四、后续处置：暗访结束后，对查实的违法违规行为，由属地人力资源社会保障部门依法立案查处，情节严重的吊销人力资源服务许可证，并在门户网站公布处理结果。"),
    ],
    signer=TING_OFFICE, date="2025-08-15", mark=MARK_ZD2,
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 一 names 5 人力资源服务机构 for a 暗访 下周（8月18日至22日）, after 成文日期 2025-08-15; 二 describes undercover method; marked 公开方式：主动公开 under the date.")

PATROL_TABLE = [
    ["考点", "认定职业（工种）及等级", "巡考日期", "巡考人员"],
    ["棠州高级技工学校考点", "电工（四级、三级）", "9月6日", "鲍立新、鄢晴"],
    ["漪南技师学院考点", "焊工（四级）、钳工（三级）", "9月13日", "鲍立新、鄢晴"],
    ["榆台交通技师学院考点", "汽车维修工（四级）", "9月14日", "阚德华、凌一"],
    ["石岙工贸技工学校考点", "中式烹调师（五级、四级）", "9月20日", "阚德华、凌一"],
    ["鹤汀市惠民职业培训学校考点", "养老护理员（四级）", "9月27日", "鲍立新、阚德华"],
]

add(key="I4", fmt="docx", case="unannounced_before", event="2025-09-06",
    organ_mark=JDZX + "文件", fwzh="栖技鉴〔2025〕27号",
    title="关于派出2025年第三季度职业技能等级认定巡考人员的通知",
    zhusong="中心质量督导部，各巡考人员：",
    body=[
        ("p", "为加强职业技能等级认定考务管理，保证认定质量，根据《栖梧省职业技能等级认定巡考工作规程》，中心决定向9月份组织认定的部分考点派出巡考人员。现将有关事项通知如下。"),
        ("p", "一、巡考安排。本季度共派出巡考人员4名，巡考考点、日期和人员安排见下表："),
        ("table", PATROL_TABLE),
        ("p", "二、巡考内容。巡考人员重点检查考场设置和监控运行情况、考生身份核验、考评员到岗和回避情况、试卷（题卡）保管交接、操作技能考核评分记录等，发现替考、作弊或违规评分的，及时制止并如实记录。"),
        ("p", "三、巡考纪律。上述巡考行程仅在巡考人员和中心质量督导部之间传达，考点及其所属认定机构事先不知情。巡考人员于开考后到达考点，出示巡考证后进入考场，不得提前与考点负责人联系。"),
        ("p", "四、结果运用。巡考人员应在巡考结束后3个工作日内提交巡考报告。巡考发现的问题将纳入认定机构年度质量评估，情节严重的暂停其认定资格。"),
    ],
    signer=JDZX, date="2025-08-25", mark=MARK_YS, printer=JDZX + "综合部",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table gives 考点 + 巡考日期 (9月6日—27日) + 巡考人员 after 成文日期 2025-08-25; 三 says 考点事先不知情 (indirect 'not announced'); marked （此件依申请公开）.")

add(key="I5", fmt="txt", case="unannounced_before", event="2025-12-09",
    organ_mark=TING, fwzh="栖人社函〔2025〕231号",
    title="关于开展根治欠薪冬季专项行动错时检查的通知",
    zhusong="厅劳动保障监察局，棠州市、漪南市、榆台市人力资源社会保障局：",
    body=[
        ("p", "为确保农民工在元旦春节前足额拿到工资，根据全省根治欠薪冬季专项行动部署，省厅决定在工程建设领域开展一轮错时检查，专门在工人下工后和夜间时段了解工资支付真实情况。现将有关事项通知如下。"),
        ("p", "一、检查时间。12月9日至12日，每晚19时至22时。"),
        ("p", "二、检查项目。棠州地铁六号线二期土建三标段项目、棠州市滨湖安置小区二期工程、漪南市滨江花园三期项目、漪南经济开发区标准厂房项目、榆台市人民医院新院区项目。"),
        ("p", "三、检查方式。检查组自行前往工地生活区、食堂和宿舍，不经施工总承包单位安排接待，也不事先告知项目部。检查组直接向工人了解工资发放时间、金额和是否存在代发、克扣情况，随后调阅农民工工资专用账户流水、实名制考勤和工资支付台账进行比对。"),
        ("p", "四、力量配备。每晚由厅劳动保障监察局派出2个检查组，每组3人，属地人力资源社会保障局各派1名执法人员于当晚18时在指定地点与检查组会合，会合地点由检查组当日通知。"),
        ("p", "五、问题处置。对查实的欠薪问题，当场下达限期整改指令书；对拒不支付的，依法移送公安机关；对存在欠薪的施工企业，纳入拖欠农民工工资失信联合惩戒对象名单管理。"),
    ],
    signer=TING, date="2025-12-03", mark=MARK_PUB,
    contact="（联系人：劳动保障监察局，联系电话：0571-87160401）",
    cc="省根治拖欠农民工工资工作领导小组办公室。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="正文 一/二 give night-check dates 12月9日至12日 and 5 named 工程项目, after 成文日期 2025-12-03; 三 says not arranged by 总承包, 项目部 not told; marked （此件公开发布）.")

add(key="I6", fmt="docx", case="unannounced_before", event="2025-10-20",
    organ_mark=TING_OFFICE, fwzh="栖人社办发〔2025〕52号",
    title="关于印发《2025年第四季度社会保险基金现场核查工作方案》的通知",
    zhusong="厅社会保险基金监督处，省社会保险事业管理局：",
    body=[
        ("p", "现将《2025年第四季度社会保险基金现场核查工作方案》印发给你们，请认真组织实施。"),
        ("ctitle", "2025年第四季度社会保险基金现场核查工作方案"),
        ("h1", "一、核查目的"),
        ("p", "通过对部分经办机构进行现场核查，检验基金管理风险防控措施落实情况，重点查找待遇资格认证、跨险种重复领取和基金支付审核中的薄弱环节。"),
        ("h1", "二、核查对象和时间"),
        ("p", "本季度现场核查对象为鹤汀市社会保险事业管理中心、石岙市就业服务中心（失业保险业务）、榆台市工伤保险服务中心，核查工作在10月20日至31日期间完成，具体进点日期由各组根据工作情况自行掌握。"),
        ("h1", "三、核查方式"),
        ("p", "核查组抵达被核查单位楼下后，再由组长电话联系被核查单位主要负责人，请其召集分管负责人和业务科室负责人到场。在此之前，不向被核查单位及其主管部门发送任何书面或口头通知。核查组进点后首先封存当日业务系统操作日志和待审档案。"),
        ("h1", "四、组织保障"),
        ("p", "核查组由厅社会保险基金监督处和省社会保险事业管理局抽调业务骨干组成，每组不少于4人，必要时可邀请审计人员参加。核查组成员须签署保密承诺，核查对象名单和进点安排不得外传。"),
        ("h1", "五、结果处理"),
        ("p", "核查发现的问题，由厅社会保险基金监督处下达整改意见书，限期整改；涉嫌违纪违法的，移交纪检监察机关或公安机关处理。核查情况将在年度基金监督工作报告中汇总。"),
    ],
    signer=TING_OFFICE, date="2025-10-09", mark=MARK_ZD,
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="方案 二 names 3 经办机构 for a 核查 in 10月20日至31日 (after 成文日期 2025-10-09); 三 says phone the unit only on arrival downstairs, no prior notice; marked （此件主动公开）.")

add(key="I7", fmt="docx", case="unannounced_before", event="2025-11-03",
    organ_mark=std_org(), fwzh="栖人社发〔2025〕29号",
    title="关于2025年第三季度职业培训补贴专项督查情况的通报",
    zhusong="各设区市人力资源社会保障局：",
    body=[
        ("p", "2025年8月下旬至9月上旬，省厅组织对全省12家定点培训机构职业培训补贴资金使用情况开展了专项督查。现将督查情况通报如下。"),
        ("h1", "一、基本情况"),
        ("p", "督查组共查阅培训班档案136个，抽查学员1420人次，电话回访学员310人。从督查情况看，多数培训机构能够按规定组织培训和申领补贴，但部分机构仍存在培训课时不足、考勤记录不规范、学员信息与实际不符等问题。"),
        ("h1", "二、存在的主要问题"),
        ("p", "棠州市匠心职业培训学校有3个培训班实际课时不足计划课时的三分之二；漪南市巧手家政职业培训学校存在学员代签到现象；榆台市鑫源电工培训中心部分培训影像资料与培训日期不符；石岙市海岸烹饪培训学校存在同一学员一年内重复申领补贴的情况。上述问题已责成属地人力资源社会保障部门依法处理，追回补贴资金共计18.6万元。"),
        ("h1", "三、整改要求"),
        ("p", "各地要举一反三，对辖区内定点培训机构开展全面排查，完善培训过程实时监管，推行学员人脸识别考勤，严格补贴申领审核。对问题机构要跟踪督促整改到位，整改情况于10月31日前报省厅。"),
        ("h1", "四、下一步安排"),
        ("p", "为检验整改实效，省厅将于11月3日至7日对棠州市匠心职业培训学校、漪南市巧手家政职业培训学校、榆台市鑫源电工培训中心开展“回头看”复查，复查不再另行发文，也不经属地转告，督查人员直接进入培训现场核对学员和课时。"),
    ],
    signer=TING, date="2025-10-15", mark=MARK_PUB,
    cc="省财政厅。",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Mostly a clean 通报 of a finished 督查 naming units (一至三), but 四、下一步安排 names 3 机构 for a 回头看 on 11月3日至7日 (after 成文日期 2025-10-15) 不另行发文、不经属地转告; marked （此件公开发布）.")

add(key="I8", fmt="txt", case="unannounced_before", event="2025-09-01",
    organ_mark=TING + "专题会议纪要", fwzh="〔2025〕第17期",
    title="人力资源市场秩序清理整顿专题会议纪要",
    zhusong="",
    body=[
        ("p", "2025年8月27日，厅党组成员、副厅长罗之恒主持召开专题会议，研究人力资源市场秩序清理整顿专项行动有关工作。厅人力资源流动管理处、劳动保障监察局、就业促进和失业保险处、政策法规处负责同志参加会议。现将会议议定事项纪要如下。"),
        ("p", "一、会议听取了人力资源流动管理处关于专项行动前期进展的汇报。会议认为，专项行动启动以来，各地累计检查人力资源服务机构1860家次，责令整改211家，市场秩序总体向好，但网络招聘领域虚假信息、“招转培”“培训贷”等问题依然突出。"),
        ("p", "二、会议明确，9月1日至5日，由人力资源流动管理处会同劳动保障监察局，对以下网络招聘平台和线下中介开展体验式核查：棠州快聘网络科技有限公司、栖梧职聘通信息技术有限公司、漪南市盛达人力资源服务有限公司、榆台市安家职业介绍服务部。核查人员以普通求职者身份注册投递、电话咨询和上门求职，核查对象名单只在核查组内掌握，属地人力资源社会保障部门于核查当日下午方被告知。"),
        ("p", "三、会议要求，政策法规处对核查中固定的证据材料进行合法性审查，确保后续行政处罚程序合法；就业促进和失业保险处梳理近两年“招转培”投诉线索，9月10日前移交劳动保障监察局。"),
        ("p", "四、会议同意，专项行动结束后，在厅门户网站公布一批典型案例，形成震慑。"),
        ("p", "出席：罗之恒、沈晗、卢嘉明、崔若愚、包世宁"),
        ("p", "列席：厅办公室综合科"),
    ],
    signer=TING_OFFICE, date="2025-08-28", mark=MARK_YS2, mark_pos="banji",
    cc="厅领导。",
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="会议纪要 item 二 names 4 platforms/中介 for an undercover 体验式核查 on 9月1日至5日, after 成文日期 2025-08-28; 名单只在核查组内掌握、属地当日下午方被告知; 版记 公开方式：依申请公开.")

WAGE_TABLE = [
    ["督导组", "督导地区", "重点抽查项目", "督导时间"],
    ["第一组", "棠州市", "棠州国际会展中心二期工程、棠州市第三水厂扩建工程", "12月22日—23日"],
    ["第二组", "漪南市、青陂县", "漪南高铁站综合交通枢纽项目、青陂县城区道路提升改造工程", "12月23日—24日"],
    ["第三组", "鹤汀市、石岙市", "鹤汀港区物流园项目、石岙市滨海大道拓宽工程", "12月25日—26日"],
]

add(key="I9", fmt="docx", case="unannounced_before", event="2025-12-22",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕238号",
    title="关于开展2026年元旦春节前根治欠薪专项督导的通知",
    zhusong="厅劳动保障监察局，省根治欠薪工作领导小组办公室各成员单位联络员：",
    body=[
        ("p", "元旦春节临近，农民工工资支付进入集中期。为压实属地和行业监管责任，确保农民工工资按时足额支付，经省根治拖欠农民工工资工作领导小组同意，省厅牵头组织开展元旦春节前根治欠薪专项督导。现将有关事项通知如下。"),
        ("h1", "一、督导安排"),
        ("p", "共派出3个督导组，各组督导地区、重点抽查项目和时间如下："),
        ("table", WAGE_TABLE),
        ("h1", "二、督导方式"),
        ("p", "督导采取“四不两直”方式进行，即不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。督导组直接进入上述项目现场，查看农民工工资专用账户、实名制管理、工资保证金和维权信息公示牌设置情况，随机与农民工交谈。"),
        ("h1", "三、有关要求"),
        ("p", "各督导组要如实记录发现的问题，对欠薪线索当场交办属地处理，重大欠薪问题及时报告省领导小组办公室。督导工作结束后，各组于12月30日前报送督导报告，省厅汇总后形成专报。"),
    ],
    signer=TING, date="2025-12-15", mark=MARK_PUB,
    contact="（联系人：劳动保障监察局，联系电话：0571-87160401）",
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table names 6 工程项目 with 督导时间 12月22日—26日 (after 成文日期 2025-12-15); 二 says “四不两直” (不发通知、不打招呼); marked （此件公开发布）.")


# ============================ CASE C: clean look-alikes (approve, no codes) =====================================

PASS_TABLE = [
    ["序号", "姓名", "工作单位", "评审专业"],
    ["1", "聂文澍", "栖梧省建筑设计研究院有限公司", "建筑设计"],
    ["2", "向晚晴", "栖梧省交通规划勘察设计院", "道路与桥梁"],
    ["3", "陆乘风", "栖梧电力建设集团有限公司", "电力系统及其自动化"],
    ["4", "邰思恒", "榆台重型机械股份有限公司", "机械设计制造"],
    ["5", "凤小棠", "栖梧化工集团技术中心", "化学工程"],
    ["6", "巴振宇", "棠州市信息中心", "电子信息"],
    ["7", "仲孙月", "栖梧省水利水电勘测设计研究院", "水工结构"],
    ["8", "漆雕远", "漪南市市政工程设计院", "给水排水"],
]

add(key="C1", fmt="docx", case="clean", event="2025-11-06",
    organ_mark=TING, fwzh="栖人社函〔2025〕216号",
    title="关于2025年度全省工程系列正高级工程师职称评审结果的公示",
    zhusong="",
    body=[
        ("p", "2025年度全省工程系列正高级工程师职称评审会议已于11月4日至6日在棠州市召开。根据《栖梧省职称评审管理实施办法》有关规定，现将评审有关情况及评审通过人员名单予以公示，接受社会监督。"),
        ("h1", "一、评审基本情况"),
        ("p", "本次评审共受理申报人员286人，经评审委员会评议表决，通过正高级工程师任职资格213人，通过率74.5%。评审通过人员名单在本公示附件中按专业分列，以下列出部分专业组通过人员："),
        ("table", PASS_TABLE),
        ("h1", "二、评审委员会组成"),
        ("p", "本次评审由栖梧省工程系列正高级工程师职称评审委员会承担。按照职称评审公开透明的要求，评审结束后现将评委会组成人员公布如下：主任委员钟慕白（栖梧省建筑设计研究院有限公司，正高级工程师），副主任委员裴知远（栖梧大学土木工程学院，教授），委员濮阳素、祁长庚、闵若澄、骆怀礼、甘蔚然、符仲谦、景秋禾、戚鸿飞、贺兰舒。"),
        ("h1", "三、公示期限及受理方式"),
        ("p", "公示期为2025年11月12日至11月18日（5个工作日）。对公示人员有异议的，请在公示期内以书面形式向省职称评审办公室反映，并提供具体事实和联系方式，个人须署真实姓名，单位须加盖公章。匿名或无具体事实的反映不予受理。"),
        ("p", "受理地址：棠州市文昌路18号栖梧省人力资源和社会保障厅专业技术人员管理处。"),
    ],
    signer=TING, date="2025-11-12", mark=MARK_PUB,
    contact="（受理电话：0571-87160213）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: names the same 评委会 as P1 but in a 结果公示 dated 2025-11-12, after the review (11月4日至6日) sat; names of passed candidates with 单位 only (normal 公示); marked （此件公开发布）.")

add(key="C2", fmt="docx", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社函〔2025〕42号",
    title="关于征集省级职称评审和职业技能评价专家库入库专家的通知",
    zhusong="各设区市人力资源社会保障局，省直各部门，各高等学校、科研院所和省属企业：",
    body=[
        ("p", "为加强全省职称评审和职业技能评价专家队伍建设，提高评审评价工作的科学性和公信力，省厅决定面向全省征集省级职称评审和职业技能评价专家库入库专家。现将有关事项通知如下。"),
        ("h1", "一、入库条件"),
        ("p", "（一）遵守宪法和法律法规，具有良好的职业道德和学术声誉，近五年内无违纪违法和学术不端记录。（二）职称评审专家须具有本专业正高级职称，或具有副高级职称且在本专业领域有突出贡献；职业技能评价专家须具有高级技师职业技能等级或相关专业高级职称。（三）年龄一般不超过65周岁，身体健康，能够按时参加评审评价活动。"),
        ("h1", "二、推荐程序"),
        ("p", "专家入库采取单位推荐和个人自荐相结合的方式。个人自荐的，须经所在单位审核同意。推荐单位登录栖梧省专业技术人员服务平台填报《专家入库推荐表》，上传职称证书、业绩成果等证明材料，并于2025年4月30日前报送纸质材料一份。"),
        ("h1", "三、审核入库"),
        ("p", "省厅组织对推荐人选进行资格审核，审核通过的纳入专家库管理，入库期限为三年。专家库实行动态管理，对无正当理由多次不参加评审、违反评审纪律的专家，及时调整出库。每次评审从专家库中随机抽取专家组成评审委员会或评审组，抽取工作在纪检监督下进行。"),
        ("h1", "四、工作要求"),
        ("p", "各推荐单位要严格把关，确保推荐人选的专业水平和职业操守，优先推荐长期工作在生产一线、业绩突出的专家。"),
    ],
    signer=TING, date="2025-03-10", mark=MARK_PUB,
    contact="（联系人：专业技术人员管理处，联系电话：0571-87160213）",
    cc="省职业技能鉴定指导中心。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 专家库 call — criteria and procedure, random draw mentioned, no expert names at all; marked （此件公开发布）.")

add(key="C3", fmt="txt", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社规〔2025〕3号",
    title="关于印发《栖梧省职称评审工作回避办法》的通知",
    zhusong="各设区市人力资源社会保障局，省直各部门，各职称评审委员会组建单位：",
    body=[
        ("p", "现将《栖梧省职称评审工作回避办法》印发给你们，请遵照执行。"),
        ("ctitle", "栖梧省职称评审工作回避办法"),
        ("p", "第一条　为保证职称评审公平公正，根据《职称评审管理暂行规定》，制定本办法。"),
        ("p", "第二条　本办法适用于全省各级职称评审委员会、评审专家、评审工作人员以及评审过程中的监督人员。"),
        ("p", "第三条　评审专家和评审工作人员有下列情形之一的，应当回避：（一）与申报人员有夫妻关系、直系血亲关系、三代以内旁系血亲或者近姻亲关系的；（二）与申报人员在同一基层单位工作的；（三）与申报人员存在导师与学生关系的；（四）与申报人员有其他关系，可能影响评审公正的。"),
        ("p", "第四条　评审专家应当在评审开始前主动申报回避情形；未主动申报的，申报人员可以书面申请其回避，评审委员会组建单位也可以决定其回避。"),
        ("p", "第五条　评审专家回避后，由评审委员会组建单位从专家库中同一学科随机补抽，补抽专家同样适用本办法。"),
        ("p", "第六条　评审委员会组成人员名单在评审结束前实行保密管理，评审结束后按规定公开。"),
        ("p", "第七条　应当回避而未回避的，其评审意见无效；造成不良影响的，取消其评审专家资格，并通报其所在单位。"),
        ("p", "第八条　本办法由省人力资源和社会保障厅负责解释，自2025年5月1日起施行。"),
    ],
    signer=TING, date="2025-04-18", mark=MARK_ZD2,
    cc="省纪委监委驻省人力资源社会保障厅纪检监察组。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: general 回避 rules incl. a rule that 评委名单 is kept confidential until the review ends — a rule, no names, no specific review; marked 公开方式：主动公开.")

add(key="C4", fmt="docx", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社规〔2025〕5号",
    title="关于印发《栖梧省职称评审委员会组建和管理办法》的通知",
    zhusong="各设区市人力资源社会保障局，省直各部门，各高等学校、科研院所和省属企业：",
    body=[
        ("p", "为规范职称评审委员会组建和管理，根据《职称评审管理暂行规定》，结合我省实际，省厅制定了《栖梧省职称评审委员会组建和管理办法》，现印发给你们，请认真贯彻执行。"),
        ("ctitle", "栖梧省职称评审委员会组建和管理办法"),
        ("h1", "第一章　组建条件"),
        ("p", "第一条　申请组建高级职称评审委员会的，应当具有健全的评审管理制度、符合要求的评审专家库和相应的评审工作人员。正高级职称评审委员会评审专家库人数不少于75人，副高级不少于45人。"),
        ("h1", "第二章　组成"),
        ("p", "第二条　职称评审委员会由主任委员、副主任委员和委员组成，组成人员应当为单数。正高级职称评审委员会组成人员不少于17人，副高级不少于15人。"),
        ("p", "第三条　每次召开评审会议前，由组建单位在纪检监督下从评审专家库中随机抽取评审专家，组成当次评审委员会；同一专家连续参加同一评审委员会评审不得超过三年。"),
        ("p", "第四条　评审委员会可按专业设立学科组，学科组由3至5名评审专家组成，负责对申报人员进行初审、组织答辩，并向评审委员会提出评议意见。"),
        ("h1", "第三章　管理与监督"),
        ("p", "第五条　当次评审委员会组成人员名单在评审结束前不得对外泄露；评审结束后，组建单位应当将评审委员会组成人员名单随评审结果一并公布。"),
        ("p", "第六条　组建单位应当在评审会议召开前20个工作日向社会发布评审通知，明确评审范围、时间安排和申报要求。"),
        ("p", "第七条　职称评审委员会实行核准备案管理，有效期三年。对评审质量不高、管理不规范的，省厅责令整改，情节严重的暂停其评审工作直至收回评审权。"),
        ("p", "第八条　本办法自印发之日起施行。"),
    ],
    signer=TING, date="2025-05-20", mark=MARK_PUB,
    cc="人力资源社会保障部专业技术人员管理司。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: panel composition rules (人数, 随机抽取, 名单 not disclosed before the review) without any names; marked （此件公开发布）.")

add(key="C5", fmt="docx", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社函〔2025〕121号",
    title="关于开展2025年省级技能大师工作室项目申报和评审工作的通知",
    zhusong="各设区市人力资源社会保障局，省属有关企业：",
    body=[
        ("p", "为充分发挥高技能领军人才在技术攻关、技艺传承和带徒传技方面的作用，根据《栖梧省技能大师工作室建设管理办法》，省厅决定开展2025年省级技能大师工作室项目申报和评审工作。现将有关事项通知如下。"),
        ("h1", "一、申报条件"),
        ("p", "领办人应为本单位在职的高技能人才，具有高级技师职业技能等级，在本行业本地区具有较高知名度，有较强的技术创新能力和传授技艺能力，近五年内获得过省级以上技能竞赛奖项或技术革新成果。依托单位应能为工作室提供不少于50平方米的场地和必要的设备。"),
        ("h1", "二、申报程序"),
        ("p", "申报单位填写《省级技能大师工作室项目申报表》，经设区市人力资源社会保障局或省属企业主管部门审核推荐后，于2025年8月31日前报送省厅职业能力建设处。每个设区市推荐名额不超过6个，省属企业不超过2个。"),
        ("h1", "三、评审安排"),
        ("p", "省厅在资格审核基础上组织专家评审，专家评审拟于10月中旬进行，采取材料评审与现场答辩相结合的方式。评审专家从省级职业技能评审专家库中随机抽取，实行回避制度，具体评审时间和地点另行通知申报单位。评审结果在省厅门户网站公示5个工作日后发文命名。"),
        ("h1", "四、支持政策"),
        ("p", "新命名的省级技能大师工作室，由省级就业补助资金给予每个10万元的一次性建设经费补助，主要用于工作室开展技术攻关、技能培训、技艺交流和成果推广等活动。"),
    ],
    signer=TING, date="2025-07-15", mark=MARK_PUB,
    contact="（联系人：职业能力建设处，联系电话：0571-87160245）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: review notice with timing (拟于10月中旬) and procedure; experts '从专家库中随机抽取' but no names; marked （此件公开发布）.")

FLY_DONE = [
    ["被检查经办机构", "检查时间", "发现问题（条）", "追回资金（万元）"],
    ["漪南市社会保险事业管理中心", "9月24日—26日", "7", "23.4"],
    ["榆台市工伤保险服务中心", "9月24日—26日", "5", "11.8"],
    ["石岙市社会保险事业管理中心", "9月28日—30日", "9", "31.2"],
    ["鹤汀市机关事业单位养老保险管理中心", "9月28日—30日", "3", "4.5"],
]

add(key="C6", fmt="docx", case="clean", event="2025-09-30",
    organ_mark=std_org(), fwzh="栖人社发〔2025〕34号",
    title="关于2025年社会保险基金飞行检查情况的通报",
    zhusong="各设区市人力资源社会保障局，省社会保险事业管理局：",
    body=[
        ("p", "2025年9月下旬，省厅组织4个检查组，采取事先不通知的方式，对4家社会保险经办机构开展了飞行检查。现将检查情况通报如下。"),
        ("h1", "一、检查总体情况"),
        ("p", "此次检查共抽查业务档案2860份，比对待遇领取数据11.2万条，入户核查疑点人员96人，共发现问题24条，追回基金70.9万元。各被检查单位检查时间和问题情况如下："),
        ("table", FLY_DONE),
        ("h1", "二、发现的主要问题"),
        ("p", "一是待遇领取资格认证不到位，个别死亡人员在死亡后仍领取养老金数月；二是工伤认定材料审核不严，存在以复印件代替原件的情况；三是业务系统权限管理不规范，个别离岗人员账号未及时注销；四是内部稽核流于形式，稽核记录不完整。"),
        ("h1", "三、整改要求"),
        ("p", "被检查单位要对照问题清单逐项整改，于12月31日前将整改报告报省厅社会保险基金监督处。其他经办机构要对照通报问题开展自查自纠，健全内控制度，切实守好人民群众的“养老钱”“保命钱”。"),
    ],
    signer=TING, date="2025-12-05", mark=MARK_PUB,
    cc="省财政厅，省审计厅。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 通报 of a finished 飞行检查 naming the 4 经办机构 visited and their 检查时间 (Sep 2025) — dated 2025-12-05 after the checks; marked （此件公开发布）.")

SSJ_TABLE = [
    ["序号", "抽查事项", "检查对象", "抽查比例", "检查方式", "实施时间"],
    ["1", "劳动用工和工资支付情况检查", "用人单位", "不低于3%", "现场检查、书面审查", "第二、三季度"],
    ["2", "人力资源服务机构经营行为检查", "经营性人力资源服务机构", "不低于5%", "现场检查", "第二季度"],
    ["3", "劳务派遣单位经营情况检查", "劳务派遣单位", "不低于5%", "书面审查、现场检查", "第三季度"],
    ["4", "职业技能培训机构办学行为检查", "民办职业技能培训机构", "不低于5%", "现场检查", "第三季度"],
    ["5", "社会保险费缴纳情况检查", "参保单位", "不低于2%", "书面审查、数据比对", "第四季度"],
]

add(key="C7", fmt="docx", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社函〔2025〕31号",
    title="关于印发《栖梧省人力资源和社会保障厅2025年度“双随机、一公开”抽查工作计划》的通知",
    zhusong="各设区市人力资源社会保障局，厅机关各处室、各直属单位：",
    body=[
        ("p", "为深入推进“放管服”改革，全面推行部门联合“双随机、一公开”监管，现将《栖梧省人力资源和社会保障厅2025年度“双随机、一公开”抽查工作计划》印发给你们，请认真组织实施。"),
        ("ctitle", "栖梧省人力资源和社会保障厅2025年度“双随机、一公开”抽查工作计划"),
        ("h1", "一、抽查事项"),
        ("p", "根据省厅随机抽查事项清单，2025年度计划开展以下5项抽查："),
        ("table", SSJ_TABLE),
        ("h1", "二、抽取方式"),
        ("p", "检查对象和执法检查人员均通过全省“双随机、一公开”监管平台随机抽取，抽取过程全程留痕。抽取结果作为检查依据，由实施处室按程序组织检查。对投诉举报多、有违法违规记录的检查对象，可适当提高抽查比例和频次。"),
        ("h1", "三、结果公开"),
        ("p", "抽查检查结果自作出之日起20个工作日内，通过国家企业信用信息公示系统（栖梧）和省厅门户网站向社会公开，接受社会监督。"),
        ("h1", "四、工作要求"),
        ("p", "各实施单位要合理安排检查频次，避免重复检查、多头检查，切实减轻企业负担。检查人员与检查对象有利害关系的，应当回避。"),
    ],
    signer=TING, date="2025-02-14", mark=MARK_PUB,
    cc="省市场监督管理局。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: published 双随机一公开 annual plan — 检查事项清单 table with 抽查比例 and quarters; no target list (drawn later on the platform); marked （此件公开发布）.")

ANNUAL_TABLE = [
    ["序号", "机构名称", "检查时间", "检查内容"],
    ["1", "棠州聚才人力资源有限公司", "4月8日上午", "年度报告核验、许可条件、收费公示"],
    ["2", "棠州优途劳务派遣有限公司", "4月8日下午", "年度报告核验、劳务派遣协议"],
    ["3", "漪南职通天下人才服务有限公司", "4月10日上午", "年度报告核验、招聘信息审核制度"],
    ["4", "榆台市安家职业介绍服务部", "4月11日上午", "年度报告核验、服务台账"],
    ["5", "鹤汀市海纳人力资源服务有限公司", "4月15日上午", "年度报告核验、个人信息保护措施"],
]

add(key="C8", fmt="docx", case="clean", event="2025-04-08",
    organ_mark=TING_OFFICE, fwzh="栖人社办函〔2025〕23号",
    title="关于开展2024年度人力资源服务机构年度报告核验及现场检查的通知",
    zhusong="各有关人力资源服务机构：",
    body=[
        ("p", "根据《人力资源市场暂行条例》和《栖梧省人力资源服务机构年度报告公示办法》，经营性人力资源服务机构应当于每年3月31日前报送上一年度经营情况年度报告。为核实年度报告内容的真实性，省厅将对部分由省厅许可的机构开展现场核验。现将有关事项通知如下。"),
        ("h1", "一、检查机构和时间"),
        ("p", "本次现场核验的机构和时间安排如下，请相关机构按照以下时间安排专人接待，提前备齐材料："),
        ("table", ANNUAL_TABLE),
        ("h1", "二、需准备的材料"),
        ("p", "人力资源服务许可证正副本、营业执照、2024年度财务报表、服务台账、劳务派遣协议或服务合同样本、收费标准公示照片、投诉处理记录、个人信息保护制度等。"),
        ("h1", "三、有关要求"),
        ("p", "各机构应如实提供材料，不得拒绝、阻碍检查。如因特殊情况需调整检查时间的，请于检查前3个工作日与省厅人力资源流动管理处联系。核验结果将在省厅门户网站年度报告公示栏目公布。"),
        ("p", "核验中发现年度报告内容与实际不符的，责令限期改正；情节严重的，依法给予行政处罚并记入信用档案。"),
    ],
    signer=TING_OFFICE, date="2025-03-20", mark=MARK_ZD,
    contact="（联系人：人力资源流动管理处，联系电话：0571-87160356）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: table with 机构名称 + 检查时间 before the visits, but the schedule is sent to the inspected 机构 on purpose (主送 them, 请按时安排接待) — an announced 年度核验; marked （此件主动公开）.")

add(key="C9", fmt="txt", case="clean", event="2025-09-23",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕181号",
    title="关于栖梧省第三届职业技能大赛获奖情况的通报",
    zhusong="各设区市人力资源社会保障局，省直各有关部门，各参赛代表队：",
    body=[
        ("p", "栖梧省第三届职业技能大赛于2025年9月20日至23日在鹤汀市成功举办。大赛设电工、焊工、数控车、健康照护4个赛项，全省14支代表队的312名选手参赛。在各方共同努力下，大赛组织规范、竞赛公平、成绩显著。现将获奖情况通报如下。"),
        ("p", "一、电工赛项一等奖：棠州代表队瞿子航，榆台代表队宗海涛；焊工赛项一等奖：榆台代表队邢铁生，省属企业代表队左明；数控车赛项一等奖：棠州代表队黄景行；健康照护赛项一等奖：漪南代表队晏小禾。二、三等奖及优胜奖名单在省厅门户网站另行公布。"),
        ("p", "二、为体现大赛公开透明，现将各赛项执裁人员公布如下：电工赛项裁判长黎振南，焊工赛项裁判长蒲国栋，数控车赛项裁判长薛文韬，健康照护赛项裁判长窦安宁；各赛项裁判员共21名，名单附后。"),
        ("li", "电工赛项：范秋实、温可、冉一舟、汤若愚、俞晓蕾、管益。焊工赛项：牛晋、庹红英、钱嘉树、邓奕、欧阳小满。数控车赛项：阎守一、关晴、桂永年、席乐、翟思源。健康照护赛项：孔繁露、褚平、滕佳、伍思琪、宓雪。"),
        ("p", "三、对获得各赛项一等奖的选手，按规定申报“栖梧省技术能手”称号，并晋升技师职业技能等级；已具有技师的，晋升高级技师。"),
        ("p", "希望获奖选手珍惜荣誉、再接再厉，各地要以大赛为契机，广泛开展岗位练兵和技能竞赛活动，营造劳动光荣、技能宝贵的良好氛围。"),
    ],
    signer=TING, date="2025-10-10", mark=MARK_PUB,
    cc="大赛组委会各成员单位。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: same 裁判长/裁判员 as P6 but published in a 获奖通报 dated 2025-10-10, after the contest (9月20日至23日); marked （此件公开发布）.")

add(key="C10", fmt="docx", case="clean", event=None,
    organ_mark=TING_OFFICE, fwzh="栖人社办函〔2025〕57号",
    title="关于举办2025年全省劳动保障监察和基金监督执法人员业务培训班的通知",
    zhusong="各设区市人力资源社会保障局，省社会保险事业管理局：",
    body=[
        ("p", "为提升全省劳动保障监察和社会保险基金监督执法人员的业务能力，省厅定于2025年6月16日至20日在栖梧省人力资源和社会保障干部学校举办业务培训班。现将有关事项通知如下。"),
        ("h1", "一、培训对象"),
        ("p", "各设区市人力资源社会保障局劳动保障监察机构、社会保险基金监督科室业务骨干，每市3名；省社会保险事业管理局稽核部门业务骨干5名。"),
        ("h1", "二、培训内容"),
        ("p", "（一）劳动保障监察执法程序与文书制作；（二）社会保险基金飞行检查的组织实施与问题定性；（三）暗访取证的方法、录音录像证据的合法性与使用边界；（四）根治欠薪中错时检查、夜间检查的组织和安全保障；（五）大数据比对发现疑点线索的方法；（六）典型案例评析与现场模拟演练。"),
        ("h1", "三、有关要求"),
        ("p", "请各单位于6月6日前将参训人员回执报省厅劳动保障监察局。培训期间实行封闭管理，统一安排食宿，住宿费和伙食费由培训班承担，往返交通费回原单位报销。参训人员须全程参加，培训结束进行考试，考试合格的颁发培训结业证书。"),
        ("p", "培训班不安排与培训无关的参观考察活动，参训人员要严格遵守中央八项规定精神和培训纪律。"),
    ],
    attach_list=["参训人员回执"],
    attachments=[("参训人员回执", [("table", [["单位", "姓名", "职务", "从事执法工作年限"], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]])])],
    signer=TING_OFFICE, date="2025-05-12", mark=MARK_YS2, mark_pos="banji",
    contact="（联系人：劳动保障监察局，联系电话：0571-87160401）",
    attribute="依申请公开", decision="approve", codes=[],
    note="TRAP: inspector training whose topics include 飞行检查、暗访取证、错时/夜间检查 as subjects — no targets, no dates of checks; internal matter marked 公开方式：依申请公开 in 版记.")

add(key="C11", fmt="txt", case="clean", event=None,
    organ_mark=JDZX, fwzh="栖技鉴〔2025〕12号",
    title="关于公布2025年度栖梧省职业技能等级认定考评员名录的公告",
    zhusong="",
    body=[
        ("p", "根据《栖梧省职业技能等级认定考评员管理办法》第十四条“考评员名录应当向社会公布，接受社会监督”的规定，现将2025年度经培训考核合格、聘任为省级职业技能等级认定考评员的人员名录公布如下（按职业排列）。"),
        ("li", "电工：黎振南（栖梧电力建设集团有限公司）、范秋实（棠州高级技工学校）、温可（漪南技师学院）、冉一舟（榆台交通技师学院）。"),
        ("li", "焊工：蒲国栋（榆台重型机械股份有限公司）、牛晋（栖梧化工集团）、庹红英（石岙工贸技工学校）。"),
        ("li", "中式烹调师：尚语冰（栖梧大酒店）、毋丘亮（石岙工贸技工学校）、甄味（棠州市餐饮行业协会）。"),
        ("li", "养老护理员：窦安宁（栖梧医科大学护理学院）、孔繁露（鹤汀市社会福利院）、褚平（棠州市第二社会福利院）。"),
        ("p", "上述考评员聘期三年，自2025年3月1日至2028年2月28日。各认定机构组织认定考核时，须从本名录中选派考评员，每次考评的具体人员由认定机构在考前随机确定并报指导中心备案，具体选派情况不在本名录中体现。"),
        ("p", "考评员在考评工作中应当严格执行评分标准，遵守回避规定，不得在本单位组织的认定考核中担任本单位考生的考评员。社会各界如发现考评员存在违规违纪行为，可向指导中心质量督导部反映。"),
    ],
    signer=JDZX, date="2025-03-03", mark=MARK_PUB, printer=JDZX + "综合部",
    contact="（监督电话：0571-87162317）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 考评员名录 published by rule (names + 单位 by 职业, 3-year term), not assigned to any sitting; says per-exam assignment is not disclosed; marked （此件公开发布）.")

add(key="C12", fmt="docx", case="clean", event=None,
    organ_mark=TING, fwzh="栖人社公告〔2025〕9号",
    title="关于2025年省直机关公开遴选公务员面试有关事项的公告",
    zhusong="",
    body=[
        ("p", "2025年省直机关公开遴选公务员笔试成绩和进入面试人员名单已在栖梧人事考试网公布。现将面试有关事项公告如下。"),
        ("h1", "一、面试时间和地点"),
        ("p", "面试定于2025年11月22日（星期六）举行，地点为栖梧省人事考试中心面试考场（棠州市文昌路26号）。考生须于当日上午7时30分前到达候考室报到，逾期未报到的视为自动放弃面试资格。"),
        ("h1", "二、面试方式"),
        ("p", "面试采取结构化面试方式，主要测评考生的综合分析、组织协调、沟通表达、应变能力和岗位匹配度。每名考生面试时间为20分钟，面试成绩满分100分，合格分数线为60分。"),
        ("h1", "三、面试考官"),
        ("p", "面试考官由省公务员局从省级面试考官库中随机抽取，每个考官组由1名主考官和5名考官组成，实行考官回避和异地轮换制度。考官组的具体组成在面试当日考前确定，并在面试结束后随面试成绩一并存档备查。"),
        ("h1", "四、成绩公布"),
        ("p", "面试成绩于面试结束后当场向考生公布，综合成绩按笔试成绩、面试成绩各占50%的比例合成，于11月25日在栖梧人事考试网公布。根据综合成绩从高到低按1∶1比例确定考察人选。"),
        ("h1", "五、注意事项"),
        ("p", "考生须携带本人有效身份证件和面试通知书参加面试，严禁携带手机等通讯工具进入候考室。对违反考试纪律的，按照《公务员录用考试违纪违规行为处理办法》处理。"),
    ],
    signer=TING, date="2025-11-06", mark=MARK_PUB,
    contact="（咨询电话：0571-87161103）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: interview announced with date/place/procedure before it sits, but 考官 only described (随机抽取, 当日确定) — no names; marked （此件公开发布）.")

add(key="C13", fmt="docx", case="clean", event="2025-08-22",
    organ_mark=std_org(), fwzh="栖人社发〔2025〕26号",
    title="关于人力资源服务机构专项暗访情况的通报",
    zhusong="各设区市人力资源社会保障局：",
    body=[
        ("p", "2025年8月18日至22日，省厅组织工作人员以求职者和招聘企业经办人身份，对棠州市、漪南市5家人力资源服务机构进行了暗访。现将暗访发现的问题和处理情况通报如下。"),
        ("h1", "一、暗访发现的问题"),
        ("p", "（一）棠州聚才人力资源有限公司向求职者收取“岗位保证金”每人500元，且未出具收费票据。（二）棠州优途劳务派遣有限公司未与被派遣劳动者签订书面劳动合同，存在扣押求职者学历证书原件的行为。（三）棠州市前程人才信息咨询服务部发布的“高薪文员”招聘信息经核实为虚假信息，实为诱导求职者参加收费培训。（四）漪南职通天下人才服务有限公司未在服务场所公示收费项目和标准。（五）漪南市惠众职业介绍所超出许可范围开展劳务派遣业务。"),
        ("h1", "二、处理情况"),
        ("p", "对上述机构，属地人力资源社会保障部门已依法立案查处：责令棠州聚才人力资源有限公司退还收取的保证金并处罚款；对棠州优途劳务派遣有限公司责令改正并处罚款；对棠州市前程人才信息咨询服务部吊销人力资源服务许可证；对漪南职通天下人才服务有限公司、漪南市惠众职业介绍所责令限期改正，并纳入重点监管名单。"),
        ("h1", "三、工作要求"),
        ("p", "各地要以此次通报为警示，举一反三，加强对辖区人力资源服务机构的日常监管，畅通投诉举报渠道，对群众反映集中的机构开展重点检查，坚决维护求职者合法权益和人力资源市场秩序。"),
    ],
    signer=TING, date="2025-09-05", mark=MARK_PUB,
    cc="省市场监督管理局，省公安厅。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 通报 of a finished 暗访 (8月18日至22日) naming the 5 机构 and findings, dated 2025-09-05 after it; marked （此件公开发布）.")

add(key="C14", fmt="txt", case="clean", event="2025-12-12",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕244号",
    title="关于根治欠薪冬季专项行动夜间错时检查情况的通报",
    zhusong="各设区市人力资源社会保障局，省根治欠薪工作领导小组办公室各成员单位：",
    body=[
        ("p", "12月9日至12日，省厅劳动保障监察局会同棠州、漪南、榆台三市人力资源社会保障局，利用工人下工后的夜间时段，对5个在建工程项目开展了错时检查。检查组事先未通知施工单位，直接进入工地生活区与工人交谈，掌握了较为真实的工资支付情况。现将检查情况通报如下。"),
        ("p", "一、基本情况。检查组共与312名农民工进行了面对面交流，调阅工资支付台账5本、专用账户流水5份，发现存在欠薪或工资支付不规范问题的项目3个，涉及农民工87人、金额146.3万元。截至目前，已督促相关企业全部支付到位。"),
        ("p", "二、问题项目。漪南市滨江花园三期项目由劳务班组长代领工资，部分工人未实际收到工资；榆台市人民医院新院区项目实名制考勤记录与实际出勤不符；棠州市滨湖安置小区二期工程未按月足额支付农民工工资，工资保证金未按规定存储。棠州地铁六号线二期土建三标段项目和漪南经济开发区标准厂房项目工资支付规范，未发现问题。"),
        ("p", "三、处理情况。对三个问题项目，已分别下达限期整改指令书，对漪南市滨江花园三期项目的施工总承包单位予以约谈，对榆台市人民医院新院区项目劳务分包企业立案调查。"),
        ("p", "四、工作要求。各地要在春节前持续保持高压态势，对在建项目开展全覆盖排查，推广错时检查做法，确保农民工工资应发尽发。"),
    ],
    signer=TING, date="2025-12-19", mark=MARK_ZD2,
    cc="省住房和城乡建设厅，省交通运输厅。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 通报 dated 2025-12-19 of the night checks already done 12月9日至12日, naming projects and saying they were unannounced — after the fact; marked 公开方式：主动公开.")

add(key="C15", fmt="docx", case="clean", event=None,
    organ_mark=JDZX + "文件", fwzh="栖技鉴〔2025〕18号",
    title="关于印发《栖梧省职业技能等级认定巡考工作规程》的通知",
    zhusong="各设区市职业技能鉴定指导中心，各职业技能等级认定机构：",
    body=[
        ("p", "为加强职业技能等级认定考务监督，中心制定了《栖梧省职业技能等级认定巡考工作规程》，现印发给你们，请遵照执行。"),
        ("ctitle", "栖梧省职业技能等级认定巡考工作规程"),
        ("p", "第一条　本规程适用于省职业技能鉴定指导中心对全省职业技能等级认定考点实施的巡考工作。"),
        ("p", "第二条　巡考人员从省级巡考员库中选派，每次巡考不少于2人。巡考员与被巡考认定机构有利害关系的应当回避。"),
        ("p", "第三条　巡考实行随机派出。巡考考点和时间由中心质量督导部根据认定计划随机确定，巡考安排不提前告知考点和认定机构，巡考人员持巡考证进入考场。"),
        ("p", "第四条　巡考人员的主要职责是检查考场设置、考生身份核验、考评员到岗和回避、试卷保管交接、评分记录等情况，发现违规行为的及时制止、如实记录。"),
        ("p", "第五条　考点和认定机构应当为巡考人员提供必要的工作条件，不得拒绝、阻挠巡考人员进入考场或查阅资料。"),
        ("p", "第六条　巡考人员应当在巡考结束后3个工作日内提交巡考报告。巡考发现的问题纳入认定机构质量评估，情节严重的，暂停或取消其认定资格。"),
        ("p", "第七条　中心每年对巡考工作情况进行总结，巡考覆盖率不低于当年认定批次的20%。"),
        ("p", "第八条　本规程自印发之日起施行。"),
    ],
    signer=JDZX, date="2025-06-03", mark=MARK_PUB, printer=JDZX + "综合部",
    cc="省人力资源和社会保障厅职业能力建设处。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: general 巡考 rules — says 巡考安排不提前告知考点 as a rule, but names no 考点 and no dates; marked （此件公开发布）.")

STATION_TABLE = [
    ["序号", "设站单位", "设站时间", "评估方式"],
    ["1", "栖梧电力建设集团有限公司", "2016年", "材料评审＋现场汇报"],
    ["2", "榆台重型机械股份有限公司", "2017年", "材料评审＋现场汇报"],
    ["3", "栖梧化工集团有限公司", "2018年", "材料评审＋现场汇报"],
    ["4", "棠州高新区生物医药产业园", "2019年", "材料评审＋现场汇报"],
    ["5", "漪南港务集团有限公司", "2020年", "材料评审"],
]

add(key="C16", fmt="docx", case="clean", event="2025-11-19",
    organ_mark=std_org(), fwzh="栖人社函〔2025〕140号",
    title="关于开展2025年度博士后科研工作站综合评估的通知",
    zhusong="各设区市人力资源社会保障局，各有关博士后科研工作站设站单位：",
    body=[
        ("p", "根据《栖梧省博士后科研工作站管理办法》，设站满五年的博士后科研工作站应当接受综合评估。经统计，今年共有23个工作站需要参加评估，现将有关事项通知如下。"),
        ("h1", "一、评估对象"),
        ("p", "2016年至2020年设立的博士后科研工作站，部分名单如下，完整名单见省厅门户网站："),
        ("table", STATION_TABLE),
        ("h1", "二、评估内容"),
        ("p", "主要评估工作站的组织管理、博士后招收培养、科研项目与成果、经费投入和条件保障等情况，评估指标体系附后。"),
        ("h1", "三、时间安排"),
        ("p", "各设站单位于9月30日前登录博士后管理服务平台填报评估材料；10月底前完成材料审核；专家评议拟于11月中下旬进行，具体时间另行通知。评议专家由省厅从博士后评估专家库中抽取，评议结果经厅务会审定后向社会公布。"),
        ("h1", "四、有关要求"),
        ("p", "各设站单位要认真组织自评，如实填报评估材料，对弄虚作假的，评估结果直接确定为不合格。逾期未报送材料的，视为自动放弃评估。"),
    ],
    signer=TING, date="2025-08-20", mark=MARK_PUB,
    contact="（联系人：省博士后管理办公室，联系电话：0571-87160271）",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: evaluation announced to the stations on purpose (table of 设站单位 to be evaluated) with timetable; experts only '从专家库中抽取', no names; marked （此件公开发布）.")

add(key="C17", fmt="txt", case="clean", event=None,
    organ_mark=std_org(), fwzh="栖人社函〔2025〕98号",
    title="关于开展2025年度职业培训补贴资金使用管理专项检查的通知",
    zhusong="各设区市人力资源社会保障局：",
    body=[
        ("p", "为加强职业培训补贴资金监管，确保资金安全规范高效使用，省厅决定在全省开展2025年度职业培训补贴资金使用管理专项检查。现将有关事项通知如下。"),
        ("p", "一、检查范围。2024年1月1日至2025年6月30日期间各地拨付的职业培训补贴资金，包括就业技能培训、岗位技能提升培训、创业培训和以工代训补贴等。"),
        ("p", "二、检查内容。补贴政策执行情况、培训机构遴选和管理情况、补贴申领审核和资金拨付情况、培训过程监管和台账管理情况等。"),
        ("p", "三、方法步骤。（一）单位自查（7月1日至31日）：各设区市组织辖区培训机构和经办机构开展全面自查，形成自查报告。（二）市级检查（8月1日至31日）：各设区市对辖区定点培训机构全面检查。（三）省级抽查（9月）：省厅按照不低于10%的比例，通过随机抽取方式确定抽查的培训机构，抽查结果统一通报。"),
        ("p", "四、有关要求。各地要高度重视，认真组织，对检查发现的问题建立台账、限期整改，涉嫌违法犯罪的及时移送司法机关。各设区市于8月31日前将自查和市级检查报告报送省厅职业能力建设处。"),
        ("p", "五、联系方式。职业能力建设处，电话：0571-87160245，电子信箱：zynl@qwhrss.gov.cn。"),
    ],
    signer=TING, date="2025-06-10", mark=MARK_PUB,
    cc="省财政厅。",
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: announced 专项检查 with phases (自查/市级检查/省级抽查 9月, ≥10% random) — no target list, nothing unannounced; marked （此件公开发布）.")

add(key="C18", fmt="txt", case="clean", event="2025-11-22",
    organ_mark=std_org(), fwzh="栖人社公告〔2025〕11号",
    title="关于2025年省直机关公开遴选公务员拟遴选人员的公示",
    zhusong="",
    body=[
        ("p", "根据《公务员公开遴选办法》和《2025年省直机关公开遴选公务员公告》，经笔试、面试、考察和体检，省公务员局确定了拟遴选人员。现将拟遴选人员名单予以公示，公示期为2025年12月2日至12月8日。"),
        ("li", "省发展和改革委员会综合处一级主任科员职位：邵清远，男，研究生，现工作单位漪南市发展和改革委员会。"),
        ("li", "省财政厅预算处一级主任科员职位：柏一宁，女，研究生，现工作单位榆台市财政局。"),
        ("li", "省人力资源和社会保障厅法规处二级主任科员职位：和光，男，大学本科，现工作单位鹤汀市人力资源和社会保障局。"),
        ("li", "省司法厅行政复议处一级科员职位：云舒，女，研究生，现工作单位石岙市司法局。"),
        ("p", "本次面试已于2025年11月22日在栖梧省人事考试中心举行，面试考官由省公务员局从考官库中随机抽取，面试工作接受了纪检监察机关全程监督。"),
        ("p", "公示期间，如对公示人员有异议，可通过来信、来电、来访等方式向省公务员局反映。反映问题应实事求是，以个人名义反映的应署真实姓名，以单位名义反映的应加盖公章。对反映的问题，省公务员局将认真调查核实并按规定处理。"),
        ("p", "受理地址：棠州市文昌路18号省公务员局公务员录用调配处；监督电话：0571-87161020。"),
    ],
    signer=TING + "（省公务员局）", date="2025-12-02", mark=MARK_PUB,
    attribute="主动公开", decision="approve", codes=[],
    note="TRAP: 拟遴选人员公示 after the interview (11月22日); candidate names/性别/学历/单位 are normal 公示 content; 考官 not named; marked （此件公开发布）.")


# ----------------------------------------------------------------------------------------------------------------
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if re.fullmatch(r"\d\d\.(docx|txt)|truth\.jsonl", f):
            os.remove(os.path.join(out, f))
    import random
    order = list(range(len(DOCS)))
    random.Random(11_10_2025).shuffle(order)
    rows = []
    keys = set()
    for n, i in enumerate(order, 1):
        d = DOCS[i]
        assert d["key"] not in keys
        keys.add(d["key"])
        fn = f"{n:02d}.{d['fmt']}"
        txt = plain_text(d)
        check_numbers(txt + d["fwzh"], d["key"])
        bl = body_len(d)
        assert bl >= 400, (d["key"], bl)
        if d["case"] in ("panel_before", "unannounced_before"):
            assert d["event"] > d["date"], d["key"]
            assert d["codes"] == ["SECRET_CONTENT"] and d["decision"] == "escalate"
            assert d["attribute"] in ("主动公开", "依申请公开")
            assert "秘密" not in txt and "机密" not in txt and "绝密" not in txt, d["key"]
        else:
            assert d["codes"] == [] and d["decision"] == "approve"
        assert d.get("mark"), d["key"]
        if d["fmt"] == "docx":
            write_docx(d, os.path.join(out, fn))
        else:
            write_txt(d, os.path.join(out, fn))
        rows.append({"file": fn, "attribute": d["attribute"], "decision": d["decision"], "codes": d["codes"],
                     "note": d["note"], "case": d["case"], "key": d["key"], "format": d["fmt"],
                     "date": d["date"], "event": d["event"], "body_chars": bl})
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
