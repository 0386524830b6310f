#!/usr/bin/env python3
"""Generate the eval11ab set: 72 outgoing drafts of a fictional district 人社局 plus truth.jsonl.

Run: /work/main/.venv/bin/python gen.py OUTDIR
Fictional bureau: 岷北省桐溪市鹿鸣区人力资源和社会保障局 (鹿人社…字号).
"""
import json
import os
import random
import sys
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ORG = "桐溪市鹿鸣区人力资源和社会保障局"
ORG_SHORT = "鹿鸣区人社局"
CITY_BUREAU = "桐溪市人力资源和社会保障局"
RNG = random.Random(20251107)

# ---------------------------------------------------------------- identifiers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * w for a, w in zip(first17, _W)) % 11]


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def make_id(area, birth, seq):
    first = f"{area}{birth}{seq:03d}"
    assert len(first) == 17
    full = first + id_check(first)
    assert id_valid(full)
    return full


def mask_id(full):
    assert id_valid(full), full
    return full[:3] + "*" * 11 + full[-4:]


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(prefix15):
    for last in range(10):
        c = prefix15 + str(last)
        if luhn_ok(c):
            return c
    raise AssertionError


def mask_card(card):
    assert luhn_ok(card)
    return f"{card[:4]} **** **** {card[-4:]}"


def mask_phone(p):
    return p[:3] + "****" + p[-4:]


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    """统一社会信用代码 with its GB 32100 check character."""
    r = 31 - sum(_USCC.index(c) * w for c, w in zip(first17, _UW)) % 31
    return first17 + _USCC[0 if r == 31 else r]


AREAS = ["517203", "517204", "517221", "517202", "517223"]


def pid(i, birth="19850312"):
    """Deterministic valid ID number for person i."""
    return make_id(AREAS[i % len(AREAS)], birth, 100 + i * 7 % 900)


# ---------------------------------------------------------------- doc model
class Doc:
    """One document: layout facts + text blocks + truth row."""

    def __init__(self, **kw):
        self.__dict__.update(dict(
            kind="file",          # file | letter | plain | oa
            docno="", title="", to="", body=[], attach=[], sign=ORG, date="",
            attr_line="", cc="", printer="", print_date="", urgency="",
            oa=None, wrap=None, extra_end=[], portal=None, signer_line="",
        ))
        self.__dict__.update(kw)


DOCS = []


def add(**kw):
    DOCS.append(Doc(**kw))


def body_text(d):
    parts = []
    for b in d.body:
        parts.append(block_text(b))
    for t, blocks in d.attach:
        parts.append(t)
        parts.extend(block_text(b) for b in blocks)
    parts.extend(d.extra_end)
    return "\n".join(parts)


def block_text(b):
    if isinstance(b, str):
        return b
    if b[0] == "table":
        return "\n".join("\t".join(r) for r in b[1])
    return b[1]


# ---------------------------------------------------------------- docx rendering
RED = RGBColor(0xE0, 0x00, 0x00)


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text="", font="仿宋_GB2312", size=16, align=None, indent=False, bold=False,
          color=None, space_after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28.9)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _rule(p, color="E00000", sz=12, where="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{where}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        assert len(r) == len(rows[0]), r
        for j, cell in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(cell)
            _font(run, "黑体" if i == 0 else "仿宋_GB2312", 11)
    return t


def _blocks(doc, blocks):
    for b in blocks:
        if isinstance(b, str):
            _para(doc, b, indent=True)
        elif b[0] == "h":
            _para(doc, b[1], font="黑体", indent=True)
        elif b[0] == "h2":
            _para(doc, b[1], font="楷体_GB2312", indent=True)
        elif b[0] == "p0":
            _para(doc, b[1])
        elif b[0] == "center":
            _para(doc, b[1], align=WD_ALIGN_PARAGRAPH.CENTER)
        elif b[0] == "right":
            _para(doc, b[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif b[0] == "table":
            _table(doc, b[1])
        else:
            raise ValueError(b)


def render_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    if d.kind == "file":
        if d.urgency:
            _para(doc, d.urgency, font="黑体")
        _para(doc, f"{ORG}文件", font="方正小标宋简体", size=36, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=RED, space_after=12)
        _para(doc)
        p = _para(doc, d.docno, align=WD_ALIGN_PARAGRAPH.CENTER)
        if d.signer_line:
            p = _para(doc, d.signer_line, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _rule(p)
        _para(doc)
    elif d.kind == "letter":
        p = _para(doc, ORG, font="方正小标宋简体", size=30, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
        _rule(p, sz=18)
        _para(doc, d.docno, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if d.urgency:
            _para(doc, d.urgency, font="黑体")
        _para(doc)
    # plain: no red header
    _para(doc, d.title, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    if d.to:
        _para(doc, d.to)
    _blocks(doc, d.body)
    if d.attach:
        _para(doc)
        for i, (t, _) in enumerate(d.attach, 1):
            label = "附件：" if i == 1 else "　　　"
            num = f"{i}．" if len(d.attach) > 1 else ""
            p = _para(doc, f"{label}{num}{t}", indent=True)
    _para(doc)
    if d.sign:
        for line in d.sign.split("\n"):
            _para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.date:
        _para(doc, d.date, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.attr_line and getattr(d, "attr_pos", "after_date") == "after_date":
        _para(doc, d.attr_line, indent=True)
    for line in d.extra_end:
        _para(doc, line, indent=True)
    for i, (t, blocks) in enumerate(d.attach, 1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(doc, f"附件{i}" if len(d.attach) > 1 else "附件", font="黑体")
        _para(doc, t, font="方正小标宋简体", size=18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
        _blocks(doc, blocks)
    if d.cc or d.printer or (d.attr_line and getattr(d, "attr_pos", "") == "banji"):
        _para(doc)
        first = None
        if d.attr_line and getattr(d, "attr_pos", "") == "banji":
            first = _para(doc, d.attr_line, size=14)
        if d.cc:
            p = _para(doc, "抄送：" + d.cc, size=14)
            first = first or p
        if first is not None:
            _rule(first, color="000000", sz=8, where="top")
        if d.printer:
            p = _para(doc, f"{d.printer}　　　　{d.print_date}印发", size=14)
            _rule(p, color="000000", sz=8, where="bottom")
    doc.save(path)


# ---------------------------------------------------------------- txt rendering
def _wrap(text, width, lead="　　"):
    s = lead + text
    if not width:
        return [s]
    return [s[i:i + width] for i in range(0, len(s), width)]


def render_txt(d, path):
    out = []
    if d.portal:
        out.extend(d.portal)
        out.append("")
    if d.oa:
        out.extend(d.oa)
        out.append("")
    if d.kind in ("file", "letter") and not d.oa:
        out.append(ORG + ("文件" if d.kind == "file" else ""))
        out.append(d.docno)
        out.append("─" * 24)
    out.append("　　　　" + d.title)
    out.append("")
    if d.to:
        out.append(d.to)
    w = d.wrap
    for b in d.body:
        out.extend(_txt_block(b, w))
    if d.attach:
        out.append("")
        for i, (t, _) in enumerate(d.attach, 1):
            out.append(("　　附件：" if i == 1 else "　　　　　") + (f"{i}.{t}" if len(d.attach) > 1 else t))
    out.append("")
    if d.sign:
        for line in d.sign.split("\n"):
            out.append("　" * 14 + line)
    if d.date:
        out.append("　" * 14 + d.date)
    if d.attr_line and getattr(d, "attr_pos", "after_date") == "after_date":
        out.append("　　" + d.attr_line)
    for line in d.extra_end:
        out.extend(_wrap(line, w))
    for i, (t, blocks) in enumerate(d.attach, 1):
        out.append("")
        out.append(f"附件{i}" if len(d.attach) > 1 else "附件")
        out.append("　　　　" + t)
        for b in blocks:
            out.extend(_txt_block(b, w))
    if d.cc or d.printer or (d.attr_line and getattr(d, "attr_pos", "") == "banji"):
        out.append("")
        out.append("-" * 40)
        if d.attr_line and getattr(d, "attr_pos", "") == "banji":
            out.append(d.attr_line)
        if d.cc:
            out.append("抄送：" + d.cc)
        if d.printer:
            out.append(f"{d.printer}　　　{d.print_date}印发")
        out.append("-" * 40)
    with open(path, "w", encoding="utf-8", newline="\r\n" if getattr(d, "crlf", False) else "\n") as f:
        f.write("\n".join(out) + "\n")


def _txt_block(b, w):
    if isinstance(b, str):
        return _wrap(b, w)
    if b[0] in ("h", "h2"):
        return _wrap(b[1], w)
    if b[0] in ("p0", "center", "right"):
        return [b[1]]
    if b[0] == "table":
        return ["｜".join(r) for r in b[1]]
    raise ValueError(b)


def oa_header(title, docno, dept, drafter, checker, signer, attr, date, extra=None, style=0):
    """An OA 发文稿纸 export header (layout varies by style)."""
    if style == 0:
        lines = ["【鹿鸣区人社局协同办公平台·发文稿纸】",
                 f"文件标题：{title}",
                 f"发文字号：{docno}　　　缓急：平件",
                 f"拟稿单位：{dept}　　拟稿人：{drafter}",
                 f"核稿：{checker}　　　签发：{signer}",
                 f"公开属性：{attr}",
                 f"拟稿日期：{date}"]
    elif style == 1:
        lines = ["=====================================",
                 f"  文 号 ： {docno}",
                 f"  标 题 ： {title}",
                 f"  主办科室：{dept}　　 拟 稿：{drafter}",
                 f"  核 稿 ： {checker}",
                 f"  签 发 ： {signer}（{date}）",
                 f"  公开方式：{attr}",
                 "====================================="]
    else:
        lines = [f"发文稿纸　　　　　　　　　　　　打印时间：{date} 16:4{RNG.randint(0,9)}",
                 f"拟稿人：{drafter}　　　　拟稿部门：{dept}",
                 f"核稿人：{checker}　　　　会签：——",
                 f"签发人：{signer}",
                 f"发文字号：{docno}",
                 f"信息公开选项：{attr}",
                 f"标题：{title}"]
    if extra:
        lines.extend(extra)
    lines.append("-" * 36 + "正文" + "-" * 36 if style != 1 else "【正文】")
    return lines


# ================================================================ documents
GK = "（此件公开发布）"
GK2 = "公开方式：主动公开"
YS = "公开方式：依申请公开"
BY = "公开方式：不予公开"
OFFICE = "桐溪市鹿鸣区人力资源和社会保障局办公室"

# ---------------------------------------------------------------- SECRET_CONTENT (16)
add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="附件2 gives the 结构化面试 题目 and 评分要点 for an interview set for 7月19日, doc dated 7月8日; body itself is ordinary logistics",
    kind="file", docno="鹿人社发〔2025〕41号",
    title="关于做好2025年区属事业单位公开招聘面试组织工作的通知",
    to="各有关用人单位，区人才服务中心：",
    body=[
        "2025年区属事业单位公开招聘笔试成绩已于6月30日公布，资格复审工作已经结束。根据招聘公告安排，面试定于7月19日（星期六）在鹿鸣区职业技术学校实训楼举行。为保证面试工作顺利进行，现将有关事项通知如下。",
        ("h", "一、面试形式"),
        "本次面试采取结构化面试方式，每名考生答题时间为15分钟，共答3道题，考官现场独立评分，去掉一个最高分和一个最低分后取平均分为面试成绩。面试成绩当场向考生宣布。",
        ("h", "二、工作分工"),
        "区人才服务中心负责考场布置、候考室管理和考生引导；各用人单位各派1名工作人员于7月19日7:00前到达考点报到，协助做好候考管理，不得进入面试考场。考官由区人社局统一抽调，考前集中培训。",
        ("h", "三、有关要求"),
        "各单位要严格执行回避制度，与考生有夫妻关系、直系血亲关系、三代以内旁系血亲或者近姻亲关系的工作人员不得参与当天面试组织工作。工作人员当天须将手机统一存放，不得与考生私下接触。",
        "面试题本由区人才服务中心专人管理，按附件2内容印制，请于7月18日下午完成装袋。",
    ],
    attach=[
        ("面试工作人员报到安排表", [("table", [["时间", "地点", "事项", "负责单位"],
                                           ["7月19日6:50", "实训楼一楼大厅", "工作人员报到、领取工作证", "区人才服务中心"],
                                           ["7:30", "二楼候考室", "考生检录、抽签", "各用人单位"],
                                           ["8:00", "三楼考场1—4", "面试开始", "考官组"]])]),
        ("结构化面试题本（A组）", [
            "第一题：你所在的社区有部分老人反映不会使用手机办理养老保险待遇资格认证，社区主任让你负责这项工作，你会怎么做？",
            "评分要点：能准确把握群众需求（2分）；提出入户上门、结对帮办、现场教学等具体措施（4分）；注意与社区网格员、家属配合（2分）；有后续跟踪回访意识（2分）。",
            "第二题：有人说“基层减负就是少开会、少发文”，谈谈你的看法。",
            "评分要点：观点明确，不偏激（3分）；能从形式主义根源和考核机制方面分析（4分）；对策可行（3分）。",
            "第三题：单位安排你和一位老同事共同组织一次招聘活动，但老同事对你提出的线上报名方案不认可，你怎么处理？",
            "评分要点：尊重同事，主动沟通（3分）；能兼顾线上线下两种方式（4分）；以完成任务为重（3分）。",
        ])],
    date="2025年7月8日", attr_line=GK, cc="区委组织部，区财政局。", printer=OFFICE, print_date="2025年7月8日")

add(case="secret", fmt="txt", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="OA export; the 区级加发基础养老金 rise (45→60元) and its 测算 are only a draft pending 区政府常务会 — an unannounced adjustment plan with figures, in paragraph 2 and the table",
    kind="oa", wrap=33, docno="鹿人社发〔2025〕18号",
    title="关于做好城乡居民基础养老金区级加发部分调整前期准备工作的通知",
    oa=oa_header("关于做好城乡居民基础养老金区级加发部分调整前期准备工作的通知", "鹿人社发〔2025〕18号", "社会保险科",
                 "孟晓川", "庞慧", "韦国栋", "主动公开", "2025-03-11"),
    to="各街道办事处、镇人民政府，区社会保险事业中心：",
    body=[
        "为做好城乡居民养老保险待遇调整衔接工作，确保相关工作有序推进，现就前期准备工作通知如下。",
        "一、关于调整幅度。经我局会同区财政局测算，拟自2025年7月1日起，将城乡居民基础养老金区级加发部分由每人每月45元提高到60元，年满75周岁的再增发10元。该方案尚需提请区政府常务会议研究，目前按此口径开展数据准备，最终以区政府批准的标准为准。",
        "二、关于资金测算。按2月底领取待遇人数测算，全区需增加年度支出约1063万元，其中区级财政承担全部。各街道（镇）领取人数和增支测算如下表：",
        ("table", [["单位", "领取人数", "年增支（万元）"],
                   ["青枫街道", "8214", "147.9"], ["云湾街道", "9652", "173.7"],
                   ["柳堤街道", "7108", "127.9"], ["石门镇", "16320", "293.8"], ["芦荡镇", "17753", "319.6"]]),
        "三、工作要求。各街道（镇）请于3月25日前完成领取人员信息核对，重点清理死亡未销户、重复领取等情况，核对结果报区社会保险事业中心。",
        "联系人：社会保险科　庞慧　电话：0781-6652317",
    ],
    sign=ORG, date="2025年3月12日", attr_line="（此件主动公开）")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="表格 lists 推荐人选 with 民主推荐得票数 and says 公示 is still to come (拟于4月中旬公示) — nominees with vote counts before 公示",
    kind="file", docno="鹿人社发〔2025〕29号",
    title="关于报送2025年度区劳动模范推荐人选有关材料的通知",
    to="各推荐单位：",
    body=[
        "根据区总工会、区人社局《关于开展2025年度鹿鸣区劳动模范评选工作的通知》要求，各推荐单位已按程序完成民主推荐。为做好下一步考察工作，现将有关事项通知如下。",
        "一、请各推荐单位于4月3日前报送推荐人选的先进事迹材料（1500字以内）、推荐审批表（一式三份）及近期二寸免冠彩色照片电子版。事迹材料要实事求是，突出本职岗位业绩，避免空泛表述。",
        "二、推荐人选为企业负责人的，须同时提供人社、税务、市场监管、生态环境等部门出具的意见；企业近三年存在欠薪、欠缴社保情况的，不得推荐。",
        "三、经汇总，各单位民主推荐情况如下（按得票率排序），考察结束后将统一在区政府网站公示，公示时间拟定于4月中旬：",
        ("table", [["序号", "推荐人选", "单位及职务", "参评人数", "得票数"],
                   ["1", "祁国梁", "桐溪鹿鸣精密铸造有限公司 车间主任", "126", "119"],
                   ["2", "闻秀兰", "石门镇卫生院 护士长", "58", "54"],
                   ["3", "欧阳建", "区城市管理局 环卫所所长", "71", "63"],
                   ["4", "邹小燕", "鹿鸣区第二实验小学 教师", "89", "72"],
                   ["5", "卜天成", "芦荡镇卜家湾村 党支部书记", "43", "31"]]),
        "四、材料报送至区人社局工资福利科（区行政中心B座412室），电子版发送至lmqgzflk@tx.gov.example。",
    ],
    date="2025年3月27日", attr_line=GK, cc="区总工会。", printer=OFFICE, print_date="2025年3月27日")

add(case="secret", fmt="txt", genre="通报", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="last paragraph names the 举报人 (company cashier, still employed, with ID tail) to all 街道 — an informant identified",
    kind="oa", wrap=31, docno="鹿人社监〔2025〕7号",
    title="关于桐溪市恒昌建材有限公司拖欠工资案件查处情况的通报",
    oa=oa_header("关于桐溪市恒昌建材有限公司拖欠工资案件查处情况的通报", "鹿人社监〔2025〕7号", "劳动保障监察大队",
                 "符建平", "沙俊", "韦国栋", "主动公开", "2025-05-20", style=2),
    to="各街道、镇劳动保障服务所：",
    body=[
        "今年4月，区劳动保障监察大队接到线索，反映桐溪市恒昌建材有限公司自2024年12月起拖欠生产一线职工工资。经立案调查，该公司共拖欠43名职工工资合计61.2万元，事实清楚，证据确凿。",
        "监察大队于4月18日向该公司下达《劳动保障监察责令改正决定书》，责令其在15日内足额支付。在督促下，该公司于5月6日通过银行代发方式全部结清，职工已确认到账。我局依法对该公司作出警告处罚，并将其纳入重点监控名单。",
        "从本案看，部分企业以“回款慢”为由长期压欠工资，职工碍于情面不敢投诉，问题往往积累到较大规模才暴露。各街道（镇）要结合网格化管理，每月至少走访辖区重点企业一次，发现苗头及时报告。",
        "另：本案线索最初系该公司财务部出纳甘丽萍（身份证号末四位0318）于4月2日到大队实名反映，并提供了工资表复印件。该同志目前仍在公司上班，请青枫街道劳动保障服务所日常多加关注，如发现公司对其调岗、降薪，及时告知大队。",
    ],
    sign=ORG, date="2025年5月21日", attr_line="公开属性：主动公开")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="附件 gives the named 抽查企业 and exact dates of an unannounced 工资支付 check (body says 不打招呼) — an inspection plan not to be announced in advance",
    kind="file", docno="鹿人社发〔2025〕55号",
    title="关于开展2025年第三季度工资支付情况专项检查的通知",
    to="各街道办事处、镇人民政府，区住建局、区交通运输局：",
    body=[
        "为深入推进根治欠薪工作，及时发现和化解欠薪隐患，区人社局决定于8月至9月在全区开展工资支付情况专项检查。现将有关事项通知如下。",
        ("h", "一、检查范围"),
        "全区在建工程建设项目、劳动密集型加工制造企业、餐饮住宿等服务业企业，以及近两年有过欠薪投诉记录的用人单位。",
        ("h", "二、检查内容"),
        "重点检查用人单位是否按时足额支付工资、是否执行最低工资标准、是否依法支付加班工资、工程建设领域是否落实农民工工资专用账户、实名制管理、工资保证金和按月足额支付等制度。",
        ("h", "三、方式方法"),
        "检查采取“双随机、一公开”与重点检查相结合的方式，由监察大队牵头，会同行业主管部门组成联合检查组，不提前通知被检查单位，直接到现场查阅工资台账、考勤记录和银行代发凭证。检查结果将统一向社会公开。",
        ("h", "四、工作要求"),
        "各街道（镇）、各行业主管部门要指定一名联络员，于7月31日前报区劳动保障监察大队；检查组到达辖区时，请联络员按附件安排配合带路，但不得事先向企业透露。",
    ],
    attach=[("第三季度现场检查对象及时间安排", [("table", [
        ["日期", "检查对象", "所在街道（镇）", "带队"],
        ["8月6日上午", "桐溪市鸿达服装加工有限公司", "云湾街道", "监察大队一中队"],
        ["8月6日下午", "鹿鸣区滨江花园三期项目部", "青枫街道", "监察大队二中队、区住建局"],
        ["8月13日上午", "桐溪味道餐饮管理有限公司（柳堤店）", "柳堤街道", "监察大队一中队"],
        ["8月20日全天", "岷北路桥集团鹿鸣石门段标段", "石门镇", "监察大队二中队、区交通运输局"],
        ["9月3日上午", "芦荡镇兴旺食品厂", "芦荡镇", "监察大队一中队"]]),
        "备注：以上时间如遇天气等原因顺延，由带队中队另行电话通知联络员。"])],
    date="2025年7月22日", attr_line=GK, cc="区根治欠薪工作领导小组办公室。", printer=OFFICE, print_date="2025年7月22日")

add(case="secret", fmt="docx", genre="函", attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="函 lists the names, units and 分组 of the 评审专家 for a 中级职称评审 to be held 9月下旬 — expert panel before the review; 依申请公开 would let anyone obtain it",
    kind="letter", docno="鹿人社函〔2025〕63号",
    title="关于2025年度工程系列中级职称评审会议有关事项的函",
    to="区住房和城乡建设局、区交通运输局、区水利局：",
    body=[
        "2025年度鹿鸣区工程系列中级专业技术职务任职资格评审工作已进入评审阶段。经市人社局同意，区工程系列中级职称评审委员会评审会议拟于9月24日至25日在区行政中心C座三楼会议室召开。现将有关事项函告如下：",
        "（一）请各部门于9月12日前将本系统申报人员的材料原件送区人社局专业技术人员管理科，逾期不再受理。",
        "（二）按照评审委员会组建方案，本次评审从市级专家库中抽取7名专家组成评审组，分建筑工程、道路桥梁、水利水电三个专业组。经抽取，评审组成员如下：",
        ("table", [["专业组", "姓名", "工作单位", "职称"],
                   ["建筑工程", "韩志勇", "桐溪市建筑设计研究院", "正高级工程师"],
                   ["建筑工程", "喻晓梅", "岷北建工集团第三分公司", "高级工程师"],
                   ["建筑工程", "钮家栋", "桐溪职业技术学院", "教授"],
                   ["道路桥梁", "管文杰", "桐溪市公路事业发展中心", "正高级工程师"],
                   ["道路桥梁", "池秀娟", "岷北交通规划设计院桐溪分院", "高级工程师"],
                   ["水利水电", "骆永福", "桐溪市水利勘测设计院", "正高级工程师"],
                   ["水利水电", "甄海燕", "鹿鸣区水务集团", "高级工程师"]]),
        "（三）请各部门提醒申报人员，评审期间不得以任何方式打听评审情况、联系评审专家，违者取消当年评审资格。",
        "特此函告。",
    ],
    date="2025年9月2日", attr_line=YS, attr_pos="banji", cc="市人社局专业技术人员管理处。", printer=OFFICE, print_date="2025年9月2日")

add(case="secret", fmt="txt", genre="通报", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="通报 lists concrete weaknesses of the 社保经办系统 (default admin password, open ports, unpatched version, intranet addresses) — system weaknesses in a document to be published",
    kind="oa", wrap=35, docno="鹿人社通〔2025〕4号",
    title="关于全区社保经办网点信息系统安全检查情况的通报",
    oa=oa_header("关于全区社保经办网点信息系统安全检查情况的通报", "鹿人社通〔2025〕4号", "办公室（信息化）",
                 "戴宁", "庞慧", "殷晓岚", "主动公开", "2025-06-09", style=1),
    to="局属各单位，各街道、镇人社服务所：",
    body=[
        "按照市人社局统一部署，5月下旬我局组织技术人员对区社会保险事业中心及11个基层经办网点的业务终端、内网交换设备和自助服务机进行了安全检查。现将检查情况通报如下。",
        "一、总体情况。各网点基本落实了专机专用、内外网隔离要求，终端杀毒软件安装率达到100%，大部分网点能按要求每日登记外来人员。",
        "二、存在的问题",
        "（1）云湾街道、芦荡镇网点的业务前置机仍使用初始管理员账号admin，口令未修改，系统版本停留在V3.2.1，未安装今年2月下发的补丁；",
        "（2）区社保中心大厅3台自助服务机可直接退出到桌面，USB接口未封闭，机器所在网段10.71.16.0/24可访问征缴数据库服务器10.71.2.15的1433端口；",
        "（3）柳堤街道网点内网交换机远程管理口（Telnet 23端口）处于开放状态，登录无需验证码。",
        "三、整改要求。请相关单位于6月20日前完成整改，整改情况书面报局办公室。",
    ],
    sign=ORG, date="2025年6月10日", attr_line="（此件公开发布）")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="table gives 上半年 初步汇总 就业 figures with 备注 saying 市统计局尚未发布/以正式发布为准 — unreleased statistics inside a 主动公开 notice",
    kind="file", docno="鹿人社发〔2025〕47号",
    title="关于做好2025年上半年就业统计数据核对工作的通知",
    to="各街道办事处、镇人民政府，区就业服务中心：",
    body=[
        "为确保上半年就业统计数据真实准确，按照市人社局的统一安排，现就数据核对工作通知如下。",
        "一、核对内容。各街道（镇）要对照就业创业实名制系统，逐条核对1—6月城镇新增就业、失业人员再就业、就业困难人员实现就业等台账，重点查重复录入、身份信息不全、就业单位无法核实等问题。",
        "二、时间安排。7月8日前完成自查，7月10日前将核对后的台账和负责人签字的确认表报区就业服务中心。区就业服务中心7月12日至15日组织交叉抽查，抽查比例不低于10%。",
        "三、初步汇总情况。为便于各单位对照，现将系统初步汇总数据列示如下：",
        ("table", [["指标", "上半年初步数", "年度目标", "完成进度"],
                   ["城镇新增就业（人）", "4372", "7800", "56.1%"],
                   ["失业人员再就业（人）", "1186", "2000", "59.3%"],
                   ["就业困难人员实现就业（人）", "403", "650", "62.0%"],
                   ["城镇调查失业率（区级测算）", "5.4%", "5.5%以内", "—"]]),
        "备注：上表为系统初步汇总，城镇新增就业和失业率数据市统计局尚未发布，以正式发布数为准。",
        "四、有关要求。各单位对数据质量负责，不得为完成任务虚报、多报。",
    ],
    date="2025年7月3日", attr_line=GK, printer=OFFICE, print_date="2025年7月3日")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="paragraph 2 gives the proposed new 最低工资 figures (2180/2030元, 21.5元/小时) 'pending 省政府批准' — an unannounced adjustment plan with figures",
    kind="file", docno="鹿人社发〔2025〕36号",
    title="关于开展企业工资水平调查和最低工资标准执行情况摸底的通知",
    to="各街道办事处、镇人民政府，区工商业联合会：",
    body=[
        "为做好最低工资标准调整相关工作，掌握我区企业工资分配现状，经研究，决定在全区开展企业工资水平调查和最低工资标准执行情况摸底。现将有关事项通知如下。",
        "一、背景。据市人社局5月份工作会议通报，本轮省里初步方案中，我市一类地区月最低工资标准拟由现行的2030元调整为2180元，二类地区由1900元调整为2030元，非全日制小时最低工资标准由20元调整为21.5元。方案报省政府批准后才正式发布，时间预计在四季度。我区属一类地区。",
        "二、摸底对象。辖区内职工人数20人以上的工业企业、商贸企业和服务业企业，每个街道（镇）不少于30家，其中劳动密集型企业不少于一半。",
        "三、摸底内容。企业职工工资构成、最低档工资水平、计件单价、加班工资计发基数，以及按照新标准测算的企业用工成本增幅。",
        "四、时间要求。6月30日前将调查表汇总报区人社局工资福利科。区工商联请协助动员会员企业如实填报。",
    ],
    attach=[("企业工资水平调查表（样表）", [("table", [["企业名称", "职工人数", "最低档月工资", "平均月工资", "按新标准需调整人数"],
                                                     ["", "", "", "", ""]]),
                                          "填表说明：工资为应发工资，含基本工资、岗位津贴、计件工资，不含加班工资、社会保险个人缴费和住房公积金。"])],
    date="2025年6月5日", attr_line=GK, cc="市人社局劳动关系处。", printer=OFFICE, print_date="2025年6月5日")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="附件 (裁判用) holds the 实操考核 scenario with 扣分标准 and the 理论 A卷 answer key for a 竞赛 on 10月16日, doc dated 9月26日 — questions/answers before use",
    kind="file", docno="鹿人社发〔2025〕68号",
    title="关于举办2025年“技能鹿鸣”养老护理员职业技能竞赛的通知",
    to="各街道办事处、镇人民政府，区民政局，各养老服务机构：",
    body=[
        "为弘扬工匠精神，提升我区养老护理队伍技能水平，区人社局、区民政局决定联合举办2025年“技能鹿鸣”养老护理员职业技能竞赛。现将有关事项通知如下。",
        "一、竞赛时间地点：10月16日8:30，区社会福利中心实训室。",
        "二、参赛对象：在我区养老服务机构从事养老护理工作满一年的在岗人员，每个机构限报2人。",
        "三、竞赛内容：理论知识考试占30%，闭卷笔试60分钟；操作技能考核占70%，现场模拟照护情境。",
        "四、奖励办法：获得前三名的选手，按规定申报“鹿鸣区技术能手”称号，并可晋升一级职业技能等级；前十名颁发证书。",
        "五、报名方式：请于10月8日前将报名表报区人社局职业能力建设科。",
        "六、裁判组成员请提前熟悉附件内容，10月15日下午参加裁判员培训。",
    ],
    attach=[("竞赛裁判用资料", [
        ("h", "（一）操作技能考核情境"),
        "情境：张奶奶，82岁，脑梗后遗症右侧肢体偏瘫，卧床，能简单交流。请选手为其完成“协助从床上转移到轮椅”和“轮椅推行进出电梯”两项操作，限时15分钟。",
        "扣分要点：未检查轮椅刹车扣5分；未向老人解释操作目的扣3分；转移时未保护患侧扣10分；进电梯未倒退进入扣5分；操作后未询问老人感受扣2分。",
        ("h", "（二）理论知识A卷参考答案"),
        "单选题：1.C 2.A 3.D 4.B 5.B 6.C 7.A 8.D 9.C 10.B；判断题：11.√ 12.× 13.× 14.√ 15.√。",
        "B卷答案另行密封，由裁判长保管。"])],
    date="2025年9月26日", attr_line=GK, cc="市人社局职业能力建设处。", printer=OFFICE, print_date="2025年9月26日")

add(case="secret", fmt="docx", genre="通知", attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="附件 table gives proposed new 岗位工资/薪级 amounts 'per 市里测算口径', while the body says the national/provincial document has not been issued — unannounced wage adjustment figures",
    kind="file", docno="鹿人社发〔2025〕59号",
    title="关于做好机关事业单位工作人员工资信息核对工作的通知",
    to="区直各部门、各单位，各街道办事处、镇人民政府：",
    body=[
        "为提高工资审批效率，确保工资政策落实到位，区人社局决定对全区机关事业单位在职人员工资信息进行一次全面核对。现将有关事项通知如下。",
        "一、核对范围：全区机关、参照公务员法管理单位和财政全额、差额拨款事业单位在编在职人员。",
        "二、核对内容：职务职级、岗位等级、薪级、工作年限、学历变更等基础信息，以及2024年度考核结果。各单位要逐人核对工资系统信息与人事档案是否一致。",
        "三、时间安排：8月25日前完成单位自查，8月31日前将《工资信息核对确认表》加盖公章报工资福利科。",
        "四、其他事项：此次核对结果将作为下一步调整基本工资标准时套改的依据。国家和省里的调资文件尚未下发，为提前做好准备，工资福利科已按市里测算口径预编了新标准对照表（见附件），各单位核对时可据此预估增资额，暂不得向职工宣传。",
    ],
    attach=[("事业单位专业技术人员岗位工资标准对照表（测算稿）", [("table", [
        ["岗位等级", "现行标准（元/月）", "调整后标准（元/月）", "增加额"],
        ["一级", "6665", "7195", "530"], ["四级", "3805", "4125", "320"], ["七级", "2900", "3140", "240"],
        ["十级", "2430", "2630", "200"], ["十三级", "2195", "2375", "180"]]),
        "薪级工资每级平均增加约30元，具体以正式文件为准。"])],
    date="2025年8月12日", attr_line=YS, attr_pos="banji", printer=OFFICE, print_date="2025年8月12日")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="table gives candidates' 笔试成绩 and the 最低合格分数线 while body says scores will be 统一发布 on 6月20日; doc dated 6月16日 — exam scores before publication",
    kind="file", docno="鹿人社发〔2025〕39号",
    title="关于做好2025年社区专职工作者招聘资格复审准备工作的通知",
    to="各街道办事处：",
    body=[
        "2025年鹿鸣区社区专职工作者招聘笔试已于6月8日结束，阅卷工作已完成。按照招聘公告，笔试成绩将于6月20日在区人社局网站统一发布，资格复审定于6月24日至25日进行。为做好复审准备，现将有关事项通知如下。",
        "一、各街道要安排2名熟悉政策的工作人员参加复审，复审地点在区行政中心B座一楼大厅。",
        "二、复审时重点审核报名人员户籍、学历、社区工作经历证明原件，对不符合报考条件的当场取消复审资格，并出具书面告知。",
        "三、为便于各街道提前安排复审场地和人员，现将进入复审范围人员情况告知如下（按职位1:2比例确定，笔试合格分数线为61.5分）：",
        ("table", [["职位", "姓名", "准考证号", "笔试成绩"],
                   ["青枫街道 01", "田梦瑶", "2025061103", "78.5"], ["青枫街道 01", "鲍志成", "2025061217", "74.0"],
                   ["云湾街道 02", "景晓露", "2025062008", "71.5"], ["云湾街道 02", "薛宏", "2025062114", "69.0"],
                   ["柳堤街道 03", "储文静", "2025063102", "66.5"], ["柳堤街道 03", "阎浩然", "2025063125", "63.0"]]),
        "四、各街道要做好复审人员的解释工作，对成绩有异议的，引导其在成绩发布后按程序申请复核。",
    ],
    date="2025年6月16日", attr_line=GK, printer=OFFICE, print_date="2025年6月16日")

add(case="secret", fmt="txt", genre="便函", attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="便函 names the 面试考官 and their 考场 assignment for an interview on 5月10日 (doc 4月28日) — examiners' identities before the exam",
    kind="oa", wrap=29, docno="鹿人社便函〔2025〕22号",
    title="关于商借工作人员参加区属国有企业招聘面试工作的便函",
    oa=oa_header("关于商借工作人员参加区属国有企业招聘面试工作的便函", "鹿人社便函〔2025〕22号", "就业促进科",
                 "蔺红梅", "葛涛", "殷晓岚", "依申请公开", "2025-04-28"),
    to="区教育局、区财政局、区国资中心、青枫街道办事处：",
    body=[
        "受区国资中心委托，我局承担2025年区属国有企业公开招聘面试组织工作，面试定于5月10日在区委党校举行。因考官人数不足，经商有关领导同意，拟从贵单位商借工作人员担任面试考官，具体如下：",
        ("table", [["考场", "考官", "所在单位"],
                   ["第一考场（主考）", "鄢立华", "区教育局"], ["第一考场", "訾晓东", "区财政局"],
                   ["第二考场（主考）", "闫春梅", "区国资中心"], ["第二考场", "郜明", "青枫街道"],
                   ["第三考场（主考）", "仇振宇", "区教育局"]]),
        "请以上同志于5月10日7:20前到区委党校报到，当天不得携带通讯工具进入考场，午餐统一安排。面试当天上午8:00前在候考室完成考官抽签，抽签结果不得变更。",
        "请贵单位予以支持，并于5月6日前将确认回执反馈我局就业促进科。",
        "联系电话：0781-6652309",
    ],
    sign="桐溪市鹿鸣区人力资源和社会保障局就业促进科", date="2025年4月28日", attr_line="公开属性：依申请公开")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="section 三 and the table set dates and 网点 for 暗访/突击抽查 of 养老金 payment ('事先不告知网点') — an audit plan not to be announced in advance",
    kind="file", docno="鹿人社发〔2025〕33号",
    title="关于开展社会保险基金管理风险排查整治工作的通知",
    to="区社会保险事业中心，各街道、镇人社服务所：",
    body=[
        "为切实加强社会保险基金安全管理，防范和化解基金运行风险，根据市人社局统一部署，我局决定自5月起在全区开展社会保险基金管理风险排查整治工作。现将有关事项通知如下。",
        ("h", "一、排查重点"),
        "重点排查待遇领取人员死亡后冒领、重复享受养老保险待遇、违规提前退休、工伤保险虚假认定、经办人员违规办理业务等问题。",
        ("h", "二、工作步骤"),
        "5月为自查阶段，各经办单位对照问题清单逐项自查；6月为整改阶段；7月上旬形成总结报告。",
        ("h", "三、抽查安排"),
        "局纪检组和基金监督科将对经办网点开展突击抽查，采取暗访方式以办事群众身份进入大厅，查看业务办理是否规范，事先不告知网点，抽查时间和对象安排如下：",
        ("table", [["时间", "网点", "主要内容"],
                   ["5月14日上午", "石门镇人社服务所", "待遇资格认证代办、补缴业务"],
                   ["5月22日下午", "云湾街道人社服务所", "灵活就业人员参保登记"],
                   ["6月5日上午", "区社保中心二楼待遇核定窗口", "退休审批资料审核"]]),
        ("h", "四、工作要求"),
        "各单位要高度重视，主要负责人亲自抓，对排查发现的问题建立台账，逐项销号。对隐瞒不报、整改不力的，严肃追究责任。",
    ],
    date="2025年5月6日", attr_line=GK, printer=OFFICE, print_date="2025年5月6日")

add(case="secret", fmt="txt", genre="通知", attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="OA export; paragraph 2 carries a proposed 公益性岗位补贴 rise (1850→1980元) and cost, pending 区政府常务会审定 — unannounced benefit adjustment hidden in a routine 核查 notice; lines broken mid-sentence",
    kind="oa", wrap=27, docno="鹿人社发〔2025〕52号",
    title="关于公益性岗位人员信息核查的通知",
    oa=oa_header("关于公益性岗位人员信息核查的通知", "鹿人社发〔2025〕52号", "就业促进科", "蔺红梅", "葛涛", "韦国栋",
                 "依申请公开", "2025-07-14", style=1),
    to="各街道办事处、镇人民政府：",
    body=[
        "为规范公益性岗位管理，现决定对全区在岗公益性岗位人员开展一次信息核查。请各街道（镇）于7月31日前逐人核对在岗人员身份信息、就业困难人员认定类别、劳动合同期限、社会保险缴纳情况，核查中发现已达到法定退休年龄、已实现其他就业、长期不在岗的，要及时办理退岗。",
        "需要说明的是，区就业服务中心已按每人每月1980元（现行1850元）的补贴标准重新测算了下半年资金需求，全区在岗612人，月增支约7.96万元。该标准已经局党组会研究，待报区政府常务会议审定后执行，核查数据将作为拨付依据，请各单位抓紧。",
        "核查结果以纸质表格（加盖公章）和电子表格各一份报送区就业服务中心。",
        "联系人：葛涛，电话0781-6652311。",
    ],
    sign=ORG, date="2025年7月15日", attr_line="（此件依申请公开）")

add(case="secret", fmt="docx", genre="通知", attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="通知 names the 命题人员, 入闱 date and 集中命题地点 for a 职称 水平能力测试 not yet held — information on exam-setting work and its people",
    kind="file", docno="鹿人社发〔2025〕44号",
    title="关于做好2025年中小学教师职称水平能力测试有关工作的通知",
    to="区教育局，各中小学校：",
    body=[
        "根据市人社局、市教育局工作安排，2025年中小学教师职称水平能力测试由我区承办初级、中级两个层次，测试时间为8月23日。为确保测试工作安全顺利，现将有关事项通知如下。",
        "一、报名与资格审查。符合申报条件的教师于7月10日至20日通过市专业技术人员管理服务平台报名，学校初审、区教育局复审。",
        "二、测试形式。测试采取笔试方式，内容为教育教学理论和学科专业知识，时长150分钟。",
        "三、命题工作。经研究，由区教育局推荐、我局确定，邵静怡（鹿鸣一中）、缪卫东（鹿鸣实验中学）、房丽君（第二实验小学）、单国庆（区教研室）4名同志承担本次命题，于8月4日上午入闱，地点为区教师发展中心五楼，入闱期间通讯工具统一保管，8月12日出闱。各学校要支持上述同志工作，妥善调整其暑期安排。",
        "四、考务安排。考场设在鹿鸣一中，准考证于8月19日起自行打印。",
        "五、纪律要求。严禁任何人员以任何形式泄露测试有关信息，对违反纪律的，严肃处理。",
    ],
    date="2025年7月7日", attr_line=GK, cc="市人社局专业技术人员管理处，市教育局人事处。", printer=OFFICE, print_date="2025年7月7日")

# ---------------------------------------------------------------- MIXED_CONTENT (12)
add(case="mixed", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="last paragraph is a media 口径 (say '180余家' though fewer than 100 registered) — internal handling note in a 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕9号",
    title="关于举办2025年“春风行动”暨就业援助月专场招聘会的通知",
    to="各街道办事处、镇人民政府，区就业服务中心，有关企业：",
    body=[
        "为帮助农村劳动力、就业困难人员和返乡人员尽快实现就业，满足企业节后用工需求，区人社局定于2月15日（星期六）上午9:00—12:00在鹿鸣区人力资源市场一楼大厅举办“春风行动”暨就业援助月专场招聘会。现将有关事项通知如下。",
        "一、参会企业。区内各类用人单位均可免费参会，请于2月10日前登录“鹿鸣就业”微信公众号报名，提交营业执照和岗位信息，每家企业安排展位一个。",
        "二、求职人员。求职者请携带身份证和个人简历，现场可办理求职登记、失业登记和职业指导。就业困难人员可到援助服务台领取政策明白卡。",
        "三、配套服务。现场设政策咨询区、技能培训报名区和社保业务咨询台，区人社局各业务科室派员现场答疑。",
        "四、交通与安全。会场周边车位有限，请求职者尽量乘坐公交3路、15路至人力资源市场站下车。",
        "六、宣传口径。招聘会当天如有记者采访，参会企业数统一按“180余家”、岗位数按“4000余个”对外介绍；截至目前实际报名企业97家，请就业服务中心继续动员，不要向媒体提供实际报名数。",
    ],
    date="2025年2月5日", attr_line=GK, printer=OFFICE, print_date="2025年2月5日")

add(case="mixed", fmt="txt", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="OA export; the 备注 line near the end is a 经办口径 for window staff (quiet back-payment path, '不作解释依据/不对外答复') inside a 主动公开 notice",
    kind="oa", wrap=32, docno="鹿人社发〔2025〕6号",
    title="关于做好2025年度城乡居民基本养老保险费征缴工作的通知",
    oa=oa_header("关于做好2025年度城乡居民基本养老保险费征缴工作的通知", "鹿人社发〔2025〕6号", "社会保险科",
                 "孟晓川", "庞慧", "韦国栋", "主动公开", "2025-01-20", style=2),
    to="各街道办事处、镇人民政府，区社会保险事业中心，区税务局：",
    body=[
        "2025年度城乡居民基本养老保险费征缴工作即将开始。为确保征缴工作顺利开展，现将有关事项通知如下：",
        "一、缴费档次。2025年度个人缴费标准设为每年200元、300元、500元、800元、1000元、1500元、2000元、3000元、4000元、5000元十个档次，参保人自主选择。",
        "二、政府补贴。选择200元档次的，政府补贴30元；300元档次补贴40元；500元及以上档次补贴60元至120元不等，具体按省里规定执行。重度残疾人等困难群体由政府按最低档次代缴。",
        "三、缴费时间和方式。缴费时间为1月1日至12月25日，参保人可通过“岷北税务”APP、银行网点、村（社区）代办员等渠道缴费。",
        "四、工作要求。各街道（镇）要加强政策宣传，引导参保人选择较高档次缴费，多缴多得、长缴多得。",
        "备注：对年满60周岁、累计缴费不足15年且已过补缴期的人员，窗口可引导其以“中断续缴”方式在系统内补录，该口径仅供经办人员掌握，不作政策解释依据，不对外答复。",
    ],
    sign=ORG, date="2025年1月21日", attr_line="（此件公开发布）")

add(case="mixed", fmt="docx", genre="公告", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="公告 ends with 附: an internal staff 分工/值班 list with 内线 分机 and 工作群 — internal contact list inside a 主动公开 公告 (no mobile numbers)",
    kind="plain", title="关于春节前集中受理拖欠农民工工资举报投诉的公告",
    body=[
        "为切实保障农民工按时足额拿到工资，鹿鸣区人力资源和社会保障局自2025年1月2日至2月10日集中受理拖欠农民工工资举报投诉。现公告如下：",
        "一、受理范围。在我区行政区域内的用人单位和工程建设项目拖欠农民工工资的，均可举报投诉。",
        "二、受理方式。（1）现场：区行政中心B座一楼劳动保障监察窗口；（2）电话：12333、0781-6652320（工作日8:30—17:30）；（3）网络：全国根治欠薪线索反映平台。",
        "三、举报投诉须知。投诉人应如实提供用人单位名称、地址、拖欠时间和金额等情况，并对投诉内容的真实性负责。对恶意讨薪、以讨薪为名采取过激行为的，依法处理。",
        "四、办理时限。符合受理条件的，5个工作日内决定是否立案，立案后一般在60个工作日内办结。",
        "特此公告。",
    ],
    sign=ORG, date="2025年1月2日", attr_line=GK,
    extra_end=["附：集中受理期间内部分工（监察大队）",
               "受理组：符建平（组长，内线6201）、曲小婉（内线6205），负责登记和初步核实；",
               "调处组：沙俊（内线6203）、钱立伟（内线6204），负责现场调处，工作群“根治欠薪冲刺”即时通报进度；",
               "夜间值班：大队四名同志轮流，值班手机由组长统一保管。"])

add(case="mixed", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="section 四 says its content is to be passed on orally and not shown in public documents (重点关注企业 list handling) — internal passage in a 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕24号",
    title="关于做好2025年“五一”期间工资支付保障工作的通知",
    to="各街道办事处、镇人民政府，区直有关部门：",
    body=[
        "“五一”国际劳动节即将到来。为保障劳动者节日期间的合法权益，维护劳动关系和谐稳定，现就有关工作通知如下。",
        "一、依法支付节日加班工资。5月1日为法定节假日，用人单位安排劳动者工作的，应当支付不低于工资300%的加班工资；5月2日至5日安排工作又不能安排补休的，应支付不低于200%的加班工资。",
        "二、加强工资支付监管。各街道（镇）要对辖区在建工程项目和劳动密集型企业开展节前排查，督促按时足额支付4月份工资。",
        "三、畅通投诉渠道。节日期间12333热线和监察大队值班电话0781-6652320保持畅通，接到欠薪线索要第一时间处置。",
        "四、以下内容请各街道在工作会上口头传达，不在对外公开的文件和宣传材料中体现：对前期已掌握资金链紧张的鸿达服装、恒昌建材等6家企业，节日期间由街道指定专人每日联系企业负责人，发现异常情况直接报局分管领导，不走常规登记程序。",
        "五、及时报送信息。请各街道（镇）于5月6日前将节日期间工资支付保障情况报区劳动保障监察大队。",
    ],
    date="2025年4月24日", attr_line=GK, printer=OFFICE, print_date="2025年4月24日")

add(case="mixed", fmt="txt", genre="公示", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="公示 with masked IDs is fine, but the last line is an 经办人注 (two applicants doubtful; publish first, check later, '勿外传') — internal note inside a 主动公开 公示",
    kind="plain", wrap=0,
    title="2025年第二批一次性吸纳就业补贴拟发放名单公示",
    body=[
        "根据《桐溪市一次性吸纳就业补贴实施办法》，经企业申报、街道初审、区就业服务中心复核，以下8家企业符合一次性吸纳就业补贴申领条件，现予以公示。公示期为2025年8月4日至8月8日（5个工作日）。如有异议，请在公示期内以书面形式向区就业服务中心反映，反映人须署真实姓名。",
        ("table", [["序号", "企业名称", "吸纳人数", "补贴金额（元）"],
                   ["1", "桐溪鹿鸣精密铸造有限公司", "6", "9000"],
                   ["2", "桐溪市鸿达服装加工有限公司", "12", "18000"],
                   ["3", "鹿鸣区柳堤物业管理有限公司", "3", "4500"],
                   ["4", "岷北青禾农业科技有限公司", "4", "6000"],
                   ["5", "桐溪云湾汽车维修有限公司", "2", "3000"],
                   ["6", "桐溪市芦荡米业有限公司", "5", "7500"],
                   ["7", "鹿鸣区安和养老服务中心", "3", "4500"],
                   ["8", "桐溪市石门新型建材厂", "4", "6000"]]),
        "吸纳人员名单（身份证号已隐去中间位）另见附表，在区人力资源市场公示栏同步张贴。",
        "受理电话：0781-6652311　　地址：区行政中心B座107室",
    ],
    sign="桐溪市鹿鸣区就业服务中心", date="2025年8月4日", attr_line="公开方式：主动公开",
    extra_end=["经办人注：第2、6号企业所报人员中有4人社保缴费记录与劳动合同起始时间不一致，先按程序公示，公示结束后再约谈核实，此情况勿外传。"])

add(case="mixed", fmt="docx", genre="办事指南", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="办事指南 section 七 is an 内部审核尺度 (不对外) about how strictly to treat commute injuries — internal standard inside a 主动公开 guide",
    kind="plain", title="鹿鸣区工伤认定申请办事指南",
    body=[
        ("h", "一、事项名称"), "工伤认定。",
        ("h", "二、办理依据"), "《工伤保险条例》《工伤认定办法》《岷北省实施〈工伤保险条例〉办法》。",
        ("h", "三、申请主体和时限"),
        "职工发生事故伤害或者被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内提出工伤认定申请；用人单位未按规定提出的，工伤职工或者其近亲属、工会组织在1年内可以直接提出。",
        ("h", "四、申请材料"),
        "（1）工伤认定申请表；（2）与用人单位存在劳动关系的证明材料；（3）医疗诊断证明或者职业病诊断证明书；（4）申请人身份证明。属于上下班途中交通事故的，还需提供交警部门的事故责任认定书。",
        ("h", "五、办理流程"), "申请—受理（材料齐全当场受理）—调查核实—作出认定决定—送达。",
        ("h", "六、办理时限"), "自受理之日起60日内作出认定决定；事实清楚、权利义务明确的，15日内作出。",
        ("h", "七、审核尺度（内部掌握，不对外）"),
        "上下班途中受伤但无法提供交警事故认定书的，原则上一律不予受理，由申请人自行补充；对快递、外卖等平台从业人员提出的申请，先与区法院沟通劳动关系认定意见后再决定是否受理，窗口不作口头承诺。",
        ("h", "八、办理地点和咨询电话"), "区行政中心B座一楼工伤保险窗口，电话0781-6652315，工作日8:30—12:00、14:00—17:30。",
    ],
    sign=ORG, date="2025年3月18日", attr_line=GK2)

add(case="mixed", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="table 备注 column and the line below say the 控制数 are internal only and not for outside assessment — internal-only figures inside a 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕15号",
    title="关于开展2025年职业技能提升培训工作的通知",
    to="各街道办事处、镇人民政府，各定点培训机构：",
    body=[
        "为贯彻落实技能强区战略，提升劳动者就业能力，现就2025年职业技能提升培训工作通知如下。",
        "一、培训对象。城乡未继续升学的应届初高中毕业生、农村转移就业劳动者、城镇登记失业人员、脱贫劳动力等。",
        "二、培训工种。重点开展养老护理、家政服务、电工、焊工、中式烹调、电子商务等紧缺工种培训。",
        "三、补贴标准。按照《桐溪市职业培训补贴管理办法》执行，培训合格并取得证书的，按工种类别给予每人800元至2400元补贴。",
        "四、任务分解。各街道（镇）培训任务如下：",
        ("table", [["单位", "全年培训任务（人）", "备注"],
                   ["青枫街道", "320", "内控上限400人，超出部分资金不予安排"],
                   ["云湾街道", "360", "内控上限420人"],
                   ["柳堤街道", "280", "内控上限330人"],
                   ["石门镇", "520", "内控上限600人"],
                   ["芦荡镇", "520", "内控上限600人"]]),
        "上表“内控上限”为局内部资金控制数，仅供各街道掌握，不作为对外考核和宣传依据。",
        "五、有关要求。严禁虚报培训人数、冒领培训补贴，一经查实，取消定点培训资格并追回资金。",
    ],
    date="2025年2月20日", attr_line=GK, printer=OFFICE, print_date="2025年2月20日")

add(case="mixed", fmt="txt", genre="通告", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="通告 is followed by a 舆情应对提纲 for duty staff (how to answer if asked about the absconded boss etc.) — internal 口径 appended to a 主动公开 通告",
    kind="plain", wrap=36,
    title="桐溪市鹿鸣区人力资源和社会保障局通告（2025年第2号）",
    body=[
        "桐溪市禾丰家具有限公司（统一社会信用代码" + uscc("91517203MA6B2K7X4") + "，住所地鹿鸣区石门镇工业园12号）自2025年4月起拖欠76名劳动者工资，法定代表人及主要管理人员于6月3日起无法联系。",
        "根据《劳动保障监察条例》和《保障农民工工资支付条例》有关规定，现通告如下：",
        "一、请该公司法定代表人或者委托代理人自本通告发布之日起3日内到区劳动保障监察大队接受调查，逾期不到的，我局将依法处理，涉嫌拒不支付劳动报酬罪的，移送公安机关。",
        "二、请该公司被拖欠工资的劳动者携带身份证、考勤记录、工资条等材料，于6月10日至20日到区劳动保障监察大队（区行政中心B座108室）登记。",
        "三、知情人可拨打0781-6652320提供线索。",
        "特此通告。",
    ],
    sign=ORG, date="2025年6月7日", attr_line="公开方式：主动公开",
    extra_end=["附：舆情应对提纲（供大队值班人员使用）",
               "问：老板是不是已经跑到外省了？答：统一回答“正在全力联系，已请公安协助”，不透露已掌握的行踪。",
               "问：政府会不会先垫付？答：不作承诺，回答“依法依规处理”。区里已初步同意动用应急周转金约90万元，此事在方案批准前不得对外讲。"])

add(case="mixed", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="第三条 ends with '注：本款仅限经办机构内部执行，请勿在窗口张贴或向群众解释' (suspension rule for non-responders) — internal handling rule in a 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕11号",
    title="关于做好2025年度社会保险待遇领取资格认证工作的通知",
    to="区社会保险事业中心，各街道办事处、镇人民政府：",
    body=[
        "为确保社会保险基金安全，保障待遇领取人员合法权益，现就2025年度待遇领取资格认证工作通知如下。",
        "一、认证对象。在我区领取企业职工基本养老保险、城乡居民基本养老保险、工伤保险定期待遇的人员。",
        "二、认证方式。推行“静默认证”为主、“主动认证”为辅的方式。通过比对就医、乘车、出入境、社保卡使用等数据可确认生存状态的，无需本人操作；无法静默认证的，可通过“岷北人社”APP刷脸认证，或到就近人社服务所、村（社区）服务站认证，行动不便的可申请上门认证。",
        "三、认证周期。认证周期为12个月，到期前一个月系统发送短信提醒。注：对连续两个月短信提醒未回应的，经办机构可先行暂停发放，待本人联系后再恢复并补发；本款仅限经办机构内部执行，请勿在窗口张贴或向群众解释。",
        "四、宣传工作。各街道（镇）要通过村（社区）微信群、宣传栏等方式广泛宣传，特别要提醒异地居住人员及时认证。",
        "六、咨询电话：0781-6652316。",
    ],
    date="2025年1月27日", attr_line=GK, printer=OFFICE, print_date="2025年1月27日")

add(case="mixed", fmt="docx", genre="决定", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="表彰决定 with a closing 说明 recording the 区委组织部's deliberation (one unit held back, '此说明不随文下发') — internal deliberation inside a 主动公开 决定",
    kind="file", docno="鹿人社发〔2025〕20号",
    title="关于表彰2024年度全区人社系统先进集体和先进个人的决定",
    to="局属各单位、各科室，各街道、镇人社服务所：",
    body=[
        "2024年，全区人社系统紧紧围绕稳就业、保民生、促和谐，各项工作取得新进展。城镇新增就业7926人，企业职工养老保险参保人数达到13.6万人，办结欠薪案件214件，为4100余名劳动者追回工资报酬4380万元。为表彰先进、树立典型，经局党组研究，决定授予区社会保险事业中心待遇审核科等5个集体“先进集体”称号，授予蔺红梅等12名同志“先进个人”称号。",
        "希望受表彰的集体和个人珍惜荣誉，再接再厉。全系统干部职工要以先进为榜样，扎实工作，为推动全区人社事业高质量发展作出新的更大贡献。",
        "先进集体：区社会保险事业中心待遇审核科、区劳动保障监察大队一中队、区就业服务中心职业指导科、石门镇人社服务所、云湾街道人社服务所。",
        "先进个人：蔺红梅、符建平、孟晓川、曲小婉、庞慧、钱立伟、戴宁、葛涛、谭一鸣、邢晓梅、窦文斌、卢春燕。",
        "说明：芦荡镇人社服务所原列入先进集体建议名单，区委组织部意见认为该所去年被信访通报一次，本次暂缓；此说明供局领导掌握，不随文下发。",
    ],
    date="2025年2月14日", attr_line=GK, printer=OFFICE, print_date="2025年2月14日")

add(case="mixed", fmt="txt", genre="公告", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="招聘公告 followed by an 内部说明 telling staff how to explain a tailored condition — 口径 in a 主动公开 公告; OA header style 0",
    kind="oa", wrap=34, docno="（公告无文号）",
    title="鹿鸣区2025年公开招聘社会保险经办辅助人员公告",
    oa=oa_header("鹿鸣区2025年公开招聘社会保险经办辅助人员公告", "（公告无文号）", "社会保险科", "孟晓川", "庞慧",
                 "韦国栋", "主动公开", "2025-04-01"),
    body=[
        "因工作需要，区社会保险事业中心面向社会公开招聘经办辅助人员6名，签订劳动合同，实行劳务派遣管理。现将有关事项公告如下：",
        "一、招聘条件：（1）具有中华人民共和国国籍，遵守宪法和法律；（2）年龄18周岁以上、35周岁以下；（3）大专及以上学历，专业不限；（4）具有两年以上基层窗口服务工作经历；（5）身体健康。",
        "二、报名时间和方式：4月8日至4月14日，将报名表、身份证、学历证书扫描件发送至lmsbzx@tx.gov.example。",
        "三、考试方式：笔试和面试，笔试内容为社会保险基础知识和公文写作，成绩各占50%。",
        "四、薪酬待遇：月工资3600元起，依法缴纳五险一金。",
        "咨询电话：0781-6652317。",
    ],
    sign="桐溪市鹿鸣区社会保险事业中心", date="2025年4月2日", attr_line="（此件主动公开）",
    extra_end=["内部说明：条件（4）系根据中心窗口岗位实际需要增设，如有报名人员质疑门槛过高，统一解释为“窗口岗位压力大、需有经验”，不谈其他原因；本说明不随公告发布。"])

add(case="mixed", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["MIXED_CONTENT"],
    note="last paragraph gives an internal estimate (3120 workers below the new standard) marked 仅供领导决策参考 — internal-only figure in a 主动公开 通知 about an already-published standard",
    kind="file", docno="鹿人社发〔2025〕3号",
    title="关于贯彻执行新调整最低工资标准的通知",
    to="各街道办事处、镇人民政府，区直有关部门，各用人单位：",
    body=[
        "岷北省人民政府已公布调整全省最低工资标准，自2025年1月1日起执行。我区属一类地区，月最低工资标准为2030元，非全日制用工小时最低工资标准为20元。现就贯彻执行有关事项通知如下。",
        "一、最低工资标准不包括加班加点工资，中班、夜班、高温、低温、井下、有毒有害等特殊工作环境条件下的津贴，以及法律法规和国家规定的劳动者福利待遇。",
        "二、实行计件工资或者提成工资的，用人单位应当科学合理确定劳动定额和计件单价，保证劳动者在法定工作时间内提供正常劳动的，应得工资不低于最低工资标准。",
        "三、各用人单位要及时调整工资分配方案，并在本单位公示新标准。劳动者认为用人单位支付工资低于最低工资标准的，可以向区劳动保障监察大队举报投诉，电话0781-6652320。",
        "四、各街道（镇）要会同区工商联、区总工会做好宣传，督促辖区企业执行到位。",
        "根据工资福利科测算，全区现有约3120名职工月工资低于新标准，主要集中在云湾、芦荡的服装、食品加工企业，此数仅供领导决策参考，不作对外发布。",
    ],
    date="2025年1月6日", attr_line=GK, printer=OFFICE, print_date="2025年1月6日")

# ---------------------------------------------------------------- COMMERCIAL_SECRET (12)
add(case="commercial", fmt="docx", genre="公示", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="公示 table copies each 培训学校's per-student cost breakdown (师资/场地租金/耗材/利润) from their applications — cost data of private schools in a 主动公开 公示",
    kind="plain", title="2025年度鹿鸣区职业技能培训定点机构认定结果公示",
    body=[
        "根据《桐溪市职业技能培训定点机构管理办法》，经机构自愿申报、材料审核、实地核查和专家评审，拟认定以下4家机构为2025年度鹿鸣区职业技能培训定点机构，现予公示。",
        "公示期：2025年3月10日至3月14日。对公示对象有异议的，请在公示期内向区人社局职业能力建设科实名反映，电话0781-6652313。",
        ("table", [["机构名称", "认定工种", "申报每人培训成本构成（元）", "核定补贴标准（元/人）"],
                   ["鹿鸣区精工职业培训学校", "电工、焊工", "师资1120，场地租金310，耗材640，管理费190，预留利润240", "2400"],
                   ["桐溪市安康家政服务培训中心", "养老护理、家政服务", "师资520，场地租金180，耗材95，管理费80，预留利润125", "1000"],
                   ["桐溪市味源烹饪职业培训学校", "中式烹调、中式面点", "师资760，食材耗材880，场地租金260，管理费150，预留利润150", "2200"],
                   ["鹿鸣区云帆电商培训中心", "电子商务", "师资430，平台账号及软件210，场地租金140，管理费70，预留利润50", "900"]]),
        "定点机构须严格按照核定工种和规模开展培训，培训期间接受区人社局的日常巡查和视频抽查。对弄虚作假、套取补贴的，取消定点资格，5年内不得再次申报。",
    ],
    sign=ORG, date="2025年3月10日", attr_line=GK)

add(case="commercial", fmt="txt", genre="通知", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="OA export; the approval notice for 社保费缓缴 appends one company's unpublished balance-sheet/profit figures, bank loans and its biggest customer's 欠款 — financial statements of a company in a 主动公开 doc",
    kind="oa", wrap=30, docno="鹿人社发〔2025〕27号",
    title="关于同意桐溪鹿鸣精密铸造有限公司阶段性缓缴社会保险费的通知",
    oa=oa_header("关于同意桐溪鹿鸣精密铸造有限公司阶段性缓缴社会保险费的通知", "鹿人社发〔2025〕27号", "社会保险科",
                 "孟晓川", "庞慧", "韦国栋", "主动公开", "2025-04-09", style=1),
    to="桐溪鹿鸣精密铸造有限公司，区社会保险事业中心，区税务局：",
    body=[
        "桐溪鹿鸣精密铸造有限公司《关于申请阶段性缓缴社会保险费的报告》收悉。经审核，该公司受主要客户订单下降影响，生产经营出现暂时困难，符合阶段性缓缴条件。经研究，同意该公司缓缴2025年4月至9月单位应缴纳的企业职工基本养老保险费、失业保险费和工伤保险费，缓缴期间免收滞纳金。",
        "缓缴期满后，该公司应于2025年12月31日前足额补缴。缓缴期间，职工个人缴费部分仍按月正常代扣代缴，职工依法享受各项社会保险待遇不受影响。",
        "区社会保险事业中心、区税务局要做好缓缴标识和后续跟踪。",
        "附审核依据：该公司2024年度营业收入8632万元，同比下降27.4%；净利润-412万元；3月末资产负债率78.6%，其中桐溪农商银行流动资金贷款2800万元将于6月到期；第一大客户岷北重汽配件公司拖欠货款1967万元，约定分六期支付，毛利率由18.2%降至9.7%。",
    ],
    sign=ORG, date="2025年4月10日", attr_line="（此件主动公开）")

add(case="commercial", fmt="docx", genre="批复", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="特殊工时 批复 quotes the company's process parameters (炉温曲线, 保温时长, 节拍) from its application — a company's process know-how in a 主动公开 批复",
    kind="file", docno="鹿人社批〔2025〕6号",
    title="关于同意岷北华晟新材料科技有限公司部分岗位实行综合计算工时工作制的批复",
    to="岷北华晟新材料科技有限公司：",
    body=[
        "你公司《关于部分岗位实行综合计算工时工作制的申请》及相关材料收悉。经审查，现批复如下：",
        "一、你公司烧结车间的看炉工、配料工岗位因生产工艺连续性要求，需连续作业，不宜实行标准工时制。据你公司说明，烧结工序须按升温段2℃/分钟升至1380℃、保温6.5小时、随炉冷却至200℃以下出炉的工艺曲线运行，配料中稀土添加比例控制在0.8%至1.1%之间，单炉周期约19小时，中途不能停炉换班。",
        "二、同意上述岗位共46人实行以季为周期的综合计算工时工作制，有效期自2025年5月1日至2028年4月30日。",
        "三、你公司应当采用集中工作、集中休息、轮休调休等方式，确保职工休息休假权利；周期内平均日工作时间和平均周工作时间不得超过法定标准，超过部分应当依法支付加班工资；法定节假日安排工作的，应当支付不低于工资300%的工资报酬。",
        "四、你公司应将本批复在单位内部公示，并报工会备案。批复有效期内，如生产工艺或岗位发生重大变化，应重新申请。",
    ],
    date="2025年4月22日", attr_line=GK, cc="区劳动保障监察大队，区总工会。", printer=OFFICE, print_date="2025年4月22日")

add(case="commercial", fmt="docx", genre="公告", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="年度报告公示 attaches one 人力资源服务公司's client list with contract amounts and 派遣人数 per client — a company's customers and prices in a 主动公开 公告",
    kind="plain", title="2024年度鹿鸣区人力资源服务机构年度报告公示公告",
    body=[
        "根据《人力资源市场暂行条例》和《岷北省人力资源服务机构年度报告公示办法》，我局对辖区内取得人力资源服务许可证或进行备案的机构2024年度报告进行了审核。现将有关情况公告如下：",
        "一、截至2025年3月31日，全区应报送年度报告的人力资源服务机构21家，按时报送20家，1家（桐溪市金程劳务有限公司）逾期未报送，已责令其限期补报。",
        "二、经审核，20家机构年度报告内容基本完整，经营活动总体规范。全年共为用人单位提供劳务派遣服务5120人次，举办现场招聘会46场，提供职业介绍服务1.3万人次。",
        "三、年度报告信息可在“岷北人社”网站人力资源服务机构信息栏查询。",
        "特此公告。",
    ],
    attach=[("桐溪市众诚人力资源服务有限公司年度报告摘录", [
        "该公司2024年营业收入3846万元，劳务派遣业务占82%，主要服务单位如下：",
        ("table", [["用工单位", "派遣人数", "合同金额（万元）", "管理费率"],
                   ["岷北华晟新材料科技有限公司", "186", "1260", "6.5%"],
                   ["桐溪市第二人民医院（后勤）", "74", "512", "5.8%"],
                   ["鹿鸣顺丰分拣中心", "120", "735", "4.9%"],
                   ["桐溪云湾汽车维修有限公司", "22", "138", "7.0%"]]),
        "公司与上述单位签订的合同均含价格保密条款。"])],
    sign=ORG, date="2025年4月18日", attr_line=GK)

add(case="commercial", fmt="txt", genre="复函", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="复函 to a 行业协会 reproduces named member restaurants' 人工成本占比, 月营业额 and wage levels from a survey — individual firms' cost data in a 主动公开 复函",
    kind="oa", wrap=33, docno="鹿人社函〔2025〕38号",
    title="关于区餐饮行业协会工资指导价位有关问题的复函",
    oa=oa_header("关于区餐饮行业协会工资指导价位有关问题的复函", "鹿人社函〔2025〕38号", "工资福利科", "谭一鸣",
                 "邢晓梅", "殷晓岚", "主动公开", "2025-05-13", style=2),
    to="鹿鸣区餐饮行业协会：",
    body=[
        "你会《关于请求发布餐饮行业工资指导价位的函》收悉。经研究，现函复如下：",
        "一、企业工资指导线和人力资源市场工资价位由市人社局统一发布，区级不单独发布。我局可协助你会开展行业薪酬调查，为会员企业确定工资水平提供参考。",
        "二、根据你会提供的首批调查样本，我局作了初步分析，主要情况如下：",
        "（1）桐溪味道餐饮管理有限公司：月营业额约260万元，人工成本占比31%，厨师月均工资7800元，服务员4200元；",
        "（2）鹿鸣老街坊酒楼：月营业额约95万元，人工成本占比36%，厨师月均工资6500元，服务员3800元，正在考虑关闭柳堤分店；",
        "（3）芦荡渔家乐（个体工商户，经营者韦春生）：月营业额约28万元，人工成本占比22%，旺季临时工日结180元。",
        "三、建议你会扩大样本量，调查数据以汇总形式使用。",
        "特此函复。",
    ],
    sign=ORG, date="2025年5月14日", attr_line="公开属性：主动公开")

add(case="commercial", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="附件 (拨付明细) gives one 合作社's 年销售收入, 收购价, 主要销售客户与单价 — a co-operative's business data in a 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕31号",
    title="关于拨付2025年第一批以工代训补贴资金的通知",
    to="芦荡镇人民政府、石门镇人民政府，区就业服务中心：",
    body=[
        "根据《桐溪市以工代训补贴实施细则》，经申报、审核和公示，现将2025年第一批以工代训补贴资金拨付如下：",
        "一、本批共有5家市场主体吸纳脱贫劳动力、农村低收入人口开展以工代训，共计137人，拨付补贴资金20.55万元，按每人每月500元、最长3个月标准计算。",
        "二、资金由区就业服务中心直接拨付至各单位基本账户，各单位收到资金后应在5个工作日内出具收款凭证。",
        "三、各镇要加强对以工代训人员的跟踪管理，对补贴期满后稳定就业的情况进行回访。",
        "四、资金使用情况接受审计和社会监督。",
    ],
    attach=[("第一批以工代训补贴拨付明细", [
        ("table", [["单位", "人数", "金额（万元）", "审核情况说明"],
                   ["芦荡镇鑫禾果蔬专业合作社", "42", "6.30", "2024年销售收入1316万元；向社员收购价为番茄1.35元/斤、辣椒2.10元/斤；主要客户为桐溪家家乐超市（供货价2.6元/斤）和岷北盒马鲜生（3.1元/斤），二者占销量74%"],
                   ["石门镇绿源生猪养殖场", "31", "4.65", "存栏3200头，材料齐全"],
                   ["芦荡米业有限公司", "28", "4.20", "材料齐全"],
                   ["石门镇兴农种植合作社", "20", "3.00", "材料齐全"],
                   ["芦荡镇卜家湾茶叶加工厂", "16", "2.40", "材料齐全"]])])],
    date="2025年4月30日", attr_line=GK, cc="区财政局。", printer=OFFICE, print_date="2025年4月30日")

add(case="commercial", fmt="docx", genre="公示", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="年检结果公示 ends with a 备注 quoting one school's confidential corporate discount agreement (协议价、折扣、合作企业) — a school's private pricing terms",
    kind="plain", title="2024年度鹿鸣区民办职业培训学校年检结果公示",
    body=[
        "根据《中华人民共和国民办教育促进法》和《岷北省民办职业培训学校管理办法》，我局对辖区内9所民办职业培训学校2024年度办学情况进行了年度检查。年检采取学校自查、材料审核和实地检查相结合的方式，重点检查办学条件、教学管理、收费管理、财务状况和安全管理等。现将年检结果公示如下：",
        ("table", [["学校名称", "年检结论"],
                   ["鹿鸣区精工职业培训学校", "合格"], ["桐溪市味源烹饪职业培训学校", "合格"],
                   ["鹿鸣区云帆电商培训中心", "合格"], ["桐溪市安康家政服务培训中心", "合格"],
                   ["鹿鸣区启航驾驶员职业培训学校", "基本合格"], ["鹿鸣区明德会计培训学校", "基本合格"],
                   ["桐溪市巧手美容美发培训学校", "合格"], ["鹿鸣区新锐数控技术培训学校", "合格"],
                   ["鹿鸣区优才语言培训学校", "不合格（停止招生，限期整改）"]]),
        "公示期为7个工作日。对年检结果有异议的，请在公示期内向区人社局职业能力建设科反映。",
        "备注：启航驾驶员职业培训学校“基本合格”的原因是收费与公示标准不一致：该校对外公示A2培训费为16800元，但与岷北顺通物流集团签订的团体培训协议价为每人11200元（6.7折），另与桐溪公交集团约定每年保底80人、每人9800元，协议注明双方不得向第三方透露价格。已责令该校规范收费公示。",
    ],
    sign=ORG, date="2025年5月26日", attr_line=GK)

add(case="commercial", fmt="txt", genre="公示", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="采购结果公示 lists each bidding 机构's internal 报价构成 incl. staff cost, 利润率 — bidders' cost and margin data; plain txt export",
    kind="plain", wrap=0,
    title="2025年鹿鸣区工伤预防宣传培训项目采购结果公示",
    body=[
        "鹿鸣区2025年工伤预防宣传培训项目采用竞争性磋商方式采购，于6月12日在区公共资源交易中心完成磋商评审。现将结果公示如下：",
        "一、项目名称：2025年鹿鸣区工伤预防宣传培训项目",
        "二、预算金额：68万元",
        "三、成交供应商：桐溪市安泰安全技术咨询有限公司，成交金额59.8万元。",
        "四、评审小组：由3名评审专家和1名采购人代表组成。",
        "五、各供应商报价及构成：",
        ("table", [["供应商", "报价（万元）", "报价构成"],
                   ["桐溪市安泰安全技术咨询有限公司", "59.8", "讲师课酬21.6，场地12.0，教材印制9.4，人员工资8.2，利润率13%"],
                   ["岷北平安职业卫生服务中心", "63.5", "讲师课酬25.0，场地14.5，教材10.2，人员工资7.1，利润率10%"],
                   ["鹿鸣区红盾培训服务部", "66.0", "讲师课酬27.3，场地13.0，教材11.8，人员工资6.4，利润率11.5%"]]),
        "六、公示期限：自公示之日起1个工作日。供应商认为成交结果使自己的权益受到损害的，可在知道或应知其权益受到损害之日起7个工作日内以书面形式提出质疑。",
        "采购人：桐溪市鹿鸣区人力资源和社会保障局　联系电话：0781-6652315",
    ],
    sign=ORG, date="2025年6月13日", attr_line="公开方式：主动公开")

add(case="commercial", fmt="docx", genre="通报", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="监察 通报 describes an 个体工商户's monthly 营业额, 进货渠道和进价, 毛利 taken from its books during the inspection — a sole trader's business data in a 主动公开 通报",
    kind="file", docno="鹿人社监〔2025〕11号",
    title="关于2025年上半年劳动保障监察典型案例的通报",
    to="各街道办事处、镇人民政府，各用人单位：",
    body=[
        "2025年上半年，区劳动保障监察大队共受理举报投诉186件，立案查处63件，为1020名劳动者追发工资1467万元。为以案释法、警示教育，现将两起典型案例通报如下。",
        ("h", "案例一：某建筑劳务公司未按规定缴存工资保证金案"),
        "某劳务分包企业承接我区安置房项目后，未按规定存储农民工工资保证金。我局责令其限期整改，并处罚款2万元。该企业已补存保证金。",
        ("h", "案例二：柳堤街道“老味道砂锅粉”未签订劳动合同案"),
        "个体工商户“老味道砂锅粉”（经营者谢长顺）雇用7名员工，均未签订书面劳动合同。检查中查阅其账本显示，该店月营业额约21万元，米粉由云南蒙自的固定渠道以每斤3.2元直供，骨汤底料采用自配方（猪筒骨、鸡架与草果、山奈按固定比例熬制），综合毛利率约58%，经营状况良好，不存在支付困难。我局责令其补签合同并支付二倍工资差额3.6万元，经营者已履行。",
        "各用人单位要引以为戒，依法规范用工。",
    ],
    date="2025年7月18日", attr_line=GK, printer=OFFICE, print_date="2025年7月18日")

add(case="commercial", fmt="docx", genre="公示", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="工伤协议医疗机构 评估公示 includes a private 医院's negotiated 床位/手术价格 and 药品采购返利比例 from its confidential submission — hospital's pricing data in 主动公开 公示",
    kind="plain", title="2025年鹿鸣区工伤保险协议医疗机构评估结果公示",
    body=[
        "根据《工伤保险条例》和《岷北省工伤保险协议医疗机构管理办法》，区社会保险事业中心对我区5家工伤保险协议医疗机构2024年度履行协议情况进行了评估，评估内容包括工伤医疗服务质量、费用控制、信息报送和群众满意度等。现将评估结果公示如下：",
        ("table", [["医疗机构", "性质", "评估得分", "等次"],
                   ["桐溪市第二人民医院", "公立", "94", "优秀"],
                   ["鹿鸣区人民医院", "公立", "91", "优秀"],
                   ["桐溪康宁骨科医院", "民营", "86", "良好"],
                   ["鹿鸣区中医医院", "公立", "83", "良好"],
                   ["桐溪仁和手外科医院", "民营", "72", "合格"]]),
        "公示期自2025年4月7日至4月11日。",
        "评估说明：桐溪康宁骨科医院提交的成本资料显示，其与中心商定的工伤手外伤清创缝合打包价为2680元，而该院对商业保险客户收费3950元；骨科植入耗材从岷北医械公司采购享受18%返利，床位成本核算为每日146元。该院要求上述资料不对外提供，评估组已据此核减其费用控制得分。",
    ],
    sign="桐溪市鹿鸣区社会保险事业中心", date="2025年4月7日", attr_line=GK)

add(case="commercial", fmt="docx", genre="通知", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="附件 copies a tech company's 见习岗位说明 with its unreleased sensor algorithm parameters and the company's own statement that the material is protected — declared company know-how in 主动公开 通知",
    kind="file", docno="鹿人社发〔2025〕46号",
    title="关于认定2025年度第二批区级就业见习基地的通知",
    to="各有关单位：",
    body=[
        "为进一步拓宽高校毕业生和青年就业渠道，经单位申报、实地核查和集体研究，决定认定岷北智感科技有限公司等6家单位为2025年度第二批区级就业见习基地。现将有关事项通知如下。",
        "一、见习基地应按照见习计划安排见习人员，每期见习时间3至12个月，见习期间按不低于当地最低工资标准发放基本生活费，并为见习人员办理人身意外伤害保险。",
        "二、见习人员留用率达到50%以上的，按规定给予见习补贴上浮10%。",
        "三、区就业服务中心每季度对见习基地进行一次抽查，见习基地实行动态管理，不再符合条件的及时取消资格。",
        "第二批区级就业见习基地名单：岷北智感科技有限公司、桐溪市第二人民医院、鹿鸣区云帆电商培训中心、桐溪云湾汽车维修有限公司、鹿鸣区安和养老服务中心、桐溪市建筑设计研究院。",
    ],
    attach=[("岷北智感科技有限公司见习岗位说明（申报材料摘录）", [
        "见习岗位：算法测试助理（4名）。岗位工作：参与公司第三代压力传感芯片温漂补偿算法的测试。",
        "技术背景：该算法采用五阶多项式补偿，在-40℃至125℃区间的补偿系数表（共64组）由公司自主标定，零点漂移控制在±0.02%FS以内，较同类产品提升约一个数量级。",
        "公司声明：以上技术资料为我公司未公开的核心技术信息，已采取保密措施，仅供主管部门审核见习岗位使用。"])],
    date="2025年6月27日", attr_line=GK, printer=OFFICE, print_date="2025年6月27日")

add(case="commercial", fmt="txt", genre="公示", attribute="主动公开", decision="return", codes=["COMMERCIAL_SECRET"],
    note="贴息公示 column 经营情况 lists each borrower's main buyers and contract amounts (e.g. 供货合同 with named supermarket chains) — clients and sales of small firms/个体户; OA header style 0",
    kind="oa", wrap=0, docno="（公示无文号）",
    title="2025年第二季度创业担保贷款贴息资金拟拨付名单公示",
    oa=oa_header("2025年第二季度创业担保贷款贴息资金拟拨付名单公示", "（公示无文号）", "就业促进科", "蔺红梅",
                 "葛涛", "殷晓岚", "主动公开", "2025-07-07"),
    body=[
        "根据《桐溪市创业担保贷款实施办法》，经经办银行申报、区就业服务中心审核，以下借款主体按期还款付息，符合贴息条件，拟拨付2025年第二季度贴息资金。现予公示，公示期5个工作日（7月8日至7月14日）。",
        ("table", [["序号", "借款主体", "贷款金额（万元）", "贴息金额（元）", "经营情况"],
                   ["1", "鹿鸣区巧厨坊食品店（个体工商户）", "30", "1875", "主要供货给桐溪家家乐超市6家门店，年供货合同126万元"],
                   ["2", "桐溪市柳堤印务有限公司", "200", "12500", "大客户为桐溪职业技术学院（年度教材印制合同88万元）、区融媒体中心（42万元）"],
                   ["3", "石门镇青山竹编合作社", "50", "3125", "出口订单经岷北外贸公司代理，单价每件36元，年订单2.4万件"],
                   ["4", "鹿鸣区晓风花艺工作室（个体工商户）", "20", "1250", "婚庆客户为主，正常经营"]]),
        "如有异议，请在公示期内向区就业服务中心反映，电话0781-6652311。",
    ],
    sign="桐溪市鹿鸣区就业服务中心", date="2025年7月8日", attr_line="（此件主动公开）")

# ---------------------------------------------------------------- LABEL_MISMATCH (12)
add(case="mismatch", fmt="docx", genre="请示", attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
    note="请示 to 区人民政府 asking for extra funds, marked （此件公开发布） — a 请示 to a superior should be 不予公开",
    kind="file", docno="鹿人社请〔2025〕4号", signer_line="签发人：姜立新",
    title="关于申请追加2025年就业补助资金的请示",
    to="区人民政府：",
    body=[
        "2025年，区财政年初安排就业补助资金1850万元，主要用于职业培训补贴、社会保险补贴、公益性岗位补贴、一次性吸纳就业补贴和就业见习补贴等。截至6月底，已支出1362万元，占年度预算的73.6%。",
        "下半年，我区将新开发公益性岗位80个，安置城镇就业困难人员和脱贫劳动力；同时，受企业用工需求回升影响，社保补贴和吸纳就业补贴申报量明显增加。经测算，下半年资金需求约1120万元，缺口约632万元。",
        "为确保各项就业补贴政策按时兑现，稳定群众预期，特申请区财政追加2025年就业补助资金632万元，其中公益性岗位补贴198万元、社会保险补贴236万元、职业培训补贴128万元、一次性吸纳就业补贴70万元。",
        "以上请示当否，请批示。",
    ],
    attach=[("2025年下半年就业补助资金需求测算表", [("table", [
        ["项目", "已支出（万元）", "下半年需求（万元）", "缺口（万元）"],
        ["公益性岗位补贴", "612", "420", "198"], ["社会保险补贴", "388", "356", "236"],
        ["职业培训补贴", "214", "218", "128"], ["一次性吸纳就业补贴", "148", "126", "70"]])])],
    date="2025年7月9日", attr_line=GK, extra_end=["（联系人：葛涛，电话：0781-6652311）"],
    printer=OFFICE, print_date="2025年7月9日")

add(case="mismatch", fmt="txt", genre="报告", attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
    note="情况报告 to 市人社局 marked 公开属性：主动公开 in the OA header and footer — a 报告 to a superior should be 不予公开",
    kind="oa", wrap=34, docno="鹿人社报〔2025〕9号",
    title="鹿鸣区2025年上半年劳动保障监察工作情况报告",
    oa=oa_header("鹿鸣区2025年上半年劳动保障监察工作情况报告", "鹿人社报〔2025〕9号", "劳动保障监察大队", "符建平",
                 "沙俊", "姜立新", "主动公开", "2025-07-04", style=2),
    to="桐溪市人力资源和社会保障局：",
    body=[
        "现将我区2025年上半年劳动保障监察工作情况报告如下：",
        "一、主要工作。上半年，我区共受理举报投诉186件，立案查处63件，结案58件，为1020名劳动者追发工资1467万元；开展“春暖农民工”、工程建设领域专项检查等行动3次，检查用人单位412户；向社会公布重大劳动保障违法行为1件。",
        "二、主要做法。（一）推行“网格+监察”，将劳动保障监察纳入街道（镇）网格化管理，网格员发现线索即时上报；（二）落实工程建设领域六项制度，全区在建项目工资专用账户开设率达到100%；（三）加强部门联动，与公安、法院建立欠薪案件快移快处机制。",
        "三、存在问题。一是监察大队在编人员仅9人，人均负责用人单位超过800户；二是部分小微企业用工不规范，取证难；三是个别欠薪案件涉及企业经营困难，处置周期长。",
        "四、下半年打算。重点围绕岁末年初欠薪治理，提前开展隐患排查，力争欠薪案件结案率保持在95%以上。",
        "特此报告。",
    ],
    sign=ORG, date="2025年7月5日", attr_line="（此件主动公开）")

add(case="mismatch", fmt="docx", genre="函", attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
    note="征求意见函 to other departments on a draft 办法, marked 公开方式：主动公开 in 版记 — a 征求意见函 should be 不予公开",
    kind="letter", docno="鹿人社函〔2025〕29号",
    title="关于征求《鹿鸣区就业困难人员认定管理办法（征求意见稿）》意见的函",
    to="区财政局、区民政局、区残联、区司法局，各街道办事处、镇人民政府：",
    body=[
        "为进一步规范就业困难人员认定工作，精准实施就业援助，我局起草了《鹿鸣区就业困难人员认定管理办法（征求意见稿）》。现送你们征求意见，请结合工作实际认真研究，提出修改意见和建议。",
        "本次修订主要有以下几点变化：一是将“连续失业一年以上的人员”中的“失业”界定为在我区办理失业登记；二是增加“零就业家庭成员”“刑满释放人员”两类认定对象；三是将认定权限下放至街道（镇）人社服务所，区就业服务中心负责抽查复核；四是明确就业困难人员身份有效期为三年。",
        "请于4月18日前将书面意见（加盖公章）反馈我局就业促进科，无意见的也请书面回复。逾期未反馈的，视为无意见。",
        "联系人：葛涛，电话0781-6652311，电子邮箱lmqjyk@tx.gov.example。",
    ],
    attach=[("鹿鸣区就业困难人员认定管理办法（征求意见稿）", [
        "第一条　为规范就业困难人员认定管理，根据《中华人民共和国就业促进法》和省、市有关规定，制定本办法。",
        "第二条　本办法所称就业困难人员，是指具有本区户籍或持有本区居住证，在法定劳动年龄内、有劳动能力和就业意愿，因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业的人员。",
        "第三条　（其余条款略）"])],
    date="2025年4月8日", attr_line=GK2, attr_pos="banji", printer=OFFICE, print_date="2025年4月8日")

add(case="mismatch", fmt="docx", genre="通知", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="通知 announcing an approved rise of 城乡居民基础养老金 to all residents, marked 公开方式：不予公开 — a benefit rise is public-interest and should be 主动公开",
    kind="file", docno="鹿人社发〔2025〕50号",
    title="关于提高城乡居民基础养老金区级加发标准的通知",
    to="各街道办事处、镇人民政府，区直有关部门：",
    body=[
        "经区人民政府同意，决定提高城乡居民基础养老金区级加发标准。现将有关事项通知如下：",
        "一、自2025年7月1日起，全区符合条件的城乡居民基本养老保险待遇领取人员，基础养老金区级加发部分由每人每月45元提高到60元；年满75周岁的，在此基础上每人每月再增发10元。",
        "二、提高部分所需资金由区级财政全额负担，纳入年度预算。7月至8月应增发的部分于8月份待遇发放时一并补发到位。",
        "三、待遇领取人员无需提出申请，由区社会保险事业中心统一调整后发放至本人社会保障卡。",
        "四、各街道（镇）要通过村（社区）公示栏、广播、微信群等渠道做好宣传解释，让群众及时知晓政策。群众咨询可拨打12333或0781-6652316。",
    ],
    date="2025年7月16日", attr_line=BY, attr_pos="banji", cc="区财政局，区审计局。", printer=OFFICE, print_date="2025年7月16日")

add(case="mismatch", fmt="txt", genre="公示", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="行政处罚结果公示 marked 公开属性：不予公开 — 行政处罚结果 must be published (主动公开)",
    kind="oa", wrap=36, docno="（公示无文号）",
    title="鹿鸣区人力资源和社会保障局行政处罚结果公示（2025年第3期）",
    oa=oa_header("鹿鸣区人力资源和社会保障局行政处罚结果公示（2025年第3期）", "（公示无文号）", "劳动保障监察大队",
                 "曲小婉", "符建平", "韦国栋", "不予公开", "2025-08-01", style=1),
    body=[
        "根据《中华人民共和国行政处罚法》和政务公开有关规定，现将我局2025年7月作出的行政处罚决定公示如下：",
        ("table", [["序号", "当事人", "统一社会信用代码", "违法事实", "处罚依据", "处罚内容", "决定日期"],
                   ["1", "桐溪市鸿达服装加工有限公司", uscc("91517203MA7C1D2E3"), "安排女职工在哺乳期延长劳动时间", "《女职工劳动保护特别规定》第十三条", "罚款6000元", "2025-07-08"],
                   ["2", "鹿鸣区金顺劳务有限公司", uscc("91517204MA8F4G5H6"), "未按规定存储农民工工资保证金", "《保障农民工工资支付条例》第五十五条", "罚款20000元", "2025-07-15"],
                   ["3", "桐溪市兴隆汽配有限公司", uscc("91517221MA9J7K8L9"), "未按规定保存职工工资支付记录", "《保障农民工工资支付条例》第五十五条", "警告", "2025-07-24"]]),
        "当事人对处罚决定不服的，可依法申请行政复议或提起行政诉讼。",
        "监督电话：0781-6652320",
    ],
    sign=ORG, date="2025年8月1日", attr_line="公开属性：不予公开")

add(case="mismatch", fmt="docx", genre="意见", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="policy 实施意见 on graduate employment (addressed to the public and all units) marked （此件不予公开） — a policy document should be 主动公开",
    kind="file", docno="鹿人社发〔2025〕35号",
    title="关于进一步做好高校毕业生等青年就业创业工作的实施意见",
    to="各街道办事处、镇人民政府，区直各部门，各有关单位：",
    body=[
        "为深入贯彻就业优先战略，促进高校毕业生等青年多渠道就业创业，结合我区实际，提出如下实施意见。",
        ("h", "一、拓宽就业渠道"),
        "（一）鼓励企业吸纳。对吸纳离校2年内未就业高校毕业生和16—24岁登记失业青年，签订1年以上劳动合同并缴纳社会保险的企业，按每人1500元给予一次性吸纳就业补贴。",
        "（二）稳定公共部门岗位。2025年区属事业单位招聘岗位中，面向应届高校毕业生的比例不低于50%。",
        ("h", "二、支持创业"),
        "（三）对高校毕业生在我区首次创办小微企业或从事个体经营、正常经营1年以上的，给予一次性创业补贴5000元；可申请最高30万元的创业担保贷款，按规定享受贴息。",
        ("h", "三、强化服务"),
        "（四）实施“一人一档”“一人一策”精准服务，对离校未就业毕业生提供至少1次政策宣介、1次职业指导、3次岗位推荐、1次职业培训或就业见习机会。",
        "（六）本意见自发布之日起施行，有效期至2027年12月31日。",
    ],
    date="2025年6月20日", attr_line="（此件不予公开）", printer=OFFICE, print_date="2025年6月20日")

add(case="mismatch", fmt="docx", genre="公告", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="公告 of a 职业技能等级认定合格人员名单 (masked IDs) marked 公开方式：不予公开 — a qualification list is meant for the public (主动公开); masked IDs are not personal data",
    kind="plain", title="2025年第一批职业技能等级认定合格人员名单公告",
    body=[
        "根据《职业技能等级认定工作规程》，鹿鸣区职业技术学校等3家社会培训评价组织于2025年5月开展了第一批职业技能等级认定，经考核、审核，共有以下人员成绩合格，获得相应职业技能等级证书。现予公告。",
        "证书信息可通过“技能人才评价证书全国联网查询”系统查询。对名单有异议的，可于公告之日起10个工作日内向区人社局职业能力建设科反映。",
        ("table", [["序号", "姓名", "身份证号", "职业（工种）", "等级"],
                   ["1", "廖春华", mask_id(pid(1, "19880415")), "养老护理员", "四级"],
                   ["2", "晏东", mask_id(pid(2, "19930921")), "电工", "四级"],
                   ["3", "苗丽娜", mask_id(pid(3, "19900107")), "保育师", "五级"],
                   ["4", "尤建军", mask_id(pid(4, "19811230")), "焊工", "三级"],
                   ["5", "宁海波", mask_id(pid(5, "19970618")), "中式烹调师", "四级"],
                   ["6", "柏雪", mask_id(pid(6, "19950302")), "电子商务师", "四级"]]),
        "特此公告。",
    ],
    sign=ORG, date="2025年6月10日", attr_line=BY)

add(case="mismatch", fmt="docx", genre="复函", attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
    note="复函 answering 区住建局's 征求意见 on a draft, marked （此件公开发布） — a reply to another department's consultation should be 不予公开",
    kind="letter", docno="鹿人社函〔2025〕47号",
    title="关于对《鹿鸣区工程建设领域农民工工资支付管理实施细则（征求意见稿）》意见的复函",
    to="区住房和城乡建设局：",
    body=[
        "你局《关于征求〈鹿鸣区工程建设领域农民工工资支付管理实施细则（征求意见稿）〉意见的函》收悉。经认真研究，我局提出以下意见：",
        "一、第八条关于工资专用账户开设时限，建议将“合同签订后60日内”改为“合同签订后30日内”，与《保障农民工工资支付条例》规定一致。",
        "二、第十二条关于农民工工资保证金的差异化存储，建议增加“两年内未发生工资拖欠的，存储比例可降低50%”的表述，并明确由人社部门会同住建部门认定。",
        "三、第十九条“由住建部门负责查处”表述不够准确，拖欠农民工工资的查处由人社部门负责，住建部门负责督促施工单位落实实名制管理和按月足额支付，建议修改。",
        "四、建议在附则中明确细则的解释部门为区住建局、区人社局。",
        "特此函复。",
    ],
    date="2025年5月19日", attr_line=GK, printer=OFFICE, print_date="2025年5月19日")

add(case="mismatch", fmt="txt", genre="纪要", attribute="主动公开", decision="return", codes=["LABEL_MISMATCH"],
    note="局务会纪要 on internal management (科室分工, 车辆, 值班, 考勤) marked 主动公开 — internal management should be 依申请公开 (or not published)",
    kind="oa", wrap=35, docno="鹿人社纪〔2025〕5号",
    title="2025年第5次局务会议纪要",
    oa=oa_header("2025年第5次局务会议纪要", "鹿人社纪〔2025〕5号", "办公室", "戴宁", "鲁红英", "姜立新", "主动公开",
                 "2025-03-06"),
    body=[
        "3月5日上午，局长姜立新主持召开2025年第5次局务会议，班子成员、各科室（单位）负责人参加。会议研究了以下事项：",
        "一、关于机关科室分工调整。会议同意将职业能力建设科承担的技工院校管理职能调整至专业技术人员管理科，相关人员随职能调整，3月底前完成交接。",
        "二、关于公务用车管理。会议要求严格执行派车单制度，节假日车辆统一封存，非工作日用车须经分管领导同意；办公室每月通报用车情况。",
        "三、关于值班和考勤。会议决定自3月10日起机关考勤统一使用人脸识别打卡，每月考勤结果与绩效奖金挂钩；夜间值班由各科室轮流，值班人员不得擅离岗位。",
        "四、关于办公用房调整。同意监察大队迁入B座一楼，腾出的312、314室由工资福利科使用。",
        "会议要求各科室按分工抓好落实，办公室负责督办。",
        "出席：姜立新、韦国栋、殷晓岚、鲁红英",
        "列席：各科室（单位）负责人",
    ],
    sign="", date="", attr_line="（此件主动公开）")

add(case="mismatch", fmt="docx", genre="决定", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="决定 commending 和谐劳动关系 企业 (meant to be publicised) marked 公开方式：不予公开 — a commendation of enterprises is public-interest and should be 主动公开",
    kind="file", docno="鹿人社发〔2025〕58号",
    title="关于命名2025年度鹿鸣区和谐劳动关系示范企业的决定",
    to="各街道办事处、镇人民政府，区直有关部门，各有关企业：",
    body=[
        "为推动构建和谐劳动关系，根据《鹿鸣区和谐劳动关系示范企业创建活动实施方案》，经企业申报、街道推荐、实地评估和社会公示，区协调劳动关系三方决定命名桐溪鹿鸣精密铸造有限公司等10家企业为2025年度鹿鸣区和谐劳动关系示范企业。",
        "希望受命名的企业珍惜荣誉，继续依法规范用工，完善民主管理和集体协商机制，发挥示范带动作用。各企业要以示范企业为榜样，尊重劳动、关爱职工，共建共享和谐劳动关系。",
        "2025年度鹿鸣区和谐劳动关系示范企业名单：桐溪鹿鸣精密铸造有限公司、岷北华晟新材料科技有限公司、桐溪市第二人民医院、鹿鸣区柳堤物业管理有限公司、桐溪市芦荡米业有限公司、岷北青禾农业科技有限公司、桐溪云湾汽车维修有限公司、鹿鸣区安和养老服务中心、桐溪市柳堤印务有限公司、桐溪市建筑设计研究院。",
        "命名有效期三年，期间发生重大劳动保障违法行为或群体性事件的，撤销命名。",
    ],
    date="2025年8月29日", attr_line=BY, attr_pos="banji", cc="区总工会，区工商联。", printer=OFFICE, print_date="2025年8月29日")

add(case="mismatch", fmt="docx", genre="通告", attribute="依申请公开", decision="return", codes=["LABEL_MISMATCH"],
    note="通告 to the whole public about 欠薪 reporting channels marked （此件依申请公开） — a 通告 exists to be known by everyone, should be 主动公开",
    kind="plain", title="桐溪市鹿鸣区人力资源和社会保障局关于公布根治欠薪举报投诉渠道的通告",
    body=[
        "为畅通劳动者维权渠道，及时受理和处置拖欠工资问题，现将我区根治欠薪举报投诉渠道通告如下：",
        "一、电话举报投诉：12333（全天）；区劳动保障监察大队0781-6652320（工作日8:30—17:30）。",
        "二、现场举报投诉：区行政中心B座一楼劳动保障监察窗口；各街道（镇）人社服务所。",
        "三、网络举报投诉：全国根治欠薪线索反映平台（微信小程序）、“岷北人社”APP“欠薪投诉”栏目。",
        "四、劳动者举报投诉时，应提供用人单位名称、地址、拖欠工资的时间、人数和金额等基本情况。举报人的个人信息依法予以保护。",
        "五、以讨薪为名采取堵路、围堵政府机关、跳楼威胁等过激方式的，依法追究法律责任。",
        "特此通告。",
    ],
    sign=ORG, date="2025年1月10日", attr_line="（此件依申请公开）")

add(case="mismatch", fmt="txt", genre="办法", attribute="不予公开", decision="return", codes=["LABEL_MISMATCH"],
    note="规范性文件 (办法 on 公益性岗位) binding on citizens, marked 公开方式：不予公开 in OA header and footer — a 办法 must be 主动公开",
    kind="oa", wrap=33, docno="鹿人社规〔2025〕1号",
    title="鹿鸣区公益性岗位开发管理办法",
    oa=oa_header("鹿鸣区公益性岗位开发管理办法", "鹿人社规〔2025〕1号", "就业促进科", "蔺红梅", "葛涛", "姜立新",
                 "不予公开", "2025-02-24", style=0),
    body=[
        "第一条　为规范公益性岗位开发和管理，发挥公益性岗位托底安置作用，根据《就业补助资金管理办法》和省、市有关规定，结合我区实际，制定本办法。",
        "第二条　本办法所称公益性岗位，是指以安置就业困难人员为主要目的，由政府出资开发，满足社区及公共利益需要的非营利性服务岗位。",
        "第三条　公益性岗位安置对象为在我区办理失业登记的就业困难人员，优先安置零就业家庭成员、残疾人、脱贫劳动力。",
        "第四条　公益性岗位实行“按需设岗、以岗定人、有进有出、补贴递减”原则，岗位补贴期限最长不超过3年，对距法定退休年龄不足5年的，可延长至退休。",
        "第五条　用人单位应当与安置人员签订劳动合同，按月足额支付工资，工资不低于最低工资标准。",
        "第六条　公益性岗位补贴和社会保险补贴按规定从就业补助资金中列支。",
        "第九条　本办法自2025年3月1日起施行，有效期5年。",
    ],
    sign=ORG, date="2025年2月25日", attr_line="公开方式：不予公开")

# ---------------------------------------------------------------- CLEAN (20)
add(case="clean", fmt="docx", genre="公告", attribute="主动公开", decision="approve", codes=[],
    note="published 笔试 公告 with dates, 考场规则 and words like 试卷/答题卡/保密 used innocently (rules for candidates, nothing of the paper itself)",
    kind="plain", title="鹿鸣区2025年区属事业单位公开招聘工作人员笔试公告",
    body=[
        "根据《鹿鸣区2025年区属事业单位公开招聘工作人员公告》，现将笔试有关事项公告如下：",
        ("h", "一、笔试时间和科目"),
        "笔试时间为2025年6月14日（星期六）上午9:00—11:30，科目为《公共基础知识》和《职业能力倾向测验》合卷，满分100分。",
        ("h", "二、准考证打印"),
        "考生于6月9日9:00至6月13日17:00登录鹿鸣区人事考试网打印准考证。准考证上注明考场地址和座位号，请考生提前熟悉考场路线。",
        ("h", "三、考场规则"),
        "（一）考生须凭准考证和有效居民身份证原件，于开考前30分钟进入考场，开考15分钟后不得入场，开考后60分钟内不得交卷离场。",
        "（二）除黑色字迹签字笔、2B铅笔、橡皮外，其他物品一律放在考场指定位置，严禁携带手机、智能手表等电子设备进入座位。",
        "（三）考试结束铃响后，考生应立即停止答题，将试卷、答题卡和草稿纸整理好放在桌上，经监考人员清点无误后方可离开，任何人不得将试卷、答题卡带出考场。",
        "（四）对违纪违规的考生，按照《事业单位公开招聘违纪违规行为处理规定》处理。",
        ("h", "四、成绩公布"),
        "笔试成绩预计于6月30日在鹿鸣区人事考试网公布。考生报名信息和考试成绩由我局负责管理，除依规公示的内容外，考生个人信息将严格保密。",
        "咨询电话：0781-6652308（工作日8:30—17:30）。",
    ],
    sign=ORG, date="2025年6月3日", attr_line=GK)

_pp = [("田梦瑶", pid(11, "19980512"), "青枫街道社区专职工作者", "78.50", "81.20", "80.13"),
       ("景晓露", pid(12, "19970830"), "云湾街道社区专职工作者", "71.50", "84.60", "79.36"),
       ("储文静", pid(13, "19990214"), "柳堤街道社区专职工作者", "66.50", "83.40", "76.64")]
add(case="clean", fmt="txt", genre="公示", attribute="主动公开", decision="approve", codes=[],
    note="拟聘用人员公示 issued after exam, 面试, 体检 and 考察 are complete; IDs masked (3+11*+4) — proper 公示 after the proper time",
    kind="plain", wrap=0,
    title="鹿鸣区2025年社区专职工作者招聘拟聘用人员公示",
    body=[
        "根据《鹿鸣区2025年社区专职工作者招聘公告》，经笔试、资格复审、面试、体检和考察等程序，确定田梦瑶等3人为拟聘用人员，现予公示。",
        ("table", [["姓名", "身份证号", "报考职位", "笔试成绩", "面试成绩", "总成绩"]] +
         [[n, mask_id(i), j, a, b, c] for n, i, j, a, b, c in _pp]),
        "公示时间：2025年8月18日至8月22日（5个工作日）。",
        "公示期间，如对拟聘用人员有异议，可通过来电、来信、来访等方式向区人社局反映。反映问题要实事求是，以真实姓名反映问题的，应提供具体事实和有关线索，我局将按规定为反映人保密。",
        "受理电话：0781-6652308　　地址：区行政中心B座310室",
        "公示期满无异议的，按规定办理聘用手续；有异议并查实影响聘用的，取消聘用资格，在同职位中按总成绩依次递补。",
    ],
    sign=ORG, date="2025年8月18日", attr_line="（此件公开发布）")

add(case="clean", fmt="docx", genre="通报", attribute="主动公开", decision="approve", codes=[],
    note="通报 of 2024 year-end statistics explicitly already published by 区统计局 in its 统计公报 — statistics that look sensitive but are released",
    kind="file", docno="鹿人社通〔2025〕2号",
    title="关于2024年度全区人力资源和社会保障事业发展情况的通报",
    to="局属各单位，各街道、镇人社服务所：",
    body=[
        "2024年，全区人社系统坚持民生为本，各项工作稳中有进。现将主要指标完成情况通报如下（数据已经区统计局在《2024年鹿鸣区国民经济和社会发展统计公报》中发布）：",
        ("table", [["指标", "2024年", "较上年"],
                   ["城镇新增就业（人）", "7926", "+3.1%"],
                   ["城镇登记失业率", "2.9%", "-0.1个百分点"],
                   ["企业职工基本养老保险参保人数（万人）", "13.6", "+4.6%"],
                   ["城乡居民基本养老保险参保人数（万人）", "21.4", "+0.8%"],
                   ["工伤保险参保人数（万人）", "9.8", "+5.4%"],
                   ["补贴性职业技能培训（人次）", "6120", "+12.3%"],
                   ["办结欠薪案件（件）", "214", "-8.2%"]]),
        "从全年情况看，就业局势保持稳定，社会保险覆盖面持续扩大，劳动关系总体和谐。同时也要看到，青年就业压力仍然较大，灵活就业人员参保率偏低，个别行业欠薪问题时有发生。",
        "2025年，各单位要对照年度目标，细化工作措施，确保各项目标任务按时完成。",
    ],
    date="2025年3月4日", attr_line=GK, printer=OFFICE, print_date="2025年3月4日")

add(case="clean", fmt="docx", genre="公示", attribute="主动公开", decision="approve", codes=[],
    note="training schools' published fee schedule (学费/教材费/鉴定费, 明码标价, already posted at the schools) — prices that look commercial but are public by rule",
    kind="plain", title="鹿鸣区民办职业培训学校2025年度收费标准公示",
    body=[
        "根据《岷北省民办职业培训学校管理办法》关于“收费项目和标准应当向社会公示”的规定，现将辖区民办职业培训学校经备案的2025年度收费标准汇总公示如下。各学校已在招生场所醒目位置同步张贴。",
        ("table", [["学校", "培训项目", "学时", "学费（元）", "教材费（元）", "备注"],
                   ["鹿鸣区精工职业培训学校", "低压电工作业", "80", "1600", "60", "含实操耗材"],
                   ["鹿鸣区精工职业培训学校", "焊工（四级）", "240", "3200", "80", "含实操耗材"],
                   ["桐溪市味源烹饪职业培训学校", "中式烹调师（五级）", "160", "2600", "50", "含食材"],
                   ["桐溪市安康家政服务培训中心", "养老护理员（五级）", "120", "1200", "40", "—"],
                   ["鹿鸣区云帆电商培训中心", "电子商务师（四级）", "150", "1800", "0", "电子教材"]]),
        "符合条件的学员参加补贴性培训的，可按规定申领职业培训补贴；培训费由学员先行垫付的，补贴直接拨付给学员本人。",
        "各学校不得在公示标准之外另立收费项目，不得以任何名义收取押金、保证金。学员发现乱收费的，可向区人社局职业能力建设科投诉，电话0781-6652313。",
    ],
    sign=ORG, date="2025年2月26日", attr_line=GK)

add(case="clean", fmt="docx", genre="公告", attribute="主动公开", decision="approve", codes=[],
    note="面试成绩 and 进入体检人员 公告 issued after the interview — results published at the proper time; 准考证号 only, no IDs",
    kind="plain", title="鹿鸣区2025年区属事业单位公开招聘面试成绩及进入体检人员公告",
    body=[
        "鹿鸣区2025年区属事业单位公开招聘面试工作已于7月19日结束。根据招聘公告规定，按笔试成绩占50%、面试成绩占50%计算总成绩，并按招聘计划1:1的比例从高分到低分确定进入体检人员。现将有关情况公告如下：",
        ("table", [["岗位代码", "准考证号", "姓名", "笔试成绩", "面试成绩", "总成绩", "是否进入体检"],
                   ["LM2501", "25010312", "包佳琪", "72.40", "85.60", "79.00", "是"],
                   ["LM2501", "25010108", "穆晨", "74.10", "79.20", "76.65", "否"],
                   ["LM2502", "25020215", "邬俊杰", "69.80", "83.00", "76.40", "是"],
                   ["LM2502", "25020127", "强丽", "70.60", "78.80", "74.70", "否"]]),
        "体检定于7月26日上午7:30在鹿鸣区人民医院体检中心进行，请进入体检人员空腹并携带身份证准时参加，体检费用自理。未按时参加体检的，视为自动放弃。",
        "体检标准参照《公务员录用体检通用标准（试行）》执行。",
        "咨询电话：0781-6652308。",
    ],
    sign=ORG, date="2025年7月21日", attr_line=GK)

add(case="clean", fmt="txt", genre="通知", attribute="依申请公开", decision="approve", codes=[],
    note="internal training notice for 社保经办 staff on 内部控制 (a public regulatory term), marked 依申请公开 — internal management, correctly marked; '内部' words are innocent",
    kind="oa", wrap=32, docno="鹿人社发〔2025〕26号",
    title="关于举办社会保险经办内部控制业务培训班的通知",
    oa=oa_header("关于举办社会保险经办内部控制业务培训班的通知", "鹿人社发〔2025〕26号", "社会保险科", "孟晓川",
                 "庞慧", "韦国栋", "依申请公开", "2025-04-14", style=0),
    to="区社会保险事业中心，各街道、镇人社服务所：",
    body=[
        "为贯彻《社会保险经办条例》和人社部《社会保险经办机构内部控制规则》，提高经办人员风险防控意识和业务能力，经研究，决定举办社会保险经办内部控制业务培训班。现将有关事项通知如下：",
        "（1）培训时间：4月24日至25日，24日上午8:30报到。",
        "（2）培训地点：区委党校二楼报告厅。",
        "（3）参训人员：区社会保险事业中心全体经办人员，各街道（镇）人社服务所负责人及社保经办人员。",
        "（4）培训内容：社会保险经办条例解读；经办风险点排查与岗位制衡；待遇稽核与疑点数据核查；典型案例剖析。",
        "（5）有关要求：参训人员不得无故缺席，确因特殊情况不能参加的，须经单位负责人同意并报社会保险科备案。培训期间统一安排午餐，不安排住宿。",
        "请各单位于4月21日前将参训人员名单报社会保险科。",
    ],
    sign=ORG, date="2025年4月15日", attr_line="（此件依申请公开）")

add(case="clean", fmt="docx", genre="函", attribute="不予公开", decision="approve", codes=[],
    note="征求意见函 correctly marked 公开方式：不予公开 in 版记 — trap: same genre as a LABEL_MISMATCH case but here the marking fits",
    kind="letter", docno="鹿人社函〔2025〕52号",
    title="关于征求《鹿鸣区技能人才评价补贴实施细则（征求意见稿）》意见的函",
    to="区财政局、区教育局，区职业技术学校：",
    body=[
        "为鼓励劳动者提升技能水平，我局起草了《鹿鸣区技能人才评价补贴实施细则（征求意见稿）》，拟对通过职业技能等级认定取得证书的劳动者给予评价补贴。现送你们征求意见。",
        "细则主要内容包括：一是补贴对象为我区户籍或在我区参保的劳动者；二是按照取得证书的等级给予补贴，五级200元、四级500元、三级1000元、二级1500元、一级2000元；三是同一职业同一等级只能享受一次；四是补贴资金从就业补助资金中列支。",
        "请重点就补贴标准的合理性、资金保障和经办流程提出意见，于6月6日前书面反馈我局职业能力建设科。",
        "联系人：窦文斌，电话0781-6652313。",
    ],
    attach=[("鹿鸣区技能人才评价补贴实施细则（征求意见稿）", [
        "第一条　为加快技能人才队伍建设，根据有关规定，制定本细则。",
        "第二条　本细则所称技能人才评价补贴，是指对取得职业技能等级证书或职业资格证书的劳动者给予的补贴。",
        "第三条　（其余条款略）"])],
    date="2025年5月27日", attr_line=BY, attr_pos="banji", printer=OFFICE, print_date="2025年5月27日")

add(case="clean", fmt="docx", genre="请示", attribute="不予公开", decision="approve", codes=[],
    note="请示 to 区人民政府 with draft figures, correctly marked （此件不予公开）; 签发人 line present — figures in a request to a superior are fine when not published",
    kind="file", docno="鹿人社请〔2025〕7号", signer_line="签发人：姜立新",
    title="关于提高公益性岗位补贴标准的请示",
    to="区人民政府：",
    body=[
        "我区现行公益性岗位补贴标准为每人每月1850元，自2023年7月执行至今。2025年1月起全省最低工资标准调整后，我区公益性岗位人员扣除个人缴纳社会保险费后实际到手收入已接近最低工资，部分街道反映岗位吸引力下降、人员流失加快。",
        "经测算，拟将公益性岗位补贴标准提高至每人每月1980元，自2025年9月1日起执行。按现有在岗612人计算，每月增加支出约7.96万元，2025年9月至12月需增加资金31.8万元，可在年度就业补助资金中调剂解决，不需追加预算。",
        "上述方案已征求区财政局意见，区财政局原则同意。",
        "妥否，请批示。",
    ],
    date="2025年7月28日", attr_line="（此件不予公开）", extra_end=["（联系人：葛涛，电话：0781-6652311）"],
    printer=OFFICE, print_date="2025年7月28日")

add(case="clean", fmt="txt", genre="报告", attribute="不予公开", decision="approve", codes=[],
    note="情况报告 to 市人社局 on a collective wage dispute, correctly marked 不予公开; a trap because it mentions 举报/投诉 but identifies no informant beyond a group count",
    kind="oa", wrap=30, docno="鹿人社报〔2025〕12号",
    title="关于禾丰家具有限公司欠薪事件处置情况的报告",
    oa=oa_header("关于禾丰家具有限公司欠薪事件处置情况的报告", "鹿人社报〔2025〕12号", "劳动保障监察大队", "沙俊",
                 "符建平", "姜立新", "不予公开", "2025-06-23", style=1),
    to="桐溪市人力资源和社会保障局：",
    body=[
        "6月3日，我区桐溪市禾丰家具有限公司因经营困难、法定代表人失联，引发76名职工集体讨薪。现将处置情况报告如下：",
        "一、基本情况。该公司成立于2016年，主营板式家具，高峰期用工200余人。自今年4月起停发工资，累计拖欠76名职工工资112.6万元。6月3日上午，30余名职工到区政府门口聚集。",
        "二、处置措施。（一）区政府当天启动欠薪应急预案，区人社局、公安分局、石门镇赶赴现场，劝导职工理性维权，未发生过激行为；（二）6月7日依法发布通告，责令该公司法定代表人接受调查；（三）经区政府同意，动用欠薪应急周转金89.4万元先行垫付部分职工工资，余款待资产处置后清偿；（四）6月16日以涉嫌拒不支付劳动报酬罪将案件移送公安分局。",
        "三、下步工作。继续配合公安机关追查法定代表人下落，协调法院加快资产保全处置，做好职工情绪疏导。",
        "特此报告。",
    ],
    sign=ORG, date="2025年6月24日", attr_line="公开属性：不予公开")

add(case="clean", fmt="docx", genre="公示", attribute="主动公开", decision="approve", codes=[],
    note="行政处罚结果公示 correctly marked 主动公开 with company names and 统一社会信用代码 (organisation codes, not personal data)",
    kind="plain", title="鹿鸣区人力资源和社会保障局行政处罚结果公示（2025年第4期）",
    body=[
        "根据《中华人民共和国行政处罚法》第四十八条和政务公开有关规定，现将我局2025年8月作出的行政处罚决定信息公示如下：",
        ("table", [["序号", "当事人", "统一社会信用代码", "违法事实", "处罚内容", "决定日期"],
                   ["1", "桐溪市鑫旺物流有限公司", uscc("91517203MA6P3Q4R5"), "未按规定参加工伤保险", "责令补缴，罚款3000元", "2025-08-06"],
                   ["2", "鹿鸣区锦程建筑劳务有限公司", uscc("91517202MA5N6T7U8"), "未依法与农民工签订书面劳动合同", "责令改正，罚款5000元", "2025-08-19"],
                   ["3", "岷北新丰超市有限公司鹿鸣店", uscc("91517204MA4W8X9Y1"), "安排未成年工从事禁忌劳动", "罚款8000元", "2025-08-27"]]),
        "当事人对行政处罚决定不服的，可以自收到处罚决定书之日起60日内向鹿鸣区人民政府申请行政复议，或者在6个月内向鹿鸣区人民法院提起行政诉讼。",
        "公示期限：自公示之日起三年。",
        "监督电话：0781-6652320。",
    ],
    sign=ORG, date="2025年9月3日", attr_line=GK)

add(case="clean", fmt="docx", genre="批复", attribute="主动公开", decision="approve", codes=[],
    note="行政许可 批复 (设立民办职业培训学校) correctly marked 主动公开; mentions 办学场地/师资 only in general terms, no business figures",
    kind="file", docno="鹿人社批〔2025〕9号",
    title="关于同意设立鹿鸣区匠心数控技术职业培训学校的批复",
    to="桐溪匠心机械制造有限公司：",
    body=[
        "你公司《关于申请设立鹿鸣区匠心数控技术职业培训学校的报告》及相关材料收悉。经审查，你公司提交的举办者资格证明、章程、办学场地证明、师资和资金证明等材料符合《中华人民共和国民办教育促进法》《岷北省民办职业培训学校设置标准》规定的条件。经研究，现批复如下：",
        "一、同意设立鹿鸣区匠心数控技术职业培训学校，办学地址为鹿鸣区石门镇工业园8号。",
        "二、学校培训层次为职业技能五级至三级，培训职业（工种）为车工、铣工、数控车工、数控铣工。",
        "三、学校为非营利性民办学校，办学许可证有效期5年。请你公司在收到本批复后30日内到区民政局办理民办非企业单位登记手续。",
        "四、学校应当建立健全财务、教学、安全管理制度，收费项目和标准应当按规定备案并向社会公示，接受我局的监督检查和年度检查。",
    ],
    date="2025年3月21日", attr_line=GK, cc="区民政局，区市场监督管理局，石门镇人民政府。", printer=OFFICE, print_date="2025年3月21日")

add(case="clean", fmt="txt", genre="通告", attribute="主动公开", decision="approve", codes=[],
    note="通告 publishing office hotlines and saying '对举报人信息严格保密' — the word 保密 and office phones are innocent; no person identified",
    kind="plain", wrap=31,
    title="桐溪市鹿鸣区人力资源和社会保障局关于公布劳动保障监察举报投诉电话的通告",
    body=[
        "为进一步畅通劳动保障权益维护渠道，方便群众举报投诉，现将鹿鸣区劳动保障监察举报投诉电话及受理时间通告如下：",
        "一、区劳动保障监察大队：0781-6652320，受理时间为工作日上午8:30—12:00、下午14:00—17:30。",
        "二、12333人社服务热线：全天24小时受理，非工作时间的举报投诉于次一工作日转交监察大队办理。",
        "三、各街道（镇）人社服务所：青枫街道0781-6623101、云湾街道0781-6624102、柳堤街道0781-6625103、石门镇0781-6631104、芦荡镇0781-6632105。",
        "四、监察大队对举报人的信息严格保密，对举报属实、为查处重大违法行为提供主要线索和证据的，按规定给予奖励。",
        "五、举报投诉人应当如实反映情况，捏造事实、诬告陷害他人的，依法承担法律责任。",
        "特此通告。",
    ],
    sign=ORG, date="2025年2月12日", attr_line="公开方式：主动公开")

add(case="clean", fmt="txt", genre="纪要", attribute="依申请公开", decision="approve", codes=[],
    note="局务会纪要 on internal management, correctly marked 依申请公开 — same genre as a LABEL_MISMATCH case, here correct",
    kind="oa", wrap=33, docno="鹿人社纪〔2025〕9号",
    title="2025年第9次局务会议纪要",
    oa=oa_header("2025年第9次局务会议纪要", "鹿人社纪〔2025〕9号", "办公室", "戴宁", "鲁红英", "姜立新", "依申请公开",
                 "2025-05-08", style=2),
    body=[
        "5月7日下午，局长姜立新主持召开2025年第9次局务会议，班子成员、各科室（单位）负责人参加。会议研究了以下事项：",
        "一、关于机关办公设备更新。会议同意办公室提出的更新计划，更换使用超过8年的台式计算机14台、打印机6台，所需经费在年度公用经费中列支，按政府采购程序办理。",
        "二、关于档案整理。会议要求各科室于6月底前完成2024年度文书档案归档，办公室负责培训和验收。",
        "三、关于干部教育培训。会议同意选派4名年轻干部参加市人社局组织的业务骨干培训班，培训期间工作由科室内部调剂。",
        "四、关于安全生产月活动。会议要求6月份组织一次消防演练，检查机关用电安全。",
        "会议要求各科室按分工抓好落实，办公室负责督办，6月份局务会听取落实情况汇报。",
        "出席：姜立新、韦国栋、殷晓岚、鲁红英",
        "列席：各科室（单位）负责人",
        "记录：戴宁",
    ],
    sign="", date="", attr_line="（此件依申请公开）")

add(case="clean", fmt="docx", genre="通知", attribute="主动公开", decision="approve", codes=[],
    note="职业技能等级认定 考试安排 notice: 题库/闭卷/试卷 words but no content of any paper; dates and rules only — exam notice that is meant to be public",
    kind="file", docno="鹿人社发〔2025〕62号",
    title="关于开展2025年第三批职业技能等级认定工作的通知",
    to="各街道办事处、镇人民政府，各社会培训评价组织，各有关企业：",
    body=[
        "根据年度工作计划，区人社局定于2025年10月组织第三批职业技能等级认定。现将有关事项通知如下：",
        "一、认定职业（工种）：养老护理员、保育师、电工、焊工、中式烹调师、电子商务师，等级为五级至三级。",
        "二、报名时间：9月15日至9月26日，通过“岷北技能人才评价”平台网上报名，上传身份证、学历证书、工作年限证明和培训证明。",
        "三、考核方式：理论知识考试采用闭卷机考，题目由省级题库随机抽取组卷，考试时间90分钟；操作技能考核采用现场实际操作方式，由考评员现场评分。理论知识和操作技能考核均实行百分制，成绩皆达60分及以上者为合格。",
        "四、考核时间：理论知识考试10月18日，操作技能考核10月19日至20日，具体时间地点以准考证为准。准考证于10月14日起自行下载打印。",
        "五、考场纪律：考生须遵守考场规则，不得携带任何资料和电子设备进入考场，严禁抄袭、替考，违者取消当次成绩，并记入诚信档案。",
        "七、咨询电话：0781-6652313。",
    ],
    date="2025年9月8日", attr_line=GK, printer=OFFICE, print_date="2025年9月8日")

add(case="clean", fmt="docx", genre="意见", attribute="主动公开", decision="approve", codes=[],
    note="policy 实施意见 correctly marked 主动公开; contains '内部挖潜', '重点企业清单' and '保密' only in innocent senses",
    kind="file", docno="鹿人社发〔2025〕19号",
    title="关于支持企业稳岗扩岗的若干意见",
    to="各街道办事处、镇人民政府，区直各部门，各有关企业：",
    body=[
        "为支持企业稳定和扩大就业岗位，结合我区实际，提出如下意见。",
        "一、落实失业保险稳岗返还。对上年度未裁员或裁员率不高于5.5%的参保企业（30人以下的不高于参保职工总数20%），按企业上年度实际缴纳失业保险费的60%返还，中小微企业可提高至90%。返还资金由系统比对后直接拨付，企业无需申请。",
        "二、鼓励企业内部挖潜。支持企业通过调整生产组织方式、开展在岗培训、灵活安排工时等方式稳定现有岗位，对开展以工代训的，按规定给予补贴。",
        "三、建立重点企业用工服务清单。区就业服务中心对列入清单的企业实行“一企一专员”服务，及时帮助解决招工难问题。清单每季度更新并在区人社局网站公布。",
        "四、规范服务。工作人员对企业提交的经营数据负有保密义务，仅用于政策审核，不得挪作他用。",
        "七、本意见自印发之日起施行，有效期两年。国家和省、市出台新规定的，从其规定。",
    ],
    date="2025年2月28日", attr_line=GK, printer=OFFICE, print_date="2025年2月28日")

_hp = [("严书航", pid(21, "19860723"), "岷北华晟新材料科技有限公司", "C类（市级领军人才）"),
       ("聂婉清", pid(22, "19910405"), "桐溪市第二人民医院", "D类（骨干人才）"),
       ("桑卓", pid(23, "19890916"), "桐溪市建筑设计研究院", "D类（骨干人才）"),
       ("贝嘉伟", pid(24, "19941128"), "鹿鸣区职业技术学校", "E类（青年英才）")]
add(case="clean", fmt="txt", genre="公示", attribute="主动公开", decision="approve", codes=[],
    note="saved portal page: portal block says 公开方式 主动公开 AND the document's own line says 主动公开 (agree); 高层次人才认定 公示 with masked IDs",
    kind="plain", wrap=0,
    portal=["索 引 号：LMRS-2025-00417", "发布机构：桐溪市鹿鸣区人力资源和社会保障局",
            "主题分类：劳动、人事、监察\\人才", "公开方式：主动公开", "成文日期：2025-09-12",
            "——————————————————————"],
    title="2025年度鹿鸣区高层次人才认定结果公示",
    body=[
        "根据《鹿鸣区高层次人才分类认定办法》，经个人申报、用人单位推荐、资格审查和专家评审，拟认定以下4名同志为2025年度鹿鸣区高层次人才，现予公示。",
        ("table", [["序号", "姓名", "身份证号", "工作单位", "认定类别"]] +
         [[str(k + 1), n, mask_id(i), u, c] for k, (n, i, u, c) in enumerate(_hp)]),
        "公示时间：2025年9月12日至9月18日。",
        "公示期内，单位或个人对公示对象有异议的，可以书面形式实名向区人社局人才工作科反映，并提供必要的证明材料。联系电话：0781-6652306。",
        "公示期满无异议的，由区人才工作领导小组办公室发放认定证书，按规定兑现人才待遇。",
    ],
    sign=ORG, date="2025年9月12日", attr_line="（此件公开发布）")

add(case="clean", fmt="docx", genre="复函", attribute="不予公开", decision="approve", codes=[],
    note="复函 replying to 区住建局's 征求意见, correctly marked 不予公开 — same 文种 as a LABEL_MISMATCH case, here the marking fits",
    kind="letter", docno="鹿人社函〔2025〕58号",
    title="关于对《鹿鸣区建筑工人实名制管理服务平台建设方案》意见的复函",
    to="区住房和城乡建设局：",
    body=[
        "你局《关于征求〈鹿鸣区建筑工人实名制管理服务平台建设方案〉意见的函》收悉。经研究，我局原则同意该方案，并提出以下意见：",
        "一、平台应与省根治欠薪监管平台实现数据对接，避免施工企业重复录入，考勤和工资发放数据宜每日自动推送。",
        "二、方案第五部分“数据共享”中，建议明确人社部门可实时查询项目工资专用账户流水和工人考勤记录，以便及时发现欠薪隐患。",
        "三、平台采集工人身份信息、银行卡号等个人信息，应当按照个人信息保护的有关规定落实安全措施，明确数据使用权限和责任。",
        "四、建议将平台运维经费纳入部门预算，确保平台持续稳定运行。",
        "特此函复。",
    ],
    date="2025年6月11日", attr_line=BY, attr_pos="banji", printer=OFFICE, print_date="2025年6月11日")

add(case="clean", fmt="docx", genre="通知", attribute="主动公开", decision="approve", codes=[],
    note="公布 an adjustment of 基础养老金 that 区政府 has approved (no 'draft'/'pending' wording) — figures that look like an unannounced plan but are the published decision",
    kind="file", docno="鹿人社发〔2025〕51号",
    title="关于调整2025年退休人员基本养老金有关事项的通知",
    to="各街道办事处、镇人民政府，区社会保险事业中心：",
    body=[
        "根据人力资源社会保障部、财政部和岷北省人民政府关于2025年调整退休人员基本养老金的部署，经省人社厅、省财政厅批准的实施方案已于7月10日公布。现就我区贯彻落实有关事项通知如下：",
        "一、调整范围：2024年12月31日前已按规定办理退休手续并按月领取基本养老金的企业和机关事业单位退休人员。",
        "二、调整办法：采取定额调整、挂钩调整与适当倾斜相结合的办法，总体调整水平为2024年退休人员月人均基本养老金的2%。其中，定额调整每人每月增加28元；挂钩调整按本人缴费年限每满1年增加1.2元，并按本人基本养老金的0.6%增加；年满70周岁以上的高龄退休人员再分档适当倾斜。",
        "三、调整时间：自2025年1月1日起执行，1月至7月应增加的部分于8月份一次性补发。",
        "四、有关要求：区社会保险事业中心要按时完成待遇重算和补发，确保8月底前发放到位；各街道（镇）要做好政策宣传和解释工作。",
        "咨询电话：12333，0781-6652316。",
    ],
    date="2025年7月18日", attr_line=GK, printer=OFFICE, print_date="2025年7月18日")

_boss_id = make_id("517203", "19760519", 231)
_boss_card = make_card("621462170300518")
add(case="clean", fmt="txt", genre="便函", attribute="不予公开", decision="approve", codes=[],
    note="案件移送 便函 to 区公安分局 marked 不予公开 carries the absconded legal representative's full ID (valid check digit) and bank card (valid Luhn) — allowed because the letter is not published",
    kind="oa", wrap=30, docno="鹿人社便函〔2025〕31号",
    title="关于移送桐溪市禾丰家具有限公司涉嫌拒不支付劳动报酬案件的便函",
    oa=oa_header("关于移送桐溪市禾丰家具有限公司涉嫌拒不支付劳动报酬案件的便函", "鹿人社便函〔2025〕31号",
                 "劳动保障监察大队", "沙俊", "符建平", "韦国栋", "不予公开", "2025-06-15", style=0),
    to="桐溪市公安局鹿鸣分局：",
    body=[
        "桐溪市禾丰家具有限公司自2025年4月起拖欠76名劳动者工资112.6万元。我局于6月7日依法发布通告，责令该公司法定代表人到我局接受调查，并通过邮寄、张贴等方式送达《劳动保障监察责令改正决定书》，该公司在指定期限内未支付劳动报酬，法定代表人至今下落不明。",
        "根据《中华人民共和国刑法》第二百七十六条之一和《关于加强涉嫌拒不支付劳动报酬犯罪案件查处衔接工作的通知》，该案涉嫌拒不支付劳动报酬罪，现移送你局依法处理。",
        "涉案人员基本情况：庄德顺，男，法定代表人，身份证号" + _boss_id + "，户籍地桐溪市鹿鸣区石门镇。据职工反映，其个人银行卡（" + _boss_card + "）曾用于收取部分货款。",
        "随函移送：案件调查报告、工资欠款清单、送达回证、通告张贴照片等材料共计46页。",
        "联系人：沙俊，电话0781-6652320。",
    ],
    sign=ORG, date="2025年6月16日", attr_line="（此件不予公开）")

add(case="clean", fmt="docx", genre="办法", attribute="主动公开", decision="approve", codes=[],
    note="规范性 办法 correctly marked 主动公开; uses the words 商业秘密/保密 only as a rule for interns (innocent use of a sensitive-looking word)",
    kind="file", docno="鹿人社规〔2025〕2号",
    title="鹿鸣区就业见习管理办法",
    to="各街道办事处、镇人民政府，区直各部门，各见习基地：",
    body=[
        "现将《鹿鸣区就业见习管理办法》印发给你们，请认真贯彻执行。",
        ("center", "鹿鸣区就业见习管理办法"),
        "第一条　为规范就业见习工作，帮助青年提升就业能力，根据国家和省、市有关规定，制定本办法。",
        "第二条　见习对象为离校2年内未就业高校毕业生和16—24岁失业青年。",
        "第三条　见习基地应具备稳定的经营状况和见习岗位，能够为见习人员提供必要的指导和保障。见习期限一般为3至12个月。",
        "第四条　见习基地应当与见习人员签订见习协议，明确见习期限、见习内容、生活费标准和双方权利义务。见习基地应当保护见习人员的个人信息；见习人员应当遵守见习基地的规章制度，保守在见习中知悉的见习基地商业秘密。",
        "第五条　见习补贴按当地最低工资标准的70%给予，留用率达到50%以上的，补贴标准上浮10%。",
        "第六条　区就业服务中心负责见习基地认定、见习人员管理和补贴审核，每季度开展一次抽查。",
        "第八条　本办法自2025年4月1日起施行，有效期5年。",
    ],
    date="2025年3月14日", attr_line=GK, printer=OFFICE, print_date="2025年3月14日")

# ---------------------------------------------------------------- extra paragraphs (length top-up, written per document)
EXTRA = {
    "区级加发部分调整前期准备工作": ["四、数据核对中发现待遇领取人员户籍迁出、长期失联的，由街道（镇）会同村（社区）逐户走访，做好记录；确实无法联系的，报区社会保险事业中心暂停发放并留存书面说明。"],
    "劳动模范推荐人选有关材料": ["五、各推荐单位要对推荐人选的政治表现、廉洁自律、计划生育、遵纪守法等情况严格把关，推荐材料由单位主要负责人签字，对弄虚作假的，一经查实，取消推荐资格并通报批评。"],
    "恒昌建材有限公司拖欠工资案件": ["各街道（镇）要以此案为鉴，对辖区近期出现停工停产、拖延发薪迹象的企业建立台账，每周更新一次，必要时会同监察大队提前介入，把问题化解在萌芽状态，防止小事拖大。"],
    "工程系列中级职称评审会议": ["（四）评审结果经评审委员会表决通过后，由我局在区政府网站统一公示，公示期不少于5个工作日，公示期满无异议的，按程序办理确认手续。"],
    "信息系统安全检查情况": ["（4）部分网点经办人员离岗后未锁屏，个别终端存在多人共用一个账号的情况，操作日志无法对应到具体个人。", "各单位要举一反三，建立月度自查制度，明确一名信息安全联络员，负责日常巡检和问题报送。"],
    "上半年就业统计数据核对": ["五、区就业服务中心要加强业务指导，对各街道（镇）反映的系统问题及时汇总，需要市级解决的，统一报市就业服务中心协调。"],
    "资格复审准备工作": ["五、复审工作结束后，各街道要于6月26日前将复审情况登记表和取消资格人员书面告知回执报区人社局，逾期视为无补充。"],
    "商借工作人员参加区属国有企业招聘面试": ["面试考官须严格遵守回避规定，与考生存在亲属关系或其他可能影响公正的关系的，应主动提出回避，由我局另行安排。考官劳务报酬按规定标准由区国资中心统一发放。", "如有人员临时无法参加，请及早告知，以便调整。"],
    "社会保险基金管理风险排查整治": [("h", "五、考核问责"), "排查整治情况纳入年度绩效考核，对发现问题多、整改彻底的单位不扣分，对问题隐瞒不报、被上级检查发现的，加倍扣分。"],
    "公益性岗位人员信息核查": ["对核查中发现的虚报冒领补贴问题，要立即停发并追回资金；情节严重的，移交纪检监察机关处理。各街道（镇）分管领导对核查结果签字负责。", "核查期间，在岗人员的补贴照常发放，不得以核查为由拖延。"],
    "中小学教师职称水平能力测试": ["六、测试成绩由市人社局统一公布，成绩合格者方可参加当年职称评审，测试成绩两年内有效。"],
    "春风行动": ["五、会后请各街道（镇）在3个工作日内对本辖区参会求职人员进行回访，了解达成意向和实际入职情况，录入就业实名制系统。"],
    "城乡居民基本养老保险费征缴工作": ["五、代办员不得代收现金，严禁以任何名义截留、挪用参保人缴费；发现此类问题的，严肃追究责任。"],
    "春节前集中受理拖欠农民工工资": ["五、对查实的欠薪案件，依法责令限期支付；逾期不支付的，依法加付赔偿金，涉嫌犯罪的移送公安机关。"],
    "“五一”期间工资支付保障": ["六、各街道（镇）要安排专人值班，值班表于4月29日前报监察大队，节日期间发生群体性讨薪事件的，要在1小时内报告。"],
    "一次性吸纳就业补贴拟发放名单": ["公示期满无异议的，补贴资金直接拨付至企业基本账户，企业不得将补贴资金截留或挪作他用。"],
    "职业技能提升培训工作": ["六、各定点培训机构要落实培训实名制管理，每期培训开班前3个工作日报送开班计划，培训期间全程录像，资料保存不少于3年。"],
    "新调整最低工资标准": ["五、区劳动保障监察大队要把最低工资标准执行情况纳入日常巡查和专项检查内容，对违反规定的，依法责令补发差额并加付赔偿金。"],
    "禾丰家具有限公司（统一社会信用代码": [],
    "社会保险待遇领取资格认证": ["五、区社会保险事业中心每季度通报一次认证进度，对认证率低于90%的街道（镇）进行督导。"],
    "表彰2024年度全区人社系统先进集体": [],
    "社会保险经办辅助人员公告": ["五、聘用人员实行试用期制度，试用期3个月，试用期满考核合格的正式聘用；考核不合格的，解除劳动合同。报名人员所提供材料须真实有效，弄虚作假的取消资格。"],
    "阶段性缓缴社会保险费": ["缓缴期满未按期补缴的，自期满之日起按规定加收滞纳金，并纳入社会保险领域失信记录。"],
    "综合计算工时工作制的批复": ["五、我局将对你公司执行情况进行不定期检查，发现违反规定的，依法撤销本批复。"],
    "餐饮行业协会工资指导价位": ["四、我局近期将在行业内开展劳动用工合规讲座，欢迎你会组织会员企业参加，具体时间另行商定。"],
    "劳动保障监察典型案例": ["监察大队将继续加大对餐饮、建筑、加工制造等重点行业的检查力度，对屡查屡犯的用人单位依法从重处罚，并按规定纳入失信惩戒名单。"],
    "工伤保险协议医疗机构评估结果": ["评估结果与协议续签和年度清算挂钩，对“合格”等次的机构，区社会保险事业中心将约谈其负责人，限期整改。"],
    "创业担保贷款贴息资金拟拨付名单": ["贴息资金按季度拨付至经办银行，由经办银行冲减借款人应付利息。借款人逾期还款的，逾期部分不予贴息。"],
    "劳动保障监察工作情况报告": ["五、工作建议。建议市局统筹增加我区监察执法力量，支持我区试点劳动保障监察“非现场执法”，并在执法装备、信息化建设方面给予倾斜。"],
    "城乡居民基础养老金区级加发标准的通知": ["五、区社会保险事业中心要做好系统参数调整和数据校验，确保不错发、不漏发；区财政局要及时拨付资金。", "六、对已死亡或被判刑收监执行等不符合待遇领取条件的人员，一律不得发放，已发放的依法追回。"],
    "行政处罚结果公示（2025年第3期）": ["以上行政处罚信息公示期限为三年，自处罚决定作出之日起计算。当事人已履行处罚决定并完成整改的，可按规定申请信用修复。"],
    "高校毕业生等青年就业创业工作的实施意见": [("h", "四、组织保障"), "（五）各街道（镇）、各有关部门要把高校毕业生就业工作作为“一把手”工程，明确责任分工，加强资金保障，确保各项政策落到实处。"],
    "职业技能等级认定合格人员名单公告": ["证书由各社会培训评价组织负责发放，请合格人员于7月10日后持身份证到原报名机构领取，委托他人代领的须出具委托书。"],
    "农民工工资支付管理实施细则（征求意见稿）》意见的复函": ["五、建议在第二十三条增加“建设单位未按约定及时足额拨付工程款导致拖欠农民工工资的，以未结清的工程款为限先行垫付”的规定。", "六、建议细则出台前召开一次由施工企业、劳务企业代表参加的座谈会，听取一线意见。", "以上意见供参考。"],
    "2025年第5次局务会议纪要": ["五、关于年度预算执行。会议听取了办公室关于一季度预算执行情况的汇报，要求各科室加快项目资金支出进度。"],
    "和谐劳动关系示范企业": ["各街道（镇）要加强对示范企业的跟踪服务，及时总结推广好的经验做法，发挥以点带面作用。"],
    "根治欠薪举报投诉渠道的通告": ["六、对属于人社部门管辖的举报投诉，5个工作日内决定是否受理；不属于管辖范围的，告知举报投诉人向有关部门反映。", "七、劳动者也可以依法向劳动人事争议仲裁委员会申请仲裁，或者向人民法院提起诉讼。"],
    "公益性岗位开发管理办法": ["第七条　区就业服务中心每年对公益性岗位开展一次清理，对已实现其他就业、无正当理由不上岗或者达到法定退休年龄的，及时办理退岗手续。"],
    "全区人力资源和社会保障事业发展情况": ["各单位要认真总结经验，针对短板弱项，细化2025年工作计划，确保全年就业、社保和劳动关系各项目标有序推进。"],
    "面试成绩及进入体检人员公告": ["体检合格者进入考察环节，考察和拟聘用人员名单另行公布。因放弃等原因出现空缺的，按总成绩从高到低依次递补。"],
    "经办内部控制业务培训班": ["（6）培训结束后组织闭卷测试，测试成绩计入个人年度学习档案；培训资料会后统一上传至局内网学习专栏，方便大家复习。"],
    "技能人才评价补贴实施细则（征求意见稿）》意见的函": ["如对细则有其他修改意见，可直接在征求意见稿上修改标注。"],
    "提高公益性岗位补贴标准的请示": ["调整后，我区公益性岗位补贴标准与周边区县基本持平，有利于稳定岗位人员队伍，更好发挥公益性岗位兜底安置作用。", "我局将同步加强公益性岗位日常管理，严格考勤和考核，确保资金使用效益。"],
    "欠薪事件处置情况的报告": ["四、存在的问题。该公司资产以厂房租赁权和库存家具为主，变现能力弱，职工剩余工资清偿周期可能较长，需市局在应急周转金补充方面给予支持。"],
    "行政处罚结果公示（2025年第4期）": ["以上当事人均已按期缴纳罚款并完成整改。"],
    "匠心数控技术职业培训学校": ["五、学校开展补贴性职业培训的，须另行申请认定为定点培训机构。"],
    "劳动保障监察举报投诉电话的通告": ["六、举报投诉人也可以通过全国根治欠薪线索反映平台在网上反映。"],
    "2025年第9次局务会议纪要": ["五、关于公务接待。会议重申严格执行公务接待标准，接待清单随报销单据一并审核。"],
    "支持企业稳岗扩岗的若干意见": ["五、落实技能提升补贴。参保职工取得职业资格证书或职业技能等级证书的，按规定申领技能提升补贴。", "六、各街道（镇）要主动上门宣传政策，帮助企业应享尽享，对符合条件但未申领的企业逐户提醒。"],
    "高层次人才认定结果公示": ["认定有效期为三年，期满后按规定重新申报。"],
    "建筑工人实名制管理服务平台建设方案": ["五、建议在平台中设置欠薪预警模块，对连续两个月工资发放异常的项目自动推送人社、住建部门，实现早发现、早处置。", "六、平台建成后，我局愿意配合开展联调测试和业务培训。"],
    "涉嫌拒不支付劳动报酬案件的便函": ["请你局依法审查，并将立案情况书面告知我局。"],
    "就业见习管理办法": ["第七条　见习基地弄虚作假、骗取见习补贴的，取消见习基地资格，追回补贴资金；构成犯罪的，依法追究刑事责任。"],
    "收费标准公示": ["公示时间：2025年2月26日起长期公示。"],
}


def _insert(body, paras):
    """Insert top-up paragraphs before the closing block (before the 纪要's closing request if any)."""
    pos = len(body) - 1
    if _END:
        return body + list(paras)
    for i, b in enumerate(body):
        if isinstance(b, str) and b.startswith("会议要求各科室"):
            pos = i
    return body[:pos] + list(paras) + body[pos:]


APPEND_END = {"劳动模范推荐人选有关材料", "上半年就业统计数据核对", "资格复审准备工作", "社会保险基金管理风险排查整治",
              "中小学教师职称水平能力测试", "“五一”期间工资支付保障", "职业技能提升培训工作",
              "综合计算工时工作制的批复", "城乡居民基础养老金区级加发标准的通知", "匠心数控技术职业培训学校"}
_END = False


def _apply_extras():
    global _END
    used = set()
    for d in DOCS:
        for key, paras in EXTRA.items():
            if key in d.title:
                _END = key in APPEND_END
                if paras and key not in used:
                    d.body = _insert(d.body, paras)
                    used.add(key)
                break


_apply_extras()

EXTRA2 = {
    "商借工作人员参加区属国有企业招聘面试": ["考官须于5月9日下午参加考官培训，培训时间和地点另行通知。"],
    "公益性岗位人员信息核查": ["各街道（镇）要把此次核查与年度公益性岗位考核结合起来，核查结果作为下一年度岗位分配的参考。"],
    "表彰2024年度全区人社系统先进集体": ["受表彰的先进个人，年度考核可直接确定为优秀等次（不占单位优秀比例），奖金按有关规定发放。"],
    "阶段性缓缴社会保险费": ["区税务局要在缓缴期间暂停对该公司单位部分的欠费追缴，并在征收系统中作相应标注。"],
    "餐饮行业协会工资指导价位": ["五、你会如需查询全市人力资源市场工资价位，可登录市人社局网站“工资价位”专栏。"],
    "工伤保险协议医疗机构评估结果": ["对评估结果有异议的，请于公示期内向区社会保险事业中心工伤保险科书面反映，电话0781-6652315。"],
    "创业担保贷款贴息资金拟拨付名单": ["本季度共审核申报主体4户，均按期还款付息，无不予贴息情形。"],
    "城乡居民基础养老金区级加发标准的通知": ["七、本通知自2025年7月1日起执行，此前规定与本通知不一致的，以本通知为准。"],
    "行政处罚结果公示（2025年第3期）": ["公示内容如有错误，请当事人及时与我局联系更正。"],
    "职业技能等级认定合格人员名单公告": ["证书信息与本人身份信息不一致的，请及时联系原评价机构更正。"],
    "2025年第5次局务会议纪要": ["六、关于近期重点工作。会议要求就业促进科抓紧谋划春季招聘系列活动，社会保险科做好待遇调整准备。"],
    "和谐劳动关系示范企业": ["区协调劳动关系三方将对示范企业实行动态管理，每年抽查复核一次。"],
    "根治欠薪举报投诉渠道的通告": ["八、本通告自发布之日起施行，由区人力资源和社会保障局负责解释。"],
    "公益性岗位开发管理办法": ["第八条　本办法由区人力资源和社会保障局负责解释。"],
    "拟聘用人员公示": ["拟聘用人员试用期为6个月，试用期满考核合格的正式聘用。"],
    "全区人力资源和社会保障事业发展情况": ["各单位对通报数据有疑问的，可与局办公室核对。"],
    "收费标准公示": ["收费标准调整的，各学校应当提前30日向我局备案并重新公示。"],
    "面试成绩及进入体检人员公告": ["考生对面试成绩有疑问的，可于公告之日起3个工作日内书面申请查询。"],
    "经办内部控制业务培训班": ["（7）请参训人员自带笔记本电脑，提前安装经办系统客户端，以便现场演示操作。"],
    "技能人才评价补贴实施细则（征求意见稿）》意见的函": ["各单位反馈的意见，我局将认真研究吸收，未采纳的将在起草说明中作出说明。"],
    "提高公益性岗位补贴标准的请示": ["附：2025年9—12月公益性岗位补贴增支测算。全区在岗612人×130元×4个月＝31.8万元。"],
    "欠薪事件处置情况的报告": ["我局将及时报告后续进展。"],
    "行政处罚结果公示（2025年第4期）": ["对公示信息有异议的，可向我局政策法规科反映，电话0781-6652302。", "当事人完成整改且符合条件的，可依法申请提前停止公示。"],
    "匠心数控技术职业培训学校": ["六、学校名称、地址、举办者等事项发生变更的，应当按规定报我局审批或者备案。", "七、请你公司在学校正式招生前，将教学计划、收费标准和师资名单报我局备案。"],
    "劳动保障监察举报投诉电话的通告": ["七、劳动者也可以依法申请劳动争议调解或仲裁。", "本通告自发布之日起施行，原公布的电话同时停止使用。"],
    "2025年第9次局务会议纪要": ["六、关于节能降耗。会议要求下班后关闭电脑、空调和照明，办公室不定期检查。"],
    "第三批职业技能等级认定工作": ["六、认定结果在区人社局网站公布，合格人员证书可在全国联网查询系统查询。"],
    "高层次人才认定结果公示": ["申报材料中涉及的个人信息仅用于本次认定工作，不作他用。"],
    "建筑工人实名制管理服务平台建设方案": ["七、建议在方案中增加工人维权咨询入口，与12333热线对接，方便建筑工人在线反映问题。", "八、建议明确平台上线时间表，分批次推进在建项目接入，优先覆盖政府投资项目。"],
    "调整2025年退休人员基本养老金": ["五、对调整后待遇有疑问的，可向区社会保险事业中心书面申请核查。"],
    "涉嫌拒不支付劳动报酬案件的便函": ["我局将继续配合做好职工工资登记核实、证据补充等工作，如需我局人员协助调查，请提前联系。"],
}


def _apply_extras2():
    for key, paras in EXTRA2.items():
        hits = [d for d in DOCS if key in d.title]
        assert len(hits) == 1, (key, len(hits))
        d = hits[0]
        global _END
        _END = any(k in d.title for k in APPEND_END)
        d.body = _insert(d.body, paras)


_apply_extras2()


# ================================================================ main
import re

_ID_RE = re.compile(r"(?<!\d)\d{17}[\dX](?!\d)")
_CARD_RE = re.compile(r"(?<![\d*])\d{16,19}(?![\d*X])")


def _checks(d, text):
    body = body_text(d)
    n = len(re.sub(r"\s", "", body))
    assert n >= 400, (d.title, n)
    for m in _ID_RE.findall(text):
        if len(m) == 18:
            assert id_valid(m), (d.title, m)
    for m in _CARD_RE.findall(text):
        if not id_valid(m):
            assert luhn_ok(m), (d.title, m)
    if d.case == "secret":
        for w in ("秘密", "机密", "商业秘密", "保密", "绝密", "密级"):
            assert w not in text, (d.title, w)
    assert d.case in ("secret", "mixed", "commercial", "mismatch", "clean")
    assert d.fmt in ("docx", "txt")
    return n


def full_text(d):
    parts = [d.title, d.to or "", d.docno or "", body_text(d), d.attr_line or "", d.cc or ""]
    parts += d.oa or []
    parts += d.portal or []
    return "\n".join(parts)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    order = list(range(len(DOCS)))
    random.Random(11).shuffle(order)
    rows = []
    txt_i = 0
    for num, k in enumerate(order, 1):
        d = DOCS[k]
        name = f"lm{num:03d}.{d.fmt}"
        n = _checks(d, full_text(d))
        path = os.path.join(outdir, name)
        if d.fmt == "docx":
            assert d.oa is None and d.portal is None, d.title
            render_docx(d, path)
        else:
            txt_i += 1
            d.crlf = (txt_i % 3 == 0)
            render_txt(d, path)
        rows.append(dict(file=name, attribute=d.attribute, decision=d.decision, codes=d.codes, note=d.note,
                         case=d.case, genre=d.genre, fmt=d.fmt, body_chars=n))
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    files = sorted(x for x in os.listdir(outdir) if x != "truth.jsonl")
    assert len(files) == len(rows) == len({r["file"] for r in rows}), (len(files), len(rows))
    from collections import Counter
    print("documents:", len(rows))
    print("by case/format:", dict(Counter((r["case"], r["fmt"]) for r in rows)))
    print("by attribute:", dict(Counter(r["attribute"] for r in rows)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
