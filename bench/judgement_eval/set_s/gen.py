#!/usr/bin/env python3
"""Independent evaluation set 11s for gongkai-audit judgement (issue 11).

Writes about seventy outgoing 公文 drafts of a fictional municipal bureau (昭宁市人力资源和社会保障局, 澜平省)
as .docx (GB/T 9704-style layout) and .txt, plus OUTDIR/truth.jsonl in the issue-18 truth format.

Usage: python gen.py OUTDIR
"""
import json
import os
import random
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BUREAU = "昭宁市人力资源和社会保障局"
BUREAU_HEAD = "昭宁市人力资源和社会保障局文件"
OFFICE = "昭宁市人力资源和社会保障局办公室"
PROV_DEPT = "澜平省人力资源和社会保障厅"
DISTRICTS = ["清河区", "望江区", "北塘区", "南岭区", "东湖区", "高新区", "临港新区", "白石县", "寒溪县", "青坪县"]
TO_DOWN = "各区（县）人力资源和社会保障局，高新区、临港新区社会事业局，局机关各处室、局属各单位："
CC_STD = "省人力资源和社会保障厅，市委组织部，市财政局。"

# ---------------------------------------------------------------- identifiers (GB 11643, Luhn)
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(s17):
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * b for a, b in zip(s17, _W)) % 11]


def make_id(area, birth, seq):
    """A syntactically valid 18-character resident ID number."""
    s = area + birth + seq
    assert len(s) == 17
    return s + id_check(s)


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(body):
    return body + luhn_digit(body)


def luhn_valid(s):
    return luhn_digit(s[:-1]) == s[-1]


def mask_id(s):
    assert id_valid(s)
    return s[:3] + "*" * 11 + s[-4:]


ALL_IDS = []
ALL_CARDS = []


def new_id(area, birth, seq):
    v = make_id(area, birth, seq)
    ALL_IDS.append(v)
    return v


def new_card(body):
    v = make_card(body)
    ALL_CARDS.append(v)
    return v


# ---------------------------------------------------------------- content blocks
def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def T(caption, header, rows, foot=None):
    return ("table", (caption, header, rows, foot))


def C(t):
    return ("center", t)


def blocks_text(blocks):
    out = []
    for kind, val in blocks:
        if kind == "table":
            cap, hdr, rows, foot = val
            out.append(cap or "")
            out.append("".join(hdr))
            out.extend("".join(str(c) for c in r) for r in rows)
            out.append(foot or "")
        else:
            out.append(val)
    return "".join(out)


MARK_TEXT = {
    ("主动公开", "paren"): "（此件公开发布）",
    ("主动公开", "paren2"): "（此件主动公开）",
    ("主动公开", "way"): "公开方式：主动公开",
    ("主动公开", "attr"): "公开属性：主动公开",
    ("依申请公开", "paren"): "（此件依申请公开）",
    ("依申请公开", "way"): "公开方式：依申请公开",
    ("依申请公开", "attr"): "公开属性：依申请公开",
    ("不予公开", "paren"): "（此件不予公开）",
    ("不予公开", "way"): "公开方式：不予公开",
    ("不予公开", "attr"): "公开属性：不予公开",
}

# ---------------------------------------------------------------- docx layout helpers
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text, font=FS, size=16, align=None, indent=True, bold=False, color=None, before=0, after=0,
          left_chars=0, right_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(28.9)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if text:
        _font(p.add_run(text), font, size, bold, color)
    return p


def _border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    _font(r, "宋体", 14)
    r = p.add_run()
    _font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._r.append(el)
    r = p.add_run(" —")
    _font(r, "宋体", 14)


def _table(doc, caption, header, rows, foot):
    if caption:
        _para(doc, caption, font=HEI, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        _font(c.paragraphs[0].add_run(str(h)), HEI, 11)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.rows[ri + 1].cells[ci]
            c.text = ""
            _font(c.paragraphs[0].add_run(str(val)), FS, 11)
    if foot:
        _para(doc, foot, size=12, indent=False, before=4)


def _blocks_docx(doc, blocks):
    for kind, val in blocks:
        if kind == "p":
            _para(doc, val)
        elif kind == "h1":
            _para(doc, val, font=HEI)
        elif kind == "h2":
            _para(doc, val, font=KAI)
        elif kind == "center":
            _para(doc, val, font=KAI, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "table":
            _table(doc, *val)


def build_docx(d, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _page_number_footer(sec)
    style = doc.styles["Normal"]
    style.font.name = FS
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    head = d["head"]
    if head in ("file", "up", "letter"):
        if head == "letter":
            p = _para(doc, d.get("issuer", BUREAU), font=XBS, size=26, align=WD_ALIGN_PARAGRAPH.CENTER,
                      indent=False, color=RED, before=12)
            _border(p, "bottom", sz=18)
            _para(doc, d["docno"], size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
        else:
            _para(doc, "", indent=False)
            _para(doc, d.get("issuer_head", BUREAU_HEAD), font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
                  indent=False, color=RED, before=24)
            _para(doc, "", indent=False)
            if head == "up":
                p = _para(doc, d["docno"] + "　　　　　　签发人：" + d["qianfa"], align=WD_ALIGN_PARAGRAPH.CENTER,
                          indent=False)
            else:
                p = _para(doc, d["docno"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            _border(p, "bottom", sz=12)
        _para(doc, "", indent=False)
    _para(doc, d["title"], font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    if d.get("docno_under_title"):
        _para(doc, d["docno_under_title"], font=KAI, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    if d.get("to"):
        _para(doc, d["to"], indent=False)
    _blocks_docx(doc, d["body"])
    atts = d.get("atts") or []
    if atts:
        names = [a[0] for a in atts]
        if len(names) == 1:
            _para(doc, "附件：" + names[0], before=14)
        else:
            _para(doc, "附件：1. " + names[0], before=14)
            for i, n in enumerate(names[1:], start=2):
                _para(doc, "　　　%d. %s" % (i, n))
    _para(doc, "", indent=False)
    for s in d.get("sign", [BUREAU]):
        _para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2)
    _para(doc, d["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    mark = d.get("mark_text")
    if mark and d.get("mark_pos", "date") == "date":
        _para(doc, mark)
    if d.get("contact"):
        _para(doc, d["contact"])
    for i, (name, blocks) in enumerate(atts, start=1):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(doc, "附件%d" % i if len(atts) > 1 else "附件", font=HEI, indent=False)
        _para(doc, name, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
        _blocks_docx(doc, blocks)
    if d.get("cc") or d.get("printer", True) or (mark and d.get("mark_pos") == "banji"):
        _para(doc, "", indent=False)
        first = True
        if mark and d.get("mark_pos") == "banji":
            p = _para(doc, mark, size=14, indent=False, left_chars=1)
            _border(p, "top", color="000000", sz=8)
            first = False
        if d.get("cc"):
            p = _para(doc, "抄送：" + d["cc"], size=14, indent=False, left_chars=1)
            if first:
                _border(p, "top", color="000000", sz=8)
                first = False
        if d.get("printer", True):
            p = _para(doc, "%s　　　　　　%s印发" % (d.get("printer_name", OFFICE), d.get("print_date", d["date"])),
                      size=14, indent=False, left_chars=1)
            if first:
                _border(p, "top", color="000000", sz=8)
            _border(p, "bottom", color="000000", sz=8)
    doc.core_properties.author = "昭宁市人社局"
    doc.core_properties.title = d["title"]
    doc.save(path)


def _blocks_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            out.append("　　" + val)
        elif kind == "center":
            out.append("　　　　　　　　" + val)
        elif kind == "table":
            cap, hdr, rows, foot = val
            if cap:
                out.append("")
                out.append("　　　　" + cap)
            out.append(" | ".join(str(h) for h in hdr))
            for r in rows:
                out.append(" | ".join(str(c) for c in r))
            if foot:
                out.append(foot)
            out.append("")
    return out


def build_txt(d, path):
    L = []
    head = d["head"]
    if head in ("file", "up"):
        L += [d.get("issuer_head", BUREAU_HEAD), ""]
        if head == "up":
            L.append(d["docno"] + "　　　　签发人：" + d["qianfa"])
        else:
            L.append(d["docno"])
        L += ["————————————————————————————————", ""]
    elif head == "letter":
        L += [d.get("issuer", BUREAU), "════════════════════════════════", "　　　　　　　　　　　　　　" + d["docno"], ""]
    L += [d["title"], ""]
    if d.get("docno_under_title"):
        L += [d["docno_under_title"], ""]
    if d.get("to"):
        L.append(d["to"])
    L += _blocks_txt(d["body"])
    atts = d.get("atts") or []
    if atts:
        L.append("")
        names = [a[0] for a in atts]
        if len(names) == 1:
            L.append("　　附件：" + names[0])
        else:
            L.append("　　附件：1. " + names[0])
            for i, n in enumerate(names[1:], start=2):
                L.append("　　　　　%d. %s" % (i, n))
    L.append("")
    for s in d.get("sign", [BUREAU]):
        L.append("　　　　　　　　　　　　　　　　" + s)
    L.append("　　　　　　　　　　　　　　　　　　" + d["date"])
    mark = d.get("mark_text")
    if mark and d.get("mark_pos", "date") == "date":
        L.append("　　" + mark)
    if d.get("contact"):
        L.append("　　" + d["contact"])
    for i, (name, blocks) in enumerate(atts, start=1):
        L += ["", "", "附件%d" % i if len(atts) > 1 else "附件", "", "　　　　" + name, ""]
        L += _blocks_txt(blocks)
    if d.get("cc") or d.get("printer", True) or (mark and d.get("mark_pos") == "banji"):
        L += ["", "————————————————————————————————"]
        if mark and d.get("mark_pos") == "banji":
            L.append(mark)
        if d.get("cc"):
            L.append("抄送：" + d["cc"])
        if d.get("printer", True):
            L.append("%s　　　　%s印发" % (d.get("printer_name", OFFICE), d.get("print_date", d["date"])))
        L.append("————————————————————————————————")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- shared generators for long documents
RNG = random.Random(1118)


def district_rows(cols):
    """Rows for a per-district table; cols are callables (rng, district) -> value."""
    rows = []
    for dname in DISTRICTS:
        rows.append([dname] + [f(RNG, dname) for f in cols])
    return rows


def req_section(num, topic, extra=""):
    """A closing 工作要求 section adapted to the topic."""
    return [
        H1("%s、工作要求" % num),
        H2("（一）加强组织领导。"),
        P("各地要把%s作为当前一项重要任务，主要负责同志亲自过问，分管负责同志具体抓，明确责任科室和经办人员，"
          "细化时间节点和工作措施，确保各项任务按期落地。局机关有关处室要加强业务指导，及时协调解决工作中遇到的问题。" % topic),
        H2("（二）强化宣传引导。"),
        P("要通过政府门户网站、政务新媒体、基层服务平台和12333咨询服务热线等渠道，用群众听得懂的语言解读政策，"
          "主动回应社会关切。对群众反映集中的问题，要及时梳理汇总，能够当场解答的当场解答，需要协调的限时答复。%s" % extra),
        H2("（三）严格督促落实。"),
        P("市局将把%s开展情况纳入年度目标管理考核内容，适时组织督导检查，对工作推进不力、群众反映问题较多的地方"
          "予以通报。各地要于每月5日前将上月工作进展情况报送市局对口处室，遇有重大情况随时报告。" % topic),
    ]


def D(**kw):
    return kw


# ================================================================ case 1: unmarked secret content (SECRET_CONTENT)
def secret_docs():
    docs = []
    # s01 — interview question and scoring point before the interview, deep in a long 通知
    exam_rows = [
        ["第一考场", "市人才服务中心三楼301", "管理岗位（综合文字类）", "6月14日上午8:00", "42"],
        ["第二考场", "市人才服务中心三楼302", "管理岗位（财务审计类）", "6月14日上午8:00", "38"],
        ["第三考场", "市人才服务中心三楼305", "专业技术岗位（信息技术类）", "6月14日下午14:00", "36"],
        ["第四考场", "市人才服务中心四楼401", "专业技术岗位（社会保障经办类）", "6月14日下午14:00", "40"],
        ["第五考场", "市人才服务中心四楼402", "专业技术岗位（法律类）", "6月15日上午8:00", "27"],
        ["第六考场", "市人才服务中心四楼405", "专业技术岗位（医学类）", "6月15日上午8:00", "33"],
    ]
    docs.append(D(
        id="s01", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="长篇面试工作通知（6月14日面试，成文5月26日）；正文第四部分“面试评分”第二段中间一句写明结构化面试第二题的情景"
             "（社区养老服务站突发停电）及给分要点，属面试前的题目与评分要点，未标密，应报审",
        head="file", docno="昭人社发〔2025〕41号",
        title="昭宁市人力资源和社会保障局关于做好2025年度市直事业单位公开招聘工作人员面试工作的通知",
        to="市直有关主管部门，局属有关单位：",
        body=[
            P("根据《昭宁市2025年度市直事业单位公开招聘工作人员公告》安排，笔试成绩和资格复审结果已在市人社局门户网站公布。"
              "为确保面试工作公平公正、规范有序，现将有关事项通知如下。"),
            H1("一、面试对象"),
            P("按照招聘岗位计划数与面试人数1∶3的比例，根据笔试成绩从高分到低分确定进入面试人员。岗位最后一名笔试成绩并列的，"
              "并列人员一同进入面试。进入面试人员名单已于5月20日公布，放弃面试资格的，应于6月5日17:00前向招聘单位提交书面声明，"
              "逾期不提交又不参加面试的，视为自动放弃，不再递补。"),
            H1("二、面试时间和地点"),
            P("面试于2025年6月14日至15日在市人才服务中心（昭宁市清河区文昌路88号）进行。考生须于当日上午7:30或下午13:30前"
              "凭本人有效居民身份证和面试通知书到候考室报到，逾时未报到的视为放弃面试。具体考场安排见附件1。"),
            H1("三、面试方式"),
            P("面试采取结构化面试方式，每名考生面试时间为15分钟，由7名考官组成考官组，现场独立评分，去掉一个最高分和一个最低分后"
              "计算平均分为考生面试成绩。面试成绩满分为100分，低于60分的不得进入体检和考察环节。专业技术岗位中医学类岗位另加"
              "专业技能操作测试，具体办法由招聘单位在面试前5个工作日另行告知考生。"),
            H1("四、面试评分"),
            P("考官组依据统一制定的评分标准，从综合分析能力、计划组织协调能力、应急应变能力、言语表达能力和举止仪表等方面进行评价。"
              "各考官应当独立评分，不得相互商量或者暗示，评分表须由考官本人签字确认后当场交计分员，计分员、监督员共同核算并签字。"),
            P("各考官组要统一评分尺度，开考前由主考官组织考官集中学习题本和评分参考。第二题为应急处置类题目，设定情景是社区养老服务站"
              "午间突发停电、两名老人被困电梯，要求考生说明到场后如何处置；考生答出“先组织施救、同步报告物业和街道、安抚其他老人、"
              "事后查明原因并完善应急预案”四个层次的，可在该题给予8分以上，只谈事后追责的不超过4分。其余题目的评分按题本所附"
              "参考要点掌握，考官不得随意扩大或者缩小评分区间。"),
            P("面试成绩当场向考生公布，考生本人签字确认。考生对面试成绩有异议的，可在面试结束后1个工作日内向招聘工作领导小组办公室"
              "提出书面申请，逾期不予受理。"),
            H1("五、考场纪律"),
            P("考生进入候考室后，须将手机等通讯工具关机后交工作人员统一保管，面试开始后按抽签顺序由引导员引入考场。考生在面试中"
              "不得透露本人姓名、准考证号、毕业院校等个人信息，违者按违纪处理。面试结束后，考生由引导员带离考场，不得返回候考室，"
              "不得向他人透露面试内容。对违反考场纪律的考生，视情节轻重给予警告、取消面试资格或者记入诚信档案等处理。"),
            H1("六、总成绩计算和后续工作"),
            P("考生总成绩按笔试成绩和面试成绩各占50%的比例计算，保留两位小数。招聘单位按总成绩从高分到低分、按岗位计划1∶1的比例"
              "确定进入体检人员，体检标准参照公务员录用体检通用标准执行。体检合格的，由主管部门组织考察，考察合格后在市人社局"
              "门户网站公示7个工作日。"),
        ] + req_section("七", "面试组织工作", "考生咨询电话：0765-3126518（工作日8:30—12:00，14:30—17:30）。"),
        atts=[("2025年度市直事业单位公开招聘面试考场安排表",
               [T(None, ["考场", "地点", "岗位类别", "时间", "人数"], exam_rows,
                  "注：考生须按面试通知书载明的考场和时间报到，不得调换。")])],
        sign=[BUREAU], date="2025年5月26日", mark_text=MARK_TEXT[("主动公开", "paren")],
        cc="市委组织部，市事业单位登记管理局，市纪委监委驻市人社局纪检监察组。", print_date="2025年5月26日"))

    # s02 — 职称考试论述题 before the exam (txt)
    docs.append(D(
        id="s02", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="职称考试考务通知（考试7月19日，成文6月20日）；正文第三部分第2段透露第三道论述题题意、分值和阅卷给分层次，属地级职称"
             "考试启用前试题与评分标准，未标密",
        head="file", docno="昭人社发〔2025〕52号",
        title="关于做好2025年度全市社会保障经办专业中级职称（地方统考）考务工作的通知",
        to=TO_DOWN,
        body=[
            P("经研究，2025年度全市社会保障经办专业中级专业技术职务任职资格考试定于7月19日举行。为做好考试组织工作，"
              "现就有关事项通知如下。"),
            H1("一、报名和资格审核"),
            P("报名采取网上报名方式，报名时间为6月23日至7月2日，报名网址为昭宁市人事考试网。各区（县）人社局负责本地考生的资格审核，"
              "对学历、从事本专业工作年限等条件逐项核对，审核结果于7月4日前在线确认。审核中发现提供虚假材料的，取消其本次考试资格。"),
            H1("二、考试科目和时间"),
            P("考试设《社会保障经办实务》一个科目，考试时间为7月19日9:00—11:30，采取闭卷笔试方式，满分100分。考生须携带黑色墨水笔、"
              "2B铅笔和橡皮，不得携带任何资料和电子设备进入考场。"),
            H1("三、命题与阅卷"),
            P("本次考试由市职业技能鉴定中心组织命题，试卷由客观题和主观题两部分构成，客观题由计算机评阅，主观题由阅卷组集中评阅。"
              "阅卷实行双评制度，两名阅卷人给分差超过规定分值的由第三人仲裁。"),
            P("今年主观题共四道，其中第三题围绕新就业形态劳动者职业伤害保障设题，请考生结合平台企业参保实际提出经办优化思路，"
              "该题25分，阅卷时按政策依据占8分、问题分析占8分、对策建议占9分掌握，答出“按单计费、按次缴纳”要点的可酌情加分。"
              "阅卷组应据此统一给分尺度。"),
            H1("四、考场设置"),
            P("考点设在昭宁市第一职业中学和昭宁技师学院，每个考场30人，由各区（县）人社局按考生报名地编排。考点主考由市局委派，"
              "监考人员从市直机关和中小学教师中选聘，考前统一培训。"),
            H1("五、成绩公布"),
            P("考试成绩预计于8月中旬在昭宁市人事考试网公布，考生可凭准考证号和身份证号查询。合格标准由市职称改革工作领导小组"
              "办公室根据考试情况另行确定并公布。"),
            H1("六、有关要求"),
            P("各地要高度重视考务工作，严格执行考务规程，加强试卷保管和考场管理，确保考试安全。对考试中出现的违纪违规行为，"
              "依照《专业技术人员资格考试违纪违规行为处理规定》严肃处理。工作中遇有问题，请及时与市局专业技术人员管理处联系，"
              "电话：0765-3126533。"),
        ],
        date="2025年6月20日", mark_text=MARK_TEXT[("主动公开", "way")], mark_pos="banji",
        cc="省人力资源和社会保障厅专业技术人员管理处。"))

    # s03 — minimum wage draft figures before approval, deep in a long work-summary 通知
    docs.append(D(
        id="s03", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="印发年度工作要点的长篇通知；附件“工作要点”第三部分第（二）项中一句写明拟将一类区域月最低工资标准由2100元调到2280元、"
             "二类由1950元调到2120元（待省政府批准），属调整方案公布前的数额，未标密",
        head="file", docno="昭人社发〔2025〕12号",
        title="昭宁市人力资源和社会保障局关于印发《2025年全市劳动关系工作要点》的通知",
        to=TO_DOWN,
        body=[
            P("现将《2025年全市劳动关系工作要点》印发给你们，请结合实际认真抓好落实。各地贯彻落实中的重要情况，请及时报告市局"
              "劳动关系处。"),
        ],
        atts=[("2025年全市劳动关系工作要点", [
            P("2025年全市劳动关系工作的总体要求是：坚持以人民为中心的发展思想，围绕构建和谐劳动关系这一目标，健全劳动关系协调机制，"
              "完善劳动争议多元处理格局，深入推进根治欠薪，切实维护劳动者合法权益和企业正常生产经营秩序。"),
            H1("一、推进劳动合同制度全面实施"),
            P("以中小微企业和新业态企业为重点，开展劳动合同签订情况专项检查，推广使用电子劳动合同，年底前全市规模以上企业劳动合同"
              "签订率保持在95%以上。指导企业依法制定和完善劳动规章制度，规范劳务派遣用工，被派遣劳动者数量不得超过用工总量的10%。"),
            H1("二、健全集体协商机制"),
            P("围绕工资分配、工时休假、劳动安全卫生等内容，推进企业和行业集体协商，重点在汽车零部件、电子信息、商贸物流等行业"
              "开展行业性工资集体协商。全年新签集体合同覆盖职工人数不低于上年水平，已建工会企业集体合同签订率达到85%以上。"),
            H1("三、完善工资收入分配宏观调控"),
            H2("（一）发布企业工资指导线和人力资源市场工资价位。"),
            P("在开展企业薪酬调查的基础上，按时发布年度企业工资指导线和分职业工资价位，引导企业合理确定工资水平。"),
            H2("（二）做好最低工资标准调整工作。"),
            P("按照省里统一部署，今年我市最低工资标准进入调整年度。市局会同市总工会、市工商联、市企业联合会已完成测算，"
              "拟将一类区域月最低工资标准由2100元调整为2280元、二类区域由1950元调整为2120元，小时最低工资标准相应调整，"
              "待省政府批准后执行。各地要提前做好企业特别是劳动密集型企业的政策宣讲，防止出现以调整最低工资为由降低其他待遇的情况。"),
            H2("（三）深化国有企业工资决定机制改革。"),
            P("指导市属国有企业完善工资总额预算管理，落实工资效益联动机制，推动市属国企负责人薪酬制度改革各项政策落地。"),
            H1("四、深入推进根治欠薪"),
            P("持续落实工程建设领域工资专用账户、实名制管理、工资保证金、总包代发等制度，年内全市在建工程项目制度落实率达到95%以上。"
              "加强欠薪线索核查处置，实行欠薪线索月清零机制，对恶意欠薪违法行为依法移送司法机关，依法公布拖欠工资失信联合惩戒对象名单。"),
            H1("五、提升劳动人事争议处理效能"),
            P("推进劳动人事争议仲裁院标准化建设，推行要素式办案和仲裁建议书制度，加强调解仲裁与诉讼衔接，仲裁结案率保持在95%以上，"
              "调解成功率达到70%以上。发挥基层调解组织作用，推动争议化解在基层、在萌芽状态。"),
            H1("六、加强劳动关系风险监测"),
            P("建立重点企业用工监测台账，对生产经营困难、可能出现规模性裁员的企业提前介入，指导企业依法制定裁员方案，"
              "落实经济补偿，妥善处置劳动关系矛盾。"),
            T("表1　2025年劳动关系主要工作指标分解表", ["地区", "劳动合同签订率目标（%）", "集体合同覆盖职工（万人）", "仲裁结案率目标（%）"],
              district_rows([lambda r, d: "%.0f" % r.choice([95, 95, 96, 97]), lambda r, d: "%.1f" % r.uniform(1.2, 9.8),
                             lambda r, d: "95"])),
        ])],
        date="2025年2月18日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD))

    # s04 — unannounced inspection targets in a table row
    targets = [
        ["1", "昭宁宏图人力资源服务有限公司", "望江区", "劳务派遣资质、收费公示", "第三季度"],
        ["2", "昭宁联众劳务派遣有限公司", "清河区", "派遣用工比例、社保缴纳", "第三季度"],
        ["3", "澜平新程职业介绍所", "北塘区", "招聘信息发布、费用收取", "第三季度"],
        ["4", "昭宁市博远企业管理咨询有限公司", "高新区", "是否存在非法职业中介", "8月12日上午，不提前告知企业，由执法支队二大队直接进场"],
        ["5", "临港天成人力资源有限公司", "临港新区", "外包与派遣界限、工资支付", "第四季度"],
        ["6", "白石县众诚家政服务中心", "白石县", "家政从业人员持证情况", "第四季度"],
    ]
    docs.append(D(
        id="s04", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="专项执法检查通知；附件2表格第4行写明对“博远企业管理咨询有限公司”8月12日上午不打招呼直接进场检查，属不得事先透露的"
             "检查安排（工作秘密），正文其余内容均可公开",
        head="file", docno="昭人社发〔2025〕58号",
        title="关于开展2025年度人力资源市场秩序专项执法行动的通知",
        to=TO_DOWN,
        body=[
            P("为进一步规范人力资源市场秩序，维护劳动者和用人单位合法权益，按照省人社厅统一部署，市局决定于2025年7月至11月在全市"
              "开展人力资源市场秩序专项执法行动。现将有关事项通知如下。"),
            H1("一、行动目标"),
            P("通过集中检查、联合执法和信用监管相结合的方式，重点打击非法职业中介、虚假招聘、违规收费、就业歧视等违法行为，"
              "推动人力资源服务机构依法诚信经营，营造公平有序的人力资源市场环境。"),
            H1("二、检查范围和内容"),
            P("检查对象为全市各类人力资源服务机构、劳务派遣单位及发布招聘信息的网络平台。检查内容主要包括：是否依法取得许可或者备案，"
              "是否在服务场所明示营业执照、许可证、服务项目、收费标准和监督电话，是否发布虚假招聘信息或者含有歧视性内容的招聘信息，"
              "是否扣押劳动者居民身份证等证件，是否以招聘为名牟取不正当利益，是否按规定报送年度报告。"),
            H1("三、时间安排"),
            H2("（一）自查整改阶段（7月1日—7月31日）。"),
            P("各地组织辖区内人力资源服务机构对照检查内容开展自查，填报自查表，发现问题立即整改。"),
            H2("（二）集中检查阶段（8月1日—10月15日）。"),
            P("各地结合日常监管情况开展全覆盖检查，市局组织对重点机构进行抽查，检查名单及时间安排见附件2。对群众举报集中、"
              "存在违法违规苗头的机构，实行重点检查。"),
            H2("（三）总结提升阶段（10月16日—11月30日）。"),
            P("各地认真梳理检查中发现的问题，分类建立台账，跟踪整改到位，总结形成长效监管机制。"),
            H1("四、处理措施"),
            P("对检查中发现的违法行为，依照《人力资源市场暂行条例》等规定依法处理，责令改正、警告、罚款直至吊销许可证；涉嫌犯罪的，"
              "依法移送公安机关。对情节严重的典型案件，通过门户网站向社会公开曝光。"),
        ] + req_section("五", "专项执法行动"),
        atts=[("人力资源服务机构自查表（样表）", [
            T(None, ["序号", "自查事项", "是否符合", "整改措施"],
              [["1", "依法取得许可或备案", "", ""], ["2", "服务场所明示证照和收费标准", "", ""],
               ["3", "招聘信息真实合法", "", ""], ["4", "未扣押劳动者证件", "", ""], ["5", "按时报送年度报告", "", ""]])]),
              ("2025年市级重点抽查机构及时间安排", [
            T(None, ["序号", "机构名称", "所在地", "检查重点", "时间安排"], targets)])],
        date="2025年6月24日", mark_text=MARK_TEXT[("主动公开", "paren2")], cc=CC_STD[:-1] + "，市市场监管局，市公安局。"))

    # s05 — expert panel members before the review (txt)
    docs.append(D(
        id="s05", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="技工院校教师高级职称评审组织通知（评审9月20日）；正文第四部分列出本次评审委员会5名专家姓名、单位和分组，属评审前"
             "评委名单，未标密",
        head="file", docno="昭人社发〔2025〕63号",
        title="关于开展2025年度全市技工院校教师高级专业技术职务任职资格评审工作的通知",
        to="各技工院校，各区（县）人力资源和社会保障局：",
        body=[
            P("根据省人社厅关于技工院校教师职称评审工作的有关规定，经省人社厅同意，2025年度全市技工院校教师高级专业技术职务任职资格"
              "评审工作由昭宁市技工院校教师高级职称评审委员会承担。现将有关事项通知如下。"),
            H1("一、评审范围"),
            P("全市各级各类技工院校在职在岗的专业课教师、文化课教师和实习指导教师，符合申报条件的，均可申报高级讲师、"
              "高级实习指导教师资格。已退休人员和公务员不得申报。"),
            H1("二、申报条件"),
            P("申报人员应遵守宪法和法律法规，具有良好的职业道德，认真履行岗位职责，近三年年度考核均为合格以上等次。学历资历、"
              "教学工作量、业绩成果等条件按照省人社厅现行评价标准执行。破格申报的，须提供符合破格条件的有关证明材料。"),
            H1("三、申报程序"),
            P("个人申报、单位推荐和材料审核工作在澜平省专业技术人员职称管理服务平台上进行，申报时间为7月15日至8月15日。"
              "学校须对申报人员材料进行审核并在校内公示不少于5个工作日，公示无异议后方可推荐。"),
            H1("四、评审组织"),
            P("评审会议定于9月20日在市技师学院召开，采取个人述职、专家答辩和评委会投票相结合的方式进行。本次评委会由以下专家组成："
              "机电类组由昭宁技师学院副院长何立军（组长）、澜平工业职业技术学院教授杜晓峰担任；信息类组由昭宁大学计算机学院"
              "副教授孟春燕、市第二技工学校高级讲师黄永刚担任；公共基础类组由市教育科学研究院研究员蔡文清担任。评审会议当天"
              "按上述分组开展答辩。"),
            H1("五、评审纪律"),
            P("评审工作实行回避制度，评委与申报人有近亲属关系或者其他可能影响公正评审关系的，应当主动申请回避。申报人及其所在单位"
              "不得以任何方式请托评委，违者取消其申报资格，三年内不得申报。评审结果经评委会投票通过后，在市人社局门户网站公示5个工作日。"),
            H1("六、联系方式"),
            P("市人社局专业技术人员管理处，电话：0765-3126533；市职称评审服务中心，电话：0765-3126540。"),
        ],
        date="2025年7月8日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省人力资源和社会保障厅，市教育局。"))
    return docs


def secret_docs2():
    docs = []
    # s06 — candidate vote counts before 公示
    docs.append(D(
        id="s06", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="先进评选情况通报（正文称结果“下周起公示”）；附件表格列出全部8名候选人的评委会得票数，包括未通过者，属公示前的"
             "人选及票数，未标密",
        head="file", docno="昭人社发〔2025〕30号",
        title="关于2024年度全市人社系统先进集体和先进个人推荐评选工作情况的通报",
        to=TO_DOWN,
        body=[
            P("按照《关于开展2024年度全市人社系统先进集体和先进个人推荐评选工作的通知》（昭人社发〔2025〕9号）要求，各地各单位"
              "认真组织推荐，市局评选工作领导小组按程序进行了资格审查和评审。现将有关情况通报如下。"),
            H1("一、推荐评选基本情况"),
            P("本次评选共收到各地各单位推荐的先进集体候选对象15个、先进个人候选人32名。经资格审查，有2名个人候选人因近三年年度考核"
              "结果不符合条件被取消资格。3月18日，评选工作领导小组召开评审会议，听取推荐单位情况介绍，审阅推荐材料，实行无记名投票。"),
            H1("二、推荐工作中的主要特点"),
            P("一是组织程序规范。各地普遍成立评选推荐工作小组，坚持民主推荐、集体研究、公示无异议后上报的程序，推荐过程公开透明。"
              "二是注重基层一线。推荐对象中来自基层窗口、经办一线的占比达到68%，较上届提高11个百分点。三是事迹材料翔实。"
              "多数推荐材料能够用具体数据和典型事例反映工作实绩。"),
            H1("三、存在的问题"),
            P("个别单位推荐材料填报不规范，存在事迹材料与推荐表内容不一致、审核意见未加盖公章等问题；个别单位未按规定时间报送，"
              "影响了评选工作进度。请有关单位在今后工作中注意改进。"),
            H1("四、下一步工作"),
            P("评选结果将于下周起在市人社局门户网站公示5个工作日，公示无异议后按程序报批表彰。对公示期间反映的问题，"
              "评选工作领导小组办公室将及时调查核实。市直机关第一组个人候选人得票情况附后，供各单位了解评审情况。"),
        ],
        atts=[("市直机关第一组个人候选人评审得票情况", [
            T(None, ["序号", "姓名", "工作单位", "应到评委", "赞成票", "是否过半"], [
                ["1", "梁雨辰", "市社会保险事业管理中心", "11", "10", "是"],
                ["2", "汪凯", "市劳动保障监察支队", "11", "9", "是"],
                ["3", "胡晓岚", "市就业服务中心", "11", "8", "是"],
                ["4", "郑子航", "市人才服务中心", "11", "7", "是"],
                ["5", "马秀英", "市劳动人事争议仲裁院", "11", "6", "是"],
                ["6", "邱博", "市职业技能鉴定中心", "11", "5", "否"],
                ["7", "罗春晖", "市社会保险事业管理中心", "11", "4", "否"],
                ["8", "欧阳敏", "市人社局信息中心", "11", "3", "否"],
            ], "注：以上票数为3月18日评审会议计票结果。")])],
        date="2025年3月21日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市委组织部。"))

    # s07 — informant identified indirectly (txt)
    docs.append(D(
        id="s07", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="欠薪案件查处情况通报；正文第二部分第1段写明线索来自“该公司财务部唯一负责工资核算的会计”，足以识别举报人，"
             "举报人身份属应保密事项；其余案情可公开",
        head="file", docno="昭人社发〔2025〕27号",
        title="关于昭宁市鑫达建材有限公司拖欠劳动者工资案件查处情况的通报",
        to=TO_DOWN,
        body=[
            P("为警示用人单位依法支付劳动报酬，现将市劳动保障监察支队查处的昭宁市鑫达建材有限公司拖欠劳动者工资案件有关情况通报如下。"),
            H1("一、基本案情"),
            P("昭宁市鑫达建材有限公司位于北塘区工业园，主要从事新型墙体材料生产。2024年10月至2025年1月，该公司以资金周转困难为由，"
              "拖欠86名劳动者工资共计127.4万元。经市劳动保障监察支队调查，该公司同期仍有大额资金用于购置设备和偿还关联企业借款，"
              "具备支付能力而拒不支付。"),
            H1("二、查处经过"),
            P("今年1月，支队接到反映该公司拖欠工资的线索。反映人是该公司财务部唯一一名负责工资核算的会计，入职已满六年，"
              "提供了工资发放台账和银行流水复印件，对案件查处起到了关键作用。支队随即立案调查，调取了该公司财务账册，"
              "约谈了公司法定代表人，并依法下达《劳动保障监察限期改正指令书》。"),
            P("该公司在限期内仍未支付拖欠工资。支队认定其行为涉嫌拒不支付劳动报酬罪，于2月14日依法将案件移送北塘区公安分局。"
              "在公安机关立案侦查后，该公司于3月初将拖欠工资全部支付到位。"),
            H1("三、处理结果"),
            P("市人社局依法将该公司列入拖欠农民工工资失信联合惩戒对象名单，在政府采购、招投标、融资贷款、市场准入、评优评先等方面"
              "依法依规予以限制，相关信息通过“信用昭宁”网站向社会公布。"),
            H1("四、工作要求"),
            P("各地要以此案为鉴，加强欠薪线索排查，畅通劳动者投诉举报渠道，对欠薪问题做到早发现、早介入、早处置。对具备支付能力"
              "拒不支付的，要用足用好行政执法与刑事司法衔接机制，依法严厉打击。同时要严格落实为举报人保密的规定，保护举报人合法权益。"),
        ],
        date="2025年3月26日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD[:-1] + "，市公安局。"))

    # s08 — information system weaknesses tucked into a public switchover notice
    docs.append(D(
        id="s08", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="社保信息系统切换期间业务办理通知（面向参保单位和群众）；正文第三部分第（二）项中一句说明外网服务前置机仍使用出厂"
             "默认管理口令、数据库补丁未打，属系统安全弱点，未标密",
        head="file", docno="昭人社发〔2025〕45号",
        title="关于社会保险经办信息系统升级切换期间有关业务办理事项的通知",
        to="各参保单位，各区（县）社会保险经办机构：",
        body=[
            P("为落实全省社会保险经办信息系统一体化建设要求，我市社会保险经办信息系统将于2025年6月6日18:00至6月9日8:00进行升级切换。"
              "为保障切换期间参保单位和群众业务正常办理，现将有关事项通知如下。"),
            H1("一、暂停办理的业务"),
            P("切换期间，全市各级社会保险经办窗口、网上经办大厅、“昭宁人社”App暂停办理参保登记、缴费基数申报、关系转移接续、"
              "待遇申领等业务。6月9日8:00起，各项业务恢复办理。急需办理业务的参保单位和群众，请合理安排办理时间。"),
            H1("二、不受影响的业务"),
            P("切换期间，养老金、失业保险金、工伤保险待遇按原定日期正常发放，社会保障卡金融功能和医保结算功能不受影响。"
              "参保人员可通过12333电话查询个人权益记录。"),
            H1("三、切换期间的保障措施"),
            H2("（一）做好应急值守。"),
            P("各级经办机构实行24小时值班，安排技术人员驻场保障，遇有突发情况及时处置并报告。"),
            H2("（二）加强系统安全管理。"),
            P("切换期间要严格执行操作权限管理，杜绝违规查询和修改数据。特别是目前面向互联网的服务前置机仍沿用厂商出厂时的默认管理口令，"
              "核心业务数据库的两项高危漏洞补丁尚未安装，切换窗口期间各经办机构不得远程登录前置机，由市信息中心统一操作。"
              "各经办机构要做好经办人员账号清理，离岗人员账号一律注销。"),
            H2("（三）做好数据核对。"),
            P("切换完成后，各经办机构要对参保单位数量、参保人数、缴费基数、待遇发放人数等关键数据进行比对，发现差异立即报告。"),
            H1("四、业务恢复后的安排"),
            P("6月9日至6月20日为业务恢复期，各经办窗口延时服务至18:00，周六正常上班。切换期间未能办理的业务，参保单位和群众可在"
              "业务恢复后正常办理，因切换导致超过规定时限的，不影响其权益。"),
            H1("五、咨询方式"),
            P("各区（县）社会保险经办机构咨询电话见市人社局门户网站“办事服务”栏目；全市统一咨询电话：12333。"),
        ],
        date="2025年5月30日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省社会保险事业管理局，市政务服务管理局。"))

    # s09 — unreleased statistics (txt)
    docs.append(D(
        id="s09", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="缴费基数申报准备通知；正文第二部分第2段引用省统计部门尚未发布的2024年平均工资初步核算数（7862元、增长4.1%），"
             "属发布前统计数据，未标密",
        head="file", docno="昭人社发〔2025〕33号",
        title="关于做好2025年度社会保险缴费基数申报核定准备工作的通知",
        to="各区（县）社会保险经办机构，各参保单位：",
        body=[
            P("根据省里统一安排，2025年度社会保险缴费基数申报核定工作将于全省2024年度全口径城镇单位就业人员平均工资公布后启动。"
              "为保证申报核定工作顺利进行，现就准备工作通知如下。"),
            H1("一、做好工资数据归集"),
            P("各参保单位要对照《关于工资总额组成的规定》，准确归集2024年度职工工资总额，包括计时工资、计件工资、奖金、津贴和补贴、"
              "加班加点工资以及特殊情况下支付的工资。不得以各种名义少报、漏报工资总额。"),
            H1("二、缴费基数上下限的确定"),
            P("缴费基数上下限按照全省上年度全口径城镇单位就业人员平均工资的300%和60%确定。正式数据以省统计局公布为准。"),
            P("据省统计部门初步核算，全省2024年全口径城镇单位就业人员月平均工资为7862元，比上年增长约4.1%，正式数据预计6月下旬发布。"
              "按此测算，2025年度缴费基数下限约为4717元，上限约为23586元，各经办机构可据此提前做好系统参数准备。"),
            H1("三、申报方式"),
            P("参保单位可通过网上经办大厅、“昭宁人社”App或者到经办窗口申报。申报期内未申报的，以上年度缴费基数为基础按规定核定。"),
            H1("四、工作要求"),
            P("各经办机构要提前做好政策宣传和业务培训，指导参保单位如实申报。对申报数据要加强稽核比对，发现少报瞒报的依法处理。"
              "申报核定期间，要合理安排窗口力量，避免群众长时间排队等候。"),
        ],
        date="2025年5月12日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省社会保险事业管理局，市税务局。"))

    # s10 — pension adjustment figures before announcement (docx, long with table)
    docs.append(D(
        id="s10", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="养老金调整前期准备通知（国家方案尚未公布）；正文第二部分第2段给出“今年定额调整每人每月27元、挂钩每满1年1.4元、"
             "70岁以上倾斜30元”等初步方案数额，属公布前调整方案，未标密",
        head="file", docno="昭人社发〔2025〕36号",
        title="关于做好2025年退休人员基本养老金调整前期准备工作的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心：",
        body=[
            P("为确保2025年退休人员基本养老金调整政策出台后能够及时兑现到位，现就前期准备工作通知如下。"),
            H1("一、全面清理待遇发放数据"),
            P("各地要对企业和机关事业单位退休人员待遇发放数据进行全面清理，重点核对出生日期、参加工作时间、缴费年限、视同缴费年限、"
              "退休时间等调整所需基础信息，对信息缺失、逻辑矛盾的逐人核实补正，确保调整计算准确。"),
            H1("二、提前完成系统参数测试"),
            P("市社会保险事业管理中心要会同信息中心提前完成调待程序开发和测试。为便于测试，可参照以下参数建立测试环境："
              "根据省厅近期座谈会通报的初步方案，今年定额调整拟为每人每月27元，挂钩调整按本人缴费年限每满1年增加1.4元，"
              "另按基本养老金每月增加0.9%，70周岁以上退休人员另增加30元。各地据此测算资金需求，于5月20日前报市局。"),
            P("测试中要对各类人员分别抽取样本进行人工复核，重点关注缴费年限不足15年人员、建国前参加工作老工人、"
              "高龄退休人员和曾享受特殊工种提前退休人员等群体。"),
            H1("三、测算资金需求"),
            P("各地要结合退休人员数量和待遇水平，测算调整所需资金，提出资金筹措意见。各区（县）测算表见附件。"),
            H1("四、做好舆情应对准备"),
            P("养老金调整社会关注度高，各地要做好政策解读准备，确保调整政策公布后群众能够及时、准确地了解调整办法。"),
        ],
        atts=[("2025年退休人员基本养老金调整资金测算表", [
            T(None, ["地区", "企业退休人员（人）", "机关事业退休人员（人）", "月均增资测算（万元）"],
              district_rows([lambda r, d: str(r.randint(18000, 96000)), lambda r, d: str(r.randint(3000, 12000)),
                             lambda r, d: "%.1f" % r.uniform(80, 620)]),
              "注：各地按本地实际核实后于5月20日前报送。")])],
        date="2025年4月28日", mark_text=MARK_TEXT[("主动公开", "attr")], mark_pos="banji", cc=CC_STD))

    # s11 — 命题人员 information (txt)
    docs.append(D(
        id="s11", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="地方职业资格考试安排通知；正文第三部分写明入闱命题的专家姓名、单位和入闱地点时间，属命题人员信息（秘密级事项），未标密",
        head="file", docno="昭人社发〔2025〕47号",
        title="关于2025年度全市劳动关系协调员（三级）职业技能等级认定考试有关事项的通知",
        to=TO_DOWN,
        body=[
            P("根据年度职业技能等级认定工作计划，市职业技能鉴定中心将于2025年8月23日至24日组织劳动关系协调员（三级）职业技能等级认定考试。"
              "现将有关事项通知如下。"),
            H1("一、报考条件"),
            P("取得本职业四级职业技能等级证书后，累计从事本职业工作4年（含）以上；或者具有大专及以上学历，累计从事本职业工作2年（含）以上。"
              "报考人员须在昭宁市就业或者参加社会保险。"),
            H1("二、考试组织"),
            P("考试分理论知识考试和专业能力考核，均实行百分制，成绩皆达60分及以上者为合格。理论知识考试采用机考方式，"
              "专业能力考核采用笔试方式。"),
            P("本次考试题库由市职业技能鉴定中心组织开发，专业能力考核试题由昭宁大学法学院副教授钱思远、市劳动人事争议仲裁院"
              "仲裁员季红梅、市总工会法律部副部长彭涛三人命制，7月28日起在市郊翠屏山庄封闭入闱，至考试结束后方可离开。"),
            H1("三、报名方式"),
            P("报名时间为7月1日至7月20日，考生登录昭宁市职业技能鉴定网进行报名，上传身份证、学历证书和工作年限证明等材料。"),
            H1("四、收费标准"),
            P("考试收费按照省发展改革委、省财政厅核定的标准执行。符合条件的考生，取得证书后可按规定申领职业技能提升补贴。"),
            H1("五、其他事项"),
            P("考生须凭准考证和有效身份证件参加考试。考试成绩于考试结束后30个工作日内公布。咨询电话：0765-3126560。"),
        ],
        date="2025年6月30日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省职业技能鉴定指导中心。"))

    # s12 — wage guideline draft figures
    docs.append(D(
        id="s12", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="企业薪酬调查工作通知；正文第四部分第2段写明“经初步测算拟将今年工资指导线基准线定为6.5%、上线9%、下线3%，"
             "待市政府常务会议审定”，属审定前数额",
        head="file", docno="昭人社发〔2025〕19号",
        title="关于开展2025年度企业薪酬调查和发布企业工资指导线工作的通知",
        to=TO_DOWN,
        body=[
            P("为健全企业工资宏观调控体系，引导企业合理确定职工工资水平，根据省人社厅工作安排，决定在全市开展2025年度企业薪酬调查"
              "并做好企业工资指导线发布工作。现将有关事项通知如下。"),
            H1("一、调查范围和对象"),
            P("调查范围为全市行政区域内各类企业，调查样本由市统计局按照行业、规模、登记注册类型分层抽取，全市共抽取样本企业1260户。"
              "样本企业名单由各区（县）人社局通知到企业。"),
            H1("二、调查内容"),
            P("调查内容包括企业基本情况、人工成本情况、职工工资报酬情况等。职工工资报酬按职工个人逐一填报，包括职业（工种）、"
              "岗位等级、学历、技能等级、工作年限和全年工资收入等项目。"),
            H1("三、时间安排"),
            P("4月1日至5月31日为数据采集阶段，6月1日至6月20日为数据审核阶段，6月30日前完成数据上报。各地要严格按时间节点推进工作。"),
            H1("四、企业工资指导线"),
            P("企业工资指导线由市人社局会同市总工会、市工商联、市企业联合会研究提出，报市政府批准后向社会发布，供企业开展工资集体协商"
              "和确定工资增长时参考。"),
            P("今年指导线测算工作已经启动。经初步测算，综合考虑全市经济增长、物价水平和企业经济效益等因素，拟将今年工资指导线基准线"
              "定为6.5%、上线定为9%、下线定为3%，待市政府常务会议审定后发布。"),
            H1("五、数据质量要求"),
            P("各地要对样本企业填报数据进行逐户审核，对工资数据明显偏离的要求企业核实说明，确保数据真实准确。调查数据仅用于统计分析，"
              "不得用于其他用途，对企业和个人信息依法保密。"),
        ] + req_section("六", "企业薪酬调查工作"),
        date="2025年3月25日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市统计局，市总工会，市工商联。"))

    # s13 — exam score statistics before publication (txt)
    docs.append(D(
        id="s13", fmt="txt", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="企业人力资源管理师认定考试后续工作通知；正文第一部分末句给出尚未公布的平均分、全市合格率和望江区合格率（成绩7月15日"
             "才公布），属公布前考试成绩统计",
        head="file", docno="昭人社发〔2025〕55号",
        title="关于做好2025年上半年企业人力资源管理师职业技能等级认定考试后续工作的通知",
        to=TO_DOWN,
        body=[
            H1("一、考试基本情况"),
            P("2025年上半年企业人力资源管理师（三级）职业技能等级认定考试于6月21日至22日举行，全市共有3412人报名，实际参考3086人，"
              "参考率90.4%。考试期间各考点组织有序，未发生重大违纪事件。阅卷工作已于6月28日结束。经初步汇总，理论知识考试平均分为61.3分，"
              "全市两项合格率为47.8%，其中望江区合格率仅为31.2%，列全市末位。"),
            H1("二、成绩发布和复核"),
            P("考试成绩定于7月15日在昭宁市职业技能鉴定网发布。考生对成绩有异议的，可在成绩发布之日起10个工作日内提出复核申请，"
              "复核只核对是否漏评、计分是否有误，不重新评阅。"),
            H1("三、证书发放"),
            P("考试合格人员名单经公示无异议后，由市职业技能鉴定中心颁发职业技能等级证书，证书信息同步上传全国联网查询系统。"
              "证书领取时间和方式另行通知。"),
            H1("四、技能提升补贴申领"),
            P("取得证书的企业职工和领取失业保险金人员，符合条件的可在证书核发之日起12个月内申领技能提升补贴，三级证书补贴标准为2000元。"),
            H1("五、工作要求"),
            P("各地要做好成绩发布后的政策咨询工作，及时解答考生疑问，对考试中反映的培训质量问题，要督促培训机构改进。"),
        ],
        date="2025年7月2日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省职业技能鉴定指导中心。"))

    # s14 — audit plan not announced in advance (docx)
    docs.append(D(
        id="s14", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="社保基金风险排查通知；正文第三部分第（三）项中一句写明市审计局9月中旬对北塘区、白石县稳岗返还资金延伸审计且"
             "“届时不提前告知被审计单位”，属不得事先公开的审计安排",
        head="file", docno="昭人社发〔2025〕60号",
        title="关于开展2025年社会保险基金管理风险专项排查整治的通知",
        to=TO_DOWN,
        body=[
            P("为进一步加强社会保险基金安全管理，防范化解基金运行风险，根据省人社厅统一部署，决定在全市开展社会保险基金管理风险"
              "专项排查整治。现将有关事项通知如下。"),
            H1("一、排查范围"),
            P("排查范围为2022年1月以来全市企业职工基本养老保险、机关事业单位养老保险、城乡居民基本养老保险、失业保险、工伤保险"
              "基金的征收、支付、管理全过程，以及就业补助资金中与社会保险相关的补贴项目。"),
            H1("二、排查重点"),
            P("重点排查违规参保、违规补缴、违规办理提前退休、冒领待遇、重复领取待遇，以及内部人员违规操作、系统权限管理不规范等问题。"),
            H1("三、方法步骤"),
            H2("（一）自查自纠（7月—8月）。"),
            P("各地对照排查重点逐项开展自查，建立问题台账，能立即整改的立即整改。"),
            H2("（二）数据比对（8月）。"),
            P("市局组织开展待遇领取人员与死亡、服刑、重复领取等数据比对，比对疑点数据下发各地核查。"),
            H2("（三）重点抽查（9月—10月）。"),
            P("市局会同有关部门对各地排查整治情况进行重点抽查。其中，市审计局拟于9月中旬对北塘区、白石县两地2023年至2024年失业保险"
              "稳岗返还资金开展延伸审计，届时不提前告知被审计单位，请两地人社部门做好资料准备。其他地区由市局组织交叉检查。"),
            H2("（四）总结整改（11月）。"),
            P("各地对排查发现的问题分类处理，健全制度机制，形成专项排查整治工作总结。"),
            H1("四、处理要求"),
            P("对排查发现的违规领取待遇问题，要依法追回基金；对内部人员违规违纪问题，移交纪检监察机关处理；涉嫌犯罪的，"
              "移送司法机关。"),
        ] + req_section("五", "专项排查整治"),
        date="2025年6月27日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD[:-1] + "，市审计局。"))

    # s15 — personnel appointment before 公示 tucked into an 机构职能 notice (docx)
    docs.append(D(
        id="s15", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="局机关内设机构职能调整通知（机构设置信息可主动公开）；正文第三部分末段写明局党组拟提名两名同志任处长及拟任职务，"
             "任前公示另行安排，属公示前的人事事项",
        head="file", docno="昭人社发〔2025〕24号",
        title="关于调整局机关部分内设机构职责的通知",
        to="局机关各处室，局属各单位：",
        body=[
            P("根据市委机构编制委员会办公室《关于调整市人力资源和社会保障局部分内设机构职责的批复》（昭编办复〔2025〕6号），"
              "经局党组研究，决定对局机关部分内设机构职责进行调整。现将有关事项通知如下。"),
            H1("一、职业能力建设处"),
            P("将原由就业促进处承担的职业技能培训补贴审核职责划入职业能力建设处。调整后，职业能力建设处负责拟订职业技能培训、"
              "技能人才评价政策并组织实施，负责职业技能等级认定、职业技能竞赛的综合管理，负责职业技能培训补贴审核。"),
            H1("二、人才开发和市场处"),
            P("将原由专业技术人员管理处承担的博士后工作站管理职责划入人才开发和市场处。调整后，人才开发和市场处负责拟订人才引进、"
              "人才开发和人力资源市场发展政策，承担人力资源服务机构监管，负责博士后管理工作。"),
            H1("三、工作衔接"),
            P("涉及职责调整的处室要在4月30日前完成工作交接，交接内容包括文件资料、在办事项、业务系统权限等，交接清单经双方处室"
              "负责人签字后报局办公室备案。职责调整期间，各项工作不断档、不脱节。"),
            P("为配合职责调整，局党组会议已研究，拟提名职业能力建设处副处长宋佳宁同志为该处处长人选，拟提名就业促进处四级调研员"
              "何永强同志为人才开发和市场处处长人选，任前公示由局人事处另行组织。在此之前，两处工作仍由现负责同志主持。"),
            H1("四、其他事项"),
            P("职责调整后，对外办事指南、政务服务事项清单涉及办理处室变化的，由局办公室牵头于5月15日前完成更新，并在门户网站公布。"
              "本通知自印发之日起执行。"),
        ],
        date="2025年4月15日", mark_text=MARK_TEXT[("主动公开", "paren")], printer_name=OFFICE))

    # s16 — skills contest questions before the contest (docx)
    docs.append(D(
        id="s16", fmt="docx", case="secret", attr="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
        note="职业技能大赛通知（比赛10月）；附件“竞赛技术文件”焊工项目一段写明已确定的实操试题（试件材质、尺寸、焊接位置）"
             "和评分分值分配，属竞赛前试题，未标密",
        head="file", docno="昭人社发〔2025〕66号",
        title="关于举办昭宁市第五届职业技能大赛的通知",
        to=TO_DOWN + "各有关企业、院校：",
        body=[
            P("为深入实施技能强市战略，弘扬劳模精神、劳动精神、工匠精神，经市政府同意，决定于2025年10月举办昭宁市第五届职业技能大赛。"
              "现将有关事项通知如下。"),
            H1("一、组织机构"),
            P("大赛由市人力资源和社会保障局主办，市总工会、市教育局、市工业和信息化局协办，各赛项承办单位具体实施。"),
            H1("二、竞赛项目"),
            P("本届大赛设焊工、电工、数控车工、养老护理员、中式烹调师、网络与信息安全管理员6个项目，各项目分职工组和学生组。"),
            H1("三、参赛条件"),
            P("职工组选手为在我市企业就业的职工，学生组选手为我市技工院校、职业院校在籍学生。已获得“中华技能大奖”“全国技术能手”"
              "称号的人员不得以选手身份参赛。"),
            H1("四、奖励办法"),
            P("各项目各组别分别设一等奖1名、二等奖2名、三等奖3名。获得职工组各项目第一名的选手，按程序申报“昭宁市技术能手”称号；"
              "获奖选手可按规定晋升相应职业技能等级。"),
            H1("五、报名方式"),
            P("各地各单位于8月31日前将报名表报送大赛组委会办公室（设在市人社局职业能力建设处）。"),
        ],
        atts=[("昭宁市第五届职业技能大赛竞赛技术文件（摘要）", [
            H1("一、电工项目"),
            P("竞赛内容包括理论知识考试和操作技能考核，理论占20%，操作占80%。操作技能考核主要考查低压电气控制线路安装与调试、"
              "可编程控制器应用等内容，考试时间240分钟。"),
            H1("二、焊工项目"),
            P("理论占20%，操作占80%。操作试题已由专家组确定：职工组为Q345R钢板对接立焊单面焊双面成形，试件尺寸300mm×125mm×12mm，"
              "V形坡口，坡口角度60°，另有φ60mm×5mm的20号钢管水平固定焊一件；评分时外观检验40分、射线检测50分、安全文明生产10分。"
              "学生组试件厚度改为10mm，其余相同。"),
            H1("三、养老护理员项目"),
            P("竞赛内容包括生活照护、基础照护、康复服务和心理支持等模块，采用情景模拟方式考核，选手须在规定时间内完成对模拟老人的照护操作。"),
            H1("四、赛场纪律"),
            P("选手须凭身份证和参赛证入场，按抽签确定的工位进行比赛，不得携带任何资料和通讯工具。裁判员实行回避制度。"),
        ])],
        date="2025年7月21日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市总工会，市教育局，市工业和信息化局。"))
    return docs


# ================================================================ case 2: internal passages in 主动公开 documents (MIXED_CONTENT)
def mixed_docs():
    docs = []
    M = dict(case="mixed", attr="主动公开", decision="return", codes=["MIXED_CONTENT"])
    docs.append(D(
        id="s17", fmt="docx", **M,
        note="印发就业创业工作要点（主动公开）；附件第二部分第（一）项末尾括注“以下数据仅供局内掌握，对外宣传不使用：16—24岁"
             "青年实际监测失业率比对外发布口径高约2个百分点”，属夹带的内部数据",
        head="file", docno="昭人社发〔2025〕10号",
        title="昭宁市人力资源和社会保障局关于印发《2025年全市就业创业工作要点》的通知",
        to=TO_DOWN,
        body=[P("现将《2025年全市就业创业工作要点》印发给你们，请结合本地实际，细化工作措施，明确责任分工，确保全年目标任务圆满完成。"
                "各地工作推进情况请于每季度末5日内报市局就业促进处。")],
        atts=[("2025年全市就业创业工作要点", [
            P("2025年全市就业创业工作的主要目标是：城镇新增就业6.5万人以上，城镇调查失业率控制在5.5%以内，失业人员再就业2.1万人，"
              "就业困难人员实现就业6000人，零就业家庭保持动态清零。"),
            H1("一、强化就业优先政策"),
            P("落实稳岗返还、一次性扩岗补助、社会保险补贴等政策，推动政策直达快享、免申即享。加强财政、金融、产业政策与就业政策协同，"
              "在重大项目、重点产业布局中同步评估就业带动效应。"),
            H1("二、抓好重点群体就业"),
            H2("（一）高校毕业生等青年就业。"),
            P("实施青年就业启航计划，开展“百日千万”招聘专项行动，全年募集就业见习岗位5000个以上。对离校未就业高校毕业生实行"
              "实名制帮扶，确保有就业意愿的毕业生年底前就业率达到90%以上。（以下数据仅供局内掌握，对外宣传不使用：据我市就业监测"
              "平台测算，16—24岁青年实际监测失业率比对外发布口径高约2个百分点，部分区县高出3个百分点以上。）"),
            H2("（二）农村劳动力转移就业。"),
            P("深化劳务协作，培育劳务品牌，全年新增农村劳动力转移就业1.8万人。持续做好脱贫人口稳岗就业，脱贫劳动力务工规模不低于上年。"),
            H2("（三）困难群体就业援助。"),
            P("开发公益性岗位，加强就业困难人员认定和帮扶，对零就业家庭实行“发现一户、帮扶一户、稳定一户”。"),
            H1("三、支持创业带动就业"),
            P("落实创业担保贷款及贴息政策，全年发放创业担保贷款8亿元以上。加强创业孵化基地建设，新认定市级创业孵化基地5家。"
              "举办第六届“昭宁创业大赛”，对优秀项目给予资金扶持。"),
            H1("四、提升公共就业服务能力"),
            P("推进“15分钟就业服务圈”建设，年内建成社区（村）就业服务站点320个。完善就业信息平台，推行线上线下一体化服务。"),
            T("表1　2025年城镇新增就业目标任务分解", ["地区", "城镇新增就业（人）", "失业人员再就业（人）", "就业困难人员就业（人）"],
              district_rows([lambda r, d: str(r.randint(3000, 11000)), lambda r, d: str(r.randint(900, 3600)),
                             lambda r, d: str(r.randint(300, 900))])),
            H1("五、加强组织保障"),
            P("各地要把就业工作作为“一把手”工程，健全就业工作领导小组协调机制，将就业目标任务纳入绩效考核。"),
        ])],
        date="2025年2月10日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD))

    docs.append(D(
        id="s18", fmt="txt", **M,
        note="城乡居民养老保险集中缴费通知；正文第四部分标题为“应答口径（内部掌握）”，规定对群众询问政府补贴未到账等问题的统一"
             "答复话术，属夹带的内部口径",
        head="file", docno="昭人社发〔2025〕7号",
        title="关于做好2025年度城乡居民基本养老保险集中缴费工作的通知",
        to="各区（县）人力资源和社会保障局，各乡镇（街道）社会保障服务中心：",
        body=[
            P("2025年度城乡居民基本养老保险集中缴费工作即将开始。为做好集中缴费工作，提高参保缴费质量，现将有关事项通知如下。"),
            H1("一、缴费时间"),
            P("集中缴费时间为2025年1月15日至6月30日。参保人员可在此期间自主选择缴费档次一次性缴纳全年保费。"),
            H1("二、缴费档次"),
            P("缴费标准设为每年200元、300元、500元、800元、1000元、1500元、2000元、3000元、4000元、5000元十个档次。"
              "政府对选择200元档次的给予30元补贴，选择500元及以上档次的补贴标准相应提高，最高不超过150元。"),
            H1("三、缴费渠道"),
            P("参保人员可通过“昭宁人社”App、微信、银行网点和乡镇（街道）经办窗口缴费。对行动不便的老年人和残疾人，村（社区）"
              "协办员应当提供上门服务。"),
            H1("四、应答口径（内部掌握）"),
            P("群众询问上年度政府补贴为何未记入个人账户的，统一答复为“系统正在集中批量处理”，不解释省级补助资金尚未到位的原因；"
              "群众询问缴费档次是否还会提高的，一律答复“以正式文件为准”，不作预判。此项口径仅供经办人员掌握，不向群众出示。"),
            H1("五、工作要求"),
            P("各地要加强宣传动员，引导参保人员选择较高档次缴费。要规范经办流程，不得代收现金，严禁截留挪用。缴费进度每月报送一次。"),
        ],
        date="2025年1月8日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市财政局，市税务局。"))

    docs.append(D(
        id="s19", fmt="docx", **M,
        note="公布政务服务事项清单（主动公开）；附件2为“局内业务对接联络表（内部使用）”，列出经办人员姓名、内线分机和办公室房号，"
             "属夹带的内部联络信息（无手机号，不按个人信息计）",
        head="file", docno="昭人社发〔2025〕29号",
        title="关于公布2025年版昭宁市人力资源社会保障政务服务事项清单的通知",
        to=TO_DOWN,
        body=[
            P("为深化“放管服”改革，推进政务服务标准化、规范化、便利化，根据省人社厅发布的全省人社政务服务事项基本目录，"
              "市局对本系统政务服务事项进行了全面梳理，形成了2025年版昭宁市人力资源社会保障政务服务事项清单。现予以公布。"),
            P("本次公布的清单共包含就业创业、社会保险、劳动关系、人才人事、职业能力五大类事项127项，其中行政许可事项4项、"
              "行政确认事项11项、行政给付事项23项、其他公共服务事项89项。各事项均明确了办理依据、办理时限、办理地点和咨询方式。"),
            P("各地要以清单为依据，同步更新本地办事指南，做到同一事项同一标准、同一编码、同一办理要求。清单实行动态管理，"
              "法律法规和上级政策调整的，及时予以更新并向社会公布。"),
        ],
        atts=[("2025年版昭宁市人力资源社会保障政务服务事项清单（节选）", [
            T(None, ["序号", "事项名称", "事项类型", "承诺时限", "办理地点"], [
                ["1", "人力资源服务许可", "行政许可", "10个工作日", "市民中心人社窗口"],
                ["2", "劳务派遣经营许可", "行政许可", "15个工作日", "市民中心人社窗口"],
                ["3", "失业保险金申领", "行政给付", "即时办结", "各级经办窗口及网上大厅"],
                ["4", "工伤认定申请", "行政确认", "60日", "市社会保险事业管理中心"],
                ["5", "职业技能提升补贴申领", "行政给付", "10个工作日", "网上大厅"],
                ["6", "企业职工基本养老保险关系转移接续", "公共服务", "15个工作日", "各级经办窗口"],
            ])]),
              ("局内业务对接联络表（内部使用）", [
            P("为便于局内各处室、各单位之间业务对接，现将清单梳理工作的联络人员列示如下，仅供局内工作联系使用。"),
            T(None, ["处室（单位）", "联络人", "内线分机", "办公室"], [
                ["局办公室", "郑晓雯", "8023", "行政中心B座1206"],
                ["就业促进处", "刘志刚", "8041", "行政中心B座1112"],
                ["养老保险处", "韩梦", "8057", "行政中心B座1109"],
                ["劳动关系处", "许文博", "8066", "行政中心B座1015"],
                ["市社保中心", "田甜", "8102", "社保大楼305"],
            ])])],
        date="2025年4月3日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市政务服务管理局。"))

    docs.append(D(
        id="s20", fmt="docx", **M,
        note="根治欠薪冬季专项行动通知；正文第五部分开头写明“本部分安排仅限各区（县）局分管负责同志掌握，不在门户网站和政务新媒体"
             "转载”，其后是舆情处置与信访稳控安排，主动公开文件中夹带不公开内容",
        head="file", docno="昭人社发〔2024〕118号",
        title="关于开展2024—2025年度根治欠薪冬季专项行动的通知",
        to=TO_DOWN,
        body=[
            P("为切实保障劳动者特别是农民工按时足额获得劳动报酬，根据省根治拖欠农民工工资工作领导小组统一部署，决定自2024年11月15日"
              "至2025年春节前在全市开展根治欠薪冬季专项行动。现将有关事项通知如下。"),
            H1("一、行动目标"),
            P("全面排查化解欠薪隐患，确保欠薪问题动态清零，确保不发生因欠薪引发的群体性事件和极端事件，确保农民工工资在春节前足额支付。"),
            H1("二、重点任务"),
            P("一是全面排查欠薪隐患，重点排查工程建设领域和劳动密集型加工制造、餐饮服务等行业。二是集中处置欠薪线索，实行台账管理、"
              "销号办理。三是严厉打击欠薪违法行为，对恶意欠薪的依法移送公安机关。四是落实根治欠薪各项制度，推动工资专用账户、"
              "实名制管理等制度全覆盖。"),
            H1("三、时间安排"),
            P("行动分为动员部署、集中排查、重点督办和总结评估四个阶段，各阶段具体安排由各地结合实际确定。"),
            H1("四、工作机制"),
            P("专项行动期间，实行欠薪线索日报告、周调度制度，市局劳动保障监察支队每周汇总各地线索处置情况。"),
            H1("五、舆情处置和信访稳控"),
            P("本部分安排仅限各区（县）人社局分管负责同志掌握，不在门户网站和政务新媒体转载。对网上出现的欠薪舆情，先由属地核实情况，"
              "2小时内报市局；对涉及市重点项目的欠薪诉求，原则上先协调总包单位垫付，暂不启动行政处罚程序；对组织聚集讨薪的牵头人员，"
              "由属地会同公安部门提前做好稳控。"),
            H1("六、工作要求"),
            P("各地要压实属地责任和行业监管责任，对专项行动中工作不力、欠薪问题突出的地方，市局将提请市根治拖欠农民工工资工作领导小组"
              "予以约谈。"),
        ],
        date="2024年11月12日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市住房和城乡建设局，市交通运输局，市水利局，市公安局。"))

    docs.append(D(
        id="s21", fmt="txt", **M,
        note="技能人才评价机构备案通知；正文第三部分后附“工作提示（系统内部，不对外）”一段，交代对个别机构材料从宽掌握的内部处理办法",
        head="file", docno="昭人社发〔2025〕38号",
        title="关于做好社会培训评价组织和用人单位职业技能等级认定备案工作的通知",
        to=TO_DOWN + "各有关企业、社会培训评价组织：",
        body=[
            P("为规范职业技能等级认定工作，保障评价质量，根据人社部和省人社厅有关规定，现就我市社会培训评价组织和用人单位"
              "职业技能等级认定备案工作通知如下。"),
            H1("一、备案条件"),
            P("申请备案的用人单位应当依法登记注册、具有与认定职业（工种）相适应的考核场地设备和考评人员队伍；社会培训评价组织应当"
              "具有独立法人资格，具备相应的专业能力和管理制度，近三年无违法违规记录。"),
            H1("二、备案程序"),
            P("申请单位登录昭宁市职业技能鉴定网提交备案申请及相关材料，市职业技能鉴定中心在15个工作日内完成审核并组织现场核查，"
              "符合条件的予以备案并向社会公布。"),
            H1("三、监督管理"),
            P("市局建立评价机构质量督导制度，通过现场督导、视频巡查和抽查复核等方式加强事中事后监管。对弄虚作假、违规发证的，"
              "撤销备案，相关证书予以注销。"),
            P("工作提示（系统内部，不对外）：对市属国有企业和列入市重点扶持名单的企业，备案材料中考评人员数量暂未达标的，可先予备案、"
              "限期补齐；对去年被群众投诉的两家民办培训机构，现场核查时从严把握，不说明理由。"),
            H1("四、工作要求"),
            P("各地要积极宣传动员，引导有条件的企业开展自主评价。备案工作中遇到的问题，请及时与市局职业能力建设处联系，电话：0765-3126571。"),
        ],
        date="2025年5月8日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省职业技能鉴定指导中心。"))

    docs.append(D(
        id="s22", fmt="docx", **M,
        note="政风行风建设情况通报（主动公开）；附件表格第3行“暗访发现问题”栏注明“内部通报，不宜外传”并写明具体窗口和处理意见，"
             "属夹带的内部内容",
        head="file", docno="昭人社发〔2025〕15号",
        title="关于2024年度全市人社系统政风行风建设情况的通报",
        to=TO_DOWN,
        body=[
            P("2024年，全市人社系统深入开展“人社服务快办”行动和行风建设提升年活动，服务质量和群众满意度持续提升。现将有关情况通报如下。"),
            H1("一、总体情况"),
            P("全年全市人社系统窗口累计办理业务286.3万件，网上办件比例达到78.6%，较上年提高6.2个百分点。12333热线接通率93.4%，"
              "群众满意率98.1%。“好差评”系统共收到评价41.2万条，差评23条，差评整改率100%。"),
            H1("二、主要做法"),
            P("一是推进“一件事”打包办，企业职工退休、失业保险待遇申领等12个“一件事”实现一次告知、一表申请、一窗受理。"
              "二是开展业务练兵比武，全系统2860名干部职工参加学练测，涌现出一批业务标兵。三是强化明察暗访，全年组织暗访4轮，"
              "督促整改问题37个。"),
            H1("三、存在的问题"),
            P("一些窗口仍存在一次性告知不到位、业务办理时限偏长等问题；个别经办人员服务态度生硬；部分地区网上经办系统稳定性不够。"),
            H1("四、下一步要求"),
            P("各地要对照问题清单逐项整改，健全行风建设长效机制，持续提升群众满意度。"),
        ],
        atts=[("2024年度明察暗访问题整改情况", [
            T(None, ["序号", "地区", "发现问题", "整改情况"], [
                ["1", "清河区", "大厅引导标识不清晰", "已更换导办标识"],
                ["2", "望江区", "部分事项告知材料与指南不一致", "已统一更新"],
                ["3", "北塘区", "暗访发现问题（内部通报，不宜外传）：社保窗口6号位经办人员推诿群众、擅自离岗，区局已作停岗处理，拟给予诫勉", "停岗培训，待局党组研究"],
                ["4", "白石县", "网上大厅部分事项无法提交", "系统已修复"],
                ["5", "青坪县", "咨询电话无人接听", "增设专人值守"],
            ])])],
        date="2025年2月26日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省人力资源和社会保障厅办公室。"))

    docs.append(D(
        id="s23", fmt="txt", **M,
        note="规范工伤认定工作通知；正文第二部分第（三）项结尾“此条仅供经办人员掌握”的内部受理尺度说明，夹带于主动公开文件中",
        head="file", docno="昭人社发〔2025〕22号",
        title="关于进一步规范工伤认定工作的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心：",
        body=[
            P("为进一步规范工伤认定工作，保障工伤职工合法权益，根据《工伤保险条例》和《工伤认定办法》，结合我市实际，现就有关事项通知如下。"),
            H1("一、统一认定管辖"),
            P("市本级参保单位及其职工的工伤认定由市人社局负责，其他参保单位职工的工伤认定由所在区（县）人社局负责。"),
            H1("二、规范受理审查"),
            H2("（一）申请时限。"),
            P("用人单位应当自事故伤害发生之日起30日内提出工伤认定申请；用人单位未按规定提出的，工伤职工或者其近亲属可在1年内直接提出。"),
            H2("（二）材料要求。"),
            P("申请人应提交工伤认定申请表、劳动关系证明材料、医疗诊断证明书。材料不完整的，一次性书面告知需补正的全部材料。"),
            H2("（三）调查核实。"),
            P("对事故发生经过存在疑点的，应当进行调查核实，调查人员不得少于2人。对于申请材料不全但事实明显属于工伤的，可先行受理，"
              "在认定期限内补齐；对年底前申请量大的区（县），内部可将调查比例降至三成。此条仅供经办人员掌握。"),
            H1("三、严格认定时限"),
            P("工伤认定部门应当自受理之日起60日内作出认定决定；事实清楚、权利义务明确的，15日内作出决定。"),
            H1("四、加强监督"),
            P("市局将定期抽查各地工伤认定案卷，对认定错误、超期认定等问题予以通报。"),
        ],
        date="2025年3月14日", mark_text=MARK_TEXT[("主动公开", "way")], mark_pos="banji", cc="市卫生健康委，市医疗保障局。"))

    docs.append(D(
        id="s24", fmt="docx", **M,
        note="高校毕业生就业服务通知（主动公开）；附件3“局内责任分工及联系人（内部使用）”列出各处室负责人姓名、内线和房间号，"
             "并含“仅限局内”说明",
        head="file", docno="昭人社发〔2025〕34号",
        title="关于做好2025届高校毕业生等青年就业服务工作的通知",
        to=TO_DOWN,
        body=[
            P("2025届全市高校毕业生预计达到6.8万人，创历史新高。为做好高校毕业生等青年就业服务工作，现将有关事项通知如下。"),
            H1("一、开展实名服务"),
            P("各地要与教育部门做好离校未就业毕业生信息衔接，7月底前完成信息接收，对有就业意愿的毕业生至少提供1次政策宣介、"
              "1次职业指导、3次岗位推荐、1次技能培训或就业见习机会。"),
            H1("二、开发就业岗位"),
            P("挖掘企业岗位资源，落实一次性扩岗补助政策。统筹用好机关事业单位招录招聘、基层服务项目、科研助理等政策性岗位。"),
            H1("三、举办招聘活动"),
            P("开展“百日千万”网络招聘和“直播带岗”活动，每周举办专场招聘会，全年举办各类招聘活动不少于200场。"),
            H1("四、强化困难帮扶"),
            P("对低保家庭、脱贫家庭、零就业家庭和残疾毕业生，提供“一人一策”精准帮扶，优先推荐岗位，按规定发放求职创业补贴。"),
        ] + req_section("五", "高校毕业生就业服务工作"),
        atts=[("2025届高校毕业生就业服务活动安排表", [
            T(None, ["时间", "活动名称", "主办单位"], [
                ["5月", "民营企业服务月专场招聘", "市就业服务中心"], ["6月", "高校毕业生就业服务月", "市人社局"],
                ["7月—8月", "离校未就业毕业生实名帮扶", "各区（县）人社局"], ["9月", "金秋招聘月", "市人才服务中心"]])]),
              ("就业见习岗位募集计划表", [
            T(None, ["地区", "见习岗位（个）"], district_rows([lambda r, d: str(r.randint(200, 900))]))]),
              ("局内责任分工及联系人（内部使用）", [
            P("以下分工和联系方式仅限局内工作对接，不随文对外发布。"),
            T(None, ["工作事项", "牵头处室", "负责人", "内线", "房间"], [
                ["实名帮扶", "就业促进处", "刘志刚", "8041", "B座1112"],
                ["招聘活动", "市人才服务中心", "周婉清", "8130", "人才大厦502"],
                ["见习岗位", "就业促进处", "林海涛", "8043", "B座1114"],
                ["资金保障", "规划财务处", "何晓光", "8072", "B座1201"]])])],
        date="2025年4月22日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市教育局，市团委。"))

    docs.append(D(
        id="s25", fmt="txt", **M,
        note="公布就业见习基地名单（主动公开）；名单表格之后的“说明”段写明补贴核拨进度“为内部掌握数，不作对外公布依据”并列出数字，"
             "属夹带内部数据",
        head="file", docno="昭人社发〔2025〕31号",
        title="关于公布2025年度第一批市级就业见习基地名单的通知",
        to=TO_DOWN,
        body=[
            P("根据《昭宁市就业见习管理办法》，经单位申报、区（县）推荐、市级评审和公示，确定昭宁万通物流股份有限公司等12家单位为"
              "2025年度第一批市级就业见习基地。现予以公布。"),
            T("2025年度第一批市级就业见习基地名单", ["序号", "单位名称", "所在地", "见习岗位数"], [
                ["1", "昭宁万通物流股份有限公司", "临港新区", "60"], ["2", "澜平云启软件有限公司", "高新区", "45"],
                ["3", "昭宁市第二人民医院", "清河区", "30"], ["4", "昭宁恒丰食品有限公司", "白石县", "40"],
                ["5", "昭宁市望江社区卫生服务中心", "望江区", "12"], ["6", "昭宁华彩印务有限公司", "北塘区", "20"],
                ["7", "澜平远航汽车零部件有限公司", "高新区", "55"], ["8", "昭宁市南岭区图书馆", "南岭区", "8"],
                ["9", "昭宁新纪元酒店管理有限公司", "东湖区", "25"], ["10", "寒溪县农业科技发展有限公司", "寒溪县", "15"],
                ["11", "昭宁创想广告传媒有限公司", "望江区", "10"], ["12", "青坪县中心医院", "青坪县", "18"]]),
            P("各见习基地要按照见习协议为见习人员提供见习岗位、指导老师和必要的生活保障，依法为见习人员办理人身意外伤害保险，"
              "不得安排见习人员从事有毒有害和高危作业。见习期满后留用率应不低于50%。"),
            P("说明：截至4月底，去年认定基地的见习补贴已核拨1260万元，尚有380万元因市财政资金未到位暂缓拨付，涉及基地9家。"
              "上述进度为内部掌握数，不作对外公布依据。"),
            P("各区（县）人社局要加强对见习基地的日常管理，每半年开展一次检查，对管理不规范、见习质量差的，取消其见习基地资格。"),
        ],
        date="2025年5月6日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市财政局。"))

    docs.append(D(
        id="s26", fmt="docx", **M,
        note="人力资源服务机构年度报告公示工作通知；正文第三部分末尾“（内部参考）”一段写明初步摸底37家逾期、其中12家系局属单位关联企业、"
             "处理时“注意方式方法”，属内部研究意见",
        head="file", docno="昭人社发〔2025〕18号",
        title="关于做好2024年度人力资源服务机构年度报告公示工作的通知",
        to=TO_DOWN,
        body=[
            P("根据《人力资源市场暂行条例》和《人力资源服务机构管理规定》，经营性人力资源服务机构应当于每年3月31日前报送上一年度"
              "经营情况年度报告。现就2024年度年度报告公示工作通知如下。"),
            H1("一、报告内容"),
            P("年度报告内容包括机构基本信息、服务场所、从业人员、经营业务、服务人次、营业收入等情况。报告内容应当真实、准确、完整。"),
            H1("二、报送方式"),
            P("人力资源服务机构通过全国人力资源市场信息监测系统在线填报，各区（县）人社局负责审核。"),
            H1("三、公示和监督"),
            P("年度报告经审核后，通过市人社局门户网站向社会公示。对未按时报送或者报送内容不实的机构，依法责令改正，并将有关情况"
              "纳入信用记录。"),
            P("（内部参考）经初步摸底，全市约有37家机构存在未按期报送问题，其中12家系局属事业单位的关联企业，处理时注意方式方法，"
              "由局主要负责同志统一把握，暂不列入公示名单。"),
            H1("四、时间安排"),
            P("3月31日前机构完成填报，4月30日前各地完成审核，5月31日前完成公示。"),
        ] + req_section("五", "年度报告公示工作"),
        date="2025年2月28日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市市场监管局。"))

    docs.append(D(
        id="s27", fmt="docx", **M,
        note="社保卡服务网点调整公告（面向社会）；表格后一段写明“以下为内部工作人员使用的业务专线，不对外公布”及专线号码，"
             "属夹带的内部信息",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局关于调整部分社会保障卡服务网点的公告",
        to="",
        body=[
            P("为优化社会保障卡服务布局，方便群众就近办理业务，经与合作银行协商，自2025年6月1日起对部分社会保障卡服务网点进行调整。"
              "现将有关事项公告如下。"),
            T("社会保障卡服务网点调整情况", ["序号", "原网点", "调整情况", "新网点地址"], [
                ["1", "工行清河支行文昌路网点", "撤并", "并入工行清河支行营业部（文昌路126号）"],
                ["2", "农行望江分理处", "迁址", "望江区滨江大道58号"],
                ["3", "建行北塘支行", "新增即时制卡", "北塘区工业大道9号"],
                ["4", "邮储银行白石县支行", "新增即时制卡", "白石县人民路21号"]]),
            P("调整后，全市社会保障卡服务网点共156个，其中具备即时制卡功能的网点48个。群众可通过“昭宁人社”App查询就近网点。"),
            P("即时制卡网点可办理社会保障卡申领、补领、换领、挂失和密码重置等业务，申请人携带本人有效居民身份证即可现场领卡，"
              "代他人办理的须同时携带代办人和被代办人的有效身份证件。16周岁以下未成年人由监护人代为办理。"),
            P("以下为内部工作人员使用的业务专线，不对外公布：社保卡制卡异常协调专线0765-3127909、银行网点对接专线0765-3127912。"),
            P("网点调整期间，群众已申领的社会保障卡可到原网点所属银行的其他网点领取。咨询电话：12333。特此公告。"),
        ],
        date="2025年5月20日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    docs.append(D(
        id="s28", fmt="docx", **M,
        note="印发政务公开工作要点（长文）；附件第三部分第（二）项中一句“对媒体关注的养老金发放延迟问题各单位一律不主动回应，"
             "由局办公室统一口径答复”，属内部口径",
        head="file", docno="昭人社发〔2025〕16号",
        title="昭宁市人力资源和社会保障局关于印发《2025年政务公开工作要点》的通知",
        to="局机关各处室，局属各单位：",
        body=[P("现将《昭宁市人力资源和社会保障局2025年政务公开工作要点》印发给你们，请认真抓好落实。")],
        atts=[("昭宁市人力资源和社会保障局2025年政务公开工作要点", [
            P("2025年全局政务公开工作要以提升政策透明度和群众获得感为目标，深化重点领域信息公开，强化政策解读和回应关切，"
              "推进政务公开标准化规范化。"),
            H1("一、加强政策发布和解读"),
            P("坚持政策文件与解读材料同步组织、同步审签、同步发布。对涉及群众切身利益的就业、社保、工资等政策，采取图解、视频、"
              "问答等形式进行解读，全年解读率达到100%。"),
            H1("二、深化重点领域信息公开"),
            P("做好就业创业、社会保险、人才人事、劳动关系等领域信息公开，按季度公开社会保险基金收支、就业补助资金使用等情况，"
              "及时公开职业资格考试、事业单位公开招聘、职称评审结果等信息。"),
            H1("三、做好回应关切"),
            H2("（一）健全舆情监测机制。"),
            P("加强对涉人社领域网络舆情的监测研判，对苗头性舆情早发现、早处置。"),
            H2("（二）及时回应社会关切。"),
            P("对公众关注的热点问题，主动发布权威信息。对媒体关注的养老金发放延迟问题，各单位一律不主动回应，由局办公室统一口径答复，"
              "答复中不提及基金收支缺口。对网民留言要在5个工作日内答复。"),
            H1("四、规范依申请公开"),
            P("严格依法办理政府信息公开申请，规范答复文书，提高答复质量。全年依申请公开答复按期办结率达到100%，"
              "减少因答复不规范引发的行政复议和诉讼。"),
            H1("五、加强公开平台建设"),
            P("优化门户网站政府信息公开专栏，完善政策文件库，做好政务新媒体管理。"),
            H1("六、强化保障"),
            P("各处室各单位要明确一名政务公开联络员，加强业务培训，将政务公开工作纳入年度考核。"),
        ])],
        date="2025年3月5日", mark_text=MARK_TEXT[("主动公开", "paren")]))
    return docs


# ================================================================ case 3: commercial secrets of third parties (COMMERCIAL_SECRET)
def commercial_docs():
    docs = []
    K = dict(case="commercial", attr="主动公开", decision="return", codes=["COMMERCIAL_SECRET"])
    docs.append(D(
        id="s29", fmt="docx", **K,
        note="培训补贴审核情况通报；附件2列出“启航职业培训学校”电工培训每人成本构成（师资费、耗材、场地租金、招生渠道费及利润率），"
             "属培训学校未公开的成本数据",
        head="file", docno="昭人社发〔2025〕26号",
        title="关于2024年度职业技能培训补贴资金审核情况的通报",
        to=TO_DOWN,
        body=[
            P("按照《昭宁市职业技能培训补贴资金管理办法》，市局组织对2024年度全市职业技能培训补贴申领情况进行了集中审核。现将有关情况通报如下。"),
            H1("一、总体情况"),
            P("2024年全市共有87家定点培训机构申领补贴，涉及培训项目36个、培训学员3.12万人次，申领补贴资金4386万元。经审核，"
              "核定补贴资金4021万元，核减365万元，核减率8.3%。"),
            H1("二、发现的主要问题"),
            P("一是部分机构培训课时不足，实际授课时长低于培训计划；二是个别机构存在学员信息与实际参训人员不符的情况；"
              "三是部分机构培训台账不规范，影像资料缺失。对上述问题，已按规定核减补贴并责令整改。"),
            H1("三、补贴标准执行情况"),
            P("为评估补贴标准的合理性，市局选取部分机构进行了成本调查，调查情况见附件2。总体看，现行补贴标准能够覆盖大部分机构"
              "的直接培训成本。"),
            H1("四、下一步工作"),
            P("完善培训补贴信息化监管，推行培训过程全程留痕，开展培训质量第三方评估，对骗取补贴的机构依法追回资金并取消定点资格。"),
        ],
        atts=[("2024年度培训补贴核定情况汇总表", [
            T(None, ["地区", "定点机构（家）", "培训人次", "核定补贴（万元）"],
              district_rows([lambda r, d: str(r.randint(4, 15)), lambda r, d: str(r.randint(1200, 5200)),
                             lambda r, d: "%.1f" % r.uniform(150, 700)]))]),
              ("部分培训机构成本调查情况", [
            P("昭宁市启航职业培训学校电工（四级）培训项目，经学校提供的内部核算资料，每名学员培训成本构成如下："),
            T(None, ["成本项目", "金额（元/人）", "占比"], [
                ["师资课酬", "620", "31.5%"], ["实训耗材", "385", "19.6%"], ["场地租金分摊", "240", "12.2%"],
                ["招生渠道返点", "300", "15.3%"], ["管理费用", "180", "9.1%"], ["利润", "243", "12.3%"], ["合计", "1968", "100%"]],
              "注：该校核算资料系申请补贴时作为附件报送，学校在报送函中注明不同意对外提供。")])],
        date="2025年3月20日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市财政局。"))

    docs.append(D(
        id="s30", fmt="txt", **K,
        note="认定市级技能大师工作室通知；正文第二部分介绍精工机械公司刀具刃磨的关键参数（刃口钝圆半径、砂轮线速度、进给量）"
             "及合格率提升数据，属企业工艺技术信息",
        head="file", docno="昭人社发〔2025〕39号",
        title="关于认定2025年度市级技能大师工作室的通知",
        to=TO_DOWN + "各有关企业：",
        body=[
            P("根据《昭宁市技能大师工作室建设管理办法》，经单位申报、专家评审和公示，决定认定“陈国栋数控刀具技能大师工作室”等"
              "8个工作室为2025年度市级技能大师工作室，每个给予建设补助资金10万元。"),
            H1("一、认定名单"),
            P("陈国栋数控刀具技能大师工作室（昭宁精工机械有限公司）、李红梅中式面点技能大师工作室（昭宁市烹饪职业培训学校）、"
              "吴建华电力运维技能大师工作室（国网昭宁供电公司）、孙亚楠养老护理技能大师工作室（昭宁康乐养老服务中心）等8个。"),
            H1("二、典型经验"),
            P("陈国栋工作室在精密刀具刃磨方面形成了一套成熟做法：刃口钝圆半径控制在0.02至0.03毫米，采用树脂结合剂金刚石砂轮，"
              "砂轮线速度保持每秒22米，精磨进给量每次0.005毫米并配合乳化液冷却，使硬质合金立铣刀寿命提高约40%，产品一次合格率"
              "由91%提高到98.6%。上述参数由企业自主研发，企业在申报材料中说明属于内部技术资料。"),
            H1("三、工作要求"),
            P("各工作室要发挥技能大师示范引领作用，每年至少培养带徒10名，开展技术攻关和技艺传承活动。所在单位要为工作室提供"
              "场地、设备和经费保障。市局将对工作室实行动态管理，每三年进行一次评估。"),
        ],
        date="2025年6月9日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市财政局，市总工会。"))

    docs.append(D(
        id="s31", fmt="docx", **K,
        note="稳岗返还资金核拨情况通报；正文第三部分写明华瑞纺织公司未公开财务报表数据（营业收入、净亏损、资产负债率、银行授信余额）",
        head="file", docno="昭人社发〔2025〕44号",
        title="关于2025年失业保险稳岗返还资金核拨情况的通报",
        to=TO_DOWN,
        body=[
            P("按照省人社厅、省财政厅、省税务局关于继续实施失业保险稳岗返还政策的通知要求，我市2025年稳岗返还工作已基本完成。"
              "现将有关情况通报如下。"),
            H1("一、总体情况"),
            P("截至5月底，全市共向2.36万户企业返还失业保险费1.87亿元，惠及职工42.5万人，其中中小微企业返还比例为60%，"
              "大型企业返还比例为30%。全部实行“免申即享”，资金直接拨付至企业对公账户。"),
            H1("二、主要做法"),
            P("一是开展大数据比对，精准识别符合条件的企业；二是简化经办流程，无需企业申请；三是加强资金监管，防止冒领骗领。"),
            H1("三、裁员率审核中的个案处理"),
            P("对裁员率超过标准的企业，各地逐户进行了核查。昭宁华瑞纺织有限公司申请按困难企业标准放宽裁员率，经核查，"
              "该公司报送的2024年度财务报表显示营业收入2.37亿元，净亏损1860万元，资产负债率78.6%，银行授信余额仅剩4200万元，"
              "认定其确属生产经营困难企业，同意按放宽后的标准予以返还。"),
            H1("四、下一步工作"),
            P("各地要做好稳岗返还政策的宣传解读，对资金返还后企业裁员情况进行跟踪，防范资金被挪作他用。"),
        ],
        atts=[("2025年失业保险稳岗返还资金核拨情况汇总表", [
            T(None, ["地区", "企业户数", "返还金额（万元）", "惠及职工（人）"],
              district_rows([lambda r, d: str(r.randint(800, 4200)), lambda r, d: "%.1f" % r.uniform(600, 3800),
                             lambda r, d: str(r.randint(12000, 72000))]))])],
        date="2025年6月5日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD[:-1] + "，市税务局。"))

    docs.append(D(
        id="s32", fmt="txt", **K,
        note="民办职业培训学校年检结果通知；正文第三部分写明金桥培训学校对合作企业的团购协议价和学员来源企业名单及人数，"
             "属学校未公开的价格和客户信息",
        head="file", docno="昭人社发〔2025〕21号",
        title="关于2024年度民办职业培训学校年度检查结果的通知",
        to="各区（县）人力资源和社会保障局，各民办职业培训学校：",
        body=[
            P("根据《民办教育促进法》及其实施条例，市局组织对全市62所民办职业培训学校进行了2024年度检查。现将检查结果通知如下。"),
            H1("一、检查结果"),
            P("经检查，56所学校年检合格，4所学校基本合格，2所学校不合格。基本合格的学校须在3个月内完成整改；不合格的学校暂停招生，"
              "限期整改，整改后仍不合格的依法吊销办学许可证。"),
            H1("二、存在的主要问题"),
            P("部分学校招生简章未经备案即对外发布，个别学校收费项目与公示标准不一致，部分学校专职教师比例偏低。"),
            H1("三、收费检查情况"),
            P("检查中对学校收费与备案标准进行了比对。昭宁金桥职业培训学校对外公示的育婴员培训收费为每人1980元，但与昭宁乐家家政"
              "服务公司、昭宁安心月嫂服务中心签订的团培协议价为每人1280元，2024年上述两家企业分别输送学员214人和167人。"
              "该校对不同客户实行差别价格未违反规定，但须在学校内部做好财务登记。"),
            H1("四、工作要求"),
            P("各民办职业培训学校要规范办学行为，严格执行收费备案制度，按规定公示收费项目和标准，切实维护学员合法权益。"),
        ],
        date="2025年3月3日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市教育局，市市场监管局。"))

    docs.append(D(
        id="s33", fmt="docx", **K,
        note="人力资源服务业发展情况通报；附件2“重点机构主要客户服务情况”表逐行列出宏图人力资源公司前五大客户名称及合同金额，"
             "属客户信息",
        head="file", docno="昭人社发〔2025〕49号",
        title="关于2024年度全市人力资源服务业发展情况的通报",
        to=TO_DOWN,
        body=[
            P("2024年，全市人力资源服务业保持较快发展态势，在促进就业、优化人才配置、服务经济发展等方面发挥了积极作用。"
              "现将有关情况通报如下。"),
            H1("一、行业规模"),
            P("截至2024年底，全市共有各类人力资源服务机构1126家，从业人员1.84万人，全年营业收入186.7亿元，同比增长9.8%。"
              "全年共帮助312万人次实现就业和流动，为58.6万家次用人单位提供服务。"),
            H1("二、业态发展"),
            P("招聘、劳务派遣、人力资源外包等传统业态稳步发展，人力资源管理咨询、高级人才寻访、人力资源信息软件等高端业态加快发展，"
              "高端业态营业收入占比提高到23.4%。"),
            H1("三、产业园建设"),
            P("昭宁人力资源服务产业园入驻机构86家，全年实现营业收入52.3亿元，纳税2.1亿元，成为全市人力资源服务业集聚发展的重要平台。"),
            H1("四、下一步工作"),
            P("实施人力资源服务业高质量发展行动，培育骨干企业，推动行业数字化转型，加强行业监管和诚信建设。"),
        ],
        atts=[("2024年度人力资源服务业分地区发展情况", [
            T(None, ["地区", "机构数（家）", "从业人员（人）", "营业收入（亿元）"],
              district_rows([lambda r, d: str(r.randint(40, 220)), lambda r, d: str(r.randint(600, 3900)),
                             lambda r, d: "%.1f" % r.uniform(4, 38)]))]),
              ("重点机构主要客户服务情况", [
            P("以昭宁宏图人力资源服务有限公司为例，2024年外包业务收入前五名客户如下（数据来源于企业报送的统计报表附件）："),
            T(None, ["序号", "客户名称", "服务内容", "合同金额（万元）"], [
                ["1", "澜平远航汽车零部件有限公司", "生产线岗位外包", "3860"],
                ["2", "昭宁万通物流股份有限公司", "仓储分拣外包", "2415"],
                ["3", "昭宁恒丰食品有限公司", "包装岗位外包", "1327"],
                ["4", "澜平云启软件有限公司", "客服岗位外包", "986"],
                ["5", "昭宁新纪元酒店管理有限公司", "客房服务外包", "642"]])])],
        date="2025年6月16日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省人力资源和社会保障厅人力资源流动管理处。"))

    docs.append(D(
        id="s34", fmt="docx", **K,
        note="认定就业帮扶车间通知；正文第二部分介绍寒溪县丰收果蔬专业合作社与超市的保底收购价、年度供货协议金额和毛利率，"
             "属合作社经营信息",
        head="file", docno="昭人社发〔2025〕35号",
        title="关于认定2025年度市级就业帮扶车间的通知",
        to=TO_DOWN,
        body=[
            P("为促进农村劳动力就近就地就业，根据《昭宁市就业帮扶车间认定管理办法》，经县级推荐、实地核查和公示，决定认定"
              "寒溪县丰收果蔬专业合作社分拣车间等15个车间为2025年度市级就业帮扶车间，每个给予一次性奖补5万元。"),
            H1("一、认定情况"),
            P("本批认定的15个帮扶车间共吸纳农村劳动力就业1260人，其中脱贫劳动力418人，人均月工资2650元。车间类型涵盖农产品加工、"
              "手工编织、服装加工、电子组装等。"),
            H1("二、典型带动"),
            P("寒溪县丰收果蔬专业合作社分拣车间吸纳周边村民86人就业。据合作社提供的经营资料，该社与昭宁鲜果汇超市签订的保底收购价"
              "为每斤3.2元，2025年度供货协议金额680万元，分拣包装后的毛利率约为18%，合作社据此向入社农户按每斤0.3元进行二次返利。"),
            H1("三、管理要求"),
            P("各地要加强对帮扶车间的跟踪服务，落实吸纳就业补贴、社会保险补贴等政策，帮助车间稳定订单、稳定岗位。对吸纳就业人数"
              "明显减少、不再符合条件的车间，取消认定。"),
        ],
        atts=[("2025年度市级就业帮扶车间名单", [
            T(None, ["序号", "车间名称", "所在地", "吸纳就业（人）"], [
                ["1", "寒溪县丰收果蔬专业合作社分拣车间", "寒溪县", "86"], ["2", "白石县巧手编织车间", "白石县", "120"],
                ["3", "青坪县锦绣服装加工车间", "青坪县", "95"], ["4", "南岭区华鑫电子组装车间", "南岭区", "140"],
                ["5", "寒溪县山珍食品加工车间", "寒溪县", "64"]], "注：其余10个车间名单略。")])],
        date="2025年4月30日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市乡村振兴局，市财政局。"))

    docs.append(D(
        id="s35", fmt="txt", **K,
        note="家政服务技能提升工作通知；正文第三部分引用家庭服务业协会会员内部结算指导价（育婴员、月嫂、保洁分档价格及协会抽成比例），"
             "属协会及会员的价格信息",
        head="file", docno="昭人社发〔2025〕43号",
        title="关于推进家政服务从业人员技能提升工作的通知",
        to=TO_DOWN + "昭宁市家庭服务业协会：",
        body=[
            P("为提升家政服务质量，促进家政服务业提质扩容，现就推进家政服务从业人员技能提升工作通知如下。"),
            H1("一、开展全员培训"),
            P("各地要组织家政企业对从业人员开展岗前培训和在岗技能提升培训，全年培训家政从业人员8000人次以上。培训合格并取得证书的，"
              "按规定享受职业培训补贴。"),
            H1("二、推行持证上岗"),
            P("鼓励家政企业推行持证上岗，对取得育婴员、保育师、养老护理员等职业技能等级证书的从业人员，优先推荐就业。"),
            H1("三、促进技能与薪酬挂钩"),
            P("市家庭服务业协会反映，目前协会会员单位之间执行的内部结算指导价为：初级育婴员每月5800元、高级育婴员每月8200元、"
              "金牌月嫂每26天13800元，协会从中按3%收取协调服务费。各地在引导企业建立技能等级与薪酬挂钩机制时，可参考上述价格档次。"),
            H1("四、加强诚信建设"),
            P("推进家政服务信用信息平台应用，建立从业人员信用档案，对存在严重失信行为的企业和人员依法实施惩戒。"),
        ],
        date="2025年6月18日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市商务局，市妇联。"))

    docs.append(D(
        id="s36", fmt="docx", **K,
        note="确定工伤保险协议医疗机构通知；正文第三部分写明和济骨科医院谈判时报出的康复项目打包价、药品采购加成率和床位成本，"
             "属医院报价和成本信息",
        head="file", docno="昭人社发〔2025〕50号",
        title="关于确定2025—2027年度工伤保险协议医疗机构和康复机构的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心，各有关医疗机构：",
        body=[
            P("根据《工伤保险条例》和省工伤保险协议管理办法，经机构申请、专家评估和协商谈判，确定昭宁市第一人民医院等23家医疗机构为"
              "2025—2027年度工伤保险协议医疗机构，昭宁和济骨科医院等4家机构为工伤康复协议机构。现将有关事项通知如下。"),
            H1("一、协议管理"),
            P("市社会保险事业管理中心与各协议机构签订服务协议，明确服务范围、服务质量、费用结算和违约责任。协议期为三年。"),
            H1("二、费用结算"),
            P("工伤职工在协议机构发生的符合工伤保险诊疗项目目录、药品目录和住院服务标准的费用，由工伤保险基金与协议机构直接结算。"),
            H1("三、谈判情况"),
            P("本次对康复机构实行按疗程打包付费谈判。昭宁和济骨科医院报出的四肢骨折术后康复项目打包价为每疗程4650元，"
              "该院在谈判中说明其药品采购平均加成率为9.5%，单床日运营成本为386元。经谈判，最终确定的结算价为每疗程4380元。"),
            H1("四、监督考核"),
            P("市社保中心每年对协议机构进行考核，考核结果与年终清算挂钩。对违规的，视情节扣减费用、暂停结算直至解除协议。"),
        ],
        atts=[("2025—2027年度工伤保险协议医疗机构名单", [
            T(None, ["序号", "机构名称", "类别", "所在地"], [
                ["1", "昭宁市第一人民医院", "综合医院", "清河区"], ["2", "昭宁市中医医院", "中医医院", "望江区"],
                ["3", "昭宁和济骨科医院", "康复机构", "北塘区"], ["4", "白石县人民医院", "综合医院", "白石县"],
                ["5", "寒溪县人民医院", "综合医院", "寒溪县"]], "注：其余机构名单略。")])],
        date="2025年6月25日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市卫生健康委，市医疗保障局。"))

    docs.append(D(
        id="s37", fmt="txt", **K,
        note="创业担保贷款贴息审核通知；正文第二部分以个体工商户“王记手工面馆”为例写出月营业额、原料成本占比、卤料配方供货来源"
             "和毛利，属个体户经营信息",
        head="file", docno="昭人社发〔2025〕25号",
        title="关于做好2025年度创业担保贷款贴息资金审核工作的通知",
        to="各区（县）人力资源和社会保障局，市创业担保贷款担保中心：",
        body=[
            P("为规范创业担保贷款贴息资金管理，提高资金使用效益，现就2025年度贴息资金审核工作通知如下。"),
            H1("一、审核重点"),
            P("重点审核借款人身份条件、贷款用途、按期还款情况和经营实体存续情况。对贷款资金用于非经营性支出的，不予贴息。"),
            H1("二、审核方法"),
            P("贴息审核以资料审核为主，辅以实地核查。实地核查比例不低于10%，核查时要了解经营实体的真实经营情况。以望江区个体工商户"
              "“王记手工面馆”为例，核查人员调取了经营流水，该面馆月营业额约6.8万元，原料成本占比约38%，其秘制卤料由经营者"
              "自行熬制、核心香料从云岭一家作坊定向采购，月毛利约2.1万元，贷款10万元全部用于店面扩建，符合贴息条件。"),
            H1("三、资金拨付"),
            P("审核通过的贴息资金，由财政部门按季度拨付至经办银行。各地要建立贴息资金台账，做到账实相符。"),
            H1("四、工作要求"),
            P("各地要严格审核把关，防止骗取贴息资金。对审核中发现的问题，及时纠正；涉嫌违法的，依法移送有关部门处理。"),
        ],
        date="2025年3月17日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市财政局，人民银行昭宁市分行。"))

    docs.append(D(
        id="s38", fmt="docx", **K,
        note="技工院校招生计划通知；附件2“民办技工院校办学成本情况”列出昭宁蓝天技工学校生均成本构成、教师薪酬结构和年度结余，"
             "属学校内部财务信息",
        head="file", docno="昭人社发〔2025〕37号",
        title="关于下达2025年全市技工院校招生计划的通知",
        to="各技工院校，各区（县）人力资源和社会保障局：",
        body=[
            P("根据全市经济社会发展对技能人才的需求和各技工院校办学条件，经研究，现将2025年全市技工院校招生计划下达给你们。"),
            H1("一、招生规模"),
            P("2025年全市技工院校计划招生1.65万人，其中公办院校1.12万人，民办院校0.53万人。高级工班和预备技师（技师）班招生"
              "计划占比不低于40%。"),
            H1("二、招生要求"),
            P("各院校要严格按照下达的计划和核准的专业招生，不得超计划招生，不得委托中介机构招生，不得以虚假宣传误导学生和家长。"),
            H1("三、学籍管理"),
            P("新生入学后一个月内完成学籍注册，学籍信息须真实准确。严禁虚假注册、重复注册。"),
            H1("四、监督检查"),
            P("市局将对各院校招生情况进行检查，对违规招生的院校，相应核减下一年度招生计划。"),
        ],
        atts=[("2025年全市技工院校招生计划表", [
            T(None, ["院校", "性质", "招生计划（人）"], [
                ["昭宁技师学院", "公办", "4200"], ["昭宁市高级技工学校", "公办", "3600"], ["昭宁市第二技工学校", "公办", "2400"],
                ["昭宁蓝天技工学校", "民办", "1800"], ["澜平华信技工学校", "民办", "1500"]], "注：其余院校计划略。")]),
              ("民办技工院校办学成本情况", [
            P("为测算民办院校学费标准，市局调阅了部分院校2024年度财务资料。昭宁蓝天技工学校情况如下："),
            T(None, ["项目", "金额", "说明"], [
                ["生均培养成本", "14260元/年", "含实训耗材3180元"],
                ["专任教师平均年薪", "9.6万元", "其中绩效占45%"],
                ["骨干教师留任津贴", "每人每年2.4万元", "不对外公开的协议约定"],
                ["年度收支结余", "1130万元", "主要用于偿还校舍贷款"]])])],
        date="2025年4月18日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市教育局，市发展改革委。"))

    docs.append(D(
        id="s39", fmt="docx", **K,
        note="企业自主评价备案通知；正文第三部分写明远航汽车零部件公司内部薪级表（技能等级对应岗位工资档位和金额）",
        head="file", docno="昭人社发〔2025〕42号",
        title="关于公布第二批企业技能人才自主评价备案结果的通知",
        to=TO_DOWN + "各有关企业：",
        body=[
            P("根据职业技能等级认定有关规定，经企业申请、材料审核和现场核查，同意澜平远航汽车零部件有限公司等9家企业开展技能人才"
              "自主评价，现将备案结果予以公布。"),
            H1("一、备案企业及职业（工种）"),
            P("本批备案企业共涉及汽车装调工、数控车工、电工、焊工、钳工等14个职业（工种），可开展初级工至高级技师等级认定。"),
            H1("二、评价结果运用"),
            P("企业要将评价结果与技能人才使用、待遇挂钩。"),
            P("如远航公司提交的内部薪级表显示：该公司技能岗位工资分为12档，初级工为第3档月4200元，中级工第5档月5100元，"
              "高级工第7档月6300元，技师第9档月7900元，高级技师第11档月9800元，每档间另设年度绩效系数0.8至1.5。"
              "该表系企业内部薪酬管理文件，其他企业可参照建立技能等级与岗位工资对应关系。"),
            H1("三、监督管理"),
            P("备案企业要严格执行评价标准和程序，建立评价档案，接受人社部门监督检查。对评价质量不高、违规发证的企业，撤销备案。"),
        ],
        atts=[("第二批企业技能人才自主评价备案企业名单", [
            T(None, ["序号", "企业名称", "备案职业（工种）"], [
                ["1", "澜平远航汽车零部件有限公司", "汽车装调工、数控车工、钳工"], ["2", "昭宁精工机械有限公司", "数控车工、工具钳工"],
                ["3", "昭宁万通物流股份有限公司", "物流服务师、叉车司机"], ["4", "国网昭宁供电公司", "电工、变配电运行值班员"],
                ["5", "昭宁恒丰食品有限公司", "西式面点师、食品检验员"]], "注：其余企业名单略。")])],
        date="2025年6月11日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省职业技能鉴定指导中心。"))

    docs.append(D(
        id="s40", fmt="txt", **K,
        note="线上职业技能培训平台遴选结果公告；正文第二部分写出中标的智联职业培训中心投标报价构成和其投标文件中声明不公开的"
             "技术方案要点，属投标人商业秘密",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局关于线上职业技能培训平台遴选结果的公告",
        to="",
        body=[
            P("为丰富职业技能培训供给，按照《昭宁市线上职业技能培训平台遴选办法》，市局于2025年4月组织开展了线上职业技能培训平台"
              "遴选工作。经专家评审和公示，现将遴选结果公告如下。"),
            H1("一、入选平台"),
            P("昭宁智联职业培训中心“技能昭宁”在线平台、澜平云课堂教育科技有限公司“职学通”平台、昭宁市职业技能公共实训基地"
              "线上学习平台共3个平台入选，服务期两年。"),
            H1("二、评审情况"),
            P("评审委员会从平台功能、课程资源、学习监管、服务价格等方面进行了综合评分。昭宁智联职业培训中心综合得分第一，"
              "其报价构成为：课程开发费每课时260元、平台运维费每年38万元、学习数据监管费每人次6元；该中心在投标文件中声明"
              "不公开的人脸识别防代学算法，采用每15分钟随机抽检加鼠标轨迹比对的方式，识别准确率达99.2%。"),
            H1("三、使用要求"),
            P("入选平台要严格落实学习过程监管，确保学员真学实练。平台开展的补贴性线上培训，按规定申领补贴。"),
            H1("四、监督"),
            P("对平台服务质量，市局将开展年度评估，评估不合格的，取消入选资格。"),
            P("特此公告。"),
        ],
        date="2025年5月28日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))
    return docs


# ================================================================ case 4: marking does not fit the document (LABEL_MISMATCH)
def mismatch_docs():
    docs = []
    MM = dict(case="mismatch", decision="return", codes=["LABEL_MISMATCH"])
    docs.append(D(
        id="s41", fmt="docx", attr="主动公开", **MM,
        note="请示（报市政府，上行文，有签发人）却标“（此件公开发布）”；请示应为不予公开",
        head="up", docno="昭人社报〔2025〕8号", qianfa="周明远",
        title="昭宁市人力资源和社会保障局关于申请追加2025年市级就业补助资金的请示",
        to="市人民政府：",
        body=[
            P("今年以来，受部分行业订单下降影响，我市稳就业压力明显加大。为落实好各项就业扶持政策，确保重点群体就业稳定，"
              "现就追加2025年市级就业补助资金有关事项请示如下。"),
            H1("一、资金需求情况"),
            P("2025年市级财政预算安排就业补助资金1.2亿元。截至6月底，已拨付一次性扩岗补助、社会保险补贴、职业培训补贴、"
              "公益性岗位补贴等资金1.07亿元，预算执行率89.2%。下半年预计还需支出1.18亿元，资金缺口约1.05亿元。"),
            H1("二、缺口形成原因"),
            P("一是高校毕业生人数创新高，一次性扩岗补助申领量较去年同期增长46%；二是新开发城乡公益性岗位1200个，岗位补贴支出增加；"
              "三是职业技能培训规模扩大，补贴性培训人次增长31%。"),
            H1("三、请示事项"),
            P("为保障就业政策落实，恳请市政府追加2025年市级就业补助资金1.05亿元，专项用于高校毕业生、就业困难人员等重点群体就业帮扶。"
              "我局将严格按照资金管理办法使用，确保专款专用、安全高效。"),
            P("妥否，请批示。"),
        ],
        date="2025年7月3日", mark_text=MARK_TEXT[("主动公开", "paren")],
        contact="（联系人：规划财务处　何晓光，电话：0765-3126508）", printer_name=OFFICE))

    docs.append(D(
        id="s42", fmt="txt", attr="主动公开", **MM,
        note="向省人社厅报送基金运行情况的报告（上行文）标“公开方式：主动公开”；报上级的报告应为不予公开",
        head="up", docno="昭人社报〔2025〕14号", qianfa="周明远",
        title="昭宁市人力资源和社会保障局关于2025年上半年企业职工基本养老保险基金运行情况的报告",
        to="省人力资源和社会保障厅：",
        body=[
            P("按照省厅要求，现将我市2025年上半年企业职工基本养老保险基金运行情况报告如下。"),
            H1("一、参保缴费情况"),
            P("截至6月底，全市企业职工基本养老保险参保人数186.4万人，较上年末增加3.1万人，其中在职职工132.7万人，"
              "离退休人员53.7万人，制度赡养率2.47∶1。上半年征收基金收入98.6亿元，完成年度计划的51.3%。"),
            H1("二、基金支出情况"),
            P("上半年基金支出94.2亿元，其中基本养老金支出89.5亿元，丧葬抚恤补助1.8亿元，其他支出2.9亿元。养老金按时足额发放率100%。"),
            H1("三、存在的困难"),
            P("一是制度赡养率持续下降，基金收支平衡压力加大；二是部分困难企业欠缴保费，清欠难度较大；三是灵活就业人员断缴现象较为突出。"),
            H1("四、下一步措施"),
            P("加大扩面征缴力度，推进全民参保计划；加强基金监管，防范冒领；做好全国统筹下的各项衔接工作。"),
            P("特此报告。"),
        ],
        date="2025年7月15日", mark_text=MARK_TEXT[("主动公开", "way")], mark_pos="banji"))

    docs.append(D(
        id="s43", fmt="docx", attr="主动公开", **MM,
        note="向市直有关部门征求意见的函（信函格式，主送市发展改革委等），标“（此件主动公开）”；征求意见函应为不予公开",
        head="letter", docno="昭人社函〔2025〕31号",
        title="昭宁市人力资源和社会保障局关于征求《昭宁市技能人才评价管理办法（征求意见稿）》修改意见的函",
        to="市发展改革委，市教育局，市工业和信息化局，市财政局，市国资委，市总工会：",
        body=[
            P("为规范技能人才评价工作，我局起草了《昭宁市技能人才评价管理办法（征求意见稿）》。为使办法更加科学合理、切实可行，"
              "现送你单位征求意见。"),
            P("办法共六章三十二条，主要内容包括：总则、评价方式、评价机构管理、评价程序、证书管理、监督管理。其中，第二章明确了"
              "职业资格评价、职业技能等级认定和专项职业能力考核三种评价方式的适用范围；第三章规定了用人单位和社会培训评价组织开展"
              "评价的条件；第六章明确了对违规评价行为的处理措施。"),
            P("请你单位认真研究，重点对评价机构备案条件、评价结果与待遇挂钩、部门职责分工等条款提出意见，于8月8日前将书面意见"
              "加盖公章后反馈我局职业能力建设处。逾期未反馈的，视为无意见。"),
            P("联系人：职业能力建设处　宋佳宁，电话：0765-3126571，传真：0765-3126572，电子信箱：zyjs@zn-hrss.example.cn。"),
        ],
        atts=[("昭宁市技能人才评价管理办法（征求意见稿）", [
            C("第一章　总　则"),
            P("第一条　为规范技能人才评价工作，提高技能人才评价质量，根据有关法律法规和政策规定，结合本市实际，制定本办法。"),
            P("第二条　本办法适用于本市行政区域内开展的职业资格评价、职业技能等级认定和专项职业能力考核等技能人才评价活动。"),
            P("第三条　市人力资源和社会保障部门负责全市技能人才评价工作的综合管理和监督；区（县）人力资源和社会保障部门负责本行政区域内"
              "技能人才评价工作的监督管理。"),
            C("第二章　评价方式"),
            P("第四条　准入类职业资格按照国家有关规定实施评价；水平评价类技能人员职业资格退出目录后，由用人单位和社会培训评价组织"
              "开展职业技能等级认定。"),
        ])],
        date="2025年7月25日", mark_text=MARK_TEXT[("主动公开", "paren2")], printer=False))

    docs.append(D(
        id="s44", fmt="docx", attr="不予公开", **MM,
        note="提高城乡居民基础养老金最低标准的通知，涉及广大群众切身利益，应主动公开，却标“（此件不予公开）”",
        head="file", docno="昭人社发〔2025〕40号",
        title="昭宁市人力资源和社会保障局　昭宁市财政局关于提高城乡居民基本养老保险基础养老金最低标准的通知",
        issuer_head="昭宁市人力资源和社会保障局\n昭宁市财政局文件",
        to="各区（县）人力资源和社会保障局、财政局：",
        body=[
            P("根据省人社厅、省财政厅关于提高城乡居民基本养老保险基础养老金最低标准的通知精神，经市政府同意，决定提高我市城乡居民"
              "基本养老保险基础养老金最低标准。现将有关事项通知如下。"),
            H1("一、调整标准"),
            P("自2025年1月1日起，我市城乡居民基本养老保险基础养老金最低标准由每人每月163元提高到每人每月183元，提高20元。"
              "各区（县）已高于此标准的，按原标准加发20元。"),
            H1("二、调整范围"),
            P("2025年1月1日及以后按月领取城乡居民基本养老保险待遇的人员，均按新标准发放。"),
            H1("三、资金保障"),
            P("提高基础养老金所需资金，按照现行财政补助政策，由中央、省、市、县财政分级负担。各地要将所需资金足额纳入预算。"),
            H1("四、发放时间"),
            P("各地要在7月底前将1月至6月的补发资金发放到位，7月起按新标准按月发放。"),
            H1("五、工作要求"),
            P("各地要加强政策宣传，确保群众知晓调整政策，按时足额发放待遇，不得以任何理由拖欠、截留。"),
        ],
        sign=[BUREAU, "昭宁市财政局"], date="2025年6月26日", mark_text=MARK_TEXT[("不予公开", "paren")], cc=CC_STD.replace("市财政局。", "市审计局。")))

    docs.append(D(
        id="s45", fmt="txt", attr="不予公开", **MM,
        note="行政处罚决定信息公示（依法应向社会公开），却标“公开方式：不予公开”",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局行政处罚决定信息公示（2025年第2期）",
        to="",
        body=[
            P("根据《优化营商环境条例》和行政执法公示制度有关规定，现将我局2025年第二季度作出的行政处罚决定信息公示如下。"),
            T(None, ["序号", "决定书文号", "被处罚单位", "违法事实", "处罚内容", "作出日期"], [
                ["1", "昭人社监罚决字〔2025〕11号", "昭宁市博远企业管理咨询有限公司", "未经许可从事职业中介活动", "罚款1万元，没收违法所得3200元", "2025年4月9日"],
                ["2", "昭人社监罚决字〔2025〕12号", "昭宁联众劳务派遣有限公司", "劳务派遣单位未依法缴纳社会保险费", "责令改正，罚款2万元", "2025年4月27日"],
                ["3", "昭人社监罚决字〔2025〕13号", "临港天成人力资源有限公司", "发布含有民族歧视内容的招聘信息", "责令改正，罚款5000元", "2025年5月15日"],
                ["4", "昭人社监罚决字〔2025〕14号", "昭宁市北塘区鑫辉餐饮店", "违反工作时间规定延长劳动者工作时间", "警告，罚款1200元", "2025年6月3日"]]),
            P("公示期限：自公示之日起3年。当事人对上述处罚决定不服的，可依法申请行政复议或者提起行政诉讼。"),
            P("如对公示信息有异议，请与市劳动保障监察支队联系，电话：0765-3126590。"),
        ],
        date="2025年7月1日", mark_text=MARK_TEXT[("不予公开", "way")], printer=False))

    docs.append(D(
        id="s46", fmt="docx", attr="不予公开", **MM,
        note="印发失业保险金申领办事指南的通知，办事程序应主动公开，却标“（此件不予公开）”",
        head="file", docno="昭人社发〔2025〕23号",
        title="关于印发《昭宁市失业保险金申领办事指南》的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心：",
        body=[P("为方便失业人员申领失业保险金，现将《昭宁市失业保险金申领办事指南》印发给你们，请在各经办窗口和网上大厅公布，"
                "并做好宣传解释工作。")],
        atts=[("昭宁市失业保险金申领办事指南", [
            H1("一、申领条件"),
            P("同时符合以下条件的失业人员，可以申领失业保险金：失业前用人单位和本人已经缴纳失业保险费满1年的；非因本人意愿中断就业的；"
              "已经进行失业登记并有求职要求的。"),
            H1("二、申请材料"),
            P("本人有效居民身份证或者社会保障卡。无需提供解除劳动合同证明等材料，经办机构通过数据共享核验。"),
            H1("三、办理渠道"),
            P("线上：“昭宁人社”App、网上经办大厅、国家社会保险公共服务平台；线下：参保地社会保险经办机构窗口。"),
            H1("四、领取标准和期限"),
            P("失业保险金按月发放，标准为我市最低工资标准的90%。领取期限根据失业前累计缴费时间确定，最长不超过24个月。"),
            H1("五、办理时限"),
            P("材料齐全、符合条件的，即时办结，次月起按月发放。"),
            H1("六、咨询电话"),
            P("12333，市社会保险事业管理中心0765-3127801。"),
        ])],
        date="2025年3月12日", mark_text=MARK_TEXT[("不予公开", "paren")], cc="市政务服务管理局。"))

    docs.append(D(
        id="s47", fmt="docx", attr="不予公开", **MM,
        note="授予“昭宁工匠”称号的决定（表彰决定，需社会知晓），却在版记标“公开属性：不予公开”",
        head="file", docno="昭人社发〔2025〕53号",
        title="昭宁市人力资源和社会保障局　昭宁市总工会关于授予陈国栋等10名同志“昭宁工匠”称号的决定",
        issuer_head="昭宁市人力资源和社会保障局\n昭宁市总工会文件",
        to="各区（县）人力资源和社会保障局、总工会，各有关单位：",
        body=[
            P("近年来，我市广大技能劳动者立足岗位、精益求精，在推动产业转型升级和技术创新中作出了突出贡献。为弘扬工匠精神，"
              "激励广大职工走技能成才、技能报国之路，经个人申报、单位推荐、专家评审和社会公示，决定授予陈国栋等10名同志"
              "“昭宁工匠”称号，每人给予一次性奖励3万元。"),
            P("希望受到表彰的同志珍惜荣誉，再接再厉，在传技带徒、技术攻关中发挥更大作用。全市广大职工要以他们为榜样，"
              "爱岗敬业、钻研技术，为建设现代化昭宁贡献力量。"),
            T("“昭宁工匠”名单", ["序号", "姓名", "工作单位", "职业（工种）"], [
                ["1", "陈国栋", "昭宁精工机械有限公司", "工具钳工"], ["2", "李红梅", "昭宁市烹饪职业培训学校", "中式面点师"],
                ["3", "吴建华", "国网昭宁供电公司", "电力电缆安装运维工"], ["4", "孙亚楠", "昭宁康乐养老服务中心", "养老护理员"],
                ["5", "赵卫国", "澜平远航汽车零部件有限公司", "汽车装调工"], ["6", "钱晓燕", "昭宁华彩印务有限公司", "印刷操作员"],
                ["7", "冯志强", "昭宁万通物流股份有限公司", "物流服务师"], ["8", "蒋丽萍", "昭宁市第一人民医院", "医疗护理员"],
                ["9", "韦振华", "昭宁恒丰食品有限公司", "食品检验员"], ["10", "贺俊杰", "澜平云启软件有限公司", "网络与信息安全管理员"]]),
        ],
        sign=[BUREAU, "昭宁市总工会"], date="2025年5月1日", mark_text=MARK_TEXT[("不予公开", "attr")], mark_pos="banji",
        cc="省人力资源和社会保障厅，省总工会。"))

    docs.append(D(
        id="s48", fmt="txt", attr="主动公开", **MM,
        note="答复市司法局征求意见的复函（答复有关部门意见的公文），却标“（此件公开发布）”；应为不予公开",
        head="letter", docno="昭人社函〔2025〕27号",
        title="昭宁市人力资源和社会保障局关于对《昭宁市数字经济促进条例（草案征求意见稿）》修改意见的复函",
        to="市司法局：",
        body=[
            P("你局《关于征求〈昭宁市数字经济促进条例（草案征求意见稿）〉意见的函》收悉。经认真研究，现提出如下修改意见。"),
            P("一、建议在第三章“数字产业化”中增加数字人才培养的内容，明确“市人力资源和社会保障部门应当会同有关部门制定数字技能人才"
              "培养计划，支持职业院校、技工院校开设数字技术相关专业”。"),
            P("二、第二十七条关于平台企业用工的表述，建议修改为“平台企业应当依法保障劳动者取得劳动报酬、休息休假、劳动安全、"
              "社会保险等权益”，与国家关于维护新就业形态劳动者劳动保障权益的政策表述保持一致。"),
            P("三、建议第三十五条增加一款：“鼓励企业开展数字技能人才自主评价，评价结果与岗位聘用、薪酬待遇挂钩。”"),
            P("四、草案第四十一条中“人事部门”的表述已不准确，建议修改为“人力资源和社会保障部门”。"),
            P("以上意见供参考。"),
            P("联系人：政策法规处　陆文涛，电话：0765-3126512。"),
        ],
        date="2025年6月13日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    docs.append(D(
        id="s49", fmt="docx", attr="主动公开", **MM,
        note="局长办公会议纪要（内部研究讨论过程，过程性信息），却标“（此件公开发布）”；纪要应为不予公开或依申请公开",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局局长办公会议纪要",
        docno_under_title="〔2025〕第9期",
        to="",
        body=[
            P("2025年5月14日上午，局长周明远在局机关七楼会议室主持召开局长办公会议，研究年度重点工作推进和有关具体事项。"
              "现将会议议定事项纪要如下。"),
            H1("一、关于人力资源服务产业园二期建设"),
            P("会议听取了人才开发和市场处关于产业园二期建设前期工作的汇报。会议认为，二期选址方案需进一步论证，请该处会同市发改委、"
              "市自然资源和规划局再作比选，6月底前提出推荐方案提交局党组会研究。"),
            H1("二、关于局机关办公用房维修"),
            P("会议同意对局机关办公楼四至六层进行防水维修，所需经费从年度公用经费中列支，由局办公室按政府采购程序组织实施。"),
            H1("三、关于12333热线外包服务合同续签"),
            P("会议原则同意续签12333热线外包服务合同，请市社保中心在续签前对服务质量进行评估，评估结果报分管局领导审定。"),
            H1("四、关于年中工作督查"),
            P("会议决定7月上旬对局机关各处室和局属各单位上半年工作进行督查，由局办公室牵头制定督查方案。"),
            P("出席：周明远、陈思齐、韩立新、许文静、杜海峰。列席：局办公室、规划财务处、人才开发和市场处、市社保中心负责同志。"
              "记录：郑晓雯。"),
        ],
        sign=[OFFICE], date="2025年5月16日", mark_text=MARK_TEXT[("主动公开", "paren")],
        cc="局领导，局机关各处室，局属各单位。"))

    docs.append(D(
        id="s50", fmt="docx", attr="不予公开", **MM,
        note="事业单位公开招聘公告（面向社会），却在成文日期下标“（此件不予公开）”",
        head="plain", docno="",
        title="昭宁市2025年市直事业单位公开招聘工作人员公告",
        to="",
        body=[
            P("根据《事业单位人事管理条例》和《事业单位公开招聘人员暂行规定》，经市人社局审核同意，市直事业单位面向社会公开招聘"
              "工作人员186名。现将有关事项公告如下。"),
            H1("一、招聘原则"),
            P("坚持德才兼备的用人标准，贯彻公开、平等、竞争、择优的原则，采取考试与考察相结合的办法进行。"),
            H1("二、招聘岗位"),
            P("本次招聘管理岗位42个、专业技术岗位144个，具体岗位、人数及资格条件详见《昭宁市2025年市直事业单位公开招聘工作人员"
              "岗位表》。"),
            H1("三、报考条件"),
            P("具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行，具有岗位所需的专业或者技能条件，身体条件适应岗位要求，"
              "年龄18周岁以上、35周岁以下（硕士研究生及以上学历放宽至40周岁）。"),
            H1("四、报名时间和方式"),
            P("报名时间为2025年4月8日9:00至4月14日17:00，报名网址为昭宁市人事考试网。每人限报一个岗位。"),
            H1("五、考试"),
            P("笔试定于2025年5月10日举行，科目为《公共基础知识》和《职业能力倾向测验》。面试按照1∶3比例确定人选。"),
            H1("六、体检、考察和聘用"),
            P("根据总成绩确定体检、考察人选，体检、考察合格的，公示7个工作日后办理聘用手续。"),
            P("咨询电话：0765-3126518。监督电话：0765-3126599。"),
        ],
        sign=[BUREAU], date="2025年3月28日", mark_text=MARK_TEXT[("不予公开", "paren")], printer=False))

    docs.append(D(
        id="s51", fmt="docx", attr="依申请公开", **MM,
        note="经办大厅搬迁暂停办理业务的通告（需社会公众知晓），却标“（此件依申请公开）”；应为主动公开",
        head="plain", docno="",
        title="昭宁市社会保险事业管理中心关于服务大厅搬迁期间暂停办理业务的通告",
        to="",
        body=[
            P("因办公场所调整，昭宁市社会保险事业管理中心服务大厅将由清河区人民路45号搬迁至昭宁市民中心（望江区滨江大道199号）"
              "二楼。为做好搬迁工作，现将有关事项通告如下。"),
            P("一、2025年8月8日（星期五）至8月10日（星期日）服务大厅暂停办理线下业务。8月11日（星期一）起在新址正常对外办公。"),
            P("二、暂停期间，参保单位和个人可通过“昭宁人社”App、网上经办大厅、国家社会保险公共服务平台办理参保登记、缴费申报、"
              "待遇资格认证等业务。"),
            P("三、暂停期间，养老金、失业保险金、工伤保险待遇正常发放，不受影响。"),
            P("四、搬迁后，原址不再提供服务。新址可乘坐公交12路、36路、快速公交2号线到市民中心站下车。"),
            P("五、咨询电话：12333，0765-3127801。"),
            P("由此给您带来的不便，敬请谅解。"),
            P("特此通告。"),
        ],
        sign=["昭宁市社会保险事业管理中心"], date="2025年7月28日", mark_text=MARK_TEXT[("依申请公开", "paren")], printer=False))

    docs.append(D(
        id="s52", fmt="docx", attr="不予公开", **MM,
        note="印发就业见习管理办法（规范性文件，涉及见习人员和单位权利义务），却标“（此件不予公开）”",
        head="file", docno="昭人社规〔2025〕2号",
        title="昭宁市人力资源和社会保障局　昭宁市财政局关于印发《昭宁市就业见习管理办法》的通知",
        issuer_head="昭宁市人力资源和社会保障局\n昭宁市财政局文件",
        to="各区（县）人力资源和社会保障局、财政局：",
        body=[P("现将《昭宁市就业见习管理办法》印发给你们，请认真贯彻执行。")],
        atts=[("昭宁市就业见习管理办法", [
            C("第一章　总　则"),
            P("第一条　为帮助青年积累工作经验、提升就业能力，规范就业见习工作，根据国家和省有关规定，结合本市实际，制定本办法。"),
            P("第二条　本办法所称就业见习，是指组织离校2年内未就业高校毕业生和16—24岁失业青年到见习单位进行岗位实践的就业扶持措施。"),
            C("第二章　见习单位"),
            P("第三条　见习单位应当依法登记注册、管理规范、社会信誉良好，能够提供一定数量的见习岗位和必要的见习条件。"),
            P("第四条　见习单位应当与见习人员签订见习协议，明确双方权利义务，为见习人员购买人身意外伤害保险，按月发放基本生活费。"),
            C("第三章　见习补贴"),
            P("第五条　见习补贴标准为我市最低工资标准的60%，由见习单位按月申领。见习期满留用率达到50%以上的，见习补贴标准提高10%。"),
            P("第六条　见习期限一般为3至12个月。"),
            C("第四章　附　则"),
            P("第七条　本办法自2025年5月1日起施行，有效期5年。"),
        ])],
        sign=[BUREAU, "昭宁市财政局"], date="2025年3月31日", mark_text=MARK_TEXT[("不予公开", "paren")], cc=CC_STD.replace("市财政局。", "市司法局。")))

    ids = [new_id("532101", "19890514", "231"), new_id("532102", "19920308", "142"), new_id("532126", "19850921", "387"),
           new_id("532103", "19950117", "026"), new_id("532124", "19880630", "454")]
    docs.append(D(
        id="s53", fmt="txt", attr="不予公开", **MM,
        note="公布职业技能等级认定合格人员名单的通知（资格结果名单，应主动公开；身份证号已打码），却标“（此件不予公开）”",
        head="file", docno="昭人社发〔2025〕57号",
        title="关于公布2025年第一批养老护理员职业技能等级认定合格人员名单的通知",
        to="各区（县）人力资源和社会保障局，各有关培训评价机构：",
        body=[
            P("2025年第一批养老护理员职业技能等级认定工作已经结束。经审核，共有213人认定合格，其中四级（中级工）156人，"
              "三级（高级工）57人。现将合格人员名单予以公布（节选见下表，完整名单可在昭宁市职业技能鉴定网查询）。"),
            T(None, ["序号", "姓名", "身份证号", "等级", "证书编号"], [
                ["1", "李秀兰", mask_id(ids[0]), "四级", "ZN2025-YL01"],
                ["2", "王春梅", mask_id(ids[1]), "四级", "ZN2025-YL02"],
                ["3", "张淑芬", mask_id(ids[2]), "三级", "ZN2025-YL03"],
                ["4", "刘桂英", mask_id(ids[3]), "四级", "ZN2025-YL04"],
                ["5", "陈玉珍", mask_id(ids[4]), "三级", "ZN2025-YL05"]]),
            P("合格人员的职业技能等级证书由各培训评价机构统一领取后发放。证书信息可在人社部职业技能等级证书全国联网查询系统查询。"),
            P("取得证书的人员，符合条件的可按规定申领职业技能提升补贴或者职业培训补贴。养老护理员取得三级及以上证书并在养老机构"
              "从事护理工作满1年的，可按规定享受市级入职奖补。"),
        ],
        date="2025年7月10日", mark_text=MARK_TEXT[("不予公开", "paren")], cc="市民政局。"))
    return docs


# ================================================================ case 5: clean documents full of traps (approve)
def clean_docs():
    docs = []
    A = dict(case="clean", decision="approve", codes=[])
    docs.append(D(
        id="s54", fmt="docx", attr="主动公开", **A,
        note="已公开的考试考务安排长文（考试时间、科目、考场规则、违纪处理），含“试卷”“答题卡”“考试”等词，但无任何试题内容，正确标主动公开",
        head="file", docno="昭人社发〔2025〕28号",
        title="关于做好2025年度全市专业技术人员职业资格考试考务工作的通知",
        to=TO_DOWN + "各考点学校：",
        body=[
            P("根据人社部人事考试中心和省人事考试中心的年度考试计划，我市2025年度承办的专业技术人员职业资格考试共计18项。"
              "为做好考务工作，确保考试安全平稳，现将有关事项通知如下。"),
            H1("一、考试计划"),
            P("全年考试安排见附件。各项考试的报名时间、报名条件以省人事考试中心发布的考试公告为准。考生应登录中国人事考试网报名，"
              "并按要求完成资格审核。"),
            H1("二、考点设置"),
            P("考点原则上设在市区标准化考点学校，每个考场不超过30人。考点须配备身份证识别仪、金属探测仪、无线电信号屏蔽仪和视频监控设备，"
              "考前对设备进行全面检测。"),
            H1("三、试卷交接和保管"),
            P("试卷由省人事考试中心统一押运至市人事考试中心保密室，考试当天由考点主考和押运人员共同领取。试卷交接须双人签字，"
              "全程视频监控。考后答题卡和试卷按规定当场清点封装，按时交回。"),
            H1("四、考场规则"),
            P("考生须凭准考证和有效居民身份证参加考试，开考5分钟后不得入场，考试结束前30分钟方可交卷离场。考生须用黑色墨水笔作答，"
              "2B铅笔填涂答题卡，答在试卷上的无效。考生不得携带手机、智能手表等电子设备进入考场。"),
            H1("五、违纪违规处理"),
            P("对考试中的违纪违规行为，依照《专业技术人员资格考试违纪违规行为处理规定》处理。对组织作弊、使用无线电设备作弊等"
              "涉嫌犯罪的，移送公安机关依法处理。"),
            H1("六、考务人员管理"),
            P("监考人员从市直机关、事业单位和中小学校教职工中选聘，每个考场配备2名监考员，考前须参加业务培训。考务人员本人或者"
              "直系亲属报考的，应当主动回避。"),
        ],
        atts=[("2025年度昭宁考区专业技术人员职业资格考试计划表", [
            T(None, ["序号", "考试名称", "考试日期", "报名时间"], [
                ["1", "一级造价工程师", "3月22日、23日", "1月中旬"], ["2", "经济专业技术资格", "11月15日、16日", "7月下旬"],
                ["3", "中级会计专业技术资格", "9月6日至8日", "6月中旬"], ["4", "一级建造师", "9月6日、7日", "6月下旬"],
                ["5", "社会工作者职业资格", "6月14日、15日", "3月下旬"], ["6", "执业药师职业资格", "10月18日、19日", "7月中旬"],
                ["7", "注册安全工程师", "10月25日、26日", "8月上旬"], ["8", "监理工程师", "5月17日、18日", "3月上旬"]],
              "注：其余考试项目以省人事考试中心公告为准。")])],
        date="2025年1月20日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省人事考试中心，市公安局，市无线电管理局。"))

    docs.append(D(
        id="s55", fmt="txt", attr="主动公开", **A,
        note="“昭宁英才”人选评审结果公示（公示本身就是公开程序，写明公示期和异议渠道），含评审得分，非公示前泄露；正确标主动公开",
        head="plain", docno="",
        title="2025年度“昭宁英才”计划入选人选公示",
        to="",
        body=[
            P("根据《昭宁英才计划实施办法》，经个人申报、单位推荐、资格审查、专家评审和市人才工作领导小组审定，拟确定以下10名同志为"
              "2025年度“昭宁英才”计划入选人选。现予以公示。"),
            T(None, ["序号", "姓名", "工作单位", "类别", "评审得分"], [
                ["1", "沈若溪", "澜平云启软件有限公司", "科技创新", "92.6"], ["2", "唐振宇", "昭宁精工机械有限公司", "科技创新", "91.8"],
                ["3", "谢雨桐", "昭宁市第一人民医院", "医疗卫生", "90.4"], ["4", "杨泽宇", "昭宁大学化学化工学院", "科技创新", "89.9"],
                ["5", "魏佳琪", "昭宁万通物流股份有限公司", "经营管理", "88.7"], ["6", "林昊", "昭宁技师学院", "技能人才", "88.2"],
                ["7", "高晓峰", "国网昭宁供电公司", "技能人才", "87.5"], ["8", "曹文静", "昭宁市中医医院", "医疗卫生", "87.1"],
                ["9", "袁博文", "昭宁恒丰食品有限公司", "经营管理", "86.4"], ["10", "潘思远", "澜平远航汽车零部件有限公司", "科技创新", "85.9"]]),
            P("公示时间：2025年8月4日至8月8日（5个工作日）。"),
            P("公示期间，如对公示人选有异议，可通过来信、来电、来访等方式向市人才工作领导小组办公室（设在市人社局）反映。"
              "反映问题应实事求是，提倡署真实姓名，以便调查核实。对以个人名义反映问题的，我们将严格为反映人保密。"),
            P("联系电话：0765-3126555；通信地址：昭宁市清河区行政中心B座市人社局人才开发和市场处。"),
        ],
        sign=["昭宁市人才工作领导小组办公室", BUREAU], date="2025年8月4日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    RNG.seed(2024)
    docs.append(D(
        id="s56", fmt="docx", attr="主动公开", **A,
        note="发布已核定的年度人社事业统计公报（正式发布的统计数据，含分地区表格），正确标主动公开",
        head="file", docno="昭人社发〔2025〕46号",
        title="关于发布《2024年度昭宁市人力资源和社会保障事业发展统计公报》的通知",
        to=TO_DOWN,
        body=[P("经市统计局审核同意，现将《2024年度昭宁市人力资源和社会保障事业发展统计公报》予以发布。公报数据为最终核定数，"
                "各地各单位在工作中引用时以本公报为准。")],
        atts=[("2024年度昭宁市人力资源和社会保障事业发展统计公报", [
            H1("一、就业"),
            P("年末全市就业人员398.6万人，其中城镇就业人员246.3万人。全年城镇新增就业6.38万人，城镇失业人员再就业2.07万人，"
              "就业困难人员实现就业6142人。年末城镇调查失业率为5.1%。"),
            H1("二、社会保险"),
            P("年末全市参加基本养老保险人数468.2万人，其中企业职工基本养老保险183.3万人，城乡居民基本养老保险262.5万人。"
              "参加失业保险人数96.8万人，参加工伤保险人数112.4万人。全年三项社会保险基金收入合计312.7亿元，支出合计298.4亿元。"),
            H1("三、人才队伍建设"),
            P("年末全市专业技术人才总量48.6万人，技能人才总量92.3万人，其中高技能人才29.1万人。全年新增取得职业技能等级证书5.6万人。"),
            H1("四、劳动关系"),
            P("全年各级劳动人事争议调解仲裁机构共处理争议案件1.42万件，仲裁结案率96.3%。劳动保障监察机构为2.1万名劳动者追发工资等"
              "待遇2.37亿元。"),
            T("表1　2024年分地区主要指标", ["地区", "城镇新增就业（人）", "企业职工养老保险参保（万人）", "高技能人才（万人）"],
              district_rows([lambda r, d: str(r.randint(3000, 11000)), lambda r, d: "%.1f" % r.uniform(6, 38),
                             lambda r, d: "%.2f" % r.uniform(0.8, 6.5)]),
              "注：本公报数据来源于统计年报，部分数据因四舍五入存在总计与分项合计不等的情况。"),
        ])],
        date="2025年6月18日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市统计局。"))

    docs.append(D(
        id="s57", fmt="txt", attr="主动公开", **A,
        note="公布民办职业培训学校收费备案情况的公告；学校对社会公示的收费标准本就公开，不含成本、协议价等，正确标主动公开",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局关于公布2025年度民办职业培训学校收费标准备案情况的公告",
        to="",
        body=[
            P("根据民办职业培训学校收费管理有关规定，民办职业培训学校的收费项目和标准应当向审批机关备案并向社会公示。"
              "现将2025年度已备案的部分民办职业培训学校收费标准公告如下，接受社会监督。"),
            T(None, ["序号", "学校名称", "培训项目", "培训课时", "收费标准（元/人）"], [
                ["1", "昭宁市启航职业培训学校", "电工（四级）", "200", "2200"],
                ["2", "昭宁市启航职业培训学校", "焊工（四级）", "240", "2600"],
                ["3", "昭宁金桥职业培训学校", "育婴员（四级）", "120", "1980"],
                ["4", "昭宁金桥职业培训学校", "养老护理员（四级）", "150", "1800"],
                ["5", "昭宁市烹饪职业培训学校", "中式烹调师（四级）", "180", "2400"],
                ["6", "昭宁市烹饪职业培训学校", "中式面点师（四级）", "160", "2100"],
                ["7", "澜平华信职业培训学校", "电子商务师（四级）", "120", "1600"]]),
            P("学校应当在招生简章和收费场所显著位置公示收费标准，不得在备案标准之外另行收费。学员退学的，按照培训协议约定和"
              "已完成课时比例退还费用。"),
            P("对学校违规收费行为，可拨打12333或者0765-3126571反映。特此公告。"),
        ],
        date="2025年2月20日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    ids = [new_id("532101", "19980412", "035"), new_id("532123", "19970826", "148"), new_id("532102", "19990103", "262"),
           new_id("532125", "19960715", "371"), new_id("532103", "19981129", "483"), new_id("532101", "20000307", "524")]
    docs.append(D(
        id="s58", fmt="docx", attr="主动公开", **A,
        note="公开招聘拟聘用人员公示（体检考察后的法定公示），身份证号已打码，成绩为已公布成绩，正确标主动公开",
        head="plain", docno="",
        title="昭宁市2025年市直事业单位公开招聘拟聘用人员公示（第一批）",
        to="",
        body=[
            P("根据《昭宁市2025年市直事业单位公开招聘工作人员公告》，经笔试、面试、体检和考察，现将第一批拟聘用人员名单予以公示。"),
            T(None, ["序号", "姓名", "性别", "身份证号", "招聘单位", "岗位", "总成绩"], [
                ["1", "赵一鸣", "男", mask_id(ids[0]), "市社会保险事业管理中心", "综合管理", "78.35"],
                ["2", "钱语嫣", "女", mask_id(ids[1]), "市就业服务中心", "就业服务", "76.92"],
                ["3", "孙浩然", "男", mask_id(ids[2]), "市人才服务中心", "信息技术", "80.14"],
                ["4", "李思琪", "女", mask_id(ids[3]), "市劳动人事争议仲裁院", "法律事务", "77.58"],
                ["5", "周子涵", "女", mask_id(ids[4]), "市职业技能鉴定中心", "财务会计", "75.66"],
                ["6", "吴俊杰", "男", mask_id(ids[5]), "市社会保险事业管理中心", "医学鉴定", "79.03"]]),
            P("公示期为2025年7月7日至7月15日（7个工作日）。公示期间，对拟聘用人员有异议的，可以书面或者电话形式向市人社局事业单位"
              "人事管理处反映。以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名和联系方式。"),
            P("受理电话：0765-3126518；监督电话：0765-3126599。"),
        ],
        sign=[BUREAU], date="2025年7月7日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    w_ids = [new_id("532126", "19760305", "415"), new_id("532124", "19810918", "227"), new_id("532125", "19730612", "339")]
    cards = [new_card("621700322000418775"), new_card("622848048900217365"), new_card("623059117700126049")]
    docs.append(D(
        id="s59", fmt="docx", attr="不予公开", **A,
        note="动用欠薪应急周转金垫付工资的请示（上行文，正确标不予公开）；附件含3名劳动者完整身份证号和银行卡号（校验位有效），"
             "因不公开发布不构成PERSONAL_DATA，应送审批",
        head="up", docno="昭人社报〔2025〕11号", qianfa="周明远",
        title="昭宁市人力资源和社会保障局关于动用欠薪应急周转金垫付部分农民工工资的请示",
        to="市人民政府：",
        body=[
            P("临港新区海岸新城二期项目施工单位澜平中兴建设工程有限公司因资金链断裂，拖欠在该项目务工的农民工工资共计96.3万元，"
              "涉及农民工58人。经市劳动保障监察支队调查，该公司法定代表人已失联，建设单位已按合同支付工程款，短期内无法通过"
              "责令支付解决。为防止矛盾激化，保障农民工基本生活，现请示如下。"),
            H1("一、垫付依据"),
            P("根据《昭宁市欠薪应急周转金管理办法》第八条，对用人单位法定代表人下落不明、拖欠工资可能引发群体性事件的，经市政府批准，"
              "可以动用应急周转金先行垫付部分工资。"),
            H1("二、垫付方案"),
            P("拟按每人最高不超过2个月工资、且不超过2万元的标准先行垫付，共需资金87.6万元，通过银行直接发放至农民工本人社会保障卡"
              "或者银行账户。部分人员账户信息见附件。"),
            H1("三、追偿措施"),
            P("垫付后，由市劳动保障监察支队依法向该公司追偿，并将其列入拖欠农民工工资失信联合惩戒对象名单；涉嫌拒不支付劳动报酬罪的，"
              "移送公安机关。"),
            P("妥否，请批示。"),
        ],
        atts=[("欠薪应急周转金垫付人员账户信息（部分）", [
            T(None, ["序号", "姓名", "身份证号", "开户银行", "银行卡号", "垫付金额（元）"], [
                ["1", "马国庆", w_ids[0], "建设银行昭宁临港支行", cards[0], "16800"],
                ["2", "杨春生", w_ids[1], "农业银行寒溪县支行", cards[1], "15200"],
                ["3", "苏德明", w_ids[2], "邮储银行青坪县支行", cards[2], "17400"]],
              "注：其余55人信息另册报送。")])],
        date="2025年1月16日", mark_text=MARK_TEXT[("不予公开", "paren")],
        contact="（联系人：劳动保障监察支队　汪凯，电话：0765-3126590）"))

    docs.append(D(
        id="s60", fmt="txt", attr="主动公开", **A,
        note="社保基金内部控制评估通知：“内部控制”“内部审计”“内控风险”是业务术语，不是内部事项；无不公开内容，正确标主动公开",
        head="file", docno="昭人社发〔2025〕32号",
        title="关于开展2025年度社会保险经办机构内部控制评估工作的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心：",
        body=[
            P("为健全社会保险经办内部控制体系，防范基金风险，根据《社会保险经办机构内部控制规则》，决定在全市开展2025年度社会保险"
              "经办机构内部控制评估工作。现将有关事项通知如下。"),
            H1("一、评估内容"),
            P("评估内容包括内部控制环境、风险评估、控制活动、信息与沟通、内部监督五个方面，重点评估岗位设置是否做到不相容岗位相互分离，"
              "业务流程是否有关键环节复核，信息系统权限是否按岗分配，内部审计是否覆盖主要业务。"),
            H1("二、评估方式"),
            P("采取经办机构自评与市局抽评相结合的方式。各经办机构对照评估指标开展自评，形成自评报告；市局组织内控专家进行抽评，"
              "抽评比例不低于30%。"),
            H1("三、结果运用"),
            P("评估结果分为优秀、良好、合格、不合格四个等次，纳入经办机构年度绩效考核。对发现的内控风险点，经办机构要制定整改措施，"
              "限期整改到位。"),
            H1("四、时间安排"),
            P("5月31日前完成自评，6月30日前完成抽评，7月15日前形成全市评估报告。"),
            H1("五、工作要求"),
            P("各地要高度重视内部控制评估工作，如实自评，不得弄虚作假。评估中遇到问题，请与市局社会保险基金监督处联系，电话：0765-3126585。"),
        ],
        date="2025年4月10日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省社会保险基金监督局。"))

    docs.append(D(
        id="s61", fmt="docx", attr="依申请公开", **A,
        note="局机关国庆假期值班安排通知，属机关内部管理事务，正确标依申请公开（值班电话为办公电话）；应送审批",
        head="file", docno="昭人社办发〔2025〕17号",
        title="关于做好2025年国庆节期间值班工作的通知",
        to="局机关各处室，局属各单位：",
        body=[
            P("根据市政府办公室关于做好2025年国庆节期间值班工作的要求，为确保节日期间各项工作正常运转，现将局机关值班安排通知如下。"),
            H1("一、值班时间"),
            P("2025年10月1日至10月8日，每天8:30至次日8:30，实行24小时值班。"),
            H1("二、值班安排"),
            T(None, ["日期", "带班领导", "值班处室", "值班人员"], [
                ["10月1日", "周明远", "局办公室", "郑晓雯"], ["10月2日", "陈思齐", "就业促进处", "刘志刚"],
                ["10月3日", "韩立新", "养老保险处", "韩梦"], ["10月4日", "许文静", "劳动关系处", "许文博"],
                ["10月5日", "杜海峰", "规划财务处", "何晓光"], ["10月6日", "陈思齐", "人才开发和市场处", "周婉清"],
                ["10月7日", "韩立新", "劳动保障监察支队", "汪凯"], ["10月8日", "周明远", "局办公室", "田甜"]]),
            H1("三、值班要求"),
            P("值班人员要坚守岗位，保持值班电话畅通，认真做好值班记录。遇有突发事件和重要情况，要立即报告带班领导，并按规定程序"
              "向市政府总值班室报告，不得迟报、漏报、瞒报。"),
            P("各单位要做好节日期间安全检查，重点检查办公场所消防安全、用电安全和信息系统安全，关闭不必要的电源，锁好门窗。"),
            P("局机关值班电话：0765-3126500；传真：0765-3126501。"),
        ],
        issuer_head=OFFICE + "文件", sign=[OFFICE], date="2025年9月24日", mark_text=MARK_TEXT[("依申请公开", "way")], mark_pos="banji",
        cc="市政府总值班室。"))

    docs.append(D(
        id="s62", fmt="docx", attr="不予公开", **A,
        note="向市政府报送一季度根治欠薪工作情况的报告（上行文，含工作数据），正确标不予公开，应送审批",
        head="up", docno="昭人社报〔2025〕9号", qianfa="周明远",
        title="昭宁市人力资源和社会保障局关于2025年一季度根治拖欠农民工工资工作情况的报告",
        to="市人民政府：",
        body=[
            P("按照市政府工作安排，现将我市2025年一季度根治拖欠农民工工资工作情况报告如下。"),
            H1("一、工作开展情况"),
            P("一季度，全市共受理欠薪线索1286条，办结1263条，办结率98.2%，为3416名劳动者追发工资4127万元。其中，工程建设领域"
              "欠薪线索672条，占52.3%。春节前共处置欠薪线索891条，实现欠薪问题动态清零。"),
            P("全市在建工程项目1462个，工资专用账户开设率99.1%，实名制管理落实率98.6%，工资保证金存储率97.3%，总包代发工资率96.8%。"),
            H1("二、存在的问题"),
            P("一是部分房地产项目因资金紧张拖欠工程款，引发欠薪风险；二是个别政府投资项目存在拖欠工程款问题；三是小微企业欠薪"
              "线索增多，部分企业主逃匿，追偿难度大。"),
            H1("三、下一步工作"),
            P("一是加强欠薪风险预警，对重点项目实行挂牌督办；二是推动政府投资项目按时支付工程款；三是加大欠薪违法行为打击力度，"
              "对拒不支付劳动报酬的依法移送公安机关。"),
            P("特此报告。"),
        ],
        date="2025年4月8日", mark_text=MARK_TEXT[("不予公开", "paren")]))

    docs.append(D(
        id="s63", fmt="txt", attr="主动公开", **A,
        note="加强社保卡个人信息保护的通知，反复出现“保密”“隐私”“泄露”“安全漏洞”等词，但只是一般性要求，不含任何具体弱点或秘密，"
             "正确标主动公开",
        head="file", docno="昭人社发〔2025〕48号",
        title="关于加强社会保障卡和参保人员个人信息保护工作的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心，各社会保障卡合作银行：",
        body=[
            P("社会保障卡和社会保险业务数据涉及大量参保人员个人信息。为落实《个人信息保护法》《数据安全法》，切实保护参保人员"
              "合法权益，现就加强个人信息保护工作通知如下。"),
            H1("一、严格落实保密责任"),
            P("各经办机构和合作银行要建立个人信息保护责任制，与经办人员签订保密承诺书，明确保密义务。经办人员不得泄露、篡改、"
              "出售或者非法向他人提供参保人员个人信息，离岗后仍负有保密义务。"),
            H1("二、规范信息查询使用"),
            P("查询参保人员个人信息，应当基于办理业务需要，做到查询有依据、操作有记录、责任可追溯。对外提供数据的，须经审批并签订"
              "数据安全协议。"),
            H1("三、加强系统安全防护"),
            P("各单位要定期开展安全漏洞扫描和风险评估，及时修补发现的问题，落实网络安全等级保护要求，防范数据泄露。"),
            H1("四、做好公开信息处理"),
            P("在门户网站公开的公示名单等信息，应当对身份证号码、银行卡号、手机号码等进行去标识化处理，不得公开参保人员个人隐私。"),
            H1("五、强化监督问责"),
            P("对泄露参保人员个人信息的，依法依规追究有关单位和人员责任；涉嫌犯罪的，移送司法机关处理。"),
        ],
        date="2025年6月20日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市委网信办，市公安局。"))

    docs.append(D(
        id="s64", fmt="docx", attr="主动公开", **A,
        note="公布缴费基数上下限的通知，引用的平均工资为省统计局已正式公布的数据（写明公布文件），正确标主动公开",
        head="file", docno="昭人社发〔2025〕59号",
        title="关于公布2025年度全市社会保险缴费基数上下限的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心，各参保单位：",
        body=[
            P("澜平省统计局已于2025年6月27日发布《2024年全省城镇单位就业人员平均工资统计公报》，全省2024年全口径城镇单位就业人员"
              "年平均工资为94344元，月平均工资为7862元。根据省人社厅、省税务局有关规定，现将我市2025年度社会保险缴费基数上下限公布如下。"),
            H1("一、缴费基数上下限"),
            P("2025年度企业职工基本养老保险、失业保险、工伤保险个人缴费基数下限为每月4717元，上限为每月23586元。"
              "职工个人月平均工资低于下限的按下限确定，高于上限的按上限确定。"),
            H1("二、灵活就业人员缴费"),
            P("个体工商户和灵活就业人员参加企业职工基本养老保险，可在缴费基数上下限范围内自主选择缴费基数，缴费比例为20%。"),
            H1("三、执行时间"),
            P("本通知公布的缴费基数上下限自2025年7月1日起执行至2026年6月30日。2025年1月至6月暂按上年度标准缴费的，不再进行差额调整。"),
            H1("四、申报核定"),
            P("参保单位应于7月31日前完成本单位职工缴费基数申报。逾期未申报的，由经办机构按规定核定。"),
            T("表1　2025年度社会保险缴费基数标准", ["项目", "月缴费基数（元）", "说明"], [
                ["缴费基数下限", "4717", "月平均工资×60%"], ["缴费基数上限", "23586", "月平均工资×300%"],
                ["灵活就业人员最低缴费额", "943.40", "下限×20%"]]),
        ],
        date="2025年7月2日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省社会保险事业管理局，市税务局。"))

    docs.append(D(
        id="s65", fmt="docx", attr="主动公开", **A,
        note="公布调整后最低工资标准的通知，写明省政府已批复（批复文号），新标准属已决定并应公布的政策，正确标主动公开",
        head="file", docno="昭人社发〔2025〕61号",
        title="关于调整全市最低工资标准的通知",
        to=TO_DOWN + "各有关单位：",
        body=[
            P("经省人民政府批准（澜政函〔2025〕48号），我市最低工资标准进行调整。现将有关事项通知如下。"),
            H1("一、调整后的标准"),
            P("自2025年9月1日起，一类区域（清河区、望江区、北塘区、南岭区、东湖区、高新区、临港新区）月最低工资标准调整为2280元，"
              "小时最低工资标准调整为22.5元；二类区域（白石县、寒溪县、青坪县）月最低工资标准调整为2120元，小时最低工资标准调整为21元。"),
            H1("二、适用范围"),
            P("本标准适用于本市行政区域内的企业、民办非企业单位、有雇工的个体工商户和与之形成劳动关系的劳动者。国家机关、事业单位、"
              "社会团体和与之建立劳动合同关系的劳动者，依照本通知执行。"),
            H1("三、有关说明"),
            P("月最低工资标准不包括延长工作时间的工资，中班、夜班、高温、低温、井下、有毒有害等特殊工作环境条件下的津贴，"
              "以及法律法规和国家规定的劳动者福利待遇。"),
            H1("四、工作要求"),
            P("各地要做好最低工资标准的宣传和监督检查，用人单位不得以实施新标准为由降低劳动者的其他待遇。"),
        ],
        date="2025年8月15日", mark_text=MARK_TEXT[("主动公开", "paren")], cc=CC_STD[:-1] + "，市总工会，市工商联。"))

    docs.append(D(
        id="s66", fmt="txt", attr="主动公开", **A,
        note="劳动保障监察典型案例通报：企业名称、违法事实和罚款金额属依法公开的执法信息，不是商业秘密；未写举报人身份；正确标主动公开",
        head="file", docno="昭人社发〔2025〕54号",
        title="关于2025年上半年劳动保障监察典型案例的通报",
        to=TO_DOWN,
        body=[
            P("为发挥典型案例警示教育作用，现将2025年上半年全市劳动保障监察典型案例通报如下。"),
            H1("一、昭宁联众劳务派遣有限公司未依法缴纳社会保险费案"),
            P("经查，该公司2024年7月至12月未为126名被派遣劳动者足额缴纳社会保险费。市劳动保障监察支队责令其限期改正，"
              "该公司逾期未改正，依法处以罚款2万元，现已全额补缴。"),
            H1("二、临港天成人力资源有限公司发布歧视性招聘信息案"),
            P("该公司在网络招聘平台发布含有民族歧视内容的招聘信息。临港新区社会事业局依法责令改正，并处罚款5000元。"),
            H1("三、昭宁市北塘区鑫辉餐饮店违反工作时间规定案"),
            P("经查，该餐饮店安排12名劳动者每日工作超过11小时且未支付加班费。北塘区人社局依法给予警告，罚款1200元，"
              "责令补发加班工资4.6万元。"),
            H1("四、工作要求"),
            P("各地要以案释法，加大普法宣传力度，督促用人单位依法用工。对违法行为要依法查处、公开曝光，形成有力震慑。"),
        ],
        date="2025年7月18日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="市司法局。"))

    docs.append(D(
        id="s67", fmt="docx", attr="不予公开", **A,
        note="答复市财政局征求意见的复函，正确标不予公开（答复有关部门意见的公文），应送审批",
        head="letter", docno="昭人社函〔2025〕35号",
        title="昭宁市人力资源和社会保障局关于对《昭宁市市级财政专项资金管理办法（修订征求意见稿）》意见的复函",
        to="市财政局：",
        body=[
            P("你局《关于征求〈昭宁市市级财政专项资金管理办法（修订征求意见稿）〉意见的函》收悉。经研究，提出以下意见。"),
            P("一、第十二条规定专项资金下达后90日内未支出的收回统筹使用。就业补助资金中的职业培训补贴、创业担保贷款贴息等项目，"
              "需待培训结束或者贷款还款后方能审核拨付，支出周期较长，建议对此类按结果拨付的项目设置180日的执行期。"),
            P("二、第十八条关于绩效目标的规定，建议增加“对就业、社会保障等民生类专项资金，绩效指标应当包括受益群众满意度”的内容。"),
            P("三、第二十三条中对资金使用单位的检查频次，建议由“每季度一次”调整为“每年不少于一次”，与现行就业补助资金管理办法保持一致。"),
            P("以上意见，请酌定。"),
            P("联系人：规划财务处　何晓光，电话：0765-3126508。"),
        ],
        date="2025年5月22日", mark_text=MARK_TEXT[("不予公开", "paren")], printer=False))

    docs.append(D(
        id="s68", fmt="docx", attr="主动公开", **A,
        note="考试结束并公布成绩后发布合格标准和公开样题的通知；“试题”“样题”“评分”均为已考完、已公开或专为公开编制的内容，正确标主动公开",
        head="file", docno="昭人社发〔2025〕62号",
        title="关于公布2025年度全市社会保障经办专业中级职称考试合格标准及发布2026年度考试样题的通知",
        to=TO_DOWN,
        body=[
            P("2025年度全市社会保障经办专业中级职称（地方统考）考试已于7月19日举行，考试成绩已于8月15日公布。经市职称改革工作领导小组"
              "研究，现将合格标准及有关事项通知如下。"),
            H1("一、合格标准"),
            P("本次考试合格标准为60分（满分100分）。全市参考1126人，合格487人，合格率43.3%。考生可登录昭宁市人事考试网查询本人成绩。"),
            H1("二、证书发放"),
            P("考试合格人员由市人社局颁发专业技术资格证书，证书在全市范围内有效，作为聘任相应专业技术职务的依据。"),
            H1("三、2026年度考试样题"),
            P("为帮助考生了解考试题型，市职业技能鉴定中心专门编制了2026年度考试样题，样题仅用于展示题型结构，不作为正式考试试题。"
              "示例：单项选择题——“职工基本养老保险个人账户记账利率由哪一级部门公布？”参考答案为国家人力资源社会保障部和财政部。"
              "完整样题可在昭宁市人事考试网“考试辅导”栏目下载。"),
            H1("四、2026年度考试安排"),
            P("2026年度考试拟于7月中旬举行，报名时间和方式另行公告。"),
        ],
        date="2025年8月22日", mark_text=MARK_TEXT[("主动公开", "paren")], cc="省人力资源和社会保障厅专业技术人员管理处。"))

    docs.append(D(
        id="s69", fmt="txt", attr="主动公开", **A,
        note="职业技能大赛结束后的获奖选手公示（含比赛成绩），比赛已结束，属应公开的结果，正确标主动公开",
        head="plain", docno="",
        title="昭宁市第五届职业技能大赛获奖选手名单公示",
        to="",
        body=[
            P("昭宁市第五届职业技能大赛于2025年10月18日至20日举行，共有6个项目、412名选手参赛。经裁判组评分、仲裁组复核和大赛组委会"
              "审定，产生各项目获奖选手。现将职工组一等奖、二等奖获奖选手名单公示如下。"),
            T(None, ["项目", "奖项", "姓名", "工作单位", "成绩"], [
                ["焊工", "一等奖", "韩志军", "澜平远航汽车零部件有限公司", "93.25"],
                ["焊工", "二等奖", "丁宏伟", "昭宁精工机械有限公司", "90.80"],
                ["电工", "一等奖", "邵明辉", "国网昭宁供电公司", "94.10"],
                ["电工", "二等奖", "龚振东", "昭宁万通物流股份有限公司", "91.35"],
                ["养老护理员", "一等奖", "覃丽娟", "昭宁康乐养老服务中心", "92.60"],
                ["中式烹调师", "一等奖", "车永康", "昭宁新纪元酒店管理有限公司", "95.05"]]),
            P("公示期为2025年10月27日至10月31日。对公示结果有异议的，请在公示期内以书面形式向大赛组委会办公室反映，联系电话：0765-3126571。"),
        ],
        sign=["昭宁市第五届职业技能大赛组委会办公室"], date="2025年10月27日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    docs.append(D(
        id="s70", fmt="docx", attr="主动公开", **A,
        note="人力资源服务许可和备案情况公告：机构名称、法定代表人、地址、许可证编号属依法公开的行政许可信息，非商业秘密；正确标主动公开",
        head="plain", docno="",
        title="昭宁市人力资源和社会保障局关于2025年第二季度人力资源服务许可及备案情况的公告",
        to="",
        body=[
            P("根据《人力资源市场暂行条例》和《人力资源服务机构管理规定》，现将2025年第二季度我局作出的人力资源服务许可和备案情况"
              "公告如下。"),
            T("一、行政许可（职业中介活动）", ["序号", "机构名称", "法定代表人", "住所", "许可证编号"], [
                ["1", "昭宁优才人力资源服务有限公司", "邹立平", "高新区创新路16号", "532100202500021"],
                ["2", "昭宁启明职业介绍有限公司", "方雅琴", "清河区文昌路102号", "532100202500022"],
                ["3", "澜平卓越人才服务有限公司", "石磊", "望江区滨江大道88号", "532100202500023"]]),
            T("二、备案（人力资源供求信息收集和发布等）", ["序号", "机构名称", "备案事项", "备案日期"], [
                ["1", "昭宁智联职业培训中心", "人力资源培训", "2025年4月16日"],
                ["2", "昭宁博睿管理咨询有限公司", "人力资源管理咨询", "2025年5月9日"],
                ["3", "临港新区港城人力资源服务有限公司", "人力资源外包", "2025年6月20日"]]),
            P("以上机构的许可和备案信息可在全国人力资源市场信息监测系统查询。社会各界可对上述机构的经营活动进行监督，"
              "发现违法违规行为的，可拨打12333举报。特此公告。"),
        ],
        date="2025年7月4日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))

    docs.append(D(
        id="s71", fmt="docx", attr="依申请公开", **A,
        note="局机关内部固定资产清查通知，机关内部管理事务，正确标依申请公开，应送审批",
        head="file", docno="昭人社办发〔2025〕9号",
        title="关于开展局机关及局属单位固定资产清查工作的通知",
        to="局机关各处室，局属各单位：",
        body=[
            P("根据市财政局关于开展行政事业单位国有资产清查工作的通知要求，决定对局机关及局属单位固定资产进行全面清查。"
              "现将有关事项通知如下。"),
            H1("一、清查范围"),
            P("清查范围为局机关各处室和局属各单位占有、使用的房屋、车辆、办公设备、信息化设备、家具等固定资产，以及无形资产。"),
            H1("二、清查基准日"),
            P("清查基准日为2025年6月30日。"),
            H1("三、清查内容"),
            P("逐项核对资产实物与资产卡片、财务账簿是否相符，查清盘盈、盘亏、毁损、闲置资产情况，对已达使用年限仍在使用的资产登记造册。"),
            H1("四、时间安排"),
            P("7月15日前各单位完成自查并填报清查表；7月31日前局规划财务处组织抽查复核；8月15日前形成清查报告报市财政局。"),
            H1("五、工作要求"),
            P("各单位要指定专人负责，如实填报，不得隐瞒资产。清查中发现的资产管理问题，要及时整改，完善资产管理内部制度。"),
            P("联系人：规划财务处　何晓光，电话：0765-3126508。"),
        ],
        issuer_head=OFFICE + "文件", sign=[OFFICE], date="2025年6月23日", mark_text=MARK_TEXT[("依申请公开", "paren")]))

    docs.append(D(
        id="s72", fmt="txt", attr="主动公开", **A,
        note="统一失业保险待遇统计口径的通知：“口径”指统计指标定义，不是对外答复口径；无内部内容，正确标主动公开",
        head="file", docno="昭人社发〔2025〕51号",
        title="关于统一失业保险待遇领取人数统计口径的通知",
        to="各区（县）人力资源和社会保障局，市社会保险事业管理中心：",
        body=[
            P("近期发现，各地报送的失业保险待遇领取人数统计口径不一致，部分地区将领取一次性生活补助的农民合同制工人计入领取失业保险金人数，"
              "影响了数据的可比性。为规范统计工作，现就统一统计口径通知如下。"),
            H1("一、领取失业保险金人数"),
            P("指统计期末正在按月领取失业保险金的人员数，不包括领取一次性生活补助人员、领取失业补助金人员和暂停领取人员。"),
            H1("二、领取失业补助金人数"),
            P("指统计期内按规定领取失业补助金的人员数，单独统计，不计入领取失业保险金人数。"),
            H1("三、失业保险金发放金额"),
            P("指统计期内实际发放的失业保险金，包括代缴的基本医疗保险费，不包括价格临时补贴。"),
            H1("四、执行时间"),
            P("自2025年第三季度统计报表起执行。各地要按照统一口径调整统计台账，历史数据不作追溯调整，但须在报表说明中注明。"),
            H1("五、数据公开"),
            P("按统一口径统计的失业保险待遇领取情况，按季度在市人社局门户网站公开。"),
        ],
        date="2025年6月30日", mark_text=MARK_TEXT[("主动公开", "way")], mark_pos="banji", cc="省社会保险事业管理局，市统计局。"))

    RNG.seed(77)
    firms = ["昭宁万通物流股份有限公司", "澜平云启软件有限公司", "昭宁恒丰食品有限公司", "昭宁华彩印务有限公司",
             "澜平远航汽车零部件有限公司", "昭宁新纪元酒店管理有限公司", "昭宁创想广告传媒有限公司", "寒溪县农业科技发展有限公司",
             "昭宁精工机械有限公司", "昭宁康乐养老服务中心", "白石县巧手编织有限公司", "青坪县锦绣服装有限公司",
             "昭宁鲜果汇超市有限公司", "昭宁博睿管理咨询有限公司", "南岭区华鑫电子有限公司", "昭宁优才人力资源服务有限公司"]
    rows = []
    for i, f in enumerate(firms, start=1):
        n = RNG.randint(1, 12)
        rows.append([str(i), f, str(n), "%d" % (n * 1500)])
    docs.append(D(
        id="s73", fmt="docx", attr="主动公开", **A,
        note="一次性扩岗补助拟发放企业名单公示（企业名称、吸纳人数、补助金额属应公开的财政补助信息，不是商业秘密），长表格；正确标主动公开",
        head="file", docno="昭人社发〔2025〕64号",
        title="关于2025年第二批一次性扩岗补助拟发放企业名单的公示",
        to="",
        body=[
            P("根据省人社厅、省财政厅关于延续实施一次性扩岗补助政策的通知，对招用毕业年度及离校2年内未就业高校毕业生、16—24岁"
              "登记失业青年，签订劳动合同并按规定为其缴纳失业保险费1个月以上的企业，按每招用1人1500元的标准发放一次性扩岗补助。"),
            P("经大数据比对和经办机构审核，第二批拟发放一次性扩岗补助企业共16户，涉及招用人员91人，补助金额13.65万元（以附件为准）。"
              "现予以公示，公示期为2025年7月21日至7月25日。"),
            P("公示期间，如有异议，请以书面形式向市就业服务中心反映，并提供必要的证明材料。联系电话：0765-3127720。"),
            P("公示期满无异议的，补助资金将直接拨付至企业对公账户。对以虚构劳动关系等方式骗取补助的，一经查实，追回资金，"
              "并依法依规处理。"),
        ],
        atts=[("2025年第二批一次性扩岗补助拟发放企业名单", [
            T(None, ["序号", "企业名称", "招用人数", "补助金额（元）"], rows)])],
        date="2025年7月21日", mark_text=MARK_TEXT[("主动公开", "paren")], printer=False))
    return docs


# ---------------------------------------------------------------- additional passages (lengthen documents; position, blocks)
EXTRA = {
    "s07": (-1, [P("从近期受理的情况看，欠薪问题主要集中在建材、餐饮、小型加工等行业，部分企业以经营困难为由拖欠工资，实则将资金"
                   "挪作他用。各地要加强对此类企业的用工监测，对连续两个月以上未足额支付工资的企业，及时约谈提醒，督促其制定清偿计划。"),
                 P("同时，要落实“两法衔接”机制，与公安机关建立欠薪案件线索通报、联合调查、案件移送等制度，对拒不支付劳动报酬犯罪"
                   "案件做到应移尽移。")]),
    "s09": (-1, [H1("五、政策咨询"),
                 P("参保单位和职工对缴费基数申报有疑问的，可拨打12333咨询，或到就近的社会保险经办窗口咨询。各经办机构要安排业务骨干"
                   "在申报期间做好咨询解答，对政策变化要主动告知参保单位。")]),
    "s11": (-1, [P("考生应诚信应考，对在考试中违纪违规的，依照《职业技能等级认定考务管理规定》处理，并记入考生诚信档案。"
                   "各地要加强考试宣传，引导企业职工和社会人员积极报考。")]),
    "s13": (2, [P("从考试情况看，部分考生对劳动关系管理、薪酬管理等模块掌握不够扎实，部分培训机构存在重应试轻能力的倾向。"
                  "各地要督促培训机构改进教学内容，突出实际操作能力培养。")]),
    "s15": (-1, [P("各处室要以职责调整为契机，进一步理顺内部工作流程，明确岗位职责，提升工作效能。对职责交叉事项，由局办公室牵头协调，"
                   "确保事有人管、责有人担。")]),
    "s30": (-1, [P("申报2026年度市级技能大师工作室的单位，请于2026年3月底前通过各区（县）人社局报送申报材料。")]),
    "s32": (-2, [P("各区（县）人社局要加强对辖区民办职业培训学校的日常监管，每学期至少开展一次办学行为检查，重点检查招生宣传、"
                   "收费管理、教学计划执行和学员档案管理等情况，发现问题及时督促整改。")]),
    "s35": (-1, [H1("五、工作要求"),
                 P("各地要将家政服务从业人员技能提升纳入职业技能培训总体安排，落实培训补贴政策，支持家政企业建设实训基地。"
                   "市家庭服务业协会要发挥行业自律作用，配合做好从业人员培训和诚信建设工作。")]),
    "s37": (-1, [P("各地要在每季度结束后15日内完成上季度贴息资金审核，审核结果报市局就业促进处备案。审核中遇到的政策问题，"
                   "请及时与市局就业促进处联系，电话：0765-3126541。")]),
    "s40": (-2, [P("未入选的申报单位对遴选结果有异议的，可自本公告发布之日起5个工作日内向市局职业能力建设处书面反映。")]),
    "s41": (-2, [P("以上资金需求已经我局党组会议研究，并与市财政局进行了沟通。下半年，我局将进一步加强资金绩效管理，"
                   "对补贴发放情况开展专项检查，防止资金被骗取、挪用。")]),
    "s42": (-2, [P("下半年，我市将继续加强基金运行分析，按月监测基金收支变化，对可能出现的风险提前研判，确保基金平稳运行和"
                   "养老金按时足额发放。同时，将配合省厅做好企业职工基本养老保险全国统筹信息系统数据治理工作，"
                   "按期完成历史数据清理。")]),
    "s44": (-1, [P("各地调整发放情况请于8月10日前报市局农村社会保险处和市财政局社会保障处。执行中遇到的问题，请及时报告。")]),
    "s45": (-2, [P("以上处罚决定均已依法送达当事人。当事人已履行处罚决定的，其公示信息可依申请提前移出公示栏目。")]),
    "s46": (1, [P("指南明确了申领条件、申请材料、办理渠道、待遇标准和办理时限。各经办窗口要按照指南做好一次性告知，不得要求"
                  "申请人提供指南以外的材料。")]),
    "s47": (-1, [P("各地各单位要广泛宣传“昭宁工匠”的先进事迹，营造尊重劳动、尊重技能、尊重创造的良好氛围。")]),
    "s48": (-3, [P("五、建议在附则中明确本条例与《昭宁市就业促进条例》的衔接关系，避免规定交叉。")]),
    "s49": (-2, [H1("五、关于政务服务“好差评”整改"),
                 P("会议要求，对一季度“好差评”系统中收到的差评，有关单位要逐条回访，整改情况于5月底前报局办公室。")]),
    "s51": (-3, [P("六、搬迁完成后，市民中心二楼将设置社会保险综合服务窗口18个，并增设老年人绿色通道和自助服务区，工作日办公时间为"
                   "上午8:30至12:00、下午14:30至17:30，周六上午提供养老保险待遇领取资格认证等高频业务服务。"),
                 P("七、搬迁前已在原址受理但尚未办结的业务，经办机构将按原承诺时限办结，办理结果通过短信告知，需要领取纸质材料的，"
                   "请到新址综合窗口领取。")]),
    "s52": (-1, [P("各地要结合本地实际，抓紧做好见习单位认定、见习岗位募集和见习人员招募工作，按规定及时拨付见习补贴。"
                   "执行中遇到的问题，请及时报告市人社局就业促进处和市财政局社会保障处。")]),
    "s57": (-2, [P("未列入本公告的民办职业培训学校收费标准，以学校在招生场所公示并经备案的标准为准。")]),
    "s61": (-2, [P("各处室、各单位负责人要在节前对本单位人员去向进行摸底，因公外出或者离开本市的，须按规定履行报备手续。")]),
    "s62": (-2, [P("四、二季度工作安排。重点抓好工程建设领域在建项目专项检查和“两节”后返岗农民工权益保障，确保不发生因欠薪引发的"
                   "群体性事件。")]),
    "s63": (-1, [P("各单位要在7月底前完成一次个人信息保护自查，自查情况报市局信息中心。")]),
    "s65": (-1, [P("各地执行中遇到的问题，请及时报告市局劳动关系处，电话：0765-3126521。")]),
    "s66": (-1, [P("以上案例中的处罚决定已按规定在市人社局门户网站“行政执法公示”栏目公示。各地要定期梳理本地典型案例，"
                   "每季度至少公开一批，增强执法透明度。")]),
    "s67": (-3, [P("四、建议在附则中明确，中央和省级转移支付资金另有规定的，从其规定。"),
                 P("五、征求意见稿第三十条规定资金使用单位应当在收到资金后10日内报送使用计划。人社领域补贴资金的使用单位多为企业和"
                   "培训机构，建议由资金主管部门汇总报送，减少对企业的重复报送要求。")]),
    "s68": (-1, [P("考生对本人成绩有疑问的，可按规定申请复核。")]),
    "s69": (-2, [P("本次大赛设焊工、电工、数控车工、养老护理员、中式烹调师、网络与信息安全管理员6个项目，比赛成绩由理论知识"
                  "成绩和操作技能成绩按2∶8比例合成。全部成绩已于10月21日在赛场公布。")]),
    "s70": (-2, [P("本公告所列机构须在服务场所明示许可证或者备案凭证、服务项目、收费标准和监督电话。")]),
    "s71": (-2, [P("六、其他事项。清查中需要报废处置的资产，按照市财政局资产处置规定履行审批程序后处置，不得擅自处置。")]),
    "s72": (-1, [P("各地要组织统计人员认真学习统一后的统计口径，对照本地台账逐项核对，确保第三季度报表按新口径准确填报。"
                   "执行中遇到的问题，请与市局失业保险处联系，电话：0765-3126531。")]),
}


def apply_extra(d):
    """Insert extra passages into the body at the configured position."""
    if d["id"] in EXTRA:
        pos, blocks = EXTRA[d["id"]]
        body = list(d["body"])
        if pos < 0:
            pos = len(body) + 1 + pos
        d["body"] = body[:pos] + blocks + body[pos:]
    return d


# ================================================================ main
def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    docs = secret_docs() + secret_docs2() + mixed_docs() + commercial_docs() + mismatch_docs() + clean_docs()
    docs = [apply_extra(d) for d in docs]
    seen = set()
    for d in docs:
        assert d["id"] not in seen, d["id"]
        seen.add(d["id"])
        body_len = len(blocks_text(d["body"])) + sum(len(blocks_text(b)) for _, b in (d.get("atts") or []))
        assert body_len >= 400, (d["id"], body_len)
        assert d["attr"] in ("主动公开", "依申请公开", "不予公开", None)
        if d.get("mark_text"):
            assert d["attr"] in d["mark_text"] or (d["attr"] == "主动公开" and "公开发布" in d["mark_text"]), d["id"]
    for v in ALL_IDS:
        assert id_valid(v), v
    for v in ALL_CARDS:
        assert luhn_valid(v), v
    rows = []
    for d in docs:
        fname = d["id"] + "." + d["fmt"]
        path = os.path.join(outdir, fname)
        (build_docx if d["fmt"] == "docx" else build_txt)(d, path)
        rows.append({"file": fname, "attribute": d["attr"], "decision": d["decision"], "codes": d["codes"],
                     "note": d["note"], "case": d["case"], "genre": d["title"][-2:] if d["title"][-2:] in
                     ("通知", "通报", "请示", "报告", "公示", "公告", "通告", "决定", "纪要", "复函") else d["title"][-3:]})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("documents:", len(rows))
    print("by case/format:", sorted(Counter((d["case"], d["fmt"]) for d in docs).items()))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
