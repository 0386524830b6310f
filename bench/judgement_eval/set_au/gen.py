# -*- coding: utf-8 -*-
"""Generator for eval11au: review panels named before they sit, unannounced
inspections disclosed before they happen, and close CLEAN traps.

Fictional setting: 祁原省 (a western province), its capital 雁泉市, the city
人力资源和社会保障局, 雁泉技师学院, 市社会保险事业服务中心 (基金稽核科),
市人才服务中心, 市劳动保障监察支队, 市劳动能力鉴定委员会, 市劳动人事争议仲裁委员会.

Run:  /work/main/.venv/bin/python gen.py OUTDIR
Writes OUTDIR/<file>.docx|.txt and OUTDIR/truth.jsonl (format: /work/briefs/truth18.md).
"""
import json
import os
import random
import re
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

RED = RGBColor(0xC0, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ----------------------------------------------------------------------------
# checks required by the brief
# ----------------------------------------------------------------------------
GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB_C = "10X98765432"


def gb11643_ok(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    tot = sum(int(a) * b for a, b in zip(s[:17], GB_W))
    return GB_C[tot % 11] == s[17]


def luhn_ok(s):
    digits = [int(c) for c in s]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


FORBIDDEN_PLACES = ["中卫", "澄川", "江岚", "嵩原", "潆州", "望澜", "沣原", "汇陵", "南溪",
                    "云陵", "石湄", "朔川", "临朔", "衡江", "泊湾"]


def check_text(key, text):
    # any 18-char ID-like run must carry a valid GB 11643 check digit
    for m in re.finditer(r"(?<!\d)\d{17}[\dXx](?!\d)", text):
        assert gb11643_ok(m.group()), (key, "bad ID check digit", m.group())
    # any 16-19 digit run (bank-card like) must pass Luhn; this set has none at all
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", text):
        if re.fullmatch(r"\d{17}[\dXx]", m.group()):
            continue
        assert luhn_ok(m.group()), (key, "bad Luhn", m.group())
    for p in FORBIDDEN_PLACES:
        assert p not in text, (key, "forbidden place name", p)


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------
def set_run_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_after=0, line=28, left_chars=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_run_font(r, font, size, bold, color)
    return p


def border(p, side="bottom", color="C00000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_table(doc, headers, rows):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        set_run_font(r, HT, 12)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(str(v))
            set_run_font(r, FS, 12)
    return t


def render_items_docx(doc, items):
    for it in items:
        if isinstance(it, str):
            para(doc, it)
        elif it[0] == "h1":
            para(doc, it[1], font=HT)
        elif it[0] == "h2":
            para(doc, it[1], font=KT)
        elif it[0] == "plain":
            para(doc, it[1], indent=False)
        elif it[0] == "center":
            para(doc, it[1], font=XBS, size=18, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                 space_after=8, line=30)
        elif it[0] == "table":
            add_table(doc, it[1], it[2])
            para(doc, "", indent=False, line=12)
        else:
            raise ValueError(it)


def build_docx(d, path):
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
    if d.get("org_mark"):
        for line in d["org_mark"]:
            para(doc, line, font=XBS, size=min(36, int(420 / max(len(line), 1))), color=RED, indent=False,
                 align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
        para(doc, "", indent=False)
        p = para(doc, d.get("wenhao", ""), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        border(p, "bottom", "C00000", 18)
        para(doc, "", indent=False)
    elif d.get("wenhao"):
        p = para(doc, d["wenhao"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # 标题
    para(doc, d["title"], font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
         line=36, space_after=12)
    if d.get("zhusong"):
        para(doc, d["zhusong"], indent=False)
    render_items_docx(doc, d["body"])
    if d.get("fujian"):
        para(doc, "", indent=False)
        for i, f in enumerate(d["fujian"]):
            if len(d["fujian"]) == 1:
                para(doc, "附件：" + f)
            elif i == 0:
                para(doc, "附件：1．" + f)
            else:
                para(doc, "　　　%d．%s" % (i + 1, f))
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    for s in d["sign"]:
        para(doc, s, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, d["date"] + "　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if d.get("mark"):
        para(doc, d["mark"])
    # 附件正文
    for att in d.get("attach", []):
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        para(doc, att["label"], font=HT, indent=False)
        para(doc, att["title"], font=XBS, size=20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=32, space_after=8)
        render_items_docx(doc, att["items"])
    # 版记
    if d.get("yinfa"):
        para(doc, "", indent=False)
        p = para(doc, "", indent=False, line=8)
        border(p, "bottom", "000000", 8)
        if d.get("chaosong"):
            para(doc, "抄送：" + d["chaosong"], size=14, indent=False, left_chars=0.5)
        p = para(doc, "%s　　　　%s印发" % d["yinfa"], size=14, indent=False, left_chars=0.5)
        border(p, "bottom", "000000", 8)
    doc.save(path)


# ----------------------------------------------------------------------------
# txt rendering
# ----------------------------------------------------------------------------
def render_items_txt(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("　　" + it)
        elif it[0] in ("h1", "h2"):
            out.append("　　" + it[1])
        elif it[0] == "plain":
            out.append(it[1])
        elif it[0] == "center":
            out.append("")
            out.append("　　　　" + it[1])
            out.append("")
        elif it[0] == "table":
            out.append("　　" + " | ".join(it[1]))
            for r in it[2]:
                out.append("　　" + " | ".join(str(x) for x in r))
    return out


def build_txt(d, path):
    L = []
    if d.get("org_mark"):
        for line in d["org_mark"]:
            L.append(line)
        L.append("")
        L.append(d.get("wenhao") or "")
        L.append("━" * 30)
    elif d.get("wenhao"):
        L.append(d["wenhao"])
    L.append("")
    L.append(d["title"])
    L.append("")
    if d.get("zhusong"):
        L.append(d["zhusong"])
    L += render_items_txt(d["body"])
    if d.get("fujian"):
        L.append("")
        for i, f in enumerate(d["fujian"]):
            if len(d["fujian"]) == 1:
                L.append("　　附件：" + f)
            else:
                L.append(("　　附件：" if i == 0 else "　　　　　") + "%d.%s" % (i + 1, f))
    L.append("")
    for s in d["sign"]:
        L.append("　" * 18 + s)
    L.append("　" * 18 + d["date"])
    if d.get("mark"):
        L.append("　　" + d["mark"])
    for att in d.get("attach", []):
        L.append("")
        L.append(att["label"])
        L.append("")
        L.append("　　　　" + att["title"])
        L.append("")
        L += render_items_txt(att["items"])
    if d.get("yinfa"):
        L.append("")
        L.append("─" * 30)
        if d.get("chaosong"):
            L.append("抄送：" + d["chaosong"])
        L.append("─" * 30)
        L.append("%s　　　　%s印发" % d["yinfa"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def body_text(d):
    parts = []

    def walk(items):
        for it in items:
            if isinstance(it, str):
                parts.append(it)
            elif it[0] == "table":
                parts.append("".join(it[1]))
                for r in it[2]:
                    parts.append("".join(str(x) for x in r))
            else:
                parts.append(it[1])
    walk(d["body"])
    for att in d.get("attach", []):
        walk(att["items"])
    return "".join(parts)


def all_text(d):
    bits = [" ".join(d.get("org_mark") or []), d.get("wenhao") or "", d["title"],
            d.get("zhusong") or "", body_text(d), " ".join(d.get("fujian", [])),
            " ".join(d["sign"]), d["date"], d.get("mark", ""), d.get("chaosong", "")]
    return "\n".join(bits)


CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_date(s):
    m = CN_DATE.fullmatch(s)
    assert m, s
    return tuple(int(x) for x in m.groups())


# ----------------------------------------------------------------------------
# the documents (DOCS is filled below)
# ----------------------------------------------------------------------------
RSJ = "雁泉市人力资源和社会保障局"
RSJ_BGS = "雁泉市人力资源和社会保障局办公室"
SBZX = "雁泉市社会保险事业服务中心"
RCZX = "雁泉市人才服务中心"
JSXY = "雁泉技师学院"
ZGH = "雁泉市总工会"
PUB = "（此件公开发布）"
PUB2 = "公开方式：主动公开"
YSQ = "公开方式：依申请公开"
YSQ2 = "（此件依申请公开）"

DOCS = []


def add(**kw):
    DOCS.append(kw)

# ============================================================================
# A. PANELS NAMED BEFORE THEY SIT  (SECRET_CONTENT / escalate)
# ============================================================================

add(key="P01", case="panel", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕61号",
    title="雁泉市人力资源和社会保障局关于组建2025年度高级技师职业技能等级评审委员会的通知",
    zhusong="各有关企业，雁泉技师学院，市人才服务中心：",
    body=[
        "根据《祁原省人力资源和社会保障厅关于委托开展高级技师职业技能等级评审工作的函》（祁人社函〔2025〕88号）的授权，"
        "我局负责组织本市机械制造、电工电子、化工和现代服务四个职业大类的高级技师评审。经局党组会议研究，"
        "现将2025年度评审委员会组建及评审会议安排通知如下。",
        ("h1", "一、评审会议安排"),
        "本年度评审会议拟于2025年6月24日至26日在雁泉技师学院实训楼三楼会议室召开，采取个人述职、业绩材料评议、"
        "现场答辩和委员无记名投票相结合的方式进行。6月23日下午，评审委员会全体委员到市人才服务中心报到并参加评前培训。",
        ("h1", "二、评审委员会组成"),
        "本届评审委员会设主任委员1名、副主任委员1名、委员7名，组成人员如下：",
        ("table", ["序号", "姓名", "工作单位", "职称或技能等级", "委员会职务"], [
            ["1", "邵明川", "雁泉重型机械有限公司", "正高级工程师", "主任委员"],
            ["2", "甘雅琴", "雁泉技师学院", "高级讲师、高级技师", "副主任委员"],
            ["3", "罗振宇", "祁原有色冶金集团雁泉分公司", "特级技师", "委员"],
            ["4", "包承恩", "雁泉兰信电子科技有限公司", "高级工程师", "委员"],
            ["5", "马瑞霞", "雁泉市公交集团有限公司", "高级技师", "委员"],
            ["6", "常立平", "祁原石化雁泉炼化厂", "高级技师", "委员"],
            ["7", "鲁文斌", "雁泉职业技术学院", "教授", "委员"],
            ["8", "祁海燕", "雁泉华川酒店管理有限公司", "高级技师", "委员"],
            ["9", "闫志刚", "祁原铁建装备制造有限公司", "正高级工程师", "委员"],
        ]),
        ("h1", "三、工作要求"),
        "（一）评审委员会委员须严格遵守评审纪律。与申报人存在近亲属关系、同一车间（科室）工作关系或者其他可能影响公正评审关系的，应当主动申请回避。",
        "（二）市人才服务中心负责评审会务和申报材料管理，雁泉技师学院负责提供答辩场地和实操设备保障。",
        "（三）各申报单位应于6月20日前完成申报人员业绩材料的补正工作，逾期不再受理。",
        "联系人：市人社局职业能力建设科，联系电话：0947-6218305。",
    ],
    sign=[RSJ], date="2025年6月9日", mark=PUB,
    chaosong="祁原省人力资源和社会保障厅职业能力建设处，市纪委监委驻市人社局纪检监察组。",
    yinfa=(RSJ_BGS, "2025年6月9日"),
    event=("2025年6月24日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table under 二、评审委员会组成 names all 9 members (主任委员 邵明川 etc.) of the 高级技师评审委员会; "
         "meeting 拟于 2025-06-24..26 while 成文日期 is 2025-06-09, i.e. before it sits; marked （此件公开发布）.")

add(key="P02", case="panel", fmt="docx",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕142号",
    title="关于开展2025年度市级技能大师工作室中期评估的通知",
    zhusong="各市级技能大师工作室及其依托单位：",
    body=[
        "按照《雁泉市技能大师工作室建设管理和评估办法》（雁人社发〔2025〕9号）的规定，2023年度、2024年度获批建设的市级技能大师工作室，"
        "应当在建设期中段接受评估。我局决定于今年9月组织开展中期评估，有关事项通知如下。",
        ("h1", "一、评估对象"),
        "2023年度、2024年度批准建设的市级技能大师工作室共12家，名单见附件1。",
        ("h1", "二、评估内容"),
        "重点评估工作室带徒传技、技术攻关、技艺传承推广、资助经费使用和内部制度运行五个方面，按附件2所列指标量化打分，满分100分。",
        ("h1", "三、评估方式和专家"),
        "评估采取听取汇报、查阅资料、现场察看和座谈访谈相结合的方式进行。经研究，本次评估专家组由赵元庆（雁泉重型机械有限公司首席技师）担任组长，"
        "温国梁（雁泉技师学院高级讲师）、苏晓蕾（祁原工业大学副教授）、韦长顺（雁泉市第二建筑工程有限公司高级技师）、"
        "冯佳慧（雁泉市财政投资评审中心高级会计师）为成员。专家组定于9月8日至12日分上午、下午两个时段依次到各工作室开展实地评估，"
        "具体到达时间另行电话告知各依托单位。",
        ("h1", "四、有关要求"),
        "（一）各工作室应于9月1日前将自评报告和佐证材料目录报送市人社局职业能力建设科。",
        "（二）实地评估时，工作室领办人须在场汇报，依托单位分管负责人应参加座谈。",
        "（三）评估结果分为优秀、合格、不合格三个等次。评估不合格的限期整改，整改后仍不合格的，撤销命名并停止拨付后续资助经费。",
    ],
    fujian=["2025年度中期评估工作室名单", "市级技能大师工作室中期评估指标"],
    attach=[{"label": "附件1", "title": "2025年度中期评估工作室名单", "items": [
        ("table", ["序号", "工作室名称", "依托单位", "批准年度"], [
            ["1", "重型装备焊接技能大师工作室", "雁泉重型机械有限公司", "2023"],
            ["2", "有色冶炼技能大师工作室", "祁原有色冶金集团雁泉分公司", "2023"],
            ["3", "数控加工技能大师工作室", "祁原铁建装备制造有限公司", "2023"],
            ["4", "城市公交维修技能大师工作室", "雁泉市公交集团有限公司", "2023"],
            ["5", "西北面点技能大师工作室", "雁泉华川酒店管理有限公司", "2023"],
            ["6", "电子装联技能大师工作室", "雁泉兰信电子科技有限公司", "2023"],
            ["7", "建筑钢结构技能大师工作室", "雁泉市第二建筑工程有限公司", "2024"],
            ["8", "乳品检验技能大师工作室", "雁泉天元乳业有限公司", "2024"],
            ["9", "炼化仪表技能大师工作室", "祁原石化雁泉炼化厂", "2024"],
            ["10", "工业机器人运维技能大师工作室", "雁泉技师学院", "2024"],
            ["11", "养老照护技能大师工作室", "雁泉市社会福利院", "2024"],
            ["12", "民族刺绣技艺大师工作室", "雁泉市非遗保护中心", "2024"],
        ])]}],
    sign=[RSJ], date="2025年8月18日", mark=YSQ,
    chaosong="市财政局。", yinfa=(RSJ_BGS, "2025年8月18日"),
    event=("2025年9月8日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Section 三 names the 5-member 评估专家组 in one running sentence (组长 赵元庆 + 温国梁、苏晓蕾、韦长顺、冯佳慧); "
         "evaluation 定于 2025-09-08..12, 成文日期 2025-08-18; 公开方式：依申请公开 would let it out. Attachment table of studios is fine.")

add(key="P03", case="panel", fmt="txt",
    org_mark=[RSJ + "文件", ZGH], wenhao="雁人社发〔2025〕118号",
    title="关于做好第五届雁泉市职业技能大赛裁判工作的通知",
    zhusong="大赛各赛项承办单位，各参赛代表队：",
    body=[
        "第五届雁泉市职业技能大赛将于2025年9月20日至22日在雁泉技师学院和雁泉市公共实训基地举行，设焊工、电工、数控车工、中式烹调师、"
        "养老护理员五个赛项。为保证赛事公平公正，现就裁判工作有关事项通知如下。",
        "一、裁判人员。经大赛组委会审定，各赛项裁判长和裁判员确定如下：",
        "焊工赛项：裁判长韩立军（祁原铁建装备制造有限公司）；裁判员丁宝山、蒲新民、景春华、贺永红。",
        "电工赛项：裁判长田启航（国网雁泉供电公司）；裁判员窦亚楠、米建国、庞绍文、魏红梅。",
        "数控车工赛项：裁判长牛得胜（雁泉重型机械有限公司）；裁判员薛晓东、严凤琴、靳卫平、拓海龙。",
        "中式烹调师赛项：裁判长尚国栋（雁泉华川酒店管理有限公司）；裁判员柴文娟、穆永福、黎雪梅、晁建军。",
        "养老护理员赛项：裁判长汪丽萍（雁泉市第一人民医院）；裁判员乔慧敏、俞德胜、邬春燕、戚明远。",
        "二、裁判培训。全体裁判人员于9月18日下午在雁泉技师学院报告厅参加赛前培训，学习竞赛技术文件、评分细则和裁判纪律，并签订公正履职承诺书。",
        "三、回避和纪律。裁判人员与参赛选手存在师徒、近亲属或者同一单位关系的，应于9月15日前书面申请回避。比赛期间裁判人员统一食宿，不得与参赛代表队私下接触。",
        "四、裁判酬劳按照《雁泉市职业技能竞赛经费管理办法》执行，由各赛项承办单位据实结算。",
    ],
    sign=[RSJ, ZGH], date="2025年9月3日", mark=PUB,
    chaosong="祁原省人力资源和社会保障厅。", yinfa=(RSJ_BGS, "2025年9月3日"),
    event=("2025年9月20日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Item 一 lists after a colon the 裁判长 and 裁判员 of all five 赛项 of a contest that 将于 2025-09-20..22; "
         "成文日期 2025-09-03; （此件公开发布）. Compare clean C09 (same judges, published after) and C20 (rules only).")

add(key="P04", case="panel", fmt="docx",
    org_mark=None, wenhao=None,
    title="雁泉技师学院2025年公开招聘专业课教师面试工作安排公告",
    body=[
        "根据《雁泉技师学院2025年公开招聘专业课教师公告》，笔试成绩和资格复审结果已于7月4日在学院网站公布。现将面试工作安排公告如下。",
        ("h1", "一、面试时间和地点"),
        "面试定于2025年7月19日（星期六）上午8:30开始，地点为雁泉技师学院行政楼四楼。考生须于当日7:40前持准考证和有效身份证件到候考室报到，"
        "8:00以后仍未报到的，视为自动放弃面试资格。",
        ("h1", "二、面试形式"),
        "面试采取试讲加答辩的方式，每人20分钟，其中试讲15分钟、答辩5分钟，满分100分。试讲课题由考生在候考室抽签确定，准备时间30分钟。",
        ("h1", "三、面试考官"),
        "本次面试设两个考官组，每组考官7人，组成如下：",
        ("table", ["考官组", "面试岗位", "主考官", "考官"], [
            ["第一考官组", "机电一体化、工业机器人专业教师", "霍振华", "刘雨桐、孔德明、沙丽娜、陶建业、卜凡强、何秀兰"],
            ["第二考官组", "烹饪、护理专业教师", "柯玉洁", "钱志宏、裴晓峰、哈玉珍、邓守仁、陆晓光、白雪琴"],
        ]),
        "考官中学院外聘专家不少于二分之一。考官与考生存在应当回避关系的，由学院招聘工作领导小组临时调整。",
        ("h1", "四、成绩合成与体检"),
        "考试总成绩按笔试成绩占40%、面试成绩占60%合成。面试成绩当场向考生公布。按岗位总成绩从高到低、以1:1比例确定体检人选，体检安排另行通知。",
        ("h1", "五、监督"),
        "面试全过程接受学院纪委和市人社局事业单位人事管理科监督。监督电话：0947-6230112。",
    ],
    sign=[JSXY], date="2025年7月7日", mark=PUB,
    event=("2025年7月19日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table under 三、面试考官 names the 主考官 and six 考官 of both examiner groups for an interview 定于 2025-07-19; "
         "成文日期 2025-07-07; 主动公开 公告 (no 文件 header). Compare clean C15 (examiners drawn and sealed, no names).")

add(key="P05", case="panel", fmt="txt",
    org_mark=["雁泉市劳动能力鉴定委员会办公室"], wenhao="雁劳鉴办〔2025〕14号",
    title="关于2025年第7期劳动能力现场鉴定有关事项的通知",
    zhusong="各县（区）人力资源和社会保障局，市工伤保险协议医疗机构：",
    body=[
        "2025年第7期劳动能力现场鉴定将于7月16日（星期三）在雁泉市第一人民医院门诊楼六层鉴定室集中进行，本期共受理初次鉴定、再次鉴定和复查鉴定申请73件。"
        "为做好鉴定组织工作，现将有关事项通知如下。",
        "一、鉴定专家。7月9日上午，在市纪委监委驻局纪检监察组监督下，我办从省劳动能力鉴定医疗卫生专家库中按专业随机抽取了本期鉴定专家。"
        "抽取的专家为：骨科郝建新（雁泉市第一人民医院主任医师）、申志伟（祁原医科大学附属医院副主任医师）；神经外科欧阳明（雁泉市中心医院主任医师）；"
        "眼科卢秀梅（雁泉市眼科医院主任医师）；耳鼻咽喉科房国庆（雁泉市第二人民医院副主任医师）；职业病科甄丽娟（祁原省职业病防治院主任医师）。",
        "二、通知被鉴定人。各县（区）人社局须于7月12日前电话通知本辖区被鉴定人，提醒其携带本人身份证件原件和近期检查资料按时到场；行动不便的，可由家属陪同。",
        "三、辅助检查。需要辅助检查的，由鉴定专家当场提出，协议医院当日优先安排，检查费用按规定列支。",
        "四、纪律要求。鉴定专家与被鉴定人有利害关系的，应当回避。任何单位和个人不得向鉴定专家打听鉴定情况或者请托说情。",
        "联系电话：0947-6217720（市劳动能力鉴定委员会办公室）。",
    ],
    sign=["雁泉市劳动能力鉴定委员会办公室"], date="2025年7月10日", mark=YSQ,
    chaosong="雁泉市第一人民医院。", yinfa=("雁泉市劳动能力鉴定委员会办公室", "2025年7月10日"),
    event=("2025年7月16日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Item 一: after '抽取的专家为：' six drawn 劳动能力鉴定 experts with hospitals, for the session on 2025-07-16; "
         "成文日期 2025-07-10 (drawn 7月9日, one week before); 公开方式：依申请公开.")

add(key="P06", case="panel", fmt="docx",
    org_mark=[JSXY + "文件"], wenhao="雁技院发〔2025〕71号",
    title="关于2025年高级技师综合评审答辩工作安排的通知",
    zhusong="各参评人员所在单位，学院各系部：",
    body=[
        "依据市人社局关于2025年第二批高级技师评价工作的部署，我院作为备案的社会培训评价组织，承担电工、焊工、钳工三个职业（工种）的高级技师综合评审。"
        "经资格审核，共有86人进入答辩环节。现将答辩工作安排通知如下。",
        ("h1", "一、答辩时间和地点"),
        "答辩于2025年10月25日、26日进行，每日上午8:30、下午14:00各一场，地点为学院综合楼二层、三层答辩室。参评人员须提前30分钟到达候考区，按抽签顺序进入答辩室。",
        ("h1", "二、答辩程序"),
        "答辩由参评人员陈述技术总结（不超过8分钟）和答辩委员提问（不超过12分钟）两部分组成。答辩委员根据技术总结质量、解决生产实际问题的能力和回答问题情况独立评分，"
        "取平均分作为答辩成绩，60分及以上为合格。",
        ("h1", "三、答辩委员会"),
        "本次设三个答辩组，各组答辩委员会成员见下表。",
        ("table", ["答辩组", "职业（工种）", "组长", "委员", "答辩室"], [
            ["第一组", "电工", "杭振宇", "滕丽华、聂云飞、吉建华、邝小平", "综合楼201"],
            ["第二组", "焊工", "侯德顺", "梁春妮、单国平、杜若飞", "综合楼203"],
            ["第三组", "钳工", "颜志勇", "仇兰芳、龚振东、喻海波", "综合楼301"],
        ]),
        "答辩委员与参评人员存在亲属、师徒或者同单位关系的，应在答辩开始前向学院职业技能评价办公室报告并回避。",
        ("h1", "四、其他事项"),
        "参评人员须携带本人身份证件和技术总结纸质版一式四份。答辩结果经学院评价工作领导小组审核后报市人社局，并在市人社局门户网站公示不少于5个工作日。",
        "联系人：学院职业技能评价办公室，联系电话：0947-6230158。",
    ],
    sign=[JSXY], date="2025年10月13日", mark=PUB2,
    chaosong="雁泉市人力资源和社会保障局。", yinfa=("雁泉技师学院办公室", "2025年10月13日"),
    event=("2025年10月25日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Word table under 三、答辩委员会 names 组长 and 委员 of three 答辩组 for 答辩 on 2025-10-25/26; "
         "成文日期 2025-10-13; 公开方式：主动公开 under the 发文日期.")

add(key="P07", case="panel", fmt="docx",
    org_mark=[RCZX], wenhao="雁人才发〔2025〕22号",
    title="关于2025年度雁泉市高层次人才创新创业项目集中评审的通知",
    zhusong="各入围项目申报人及其所在单位：",
    body=[
        "2025年度雁泉市高层次人才创新创业项目申报工作已于4月30日结束，经形式审查，共有41个项目进入集中评审环节。"
        "根据《雁泉市高层次人才创新创业扶持资金管理办法》，现将集中评审有关事项通知如下。",
        ("h1", "一、评审时间和地点"),
        "集中评审将于2025年6月5日至6日在雁泉市人才服务中心五楼路演厅进行，采用项目路演加专家质询的方式，每个项目路演10分钟、质询8分钟，出场顺序于6月4日抽签确定。",
        ("h1", "二、评审专家组"),
        "经中心主任办公会研究，项目评审专家组组成如下：",
        ("plain", "组　长：蔺志坚　祁原工业大学科学技术研究院教授"),
        ("plain", "副组长：褚晓红　雁泉市科技创新服务中心研究员"),
        ("plain", "成　员：晏国华　雁泉兰信电子科技有限公司总工程师"),
        ("plain", "　　　　卓雅楠　祁原省创业投资引导基金管理有限公司投资总监"),
        ("plain", "　　　　苗立新　雁泉市生产力促进中心高级工程师"),
        ("plain", "　　　　司晓东　雁泉职业技术学院副教授"),
        ("plain", "　　　　桂　敏　祁原天衡会计师事务所注册会计师"),
        ("h1", "三、评审结果运用"),
        "评审按技术创新性、市场前景、团队能力、财务可行性四项指标打分，按得分排序并结合资金规模确定拟资助项目，报市人才工作领导小组审定后向社会公示。",
        ("h1", "四、有关要求"),
        "申报人须于6月3日前提交路演材料，路演须由项目负责人本人进行，不得委托他人。评审期间，申报人及其所在单位不得以任何方式联系评审专家，违者取消评审资格。",
    ],
    sign=[RCZX], date="2025年5月20日", mark=YSQ2,
    chaosong="市委人才工作领导小组办公室，市人力资源和社会保障局。", yinfa=("雁泉市人才服务中心综合科", "2025年5月20日"),
    event=("2025年6月5日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Section 二: list after '组成如下：' names the 7 members of the 项目评审专家组; review 将于 2025-06-05/06; "
         "成文日期 2025-05-20; marked （此件依申请公开）. The notice itself forbids contacting the experts.")

add(key="P08", case="panel", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕152号",
    title="关于召开2025年度技工院校教师系列中级职称评审会议的通知",
    zhusong="各技工院校，各有关单位：",
    body=[
        "经祁原省人力资源和社会保障厅核准，雁泉市技工院校教师系列中级职称评审委员会负责评审本市技工院校讲师、一级实习指导教师任职资格。"
        "2025年度申报工作已经结束，共受理申报材料64份。现将评审会议有关事项通知如下。",
        "一、会议时间：2025年11月12日至13日。评委于11月11日下午报到，并参加评前业务培训。",
        "二、会议地点：雁泉技师学院学术交流中心。",
        "三、参会人员：本次评审会议评委（名单见附件），市人社局专业技术人员管理科和市纪委监委驻局纪检监察组有关同志。",
        "四、评审程序：专业评议组初审、申报人述职答辩、评委会集体评议和无记名投票表决，同意票数达到出席评委三分之二以上的为评审通过。",
        "五、纪律要求：评审会议期间实行集中管理，通讯工具统一保管。评委不得私自接触申报人员或者接受请托；与申报人有回避关系的，应当主动提出。",
        "六、会务费用由市人社局按规定列支，各单位不再另行安排。",
    ],
    fujian=["2025年度技工院校教师系列中级职称评审会议评委名单"],
    attach=[{"label": "附件", "title": "2025年度技工院校教师系列中级职称评审会议评委名单", "items": [
        ("plain", "主任委员：米兰芬（雁泉技师学院，正高级讲师）"),
        ("plain", "副主任委员：宋启明（雁泉交通技工学校，高级讲师）"),
        ("plain", "委员（按姓氏笔画排序）："),
        ("plain", "　王建勋（雁泉工业技工学校，高级讲师）"),
        ("plain", "　冯秀莲（雁泉技师学院，高级实习指导教师）"),
        ("plain", "　吕德昌（祁原工业大学，教授）"),
        ("plain", "　孙玉凤（北塬区职业技术学校，高级讲师）"),
        ("plain", "　杨振江（雁泉重型机械有限公司，正高级工程师）"),
        ("plain", "　林慧敏（雁泉交通技工学校，高级讲师）"),
        ("plain", "　郑永平（雁泉工业技工学校，高级实习指导教师）"),
        ("plain", "　高文杰（雁泉职业技术学院，副教授）"),
        ("plain", "　蔡丽娟（雁泉技师学院，高级讲师）"),
    ]}],
    sign=[RSJ], date="2025年11月3日", mark=PUB,
    chaosong="祁原省人力资源和社会保障厅专业技术人员管理处。", yinfa=(RSJ_BGS, "2025年11月3日"),
    event=("2025年11月12日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Body item 三 points to the 附件 (after date and marking) listing 主任委员, 副主任委员 and 9 委员 of the "
         "职称评审会议 held 2025-11-12/13; 成文日期 2025-11-03; （此件公开发布）. The names are only in the attachment.")

# ============================================================================
# B. UNANNOUNCED INSPECTIONS DISCLOSED BEFORE THEY HAPPEN (SECRET_CONTENT / escalate)
# ============================================================================

add(key="U01", case="unannounced", fmt="docx",
    org_mark=[SBZX], wenhao="雁社保发〔2025〕47号",
    title="关于开展2025年第三季度社会保险基金现场稽核抽查的通知",
    zhusong="中心各科室，各县（区）社会保险经办机构：",
    body=[
        "为贯彻《社会保险经办条例》和省社会保险事业管理局关于加强基金运行风险防控的要求，中心决定在第三季度对部分参保单位开展现场稽核抽查。现将有关事项通知如下。",
        ("h1", "一、抽查重点"),
        "重点核查参保单位申报缴费人数与实际用工人数是否一致、缴费基数是否足额、是否存在死亡或者服刑人员继续领取待遇的情况，以及工伤保险待遇支付凭证是否真实。",
        ("h1", "二、抽查对象和时间"),
        "经基金稽核科根据数据比对疑点筛选，确定以下7家单位为本轮抽查对象。本轮抽查不提前下发《社会保险稽核通知书》，"
        "稽核组于下列日期直接进入单位，到场后出示证件和通知书再开展稽核。",
        ("table", ["序号", "被稽核单位", "所在区", "稽核日期", "稽核组"], [
            ["1", "雁泉市恒达物业服务有限公司", "金台区", "9月9日", "第一组"],
            ["2", "祁原鑫源商贸有限公司", "河西区", "9月10日", "第一组"],
            ["3", "雁泉市第二建筑工程有限公司", "北塬区", "9月11日", "第二组"],
            ["4", "雁泉天元乳业有限公司", "雁滩区", "9月12日", "第二组"],
            ["5", "雁泉安泰保安服务有限公司", "金台区", "9月16日", "第一组"],
            ["6", "雁泉康健家政服务有限公司", "河西区", "9月17日", "第三组"],
            ["7", "雁泉市顺通客运有限公司", "高新区", "9月19日", "第三组"],
        ]),
        ("h1", "三、工作要求"),
        "（一）每个稽核组不少于2名持有稽核证件的工作人员，由基金稽核科统一调配。",
        "（二）抽查期间，各科室和县（区）经办机构不得就上述单位的参保业务作出与稽核有关的提示；征缴科暂停为上述单位办理缴费基数追溯调整。",
        "（三）稽核结束后5个工作日内书面告知被稽核单位稽核结果；发现违规的，10个工作日内送达整改意见书。",
    ],
    sign=[SBZX], date="2025年8月25日", mark=YSQ2,
    chaosong="雁泉市人力资源和社会保障局社会保险基金监督科。", yinfa=("雁泉市社会保险事业服务中心办公室", "2025年8月25日"),
    event=("2025年9月9日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Section 二 says 不提前下发稽核通知书 / 直接进入单位, and the Word table lists 7 target units with dates 2025-09-09..19; "
         "成文日期 2025-08-25; （此件依申请公开） would release the plan. Compare clean C06 (same units, reported afterwards).")

add(key="U02", case="unannounced", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕131号",
    title="关于开展经营性人力资源服务机构规范经营暗访的通知",
    zhusong="市人才服务中心，市劳动保障监察支队：",
    body=[
        "近期，12345政务服务便民热线陆续接到群众反映，部分人力资源服务机构存在收取求职押金、发布虚假招聘信息和以“培训贷”诱导求职者等问题。"
        "为及时查实情况，局里决定组织一次暗访。现将有关事项通知如下。",
        ("h1", "一、暗访对象"),
        "根据投诉线索和年度报告异常情况，确定以下机构为暗访对象：雁泉聚才人力资源有限公司（金台区西关大街）、雁泉优职通人力资源服务有限公司（河西区兰苑路）、"
        "祁原卓越人才咨询有限公司雁泉分公司（高新区创业大厦）、雁泉市众诚劳务派遣有限公司（北塬区北环路）。",
        ("h1", "二、时间和方式"),
        "暗访于10月20日至24日进行。市人才服务中心抽调4名未在窗口岗位工作过的年轻同志，两人一组，以普通求职者身份进入上述机构咨询求职，"
        "全程记录收费和签约情况，必要时留存录音录像。暗访期间不与被访机构负责人接触，也不出示工作证件。",
        ("h1", "三、后续处置"),
        "暗访结束后3个工作日内，暗访组将情况书面报局人力资源流动管理科。对查实的违法行为，由市劳动保障监察支队依法立案查处；涉及许可条件的，依法处理其许可证。",
        ("h1", "四、工作纪律"),
        "参加暗访人员应当如实记录，不得诱导对方实施违法行为。暗访安排须严格控制知悉范围。",
    ],
    sign=[RSJ], date="2025年10月9日", mark=PUB,
    chaosong="市市场监督管理局。", yinfa=(RSJ_BGS, "2025年10月9日"),
    event=("2025年10月20日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Sections 一/二 name four target agencies (with streets) and the window 2025-10-20..24 for a 暗访 by staff posing as job seekers; "
         "成文日期 2025-10-09; marked （此件公开发布） although 四 itself says to restrict 知悉范围.")

add(key="U03", case="unannounced", fmt="txt",
    org_mark=[RCZX], wenhao="雁人才发〔2025〕49号",
    title="关于加强2025年秋季招聘会现场秩序管理的通知",
    zhusong="各招聘会主办单位，各进场招聘单位：",
    body=[
        "秋季是高校毕业生和农村转移劳动力求职的集中期。为维护招聘会现场秩序，保护求职者合法权益，现就有关事项通知如下。",
        "一、主办单位应当在招聘会举办前5个工作日，将参会单位名单、岗位信息和场地安全预案报中心备案，并对进场单位的营业执照和招聘简章逐一核验。",
        "二、进场单位不得以任何名义向求职者收取报名费、押金，不得扣押求职者身份证件，不得发布含有性别、民族、户籍等歧视性内容的岗位信息。",
        "三、招聘会现场须设置咨询投诉台，公布投诉电话。",
        "四、为掌握真实情况，中心将对9月13日在雁泉国际会展中心举办的“秋季大型人才交流会”和9月27日在河西区人力资源市场举办的“民营企业专场招聘会”组织专项检查。"
        "检查人员届时不通知主办方，以普通求职者身份随人流进场，重点核查收费、押证和虚假招聘行为，发现问题再亮明身份当场处理。",
        "五、对检查中发现的问题，中心将责令主办单位限期整改，并报市人社局依法处理；情节严重的，取消其下一年度在公共场所举办招聘会的资格。",
        "联系电话：0947-6225310（市人才服务中心市场管理科）。",
    ],
    sign=[RCZX], date="2025年9月1日", mark=PUB,
    event=("2025年9月13日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Item 四 names two fairs (2025-09-13 会展中心, 2025-09-27 河西区人力资源市场) where inspectors will enter 不通知主办方 "
         "posing as job seekers; the notice is addressed to the organisers themselves; 成文日期 2025-09-01; published. Compare clean C11/C19.")

add(key="U04", case="unannounced", fmt="docx",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕58号",
    title="关于开展补贴性职业技能培训质量抽查的通知",
    zhusong="局职业能力建设科，市就业服务中心，市社会保险事业服务中心：",
    body=[
        "2025年第一季度，全市定点培训机构共开班217期，申领培训补贴的人数较上年同期增长近四成。为核实培训真实性，防止虚开班、代签到等套取补贴行为，"
        "局里决定开展一次培训质量抽查。",
        ("h1", "一、抽查安排"),
        "抽查组由职业能力建设科牵头，市就业服务中心、市社会保险事业服务中心各派1人参加。检查组在抵达培训点前半小时方电话通知机构负责人，"
        "到场后直接清点在训学员，核对人脸识别签到记录和教学日志。抽查机构和时间如下：",
        ("table", ["序号", "培训机构", "抽查班次", "抽查日期"], [
            ["1", "雁泉市启航职业技能培训学校", "电工（中级）第3期", "4月22日"],
            ["2", "雁泉巧手家政培训中心", "育婴员第5期", "4月23日"],
            ["3", "北塬区惠民职业培训学校", "中式面点师第2期", "4月25日"],
            ["4", "雁泉技师学院社会培训部", "焊工（高级）第1期", "4月28日"],
            ["5", "雁泉金钥匙电子商务培训学校", "电子商务师第4期", "4月30日"],
        ]),
        ("h1", "二、核查内容"),
        "（一）实际到课人数与签到系统记录是否一致；（二）授课教师与备案师资是否一致；（三）课程内容与培训计划是否相符；（四）是否存在同一学员在多家机构重复参训。",
        ("h1", "三、结果处理"),
        "对查实虚假培训的，停止拨付补贴，追回已拨资金，取消定点资格，并移送有关部门处理。抽查情况于5月15日前汇总报局领导。",
    ],
    sign=[RSJ], date="2025年4月14日", mark=YSQ,
    yinfa=(RSJ_BGS, "2025年4月14日"),
    event=("2025年4月22日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Section 一: institutions are phoned only 抵达培训点前半小时, and a Word table names five training institutions with "
         "class and date 2025-04-22..30; 成文日期 2025-04-14; 公开方式：依申请公开.")

add(key="U05", case="unannounced", fmt="txt",
    org_mark=[RSJ], wenhao="雁人社发〔2025〕77号",
    title="关于做好2025年第二批职业技能等级认定考务巡查工作的通知",
    zhusong="局属有关单位，局机关有关科室：",
    body=[
        "2025年第二批职业技能等级认定统一考试将于6月14日至15日举行，全市共设考点9个、考生3126人。为严肃考风考纪，现将考务巡查工作安排通知如下。",
        "一、巡查组织。局成立考务巡查领导小组，下设三个巡查组，分别由局机关科室负责人带队，每组3人。",
        "二、巡查方式和路线。巡查组不提前与考点联系，按以下路线到达考点：第一巡查组6月14日上午到雁泉技师学院考点、下午到雁泉交通技工学校考点；"
        "第二巡查组6月14日上午到北塬区职业技能培训中心考点、6月15日上午到雁泉巧手家政培训中心考点；"
        "第三巡查组6月15日全天在雁滩区公共实训基地考点和雁泉金钥匙电子商务培训学校考点之间往返巡查。",
        "三、巡查内容。核查考点视频监控是否全程开启、考务人员是否在岗、考生身份核验是否落实、试卷保管交接手续是否完备。",
        "四、问题处理。对巡查中发现的问题，巡查组当场责令纠正；情节严重的，暂停有关评价机构的认定资格并在全市通报。",
        "五、巡查结束后，各巡查组于6月17日前将巡查记录报局职业能力建设科。巡查人员须佩戴工作证件，巡查时不得进入考场干扰考试秩序。",
    ],
    sign=[RSJ], date="2025年6月4日", mark=PUB2,
    yinfa=(RSJ_BGS, "2025年6月4日"),
    event=("2025年6月14日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Item 二: 巡查组不提前与考点联系, then each group's route with six named 考点 and dates 2025-06-14/15; "
         "成文日期 2025-06-04; 公开方式：主动公开. Compare clean C16 (announced 督导 with schedule).")

add(key="U06", case="unannounced", fmt="docx",
    org_mark=["雁泉市劳动保障监察支队"], wenhao="雁劳监〔2025〕39号",
    title="关于印发《2025年冬季根治欠薪夜查行动工作方案》的通知",
    zhusong="支队各大队：",
    body=[
        "现将《2025年冬季根治欠薪夜查行动工作方案》印发给你们，请认真组织实施。",
        ("center", "2025年冬季根治欠薪夜查行动工作方案"),
        ("h1", "一、行动目的"),
        "临近年底，工程建设领域欠薪问题易发多发。白天检查时，部分项目存在临时补签考勤、组织人员应付询问等情况。支队决定在冬季专项行动期间组织夜查，"
        "直接向农民工本人了解工资支付情况。",
        ("h1", "二、检查对象和时间"),
        "根据欠薪预警平台数据和近期投诉线索，确定以下在建项目为夜查对象，于12月2日至5日每日19时后开展检查：",
        ("table", ["序号", "项目名称", "施工总承包单位", "检查日期", "责任大队"], [
            ["1", "雁泉新城安置小区三期", "雁泉市第二建筑工程有限公司", "12月2日", "一大队"],
            ["2", "河西区金色家园商住楼", "祁原华宇建设集团有限公司", "12月3日", "二大队"],
            ["3", "高新区智造产业园标准厂房", "祁原铁建建设工程有限公司", "12月4日", "三大队"],
            ["4", "北塬区第五中学综合楼", "雁泉宏基建筑安装有限公司", "12月5日", "一大队"],
        ]),
        ("h1", "三、检查方式"),
        "采取“四不两直”方式，不发通知、不打招呼、不听汇报、不用陪同接待，直奔工地生活区和项目部，直插农民工宿舍，现场核对实名制考勤和工资专用账户代发记录。",
        ("h1", "四、工作要求"),
        "各大队每晚出动不少于4人，配备执法记录仪；发现欠薪线索的，次日立案调查。行动结束后3个工作日内，各大队将检查情况报支队法制科。",
    ],
    sign=["雁泉市劳动保障监察支队"], date="2025年11月24日", mark=YSQ2,
    chaosong="雁泉市人力资源和社会保障局。", yinfa=("雁泉市劳动保障监察支队办公室", "2025年11月24日"),
    event=("2025年12月2日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="方案 二/三: Word table of four construction projects and the nights 2025-12-02..05 for a 四不两直 (不发通知、不打招呼) 夜查; "
         "成文日期 2025-11-24; （此件依申请公开）. Compare clean C12 (campaign plan without targets).")

add(key="U07", case="unannounced", fmt="docx",
    org_mark=[SBZX], wenhao="雁社保发〔2025〕29号",
    title="关于开展工伤保险协议机构服务行为专项核查的通知",
    zhusong="中心工伤保险科、基金稽核科、财务科：",
    body=[
        "今年以来，中心在工伤医疗费用智能审核中发现，部分协议康复机构和辅助器具配置机构存在住院天数偏长、同一康复项目重复计费等疑点。经中心主任办公会研究，决定开展专项核查。",
        ("h1", "一、核查组"),
        "由基金稽核科牵头组成核查组，工伤保险科、财务科各派1名业务骨干参加，并邀请1名康复医学专家随行。",
        ("h1", "二、核查对象和日程"),
        "为确保核查实效，核查对象和日程仅限核查组成员掌握，核查组成员不得以任何方式与被核查机构联系，核查前也不得调阅上述机构的联网结算明细（由基金稽核科统一导出）。"
        "核查组于5月19日至23日依次前往以下机构：5月19日雁泉康复医院，5月20日金台区工伤康复中心，5月21日雁泉安康辅助器具配置有限公司，"
        "5月22日至23日祁原医科大学附属医院康复医学科。",
        ("h1", "三、核查内容"),
        "（一）在院工伤职工与结算名单是否一致，是否存在挂床住院；（二）康复项目的实施记录与计费是否对应；（三）辅助器具实物与配置目录、价格是否相符。",
        ("h1", "四、结果运用"),
        "核查发现的违规费用予以拒付或者追回；情节严重的，暂停直至解除服务协议。核查报告于6月10日前报中心主任办公会。",
    ],
    sign=[SBZX], date="2025年5月6日", mark=PUB,
    yinfa=("雁泉市社会保险事业服务中心办公室", "2025年5月6日"),
    event=("2025年5月19日", "after"),
    attribute="主动公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Indirect wording (no 突击/暗访/不打招呼): section 二 says 核查对象和日程仅限核查组成员掌握 and forbids contacting targets, "
         "then names four agencies with dates 2025-05-19..23; 成文日期 2025-05-06; marked （此件公开发布）.")

add(key="U08", case="unannounced", fmt="txt",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕31号",
    title="关于开展流动人员人事档案管理服务机构专项检查的通知",
    zhusong="局人力资源流动管理科，局办公室：",
    body=[
        "按照省人社厅关于流动人员人事档案管理服务规范化建设的部署，局里决定于3月下旬对部分档案管理服务机构开展专项检查，现将有关事项通知如下。",
        "一、检查对象：雁泉市人才服务中心档案室、金台区公共就业和人才服务中心、河西区人才服务中心、雁泉职业技术学院毕业生档案室。",
        "二、检查时间：3月24日至28日，每家机构半天，先后顺序由带队负责人临时确定。",
        "三、检查方法：检查组到达现场后方出示检查通知书，当场调阅档案库房登记簿和近一年档案转递记录，随机抽取不少于30卷档案核对材料归档情况，"
        "并查看库房防火、防潮、防盗设施。为避免被检查机构临时补录材料，检查前请勿向上述机构调取任何统计数据。",
        "四、检查组由局人力资源流动管理科负责人带队，抽调局办公室档案管理人员2名参加。",
        "五、检查发现的问题，当场反馈并下达整改通知书，限期30日内整改到位；检查情况于4月10日前形成书面报告。",
        "六、检查人员应当遵守档案保密规定，查阅档案须两人以上在场，不得摘抄、复制档案内容，检查记录由带队负责人签字后存档。",
    ],
    sign=[RSJ], date="2025年3月10日", mark=YSQ,
    event=("2025年3月24日", "after"),
    attribute="依申请公开", decision="escalate", codes=["SECRET_CONTENT"],
    note="Items 一–三: four named 档案 agencies, 2025-03-24..28, 检查组到达现场后方出示检查通知书 and no prior data requests "
         "(unannounced, said indirectly); 成文日期 2025-03-10; 公开方式：依申请公开.")

# ============================================================================
# C. CLEAN TRAPS  (approve, no codes)
# ============================================================================
CLEAN = dict(decision="approve", codes=[])

add(key="C01", case="clean_panel_after", fmt="docx",
    org_mark=[RSJ], wenhao=None,
    title="2025年度雁泉市高级技师职业技能等级评审结果公示",
    body=[
        "2025年6月24日至26日，雁泉市高级技师职业技能等级评审委员会召开评审会议，对本年度机械制造、电工电子、化工和现代服务四个职业大类的132名申报人员进行了评审。"
        "经个人述职、现场答辩和委员无记名投票，共有97人通过评审。根据有关规定，现将评审结果予以公示。",
        ("h1", "一、评审委员会组成"),
        "本年度评审委员会由9名委员组成：主任委员邵明川，副主任委员甘雅琴，委员罗振宇、包承恩、马瑞霞、常立平、鲁文斌、祁海燕、闫志刚。"
        "评审全过程接受市纪委监委驻局纪检监察组监督。",
        ("h1", "二、通过评审人员名单（节选，完整名单见局门户网站公示专栏）"),
        ("table", ["序号", "姓名", "工作单位", "职业（工种）"], [
            ["1", "王海峰", "雁泉重型机械有限公司", "焊工"],
            ["2", "李春燕", "雁泉兰信电子科技有限公司", "电子设备装接工"],
            ["3", "张国栋", "祁原有色冶金集团雁泉分公司", "冶炼工"],
            ["4", "刘晓梅", "雁泉华川酒店管理有限公司", "中式烹调师"],
            ["5", "陈德荣", "雁泉市公交集团有限公司", "汽车维修工"],
            ["6", "杨立新", "祁原石化雁泉炼化厂", "化工总控工"],
            ["7", "赵文静", "雁泉天元乳业有限公司", "农产品食品检验员"],
            ["8", "黄志强", "祁原铁建装备制造有限公司", "数控车工"],
        ]),
        ("h1", "三、公示期和反映渠道"),
        "公示期为2025年7月4日至7月10日（5个工作日）。对公示人员有异议的，可在公示期内以书面形式实名向市人社局职业能力建设科反映，反映问题应当具体、有据，匿名材料不予受理。",
        "受理电话：0947-6218305；通讯地址：雁泉市金台区民主西路118号市人社局职业能力建设科。",
    ],
    sign=[RSJ], date="2025年7月3日", mark=PUB,
    event=("2025年6月26日", "before"),
    attribute="主动公开", **CLEAN,
    note="Results 公示 dated 2025-07-03 after the 2025-06-24..26 sitting; names the 评审委员会 in past tense and lists passers "
         "(name, employer, trade; no IDs). Clean trap for P01 (same panel, named beforehand).")

add(key="C02", case="clean_expert_call", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕18号",
    title="关于征集雁泉市技能人才评价专家库入库专家的通知",
    zhusong="各县（区）人力资源和社会保障局，各有关企业、院校、行业协会：",
    body=[
        "为满足高级技师评审、技能大师工作室评估、职业技能竞赛裁判等技能人才评价工作的需要，我局决定面向社会公开征集技能人才评价专家，建立市级专家库。现将有关事项通知如下。",
        ("h1", "一、征集范围"),
        "机械制造、电工电子、化工冶金、建筑施工、现代服务和数字技术等领域的高技能人才、工程技术人员和职业院校专业教师。",
        ("h1", "二、入库条件"),
        "（一）遵守宪法和法律，坚持原则，作风正派，熟悉技能人才评价政策；",
        "（二）具有高级技师职业资格（职业技能等级）或者副高级以上专业技术职称，从事本专业工作10年以上；",
        "（三）年龄一般不超过65周岁，身体健康，能够按时参加评价活动；",
        "（四）近三年内未受到党纪政务处分，未被列入严重失信主体名单。",
        ("h1", "三、推荐方式"),
        "采取个人自荐和单位推荐相结合的方式。申请人填写《雁泉市技能人才评价专家入库推荐表》，经所在单位审核盖章后，于2025年4月10日前报送市人社局职业能力建设科。"
        "我局对推荐人选进行资格审查，符合条件的纳入专家库并颁发聘书，聘期三年。",
        ("h1", "四、专家管理"),
        "专家库实行动态管理，每年调整一次。具体评审评价活动所需专家由管理系统随机抽取产生。入库专家信息仅用于评价工作组织，不对外公布。"
        "对无故多次缺席、违反评审纪律或者利用专家身份谋取私利的，取消入库资格。",
    ],
    fujian=["雁泉市技能人才评价专家入库推荐表"],
    sign=[RSJ], date="2025年3月3日", mark=PUB,
    chaosong="祁原省人力资源和社会保障厅职业能力建设处。", yinfa=(RSJ_BGS, "2025年3月3日"),
    attribute="主动公开", **CLEAN,
    note="Call for experts to join the 专家库: criteria and procedure only, no names; even states that expert information "
         "is not published. Clean.")

add(key="C03", case="clean_recusal_rules", fmt="txt",
    org_mark=[RSJ + "文件"], wenhao="雁人社规〔2025〕2号",
    title="雁泉市人力资源和社会保障局关于印发《雁泉市技能人才评审评估工作回避和保密规定》的通知",
    zhusong="各县（区）人力资源和社会保障局，局属各单位，各职业技能等级认定评价机构：",
    body=[
        "现将《雁泉市技能人才评审评估工作回避和保密规定》印发给你们，请认真遵照执行。",
        ("center", "雁泉市技能人才评审评估工作回避和保密规定"),
        "第一条　为保证高级技师评审、技能大师工作室评估、职业技能竞赛裁判和面试考官等工作公正进行，根据有关规定，制定本规定。",
        "第二条　评审专家、评估专家、裁判人员、考官和工作人员有下列情形之一的，应当回避：（一）是申报人、被评估对象、参赛选手或者考生的近亲属的；"
        "（二）与其在同一单位、同一车间或者班组工作，或者存在师徒关系的；（三）近三年内与其有合作项目或者经济往来的；（四）其他可能影响公正的情形。",
        "第三条　回避由本人申请，组织单位也可以依职权决定。申报人认为有关人员应当回避的，可以书面提出并说明理由，但不得要求获知尚未公布的专家名单。",
        "第四条　评审专家、评估专家、裁判人员和考官名单，在评审、评估、比赛、面试结束前属于工作秘密，组织单位不得在通知、公告中载明；结束后随结果一并公开。",
        "第五条　评审会议的讨论情况、投票情况和专家个人意见，任何人不得对外泄露。",
        "第六条　违反本规定的，取消有关专家的入库资格；工作人员违反本规定的，依规依纪追究责任。",
        "第七条　本规定由市人力资源和社会保障局负责解释，自2025年3月1日起施行，有效期5年。",
    ],
    sign=[RSJ], date="2025年2月17日", mark=PUB2,
    chaosong="市司法局。", yinfa=(RSJ_BGS, "2025年2月17日"),
    attribute="主动公开", **CLEAN,
    note="Normative document stating 回避 and 保密 rules in general; 第四条 even says panel lists are work secrets until the event "
         "ends, but no panel or member is named. Clean.")

add(key="C04", case="clean_composition_rules", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕9号",
    title="雁泉市人力资源和社会保障局关于印发《雁泉市技能大师工作室建设管理和评估办法》的通知",
    zhusong="各县（区）人力资源和社会保障局，各有关企业、院校：",
    body=[
        "为加强市级技能大师工作室建设管理，发挥高技能领军人才在带徒传技、技术攻关中的作用，我局制定了《雁泉市技能大师工作室建设管理和评估办法》，现印发给你们，请遵照执行。",
        ("center", "雁泉市技能大师工作室建设管理和评估办法"),
        "第一条　市级技能大师工作室（以下简称工作室）依托企业、技工院校设立，由具有高级技师职业资格或者获得市级以上技能类荣誉的人员领办。",
        "第二条　工作室建设期为三年。建设期内，市财政给予每家工作室10万元资助，分两次拨付，首次拨付60%，中期评估合格后拨付其余40%。",
        "第三条　工作室在建设期第二年接受中期评估，建设期满接受验收评估。评估指标及分值见下表。",
        ("table", ["一级指标", "主要内容", "分值"], [
            ["带徒传技", "带徒人数、徒弟技能等级晋升情况", "30"],
            ["技术攻关", "解决生产难题、技术革新成果", "25"],
            ["技艺推广", "培训课程开发、技能交流活动", "20"],
            ["经费使用", "资助经费专款专用、账目规范", "15"],
            ["制度运行", "管理制度健全、运行记录完整", "10"],
        ]),
        "第四条　评估由市人力资源和社会保障局组织，评估专家组由5名或者7名专家组成，从市技能人才评价专家库中随机抽取，其中来自企业生产一线的高技能人才不少于半数，"
        "另设财务专家1名。领办人所在单位的人员以及与领办人有师徒关系的专家不得入选。",
        "第五条　评估专家组名单在评估结束后随评估结果一并公示。",
        "第六条　评估结果分为优秀、合格、不合格三个等次。评估不合格的，限期六个月整改；整改后仍不合格的，撤销命名，停止拨付资助经费。",
        "第七条　本办法自印发之日起施行。",
    ],
    sign=[RSJ], date="2025年1月20日", mark=PUB,
    chaosong="市财政局。", yinfa=(RSJ_BGS, "2025年1月20日"),
    attribute="主动公开", **CLEAN,
    note="Composition rules for the 评估专家组 (size, random draw, share of front-line experts, 回避) with no names; "
         "indicator Word table. Clean trap for P02.")

add(key="C05", case="clean_review_notice", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕27号",
    title="关于做好2025年度高级技师职业技能等级评审申报工作的通知",
    zhusong="各县（区）人力资源和社会保障局，各有关企业，雁泉技师学院：",
    body=[
        "根据省人社厅授权，2025年度我市继续开展机械制造、电工电子、化工和现代服务四个职业大类的高级技师职业技能等级评审。现将申报工作有关事项通知如下。",
        ("h1", "一、申报条件"),
        "在本市企业生产一线从事技术技能工作，取得技师职业资格（职业技能等级）后累计从事本职业工作满4年，近三年年度考核均为合格以上；"
        "或者在市级以上职业技能竞赛中获得前五名，可不受从业年限限制。",
        ("h1", "二、时间安排"),
        ("table", ["阶段", "时间", "主要工作"], [
            ["个人申报", "4月15日至5月15日", "登录市技能人才评价系统提交申报材料"],
            ["单位审核", "5月16日至25日", "所在单位审核并公示不少于5个工作日"],
            ["资格审查", "5月26日至6月10日", "市人才服务中心审查申报资格"],
            ["集中评审", "6月下旬（具体时间另行通知）", "个人述职、现场答辩、投票表决"],
            ["结果公示", "评审结束后7个工作日内", "在局门户网站公示不少于5个工作日"],
        ]),
        ("h1", "三、评审组织"),
        "评审委员会由我局按规定组建，委员从市技能人才评价专家库中抽取产生，其组成人员在评审结束后随评审结果一并公示。申报人及其所在单位不得打听评审委员人选。",
        ("h1", "四、材料要求"),
        "申报人须提交技术总结一篇、近三年业绩证明材料和所在单位推荐意见，材料须真实准确。弄虚作假的，取消当年申报资格，三年内不得再次申报。",
    ],
    sign=[RSJ], date="2025年4月8日", mark=PUB,
    yinfa=(RSJ_BGS, "2025年4月8日"),
    attribute="主动公开", **CLEAN,
    note="Review notice before the event with dates and procedure (Word table) but no members; panel publication deferred to "
         "the results 公示. Clean.")

add(key="C06", case="clean_inspection_report", fmt="docx",
    org_mark=[SBZX], wenhao="雁社保发〔2025〕63号",
    title="关于2025年第三季度社会保险基金现场稽核抽查情况的通报",
    zhusong="各县（区）社会保险经办机构，各参保单位：",
    body=[
        "9月9日至19日，中心基金稽核科分三个组，以不提前通知、直接进点的方式，对7家参保单位开展了现场稽核抽查，共核查职工花名册2136人次、工资发放凭证38册。"
        "现将有关情况通报如下。",
        ("h1", "一、被抽查单位及处理情况"),
        ("table", ["序号", "被稽核单位", "稽核日期", "主要问题", "处理情况"], [
            ["1", "雁泉市恒达物业服务有限公司", "9月9日", "少报缴费人数11人", "已补缴，追加滞纳金"],
            ["2", "祁原鑫源商贸有限公司", "9月10日", "未发现问题", "—"],
            ["3", "雁泉市第二建筑工程有限公司", "9月11日", "缴费基数低于实际工资", "限期30日整改"],
            ["4", "雁泉天元乳业有限公司", "9月12日", "未发现问题", "—"],
            ["5", "雁泉安泰保安服务有限公司", "9月16日", "漏报新招用人员6人", "已补办参保登记"],
            ["6", "雁泉康健家政服务有限公司", "9月17日", "少报缴费人数4人", "已补缴"],
            ["7", "雁泉市顺通客运有限公司", "9月19日", "工伤待遇凭证不全", "补正材料，暂缓支付"],
        ]),
        ("h1", "二、存在的主要问题"),
        "从抽查情况看，部分劳动密集型企业仍存在少报参保人数、压低缴费基数和新招用人员未及时参保的问题，个别单位工伤保险待遇申报材料不规范。",
        ("h1", "三、下一步要求"),
        "各参保单位要对照通报问题开展自查，发现问题主动补报补缴。中心将把本轮抽查发现问题的单位纳入重点监控，并继续开展日常稽核和不定期抽查。",
    ],
    sign=[SBZX], date="2025年10月16日", mark=PUB,
    chaosong="雁泉市人力资源和社会保障局。", yinfa=("雁泉市社会保险事业服务中心办公室", "2025年10月16日"),
    event=("2025年9月19日", "before"),
    attribute="主动公开", **CLEAN,
    note="After-the-fact 通报 (成文日期 2025-10-16; checks 2025-09-09..19): names the 7 units visited and says, in past tense, "
         "they were not told in advance. Closest clean trap to U01.")

add(key="C07", case="clean_double_random_plan", fmt="docx",
    org_mark=[RSJ + "文件"], wenhao="雁人社发〔2025〕15号",
    title="关于印发《雁泉市人力资源和社会保障局2025年度“双随机、一公开”抽查工作计划》的通知",
    zhusong="局机关各科室，局属各单位：",
    body=[
        "现将《雁泉市人力资源和社会保障局2025年度“双随机、一公开”抽查工作计划》印发给你们，请按计划组织实施。",
        ("center", "雁泉市人力资源和社会保障局2025年度“双随机、一公开”抽查工作计划"),
        ("h1", "一、抽查事项和比例"),
        "依据我局随机抽查事项清单，2025年度安排以下抽查事项：",
        ("table", ["序号", "抽查事项", "抽查对象范围", "抽查比例", "检查方式", "实施时间"], [
            ["1", "人力资源服务机构经营行为", "取得许可或者备案的经营性人力资源服务机构", "不低于5%", "现场检查", "第二、三季度"],
            ["2", "职业技能等级认定工作质量", "备案的职业技能等级认定评价机构", "不低于10%", "现场检查、书面检查", "第三季度"],
            ["3", "用人单位遵守劳动保障法律法规", "本市登记的各类用人单位", "不低于3%", "书面审查、现场检查", "第二、四季度"],
            ["4", "社会保险参保缴费", "参保单位", "不低于2%", "书面稽核、实地稽核", "全年"],
            ["5", "民办职业培训学校办学", "本市审批的民办职业培训学校", "不低于10%", "现场检查", "第四季度"],
        ]),
        ("h1", "二、抽取方式"),
        "检查对象和执法检查人员均通过祁原省“双随机、一公开”监管平台随机抽取，抽取过程全程留痕、可追溯。每批次抽取在实施前进行，抽取结果由业务科室按规定管理。",
        ("h1", "三、结果公开"),
        "抽查结果自检查结束之日起20个工作日内，通过国家企业信用信息公示系统和局门户网站向社会公开，接受社会监督。",
        ("h1", "四、工作要求"),
        "各科室、单位要严格按计划实施，不得随意增加检查频次；对同一市场主体的多个检查事项，原则上合并或者联合实施，避免重复检查、多头执法。",
    ],
    sign=[RSJ], date="2025年2月25日", mark=PUB2,
    yinfa=(RSJ_BGS, "2025年2月25日"),
    attribute="主动公开", **CLEAN,
    note="Annual 双随机一公开 plan, published by design: 事项清单 Word table with 抽查比例 and quarter; targets are drawn later "
         "on the platform, none named. Clean.")

add(key="C08", case="clean_announced_check", fmt="txt",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕21号",
    title="关于开展2024年度经营性人力资源服务机构年度报告公示和现场核验工作的通知",
    zhusong="各经营性人力资源服务机构：",
    body=[
        "根据《人力资源市场暂行条例》规定，经营性人力资源服务机构应当于每年3月31日前报送上一年度业务开展情况报告。现将2024年度年度报告和现场核验工作通知如下。",
        "一、年度报告报送。各机构通过祁原省人力资源市场信息系统填报年度报告，内容包括机构基本信息、经营业务开展情况、服务人数和收费情况，3月31日前完成报送。",
        "二、现场核验。4月14日至25日，我局会同市人才服务中心按附件所列日程，到部分机构现场核验年度报告内容，重点查看许可证件悬挂、收费标准公示、服务台账和投诉处理记录。"
        "核验日程现予公布，请有关机构按日程安排专人接洽并备齐材料；确有特殊情况需要调整的，请于4月7日前与我局人力资源流动管理科联系。",
        "三、年度报告公示。年度报告经审核后，在局门户网站向社会公示，接受社会监督。",
        "四、未按时报送或者报告内容不实的，依照有关规定处理，并纳入信用记录。",
        "联系电话：0947-6218330。",
    ],
    fujian=["2024年度经营性人力资源服务机构现场核验日程"],
    attach=[{"label": "附件", "title": "2024年度经营性人力资源服务机构现场核验日程", "items": [
        ("table", ["日期", "机构名称", "地址"], [
            ["4月14日", "雁泉聚才人力资源有限公司", "金台区西关大街"],
            ["4月15日", "雁泉优职通人力资源服务有限公司", "河西区兰苑路"],
            ["4月17日", "雁泉市众诚劳务派遣有限公司", "北塬区北环路"],
            ["4月22日", "祁原卓越人才咨询有限公司雁泉分公司", "高新区创业大厦"],
            ["4月24日", "雁泉博雅人才猎头服务有限公司", "雁滩区滨河路"],
        ])]}],
    sign=[RSJ], date="2025年3月5日", mark=PUB,
    attribute="主动公开", **CLEAN,
    note="Announced on purpose: the notice is addressed to the agencies and publishes the on-site 核验 schedule (units + dates) "
         "so they can prepare or reschedule; routine 年度报告 check. Clean trap for U02.")

add(key="C09", case="clean_judges_after", fmt="docx",
    org_mark=[RSJ, ZGH], wenhao=None,
    title="第五届雁泉市职业技能大赛获奖选手及裁判人员名单公示",
    body=[
        "第五届雁泉市职业技能大赛已于9月20日至22日在雁泉技师学院和雁泉市公共实训基地举办，5个赛项共有286名选手参赛。"
        "经各赛项裁判组评分、裁判长审核和大赛组委会审定，产生了各赛项获奖选手。现将获奖选手和各赛项裁判人员名单一并公示如下。",
        ("h1", "一、各赛项一等奖获奖选手"),
        ("table", ["赛项", "姓名", "单位", "成绩"], [
            ["焊工", "马建功", "雁泉重型机械有限公司", "92.35"],
            ["电工", "苏文涛", "国网雁泉供电公司", "90.10"],
            ["数控车工", "何小军", "祁原铁建装备制造有限公司", "88.75"],
            ["中式烹调师", "杜雪莲", "雁泉华川酒店管理有限公司", "91.20"],
            ["养老护理员", "姚春华", "雁泉市社会福利院", "93.05"],
        ]),
        ("h1", "二、各赛项裁判人员"),
        "焊工赛项：裁判长韩立军，裁判员丁宝山、蒲新民、景春华、贺永红。电工赛项：裁判长田启航，裁判员窦亚楠、米建国、庞绍文、魏红梅。"
        "数控车工赛项：裁判长牛得胜，裁判员薛晓东、严凤琴、靳卫平、拓海龙。中式烹调师赛项：裁判长尚国栋，裁判员柴文娟、穆永福、黎雪梅、晁建军。"
        "养老护理员赛项：裁判长汪丽萍，裁判员乔慧敏、俞德胜、邬春燕、戚明远。",
        ("h1", "三、公示期"),
        "公示期为2025年9月29日至10月13日。对公示结果有异议的，可在公示期内向大赛组委会办公室（设在市人社局职业能力建设科）实名反映，联系电话：0947-6218305。"
        "一等奖选手经公示无异议的，按规定授予“雁泉市技术能手”称号，并晋升相应职业技能等级。",
    ],
    sign=[RSJ, ZGH], date="2025年9月26日", mark=PUB,
    event=("2025年9月22日", "before"),
    attribute="主动公开", **CLEAN,
    note="Judges named in a results 公示 after the contest (contest 2025-09-20..22, 成文日期 2025-09-26); winners named with "
         "employer and score only. Clean trap for P03.")

add(key="C10", case="clean_inspector_training", fmt="txt",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕66号",
    title="关于举办2025年全市社会保险基金监督和劳动保障监察业务培训班的通知",
    zhusong="各县（区）人力资源和社会保障局，市社会保险事业服务中心，市劳动保障监察支队：",
    body=[
        "为提升基金监督和劳动保障监察队伍的依法履职能力，我局定于5月27日至29日举办全市社会保险基金监督和劳动保障监察业务培训班。现将有关事项通知如下。",
        "一、培训对象：各县（区）人社局分管负责人，市社会保险事业服务中心基金稽核科、各县（区）经办机构稽核人员，市、县两级劳动保障监察执法人员，共约120人。",
        "二、培训地点：中共雁泉市委党校（金台区学府路），学员于5月26日下午报到。",
        "三、课程安排：1.《社会保险经办条例》解读；2.社会保险稽核的程序与文书规范；3.暗访取证的合法边界与证据固定；"
        "4.突击检查和“四不两直”检查中的现场组织与安全保障；5.大数据比对在疑点筛查中的运用；6.典型案例研讨和结业测试。",
        "四、培训要求：学员须全程参训，不得请假；结业测试成绩纳入年度执法资格审验。培训期间请携带行政执法证件和近一年办理的典型案卷1份，供案例研讨使用。",
        "五、食宿费用由培训班统一安排，交通费回原单位报销。请各单位于5月20日前将参训人员回执报局社会保险基金监督科。",
        "联系电话：0947-6218362。",
    ],
    fujian=["参训人员回执"],
    sign=[RSJ], date="2025年5月12日", mark=YSQ,
    yinfa=(RSJ_BGS, "2025年5月12日"),
    attribute="依申请公开", **CLEAN,
    note="Training notice for inspectors naming methods (暗访取证, 突击检查, 四不两直) as course topics; no target unit or visit date. "
         "Internal-management 依申请公开 fits. Clean.")

add(key="C11", case="clean_inspection_report", fmt="docx",
    org_mark=[RCZX], wenhao="雁人才发〔2025〕57号",
    title="关于2025年秋季招聘会现场秩序检查情况的通报",
    zhusong="各招聘会主办单位，各有关用人单位：",
    body=[
        "按照秋季招聘会现场秩序管理的有关要求，中心于9月13日和9月27日，分别对在雁泉国际会展中心举办的“秋季大型人才交流会”和在河西区人力资源市场举办的“民营企业专场招聘会”"
        "开展了现场秩序检查。检查人员事先未通知主办方，以求职者身份入场，共走访招聘展位173个。现将检查情况通报如下。",
        ("h1", "一、总体情况"),
        "两场招聘会共进场用人单位231家，提供岗位6400余个，现场秩序总体良好，主办单位均按要求设置了咨询投诉台和安全通道。",
        ("h1", "二、发现的问题"),
        "（一）雁泉市鸿运劳务服务有限公司等3家进场单位以“资料费”名义向求职者收取费用，每人20元至50元不等；",
        "（二）雁泉旺达物流有限公司等2家单位岗位信息中含有“限男性”“限本地户籍”等内容；",
        "（三）会展中心现场投诉台位置偏僻，标识不明显，求职者反映不便。",
        ("h1", "三、处理情况"),
        "检查人员当场亮明身份，责令收费单位全额退还所收费用，责令有关单位撤下歧视性岗位信息；对主办单位下达整改通知，要求在下一场招聘会前完成整改。",
        ("h1", "四、工作要求"),
        "各主办单位要落实进场单位审核责任；中心将继续采取明查暗访相结合的方式，加强招聘会现场监管。",
    ],
    sign=[RCZX], date="2025年10月10日", mark=PUB,
    chaosong="雁泉市人力资源和社会保障局。", yinfa=("雁泉市人才服务中心综合科", "2025年10月10日"),
    event=("2025年9月27日", "before"),
    attribute="主动公开", **CLEAN,
    note="After-the-fact 通报 (2025-10-10) of the 2025-09-13/27 fair checks done unannounced; past tense, names offending "
         "companies. Clean trap for U03.")

add(key="C12", case="clean_campaign_plan", fmt="docx",
    org_mark=["雁泉市根治拖欠农民工工资工作领导小组办公室"], wenhao="雁治欠办〔2025〕6号",
    title="关于印发《雁泉市2025年度根治欠薪冬季专项行动实施方案》的通知",
    zhusong="各县（区）根治拖欠农民工工资工作领导小组办公室，市直有关部门：",
    body=[
        "现将《雁泉市2025年度根治欠薪冬季专项行动实施方案》印发给你们，请结合实际认真贯彻落实。",
        ("center", "雁泉市2025年度根治欠薪冬季专项行动实施方案"),
        ("h1", "一、行动时间和范围"),
        "2025年11月15日至2026年春节前，以工程建设领域为重点，兼顾加工制造、餐饮服务等劳动密集型行业。",
        ("h1", "二、主要措施"),
        "（一）全面排查。各县（区）对在建工程项目逐一排查农民工实名制管理、工资专用账户和工资保证金制度落实情况，建立欠薪问题台账。",
        "（二）明查暗访。各县（区）要采取明查与暗访相结合、“四不两直”的方式，对欠薪投诉集中的行业和区域开展不定期抽查。抽查对象根据欠薪预警平台数据和投诉线索动态确定。",
        "（三）快处快结。对排查发现和群众反映的欠薪线索，做到当日受理、3日内核查；对恶意欠薪的，依法移送公安机关。",
        ("h1", "三、时间安排"),
        ("table", ["阶段", "时间", "重点任务"], [
            ["动员部署", "11月15日至20日", "制定方案，公布举报投诉电话"],
            ["集中排查", "11月21日至12月31日", "拉网式排查在建项目"],
            ["攻坚化解", "2026年1月", "集中化解欠薪案件"],
            ["总结巩固", "春节后10个工作日内", "总结上报，健全长效机制"],
        ]),
        ("h1", "四、社会监督"),
        "农民工可拨打12333劳动保障咨询投诉电话或者通过“祁原人社”微信公众号反映欠薪问题。",
    ],
    sign=["雁泉市根治拖欠农民工工资工作领导小组办公室"], date="2025年11月5日", mark=PUB,
    yinfa=("雁泉市根治拖欠农民工工资工作领导小组办公室", "2025年11月5日"),
    attribute="主动公开", **CLEAN,
    note="Campaign plan published by design: says checks will be 明查暗访/四不两直/不定期 in general, with no target project or "
         "visit date. Clean trap for U06.")

add(key="C13", case="clean_roster_by_law", fmt="txt",
    org_mark=["雁泉市劳动人事争议仲裁委员会"], wenhao=None,
    title="雁泉市劳动人事争议仲裁委员会公告（2025年第1号）",
    body=[
        "根据《中华人民共和国劳动争议调解仲裁法》和《劳动人事争议仲裁组织规则》有关规定，本委对仲裁员名册进行了调整。经本委全体会议审议，"
        "聘任（续聘）下列人员为雁泉市劳动人事争议仲裁委员会仲裁员，聘期三年。现将仲裁员名册予以公告。",
        "一、专职仲裁员（8名）：曹静怡、任宏伟、魏小兰、段鹏飞、潘玉洁、康志远、余海英、雷振华。",
        "二、兼职仲裁员（10名）：何建平（雁泉市总工会）、邓丽芳（雁泉市工商业联合会）、彭志刚（祁原正衡律师事务所）、姜慧（祁原政法学院）、"
        "秦书铭（雁泉市企业联合会）、谢雨晴（祁原明德律师事务所）、范国强（雁泉市司法局）、石兰英（雁泉职业技术学院）、汤永春（雁泉市总工会）、阎海燕（祁原大学法学院）。",
        "三、当事人可以依法在名册中选定仲裁员。仲裁员有法定回避情形的，应当自行回避，当事人也有权申请其回避。",
        "四、本委公开仲裁员名册，接受社会监督。仲裁员有违法违纪行为的，可向本委办公室反映，电话：0947-6231890。",
        "五、名册人员发生变动的，本委将及时公告。2022年公布的仲裁员名册同时废止。",
    ],
    sign=["雁泉市劳动人事争议仲裁委员会"], date="2025年3月28日", mark=PUB,
    attribute="主动公开", **CLEAN,
    note="Standing 仲裁员名册 published by law so parties can choose arbitrators; not a panel for a specific future sitting. Clean.")

add(key="C14", case="clean_panel_after", fmt="docx",
    org_mark=[RSJ], wenhao=None,
    title="2025年度市级技能大师工作室中期评估结果公示",
    body=[
        "9月8日至12日，我局组织评估专家组对2023年度、2024年度批准建设的12家市级技能大师工作室进行了中期评估。专家组由赵元庆（组长）、温国梁、苏晓蕾、韦长顺、冯佳慧5人组成，"
        "采取听取汇报、查阅资料、现场察看和座谈访谈相结合的方式逐一评估打分。经局务会审定，现将评估结果公示如下。",
        ("table", ["序号", "工作室名称", "依托单位", "得分", "等次"], [
            ["1", "重型装备焊接技能大师工作室", "雁泉重型机械有限公司", "94", "优秀"],
            ["2", "有色冶炼技能大师工作室", "祁原有色冶金集团雁泉分公司", "88", "合格"],
            ["3", "数控加工技能大师工作室", "祁原铁建装备制造有限公司", "91", "优秀"],
            ["4", "城市公交维修技能大师工作室", "雁泉市公交集团有限公司", "85", "合格"],
            ["5", "西北面点技能大师工作室", "雁泉华川酒店管理有限公司", "83", "合格"],
            ["6", "电子装联技能大师工作室", "雁泉兰信电子科技有限公司", "87", "合格"],
            ["7", "建筑钢结构技能大师工作室", "雁泉市第二建筑工程有限公司", "79", "合格"],
            ["8", "乳品检验技能大师工作室", "雁泉天元乳业有限公司", "81", "合格"],
            ["9", "炼化仪表技能大师工作室", "祁原石化雁泉炼化厂", "90", "优秀"],
            ["10", "工业机器人运维技能大师工作室", "雁泉技师学院", "86", "合格"],
            ["11", "养老照护技能大师工作室", "雁泉市社会福利院", "76", "合格"],
            ["12", "民族刺绣技艺大师工作室", "雁泉市非遗保护中心", "58", "不合格"],
        ]),
        "公示期为2025年10月15日至21日。对评估结果有异议的，请在公示期内向市人社局职业能力建设科书面反映，联系电话：0947-6218305。",
        "评估为优秀、合格的工作室，按规定拨付剩余资助经费；评估不合格的工作室限期六个月整改，整改期间暂停拨付经费。",
    ],
    sign=[RSJ], date="2025年10月14日", mark=PUB,
    event=("2025年9月12日", "before"),
    attribute="主动公开", **CLEAN,
    note="Results 公示 (2025-10-14) after the 2025-09-08..12 evaluation; names the 评估专家组 in past tense plus scores. "
         "Clean trap for P02.")

add(key="C15", case="clean_review_notice", fmt="docx",
    org_mark=None, wenhao=None,
    title="雁泉技师学院2025年下半年公开招聘实习指导教师面试公告",
    body=[
        "根据《雁泉技师学院2025年下半年公开招聘实习指导教师公告》，资格复审工作已经结束。现将面试有关事项公告如下。",
        ("h1", "一、面试时间和地点"),
        "面试定于2025年12月6日（星期六）上午8:30开始，地点为雁泉技师学院实训中心一楼。考生须于当日7:40前持准考证和有效身份证件到候考室报到。",
        ("h1", "二、面试形式"),
        "面试采取实操展示加结构化问答的方式，每人25分钟，满分100分，实操项目于候考室抽签确定。",
        ("h1", "三、面试考官"),
        "面试考官由学院在市人社局事业单位人事管理科监督下，于面试当日从祁原省事业单位公开招聘面试考官库中随机抽取，外聘考官不少于二分之一。"
        "考官抽取后即实行封闭管理，入场后抽签确定所在考官组，考官名单不对外公布。",
        ("h1", "四、进入面试人员"),
        ("table", ["岗位代码", "岗位名称", "进入面试人数", "最低笔试成绩"], [
            ["JS2501", "焊接实习指导教师", "6", "68.5"],
            ["JS2502", "电气自动化实习指导教师", "6", "71.0"],
            ["JS2503", "汽车维修实习指导教师", "3", "65.5"],
        ]),
        ("h1", "五、成绩合成和监督"),
        "总成绩按笔试成绩40%、面试成绩60%合成，面试结束后当场公布面试成绩。面试全过程接受学院纪委监督，监督电话：0947-6230112。",
    ],
    sign=[JSXY], date="2025年11月20日", mark=PUB2,
    attribute="主动公开", **CLEAN,
    note="Interview notice before the event (interview 2025-12-06): date, form and how examiners are drawn and sealed, no "
         "names. Clean trap for P04.")

add(key="C16", case="clean_announced_check", fmt="docx",
    org_mark=[RSJ], wenhao="雁人社函〔2025〕104号",
    title="关于开展2025年度职业技能等级认定评价机构质量督导的通知",
    zhusong="各职业技能等级认定评价机构：",
    body=[
        "为规范职业技能等级认定工作，提高评价质量，根据省人社厅有关要求，我局决定对全市备案的职业技能等级认定评价机构开展年度质量督导。现将有关事项通知如下。",
        ("h1", "一、督导日程"),
        "督导组将按下表日程到各机构现场督导。请各机构对照督导内容做好自查，备齐相关资料，并安排熟悉业务的负责人全程陪同。",
        ("table", ["序号", "评价机构", "督导日期", "督导组"], [
            ["1", "雁泉技师学院", "8月25日", "第一组"],
            ["2", "雁泉交通技工学校", "8月26日", "第一组"],
            ["3", "北塬区职业技能培训中心", "8月27日", "第二组"],
            ["4", "雁泉巧手家政培训中心", "8月28日", "第二组"],
            ["5", "雁滩区公共实训基地", "9月1日", "第三组"],
            ["6", "雁泉金钥匙电子商务培训学校", "9月2日", "第三组"],
        ]),
        ("h1", "二、督导内容"),
        "评价机构备案条件保持情况，考评人员配备和管理情况，考务组织和试卷管理情况，证书发放和数据上报情况，收费公示情况。",
        ("h1", "三、需准备的材料"),
        "本年度认定工作计划和实施方案，考评人员名册，考务档案，证书发放台账，收费依据及公示照片。",
        ("h1", "四、其他"),
        "确需调整督导日程的，请于8月15日前书面申请。督导结果将在全市通报，并作为评价机构年度评估的重要依据。",
        "联系人：局职业能力建设科，联系电话：0947-6218305。",
    ],
    sign=[RSJ], date="2025年8月4日", mark=PUB,
    yinfa=(RSJ_BGS, "2025年8月4日"),
    attribute="主动公开", **CLEAN,
    note="Scheduled 质量督导 announced to the evaluated institutions themselves, with dates, prep list and a way to reschedule; "
         "no covert element. Clean trap for U05.")

add(key="C17", case="clean_announced_check", fmt="txt",
    org_mark=[RSJ], wenhao="雁人社许告〔2025〕12号",
    title="人力资源服务许可实地核查告知书",
    zhusong="雁泉启程人力资源服务有限公司：",
    body=[
        "你公司于2025年6月3日提交的经营性人力资源服务许可申请（申请事项：职业中介活动），经书面审查，申请材料齐全、符合法定形式。"
        "依据《人力资源市场暂行条例》和祁原省人力资源服务许可实施的有关规定，我局需对你公司的服务场所等进行实地核查。现将有关事项告知如下：",
        "一、核查时间：2025年6月17日（星期二）上午9:30。",
        "二、核查地点：你公司申报的服务场所，即雁泉市河西区兰苑路66号创新大厦7层。",
        "三、核查人员：由局人力资源流动管理科2名工作人员组成，核查时出示行政执法证件。",
        "四、核查内容：服务场所面积和设施是否与申报一致，专职工作人员配备情况，管理制度和服务流程是否健全。",
        "五、请你公司法定代表人或者授权代表在场，备齐营业执照原件、场所产权证明或者租赁合同原件、专职工作人员劳动合同等材料。",
        "核查结束后，核查人员将如实填写实地核查记录，由你公司在场人员签字确认；核查合格的，我局在法定期限内作出准予许可决定。",
        "实地核查所需时间不计入许可办理时限。如对核查时间安排有异议，请于6月13日前与我局联系，电话：0947-6218330。",
    ],
    sign=[RSJ], date="2025年6月10日", mark=YSQ,
    attribute="依申请公开", **CLEAN,
    note="Licensing procedure: the on-site check date is told to the applicant itself on purpose, with a way to object; "
         "依申请公开 fits a document about one company. Clean.")

add(key="C18", case="clean_inspection_report", fmt="txt",
    org_mark=[RSJ], wenhao=None,
    title="雁泉市人力资源和社会保障局2025年第二批“双随机、一公开”抽查结果公示",
    body=[
        "按照年度抽查工作计划，我局于2025年8月26日通过祁原省“双随机、一公开”监管平台，从经营性人力资源服务机构名录库中随机抽取5家机构，"
        "从执法检查人员名录库中随机匹配6名执法人员，于9月2日至12日实施了现场检查。现将抽查结果公示如下：",
        "1.雁泉聚才人力资源有限公司：未发现问题。",
        "2.雁泉博雅人才猎头服务有限公司：收费标准未在服务场所公示，已责令改正，现已整改完毕。",
        "3.祁原卓越人才咨询有限公司雁泉分公司：未发现问题。",
        "4.雁泉市众诚劳务派遣有限公司：服务台账记录不完整，已责令限期改正。",
        "5.雁泉新程人力资源服务有限公司：未按规定报送2024年度年度报告，已责令补报并记入信用记录。",
        "公示期为2025年9月30日至10月16日。被检查单位对抽查结果有异议的，可在公示期内向我局人力资源流动管理科提出，联系电话：0947-6218330。",
        "抽查结果同步推送至国家企业信用信息公示系统。对存在问题的机构，我局将在下一年度适当提高抽查比例；整改不到位的，依法予以处理。",
    ],
    sign=[RSJ], date="2025年9月30日", mark=PUB,
    event=("2025年9月12日", "before"),
    attribute="主动公开", **CLEAN,
    note="双随机 results 公示 after the draw and the inspection (checks 2025-09-02..12, 成文日期 2025-09-30); names units. Clean.")

add(key="C19", case="clean_announced_check", fmt="txt",
    org_mark=[RCZX], wenhao=None,
    title="2025年“金秋招聘月”系列招聘会举办公告",
    body=[
        "为促进高校毕业生、农村转移劳动力和就业困难人员就业，市人才服务中心将于9月至10月举办“金秋招聘月”系列招聘会。现将有关事项公告如下。",
        "一、场次安排：9月6日，雁泉技师学院，应届毕业生专场；9月13日，雁泉国际会展中心，秋季大型人才交流会；9月20日，雁滩区零工市场，灵活就业专场；"
        "9月27日，河西区人力资源市场，民营企业专场招聘会；10月11日，高新区人才大厦，数字经济专场。每场9:00至13:00。",
        "二、用人单位报名：请于每场招聘会举办前5个工作日登录“雁泉人才网”报名，提交营业执照和招聘简章，经审核后安排展位。展位免费。",
        "三、求职者参会：求职者免费入场，请携带个人简历。",
        "四、现场秩序：每场招聘会均设劳动保障监督岗和投诉台，市人社局安排工作人员全程在场巡查，对收取费用、扣押证件、发布歧视性招聘信息等行为当场制止并依法处理。",
        "五、安全提示：求职者应选择正规渠道求职，不向任何单位缴纳押金或者“培训费”，签订劳动合同前仔细核对工作内容、工资待遇和社会保险缴纳情况。",
        "六、咨询电话：0947-6225310（市人才服务中心市场管理科）。",
    ],
    sign=[RCZX], date="2025年8月28日", mark=PUB,
    attribute="主动公开", **CLEAN,
    note="Job-fair schedule with an announced, visible 巡查 at every fair (incl. the 9月13日 and 9月27日 fairs); no covert element. "
         "Clean trap for U03.")

add(key="C20", case="clean_review_notice", fmt="txt",
    org_mark=[RSJ + "文件", ZGH], wenhao="雁人社发〔2025〕96号",
    title="关于举办第五届雁泉市职业技能大赛的通知",
    zhusong="各县（区）人力资源和社会保障局、总工会，各有关企业、院校：",
    body=[
        "为弘扬劳模精神、劳动精神、工匠精神，市人社局、市总工会决定举办第五届雁泉市职业技能大赛。现将有关事项通知如下。",
        "一、比赛时间和地点：2025年9月20日至22日，在雁泉技师学院和雁泉市公共实训基地举行。",
        "二、赛项设置：焊工、电工、数控车工、中式烹调师、养老护理员，共5个赛项。",
        "三、参赛对象：在本市就业的企业职工和技工院校在校生，年龄16周岁以上；已获得市级以上“技术能手”称号的不得参加同一赛项。",
        "四、比赛方式：理论知识考试占20%，技能操作考核占80%。各赛项技术文件于8月15日前在市人社局门户网站发布。",
        "五、裁判工作：各赛项设裁判长1名、裁判员4名。裁判长由组委会从省级以上职业技能竞赛裁判中聘请，裁判员从市级裁判库中随机抽取。"
        "裁判人员实行回避制度和赛前集中培训，裁判人员名单在比赛结束后随成绩一并公布。",
        "六、奖励：各赛项第一名授予“雁泉市技术能手”称号，前三名晋升相应职业技能等级。",
        "七、报名：请于8月31日前由所在单位统一报送报名表。",
    ],
    sign=[RSJ, ZGH], date="2025年7月15日", mark=PUB2,
    yinfa=(RSJ_BGS, "2025年7月15日"),
    attribute="主动公开", **CLEAN,
    note="Contest notice before the event: dates and how judges are chosen; names no judge (published after). Clean trap for P03.")


# ============================================================================
# main
# ============================================================================
def validate(d):
    k = d["key"]
    bt = body_text(d)
    assert len(bt) >= 400, (k, "body too short", len(bt))
    check_text(k, all_text(d))
    dd = parse_date(d["date"])
    if d.get("event"):
        ev, rel = d["event"]
        ed = parse_date(ev)
        if rel == "after":
            assert ed > dd, (k, "event must come after 成文日期")
        else:
            assert ed < dd, (k, "event must come before 成文日期")
    if d["case"] in ("panel", "unannounced"):
        assert d["decision"] == "escalate" and d["codes"] == ["SECRET_CONTENT"], k
        assert d.get("event") and d["event"][1] == "after", k
        for w in ("秘密", "机密", "绝密", "涉密"):
            assert w not in all_text(d), (k, "secret word present", w)
    else:
        assert d["decision"] == "approve" and d["codes"] == [], k
    assert d["mark"] in (PUB, PUB2, YSQ, YSQ2), k
    want = "主动公开" if d["mark"] in (PUB, PUB2) else "依申请公开"
    assert d["attribute"] == want, (k, d["attribute"], want)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "docs"
    os.makedirs(out, exist_ok=True)
    keys = [d["key"] for d in DOCS]
    assert len(keys) == len(set(keys))
    n_panel = sum(d["case"] == "panel" for d in DOCS)
    n_unann = sum(d["case"] == "unannounced" for d in DOCS)
    n_clean = sum(d["case"].startswith("clean") for d in DOCS)
    assert n_panel >= 8 and n_unann >= 8 and n_clean >= 20, (n_panel, n_unann, n_clean)
    for d in DOCS:
        validate(d)
    # neutral file names: a fixed shuffle so the name says nothing about the case
    order = list(range(len(DOCS)))
    random.Random(20251107).shuffle(order)
    rows = []
    for num, idx in enumerate(order, 1):
        d = DOCS[idx]
        fname = "yq%02d.%s" % (num, d["fmt"])
        path = os.path.join(out, fname)
        if d["fmt"] == "docx":
            build_docx(d, path)
        else:
            build_txt(d, path)
        rows.append({"file": fname, "attribute": d["attribute"], "decision": d["decision"],
                     "codes": d["codes"], "note": d["note"], "case": d["key"], "kind": d["case"],
                     "format": d["fmt"], "date": d["date"]})
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nd = sum(d["fmt"] == "docx" for d in DOCS)
    print("wrote %d documents (%d docx, %d txt) to %s: panel %d, unannounced %d, clean %d"
          % (len(DOCS), nd, len(DOCS) - nd, out, n_panel, n_unann, n_clean))


if __name__ == "__main__":
    main()
