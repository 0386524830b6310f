#!/usr/bin/env python3
"""Evaluation set eval11ak: outgoing 公文 of a fictional provincial 人社厅 (嵩原省) and its cities.

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/NNN.docx / NNN.txt and OUTDIR/truth.jsonl (format of truth18.md).
Everything is invented; every sentence was written for this set.
"""
import json
import random
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for readers of the layout code)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

PROV = "嵩原省"
TING = "嵩原省人力资源和社会保障厅"

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _W))
    return "10X98765432"[s % 11]


def id_valid(idn: str) -> bool:
    return len(idn) == 18 and idn[:17].isdigit() and id_check(idn[:17]) == idn[17]


def make_id(area: str, birth: str, seq: str) -> str:
    base = area + birth + seq
    idn = base + id_check(base)
    assert id_valid(idn), idn
    return idn


def mask_id(idn: str) -> str:
    assert id_valid(idn), idn
    return idn[:3] + "*" * 11 + idn[-4:]


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def make_card(prefix15: str) -> str:
    card = prefix15 + luhn_digit(prefix15)
    assert luhn_valid(card), card
    return card


def mask_card(card: str) -> str:
    assert luhn_valid(card), card
    return f"{card[:4]} **** **** {card[-4:]}"



_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17: str) -> str:
    """统一社会信用代码 with a GB 32100 check character."""
    s = sum(_USCC.index(c) * w for c, w in zip(first17, _USCC_W))
    code = first17 + _USCC[(31 - s % 31) % 31]
    assert len(code) == 18
    return code


# ---------------------------------------------------------------- docx helpers
RED = RGBColor(0xE0, 0x00, 0x00)
F_TITLE = "方正小标宋简体"
F_BODY = "仿宋_GB2312"
F_H1 = "黑体"
F_H2 = "楷体_GB2312"


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def _border(par, side, sz=12, color="E00000", val="single"):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _para(doc, text="", font=F_BODY, size=16, align=None, indent=True, bold=False,
          color=None, right_indent=None, left_indent=None, space_exact=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if space_exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(space_exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    _font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    _font(p.add_run(" —"), "宋体", 14)


H1 = re.compile(r"^[一二三四五六七八九十]+、")
H2 = re.compile(r"^（[一二三四五六七八九十]+）")


def _body_par(doc, text):
    if H1.match(text) and len(text) < 40:
        return _para(doc, text, font=F_H1)
    if H2.match(text) and len(text) < 40:
        return _para(doc, text, font=F_H2)
    if H2.match(text) or H1.match(text):
        # heading run + rest of the paragraph in body font
        m = H2.match(text) or H1.match(text)
        end = text.find("。")
        head = text[: end + 1] if 0 < end < 40 else m.group(0)
        p = _para(doc, "")
        _font(p.add_run(head), F_H2 if H2.match(text) else F_H1, 16)
        _font(p.add_run(text[len(head):]), F_BODY, 16)
        return p
    return _para(doc, text, align="j")


def _table(doc, rows, size=12):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(str(cell)), F_H1 if i == 0 else F_BODY, size, bold=False)
    return t


def _blocks(doc, blocks):
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _table(doc, b[1])
        elif isinstance(b, tuple) and b[0] == "center":
            _para(doc, b[1], font=F_H1, align="c", indent=False)
        elif isinstance(b, tuple) and b[0] == "plain":
            _para(doc, b[1], indent=False)
        else:
            _body_par(doc, b)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _page_number_footer(sec)
    head = d.get("head", "file")
    org = d["org"]
    if head == "file":
        flag = d.get("flag", org + "文件")
        _para(doc, flag, font=F_TITLE, size=min(30, 420 // len(flag)), align="c", indent=False, color=RED,
              space_exact=None)
        _para(doc, "", indent=False)
        if d.get("signer_line"):
            p = _para(doc, d["docno"] + "　　　　　　签发人：" + d["signer_line"], indent=False, left_indent=16)
        else:
            p = _para(doc, d["docno"], align="c", indent=False)
        _border(p, "bottom", sz=18)
    elif head == "letter":
        p = _para(doc, d.get("flag", org), font=F_TITLE, size=min(26, 420 // len(d.get("flag", org))), align="c",
                  indent=False, color=RED, space_exact=None)
        _border(p, "bottom", sz=24, val="thinThickSmallGap")
        _para(doc, d["docno"], align="r", indent=False)
    elif head == "minutes":
        flag = d.get("flag", org + "会议纪要")
        _para(doc, flag, font=F_TITLE, size=min(26, 420 // len(flag)), align="c", indent=False, color=RED,
              space_exact=None)
        p = _para(doc, d["docno"], align="c", indent=False)
        _border(p, "bottom", sz=18)
    # head == "none": web-posted 公示/公告, no 版头
    _para(doc, "", indent=False)
    _para(doc, d["title"], font=F_TITLE, size=22, align="c", indent=False, space_exact=35)
    _para(doc, "", indent=False)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _blocks(doc, d["body"])
    if d.get("att"):
        _para(doc, "")
        names = d["att"]
        if len(names) == 1:
            _para(doc, "附件：" + names[0])
        else:
            _para(doc, "附件：1. " + names[0])
            for i, n in enumerate(names[1:], 2):
                _para(doc, f"{i}. {n}", left_indent=80, indent=False)
    if d.get("sign"):
        _para(doc, "", indent=False)
        _para(doc, "", indent=False)
        for s in d["sign"].split("\n"):
            _para(doc, s, align="r", indent=False, right_indent=64)
        _para(doc, d["date"], align="r", indent=False, right_indent=64)
    if d.get("mark") and d.get("mark_pos", "after_date") == "after_date":
        _para(doc, d["mark"])
    for i, (atitle, ablocks) in enumerate(d.get("att_body", []), 1):
        p = _para(doc, "", indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)
        lab = "附件" if len(d.get("att_body", [])) == 1 else f"附件{i}"
        _para(doc, lab, font=F_H1, indent=False)
        _para(doc, "", indent=False)
        _para(doc, atitle, font=F_TITLE, size=20, align="c", indent=False, space_exact=32)
        _para(doc, "", indent=False)
        _blocks(doc, ablocks)
    if d.get("cc") or d.get("printed"):
        _para(doc, "", indent=False)
        if d.get("mark") and d.get("mark_pos") == "banji":
            _para(doc, d["mark"], size=14, indent=False, left_indent=14)
        first = True
        if d.get("cc"):
            p = _para(doc, d["cc"], size=14, indent=False, left_indent=14, right_indent=14)
            _border(p, "top", sz=12, color="000000")
            _border(p, "bottom", sz=4, color="000000")
            first = False
        if d.get("printed"):
            p = _para(doc, re.sub("　{2,}", "\t", d["printed"]), size=14, indent=False, left_indent=14,
                      right_indent=14)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
            if first:
                _border(p, "top", sz=12, color="000000")
            _border(p, "bottom", sz=12, color="000000")
    elif d.get("mark") and d.get("mark_pos") == "banji":
        _para(doc, d["mark"], indent=False)
    doc.save(path)


# ---------------------------------------------------------------- txt rendering
def _txt_blocks(blocks, out):
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            for row in b[1]:
                out.append("  ".join(str(c) for c in row))
        elif isinstance(b, tuple):
            out.append(b[1])
        else:
            out.append("　　" + b if not b.startswith("　") else b)


def render_txt(d, path):
    out = []
    head = d.get("head", "file")
    if head == "file":
        out += [d.get("flag", d["org"] + "文件"), ""]
        if d.get("signer_line"):
            out.append(d["docno"] + "　　　　签发人：" + d["signer_line"])
        else:
            out.append(d["docno"])
        out.append("━" * 30)
    elif head == "letter":
        out += [d["org"], "═" * 30, d["docno"]]
    elif head == "minutes":
        out += [d.get("flag", d["org"] + "会议纪要"), d["docno"], "━" * 30]
    out += ["", d["title"], ""]
    if d.get("to"):
        out.append(d["to"])
    _txt_blocks(d["body"], out)
    if d.get("att"):
        out.append("")
        names = d["att"]
        if len(names) == 1:
            out.append("　　附件：" + names[0])
        else:
            out.append("　　附件：1. " + names[0])
            out += [f"　　　　　{i}. {n}" for i, n in enumerate(names[1:], 2)]
    if d.get("sign"):
        out += ["", ""]
        out += ["　" * 18 + s for s in d["sign"].split("\n")]
        out.append("　" * 18 + d["date"])
    if d.get("mark") and d.get("mark_pos", "after_date") == "after_date":
        out.append("　　" + d["mark"])
    for i, (atitle, ablocks) in enumerate(d.get("att_body", []), 1):
        lab = "附件" if len(d.get("att_body", [])) == 1 else f"附件{i}"
        out += ["", "", lab, "", "　　　　" + atitle, ""]
        _txt_blocks(ablocks, out)
    if d.get("cc") or d.get("printed") or (d.get("mark") and d.get("mark_pos") == "banji"):
        out += ["", ""]
        if d.get("mark") and d.get("mark_pos") == "banji":
            out.append(d["mark"])
        out.append("─" * 30)
        if d.get("cc"):
            out.append(d["cc"])
            out.append("─" * 30)
        if d.get("printed"):
            out.append(d["printed"])
            out.append("─" * 30)
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def body_chars(d):
    n = 0
    def walk(blocks):
        nonlocal n
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "table":
                n += sum(len(str(c)) for r in b[1] for c in r)
            elif isinstance(b, tuple):
                n += len(b[1])
            else:
                n += len(b)
    walk(d["body"])
    for _, ab in d.get("att_body", []):
        walk(ab)
    return n


DOCS = []


def add(**kw):
    DOCS.append(kw)

# =====================================================================================
# Case A — unmarked secret / work-secret content (SECRET_CONTENT)
# =====================================================================================
CC_CITIES = "渠阳市、枫岭市、梧塘市、砚溪市、桐浦市、雁屿市人力资源和社会保障局"
PRINT_TING = "嵩原省人力资源和社会保障厅办公室"

add(id="S01", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕57号",
    title="关于做好2025年度全省技工院校教师系列高级职称评审答辩工作的通知",
    to="各市人力资源和社会保障局，省属各技工院校：",
    body=[
        "2025年度全省技工院校教师系列高级职称申报材料已完成资格审查，共有214名申报人进入答辩环节。为保证答辩工作有序开展，现将有关事项通知如下。",
        "一、答辩时间和地点",
        "答辩定于2025年11月22日至23日在省技师学院（渠阳市经开区学府路88号）进行，每日上午8:30开始候考，申报人须携带本人身份证件和答辩通知单按时报到，迟到30分钟以上的视为自动放弃。",
        "二、答辩方式",
        "答辩采取现场抽题、限时陈述、专家追问的方式，每人陈述不超过8分钟，专家提问不超过12分钟。答辩小组按专业分组，每组不少于5名评委，评委对每位申报人独立打分，去掉一个最高分和一个最低分后取平均值。",
        "三、答辩题目及评分要点",
        "为便于各院校做好组织衔接，现将本次答辩所用题目及评委评分把握要点一并下发（见附件）。各申报人在答辩当日从所属专业组题目中随机抽取1题作答。各院校要按附件内容组织申报人做好准备，确保答辩质量。",
        "四、工作要求",
        "各市人社局和省属院校要指定专人负责本单位申报人的通知、报到和现场服务工作，并于11月14日前将联络员名单报省职称评审服务中心。答辩期间，申报人不得携带任何通讯工具进入候考室，违者取消当年度评审资格。",
    ],
    att=["2025年度技工院校教师系列高级职称答辩题目及评分要点"],
    att_body=[("2025年度技工院校教师系列高级职称答辩题目及评分要点", [
        "（一）机电一体化专业组",
        "第1题：结合你所承担的一体化课程，说明如何将企业典型工作任务转化为学习任务。评分要点：能说清工作任务分析的步骤（3分）；能举出本人课程中的具体转化实例（4分）；能说明学习任务与评价标准的对应关系（3分）。",
        "第2题：PLC控制的自动分拣线出现误分拣，你会如何引导学生排查？评分要点：先查传感器信号再查程序逻辑的排查顺序（4分）；安全操作要求（2分）；对学生自主排查的引导方法（4分）。",
        "（二）汽车维修专业组",
        "第1题：新能源汽车高压系统绝缘故障的教学组织。评分要点：高压断电流程表述完整（4分）；绝缘检测仪使用要领（3分）；实训风险防控措施（3分）。",
        "第2题：谈谈你对世赛标准转化为日常教学标准的认识。评分要点：准确理解世赛评分体系（3分）；转化路径清楚（4分）；有本人实践成效（3分）。",
        "（三）评委把握尺度",
        "每题满分10分，总分按换算后满分100分计。陈述未涉及本人实际工作的，单项不超过6分；答辩总分低于60分的，评审委员会不再进入投票环节。",
    ])],
    sign=TING, date="2025年10月30日", mark="（此件公开发布）",
    cc="抄送：省职称评审服务中心，省技师学院。", printed=f"{PRINT_TING}　　　　　　2025年10月30日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="附件列出11月22日答辩的题目与评分要点，文件10月30日成文、标注此件公开发布；职称评审答辩题目及评分标准在使用前属保密范围，应报审"))

add(id="S02", fmt="txt", case="secret", org=TING, head="letter", docno="嵩人社函〔2025〕233号",
    title="关于企业人力资源管理师等级认定考务准备有关事项的函",
    to="枫岭市人力资源和社会保障局：",
    body=[
        "你局《关于承接2025年第四季度企业人力资源管理师职业技能等级认定考试的函》收悉。经研究，同意你市作为本季度三级、二级认定的集中考点，现就考务准备函复如下。",
        "一、本期认定考试定于11月16日（星期日）举行，上午9:00至10:30为理论知识考试，下午14:00至16:30为专业能力考核。你局须在11月10日前完成考场布置和视频监控调试，考场按每场30人编排。",
        "二、试卷已由省职业技能鉴定指导中心统一印制完毕，共两套。甲套为11月16日当场使用，乙套留作应急替换，两套均于考前一日由中心派员押送至你局，随后存放于你局指定的保管室。",
        "三、为方便你局安排阅卷力量，现将本期专业能力考核的结构告知：全卷由三道案例分析题组成，分别考查“劳动合同到期不续签的经济补偿计算”“新设研发部门的薪酬宽带设计”以及“集团并购后员工安置方案”三项内容，三题分值依次为30分、40分、30分；理论知识部分中，招聘与配置模块占18%，培训与开发占16%，绩效管理占22%，薪酬管理占20%，劳动关系占14%，基础知识占10%。请据此提前遴选熟悉相关模块的阅卷人员。",
        "四、考试结束后，答题卡与试卷须当场清点、分袋密封，于当日18:00前交回中心。",
        "专此函复。",
    ],
    sign=TING, date="2025年10月21日", mark="（此件依申请公开）",
    truth=dict(attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第二、三项：11月16日考试前披露正式卷/备用卷安排、专业能力卷三道案例题的具体考查内容与分值、理论卷各模块比重（相当于命题细目表），属启用前考试秘密"))

add(id="S03", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕49号",
    title="关于开展2025年最低工资标准执行情况评估的通知",
    to="各市人力资源和社会保障局：",
    body=[
        "按照《最低工资规定》关于最低工资标准每两至三年至少调整一次的要求，我省现行标准自2023年10月1日起执行已满两年。为摸清标准执行效果，厅决定在全省开展一次评估，请各市按以下要求抓好落实。",
        "一、评估内容",
        "重点了解本地区最低工资标准与当地城镇居民人均消费支出、职工平均工资、就业状况的对应关系，摸清住宿餐饮、批发零售、家政服务、纺织服装等行业按最低工资标准支付工资的职工规模，分析标准执行对中小微企业用工成本的影响。",
        "二、评估方式",
        "各市抽取不少于40户企业开展问卷调查，每市至少召开一次由工会、企业代表组织参加的座谈会，有条件的地区可委托高校或研究机构开展专题测算。",
        "三、测算口径",
        "厅里已会同省总工会、省企业联合会形成了初步方向：一类地区月最低工资标准由现行2,100元提高到2,280元，二类地区由1,980元提高到2,150元，三类地区由1,860元提高到2,010元，小时最低工资标准同步按约8.5%的幅度上调，拟于2026年3月1日起执行。请各市以上述数额为基础，测算本地受影响职工人数和企业新增人工成本，并预判可能出现的用工波动。",
        "四、报送要求",
        "请于12月5日前将评估报告（不超过5000字）和附表报送厅劳动关系处，电子版同时发送至ldgxc@hr.songyuan.gov.cn。",
    ],
    sign=TING, date="2025年11月3日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省总工会，省企业联合会/企业家协会，省工商业联合会。", printed=f"{PRINT_TING}　　　　　　2025年11月3日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项披露尚未报省政府批准的最低工资调整方案（各类地区拟调数额、执行日期），文件却标主动公开；未公布的调整方案属工作秘密，需报审"))

add(id="S04", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕61号",
    title="关于做好2026年省属国有企业工资总额预算编报工作的通知",
    to="省国资委，各省属国有企业：",
    body=[
        "为落实国有企业工资决定机制改革要求，推动工资总额与经济效益同向联动，现就2026年度省属国有企业工资总额预算编报工作通知如下。",
        "一、编报范围。纳入省国资委履行出资人职责的一级企业及其所属全部子企业，实行工资总额备案制管理的企业按备案程序报送，实行核准制的企业按核准程序报送。",
        "二、编报原则。坚持效益决定、效率优先，工资总额增长原则上不超过同期利润总额增幅；经济效益下降的，工资总额原则上相应下降。对承担重大专项任务、引进急需紧缺人才的企业，可在清算时单列。",
        "三、预核结果。根据各企业报送的2025年经营预计数，厅会同省国资委已对部分企业2026年工资总额增幅作了预先测算，结果暂未与企业沟通，列示如下，供编报时对照把握：",
        ("table", [["企业", "2025年工资总额（亿元）", "2026年拟核增幅", "备注"],
                   ["嵩原交通投资集团", "18.42", "4.5%", "利润增幅6.1%"],
                   ["嵩原能源集团", "26.07", "2.0%", "利润下降，按下限控制"],
                   ["嵩原文旅发展集团", "5.13", "0%", "连续两年亏损"],
                   ["嵩原建工集团", "21.88", "3.2%", "含新增劳务派遣转正"],
                   ["嵩原农业发展集团", "3.96", "5.0%", "承担保供任务可单列"]]),
        "四、时间安排。各企业于2026年1月20日前将预算方案报省国资委，省国资委汇总审核后于2月底前报厅备案。",
        "五、其他事项。执行中如遇重大资产重组等情况需调整预算的，应按程序重新报送。",
    ],
    sign=TING + "\n嵩原省人民政府国有资产监督管理委员会", date="2025年11月12日", mark="（此件公开发布）",
    cc="抄送：省财政厅，省审计厅。", printed=f"{PRINT_TING}　　　　　　2025年11月12日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项表格列出各省属企业尚未沟通、尚未核定的2026年工资总额拟核增幅，属未公开的预核数据，标注公开发布，应报审"))

add(id="S05", fmt="docx", case="secret", org="嵩原省根治拖欠农民工工资工作领导小组办公室", flag="嵩原省根治拖欠农民工工资工作领导小组办公室文件",
    docno="嵩治欠办〔2025〕18号",
    title="关于开展2025—2026年度根治欠薪冬季专项行动的通知",
    to="各市根治拖欠农民工工资工作领导小组，省领导小组各成员单位：",
    body=[
        "岁末年初是欠薪问题易发多发期。为确保农民工按时足额拿到工资，省领导小组决定自2025年11月15日至2026年春节前，在全省部署开展根治欠薪冬季专项行动。",
        "一、聚焦重点领域。以工程建设领域为重中之重，兼顾加工制造、住宿餐饮、快递外卖等劳动密集型行业，全面排查在建工程项目农民工工资专用账户、实名制管理、总包代发、工资保证金、维权信息公示等制度落实情况。",
        "二、压实属地责任。各市要对辖区在建项目逐一建立台账，对排查发现的欠薪隐患实行“一案一专班”，做到案结事了。对恶意欠薪、涉嫌犯罪的，及时移送公安机关。",
        "三、实施省级督导。省领导小组办公室将组成4个督导组分赴各市。其中，第二督导组将于12月9日至11日直接进驻渠阳市，不提前打招呼、不要求地方陪同，按以下顺序依次抽查：9日上午渠阳高铁新城片区安置房二期（总包嵩原城建工程有限公司），9日下午新港物流园冷链仓储项目，10日全天河东片区中学扩建工程，11日上午对前两日发现问题的项目开展回头看。请渠阳市对此安排保持原状，不得提前组织整改。",
        "四、畅通维权渠道。各地要确保12333、根治欠薪线索反映平台等渠道24小时畅通，对群众反映的线索做到当日转办、限期办结。",
        "五、强化信息报送。专项行动期间实行周报制度，各市于每周五下午4时前报送进展情况，重大突发事件随时报告。",
    ],
    sign="嵩原省根治拖欠农民工工资工作领导小组办公室\n（嵩原省人力资源和社会保障厅代章）", date="2025年11月10日",
    mark="公开方式：主动公开", mark_pos="banji",
    printed="嵩原省根治拖欠农民工工资工作领导小组办公室　　　2025年11月10日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项写明12月9—11日对渠阳市具体项目的不打招呼抽查日程和顺序，属不得提前告知的检查计划，文件却主动公开"))

add(id="S06", fmt="txt", case="secret", org="渠阳市人力资源和社会保障局", docno="渠人社发〔2025〕96号",
    title="关于嵩原瑞丰劳务有限公司拖欠农民工工资问题查处情况的通报",
    to="各县（区）人力资源和社会保障局，市劳动保障监察支队：",
    body=[
        "2025年10月，我局查处了嵩原瑞丰劳务有限公司在渠阳经开区标准化厂房三期项目拖欠农民工工资问题。现将有关情况通报如下。",
        "一、基本情况",
        "嵩原瑞丰劳务有限公司承接该项目主体结构劳务分包，2025年5月至9月累计拖欠47名农民工工资共计138.6万元。本案线索来源于该项目钢筋班组工人覃立新10月8日向12333的电话反映，覃某同时提供了其手机记录的班组考勤表。覃某现仍在该项目从事收尾工作，其所在班组其余工人尚不知晓是谁反映了情况。",
        "二、查处经过",
        "我局接件后于10月9日进场调查，调取了项目实名制考勤、工资专用账户流水和分包合同。经查，总包单位已按月足额拨付人工费，劳务公司将其中112万元挪作他用。10月14日我局向该公司下达《劳动保障监察责令改正决定书》，限期5日内支付。逾期未支付后，10月21日依法将案件移送市公安局经开区分局，目前该公司法定代表人已被立案侦查。",
        "三、处置结果",
        "在总包单位先行垫付和我局督办下，47名农民工被拖欠的工资已于10月28日全部支付到位。",
        "四、有关要求",
        "各地要以此为鉴，加强对劳务分包企业的日常监管，重点核查人工费拨付后的流向，对挪用工资款的行为依法从严查处。",
    ],
    sign="渠阳市人力资源和社会保障局", date="2025年11月5日", mark="（此件公开发布）",
    cc="抄送：市住房和城乡建设局，市公安局。", printed="渠阳市人力资源和社会保障局办公室　　　2025年11月5日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第一部分点名反映线索的工人覃立新及其仍在工地务工、班组不知情等情况，举报人身份应予保护，公开通报不得出现"))

add(id="S07", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕52号",
    title="关于组织开展2025年度民办职业培训学校办学质量评估的通知",
    to="各市人力资源和社会保障局：",
    body=[
        "为规范民办职业培训学校办学行为，提高培训质量，根据《嵩原省民办职业培训学校管理办法》，厅决定对全省取得办学许可满两年的民办职业培训学校开展办学质量评估。",
        "一、评估对象。全省共有132所学校纳入本次评估范围，名单由各市人社局核实后于11月10日前报厅。",
        "二、评估程序。学校自评、市级初评、省级复评三个阶段依次进行。省级复评采取材料审查与实地核验相结合的方式，对市级初评拟定为“优秀”和“不合格”的学校全部实地核验。",
        "三、复评专家。省级复评定于12月1日至5日集中进行。经厅研究，复评专家组由下列人员组成：组长为嵩原职业技术大学教务处处长郑婉秋；成员为省技师学院高级讲师罗立恒、渠阳市职业技能鉴定所原所长邱春生、嵩原财经学院副教授方晓岚、枫岭市新航线职业培训学校校长助理何骏（回避本校）、省会计学会理事汪小棠。各市在初评阶段如需专家指导，可直接与上述人员联系预约。",
        "四、评估结果运用。评估结果分为优秀、合格、基本合格、不合格四个等次，作为办学许可延续、政府补贴性培训定点资格认定的重要依据。对评估不合格的学校，责令限期整改，整改期间暂停招生。",
        "五、工作纪律。各级评估人员要严格执行回避制度，不得接受被评估学校的宴请和礼品。",
    ],
    sign=TING, date="2025年10月27日", mark="（此件公开发布）",
    cc="抄送：省教育厅，省民政厅。", printed=f"{PRINT_TING}　　　　　　2025年10月27日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项在12月1—5日复评前公开复评专家组全部成员姓名单位，并请各市直接联系，评审专家名单在评审前应保密"))

add(id="S08", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕64号",
    title="关于做好2025年度享受省政府特殊津贴人选推荐后续工作的通知",
    to="各市人力资源和社会保障局，省直有关单位人事处：",
    body=[
        "2025年度享受省政府特殊津贴人选评审工作已于11月18日结束。省政府特殊津贴评审委员会共21名委员到会，按照专业分组评议、全体会议投票的程序，产生了拟推荐人选。为做好下一步工作，现就有关事项通知如下。",
        "一、投票情况",
        "按照得票超过到会委员三分之二方可列为拟推荐人选的规则，全体会议投票结果如下：",
        ("table", [["序号", "姓名", "工作单位", "专业方向", "得票"],
                   ["1", "钟启明", "嵩原建工集团", "高性能混凝土", "20"],
                   ["2", "薛雨桐", "省技师学院", "数控技术教学", "19"],
                   ["3", "龚文涛", "枫岭市农科所", "茶树育种", "17"],
                   ["4", "莫绮华", "嵩原第二人民医院", "小儿心外科", "16"],
                   ["5", "邓广平", "梧塘市高级技工学校", "焊接工艺", "14"],
                   ["6", "付春莺", "嵩原大学", "材料物理", "13（未过票）"]]),
        "二、后续安排",
        "请拟推荐人选所在单位于12月3日前补充提交近三年考核结果和廉洁从业情况证明，由所在市人社局或省直主管部门审核盖章后报厅专业技术人员管理处。拟推荐人选名单经厅党组审定后，统一在省人社厅门户网站公示5个工作日。",
        "三、有关要求",
        "各单位要严格审核材料真实性，凡发现弄虚作假的，一律取消推荐资格，并追究有关人员责任。",
    ],
    sign=TING, date="2025年11月21日", mark="公开方式：主动公开", mark_pos="banji",
    printed=f"{PRINT_TING}　　　　　　2025年11月21日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第一部分表格列出特殊津贴拟推荐人选及评审委员会得票数（含未过票者），厅党组审定和公示之前不得公开"))

add(id="S09", fmt="txt", case="secret", org="嵩原省人才工作领导小组办公室", flag="嵩原省人才工作领导小组办公室",
    head="letter", docno="嵩人才办〔2025〕27号",
    title="关于“嵩才通”人才引进补贴申报平台上线运行的通知",
    to="各市人才工作领导小组办公室、人力资源和社会保障局，省直有关单位：",
    body=[
        "为方便用人单位和各类人才线上办理引进补贴申报，“嵩才通”人才引进补贴申报平台（网址：rc.songyuan.gov.cn）将于2025年11月1日起正式上线运行，原各市自建的申报渠道同步停止受理。现将有关事项通知如下。",
        "一、平台功能。平台设单位注册、人才认定、补贴申报、进度查询、资金到账提醒五个模块，与省市场监管、社保、税务数据实时比对，申报人无需再提交营业执照、社保缴费证明等纸质材料。",
        "二、账号管理。各市经办机构使用省里统一分配的管理账号登录后台，各单位管理员须在上线后10日内完成账号激活和人员授权。",
        "三、已知问题和过渡安排。上线前第三方测评发现平台存在几处尚未处理完的问题：后台管理员初始口令统一为“单位代码+年份”，首次登录未强制改密；补贴申报附件上传接口未限制文件类型和大小；进度查询页面通过修改地址栏中的申报编号可以看到其他单位的申报记录。开发方计划12月20日前完成修复，在此之前请各市经办人员不要在公共网络环境下登录后台。",
        "四、咨询服务。平台运行期间，技术问题请咨询省人才服务中心（电话：0731-82196612），政策问题请咨询所在市人社局人才开发科。",
    ],
    sign="嵩原省人才工作领导小组办公室", date="2025年10月24日", mark="公开方式：主动公开", mark_pos="banji",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项详细描述平台未修复的安全缺陷（默认口令规则、上传接口无校验、越权查询方法），信息系统漏洞不得公开"))

add(id="S10", fmt="docx", case="secret", org=TING, docno="嵩人社明电〔2025〕9号", flag="嵩原省人力资源和社会保障厅明传电报",
    title="关于提前做好机关事业单位工作人员基本工资标准调整准备工作的通知",
    to="各市人力资源和社会保障局，省直各部门人事处：",
    body=[
        "据了解，国家层面调整机关事业单位工作人员基本工资标准的方案正在履行审批程序。为确保相关文件下发后能尽快兑现到人，请各地各部门提前做好准备。",
        "一、基本情况。从目前掌握的情况看，本次调整拟同步提高职务职级工资和级别工资标准，公务员人均月增资约410元，事业单位工作人员参照执行，人均月增资约385元，同时相应增加离退休人员离退休费，退休人员人均月增加约300元，拟从2025年10月1日起执行。上述数字为测算口径，以正式文件为准。",
        "二、做好数据核对。各地要在12月15日前完成在职和离退休人员工资数据库的清理核对，重点核查职务职级、级别、工资档次等基础信息，确保数据准确完整。",
        "三、测算资金需求。请各市按上述人均增资额，分财政供养渠道测算本地区增资所需资金，于12月20日前将测算表报厅工资福利处，同时抄送同级财政部门。",
        "四、做好政策准备。各地要组织工资经办人员熟悉历次调资政策，提前做好工资系统参数设置准备。",
    ],
    sign=TING, date="2025年11月28日", mark="（此件公开发布）",
    printed=f"{PRINT_TING}　　　　　　2025年11月28日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第一项披露尚在审批中的调资方案：公务员、事业人员、退休人员人均增资数和执行时间，未公布的工资调整方案不得公开"))

add(id="S11", fmt="docx", case="secret", org=TING, docno="嵩人社函〔2025〕251号", head="letter",
    title="关于2026年企业工资指导线编制工作有关事项的函",
    to="各市人力资源和社会保障局：",
    body=[
        "按照年度工作安排，厅正在编制2026年全省企业工资指导线。为使指导线更好反映各地实际，现就有关事项函告如下。",
        "一、省级指导线初步方向。综合2025年全省生产总值增长、城镇居民消费价格、劳动生产率和就业形势，经与省统计局、省发展改革委初步会商，拟将2026年企业货币工资增长基准线定为6.0%，上线定为9.0%，下线定为2.5%，上述数值将提交省政府常务会议审议，审议前可能还有调整。",
        "二、请各市提供的材料。请根据上述初步方向，结合本地经济运行情况提出市级指导线建议值，并说明理由；同时提供本地区重点行业2025年工资增长情况及2026年企业用工需求预测。",
        "三、其他事项。各市可根据需要召开企业座谈会听取意见，但在座谈中应以征求企业工资增长预期为主。",
        "四、报送时间。请于12月10日前将材料报厅劳动关系处。联系人：谭力；电话：0731-82196705。",
        "特此函告。",
    ],
    sign=TING, date="2025年11月19日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第一项给出尚待省政府常务会审议的2026年工资指导线基准线、上线、下线拟定数值，发布前属工作秘密"))

add(id="S12", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕66号",
    title="关于前三季度全省就业和工资收入形势的通报",
    to="各市人力资源和社会保障局：",
    body=[
        "今年以来，各地认真落实就业优先政策，全省就业形势总体稳定，劳动者工资收入稳步增长。现将前三季度有关情况通报如下。",
        "一、就业形势稳中有进。1—9月，全省城镇新增就业48.6万人，完成年度目标的93.5%；城镇调查失业率平均为5.1%；失业人员再就业11.2万人，就业困难人员实现就业3.4万人。",
        "二、工资收入平稳增长。据省统计局提供的快报数据，2025年前三季度全省城镇非私营单位在岗职工平均工资为72,416元，同比增长5.8%；城镇私营单位就业人员平均工资为43,905元，同比增长3.9%。以上数据为统计部门年度数据发布前的快报口径，供各地研判形势时参考。其中，渠阳市非私营单位在岗职工平均工资为81,220元，居全省首位，雁屿市为58,734元，居全省末位。",
        "三、农民工工资支付总体平稳。前三季度全省各级人社部门共受理欠薪线索3,812件，同比下降16.4%。",
        "四、存在的主要问题。部分行业用工需求偏弱，青年群体就业压力较大；部分地区工资支付保障制度落实不到位。",
        "五、下一步工作要求。各地要紧盯年度目标，抓好四季度就业工作，确保各项任务圆满完成。",
    ],
    sign=TING, date="2025年10月29日", mark="（此件公开发布）",
    cc="抄送：省统计局。", printed=f"{PRINT_TING}　　　　　　2025年10月29日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第二项引用统计部门尚未发布的平均工资快报数及分市数据，正式发布前不得公开"))

add(id="S13", fmt="docx", case="secret", org=TING, docno="嵩人社发〔2025〕55号",
    title="关于2025年全省人社系统公开遴选工作人员面试有关事项的通知",
    to="各市人力资源和社会保障局，厅机关各处室、厅属各单位：",
    body=[
        "2025年全省人社系统公开遴选工作人员笔试成绩已于10月25日公布。根据遴选公告，现将面试有关事项通知如下。",
        "一、面试时间和地点。面试于2025年11月15日在省人事考试中心（渠阳市文汇路16号）举行，上午8:00开始抽签。",
        "二、面试方式。采用结构化面试，每名考生答题时间不超过15分钟，满分100分。面试考官小组由7名考官组成。",
        "三、面试试题。本次面试共设3道题，请各单位据此组织考生做好准备：",
        "第1题：某市人社局推出“免申即享”的稳岗返还政策后，仍有企业反映不知道钱是怎么来的，如果由你负责改进政策宣传，你会怎么做？（要点：精准推送、明白纸、企业回访，30分）",
        "第2题：你在窗口受理农民工欠薪投诉时，对方情绪激动，并在大厅直播，你如何处理？（要点：情绪安抚、依法受理、舆情意识、后续跟踪，35分）",
        "第3题：谈谈你对“人社服务快办行动”的理解，并结合你的岗位谈打算。（要点：理解深度、结合实际、措施可行，35分）",
        "四、纪律要求。考生须按规定时间报到，不得携带电子设备进入候考室。",
    ],
    sign=TING, date="2025年11月4日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省委组织部公务员二处。", printed=f"{PRINT_TING}　　　　　　2025年11月4日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项在11月15日面试前列出全部面试题和分值要点，面试题在使用前属保密内容"))

add(id="S14", fmt="txt", case="secret", org=TING, docno="嵩人社发〔2025〕59号",
    title="关于开展技工院校专项补助资金使用情况核查的通知",
    to="各市人力资源和社会保障局，省属各技工院校：",
    body=[
        "2023年至2025年，省级财政共安排技工院校专项补助资金5.6亿元，用于实训基地建设、一体化课程改革和贫困家庭学生资助。为确保资金安全、规范、有效使用，厅决定组织开展专项核查。",
        "一、核查范围。2023年以来获得省级专项补助资金的公办和民办技工院校。",
        "二、核查内容。资金到位和拨付是否及时，是否专款专用，项目建设是否按计划推进，实训设备采购是否履行政府采购程序，学生资助是否存在虚报冒领。",
        "三、核查安排。各院校于11月20日前完成自查。厅核查组将于11月24日起实地核查，名单已确定为：梧塘市高级技工学校、雁屿市华程技工学校（民办）、枫岭市技师学院、砚溪工贸技工学校（民办）、渠阳交通技工学校五所学校。核查组抵达当天，由所在市人社局在进点前半小时电话通知学校，届时学校财务负责人须在场，账簿凭证当场调取封存。",
        "四、工作要求。各市人社局要督促辖区院校如实自查，发现问题立行立改。对核查发现的截留挪用、虚报冒领行为，将追回资金并依法依规追究责任。",
    ],
    sign=TING, date="2025年11月6日", mark="（此件公开发布）",
    cc="抄送：省财政厅。", printed=f"{PRINT_TING}　　　　　　2025年11月6日印发",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第三项公布实地核查的五所学校名单、进点日期和进点前半小时才通知的做法，突击核查计划事前不得公开"))

add(id="S15", fmt="docx", case="secret", org=TING, docno="嵩人社函〔2025〕244号", head="letter",
    title="关于开展2026年城乡居民基础养老金提标资金测算的函",
    to="各市人力资源和社会保障局：",
    body=[
        "为做好2026年城乡居民基本养老保险基础养老金调整准备工作，请各市抓紧开展资金测算。现将有关事项函告如下。",
        "一、测算依据。经厅与省财政厅多轮商议，目前倾向于将全省城乡居民基础养老金最低标准由每人每月183元提高至198元，其中中央调整部分按国家规定执行，省级另行增加5元；对65岁以上参保人员，再按年龄段加发5至15元。上述方案尚需报省政府研究确定。",
        "二、测算内容。请按上述标准测算本市2026年全年需增加的基础养老金支出总额，区分中央、省、市、县各级财政分担数额，并分析对本地财政的影响。",
        "三、测算要求。测算以2025年9月底领取待遇人数为基数，适当考虑自然增长因素。各市测算结果报送厅养老保险处，同时附测算说明。",
        "四、时间要求。请于12月8日前报送。",
        "特此函告。",
    ],
    sign=TING, date="2025年11月17日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="第一项披露尚待省政府研究的城乡居民基础养老金提标方案（198元、省级加发数、高龄加发），调整方案未公布前不得公开"))

add(id="S16", fmt="txt", case="secret", org="嵩原省职称评审服务中心", head="letter", flag="嵩原省职称评审服务中心",
    docno="嵩职评〔2025〕31号",
    title="关于做好技工院校教师中级职称专业知识考试成绩复核准备工作的通知",
    to="各市职称工作机构，省属各技工院校人事部门：",
    body=[
        "2025年技工院校教师（中级）专业知识考试阅卷工作已经结束。根据工作安排，考试成绩将于12月10日通过省人事考试网统一发布，发布后5个工作日内受理成绩复核申请。为做好复核准备，现将阅卷汇总情况告知各地。",
        "本次考试全省实际参考1,862人，按合格线60分计算，共有693人合格，合格率37.2%，较上年下降4.6个百分点。各市情况为：渠阳市参考512人、合格221人；枫岭市参考338人、合格119人；梧塘市参考301人、合格96人；砚溪市参考246人、合格88人；桐浦市参考259人、合格97人；雁屿市参考206人、合格72人。单科最高分为94分，出自渠阳市。",
        "请各地根据上述情况，预估本地复核申请数量，提前安排工作人员。复核仅限于核查漏评、分数累加和登分错误，不重新评阅。",
        "成绩复核申请表样式将随成绩发布一并公布。有关事宜请与中心考务科联系，电话0731-82196630。",
    ],
    sign="嵩原省职称评审服务中心", date="2025年11月26日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
               note="正文第二段在12月10日成绩发布前给出参考人数、合格人数、合格率、分市数据和最高分，考试成绩及统计分析未公布前属秘密事项"))

# =====================================================================================
# Case B — 主动公开 documents carrying an internal passage (MIXED_CONTENT)
# =====================================================================================
add(id="M01", fmt="docx", case="mixed", org=TING, docno="嵩人社发〔2025〕12号",
    title="关于发布2025年全省企业工资指导线的通知",
    to="各市人力资源和社会保障局，各有关企业：",
    body=[
        "经省人民政府同意，现将2025年全省企业工资指导线发布如下。",
        "一、指导线水平。2025年全省企业货币工资增长基准线为6.0%，上线为9.5%，下线为3.0%。",
        "二、适用范围。指导线适用于全省各类企业。生产经营正常、经济效益增长的企业，可参照基准线安排工资增长；经济效益增长较快的企业，可在基准线和上线之间安排；经济效益下降或亏损的企业，工资增长可低于下线或零增长，但支付给提供正常劳动职工的工资不得低于当地最低工资标准。",
        "三、工作要求。各地要结合实际发布本地区工资指导线，引导企业与职工开展工资集体协商，合理确定工资水平。要加强对企业工资分配的宏观指导，重点向一线职工、技能人才倾斜。",
        "四、有关说明（供各市人社局掌握）。对国有及国有控股企业，市级在执行中一律按不超过7.0%的实际上限把握，不向企业解释7.0%的来由；对上年度出现过群体性讨薪事件的民营企业，各地在集体协商指导中可暗示其按基准线以上安排，但不形成文字材料。本条在各市转发时请删除。",
        "五、本通知自发布之日起执行。",
    ],
    sign=TING, date="2025年4月18日", mark="（此件公开发布）",
    cc="抄送：省总工会，省企业联合会/企业家协会，省工商业联合会。", printed=f"{PRINT_TING}　　　　　　2025年4月18日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="第四条是只供各市人社局掌握的内部把握口径（国企实际上限7%、不形成文字），夹带在主动公开的指导线通知里，应删去后再公开"))

add(id="M02", fmt="docx", case="mixed", org="渠阳市人力资源和社会保障局", head="none", docno="",
    title="渠阳市工程建设领域农民工工资保证金存储办事指南",
    body=[
        "一、事项名称：农民工工资保证金存储、差异化存储及退还。",
        "二、设定依据：《保障农民工工资支付条例》《工程建设领域农民工工资保证金规定》。",
        "三、适用对象：在本市行政区域内新开工的房屋建筑和市政、交通、水利等工程建设项目的施工总承包单位。",
        "四、存储标准：保证金按工程施工合同额的1%存储，单个工程合同额超过3亿元的，按3亿元计算；施工总承包单位在本市承建工程连续2年未发生工资拖欠的，其新增工程应降低存储比例，降幅不低于50%；连续3年未发生工资拖欠且按要求落实用工实名制管理和农民工工资专用账户制度的，其新增工程可免于存储保证金。",
        "五、存储方式：现金存储，或以银行类金融机构出具的银行保函替代。",
        "六、申请材料：（一）《工资保证金存储申请表》；（二）施工合同复印件；（三）营业执照复印件；（四）使用银行保函的，提供保函原件。",
        "七、办理流程：申请—受理—审核—出具存储通知书—企业存储或提交保函—办结。",
        "八、办理时限：即办件。",
        "九、窗口掌握事项（不对外）：对在市里纳税前二十名的施工企业，即便有一次轻微欠薪记录，窗口也按“连续2年未欠薪”办理降比存储，不必请示；对外地进渠企业，一律先按1%足额收取，不主动告知差异化政策，企业主动提出的再予办理。",
        "十、办理地点：渠阳市民服务中心三楼人社综合窗口，咨询电话：0731-86213333。",
    ],
    sign="渠阳市人力资源和社会保障局", date="2025年6月30日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="第九项“窗口掌握事项（不对外）”是内部经办掌握尺度，夹在主动公开的办事指南中"))

add(id="M03", fmt="txt", case="mixed", org=TING, docno="嵩人社发〔2025〕68号",
    title="关于做好2026年元旦春节期间农民工工资支付保障工作的通知",
    to="各市人力资源和社会保障局：",
    body=[
        "2026年元旦、春节临近，农民工工资支付进入集中期。为确保农民工按时足额拿到工资、高高兴兴回家过年，现就有关工作通知如下。",
        "一、全面开展排查。各地要对在建工程项目和劳动密集型企业开展一次拉网式排查，对排查出的欠薪隐患建立台账，逐一明确化解时限和责任人。",
        "二、快速处置案件。对欠薪线索一律实行“接诉即办”，对涉及人数多、金额大的案件，由市级领导包案督办。需要动用应急周转金的，简化审批流程，做到先行垫付。",
        "三、加强舆论引导。各地要主动发布工作进展和典型案例，及时回应社会关切。",
        "附：宣传口径（仅限各地新闻发言人和12333话务人员使用）",
        "1.如被问及渠阳高铁新城安置房项目欠薪聚集事件，统一答复：“有关部门已介入，正在依法依规处理，农民工合法权益将得到保障。”不说明涉事企业名称，不回答涉及金额的追问。",
        "2.如被问及全省年内欠薪案件总数，只讲同比下降，不讲具体件数。",
        "3.如有媒体提出现场采访，一律先报厅办公室，不得直接接待。",
    ],
    sign=TING, date="2025年12月2日", mark="（此件公开发布）",
    cc="抄送：省根治欠薪领导小组各成员单位。", printed=f"{PRINT_TING}　　　　　　2025年12月2日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="正文后附“宣传口径（仅限新闻发言人和话务人员使用）”，属内部答问口径，不应随主动公开文件发布"))

add(id="M04", fmt="docx", case="mixed", org=TING, docno="嵩人社发〔2025〕37号",
    title="关于做好2025年全省技工院校招生工作的通知",
    to="各市人力资源和社会保障局，各技工院校：",
    body=[
        "2025年全省技工院校计划招生9.8万人，其中高级工班、预备技师（技师）班2.1万人。为规范招生行为，保障考生和家长合法权益，现就有关事项通知如下。",
        "一、招生对象。初中毕业生、高中毕业生及同等学力人员，以及有意愿参加技能培训的企业职工、退役军人、农民工等。",
        "二、招生方式。实行注册入学，各院校通过省技工院校招生信息平台发布招生计划、专业设置和收费标准，考生在平台上注册报名。",
        "三、招生纪律。严禁委托中介机构或个人招生，严禁以“有偿生源”形式买卖生源，严禁虚假宣传、承诺推荐就业。各院校招生简章须报所在市人社局备案。",
        "四、监督举报。社会各界可通过12333热线或省人社厅门户网站“厅长信箱”反映招生违规问题。",
        ("plain", "附：厅招生工作专班成员通讯录（院校转发时请删去本页）"),
        ("table", [["姓名", "处室职务", "办公分机", "集团短号", "值班安排"],
                   ["尹建华", "职业能力建设处副处长", "6215", "661215", "7月1日—7月15日"],
                   ["黎秋实", "职业能力建设处一级主任科员", "6218", "661218", "7月16日—7月31日"],
                   ["左嘉琪", "职业能力建设处四级主任科员", "6219", "661219", "8月1日—8月20日"],
                   ["舒曼青", "省技工教育研究室", "6302", "661302", "8月21日—9月10日"]]),
    ],
    sign=TING, date="2025年6月10日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省教育厅，省公安厅，省市场监督管理局。", printed=f"{PRINT_TING}　　　　　　2025年6月10日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="正文末附厅招生专班工作人员通讯录（分机、集团短号、值班安排）并注明转发时删去，内部联络信息夹在主动公开文件中"))

add(id="M05", fmt="docx", case="mixed", org=TING, docno="嵩人社发〔2025〕29号",
    title="关于开展2025年度高层次人才引进补贴申报工作的通知",
    to="各市人力资源和社会保障局，省直有关单位，各有关企业和科研机构：",
    body=[
        "为深入实施“嵩原英才”计划，吸引各类高层次人才来嵩创新创业，现组织开展2025年度高层次人才引进补贴申报工作。",
        "一、申报对象。2024年1月1日以后全职引进到我省企业、科研院所、新型研发机构工作，与用人单位签订3年以上劳动（聘用）合同，并在我省缴纳社会保险的人才。",
        "二、补贴标准。A类人才给予一次性安家补贴100万元，B类人才50万元，C类人才20万元，D类人才10万元，分三年按40%、30%、30%拨付。",
        "三、申报程序。用人单位通过“嵩才通”平台提交申报材料，所在市人社局初审，省人才服务中心复审，厅审定后公示。",
        "四、初审把握。考虑到今年预算压缩，请各市初审时按申报数的八成左右把握推荐比例，对申报数量明显偏多的市，厅里复审时将再行调减，这一比例不作为政策规定对外解释，如有单位询问，按“综合评审择优确定”答复。",
        "五、材料要求。申报材料须真实有效，对弄虚作假骗取补贴的，追回资金，五年内取消申报资格，并纳入信用记录。",
        "六、时间安排。申报截止时间为2025年6月30日。",
    ],
    sign=TING, date="2025年5月8日", mark="（此件公开发布）",
    cc="抄送：省委人才工作领导小组办公室，省财政厅。", printed=f"{PRINT_TING}　　　　　　2025年5月8日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="第四条是内部初审把握比例（八成）及对外答复口径，属内部掌握事项，混在主动公开的申报通知中"))

add(id="M06", fmt="txt", case="mixed", org=TING, head="none", docno="",
    title="嵩原省人力资源和社会保障厅关于全省最低工资标准的公告",
    body=[
        "根据《最低工资规定》和省人民政府批复，现将我省现行最低工资标准公告如下：",
        "一、月最低工资标准：一类地区2,100元，二类地区1,980元，三类地区1,860元。",
        "二、非全日制用工小时最低工资标准：一类地区21元，二类地区19.5元，三类地区18元。",
        "三、地区类别划分：渠阳市市辖区、枫岭市市辖区为一类地区；梧塘市、砚溪市、桐浦市市辖区及各县级市为二类地区；其余县为三类地区。",
        "四、最低工资标准不包括加班加点工资，中班、夜班、高温、低温、井下、有毒有害等特殊工作环境条件下的津贴，以及法律法规和国家规定的劳动者福利待遇。",
        "五、用人单位支付劳动者的工资低于最低工资标准的，由人力资源社会保障行政部门责令限期补发差额，逾期不补发的，按照应付金额50%以上100%以下的标准加付赔偿金。",
        "特此公告。",
        "附注（内部）：近期群众来电较多询问“为何今年不调整”，12333坐席统一回复“我省正按规定开展评估，评估结束后将依法调整”，不作其他延伸解释，不对个案作出承诺；本附注不随公告在网站转载。",
    ],
    sign=TING, date="2025年9月1日", mark="（此件主动公开）",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="公告末尾“附注（内部）”是12333答复口径并写明不随公告转载，内部内容混入主动公开公告"))

add(id="M07", fmt="docx", case="mixed", org=TING, docno="嵩人社发〔2025〕41号",
    title="关于印发《嵩原省民办职业培训学校办学评估办法》的通知",
    to="各市人力资源和社会保障局：",
    body=[
        "现将《嵩原省民办职业培训学校办学评估办法》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向厅职业能力建设处反映。",
        "在组织评估时，请各市注意以下情况：对近两年有学员集体退费投诉、举办者与学员存在纠纷等信访背景的学校，先由市人社局会同属地街道做好稳控，评估结论可视情推迟作出，推迟期间不在评估结果中体现“不合格”；上述做法仅在评估组内部掌握，不写入评估报告。",
        "《办法》主要内容如下：",
        "一、评估周期。民办职业培训学校每两年评估一次，新设学校取得办学许可满一年后首次评估。",
        "二、评估内容。包括办学条件、师资队伍、教学管理、培训质量、财务管理、安全管理、社会评价七个方面，总分100分。",
        "三、评估等次。85分以上为优秀，70分至84分为合格，60分至69分为基本合格，60分以下为不合格。",
        "四、结果运用。评估结果向社会公布，作为办学许可延续、补贴性培训定点资格的依据。",
        "五、本办法自2025年8月1日起施行。",
    ],
    sign=TING, date="2025年7月15日", mark="（此件公开发布）",
    cc="抄送：省教育厅，省民政厅，省市场监督管理局。", printed=f"{PRINT_TING}　　　　　　2025年7月15日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="正文第二段对有信访背景学校的稳控、推迟评估结论等内部处置做法，写明“仅在评估组内部掌握”，不应出现在主动公开的印发通知中"))

add(id="M08", fmt="docx", case="mixed", org="嵩原省根治拖欠农民工工资工作领导小组办公室", flag="嵩原省根治拖欠农民工工资工作领导小组办公室文件",
    docno="嵩治欠办〔2025〕11号",
    title="关于2025年上半年全省根治欠薪工作情况的通报",
    to="各市根治拖欠农民工工资工作领导小组：",
    body=[
        "上半年，各地各部门认真落实《保障农民工工资支付条例》，全省根治欠薪工作取得积极成效。",
        "一、主要成效。全省共为2.3万名劳动者追讨工资待遇3.1亿元，工程建设领域新开工项目农民工工资专用账户开设率达到99.2%，实名制管理覆盖率达到98.7%。",
        "二、典型做法。渠阳市推行“工资支付监控预警平台”，实现专户资金异常自动预警；枫岭市建立“总包代发+银行直达”机制，工资发放周期缩短至3天。",
        "三、存在问题。部分项目总包代发流于形式，个别地区欠薪线索办结率偏低，少数劳务分包企业仍存在以包代管现象。",
        "四、工作要求。各地要对照问题抓好整改，确保全年欠薪案件数量和涉及金额继续下降。",
        "五、各市考核扣分情况。以下扣分结果不在政府网站登载，请各市领导小组办公室内部传阅：",
        ("table", [["市", "扣分项", "扣分"],
                   ["梧塘市", "重大欠薪事件处置迟缓，引发媒体报道", "-4"],
                   ["雁屿市", "线索办结率低于90%", "-2"],
                   ["砚溪市", "专户开设数据与住建部门不一致", "-1.5"]]),
    ],
    sign="嵩原省根治拖欠农民工工资工作领导小组办公室", date="2025年7月28日", mark="公开方式：主动公开", mark_pos="banji",
    printed="嵩原省根治拖欠农民工工资工作领导小组办公室　　　2025年7月28日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="第五部分考核扣分表注明不在政府网站登载、内部传阅，与“主动公开”标注冲突，属夹带内部内容"))

add(id="M09", fmt="txt", case="mixed", org=TING, docno="嵩人社发〔2025〕33号",
    title="关于进一步加强技工院校经费保障的意见",
    to="各市人力资源和社会保障局、财政局，各技工院校：",
    body=[
        "技工院校是培养高技能人才的主阵地。为建立与办学规模、培养成本和办学质量相适应的经费保障机制，经省人民政府同意，提出如下意见。",
        "一、建立生均拨款制度。各地应按照不低于当地中等职业学校生均拨款标准，落实技工院校生均拨款，逐步建立动态调整机制。",
        "二、加大专项支持力度。省级财政继续安排技工院校专项资金，重点支持一体化课程改革、世赛集训基地和产教融合实训基地建设。",
        "三、落实学生资助政策。技工院校全日制学籍学生按规定享受免学费和国家助学金政策，资助资金纳入同级财政预算。",
        "四、拓宽经费来源。支持技工院校面向社会开展职业培训和技术服务，取得的收入按规定用于学校发展和教职工绩效激励。",
        "五、加强资金监管。各地要定期开展资金使用绩效评价，评价结果与下一年度资金分配挂钩。",
        "起草说明（供厅内及各市人社局把握）：第一条所称“不低于”的实际底线，是厅与省财政厅协商确定的每生每年6,500元，低于此数的市将在专项资金分配中扣减；对外解读时只讲“逐步提高”，不提具体数字，以免形成攀比。",
    ],
    sign=TING + "　嵩原省财政厅", date="2025年5月26日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省教育厅，省发展和改革委员会。", printed=f"{PRINT_TING}　　　　　　2025年5月26日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="正文末“起草说明（供厅内及各市人社局把握）”披露内部协商的生均底线6,500元和对外解读口径，属内部内容混入主动公开意见"))

add(id="M10", fmt="docx", case="mixed", org="枫岭市人力资源和社会保障局", docno="枫人社发〔2025〕44号",
    title="关于人才引进补贴“免申即享”经办有关事项的通知",
    to="各县（市、区）人力资源和社会保障局，市人才服务中心：",
    body=[
        "为落实“人社服务快办行动”，自2025年9月1日起，我市对符合条件的青年人才生活补贴、高校毕业生来枫就业补贴实行“免申即享”。现将经办有关事项通知如下。",
        "一、适用范围。全日制本科及以上学历毕业生，毕业5年内首次在我市就业并缴纳社会保险满6个月的，无需申请，由系统自动比对后发放补贴。",
        "二、补贴标准。博士研究生每月2,000元，硕士研究生每月1,200元，本科生每月600元，最长享受36个月。",
        "三、数据比对。市人才服务中心每月10日从社保、学历认证、市场监管系统抽取数据，比对后生成拟发放名单，经公示无异议后于当月25日前发放。",
        "四、后台复核。对系统标注为“疑似挂靠参保”“关联企业集中参保”的人员，经办人员一律转人工复核，复核期间不通知本人、不出具书面理由，复核时限可自行延长至3个月；复核不通过的，在系统中直接作“不符合条件”处理，不另行告知原因。本条只在经办人员中传达。",
        "五、监督举报。对骗取补贴的，依法追回并纳入失信记录。咨询电话：0736-88129026。",
    ],
    sign="枫岭市人力资源和社会保障局", date="2025年8月22日", mark="（此件公开发布）",
    cc="抄送：市委人才办，市财政局。", printed="枫岭市人力资源和社会保障局办公室　　　2025年8月22日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="第四条为只在经办人员中传达的后台复核尺度（不告知、不出具理由、自行延长时限），内部经办规则混在主动公开通知中"))

add(id="M11", fmt="docx", case="mixed", org=TING, docno="嵩人社函〔2025〕176号", head="letter",
    title="关于同意设立砚溪启航技工学校的批复",
    to="砚溪市人力资源和社会保障局：",
    body=[
        "你局《关于设立砚溪启航技工学校的请示》（砚人社〔2025〕58号）收悉。经组织专家实地评估和厅务会研究，现批复如下。",
        "一、同意设立砚溪启航技工学校，学校性质为民办，举办者为砚溪启航教育科技有限公司，校址位于砚溪市高新区创业大道199号。",
        "二、学校办学层次为中级技工，首批开设数控加工、电子商务、汽车维修、幼儿教育4个专业，全日制在校生规模控制在1,200人以内。",
        "三、请你局督促学校按照《技工学校设置标准》完善办学条件，加强师资队伍建设，规范招生行为，确保办学质量。学校须在每年12月底前向你局报送年度办学情况。",
        "四、另需说明的是，据厅掌握的情况，该校举办者关联公司曾于2023年在梧塘市发生过拖欠培训教师工资、被投诉至劳动监察机构的情形，后已支付。此情况作为你局日常监管中重点关注的线索，本段内容不向学校和举办者转达，也不在批复公开时保留。",
        "此复。",
    ],
    sign=TING, date="2025年8月5日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="批复第四条为厅内掌握的监管线索并明示不向学校转达、公开时不保留，内部段落夹在主动公开批复中"))

add(id="M12", fmt="txt", case="mixed", org=TING, docno="嵩人社发〔2025〕39号",
    title="关于举办2025年“技能照亮前程”主题宣传周活动的通知",
    to="各市人力资源和社会保障局，各技工院校，各有关企业：",
    body=[
        "为营造劳动光荣、技能宝贵、创造伟大的社会氛围，厅决定于2025年7月7日至13日在全省举办“技能照亮前程”主题宣传周活动。",
        "一、活动内容。（一）开放日：各技工院校面向社会开放实训基地；（二）技能展演：组织世赛选手、技术能手开展现场展示；（三）政策宣讲：集中宣传技能人才评价、技能提升补贴、技能人才待遇等政策。",
        "二、新闻发布。7月7日上午召开新闻发布会，由厅分管负责同志介绍全省技能人才工作情况。",
        "三、工作要求。各地各单位要精心组织，确保活动安全有序。",
        "附：新闻发布会答问参考（内部使用，会后由厅新闻办收回）",
        "问：技能人才待遇偏低的问题如何解决？答：重点讲技能等级与薪酬挂钩的政策方向；不回应“技工院校毕业生起薪低于同地区高职毕业生约18%”的比较，如被追问，回答“相关数据正在调研”。",
        "问：部分民办技工学校招生乱象怎么治？答：只讲已出台的招生纪律规定，暂不披露正在查处的两所学校名称。",
    ],
    sign=TING, date="2025年6月27日", mark="（此件公开发布）",
    cc="抄送：省委宣传部，省总工会，共青团嵩原省委。", printed=f"{PRINT_TING}　　　　　　2025年6月27日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
               note="正文后附“新闻发布会答问参考（内部使用，会后收回）”，属内部答问口径，不应随主动公开通知发出"))

# =====================================================================================
# Case C — commercial secrets of non-government organisations (COMMERCIAL_SECRET)
# =====================================================================================
add(id="C01", fmt="docx", case="commercial", org="梧塘市人力资源和社会保障局", docno="梧人社发〔2025〕72号",
    title="关于梧塘滨江花园二期项目人工费拨付情况核查结果的通报",
    to="各县（区）人力资源和社会保障局、住房和城乡建设局：",
    body=[
        "今年8月，部分农民工反映梧塘滨江花园二期项目工资发放不及时。市人社局会同市住建局对该项目人工费拨付和工资支付情况进行了核查，现将结果通报如下。",
        "一、项目概况。项目建设单位为梧塘市滨江置业有限公司，施工总承包单位为嵩原恒泰建设集团有限公司，主体劳务分包单位为梧塘众力建筑劳务有限公司。",
        "二、核查发现。经调取施工合同和结算资料，恒泰建设与建设单位签订的总包合同价为3.26亿元，其中人工费按合同约定单独计列为7,180万元；恒泰建设向众力劳务分包的报价构成为：钢筋制作绑扎每吨560元，模板支设每平方米48元，混凝土浇筑每立方米32元，砌体每立方米165元，恒泰建设在分包价上另计管理费4.5%；众力劳务内部测算的人工成本率为82%，毛利率约9%。",
        "三、问题原因。建设单位未按月足额拨付人工费，累计滞后1,460万元，导致总包代发工资出现延迟。",
        "四、处理情况。市人社局已责令建设单位限期拨付，截至9月20日已全部拨付到位，农民工工资已足额发放。",
        "五、工作要求。各地要加强对人工费用拨付情况的日常监管，督促建设单位按月足额拨付。",
    ],
    sign="梧塘市人力资源和社会保障局\n梧塘市住房和城乡建设局", date="2025年10月9日", mark="（此件公开发布）",
    cc="抄送：市根治欠薪领导小组各成员单位。", printed="梧塘市人力资源和社会保障局办公室　　　2025年10月9日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项公开总包合同价、分包各工序单价、管理费率、劳务公司成本率和毛利率，均为企业经营信息，主动公开通报不应载明"))

add(id="C02", fmt="docx", case="commercial", org="枫岭市人力资源和社会保障局", head="none", docno="",
    title="枫岭市2024年度民办职业培训学校年检结果公告",
    body=[
        "根据《嵩原省民办职业培训学校管理办法》，我局组织对全市取得办学许可的38所民办职业培训学校进行了2024年度年检。现将年检结果公告如下。",
        "一、年检合格的学校共33所（名单见附件）。",
        "二、年检基本合格的学校共3所：枫岭市新程职业技能培训学校、枫岭市巧手家政培训学校、枫岭市宏远驾培职业培训学校。上述学校须在2025年6月30日前完成整改。",
        "三、年检不合格的学校共2所，暂停招生并限期整改。",
        "四、关于新程职业技能培训学校的情况说明。该校经审计的2024年度财务数据为：办学收入1,286.4万元，其中培训费收入1,032.7万元、政府补贴性培训收入253.7万元；支出1,098.2万元，其中教师薪酬412.6万元、场地租金186.0万元、招生推广费221.3万元（含支付给招生代理机构的佣金158.8万元，按每名学员380元计提）；年末银行存款63.5万元，对举办者借款余额210万元。年检组认为该校招生推广费占比过高，存在违规委托中介招生风险。",
        "五、社会公众可通过12333热线对民办职业培训学校办学行为进行监督。",
    ],
    att=["2024年度年检合格的民办职业培训学校名单"],
    att_body=[("2024年度年检合格的民办职业培训学校名单", [
        ("table", [["序号", "学校名称", "办学许可证号"],
                   ["1", "枫岭市启明职业培训学校", "人社民361302170001号"],
                   ["2", "枫岭市匠心烹饪职业培训学校", "人社民361302170004号"],
                   ["3", "枫岭市德馨养老护理培训学校", "人社民361302180002号"],
                   ["4", "枫岭市数智电商职业培训学校", "人社民361302190006号"],
                   ["……", "（其余29所略）", ""]]),
    ])],
    sign="枫岭市人力资源和社会保障局", date="2025年4月15日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第四项公开民办培训学校审计财务明细（收入构成、招生佣金计提标准、存款、借款余额），属学校经营信息，不应随年检公告主动公开"))

add(id="C03", fmt="txt", case="commercial", org=TING, docno="嵩人社发〔2025〕47号",
    title="关于拨付2025年度新型研发机构引才专项补助的通知",
    to="渠阳市人力资源和社会保障局，嵩原锂晶新能源研究院有限公司：",
    body=[
        "根据《嵩原省新型研发机构引才补助实施细则》，经专家评审和厅务会研究，决定给予嵩原锂晶新能源研究院有限公司2025年度引才专项补助300万元，用于其固态电池研发团队建设。现将有关事项通知如下。",
        "一、评审意见。该研究院2024年全职引进博士及以上人才14名，团队结构合理。评审专家认为，其核心竞争力在于自主开发的氧化物固态电解质制备路线：以锂镧锆氧为基体，钽掺杂比例控制在0.25至0.30之间，前驱体在1,180℃下烧结6小时、升温速率每分钟3℃，致密度可达97.5%，室温离子电导率达到1.1毫西门子每厘米，并已向宁川某电池厂小批量供货，单价为每千克4,600元。上述技术路线尚未申请专利，属于研究院重点保护的内容，评审中由研究院现场演示提供。",
        "二、资金拨付。补助资金分两次拨付，2025年拨付180万元，2026年经中期评估合格后拨付120万元。",
        "三、资金使用。补助资金专项用于引进人才的薪酬补贴、安家补贴和科研启动经费，不得用于与引才无关的支出。",
        "四、监督管理。渠阳市人社局负责日常跟踪管理，年度结束后报送资金使用情况。",
    ],
    sign=TING, date="2025年9月16日", mark="（此件公开发布）",
    cc="抄送：省财政厅，省科学技术厅。", printed=f"{PRINT_TING}　　　　　　2025年9月16日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第一项写明研究院未申请专利的电解质制备工艺参数（掺杂比、烧结温度时间、升温速率）以及供货单价，属企业技术和经营秘密"))

add(id="C04", fmt="docx", case="commercial", org="渠阳市人力资源和社会保障局", head="none", docno="",
    title="渠阳市2025年度人力资源服务机构诚信服务示范单位名单公示",
    body=[
        "根据《人力资源市场暂行条例》和我市人力资源服务机构诚信体系建设有关规定，经机构自愿申报、县区推荐、专家评审，拟认定以下5家机构为2025年度全市人力资源服务机构诚信服务示范单位，现予公示。",
        ("table", [["序号", "机构名称", "主要业务"],
                   ["1", "渠阳智联人力资源服务有限公司", "招聘、劳务派遣"],
                   ["2", "嵩原英才猎头咨询有限公司", "高级人才寻访"],
                   ["3", "渠阳安邦人力资源有限公司", "人事代理、服务外包"],
                   ["4", "渠阳云聘网络科技有限公司", "网络招聘平台"],
                   ["5", "渠阳职通人力资源开发有限公司", "职业指导、培训"]]),
        "评审说明：渠阳智联人力资源服务有限公司服务客户稳定，2024年度前五大客户及合同金额分别为：嵩原恒泰建设集团劳务派遣1,860万元、渠阳新港物流外包服务920万元、嵩原第二人民医院后勤外包615万元、渠阳银泰百货促销人员派遣388万元、宏拓电子（渠阳）有限公司招聘服务276万元，派遣服务费率为工资总额的6%至8%。",
        "公示期为2025年11月10日至11月14日。公示期间，任何单位和个人对公示对象有异议的，可通过电话或书面形式向市人社局人力资源流动管理科反映，电话：0731-86213025。",
    ],
    sign="渠阳市人力资源和社会保障局", date="2025年11月10日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="“评审说明”列出一家人力资源公司的前五大客户名称、合同金额和服务费率，属企业客户与价格信息，公示中不应公开"))

add(id="C05", fmt="docx", case="commercial", org="桐浦市人力资源和社会保障局", docno="桐人社发〔2025〕38号",
    title="关于公布2025年度补贴性职业技能培训定点机构及补贴标准的通知",
    to="各县（区）人力资源和社会保障局，各有关培训机构：",
    body=[
        "为规范补贴性职业技能培训管理，经机构申报、资质审核和培训能力评估，确定桐浦市安康职业技能培训中心等12家机构为2025年度补贴性职业技能培训定点机构（名单见附件）。现将有关事项通知如下。",
        "一、补贴标准。初级工（五级）每人1,200元，中级工（四级）每人1,600元，高级工（三级）每人2,000元。",
        "二、成本核定情况。为确定补贴标准，我局委托第三方对定点机构培训成本进行了核定。以桐浦市安康职业技能培训中心养老护理员（四级）项目为例，每名学员实际成本构成为：师资课酬486元、实训耗材213元、场地分摊168元、教材资料45元、招生及管理费用272元，合计1,184元；该中心向自费学员收取的优惠价为1,450元，与三家合作养老机构签订的定向培训协议价为每人1,380元。",
        "三、管理要求。定点机构须严格落实实名制培训和全过程视频监控，不得以任何形式套取补贴资金。",
    ],
    att=["2025年度补贴性职业技能培训定点机构名单"],
    att_body=[("2025年度补贴性职业技能培训定点机构名单", [
        ("table", [["序号", "机构名称", "培训工种"],
                   ["1", "桐浦市安康职业技能培训中心", "养老护理员、保育师"],
                   ["2", "桐浦市鲁班建筑职业培训学校", "砌筑工、钢筋工"],
                   ["3", "桐浦市巧厨烹饪培训学校", "中式烹调师"],
                   ["4", "桐浦市电商谷职业培训学校", "互联网营销师"],
                   ["5—12", "（略）", ""]]),
    ])],
    sign="桐浦市人力资源和社会保障局", date="2025年3月12日", mark="（此件公开发布）",
    printed="桐浦市人力资源和社会保障局办公室　　　2025年3月12日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项公开培训中心逐项成本构成、自费优惠价和与合作机构的协议价，属机构经营信息，补贴标准通知只需公开标准本身"))

add(id="C06", fmt="txt", case="commercial", org="雁屿市人力资源和社会保障局", docno="雁人社发〔2025〕51号",
    title="关于雁屿海港商贸城项目欠薪案件处置情况的通报",
    to="各县（区）人力资源和社会保障局：",
    body=[
        "9月以来，雁屿海港商贸城项目先后有62名农民工反映被拖欠工资。经市人社局、住建局联合督办，欠薪问题已妥善解决，现通报如下。",
        "一、欠薪原因。该项目劳务分包单位雁屿鑫达建筑劳务有限公司资金链紧张。经调取其2025年8月末的财务报表，该公司总资产2,348万元，其中应收账款1,976万元（应收海港商贸城项目总包单位1,210万元）；负债2,105万元，其中短期借款860万元、应付民间借款540万元，月利率1.5%；当月经营现金净流量为-312万元。公司与总包单位约定的进度款支付比例为已完工程量的70%，低于行业通常的80%。",
        "二、处置过程。市人社局约谈总包单位和劳务公司负责人，督促总包单位先行垫付工资287万元，并启动工资保证金支付程序。",
        "三、处置结果。62名农民工工资已全部结清。对劳务公司违法分包问题，住建部门已另案处理。",
        "四、工作启示。要加强对劳务分包企业资金状况的日常监测，发现风险及时预警。",
    ],
    sign="雁屿市人力资源和社会保障局", date="2025年10月22日", mark="公开方式：主动公开", mark_pos="banji",
    printed="雁屿市人力资源和社会保障局办公室　　　2025年10月22日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第一项公开劳务公司财务报表明细（资产、应收、借款及利率、现金流）和与总包的付款比例约定，属企业财务信息"))

add(id="C07", fmt="docx", case="commercial", org=TING, docno="嵩人社函〔2025〕198号", head="letter",
    title="关于雁屿华程技工学校变更举办者的批复",
    to="雁屿市人力资源和社会保障局：",
    body=[
        "你局《关于雁屿华程技工学校申请变更举办者的请示》（雁人社〔2025〕33号）收悉。经审核，现批复如下。",
        "一、同意雁屿华程技工学校举办者由雁屿华程实业有限公司变更为嵩原华程教育投资有限公司。变更后学校名称、办学地址、办学层次和专业设置不变。",
        "二、经审查，新举办者与原举办者签订的《学校举办权转让协议》约定：转让对价为4,650万元，分三期支付；新举办者承接学校对原举办者的借款1,280万元，年利率5.2%；学校今后每年按学费收入的18%向新举办者支付“品牌及管理服务费”，并按年度结余的40%向其关联公司采购教学设备。协议同时约定，原举办者三年内不得在雁屿市新设同类学校。",
        "三、请你局督促学校依法办理变更登记手续，确保变更期间教学秩序稳定和在校生权益不受影响。学校收取的学费应优先保障教学支出，不得抽逃办学资金。",
        "四、学校应在变更完成后30日内将新的章程、理事会组成报你局备案。",
        "此复。",
    ],
    sign=TING, date="2025年9月2日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项写入举办权转让协议的对价、借款利率、管理服务费比例、采购安排和竞业约定，属民办学校及投资方的商业秘密"))

add(id="C08", fmt="docx", case="commercial", org=TING, head="none", docno="",
    title="2025年度省级技能大师工作室拟建项目公示",
    body=[
        "根据《嵩原省技能大师工作室建设项目管理办法》，经单位申报、市级推荐、专家评审，拟确定以下10个工作室为2025年度省级技能大师工作室建设项目，每个项目给予一次性资助20万元。现予公示。",
        ("table", [["序号", "工作室名称", "依托单位"],
                   ["1", "钟启明混凝土技能大师工作室", "嵩原建工集团"],
                   ["2", "邓广平焊接技能大师工作室", "梧塘重型机械有限公司"],
                   ["3", "许兰芝茶叶加工技能大师工作室", "枫岭云雾茶业专业合作社"],
                   ["4", "卢振声数控加工技能大师工作室", "渠阳精工机床股份有限公司"],
                   ["5—10", "（略）", ""]]),
        "项目评审简介：邓广平焊接技能大师工作室依托梧塘重型机械有限公司，其主要成果为该公司自主研发的厚板双丝窄间隙埋弧焊工艺，坡口角度控制在4°，前丝电流780A、后丝电流650A，焊接速度每分钟58厘米，层间温度控制在150℃至200℃，焊剂采用公司与供应商定制的配比，该工艺使焊接效率提高约2.3倍，公司已据此承接海上风电塔筒订单，目前未对外转让。许兰芝茶叶加工技能大师工作室所依托的合作社，其“三摊三揉”制法的摊青时长与揉捻压力参数由合作社成员共同约定不外传。",
        "公示时间：2025年10月13日至10月19日。对公示项目有异议的，请以书面形式向厅职业能力建设处反映，并提供必要的证明材料。联系电话：0731-82196723。",
    ],
    sign=TING, date="2025年10月13日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="“项目评审简介”公开企业未转让的焊接工艺参数及合作社约定不外传的制茶参数，属技术秘密；公示名单本身可以公开"))

add(id="C09", fmt="txt", case="commercial", org="砚溪市人力资源和社会保障局", docno="砚人社发〔2025〕63号",
    title="关于砚溪市家庭服务业协会申报家政服务员职业技能提升示范项目的审核意见",
    to="砚溪市家庭服务业协会，各县（区）人力资源和社会保障局：",
    body=[
        "你会申报的2025年家政服务员职业技能提升示范项目材料收悉。经审核，现将意见通知如下。",
        "一、总体意见。项目目标明确，培训内容与市场需求契合，同意列为2025年度市级职业技能提升示范项目，给予项目补助40万元。",
        "二、审核中了解的情况。协会在申报材料中提供了会员单位之间的行业自律价格和结算机制：育婴员派单结算价为每月6,800元、月嫂（高级）为每26天12,800元、养老护理（住家）为每月5,600元；协会对会员单位派单按结算价收取8%的平台服务费，其中3%返还给排名前五的会员单位；协会2024年度平台服务费收入合计312万元，会员单位前三名砚溪安心家政、砚溪好帮手家政、砚溪暖阳家政分别贡献98万元、71万元、46万元。上述内容申报时协会注明“仅供审核使用”。",
        "三、项目要求。项目须于2025年12月底前完成培训1,500人次，其中取得职业技能等级证书的不少于900人。",
        "四、资金拨付。补助资金在项目验收合格后一次性拨付。",
    ],
    sign="砚溪市人力资源和社会保障局", date="2025年6月18日", mark="（此件公开发布）",
    printed="砚溪市人力资源和社会保障局办公室　　　2025年6月18日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项公开协会内部结算价、服务费率与返还安排、会员单位贡献金额，且申报方注明仅供审核使用，属协会及会员企业经营信息"))

add(id="C10", fmt="txt", case="commercial", org="枫岭市人力资源和社会保障局", docno="枫人社发〔2025〕57号",
    title="关于推广枫岭市石门乡劳务专业合作社组织农民工有序就业经验的通知",
    to="各县（市、区）人力资源和社会保障局，各乡镇（街道）劳动保障所：",
    body=[
        "石门乡劳务专业合作社成立三年来，通过“合作社+企业+农户”模式组织农村劳动力有序外出务工，累计带动就业2,100余人，未发生一起欠薪事件。为推广其经验，现通知如下。",
        "一、主要做法。（一）统一对接用工。合作社与用工企业签订劳务合作协议，明确工资标准和支付方式；（二）统一工资代管。工资由企业直接打入农民工本人账户，合作社仅收取服务费；（三）统一权益保障。合作社为社员统一购买意外伤害保险。",
        "二、经营情况。合作社2024年实现劳务服务收入486万元，主要客户为：嵩原建工集团（劳务合同金额1,620万元，按5%收取服务费）、枫岭云雾茶业专业合作社（季节性采茶工，按每人每天15元收取）、渠阳新港物流（装卸工，按6%收取）。合作社年末向社员按交易量返还盈余126万元，盈余分配方案及各社员返还额见合作社内部台账。",
        "三、推广要求。各县（市、区）要结合实际，培育发展一批劳务专业合作社，规范农村劳动力转移就业组织化程度。",
    ],
    sign="枫岭市人力资源和社会保障局", date="2025年7月30日", mark="公开方式：主动公开", mark_pos="banji",
    printed="枫岭市人力资源和社会保障局办公室　　　2025年7月30日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项公开合作社主要客户、合同金额和各家服务费率、盈余返还总额，属合作社经营和客户信息；推广做法本身可公开"))

add(id="C11", fmt="docx", case="commercial", org="渠阳市人力资源和社会保障局", docno="渠人社发〔2025〕81号",
    title="关于2025年度社会办医疗机构高层次卫生人才引进补贴审核结果的通知",
    to="市卫生健康委员会，各有关医疗机构：",
    body=[
        "根据《渠阳市社会办医疗机构人才引进补贴办法》，经审核，渠阳仁和医院等3家社会办医疗机构引进的9名高层次卫生人才符合补贴条件，共给予补贴225万元。现将有关事项通知如下。",
        "一、审核结果。渠阳仁和医院引进心血管介入、肿瘤放疗专业人才5名，补贴125万元；渠阳康宁眼科医院引进2名，补贴50万元；渠阳慈济康复医院引进2名，补贴50万元。",
        "二、审核过程中的核实情况。为核实渠阳仁和医院的持续经营能力，审核组查阅了该院2024年财务报表：全年医疗收入4.82亿元，其中医保统筹结算2.96亿元；药品和耗材采购额1.74亿元，与主要供应商嵩原国康医药有限公司约定的药品采购价在中标价基础上再下浮7%，心脏支架采购单价为每套640元；人员支出1.21亿元，高级职称医师平均年薪58万元。审核组认为该院具备履行人才引进承诺的能力。",
        "三、资金拨付。补贴资金由市财政直接拨付至医院，医院须在收到资金后30日内足额发放给引进人才本人。",
        "四、监督管理。医院应于每年底报送引进人才在岗履职情况。",
    ],
    sign="渠阳市人力资源和社会保障局", date="2025年8月14日", mark="（此件公开发布）",
    cc="抄送：市财政局，市医疗保障局。", printed="渠阳市人力资源和社会保障局办公室　　　2025年8月14日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第二项公开民营医院财务数据、与供应商的采购价下浮约定、支架单价和医师平均年薪，属医院经营信息"))

add(id="C12", fmt="docx", case="commercial", org="桐浦市人力资源和社会保障局", head="none", docno="",
    title="桐浦市劳动保障监察行政处理决定公开（桐人社监理字〔2025〕第17号）",
    body=[
        "当事人：桐浦市城南区老杨家常菜馆（个体工商户）",
        "经营者：杨某",
        "经营场所：桐浦市城南区临江路218号",
        "一、违法事实。经查，当事人于2025年3月至6月期间拖欠9名厨师、服务员工资共计7.64万元。调查中，当事人提出系经营困难所致，并提供了经营资料：该店2025年上半年营业额为186.3万元，月均约31万元，其中外卖平台订单占42%，平台抽成约18%；主要食材由桐浦永丰冻品批发部供货，牛腩进价每斤29元、基围虾每斤41元，另向城南某蔬菜合作社按每月固定价1.2万元包购蔬菜；店铺年租金38万元，已拖欠房东两个月。",
        "二、处理依据。根据《劳动保障监察条例》第二十六条、《保障农民工工资支付条例》第五十三条的规定。",
        "三、处理决定。责令当事人于收到本决定之日起5日内支付拖欠的劳动者工资7.64万元。",
        "四、履行情况。当事人已于2025年7月18日全部支付。",
        "当事人如不服本决定，可在收到本决定之日起60日内向桐浦市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
    ],
    sign="桐浦市人力资源和社会保障局", date="2025年7月25日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
               note="第一项违法事实中夹入个体工商户的营业额、平台抽成、食材进价、供货渠道和租金等经营信息，超出处理决定公开所需"))

# =====================================================================================
# Case D — marking does not fit the document's nature (LABEL_MISMATCH)
# =====================================================================================
add(id="L01", fmt="docx", case="mismatch", org=TING, docno="嵩人社呈〔2025〕14号", signer_line="罗正阳",
    title="关于设立省级技工教育高质量发展专项资金的请示",
    to="省人民政府：",
    body=[
        "近年来，全省技工院校办学规模持续扩大，2025年在校生达到26.3万人，但办学经费主要依靠学费收入和各地零散投入，实训设备更新慢、一体化教师数量不足等问题较为突出，与我省制造业对高技能人才的需求还有较大差距。",
        "为加快推进技工教育高质量发展，经与省财政厅沟通，我厅拟请省政府同意自2026年起设立省级技工教育高质量发展专项资金，主要用于以下方面：",
        "一、支持10所左右高水平技工院校和30个左右优势专业建设；",
        "二、支持建设一批产教融合实训基地和世赛集训基地；",
        "三、支持一体化教师培养培训和企业技术人员到校兼职任教；",
        "四、对办学质量评估优秀的民办技工院校给予奖补。",
        "资金规模建议每年3亿元，连续安排五年，由省财政厅和我厅共同管理，具体管理办法由两厅另行制定。",
        "妥否，请批示。",
    ],
    sign=TING, date="2025年9月26日", mark="（此件公开发布）",
    printed=f"{PRINT_TING}　　　　　　2025年9月26日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
               note="报省政府的请示按源头认定制度应为不公开，却标注“此件公开发布”；内容本身无秘密"))

add(id="L02", fmt="txt", case="mismatch", org=TING, docno="嵩人社报〔2025〕22号", signer_line="罗正阳",
    title="关于2025年上半年根治欠薪工作情况的报告",
    to="人力资源社会保障部：",
    body=[
        "按照部里工作要求，现将我省2025年上半年根治欠薪工作情况报告如下。",
        "一、工作开展情况。上半年，我省各级人社部门共办结欠薪案件2,416件，为2.3万名劳动者追讨工资待遇3.1亿元。工程建设领域全面推行农民工工资专用账户、实名制管理、总包代发和工资保证金制度，新开工项目专户开设率达到99.2%。",
        "二、创新举措。一是建成省级工资支付监控预警平台，与住建、银行系统实现数据联通；二是在渠阳、枫岭两市试点“欠薪线索一键直达”，平均办结时间缩短至9天；三是联合公安机关开展打击拒不支付劳动报酬犯罪专项行动，移送案件37件。",
        "三、存在的困难。部分政府投资项目资金拨付不及时，引发工资支付问题；劳务分包领域违法分包、挂靠承包问题仍然突出。",
        "四、下一步打算。继续深化源头治理，推动工程款支付担保制度落地，强化信用惩戒，确保全年欠薪案件数量、涉及金额继续下降。",
        "特此报告。",
    ],
    sign=TING, date="2025年7月20日", mark="公开方式：主动公开", mark_pos="banji",
    printed=f"{PRINT_TING}　　　　　　2025年7月20日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
               note="向人社部报送的工作报告，上行文应为不公开，却在版记标注公开方式：主动公开"))

add(id="L03", fmt="docx", case="mismatch", org=TING, docno="嵩人社函〔2025〕203号", head="letter",
    title="关于征求《嵩原省技工院校生均拨款办法（征求意见稿）》意见的函",
    to="省财政厅、省教育厅、省发展和改革委员会，各市人力资源和社会保障局：",
    body=[
        "为建立健全技工院校经费保障机制，我厅起草了《嵩原省技工院校生均拨款办法（征求意见稿）》，现送你们征求意见。",
        "《办法》共五章二十四条，主要内容包括：一是明确生均拨款的适用范围为纳入省技工院校统一管理的公办技工院校，民办技工院校可参照享受部分奖补；二是确立以“基本标准+专业系数+绩效奖补”为框架的拨款方式；三是明确省、市、县三级财政的分担责任；四是建立拨款标准动态调整和绩效评价机制。",
        "请各单位认真研究，重点就专业系数设置是否合理、财政分担比例是否可行、绩效评价指标是否科学等提出意见建议。",
        "请于10月20日前将书面意见（加盖公章）反馈我厅职业能力建设处，电子版发送至zynljs@hr.songyuan.gov.cn。逾期未反馈的，视为无意见。",
        "联系人：黎秋实，电话：0731-82196718。",
    ],
    att=["嵩原省技工院校生均拨款办法（征求意见稿）"],
    sign=TING, date="2025年9月30日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
               note="向有关部门征求意见的函，按制度应为不公开，标注“此件公开发布”与文种不符（并非面向社会公开征求意见）"))

add(id="L04", fmt="docx", case="mismatch", org=TING, docno="嵩人社发〔2025〕31号",
    title="关于提高2025年城乡居民基本养老保险基础养老金最低标准的通知",
    to="各市人力资源和社会保障局、财政局：",
    body=[
        "经省人民政府同意，决定提高我省城乡居民基本养老保险基础养老金最低标准。现就有关事项通知如下。",
        "一、调整标准。自2025年1月1日起，全省城乡居民基本养老保险基础养老金最低标准由每人每月163元提高至183元。",
        "二、资金来源。提高标准所需资金，中央财政按规定给予补助，省级财政对各市按照分档比例给予补助，其余由市县财政负担。",
        "三、工作要求。各地要于2025年5月底前将提标资金发放到位，1月至提标前的应补发部分一次性补发。各地不得以任何理由降低或推迟发放。",
        "四、宣传解读。各地要通过多种渠道做好政策宣传，确保参保群众应知尽知。",
    ],
    sign=TING + "　嵩原省财政厅", date="2025年4月2日", mark="公开方式：不予公开", mark_pos="banji",
    cc="抄送：人力资源社会保障部，财政部。", printed=f"{PRINT_TING}　　　　　　2025年4月2日印发",
    truth=dict(attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
               note="已经省政府同意、直接关系参保群众待遇的提标通知，应主动公开，却标注公开方式：不予公开"))

add(id="L05", fmt="docx", case="mismatch", org=TING, head="none", docno="",
    title="嵩原省人力资源和社会保障厅关于公布2025年第三批拖欠农民工工资失信联合惩戒对象名单的公告",
    body=[
        "根据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》，经各市人社部门认定，并履行告知、陈述申辩等程序，现将2025年第三批拖欠农民工工资失信联合惩戒对象名单予以公布。",
        ("table", [["序号", "单位名称", "统一社会信用代码", "法定代表人", "拖欠金额（万元）", "认定部门"],
                   ["1", "梧塘市盛达建筑劳务有限公司", uscc("91361100MA3A7K2X4"), "周某", "63.2", "梧塘市人社局"],
                   ["2", "雁屿市宏业装饰工程有限公司", uscc("91361300MA39QW8H2"), "黄某", "41.5", "雁屿市人社局"],
                   ["3", "砚溪市顺通土石方工程有限公司", uscc("91361200MA3B0N5T7"), "韩某", "28.7", "砚溪市人社局"]]),
        "列入名单的当事人，自公布之日起3年内，在政府资金支持、政府采购、招投标、生产许可、融资贷款、市场准入、税收优惠、评优评先等方面依法依规予以限制。",
        "失信联合惩戒对象名单信息将通过“信用嵩原”网站同步向社会公布。当事人对列入名单有异议的，可自公布之日起15日内向认定部门提出。",
        "特此公告。",
    ],
    sign=TING, date="2025年10月17日", mark="（此件不予公开）",
    truth=dict(attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
               note="失信联合惩戒对象名单公告按规定须向社会公布，文中也写明同步公布，却标注此件不予公开"))

add(id="L06", fmt="txt", case="mismatch", org="砚溪市人力资源和社会保障局", head="none", docno="",
    title="砚溪市高层次人才安家补贴申领办事指南",
    body=[
        "一、适用对象：2024年1月1日以后全职引进到我市企事业单位工作，经认定为A、B、C、D类的高层次人才。",
        "二、补贴标准：A类80万元，B类40万元，C类15万元，D类8万元，分三年发放。",
        "三、申领条件：（一）与用人单位签订5年以上劳动合同或聘用合同；（二）在我市缴纳社会保险满6个月；（三）本人及配偶在我市无自有住房，或购买首套住房。",
        "四、申请材料：（一）《砚溪市高层次人才安家补贴申请表》；（二）人才认定证书；（三）劳动合同或聘用合同；（四）不动产登记查询结果或购房合同。",
        "五、办理流程：用人单位网上申报—县（区）人社局初审（5个工作日）—市人才服务中心复审（10个工作日）—公示5个工作日—资金拨付。",
        "六、办理地点：砚溪市政务服务中心二楼人才服务专区；网上办理：“嵩才通”平台。",
        "七、咨询电话：0738-52216677（市人才服务中心）。",
        "八、收费标准：不收费。",
    ],
    sign="砚溪市人力资源和社会保障局", date="2025年3月20日", mark="公开方式：依申请公开", mark_pos="after_date",
    truth=dict(attribute="依申请公开", decision="return", codes=["LABEL_MISMATCH"],
               note="面向申请人的办事指南须主动公开，标为依申请公开与其性质不符"))

add(id="L07", fmt="docx", case="mismatch", org=TING, head="none", docno="",
    title="嵩原省人力资源和社会保障厅关于2025年全省技工院校办学质量合格评估结果的通告",
    body=[
        "根据《嵩原省技工院校办学质量评估办法》，厅组织对全省98所技工院校开展了2025年度办学质量合格评估。经学校自评、市级初评、省级复评和结果审定，现将评估结果通告如下。",
        "一、评估合格的技工院校共91所，其中技师学院14所、高级技工学校29所、技工学校48所（名单见附件）。",
        "二、评估暂缓通过的技工院校共5所：梧塘华夏技工学校、雁屿海峡技工学校、砚溪育才技工学校、桐浦新华技工学校、枫岭现代技工学校，须于2026年6月底前完成整改后申请复评。",
        "三、评估不合格的技工院校共2所：渠阳东方技工学校、梧塘金桥技工学校，自本通告发布之日起停止招生，由所在市人社局督促妥善安置在校学生。",
        "四、考生和家长可登录省人社厅门户网站查询技工院校办学资质和评估结果，选择学校时注意甄别。",
        "特此通告。",
    ],
    att=["2025年度办学质量评估合格的技工院校名单"],
    sign=TING, date="2025年8月28日", mark="（此件不予公开）",
    truth=dict(attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
               note="面向考生家长的评估结果通告（含停止招生学校）须主动公开，文中也请考生上网查询，却标注此件不予公开"))

add(id="L08", fmt="docx", case="mismatch", org=TING, docno="嵩人社发〔2025〕46号",
    title="关于授予谭家明等30名同志“嵩原省技术能手”称号的决定",
    to="各市人力资源和社会保障局，省直有关部门，各有关企业：",
    body=[
        "2025年，全省广大技能人才立足岗位、精益求精，在推动制造强省建设中发挥了重要作用，涌现出一批技艺精湛、贡献突出的优秀技能人才。为表彰先进、树立典型，经各地推荐、专家评审和社会公示，厅决定授予谭家明等30名同志“嵩原省技术能手”称号。",
        "希望受表彰的同志珍惜荣誉，再接再厉，在传技带徒、技术攻关中发挥示范引领作用。全省广大劳动者要以他们为榜样，学技术、练本领、强技能，为建设技能型社会贡献力量。",
        "各地各单位要大力宣传技术能手的先进事迹，落实技能人才待遇，营造尊重技能人才的良好氛围。",
        "获得“嵩原省技术能手”称号的人员名单：谭家明（嵩原建工集团）、丘雪梅（省技师学院）、伍承志（梧塘重型机械有限公司）、甘晓燕（枫岭云雾茶业专业合作社）、鲍志远（渠阳精工机床股份有限公司）、施玉洁（嵩原第二人民医院）等30名同志（完整名单见附件）。",
    ],
    att=["2025年度“嵩原省技术能手”名单"],
    sign=TING, date="2025年9月10日", mark="（此件依申请公开）",
    cc="抄送：省总工会，共青团嵩原省委。", printed=f"{PRINT_TING}　　　　　　2025年9月10日印发",
    truth=dict(attribute="依申请公开", decision="return", codes=["LABEL_MISMATCH"],
               note="经公示后的表彰决定，号召广泛宣传，应主动公开，却标注此件依申请公开"))

add(id="L09", fmt="txt", case="mismatch", org=TING, head="minutes", flag="嵩原省人力资源和社会保障厅厅务会议纪要",
    docno="〔2025〕第21期",
    title="2025年第21次厅务会议纪要",
    body=[
        "2025年10月14日，厅长罗正阳主持召开2025年第21次厅务会议。会议研究了机关内部管理有关事项，纪要如下。",
        "一、关于机关三季度预算执行情况。会议听取了规划财务处关于机关三季度预算执行情况的汇报。截至9月底，机关本级预算执行率为71.3%，低于序时进度3.7个百分点。会议要求各处室加快支出进度，对年底前确实无法执行的项目及时申请调整。",
        "二、关于机关办公用房调整。因省技工教育研究室人员增加，会议同意将九楼东侧两间会议室调整为研究室办公用房，调整工作由机关服务中心于10月底前完成。",
        "三、关于机关公文处理质量。会议通报了三季度机关公文处理质量抽查情况，共抽查发文126件，发现格式不规范、公开属性漏标等问题9件。会议要求办公室加强公文核稿把关，各处室负责同志要认真履行审核责任。",
        "四、关于机关考勤管理。会议同意自11月1日起在机关推行移动端考勤打卡，取消纸质签到。",
        "出席：罗正阳、顾海东、温晓蓉、詹立群、郑小川",
        "列席：办公室、规划财务处、人事处、机关服务中心负责同志",
    ],
    sign="", date="", mark="（此件公开发布）",
    printed=f"{PRINT_TING}　　　　　　2025年10月16日印发",
    truth=dict(attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
               note="厅务会纪要全部为机关内部管理事项（预算执行、用房、考勤），属内部事务，标注此件公开发布与性质不符"))

add(id="L10", fmt="docx", case="mismatch", org=TING, docno="嵩人社发〔2025〕43号",
    title="关于进一步做好技工院校毕业生就业创业服务的意见",
    to="各市人力资源和社会保障局，各技工院校：",
    body=[
        "技工院校毕业生是技能人才队伍的重要来源。为促进技工院校毕业生更加充分更高质量就业，现提出如下意见。",
        "一、落实同等待遇。技工院校中级工班、高级工班、预备技师（技师）班毕业生，在参加机关事业单位招聘、职称评审、职业技能等级晋升等方面，分别按照中专、大专、本科学历享受同等待遇，各地不得设置歧视性条件。",
        "二、拓宽就业渠道。鼓励技工院校与企业共建订单班、冠名班，推行“招生即招工、入校即入企”。支持毕业生到中小微企业就业，符合条件的按规定落实吸纳就业补贴。",
        "三、支持创业。技工院校毕业生自主创业的，按规定享受创业担保贷款及贴息、一次性创业补贴等政策；各技工院校要建设创业孵化基地，为毕业生提供场地和指导服务。",
        "四、强化就业服务。对离校未就业的技工院校毕业生，实行实名制帮扶，至少提供1次职业指导、3次岗位推荐、1次技能培训或见习机会。",
        "五、加强组织实施。各市人社局要把技工院校毕业生就业纳入高校毕业生就业工作统筹推进，定期调度工作进展。",
    ],
    sign=TING, date="2025年6月3日", mark="（此件不予公开）",
    cc="抄送：省教育厅，省财政厅。", printed=f"{PRINT_TING}　　　　　　2025年6月3日印发",
    truth=dict(attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
               note="面向毕业生的就业创业扶持政策性意见，涉及公众权益须主动公开，却标注此件不予公开"))

add(id="L11", fmt="docx", case="mismatch", org=TING, docno="嵩人社规〔2025〕3号",
    title="关于印发《嵩原省工程建设领域农民工工资专用账户管理实施办法》的通知",
    to="各市人力资源和社会保障局、住房和城乡建设局、交通运输局、水利局，各有关银行：",
    body=[
        "为规范工程建设领域农民工工资专用账户管理，根据《保障农民工工资支付条例》和国家有关规定，我们制定了《嵩原省工程建设领域农民工工资专用账户管理实施办法》，现印发给你们，请认真贯彻执行。",
        "《实施办法》的主要内容：",
        "一、施工总承包单位应当在工程施工合同签订之日起30日内开设农民工工资专用账户，专户资金专项用于支付该项目农民工工资。",
        "二、建设单位应当按照合同约定将人工费用按月足额拨付至专用账户，人工费用拨付周期不得超过1个月。",
        "三、开户银行应当规范专户管理，发现资金未按约定拨付等情况的，应当通知施工总承包单位，并报告人社部门和相关行业主管部门。",
        "四、工程完工且未拖欠农民工工资的，施工总承包单位公示30日后，可以申请注销专用账户，账户内余额归其所有。",
        "本办法自2025年8月1日起施行，有效期5年。",
    ],
    sign=TING + "\n嵩原省住房和城乡建设厅\n嵩原省交通运输厅\n嵩原省水利厅", date="2025年7月1日",
    mark="公开方式：不予公开", mark_pos="banji",
    cc="抄送：人民银行嵩原省分行，国家金融监督管理总局嵩原监管局。", printed=f"{PRINT_TING}　　　　　　2025年7月1日印发",
    truth=dict(attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
               note="规范性文件（嵩人社规）印发通知，对施工单位和银行设定义务，须主动公开，却在版记标注不予公开"))

add(id="L12", fmt="txt", case="mismatch", org=TING, head="letter", docno="嵩人社函〔2025〕219号",
    title="关于对《嵩原省政府投资项目工程款支付管理办法（征求意见稿）》的复函",
    to="省发展和改革委员会：",
    body=[
        "你委《关于征求〈嵩原省政府投资项目工程款支付管理办法（征求意见稿）〉意见的函》收悉。经研究，现将我厅意见函复如下。",
        "一、建议在第九条“建设单位应当按照合同约定及时支付工程款”后增加“其中人工费用应当单独拨付至农民工工资专用账户”，与《保障农民工工资支付条例》第二十九条相衔接。",
        "二、建议在第十四条增加一款：“政府投资项目因拖欠工程款导致拖欠农民工工资的，由建设单位先行垫付农民工工资。”",
        "三、第二十一条关于工程竣工结算期限的规定，建议由“竣工验收后6个月内”修改为“竣工验收后3个月内”，以减少因结算拖延引发的欠薪问题。",
        "四、建议在附则中明确本办法与《嵩原省工程建设领域农民工工资专用账户管理实施办法》的衔接关系。",
        "其他条款无修改意见。",
        "特此函复。",
    ],
    sign=TING, date="2025年8月19日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
               note="答复有关部门征求意见的复函，按源头认定制度应为不公开，标注主动公开与文种不符"))

# =====================================================================================
# Case E — clean documents full of traps (approve)
# =====================================================================================
add(id="K01", fmt="docx", case="clean", org=TING, docno="嵩人社发〔2025〕35号",
    title="关于2025年度技工院校教师系列中级职称专业知识考试报名工作的通知",
    to="各市人力资源和社会保障局，省属各技工院校：",
    body=[
        "根据技工院校教师职称制度改革有关规定，2025年度技工院校教师系列中级职称专业知识考试定于10月25日举行。现将报名有关事项通知如下。",
        "一、报考条件。具备技工院校讲师（一级实习指导教师）申报条件，且在技工院校从事教学工作的在职教师。",
        "二、考试科目和时间。考试科目为《技工教育理论与实务》和所教专业知识两科，10月25日上午9:00—11:30考《技工教育理论与实务》，下午14:00—16:30考专业知识。考试采用闭卷笔试，满分各100分。",
        "三、命题与考试范围。考试由省职称评审服务中心组织命题，命题依据《2025年度技工院校教师中级职称专业知识考试大纲》，大纲已在省人事考试网公布，考生可自行下载。试题题型包括单项选择、多项选择、案例分析三类。",
        "四、报名时间和方式。报名时间为8月20日至9月5日，考生登录省人事考试网报名并上传相关材料，所在单位和市人社局依次审核。",
        "五、考务要求。各考点要严格落实试卷保密管理规定，考场实行全程视频监控和身份核验。考生不得携带手机等通讯工具进入考场，违者按《专业技术人员资格考试违纪违规行为处理规定》处理。",
        "六、成绩发布。考试成绩预计于12月中旬在省人事考试网发布，合格线由省人社厅另行公布。",
        "咨询电话：省职称评审服务中心考务科，0731-82196630。",
    ],
    sign=TING, date="2025年8月12日", mark="（此件公开发布）",
    cc="抄送：省人事考试中心。", printed=f"{PRINT_TING}　　　　　　2025年8月12日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="考试报名通知：只有已公布的考试大纲、题型、时间和考场纪律，无试题内容；“命题”“试卷保密”是一般工作要求"))

add(id="K02", fmt="docx", case="clean", org=TING, head="none", docno="",
    title="2025年度享受省政府特殊津贴拟推荐人选公示",
    body=[
        "根据《嵩原省政府特殊津贴人员选拔管理办法》，经个人申报、单位推荐、市级（部门）审核、评审委员会评审和厅党组审定，确定钟启明等5名同志为2025年度享受省政府特殊津贴拟推荐人选，现予以公示。",
        ("table", [["序号", "姓名", "工作单位", "专业技术职务或技能等级", "专业方向"],
                   ["1", "钟启明", "嵩原建工集团", "正高级工程师", "高性能混凝土"],
                   ["2", "薛雨桐", "省技师学院", "正高级讲师", "数控技术教学"],
                   ["3", "龚文涛", "枫岭市农科所", "研究员", "茶树育种"],
                   ["4", "莫绮华", "嵩原第二人民医院", "主任医师", "小儿心外科"],
                   ["5", "邓广平", "梧塘市高级技工学校", "特级技师", "焊接工艺"]]),
        "公示时间为2025年12月8日至12月12日（5个工作日）。公示期间，任何单位和个人对公示人选的政治表现、学术水平、工作业绩、职业道德等有异议的，可以书面形式向省人社厅专业技术人员管理处实名反映，并提供必要的证明材料。我们将对反映人的信息严格保密。匿名信件不予受理。",
        "联系电话：0731-82196741；通讯地址：渠阳市政通路1号省人社厅专业技术人员管理处。",
    ],
    sign=TING, date="2025年12月8日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="厅党组审定后的正式公示，按程序公开人选，无票数；“对反映人信息严格保密”是常规表述"))

add(id="K03", fmt="txt", case="clean", org=TING, head="none", docno="",
    title="2024年度嵩原省人力资源和社会保障事业发展统计公报（节选）",
    body=[
        "2024年，全省人社系统坚持稳中求进工作总基调，各项事业取得新进展。现将主要统计数据公布如下（数据来源：省人社厅、省统计局年度统计报表，部分数据经四舍五入）。",
        "一、就业。年末全省就业人员2,986万人，其中城镇就业人员1,732万人。全年城镇新增就业61.2万人，城镇调查失业率平均为5.0%。",
        "二、工资收入。经省统计局2025年5月发布，2024年全省城镇非私营单位就业人员年平均工资为94,316元，比上年增长5.2%；城镇私营单位就业人员年平均工资为56,208元，增长3.6%。分行业看，信息传输、软件和信息技术服务业平均工资最高，农林牧渔业最低。",
        "三、技工教育和职业培训。年末全省共有技工院校98所，在校生25.1万人；全年开展补贴性职业技能培训72.6万人次。",
        "四、人才队伍。年末全省专业技术人才总量达到312万人，高技能人才总量达到196万人。全年新认定各类高层次人才4,820名，发放人才引进补贴5.3亿元。",
        "五、劳动关系。全年各级劳动保障监察机构共为3.9万名劳动者追讨工资待遇5.6亿元。劳动人事争议仲裁机构共立案受理案件3.1万件，结案率为96.2%。",
        "六、社会保险。年末全省基本养老保险参保人数3,605万人，失业保险参保人数512万人，工伤保险参保人数703万人。",
    ],
    sign=TING + "\n嵩原省统计局", date="2025年6月18日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="已发布的年度统计公报，工资数据注明统计局2025年5月已发布；统计数字不等于未公布数据"))

add(id="K04", fmt="docx", case="clean", org="渠阳市人力资源和社会保障局", head="none", docno="",
    title="渠阳市民办职业培训学校收费项目及标准备案情况公告（2025年第二批）",
    body=[
        "根据《民办教育促进法实施条例》和我省民办职业培训学校收费管理有关规定，民办职业培训学校的收费项目和标准由学校自主确定，报人社部门备案并向社会公示。现将2025年第二批备案情况公告如下，学校须在招生简章和收费场所显著位置公示，不得在备案标准之外另行收费。",
        ("table", [["学校名称", "培训项目", "学时", "收费标准（元/人）", "退费办法"],
                   ["渠阳市匠心烹饪职业培训学校", "中式烹调师（四级）", "240", "2,800", "开课前全额退，开课后按未上学时退"],
                   ["渠阳市德馨养老护理培训学校", "养老护理员（四级）", "180", "1,680", "同上"],
                   ["渠阳市数智电商职业培训学校", "互联网营销师（四级）", "160", "3,200", "开课一周内退80%"],
                   ["渠阳市巧手美业职业培训学校", "美容师（四级）", "300", "4,500", "按未上学时比例退"],
                   ["渠阳市启航汽修职业培训学校", "汽车维修工（四级）", "320", "3,600", "按未上学时比例退"]]),
        "参加政府补贴性培训的学员，按规定享受培训补贴，补贴部分由学校直接向财政申领，学员只需缴纳差额部分。",
        "学员对学校收费有异议的，可向渠阳市人社局职业能力建设科反映，电话：0731-86213041；也可拨打12345政务服务便民热线。",
    ],
    sign="渠阳市人力资源和社会保障局", date="2025年7月8日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="学校依规须公示的收费标准备案公告，对外价格不是商业秘密"))

_K05_IDS = [make_id("361102", "19980314", "402"), make_id("361121", "19960927", "218"),
            make_id("361302", "19990105", "026"), make_id("361202", "19951122", "735"),
            make_id("361103", "19970808", "154")]

add(id="K05", fmt="docx", case="clean", org="嵩原省技师学院", head="none", docno="",
    title="嵩原省技师学院2025年公开招聘工作人员拟聘用人员公示",
    body=[
        "根据《嵩原省事业单位公开招聘人员实施办法》和《嵩原省技师学院2025年公开招聘工作人员公告》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：",
        ("table", [["序号", "姓名", "性别", "身份证号", "招聘岗位", "笔试成绩", "面试成绩", "总成绩"],
                   ["1", "陆子昂", "男", mask_id(_K05_IDS[0]), "机电一体化专业教师", "72.5", "84.60", "79.76"],
                   ["2", "殷若溪", "女", mask_id(_K05_IDS[1]), "工业机器人专业教师", "70.0", "86.20", "79.72"],
                   ["3", "简文博", "男", mask_id(_K05_IDS[2]), "新能源汽车专业教师", "68.5", "85.40", "78.64"],
                   ["4", "石佳宁", "女", mask_id(_K05_IDS[3]), "学生管理", "74.0", "81.80", "78.68"],
                   ["5", "廖思远", "男", mask_id(_K05_IDS[4]), "财务会计", "76.5", "80.20", "78.72"]]),
        "公示期为2025年9月22日至9月26日（5个工作日）。公示期间，如对拟聘用人员有异议，可向嵩原省技师学院人事处或省人社厅事业单位人事管理处反映。反映问题须实事求是，以真实姓名和书面形式提出，并提供必要的调查线索。",
        "受理电话：嵩原省技师学院人事处 0731-85512206；省人社厅事业单位人事管理处 0731-82196760。",
    ],
    sign="嵩原省技师学院", date="2025年9月22日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="公开招聘拟聘用人员公示，身份证号已按规定遮蔽中间位，成绩为已公开的招聘成绩"))

add(id="K06", fmt="txt", case="clean", org=TING, docno="嵩人社发〔2025〕26号",
    title="关于加强技工院校内部控制建设的通知",
    to="各市人力资源和社会保障局，各技工院校：",
    body=[
        "近年来，个别技工院校在实训设备采购、学生资助发放、校办企业管理中暴露出一些问题，反映出内部控制制度不健全、执行不到位。为提升技工院校治理水平，现就加强内部控制建设通知如下。",
        "一、健全内部控制制度。各院校要按照《行政事业单位内部控制规范（试行）》，建立覆盖预算、收支、采购、资产、建设项目、合同六类经济活动的内部控制制度，做到不相容岗位相互分离。",
        "二、强化内部审计。公办技工院校应设立内部审计机构或配备专职内审人员，每年至少对重大经济事项开展一次内部审计；民办技工院校应委托会计师事务所开展年度财务审计，审计报告报所在市人社局备案。",
        "三、规范对外投资和校办企业。院校不得以学校名义为其他单位提供担保；举办校办企业的，须经主管部门批准，并实行独立核算。",
        "四、加强信息公开。院校要在校园网站公开收费项目和标准、学生资助政策和资助名单（个人信息须按规定脱敏）、年度预决算等信息，接受师生和社会监督。",
        "五、开展自查评价。各院校于2025年底前完成一次内部控制自我评价，评价报告报主管部门。",
    ],
    sign=TING, date="2025年4月9日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省财政厅，省审计厅。", printed=f"{PRINT_TING}　　　　　　2025年4月9日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="“内部控制”“内部审计”是业务名词，并非内部事项；全文为公开政策要求"))

add(id="K07", fmt="docx", case="clean", org=TING, docno="嵩人社呈〔2025〕17号", signer_line="罗正阳",
    title="关于召开全省技能人才工作会议的请示",
    to="省人民政府：",
    body=[
        "为深入贯彻党中央、国务院关于加强新时代高技能人才队伍建设的决策部署，总结近年来全省技能人才工作成效，部署今后一个时期重点任务，我厅拟以省政府名义召开全省技能人才工作会议。现将有关事项请示如下。",
        "一、会议时间。拟于2025年12月中旬召开，会期半天。",
        "二、会议地点。省人民会堂第三会议室。",
        "三、参会人员。拟请分管副省长出席并讲话；省直有关部门分管负责同志，各市分管副市长、人社局局长，部分技工院校、企业代表，约180人。",
        "四、会议议程。（一）省人社厅汇报全省技能人才工作情况；（二）渠阳市、嵩原建工集团、省技师学院作交流发言；（三）表彰2025年度嵩原省技术能手；（四）分管副省长讲话。",
        "五、会议经费。会议经费由我厅在年度会议费预算中列支。",
        "妥否，请批示。",
    ],
    sign=TING, date="2025年10月28日", mark="（此件不予公开）",
    printed=f"{PRINT_TING}　　　　　　2025年10月28日印发",
    truth=dict(attribute="不予公开", decision="approve", codes=[],
               note="报省政府的请示正确标注不予公开，内容为会议安排，无秘密"))

add(id="K08", fmt="docx", case="clean", org=TING, docno="嵩人社报〔2025〕25号", signer_line="罗正阳",
    title="关于2025年全省技工院校招生工作情况的报告",
    to="人力资源社会保障部：",
    body=[
        "按照部职业能力建设司通知要求，现将我省2025年技工院校招生工作情况报告如下。",
        "一、招生完成情况。全省技工院校2025年计划招生9.8万人，实际录取10.2万人，完成计划的104%。其中，高级工班、预备技师（技师）班招生2.3万人，比上年增加0.4万人。",
        "二、主要做法。一是实行招生计划网上公开，全部院校通过省招生信息平台发布计划；二是开展招生宣传进初中活动，覆盖初中学校1,100余所；三是联合教育、公安、市场监管部门开展招生秩序专项整治，查处违规招生行为12起。",
        "三、存在问题。部分地区仍存在普职比例执行不到位、技工院校与中职学校招生衔接不畅等问题；少数民办技工院校招生宣传不规范。",
        "四、下一步打算。推动技工院校纳入中考统一招生平台，继续加大招生秩序整治力度。",
        "特此报告。",
    ],
    sign=TING, date="2025年10月15日", mark="公开方式：不予公开", mark_pos="banji",
    printed=f"{PRINT_TING}　　　　　　2025年10月15日印发",
    truth=dict(attribute="不予公开", decision="approve", codes=[],
               note="上报人社部的报告正确标注不予公开；“存在问题”是报告常规内容"))

add(id="K09", fmt="docx", case="clean", org="梧塘市人力资源和社会保障局", head="none", docno="",
    title="梧塘市2025年第三季度重大劳动保障违法行为社会公布",
    body=[
        "根据《重大劳动保障违法行为社会公布办法》，现将我市2025年第三季度查处的重大劳动保障违法行为向社会公布如下。",
        "一、梧塘市金桥建筑劳务有限公司拖欠农民工工资案",
        "统一社会信用代码：" + uscc("91361100MA39R6CP0") + "；法定代表人：潘国栋；地址：梧塘市长乐区建设北路66号。",
        "违法事实：该公司承接梧塘长乐安置小区三期项目劳务分包，2025年4月至7月拖欠42名农民工工资共计96.8万元。",
        "处理情况：梧塘市人社局于2025年8月6日下达劳动保障监察责令改正决定书，该公司逾期未改正，8月19日依法移送公安机关。经督办，被拖欠工资已于9月3日全部支付。",
        "二、梧塘市鸿运酒店管理有限公司违法延长工作时间案",
        "统一社会信用代码：" + uscc("91361102MA3AC4LD5") + "；法定代表人：邹丽萍；地址：梧塘市东湖区滨湖路8号。",
        "违法事实：该公司2025年5月至6月安排28名员工每日工作11小时，月加班时间超过法定上限，且未足额支付加班工资。",
        "处理情况：梧塘市人社局依法责令改正，处以罚款2.8万元，该公司已补发加班工资4.3万元。",
        "举报投诉电话：12333；梧塘市劳动保障监察支队 0735-63218210。",
    ],
    sign="梧塘市人力资源和社会保障局", date="2025年10月20日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="依《重大劳动保障违法行为社会公布办法》公布企业名称、信用代码、法定代表人和违法事实，属法定公开，不是商业秘密或个人隐私"))

add(id="K10", fmt="txt", case="clean", org="嵩原省人事考试中心", head="letter", flag="嵩原省人事考试中心",
    docno="嵩人考〔2025〕19号",
    title="关于做好2025年下半年专业技术人员职业资格考试考务工作的通知",
    to="各市人事考试机构：",
    body=[
        "2025年下半年，我省将承接一级建造师、中级经济师、二级建造师等12项专业技术人员职业资格考试，参考人数预计超过15万人次。为确保考试安全平稳，现就考务工作通知如下。",
        "一、试卷安全管理。各市要严格执行试卷交接、运送、保管制度。试卷在启用前须存放于符合标准的保密室，保密室实行24小时专人值守和视频监控，双人双锁管理；试卷运送须专车专人押运，全程不得中途停留。",
        "二、考场设置。考场应设置在交通便利、环境安静的学校，每个考场不超过30人，配备身份证识别仪、手机信号屏蔽仪和视频监控设备。",
        "三、考务人员管理。监考人员须经培训合格后上岗，与考试有利害关系的人员须回避。",
        "四、考生服务。考前3天通过短信提醒考生考试时间和考点地址，考点须设置考生服务台，为残疾考生提供合理便利。",
        "五、违纪处理。对考试中的违纪违规行为，严格按照《专业技术人员资格考试违纪违规行为处理规定》处理。",
        "六、应急处置。各市要制定考试安全应急预案，发生突发事件须立即上报。",
    ],
    sign="嵩原省人事考试中心", date="2025年8月26日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="考务管理的一般性要求（保密室、启用前、押运）为公开的工作规范，不含任何试题、名单或具体押运安排"))

add(id="K11", fmt="docx", case="clean", org=TING, head="letter", docno="嵩人社函〔2025〕188号",
    title="关于报送2025年技工院校经费收支情况统计表的函",
    to="各市人力资源和社会保障局：",
    body=[
        "为做好2026年技工院校经费保障工作测算，厅需要掌握各地技工院校经费收支的基础数据。请各市组织辖区技工院校填报《2025年技工院校经费收支情况统计表》，有关事项函告如下。",
        "一、填报范围。辖区内全部公办和民办技工院校。",
        "二、填报内容。2024年度决算数和2025年1—8月执行数，包括财政拨款、学费收入、社会服务收入和人员支出、公用支出、项目支出等。民办院校只填报收入总额、支出总额和在校生人数。",
        "三、填报要求。数据须经院校负责人签字确认，市人社局审核汇总后加盖公章。对数据异常的，请附说明。",
        "四、报送时间。请于9月30日前将汇总表纸质版报送厅规划财务处，电子版通过政务内网邮箱报送。",
        "五、联系方式。厅规划财务处，电话0731-82196688。",
        "特此函告。",
    ],
    att=["2025年技工院校经费收支情况统计表"],
    sign=TING, date="2025年9月9日", mark="（此件依申请公开）",
    truth=dict(attribute="依申请公开", decision="approve", codes=[],
               note="向各市收集统计数据的工作函，属内部工作事务，标依申请公开合理；只是空白报表要求，无数据内容"))

add(id="K12", fmt="docx", case="clean", org=TING, docno="嵩人社发〔2025〕62号",
    title="关于调整全省最低工资标准的通知",
    to="各市人力资源和社会保障局，各有关单位：",
    body=[
        "经省人民政府同意（嵩政函〔2025〕118号），决定调整我省最低工资标准。现将有关事项通知如下。",
        "一、调整标准。自2026年3月1日起，全省月最低工资标准调整为：一类地区2,280元，二类地区2,150元，三类地区2,010元；非全日制用工小时最低工资标准调整为：一类地区22.5元，二类地区21元，三类地区19.5元。",
        "二、地区类别。地区类别划分维持不变，按《嵩原省人力资源和社会保障厅关于全省最低工资标准的公告》执行。",
        "三、执行要求。用人单位应当按照新标准支付工资，不得将加班加点工资、特殊工作环境津贴、法定福利待遇等计入最低工资。实行计件工资或提成工资的，应当合理确定劳动定额和计件单价，保证劳动者在法定工作时间内提供正常劳动的工资不低于最低工资标准。",
        "四、监督检查。各级人社部门要将最低工资标准执行情况纳入劳动保障监察日常巡查，对违反规定的，依法处理。",
        "五、宣传告知。各地要通过报纸、网站、微信公众号等渠道做好宣传，用人单位须在新标准发布后10日内告知本单位劳动者。",
    ],
    sign=TING, date="2025年12月26日", mark="（此件公开发布）",
    cc="抄送：人力资源社会保障部，省总工会，省企业联合会/企业家协会。", printed=f"{PRINT_TING}　　　　　　2025年12月26日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="经省政府批准后正式发布的最低工资标准调整通知，数额已成定案公开，不是未公布的调整方案"))

_K13_CARDS = [make_card("621700360018273"), make_card("622848072315904"), make_card("623668031904725"),
              make_card("621483550066021")]

add(id="K13", fmt="txt", case="clean", org="砚溪市人力资源和社会保障局", head="none", docno="",
    title="砚溪市人力资源和社会保障局劳动保障监察行政处理决定书（砚人社监理字〔2025〕第23号）",
    body=[
        "被处理单位：砚溪市顺兴钢构工程有限公司",
        "统一社会信用代码：" + uscc("91361202MA3AD7KQ2") + "；法定代表人：何振邦",
        "地址：砚溪市高新区工业三路19号",
        "经调查，你单位在砚溪高新区标准厂房项目钢结构安装工程中，2025年5月至7月拖欠4名农民工工资共计5.82万元，违反了《保障农民工工资支付条例》第十五条的规定。依据《劳动保障监察条例》第二十六条，本局作出如下处理决定：",
        "一、责令你单位于收到本决定书之日起5日内，将拖欠的工资5.82万元足额支付给劳动者本人。",
        "二、工资须通过银行转账方式支付至劳动者本人社会保障卡银行账户或本人银行卡。",
        "履行情况：你单位已于2025年8月29日通过银行代发支付完毕，代发明细如下（账号已作遮蔽处理）：",
        ("table", [["劳动者", "收款账号", "金额（元）"],
                   ["沈某", mask_card(_K13_CARDS[0]), "16,200"],
                   ["汪某", mask_card(_K13_CARDS[1]), "15,400"],
                   ["雷某", mask_card(_K13_CARDS[2]), "13,800"],
                   ["庞某", mask_card(_K13_CARDS[3]), "12,800"]]),
        "如不服本决定，可以在收到本决定书之日起60日内向砚溪市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
    ],
    sign="砚溪市人力资源和社会保障局", date="2025年9月4日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="行政处理决定公开，劳动者只写姓氏、银行卡号已遮蔽为前四后四，不构成个人信息泄露"))

add(id="K14", fmt="docx", case="clean", org=TING, head="none", docno="",
    title="2025年度第二批高层次人才引进补贴拟发放单位公示",
    body=[
        "根据《嵩原省高层次人才引进补贴实施办法》，经用人单位申报、市级初审、省级复审和厅务会审定，2025年度第二批拟向以下用人单位拨付人才引进补贴，现予公示。补贴资金由用人单位按规定全额发放给引进人才本人。",
        ("table", [["序号", "用人单位", "引进人才数（名）", "拟拨付补贴（万元）"],
                   ["1", "嵩原锂晶新能源研究院有限公司", "6", "230"],
                   ["2", "渠阳精工机床股份有限公司", "4", "110"],
                   ["3", "嵩原大学", "9", "520"],
                   ["4", "枫岭市农业科学研究所", "3", "60"],
                   ["5", "梧塘重型机械有限公司", "5", "150"],
                   ["6", "嵩原第二人民医院", "4", "140"]]),
        "公示期为2025年11月24日至11月28日。公示期间，对公示内容有异议的，请以书面形式向厅人才开发处反映，并提供联系方式。电话：0731-82196735，电子邮箱：rckfc@hr.songyuan.gov.cn。",
        "补贴资金属财政资金，拨付后将在厅门户网站“财政资金信息公开”栏目公布。",
    ],
    sign=TING, date="2025年11月24日", mark="公开方式：主动公开", mark_pos="after_date",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="财政补贴拟发放公示，公开单位名称、人数和补贴金额属应当公开的财政资金信息，不是企业商业秘密"))

add(id="K15", fmt="docx", case="clean", org=TING, head="minutes", flag="嵩原省人力资源和社会保障厅厅务会议纪要",
    docno="〔2025〕第19期",
    title="2025年第19次厅务会议纪要",
    body=[
        "2025年9月16日，厅长罗正阳主持召开2025年第19次厅务会议，研究机关有关工作。现纪要如下。",
        "一、关于机关干部教育培训。会议听取了人事处关于2025年机关干部教育培训计划执行情况的汇报。会议要求，四季度重点组织好新《劳动法》修订内容和人社服务快办行动专题培训，各处室负责同志要带头参学。",
        "二、关于机关节能降耗。会议同意机关服务中心提出的办公区空调分时段供应方案，要求各处室下班后及时关闭电源。",
        "三、关于厅门户网站改版。会议原则同意办公室提出的门户网站改版方案，要求改版后加强政务公开专栏建设，确保公开属性标注规范、信息更新及时。改版工作于11月底前完成。",
        "四、关于机关档案整理。会议要求各处室于10月底前将2024年度文书档案移交机关档案室。",
        "出席：罗正阳、顾海东、温晓蓉、詹立群、郑小川",
        "列席：办公室、人事处、规划财务处、机关服务中心负责同志",
    ],
    mark="（此件不予公开）",
    printed=f"{PRINT_TING}　　　　　　2025年9月18日印发",
    truth=dict(attribute="不予公开", decision="approve", codes=[],
               note="机关内部管理的厅务会纪要标注不予公开，内容无敏感信息，标注与性质相符"))

add(id="K16", fmt="txt", case="clean", org=TING, head="none", docno="",
    title="2025年全省人社系统公开遴选工作人员面试公告",
    body=[
        "2025年全省人社系统公开遴选工作人员笔试成绩已于10月25日公布。根据遴选公告规定，现将面试有关事项公告如下。",
        "一、面试人选。按照各职位遴选计划1:3的比例，根据笔试成绩从高到低确定面试人选，名单见省人社厅门户网站通知公告栏。",
        "二、资格复审。面试人选须于11月10日至11日到省人社厅人事处进行资格复审，携带身份证、学历学位证书、单位同意报考证明等材料原件及复印件。",
        "三、面试时间和地点。面试于11月15日在省人事考试中心举行，考生须于当日7:30前报到，8:00开始抽签，未按时报到的视为放弃。",
        "四、面试方式。采取结构化面试方式，主要测评考生的综合分析、组织协调、应变能力和岗位匹配度，每名考生面试时间不超过15分钟，满分100分，面试成绩当场公布。",
        "五、综合成绩计算。综合成绩=笔试成绩×50%+面试成绩×50%。面试成绩低于70分的，不得进入考察环节。",
        "六、注意事项。考生进入候考室后须上交所有通讯工具，面试中不得透露本人姓名、工作单位等信息。",
        "咨询电话：0731-82196752（工作日8:30—17:30）。",
    ],
    sign=TING, date="2025年11月5日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="面试公告只讲方式、测评要素和成绩计算，无面试题；与S13对照"))

add(id="K17", fmt="docx", case="clean", org="雁屿市人力资源和社会保障局", docno="雁人社发〔2025〕58号",
    title="关于雁屿港湾新城项目欠薪案件查处情况的通报",
    to="各县（区）人力资源和社会保障局，市劳动保障监察支队：",
    body=[
        "2025年9月，我局接到群众举报，反映雁屿港湾新城A3地块项目存在拖欠农民工工资问题。我局立即组织调查处理，现将有关情况通报如下。",
        "一、基本情况。经查，该项目施工总承包单位为雁屿城建工程集团有限公司，劳务分包单位雁屿四海建筑劳务有限公司拖欠35名农民工2025年6月至8月工资共计82.4万元。",
        "二、查处情况。我局于接到举报当日进场调查，依法调取了考勤记录、工资支付台账和专用账户流水。9月12日，向劳务分包单位下达责令改正决定书；同时约谈总包单位，督促其履行清偿责任。9月20日，总包单位先行清偿全部欠薪。对劳务分包单位，我局依法处以罚款3万元，并将其列入拖欠农民工工资失信联合惩戒对象名单。",
        "三、举报人保护。本案举报人的信息已依法保密，各地在办理类似案件时要严格落实举报人信息保护制度。",
        "四、工作要求。各地要畅通举报投诉渠道，对举报线索做到件件有回音；要加大对总包单位的约束力度，依法落实总包单位清偿责任。",
    ],
    sign="雁屿市人力资源和社会保障局", date="2025年10月10日", mark="（此件公开发布）",
    cc="抄送：市住房和城乡建设局。", printed="雁屿市人力资源和社会保障局办公室　　　2025年10月10日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="欠薪查处通报，只说“接到群众举报”，未透露举报人；“举报人信息已依法保密”是常规表述；与S06对照"))

add(id="K18", fmt="docx", case="clean", org=TING, head="none", docno="",
    title="嵩原省人力资源和社会保障厅关于公开征求《嵩原省技工院校学生资助管理办法（征求意见稿）》意见的公告",
    body=[
        "为规范技工院校学生资助工作，确保资助资金安全高效使用，我厅会同省财政厅起草了《嵩原省技工院校学生资助管理办法（征求意见稿）》。根据重大行政决策公众参与有关规定，现向社会公开征求意见。",
        "一、征求意见期限。2025年10月9日至11月8日（30日）。",
        "二、意见反馈方式。（一）登录省人社厅门户网站“政民互动—意见征集”栏目提出意见；（二）发送电子邮件至zynljs@hr.songyuan.gov.cn，邮件主题注明“学生资助办法意见”；（三）信函寄送至渠阳市政通路1号省人社厅职业能力建设处（邮编431000），信封注明“学生资助办法意见”。",
        "三、征求意见稿主要内容。《办法》明确技工院校学生资助包括免学费、国家助学金、国家奖学金、省级励志奖学金和校内资助；规定了资助对象认定程序、资金拨付流程和学校管理责任；要求资助名单在校内公示，公示时不得公开学生身份证号、银行账号、家庭住址等个人信息。",
        "我们将认真研究各方面意见，对意见采纳情况予以反馈说明。",
    ],
    att=["嵩原省技工院校学生资助管理办法（征求意见稿）", "《嵩原省技工院校学生资助管理办法（征求意见稿）》起草说明"],
    sign=TING, date="2025年10月9日", mark="（此件公开发布）",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="面向社会公开征求意见的公告（重大行政决策公众参与），主动公开正确；与L03部门间征求意见函对照"))

add(id="K19", fmt="txt", case="clean", org=TING, docno="嵩人社发〔2025〕22号",
    title="转发人力资源社会保障部办公厅关于进一步规范技工院校招生秩序的通知",
    to="各市人力资源和社会保障局，各技工院校：",
    body=[
        "现将《人力资源社会保障部办公厅关于进一步规范技工院校招生秩序的通知》（人社厅发〔2025〕16号，部门户网站已全文公开）转发给你们，并结合我省实际提出以下要求，请一并贯彻执行。",
        "一、全面落实招生信息公开。各技工院校须在6月15日前通过省技工院校招生信息平台公开招生计划、专业设置、收费标准、资助政策和办学资质，未公开的不得招生。",
        "二、严肃查处违规招生行为。对买卖生源、虚假宣传、以“学历”名义欺骗招生的，各市人社局要依法依规严肃处理，情节严重的，依法吊销办学许可。",
        "三、畅通投诉举报渠道。各市要公布招生投诉举报电话，对举报线索及时核查处理，并向举报人反馈处理结果。",
        "四、加强部门协作。各市人社局要会同教育、公安、市场监管部门开展联合检查，形成监管合力。",
        "执行中遇到的问题，请及时报厅职业能力建设处。",
    ],
    att=["人力资源社会保障部办公厅关于进一步规范技工院校招生秩序的通知"],
    sign=TING, date="2025年5月20日", mark="（此件公开发布）",
    cc="抄送：省教育厅，省公安厅，省市场监督管理局。", printed=f"{PRINT_TING}　　　　　　2025年5月20日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="转发件：被转发的部通知已公开，转发文标注主动公开与之一致"))

add(id="K20", fmt="txt", case="clean", org=TING, docno="嵩人社发〔2025〕54号",
    title="关于技工院校专项补助资金审计发现问题整改情况的通报",
    to="各市人力资源和社会保障局，各技工院校：",
    body=[
        "2025年3月至5月，省审计厅对2022—2024年度技工院校专项补助资金使用情况进行了专项审计，审计结果已于7月在省审计厅门户网站公告。按照审计整改要求，现将整改情况通报如下。",
        "一、审计发现的主要问题。（一）3所院校实训设备采购未严格执行政府采购程序，涉及金额412万元；（二）2所民办院校虚报在校生人数套取免学费补助，涉及金额86万元；（三）部分市专项资金拨付滞后，最长滞后5个月。",
        "二、整改情况。截至9月底，上述问题已全部完成整改：对未执行政府采购程序的院校，责成其完善采购制度，相关责任人已被约谈；对套取免学费补助的2所民办院校，追回资金86万元，暂停其2025年度专项资金申报资格，并核减招生计划；对资金拨付滞后的市，已督促拨付到位。",
        "三、下一步工作。厅将建立专项资金全流程监控机制，对资金拨付和使用情况实行季度抽查，抽查结果及时通报。",
        "社会公众对技工院校专项资金使用情况有监督意见的，可向厅规划财务处反映，电话：0731-82196688，电子邮箱：ghcwc@hr.songyuan.gov.cn。",
    ],
    sign=TING, date="2025年10月13日", mark="公开方式：主动公开", mark_pos="banji",
    cc="抄送：省审计厅，省财政厅。", printed=f"{PRINT_TING}　　　　　　2025年10月13日印发",
    truth=dict(attribute="主动公开", decision="approve", codes=[],
               note="审计已结束且结果已公告后的整改通报，“季度抽查”只是一般机制，未列抽查对象和时间；处室电话邮箱为公开办公联系方式"))


# ---------------------------------------------------------------- additional paragraphs
# (kept apart so the main texts above stay readable; idx = position in body where they go)
EXTRA = {
    "S08": (4, ["评审中，委员们对个别申报人的代表性成果是否为本人主持完成存在不同看法，经专业组复核原始材料后再行表决。对得票未达规定比例的人选，本年度不再递补。"]),
    "S10": (None, ["五、严肃工作纪律。调资政策性强、涉及面广，各地要加强组织领导，严格按国家和省的规定执行，不得擅自扩大范围、提高标准或者变相增加津贴补贴，工作中遇到的问题及时向厅工资福利处反映。"]),
    "S11": (1, ["今年编制工作较往年提前约一个月启动，主要是考虑让指导线在春节前后企业集中开展工资集体协商时就能发挥引导作用。请各市安排熟悉情况的同志具体负责，确保材料质量。"]),
    "S14": (None, ["五、其他事项。自查报告和问题清单请于11月20日前报厅规划财务处，联系人：简立秋，电话：0731-82196689。"]),
    "S15": (1, ["2025年全省城乡居民养老保险领取待遇人数为612.4万人，人均月领取待遇为226元，与周边省份相比仍处于中等偏下水平，适当提高基础养老金标准很有必要。"]),
    "S16": (-1, ["复核工作须由两名以上工作人员共同进行，复核结果由中心统一答复考生，各地不得自行对外答复分数问题。考生本人申请复核的，须提交身份证复印件和准考证复印件。"]),
    "M03": (4, ["四、落实工作责任。各市人社局主要负责同志为第一责任人，节日期间实行领导带班和24小时值班制度，值班电话要确保有人接听。对因工作不力导致发生重大欠薪事件的，将依规依纪严肃问责。"]),
    "M07": (2, ["评估由各市人社局组织实施，省级按不低于10%的比例抽查复核，评估结果经公示无异议后由市人社局在门户网站公布。"]),
    "M08": (5, ["下半年，各地要围绕冬季专项行动做好准备，对政府投资项目拖欠工程款问题开展专项清理，督促落实总包代发和工资保证金制度。"]),
    "M09": (-1, ["六、本意见自印发之日起施行。各地可结合实际制定具体实施办法，执行中的重大问题及时报告省人社厅、省财政厅。"]),
    "M10": (None, ["本通知自2025年9月1日起施行。此前已通过申请方式享受补贴的人员，继续按原规定执行至期满。"]),
    "M11": (4, ["学校首批招生须在取得办学许可证后进行，招生简章须经你局审核备案，严禁以“包分配”“大专学历”等名义进行虚假宣传。"]),
    "M12": (4, ["四、经费保障。活动所需经费由各地各单位在年度工作经费中统筹安排。各地请于7月20日前将活动开展情况总结报厅职业能力建设处。"]),
    "C06": (None, ["五、下一步要求。各地要督促总包单位严格落实农民工工资按月支付制度，对专用账户资金异常的项目及时约谈，防止同类问题重复发生。"]),
    "C07": (-1, ["五、变更完成前，学校现有教职工的劳动合同继续履行，工资待遇不得降低；在校生学籍管理、收费标准和退费办法按原规定执行。"]),
    "C09": (None, ["五、监督管理。项目实施过程中，你会须按月报送培训进度，我局将对培训过程开展不定期抽查，确保补助资金使用规范。"]),
    "C10": (None, ["四、支持措施。对新成立并规范运行一年以上的劳务专业合作社，各地可按规定给予一次性创业补贴；对组织农村劳动力转移就业成效明显的，可给予就业服务补助。"]),
    "C12": (None, ["本局将依法对当事人履行本决定的情况进行跟踪检查。"]),
    "L01": (1, ["从外省经验看，设立省级专项资金是推动技工教育提质扩容的有效做法，相邻三省均已设立同类资金，且在带动市县加大投入方面成效明显。"]),
    "L02": (2, ["从案件分布看，工程建设领域欠薪案件数量占比下降至41%，制造业、服务业欠薪案件有所增加，欠薪案件呈现小额化、分散化特点。"]),
    "L03": (2, ["为使《办法》更具可操作性，起草过程中我厅赴6个市开展了调研，召开了技工院校和财政部门参加的座谈会，并参考借鉴了兄弟省份的做法。"]),
    "L04": (None, ["五、资金管理。各地要加强基础养老金发放管理，按月足额发放到参保人员社会保障卡银行账户，严禁挤占挪用。", "六、本通知自印发之日起执行。执行中遇到的问题，请及时向省人社厅养老保险处、省财政厅社会保障处反映。"]),
    "L05": (-1, ["当事人在被列入名单后，已改正违法行为、消除不良影响的，可以向认定部门申请提前移出名单。"]),
    "L06": (None, ["九、监督电话：12345政务服务便民热线；砚溪市人社局人才开发科，0738-52216650。"]),
    "L07": (5, ["五、对评估合格的院校，各市人社局要督促其持续改善办学条件；对暂缓通过的院校，整改期间招生计划按上年的70%核定。"]),
    "L08": (None, ["对受表彰人员，各用人单位可按规定给予奖励，并在岗位聘任、职称评审、薪酬待遇等方面予以倾斜。"]),
    "L09": (5, ["五、关于机关值班安排。会议同意国庆节后机关值班改为处室轮值，值班表由办公室统一编排。"]),
    "L10": (None, ["六、本意见自印发之日起施行。此前我厅有关规定与本意见不一致的，以本意见为准。"]),
    "L11": (-1, ["五、施工总承包单位、建设单位、开户银行违反本办法规定的，由人社部门和相关行业主管部门依照《保障农民工工资支付条例》的规定处理。"]),
    "L12": (-2, ["五、建议将第三十条中“可以”修改为“应当”，即“建设单位未按约定支付工程款导致拖欠农民工工资的，有关部门应当暂停其新的政府投资项目审批”，以增强约束力。"]),
    "K02": (2, ["公示期满后，对无异议或反映问题经核实不影响推荐的人选，将按程序报省政府审批。"]),
    "K07": (-1, ["会议筹备工作由我厅负责，会议通知拟以省政府办公厅名义印发。"]),
    "K08": (2, ["从录取结构看，制造类专业录取人数占比为58%，较上年提高3个百分点；女生占比为31%；跨市录取人数为1.4万人。"]),
    "K10": (None, ["七、经费保障。考务经费按省财政厅、省人社厅核定的标准执行，各市不得另行向考生收取费用。"]),
    "K11": (3, ["填报时请使用统一模板，不得改变表格结构和指标口径。民办院校收入、支出数据以经会计师事务所审计的年度财务报告为准，未经审计的请注明。"]),
    "K14": (1, ["本批次补贴对象均已通过社保缴费、劳动合同、人才认定等条件核验，补贴标准按《办法》规定的类别执行。"]),
    "K15": (5, ["五、关于四季度重点工作调度。会议要求各处室对照年初工作要点梳理完成情况，未完成事项明确责任人和时间节点，于9月底前报办公室汇总。"]),
    "K17": (None, ["各地要以本案为鉴，对工程建设领域在建项目开展一次全面排查，推动各项工资支付保障制度落实到位。"]),
    "K18": (4, ["征求意见稿全文及起草说明可在省人社厅门户网站“政策文件—征求意见”栏目查阅下载，也可到省人社厅政务公开查阅点查阅纸质文本。"]),
    "K19": (-1, ["各市人社局要将本通知转发至辖区全部技工院校，并于6月底前将贯彻落实情况报厅。"]),
}


def _apply_extra():
    for d in DOCS:
        ins = EXTRA.get(d["id"])
        if not ins:
            continue
        idx, paras = ins
        body = d["body"]
        if idx is None:
            d["body"] = body + paras
        else:
            i = idx if idx >= 0 else len(body) + idx
            d["body"] = body[:i] + paras + body[i:]


_apply_extra()

EXTRA2 = {
    "S15": (2, ["近年来，各地在基础养老金之外普遍建立了丧葬补助、高龄津贴等配套政策，测算时请一并说明本地配套政策的资金规模，不要与基础养老金混算。"]),
    "M11": (1, ["专家组认为，该校校舍、实训场地和设备基本达到《技工学校设置标准》要求，专业设置与砚溪市电子信息、汽车零部件产业需求相衔接，具备举办中级技工教育的条件。"]),
    "L01": (None, ["附：近三年全省技工院校经费投入情况说明（另附）。"]),
    "L03": (-1, ["请各市人社局同时征求辖区技工院校的意见，汇总后一并反馈。"]),
    "L04": (1, ["本次提标是我省连续第三年提高基础养老金最低标准，惠及全省600余万名城乡居民养老保险待遇领取人员。"]),
    "L06": (None, ["十、注意事项：用人单位对申报材料真实性负责，对弄虚作假骗取补贴的，依法追回资金，五年内不得申报各类人才补贴。"]),
    "L07": (1, ["本次评估重点考查办学条件、师资队伍、教学管理、校企合作、毕业生就业质量和规范办学等六个方面，采取材料审核、实地查看、师生座谈、问卷调查相结合的方式进行。"]),
    "L08": (None, ["附件所列人员同时按规定晋升一级职业技能等级。"]),
    "L11": (2, ["制定《实施办法》，是落实国家关于根治欠薪决策部署、从源头上预防工程建设领域拖欠农民工工资问题的一项重要制度安排。各地各部门要加强协同配合，确保各项规定落地见效。"]),
    "L12": (1, ["总体上看，征求意见稿结构合理，对规范政府投资项目工程款支付具有积极作用。为更好地与农民工工资支付保障制度衔接，提出以下修改建议："]),
    "K07": (1, ["近年来，全省高技能人才队伍不断壮大，年末总量达到196万人，技工院校办学规模稳步扩大，但与制造强省建设的需要相比，技能人才总量不足、结构不优、待遇偏低等问题仍然存在，有必要召开专门会议进行部署。"]),
    "K08": (None, ["附件：2025年全省技工院校招生情况统计表（按院校类别）。"]),
    "K11": (None, ["各市如对统计口径有疑问，请在填报前与厅规划财务处沟通，避免返工。"]),
    "K14": (None, ["拟发放单位名单经公示无异议后，补贴资金将在12月中旬前拨付到位。"]),
    "K19": (1, ["部通知对招生信息公开、招生宣传管理、违规招生查处、部门协同监管等提出了明确要求。各地要认真组织学习，对照要求查找本地区招生工作中存在的薄弱环节，逐项抓好落实。"]),
}


def _apply_extra2():
    for d in DOCS:
        ins = EXTRA2.get(d["id"])
        if not ins:
            continue
        idx, paras = ins
        body = d["body"]
        if idx is None:
            d["body"] = body + paras
        else:
            i = idx if idx >= 0 else len(body) + idx
            d["body"] = body[:i] + paras + body[i:]


_apply_extra2()


# =====================================================================================
def main(outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = {}
    for d in DOCS:
        counts[(d["case"], d["fmt"])] = counts.get((d["case"], d["fmt"]), 0) + 1
        n = body_chars(d)
        assert n >= 400, (d["id"], n)
        t = d["truth"]
        assert t["decision"] in ("approve", "return", "escalate")
        assert t["attribute"] in ("主动公开", "依申请公开", "不予公开", None)
    # neutral file names: shuffled with a fixed seed so the case cannot be read from the name
    order = list(range(len(DOCS)))
    random.Random(1108).shuffle(order)
    fname = {DOCS[idx]["id"]: f"{num:03d}.{DOCS[idx]['fmt']}" for num, idx in enumerate(order, 1)}
    rows = []
    for num, idx in enumerate(order, 1):
        d = DOCS[idx]
        name = f"{num:03d}.{d['fmt']}"
        if d["fmt"] == "docx":
            render_docx(d, out / name)
        else:
            render_txt(d, out / name)
        t = d["truth"]
        rows.append(dict(file=name, attribute=t["attribute"], decision=t["decision"], codes=t["codes"],
                         note=re.sub(r"(?<![A-Za-z0-9])([SMCLK]\d\d)(?![0-9])", lambda m: fname[m.group(1)], t["note"]), case=d["case"], src_id=d["id"], issuer=d["org"]))
    rows.sort(key=lambda r: r["file"])
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k in sorted(counts):
        print(k, counts[k])
    print("total", len(DOCS))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
