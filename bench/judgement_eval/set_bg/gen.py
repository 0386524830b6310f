# -*- coding: utf-8 -*-
"""Generator for evaluation set "set_bg": 36 fictional outgoing documents of the
社会事业局 (social-affairs bureau doing 人社 work) of the fictional 东岚市云湄新区.

Usage:  /work/main/.venv/bin/python gen.py OUTDIR

Writes tc_001 ... tc_036 (.docx / .txt) and OUTDIR/truth.jsonl.  Output is
deterministic: fixed shuffle seed, fixed document metadata and fixed zip
timestamps inside the .docx files.
"""
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

SEED = 20240917
PREFIX = "tc_"

WEEK = "一二三四五六日"


def D(y, m, d):
    return dt.date(y, m, d)


def wd(day):
    """'星期X' for a date."""
    return "星期" + WEEK[day.weekday()]


def cn(day):
    return f"{day.year}年{day.month}月{day.day}日"


def check_rel(base, target, words):
    """Sanity checks for relative timing words used in the texts."""
    if words == "下周":  # target lies in the calendar week after base
        mon = base - dt.timedelta(days=base.weekday())
        assert mon + dt.timedelta(days=7) <= target < mon + dt.timedelta(days=14), (base, target)
    elif words == "本周":
        mon = base - dt.timedelta(days=base.weekday())
        assert base <= target < mon + dt.timedelta(days=7), (base, target)
    elif words == "本月下旬":
        assert base.month == target.month and target.day >= 21 and base.day < 21, (base, target)
    else:
        raise ValueError(words)


# relative-timing assertions (documents below rely on them)
check_rel(D(2024, 9, 20), D(2024, 9, 25), "下周")      # 大赛“下周三”
assert D(2024, 9, 25).weekday() == 2
check_rel(D(2024, 8, 5), D(2024, 8, 15), "下周")       # 验收“下周四”
assert D(2024, 8, 15).weekday() == 3
check_rel(D(2024, 3, 19), D(2024, 3, 22), "本周")      # 核查“本周五”
assert D(2024, 3, 22).weekday() == 4
check_rel(D(2024, 4, 19), D(2024, 4, 22), "下周")      # 核实“下周一”
assert D(2024, 4, 22).weekday() == 0
check_rel(D(2024, 5, 8), D(2024, 5, 27), "本月下旬")   # 评议“本月下旬”

MARKS = {
    "（此件公开发布）": "主动公开",
    "公开方式：主动公开": "主动公开",
    "（此件依申请公开）": "依申请公开",
    "公开方式：依申请公开": "依申请公开",
    "（此件不予公开）": "不予公开",
    "公开方式：不予公开": "不予公开",
}

# ---------------------------------------------------------------- fixed names
BUREAU = "云湄新区管委会社会事业局"
BUREAU_RED = "东岚市云湄新区管理委员会社会事业局文件"
BUREAU_OFFICE = "云湄新区管委会社会事业局办公室"
JIANCHA = "云湄新区劳动保障监察大队"
RENCAI = "云湄新区人才服务中心"
JIANDING = "云湄新区职业技能鉴定所"
CITY_HRSS = "东岚市人力资源和社会保障局"

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ====================================================================== docx
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE0, 0x00, 0x00)

H1 = re.compile(r"^[一二三四五六七八九十]+、")
H2 = re.compile(r"^（[一二三四五六七八九十]+）")


def _font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _para(d, parts, align=None, indent=True, size=16, line=28, before=0, after=0):
    """parts: list of (text, font, bold, color)."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    for text, font, bold, color in parts:
        r = p.add_run(text)
        _font(r, font, size, bold, color)
    return p


def _border(p, side, color="E00000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def _split_heading(text, rx):
    m = rx.match(text)
    if not m:
        return None
    if len(text) <= 26 and "。" not in text[:-1]:
        return text, ""
    k = text.find("。")
    if 0 < k <= 30:
        return text[: k + 1], text[k + 1:]
    return None


def _body_para(d, text):
    if isinstance(text, tuple):
        kind = text[0]
        if kind == "plain":      # no first-line indent
            return _para(d, [(text[1], FS, False, None)], indent=False)
        if kind == "center":
            return _para(d, [(text[1], FS, False, None)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        if kind == "table":
            return _table(d, text[1])
        raise ValueError(kind)
    sp = _split_heading(text, H1)
    if sp:
        return _para(d, [(sp[0], HT, False, None), (sp[1], FS, False, None)])
    sp = _split_heading(text, H2)
    if sp:
        return _para(d, [(sp[0], KT, False, None), (sp[1], FS, False, None)])
    return _para(d, [(text, FS, False, None)])


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            _font(r, HT if i == 0 else FS, 12, False)
    # small gap after the table
    _para(d, [("", FS, False, None)], indent=False, line=14)
    return t


def render_docx(spec, path):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    cp = d.core_properties
    cp.author = spec.get("sign", BUREAU)
    cp.last_modified_by = cp.author
    cp.title = spec["title"]
    cp.created = dt.datetime(spec["date"].year, spec["date"].month, spec["date"].day, 9, 0, 0)
    cp.modified = cp.created
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    kind = spec["kind"]
    if kind == "brief":
        _para(d, [(spec["issuer"], XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
              size=36, line=48, before=12)
        _para(d, [(spec["issue"], FS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        p = _para(d, [(spec["editor"] + "　　　　　　　　" + cn(spec["date"]), FS, False, None)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
        _border(p, "bottom", sz=18)
    else:
        _para(d, [(spec["issuer"], XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
              size=22 if len(spec["issuer"]) > 16 else (26 if len(spec["issuer"]) > 12 else 36),
              line=44, before=24, after=18)
        if spec.get("signer"):
            p = _para(d, [(spec["docno"] + "　　　　　　　　签发人：", FS, False, None),
                          (spec["signer"], KT, False, None)],
                      align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
        else:
            p = _para(d, [(spec["docno"], FS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER,
                      indent=False, after=6)
        _border(p, "bottom", sz=18)
    _para(d, [("", FS, False, None)], indent=False)
    _para(d, [(spec["title"], XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
          size=22, line=34, after=12)
    if spec.get("to"):
        _para(d, [(spec["to"], FS, False, None)], indent=False)
    for b in spec["body"]:
        _body_para(d, b)
    if spec.get("annex_note"):
        _para(d, [("", FS, False, None)], indent=False)
        for i, a in enumerate(spec["annex_note"]):
            _para(d, [(a, FS, False, None)], indent=True)
    _para(d, [("", FS, False, None)], indent=False)
    _para(d, [("", FS, False, None)], indent=False)
    for s in spec["sign"].split("\n"):
        p = _para(d, [(s, FS, False, None)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)
    p = _para(d, [(cn(spec["date"]), FS, False, None)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    _para(d, [(spec["mark"], FS, False, None)], indent=True)
    for ax in spec.get("annexes", []):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        _para(d, [(ax["label"], HT, False, None)], indent=False)
        _para(d, [(ax["title"], XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
              size=20, line=32, before=12, after=12)
        for b in ax["body"]:
            _body_para(d, b)
    # 版记
    _para(d, [("", FS, False, None)], indent=False)
    lines = spec["banji"]
    for i, ln in enumerate(lines):
        p = _para(d, [(ln, FS, False, None)], indent=False, size=14, line=24,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        p.paragraph_format.left_indent = Pt(14)
        if i == 0:
            _border(p, "top", color="000000", sz=8)
        if i == len(lines) - 1:
            _border(p, "bottom", color="000000", sz=8)
        else:
            _border(p, "bottom", color="000000", sz=4)
    buf = io.BytesIO()
    d.save(buf)
    _fixed_zip(buf.getvalue(), path)


def _fixed_zip(blob, path):
    src = zipfile.ZipFile(io.BytesIO(blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


# ======================================================================= txt
RULE = "─" * 30


def _txt_block(b, sep):
    if isinstance(b, tuple):
        if b[0] == "plain":
            return [b[1]]
        if b[0] == "center":
            return ["　　　　　　" + b[1]]
        if b[0] == "table":
            return [sep.join(r) for r in b[1]]
        raise ValueError(b[0])
    return ["　　" + b]


def render_txt(spec, path):
    sep = spec.get("sep", "｜")
    out = []
    out.extend(spec["head"])
    out.append("")
    out.append(spec["title"])
    out.append("")
    if spec.get("to"):
        out.append(spec["to"])
    for b in spec["body"]:
        out.extend(_txt_block(b, sep))
    if spec.get("annex_note"):
        out.append("")
        out.extend("　　" + a for a in spec["annex_note"])
    out.append("")
    for s in spec["sign"].split("\n"):
        out.append("　　　　　　　　　　　　　　　　" + s)
    out.append("　　　　　　　　　　　　　　　　" + cn(spec["date"]))
    out.append("　　" + spec["mark"])
    for ax in spec.get("annexes", []):
        out.append("")
        out.append(ax["label"])
        out.append(ax["title"])
        for b in ax["body"]:
            out.extend(_txt_block(b, sep))
    out.append("")
    out.append(RULE)
    out.extend(spec["banji"])
    out.append(RULE)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ====================================================================== checks
CJK = re.compile(r"[\u4e00-\u9fff]")


def body_chars(spec):
    n = 0
    for b in spec["body"]:
        if isinstance(b, tuple):
            if b[0] == "table":
                continue
            b = b[1]
        n += len(CJK.findall(b))
    return n


def all_text(spec):
    parts = [spec.get("issuer", ""), spec.get("docno", ""), spec["title"], spec.get("to") or "",
             spec["sign"], spec["mark"]] + list(spec.get("head", [])) + list(spec["banji"])
    parts += list(spec.get("annex_note") or [])

    def blocks(bs):
        for b in bs:
            if isinstance(b, tuple):
                if b[0] == "table":
                    for r in b[1]:
                        yield from r
                else:
                    yield b[1]
            else:
                yield b

    parts += list(blocks(spec["body"]))
    for ax in spec.get("annexes", []):
        parts += [ax["label"], ax["title"]] + list(blocks(ax["body"]))
    return "\n".join(parts)


def validate(spec):
    txt = all_text(spec)
    n = body_chars(spec)
    assert n >= 420, (spec["id"], n)
    hits = [m for m in MARKS if m in txt]
    assert hits == [spec["mark"]] and txt.count(spec["mark"]) == 1, (spec["id"], hits)
    for w in ("主动公开", "依申请公开", "不予公开", "公开发布"):
        assert txt.count(w) == spec["mark"].count(w), (spec["id"], w)
    for w in ("保密", "秘密", "机密", "绝密"):
        assert w not in txt, (spec["id"], w)
    digits = re.findall(r"\d+", txt)
    for g in digits:
        assert len(g) <= 8, (spec["id"], g)
    return n


def banji(cc, printer, day):
    out = []
    if cc:
        out.append("抄送：" + cc)
    out.append(printer + "　　　　　　　　" + cn(day) + "印发")
    return out


# =================================================================== PANEL +
# P1 — sentence naming the whole 评审委员会, absolute date 11月16日, doc 11月4日
_d = D(2024, 11, 4)
doc(id="P1", case="panel", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕47号",
    title="关于做好2024年度云湄新区工程系列中级职称评审工作的通知",
    to="新区各有关企事业单位，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "根据东岚市人力资源和社会保障局对2024年度职称评审工作的总体安排，经市局同意，新区工程系列中级职称评审委员会今年继续在新区组织评审。现将有关事项通知如下。",
        "一、评审范围",
        "在新区注册的企业、驻区事业单位以及各类新经济组织中从事建筑工程、机械制造、电子信息、环境工程等专业技术工作，截至2024年10月31日已在职称申报系统完成网上申报，并经单位公示、街道（镇）初审、新区人才服务中心复核的人员。本年度申请转系列评审的人员，一并纳入本次评审。",
        "二、评审时间和地点",
        f"评审会定于2024年11月16日（{wd(D(2024, 11, 16))}）上午8时30分在新区人才服务中心三楼第一会议室举行，当日依次进行专业组评议和评审委员会表决两个环节。如遇特殊情况需要调整，另行通知。",
        "三、评审委员会组成",
        "经研究，本次评审委员会由9名专家组成。主任委员由东岚理工学院土木工程学院教授顾文澜担任，副主任委员由东岚市建筑设计研究院有限公司正高级工程师沈嘉禾担任；委员为东岚职业技术学院机电工程系副教授葛立新、东岚电力设计院高级工程师费明远、云湄晶耀电子科技有限公司高级工程师邬秋萍、东岚市市政工程设计院高级工程师龚海川、东岚市质量技术监督检测院高级工程师戚向东、东岚港务集团有限公司高级工程师缪新华、东岚大学环境学院副教授褚云飞。评审当日，各位委员须提前半小时到场签到，并签署回避和公正评审承诺书。",
        "四、工作要求",
        "（一）严格材料核对。各申报单位要对本单位申报人员的业绩材料再作一次核对，发现网上材料与原件不一致的，请于11月8日前书面说明情况并加盖单位公章。",
        "（二）严肃评审纪律。评审期间，申报人员及其所在单位不得以任何形式与评审委员会成员联系，不得请托说情。对违反规定的，一经查实，取消其本年度申报资格。",
        "（三）做好结果衔接。评审结果经公示无异议后，由新区报市人力资源和社会保障局审核备案，证书发放时间另行通知。",
        "联系人：新区人才服务中心柏雪梅，联系电话：86153270。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("东岚市人力资源和社会保障局专业技术人员管理处。", BUREAU_OFFICE, _d),
    note="Names all 9 members of the 职称评审委员会 (with units) on 11-04 for a sitting on 11-16.")

# C1 — 公示 after the sitting, naming the same committee
_d = D(2024, 11, 22)
doc(id="C1", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕51号",
    title="关于2024年度云湄新区工程系列中级职称评审通过人员的公示",
    to="新区各有关单位：",
    body=[
        "2024年11月16日，新区工程系列中级职称评审委员会在新区人才服务中心召开评审会议，对经资格审查合格的24名申报人员进行了评审。根据评审委员会表决结果，共有17人达到工程师任职资格条件。现将有关情况公示如下。",
        "一、评审委员会组成及表决情况",
        "本次评审委员会由9名专家组成，主任委员为东岚理工学院土木工程学院教授顾文澜，副主任委员为东岚市建筑设计研究院有限公司正高级工程师沈嘉禾，委员为葛立新、费明远、邬秋萍、龚海川、戚向东、缪新华、褚云飞。评审会议实到委员9人，符合出席人数要求。表决采取无记名投票方式，同意票数达到出席委员三分之二以上的为通过。",
        "二、评审通过人员名单",
        ("table", [
            ["序号", "姓名", "工作单位", "专业", "拟取得资格"],
            ["1", "高明轩", "东岚锦程建设工程有限公司", "建筑工程", "工程师"],
            ["2", "罗佳慧", "云湄晶耀电子科技有限公司", "电子信息", "工程师"],
            ["3", "田志刚", "云湄恒拓精密机械有限公司", "机械制造", "工程师"],
            ["4", "彭晓璐", "东岚市政工程集团有限公司", "市政工程", "工程师"],
            ["5", "吕文浩", "云湄港城建设有限公司", "建筑工程", "工程师"],
            ["6", "秦雨桐", "东岚启航物流有限公司", "物流工程", "工程师"],
            ["7", "丁浩然", "云湄晶耀电子科技有限公司", "电子信息", "工程师"],
            ["8", "魏思琪", "东岚环清环境工程有限公司", "环境工程", "工程师"],
            ["9", "熊振宇", "云湄恒拓精密机械有限公司", "机械制造", "工程师"],
            ["10", "江欣然", "东岚宏基建筑工程有限公司", "建筑工程", "工程师"],
            ["11", "唐立伟", "东岚路桥建设有限公司", "道路桥梁", "工程师"],
            ["12", "郝静怡", "云湄数智科技有限公司", "电子信息", "工程师"],
            ["13", "万子健", "东岚安居建设有限公司", "建筑工程", "工程师"],
            ["14", "段雅琳", "东岚环清环境工程有限公司", "环境工程", "工程师"],
            ["15", "雷鸣", "云湄恒拓精密机械有限公司", "机械制造", "工程师"],
            ["16", "汪雨轩", "东岚市政工程集团有限公司", "市政工程", "工程师"],
            ["17", "钱晓晨", "云湄港城建设有限公司", "建筑工程", "工程师"],
        ]),
        "三、公示时间和受理方式",
        f"公示期为2024年11月25日（{wd(D(2024, 11, 25))}）至11月29日（{wd(D(2024, 11, 29))}），共5个工作日。公示期间，对上述人员的思想品德、业绩成果、学历资历等情况有异议的，可以书面形式向新区人才服务中心反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名，以便调查核实和反馈。",
        "公示期满无异议的，由新区报东岚市人力资源和社会保障局审核备案；对反映问题经核实影响评审结果的，按程序重新提交评审委员会审议。",
        "受理地点：云湄新区政务服务中心二楼人才服务窗口；受理电话：86153270。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("东岚市人力资源和社会保障局专业技术人员管理处。", BUREAU_OFFICE, _d),
    note="Committee named AFTER it sat (11-16); 公示 dated 11-22.")

# P2 — Word table of 裁判长/裁判员, timing "下周三", doc Friday 9-20
_d = D(2024, 9, 20)
doc(id="P2", case="panel", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕38号",
    title="关于第三届云湄新区职业技能大赛赛务安排的通知",
    to="各参赛单位，各街道（镇）人力资源和社会保障服务所，新区职业技能鉴定所：",
    body=[
        "第三届云湄新区职业技能大赛报名和资格审核工作已经结束，电工、焊工、养老护理员三个赛项共确认参赛选手142名。经大赛组委会研究，现就比赛期间的赛务安排通知如下。",
        "一、比赛时间和场地",
        "大赛拟于下周三开赛，三个赛项当天上午同时进行理论知识考试，次日起分赛项开展实际操作比赛。电工、焊工赛项在东岚职业技术学院云湄校区实训楼举行，养老护理员赛项在新区颐康养老服务中心举行。选手须于开赛当日上午8时前凭有效身份证件和参赛证检录入场，迟到15分钟以上的不得入场。",
        "二、裁判安排",
        "各赛项实行裁判长负责制，裁判长对本赛项的评分和赛场秩序负总责。经组委会审定，各赛项裁判长和裁判员安排如下。",
        ("table", [
            ["赛项", "裁判长", "裁判员", "备注"],
            ["电工", "蒋承志（东岚职业技术学院）", "闵德昌、房慧琳、卞国庆", "实操分两个场次"],
            ["焊工", "许长青（东岚港务集团有限公司）", "韦晓光、范铁军、庞立群", "含仰焊加试"],
            ["养老护理员", "曹嘉怡（东岚市第一人民医院）", "詹思远、宁晓峰、谈一鸣", "采用情景模拟考核"],
        ]),
        "裁判员所在单位分别为：闵德昌、房慧琳，东岚职业技术学院；卞国庆，东岚电力设计院；韦晓光、范铁军，云湄恒拓精密机械有限公司；庞立群，东岚市特种设备检验所；詹思远、宁晓峰，云湄新区中心医院；谈一鸣，东岚市社会福利院。",
        "三、赛风赛纪",
        "（一）裁判员实行回避制度，与参赛选手存在师生、同事或者亲属关系的，应在开赛前主动申请回避。",
        "（二）参赛选手及其所在单位不得以任何方式干扰裁判工作，不得在比赛期间进入非本人赛位的区域。",
        "（三）大赛设仲裁组，受理选手对比赛成绩和赛场管理的申诉。申诉须在本赛项比赛结束后2小时内以书面形式提出，逾期不予受理。",
        "四、其他事项",
        "比赛期间的食宿由大赛组委会统一安排，往返交通费用由参赛单位负担。请各参赛单位指定一名领队，负责本单位选手的组织和联络工作。大赛组委会办公室设在新区职业技能鉴定所，联系电话：86153418。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局职业能力建设处，东岚市总工会。", BUREAU_OFFICE, _d),
    note="Table of 裁判长/裁判员 for a contest opening '下周三' (9-25); doc dated Friday 9-20.")

# C2 — results naming the judges after the contest
_d = D(2024, 10, 8)
doc(id="C2", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕42号",
    title="关于公布第三届云湄新区职业技能大赛获奖名单的通知",
    to="各参赛单位，各街道（镇）人力资源和社会保障服务所：",
    body=[
        f"第三届云湄新区职业技能大赛于2024年9月25日至27日举行，设电工、焊工、养老护理员三个赛项，来自新区46家企业、院校和养老机构的142名选手参加了比赛。比赛由蒋承志、许长青、曹嘉怡分别担任电工、焊工、养老护理员赛项裁判长，闵德昌、房慧琳、卞国庆、韦晓光、范铁军、庞立群、詹思远、宁晓峰、谈一鸣担任裁判员。经裁判评分、仲裁复核和组委会审定，现将获奖名单公布如下。",
        "一、获奖选手",
        ("table", [
            ["赛项", "奖次", "姓名", "工作单位"],
            ["电工", "一等奖", "周立强", "云湄晶耀电子科技有限公司"],
            ["电工", "二等奖", "孙浩宇", "东岚电力安装工程有限公司"],
            ["焊工", "一等奖", "陈永福", "东岚港务集团有限公司"],
            ["焊工", "二等奖", "吴俊杰", "云湄恒拓精密机械有限公司"],
            ["养老护理员", "一等奖", "郑秀芳", "新区颐康养老服务中心"],
            ["养老护理员", "二等奖", "何丽娜", "东岚市社会福利院"],
        ]),
        "各赛项三等奖和优秀奖获得者名单，由组委会办公室另行发送各参赛单位。",
        "二、奖励办法",
        "（一）各赛项一等奖获得者，按程序推荐申报“云湄技术能手”称号，并优先推荐参加东岚市职业技能大赛。",
        "（二）获得各赛项前三名且已取得本职业四级职业资格或职业技能等级的，可按规定晋升三级职业技能等级；已取得三级的，可晋升二级。",
        "（三）获奖选手所在单位应将比赛成绩作为技能人才使用和岗位聘用的参考依据，并按本单位规定给予奖励。",
        "三、有关要求",
        "希望获奖选手珍惜荣誉、再接再厉，在岗位上发挥示范带动作用。各单位要以本次大赛为契机，进一步完善技能人才培养、评价和激励机制，营造尊重技能、崇尚技能的良好氛围。",
        "对本届大赛获奖名单有疑问的，请于10月15日前向大赛组委会办公室反映，联系电话：86153418。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("东岚市人力资源和社会保障局职业能力建设处，东岚市总工会。", BUREAU_OFFICE, _d),
    note="Judges named after the contest (9-25..27); results dated 10-08.")

# P3 — 局务会纪要 decision item naming the 评议组, "本月下旬", doc 5-8
_d = D(2024, 5, 8)
doc(id="P3", case="panel", fmt="txt", kind="txt",
    head=["云湄新区管委会社会事业局", "局务会议纪要", "〔2024〕第7期",
          BUREAU_OFFICE + "　　　　" + cn(_d)],
    title="2024年第7次局务会议纪要",
    to="",
    body=[
        "2024年5月7日上午，局长陆振邦主持召开局务会议，副局长方启明、孟雅琴，局办公室、就业和人才科、劳动关系科负责人，新区人才服务中心、劳动保障监察大队主要负责人参加。会议研究了近期人社领域重点工作，现将议定事项纪要如下。",
        "一、关于一季度就业目标完成情况",
        "会议听取了就业和人才科的汇报。一季度新区城镇新增就业2316人，完成年度目标的27%；失业人员再就业412人，就业困难人员实现就业95人。会议要求，就业和人才科要抓住二季度企业招工旺季，5月中旬前再组织两场专场招聘活动，重点面向高校毕业生和退役军人。",
        "二、关于就业见习基地扩容",
        "会议同意将东岚启航物流有限公司、云湄数智科技有限公司、新区颐康养老服务中心3家单位纳入新区就业见习基地，由就业和人才科按程序办理认定手续，并在基地名单中予以更新。",
        "三、关于2024年度新区高层次人才认定评议组组成",
        "会议审议了人才服务中心提出的评议组组成方案。会议同意，本年度高层次人才认定评议组由7人组成：组长由东岚大学经济与管理学院教授瞿红英担任；成员为东岚理工学院材料学院教授鲍振宇、云湄新区中心医院主任医师姚素琴、东岚市科技创新服务中心研究员钟鸣远、云湄晶耀电子科技有限公司首席技术官严海涛、东岚市律师协会副会长汤丽华、东岚正信会计师事务所有限公司所长水建平。评议工作安排在本月下旬集中进行，由人才服务中心做好申报材料分组和会务准备，评议结果报管委会审定后按程序公示。",
        "四、关于劳动保障监察投诉办理时限",
        "会议要求，劳动保障监察大队对受理的投诉案件，原则上在30个工作日内办结；案情复杂需要延期的，须经分管局领导同意。大队每月5日前将上月投诉办理情况报局办公室汇总。",
        "出席：陆振邦　方启明　孟雅琴",
        "列席：朱慧　吕晴　许文涛　俞晓岚　钱立峰",
        "记录：戴雨萱",
    ],
    sign="云湄新区管委会社会事业局办公室", date=_d, mark="（此件依申请公开）",
    banji=["分送：管委会主要领导、分管领导，局领导，局属各科室、各直属单位。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Minutes decision item names the 7-member 评议组 (with units) for an evaluation '本月下旬' (late May); dated 5-08.")

# C17 — 请示 to 管委会 naming the same 评议组, correctly marked 不予公开
_d = D(2024, 5, 10)
doc(id="C17", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社〔2024〕15号",
    signer="陆振邦",
    title="关于确定2024年度新区高层次人才认定评议组组成人员的请示",
    to="云湄新区管理委员会：",
    body=[
        "根据《云湄新区高层次人才认定办法》，新区每年集中组织一次高层次人才认定工作。2024年度认定申报已于4月30日截止，共受理申报42人，其中A类2人、B类9人、C类31人。经人才服务中心资格初审，符合申报条件的38人。",
        "一、评议组组成方案",
        "按照专业覆盖、单位分散、行业与学界兼顾的原则，经局务会议研究，拟由以下7人组成本年度评议组：组长瞿红英（东岚大学经济与管理学院教授）；成员鲍振宇（东岚理工学院材料学院教授）、姚素琴（云湄新区中心医院主任医师）、钟鸣远（东岚市科技创新服务中心研究员）、严海涛（云湄晶耀电子科技有限公司首席技术官）、汤丽华（东岚市律师协会副会长）、水建平（东岚正信会计师事务所有限公司所长）。上述人员均已确认能够参加，且与本年度申报人员不存在需要回避的情形。",
        "二、评议时间和方式",
        f"评议拟于2024年5月27日（{wd(D(2024, 5, 27))}）至28日进行。评议组先分组审阅申报材料，再集中听取A类、B类申报人陈述并提问，最后采取无记名投票方式形成评议意见。评议结果经管委会审定后，在新区门户网站公示5个工作日。",
        "三、经费保障",
        "评议所需专家劳务费、会务费约2.8万元，从新区人才发展专项资金中列支，严格按照新区专家劳务费标准执行。",
        "妥否，请批示。",
        "联系人：俞晓岚，联系电话：86153266。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：不予公开",
    banji=banji("", BUREAU_OFFICE, _d),
    note="请示 to the superior naming the 评议组 before it sits, correctly marked 不予公开 -> approve.")

# C3 — 纪要 fixing the schedule with no names
_d = D(2024, 4, 24)
doc(id="C3", case="clean", fmt="txt", kind="txt",
    head=["云湄新区管委会社会事业局", "专题会议纪要", "〔2024〕第5期",
          BUREAU_OFFICE + "　　　　" + cn(_d)],
    title="关于研究2024年度人才工作重点任务的会议纪要",
    to="",
    body=[
        "2024年4月23日下午，副局长孟雅琴主持召开专题会议，研究2024年度人才认定、人才住房保障和见习补贴发放等工作。就业和人才科、新区人才服务中心有关负责人参加会议。现将会议议定事项纪要如下。",
        "一、关于高层次人才认定时间安排",
        "会议明确，本年度高层次人才认定按以下节点推进：4月30日申报截止；5月10日前完成资格初审；评议工作安排在5月下旬；6月上旬报管委会审定并公示。评议组由人才服务中心从新区人才评价专家库中按专业分组随机抽取组成，组成方案提交局务会议审定，评议结束后随认定结果一并公布评议组组成情况。",
        "二、关于人才公寓配租",
        "会议同意人才服务中心提出的二季度人才公寓配租方案，新增房源60套优先保障新引进的博士、硕士研究生和高级技师。配租对象名单经公示无异议后办理入住。",
        "三、关于见习补贴发放",
        "会议要求，就业和人才科于5月15日前完成一季度就业见习补贴审核，对见习期未满即离岗的人员，按实际见习天数核定补贴；对连续两年留用率低于30%的见习基地，下一年度暂停新增见习岗位。",
        "四、关于人才政策宣传",
        "会议要求，人才服务中心结合“人才政策进园区”活动，6月底前走访新区重点企业不少于50家，编印人才政策汇编，并在新区政务服务中心设置政策咨询专席。",
        "出席：孟雅琴",
        "列席：吕晴　俞晓岚　柏雪梅",
        "记录：戴雨萱",
    ],
    sign="云湄新区管委会社会事业局办公室", date=_d, mark="公开方式：依申请公开",
    banji=["分送：局领导，就业和人才科，新区人才服务中心。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Minutes fix the evaluation timetable but name no panel members.")

# P4 — 函 to the examiners' employers naming the 面试考官, interview 7-13, doc 7-03
_d = D(2024, 7, 3)
doc(id="P4", case="panel", fmt="docx", kind="red", issuer="东岚市云湄新区管理委员会社会事业局",
    docno="云湄管社函〔2024〕23号",
    title="关于请支持有关同志担任新区2024年公开招聘中小学教师面试考官的函",
    to="东岚大学教育学院，东岚市教育科学研究院，云湄新区实验中学，云湄新区滨湖小学：",
    body=[
        "新区2024年公开招聘中小学教师笔试已于6月下旬结束，进入面试环节的考生共168名。按照新区事业单位公开招聘面试考官组建的有关规定，经研究，拟请贵单位下列同志担任本次面试考官。现将有关事项函告如下。",
        "一、考官人员",
        "东岚大学教育学院：包文静（教授）、景天佑（副教授）；",
        "东岚市教育科学研究院：芮国梁（正高级教师）、姚一帆（高级教师）；",
        "云湄新区实验中学：卓立明（高级教师）；",
        "云湄新区滨湖小学：柯晓雯（高级教师）。",
        "二、面试安排",
        f"面试拟于2024年7月13日（{wd(D(2024, 7, 13))}）在云湄新区实验中学举行，分语文、数学、英语、小学综合四个学科组，采取试讲加答辩的方式，每名考生时间不超过20分钟。考官须于当日上午7时30分前到达考点报到，参加考前培训并领取评分表。面试全天进行，预计当日下午6时前结束。",
        "三、有关事项",
        "（一）考官报到后，通讯工具由考务人员集中存放，面试结束后领回。面试期间考官统一就餐，不得离开考点。",
        "（二）考官劳务报酬按新区有关标准支付，往返交通由我局统一安排。",
        "（三）恳请贵单位给予支持，在面试当日为上述同志调整工作安排，并请于7月8日前将人员确认情况告知我局。如有人员因故不能参加，请推荐同等条件人员替补。",
        "联系人：就业和人才科吕晴，联系电话：86153302。",
    ],
    sign=BUREAU, date=_d, mark="（此件依申请公开）",
    banji=banji("云湄新区教师发展中心。", BUREAU_OFFICE, _d),
    note="Letter to employers names the six interview examiners (by unit) on 7-03 for interviews on 7-13.")

# C4 — interview notice with date and procedure, no examiner names
_d = D(2024, 7, 2)
doc(id="C4", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕33号",
    title="关于云湄新区2024年公开招聘中小学教师面试工作安排的通知",
    to="新区各中小学，各位进入面试环节的考生：",
    body=[
        "新区2024年公开招聘中小学教师笔试成绩已于6月28日公布，按照招聘公告确定的比例，共有168名考生进入面试。现将面试工作安排通知如下。",
        "一、面试时间和地点",
        f"面试时间为2024年7月13日（{wd(D(2024, 7, 13))}），地点为云湄新区实验中学（云湄大道218号）。考生须于当日上午7时30分前到达考点候考室报到，逾时未报到的视为自动放弃。",
        "二、面试形式和内容",
        "面试采取试讲加答辩的方式，每名考生时间不超过20分钟，其中试讲15分钟、答辩5分钟。试讲内容为报考学科现行教材中的一个课时，考生于候考时抽取课题，准备时间30分钟。面试满分为100分，合格分数线为60分。",
        "三、面试考官",
        "面试考官从东岚市事业单位公开招聘面试考官库中抽取，按学科组成考官小组，每组7人。考官组成在面试当日开考前确定，考官与考生存在回避关系的，按规定实行回避。",
        "四、成绩计算和后续程序",
        "考试总成绩按笔试成绩、面试成绩各占50%的比例计算。面试成绩在面试当日由考点公布，总成绩和进入体检人员名单于7月16日在新区门户网站公布。体检、考察、公示等后续工作安排另行通知。",
        "五、考生须知",
        "（一）考生须携带有效身份证件和面试通知书参加面试，二者缺一不可。",
        "（二）候考期间考生不得离开候考室，不得使用任何通讯工具；面试中不得透露本人姓名、毕业院校等个人信息，违者面试成绩按零分处理。",
        "咨询电话：86153302（工作日上午9时至下午5时）。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局事业单位人事管理处，云湄新区教师发展中心。", BUREAU_OFFICE, _d),
    note="Interview date and procedure, examiners only described as drawn from the pool on the day.")

# P5 — 电话记录 naming the 验收组, "下周四上午", doc Monday 8-05
_d = D(2024, 8, 5)
doc(id="P5", case="panel", fmt="txt", kind="txt",
    head=[RENCAI, "电话记录", "编号：云湄人才电记〔2024〕29号"],
    title="关于邀请专家参加博士后创新实践基地验收的电话记录",
    to="",
    body=[
        ("plain", "通话时间：2024年8月5日上午10时20分"),
        ("plain", "去电单位：云湄新区人才服务中心　　去电人：柏雪梅"),
        ("plain", "受话单位：东岚理工学院科技处　　受话人：冯振东（副处长）"),
        ("plain", "受话电话：86521470"),
        ("plain", "通话内容："),
        "一、我中心告知对方：新区云湄晶耀电子科技有限公司、东岚启航物流有限公司两家博士后创新实践基地设立已满两年，按照东岚市博士后工作管理的有关规定，须进行期满验收。验收定于下周四上午9时开始，地点在新区人才服务中心二楼评审室，先听取两家基地汇报，再分组查阅资料并到企业研发现场察看，下午形成验收意见。",
        "二、经中心研究，本次验收组由5名专家组成，其中贵院推荐的机械工程学院教授闻启东、计算机学院副教授仲雅楠两位专家参加，其余成员为东岚大学经济与管理学院教授瞿红英、东岚市科技创新服务中心研究员钟鸣远、东岚正信会计师事务所有限公司所长水建平，由瞿红英担任组长。请科技处转告闻启东、仲雅楠两位专家，并协助做好教学科研时间的调整。",
        "三、验收资料将于验收前一天由中心工作人员送至科技处，请转交两位专家提前审阅。资料主要包括基地建设情况报告、在站博士后研究成果和经费使用明细。",
        "四、对方表示：科技处今天下班前通知两位专家本人；如有时间冲突，将在本周三下班前回复，并另行推荐同专业专家替补。",
        ("plain", "处理意见：请中心主任俞晓岚阅知，由柏雪梅负责跟进专家确认情况。"),
        ("plain", "记录人：柏雪梅"),
    ],
    sign=RENCAI, date=_d, mark="公开方式：依申请公开",
    banji=banji("云湄新区管委会社会事业局就业和人才科。", "云湄新区人才服务中心综合部", _d),
    note="Phone record names the 5-member 验收组 on Monday 8-05 for an acceptance review '下周四' (8-15).")

# C5 — 电话记录 after the acceptance review, naming the experts
_d = D(2024, 8, 20)
doc(id="C5", case="clean", fmt="txt", kind="txt",
    head=[RENCAI, "电话记录", "编号：云湄人才电记〔2024〕33号"],
    title="关于博士后创新实践基地验收后续事项的电话记录",
    to="",
    body=[
        ("plain", "通话时间：2024年8月20日下午3时10分"),
        ("plain", "去电单位：云湄新区人才服务中心　　去电人：柏雪梅"),
        ("plain", "受话单位：东岚理工学院科技处　　受话人：冯振东（副处长）"),
        ("plain", "受话电话：86521470"),
        ("plain", "通话内容："),
        f"一、我中心告知对方：8月15日（{wd(D(2024, 8, 15))}），新区博士后创新实践基地期满验收已经完成。验收组由瞿红英、闻启东、仲雅楠、钟鸣远、水建平5位专家组成，瞿红英任组长。经听取汇报、查阅资料和现场察看，验收组一致同意云湄晶耀电子科技有限公司、东岚启航物流有限公司两家基地通过验收，并建议两家基地进一步加强与高校的联合培养。",
        "二、闻启东教授在验收当日提交的专家个人意见表尚缺本人签字，请科技处协助联系闻教授补签后寄回我中心，或在下周五前由我中心工作人员上门取回。",
        "三、两位专家的劳务费已按规定标准核定，将通过学校财务部门统一代发，请科技处提醒两位专家注意查收。",
        "四、对方表示：将于本周内协助完成补签；对中心的组织工作表示感谢，希望今后继续在人才评价方面加强合作，学校可以根据新区需要推荐更多专家进入新区人才评价专家库。",
        ("plain", "处理意见：验收材料整理归档后报就业和人才科备案，专家意见表补齐后一并归档；验收意见书面反馈两家基地。"),
        ("plain", "记录人：柏雪梅"),
    ],
    sign=RENCAI, date=_d, mark="公开方式：依申请公开",
    banji=banji("云湄新区管委会社会事业局就业和人才科。", "云湄新区人才服务中心综合部", _d),
    note="Same 验收组 named after it met (8-15); record dated 8-20.")

# P6 — attachment table naming the 评审专家组, "拟于6月下旬", doc 6-05
_d = D(2024, 6, 5)
doc(id="P6", case="panel", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕29号",
    title="关于做好2024年度云湄新区首席技师评审工作的通知",
    to="各申报单位：",
    body=[
        "2024年度云湄新区首席技师申报工作已于5月31日截止，共收到14家企业推荐的23名申报人员材料。经新区职业技能鉴定所资格审查，符合申报条件的19人。现将评审工作有关事项通知如下。",
        "一、评审方式",
        "评审分材料评审、现场技能展示和答辩三个环节，分别占总分的40%、40%和20%。现场技能展示主要考察申报人解决生产现场技术难题的能力和绝技绝活；答辩主要考察申报人的技术革新成果以及带徒传技情况。",
        "二、评审安排",
        "评审工作拟于6月下旬进行，材料评审集中在新区职业技能鉴定所进行，现场技能展示在申报人所在企业生产现场或新区公共实训基地进行。各申报人的具体评审顺序，由职业技能鉴定所另行通知申报人本人。",
        "三、回避申报",
        "为保证评审公正，现将本次评审专家组名单附后。申报人与专家组成员存在近亲属关系、在同一单位任职或者近三年内存在直接师徒关系的，请所在单位于6月14日前填写回避申报表，报送新区职业技能鉴定所。",
        "四、有关要求",
        "（一）各申报单位要为申报人参加现场技能展示提供场地、设备和材料保障，并安排一名联络人全程配合。",
        "（二）申报人不得以任何方式与评审专家私下接触，不得提供虚假业绩材料。对违反规定的，取消本年度评选资格。",
        "（三）评审结果经管委会审定后在新区门户网站公示，公示无异议的授予“云湄新区首席技师”称号。",
        "联系人：新区职业技能鉴定所邵建华，联系电话：86153418。",
    ],
    annex_note=["附件：2024年度云湄新区首席技师评审专家组名单"],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    annexes=[{"label": "附件", "title": "2024年度云湄新区首席技师评审专家组名单", "body": [
        ("table", [
            ["序号", "姓名", "工作单位", "职称或技能等级", "评审专业", "备注"],
            ["1", "卢海鹏", "东岚港务集团有限公司", "高级技师", "机械加工", "组长"],
            ["2", "胡月琴", "东岚职业技术学院", "正高级讲师", "电工电子", ""],
            ["3", "潘国栋", "云湄恒拓精密机械有限公司", "高级技师", "数控加工", ""],
            ["4", "邢建明", "东岚电力设计院", "高级工程师", "电气", ""],
            ["5", "廖振华", "东岚市特种设备检验所", "高级工程师", "焊接", ""],
            ["6", "谭家骏", "东岚技师学院", "高级实习指导教师", "汽车维修", ""],
            ["7", "宋丽娟", "东岚锦程建设工程有限公司", "高级技师", "建筑施工", ""],
        ]),
    ]}],
    banji=banji("东岚市人力资源和社会保障局职业能力建设处。", BUREAU_OFFICE, _d),
    note="Attachment table names the 7-member 评审专家组 (to collect 回避 declarations) for a review in late June; dated 6-05.")

# C6 — 评选 call: procedure and timing, panel only described
_d = D(2024, 5, 6)
doc(id="C6", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕21号",
    title="关于开展2024年度云湄新区首席技师评选工作的通知",
    to="新区各企业，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "为发挥高技能人才在技术攻关、技艺传承中的引领作用，根据《云湄新区技能人才激励办法》，决定开展2024年度新区首席技师评选工作。现将有关事项通知如下。",
        "一、评选名额",
        "本年度评选首席技师不超过10名，重点向先进制造、现代物流、建筑施工和养老服务等行业倾斜。",
        "二、申报条件",
        "（一）在新区企业一线岗位连续工作满5年，现仍在生产岗位工作；",
        "（二）取得高级技师职业技能等级，或者取得技师等级满3年且获得过市级以上技能竞赛前三名；",
        "（三）近三年主持或者作为主要完成人参与技术革新项目2项以上，取得明显经济效益；",
        "（四）带徒传技成效突出，所带徒弟中已有2人以上取得技师或者高级技师等级。",
        "三、申报程序",
        "申报人向所在企业提出申请，企业审核并在本单位公示5个工作日后，于5月31日前将推荐材料报送新区职业技能鉴定所。每家企业推荐不超过2人。",
        "四、评审方式",
        "评审由新区职业技能鉴定所从新区技能人才评价专家库中按专业随机抽取7名专家组成专家组，采取材料评审、现场技能展示和答辩相结合的方式进行，评审工作安排在6月下旬。评审结果经管委会审定后公示。",
        "五、激励措施",
        "被评为首席技师的，由新区给予每人一次性资助2万元，连续3年每年发放技能津贴6000元；支持其领衔建立技能大师工作室，符合条件的优先推荐申报市级技能大师工作室。",
        "联系人：新区职业技能鉴定所邵建华，联系电话：86153418。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局职业能力建设处。", BUREAU_OFFICE, _d),
    note="Call for nominations: review method and timing, panel to be drawn at random; no names.")

# P7 — OA notice text, colon list of the 评估验收组, "月底前 / 本月27日、28日", doc 8-16
_d = D(2024, 8, 16)
doc(id="P7", case="panel", fmt="txt", kind="txt",
    head=["【云湄新区协同办公平台·通知公告】",
          "发布单位：云湄新区管委会社会事业局就业和人才科",
          "文　　号：云湄管社通〔2024〕64号",
          "发布时间：2024年8月16日　17:05",
          "接收范围：新区各就业见习基地，各街道（镇）人力资源和社会保障服务所"],
    title="关于开展2024年度新区就业见习基地评估验收的通知",
    to="新区各就业见习基地，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "为提升就业见习工作质量，根据《东岚市就业见习管理办法》，新区决定对2022年以来认定的12家就业见习基地开展评估验收。现将有关事项通知如下。",
        "一、评估内容",
        "主要评估见习岗位的数量和质量、见习人员带教指导、见习协议签订和见习补贴使用、见习期满留用等情况。对见习留用率高、带教成效好的基地，推荐申报市级示范见习基地。",
        "二、时间安排",
        "评估验收分材料审核和实地评估两步进行。材料审核已于8月上旬完成；实地评估于月底前完成，具体安排在本月27日、28日两天，每家基地约需1.5小时，各基地评估顺序由就业和人才科另行电话告知。",
        "三、评估验收组",
        ("plain", "组　长：孟雅琴（社会事业局副局长）"),
        ("plain", "副组长：柏雪梅（新区人才服务中心）"),
        ("plain", "成　员：殷立华（东岚职业技术学院就业指导中心主任）、郑婉清（东岚市人力资源服务行业协会秘书长）、岑国华（云湄众邦人力资源服务有限公司总经理）、伍晓东（东岚大学经济与管理学院副教授）"),
        "四、有关要求",
        "（一）各见习基地请于8月23日前在平台“见习管理”栏目上传近两年的见习人员花名册、带教记录和补贴发放凭证，并指定1名熟悉情况的人员在实地评估时介绍情况。",
        "（二）各街道服务所要协助辖区基地做好准备，评估当天派员陪同。",
        "（三）评估结果分为优秀、合格、不合格三个等次，评为不合格的取消见习基地资格。",
        "联系人：就业和人才科吕晴，联系电话：86153302。",
    ],
    sign="云湄新区管委会社会事业局就业和人才科", date=_d, mark="公开方式：主动公开",
    banji=["抄送：局领导，新区人才服务中心。",
           "云湄新区管委会社会事业局就业和人才科　　　　" + cn(_d) + "发布"],
    note="OA notice lists the 验收组 (colon list, with units) on 8-16 for site evaluations on 8-27/28.")

# P8 — 鉴定所 notice naming 督导员/考评员, "国庆节后第一周", doc 9-27
_d = D(2024, 9, 27)
doc(id="P8", case="panel", fmt="docx", kind="red", issuer="云湄新区职业技能鉴定所文件",
    docno="云湄鉴〔2024〕17号",
    title="关于做好2024年第三批职业技能等级认定考核工作的通知",
    to="新区各有关企业，东岚职业技术学院云湄校区：",
    body=[
        "根据年度工作计划，我所定于国庆节后第一周组织2024年第三批职业技能等级认定考核，涉及电工（四级、三级）、焊工（四级）、工业机器人系统运维员（四级）3个职业，共237人报名。现将有关事项通知如下。",
        "一、考核安排",
        "理论知识考试采取机考方式，在东岚职业技术学院云湄校区机房进行；技能考核在新区公共实训基地进行。各职业的具体场次和考生分组，由各单位登录职业技能等级认定管理系统查询，并及时通知本单位考生。",
        "二、考评人员安排",
        "本批次考核的督导员和考评员安排如下：",
        ("plain", "电工：督导员缪国强；考评员叶明辉、骆小勇、章建新、贺丽萍。"),
        ("plain", "焊工：督导员尹德胜；考评员庞立群、范铁军、严卫东。"),
        ("plain", "工业机器人系统运维员：督导员尹德胜；考评员欧阳铭、祝晓琳、施宏伟。"),
        "以上考评员分别来自东岚职业技术学院、云湄恒拓精密机械有限公司、东岚市特种设备检验所和新区公共实训基地，均持有相应职业的考评员资格。",
        "三、考生须知",
        "（一）考生须携带有效身份证件和准考证，提前30分钟到达考场，经人脸识别核验后入场。",
        "（二）技能考核中须按规定穿戴劳动防护用品，未按要求穿戴的不得参加考核。",
        "（三）考生成绩可在考核结束后15个工作日内登录管理系统查询。",
        "四、工作要求",
        "各单位要按照“谁组织、谁负责”的原则，做好考生的组织和安全教育工作，确保考生按时参加考核。考评员与考生存在师徒、同事关系的，由我所按规定调整考评组别。",
        "联系人：郑思雨，联系电话：86153421。",
    ],
    sign=JIANDING, date=_d, mark="公开方式：主动公开",
    banji=banji("云湄新区管委会社会事业局。", "云湄新区职业技能鉴定所综合办公室", _d),
    note="Names the 督导员/考评员 on 9-27 for assessments in the first week after 国庆 (10-08..12).")

# P9 — 工作简报 naming the final's 评委会, 12月12日, doc 12-02
_d = D(2024, 12, 2)
doc(id="P9", case="panel", fmt="docx", kind="brief", issuer="工作简报", issue="第21期",
    editor="云湄新区管委会社会事业局编", sign="云湄新区管委会社会事业局",
    title="第二届“创享云湄”创业创新大赛决赛筹备就绪",
    to="",
    body=[
        "第二届“创享云湄”创业创新大赛自今年8月启动以来，共吸引214个项目报名，经初赛、复赛两轮比拼，已有20个项目进入决赛。目前，决赛各项筹备工作已基本就绪。",
        "一、赛程安排已经确定。",
        f"决赛将于12月12日（{wd(D(2024, 12, 12))}）在云湄新区科创中心报告厅举行，分创业组和创意组两个组别进行，每个项目路演8分钟、答辩7分钟，评委现场打分，比赛结束后当场公布名次。组委会已组织进入决赛的项目团队完成两轮路演辅导。",
        "二、评委阵容基本落定。",
        "经大赛组委会邀请，决赛评委会由7位专家组成：东岚大学经济与管理学院教授瞿红英担任评委会主席，东岚创新投资基金管理有限公司合伙人陶振宇、东岚银行科技金融事业部总经理冉文博、云湄晶耀电子科技有限公司首席技术官严海涛、东岚市科技创新服务中心研究员钟鸣远、东岚市创业指导专家团成员欧阳慧、东岚理工学院经济学院副教授于海燕担任评委。评委会将从项目创新性、商业可行性、团队能力和带动就业潜力四个维度进行评分。",
        "三、配套服务同步跟进。",
        "为帮助优秀项目落地，社会事业局联合新区财政金融局、科创中心，为决赛项目开通创业担保贷款“绿色通道”，获奖项目可优先入驻新区创业孵化基地，享受最长两年的场租减免。",
        "四、下一步工作。",
        "社会事业局将会同大赛承办单位，进一步做好决赛会场布置、安全保障和宣传报道工作，确保决赛顺利举办。",
    ],
    date=_d, mark="公开方式：主动公开",
    banji=["报：东岚市人力资源和社会保障局，管委会领导。",
           "送：管委会各部门，各街道（镇）。",
           "发：局属各科室、各直属单位。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Briefing names the 7 judges of a final to be held 12-12; dated 12-02.")

# C18 — 工作简报 after the final, naming the judges and winners
_d = D(2024, 12, 16)
doc(id="C18", case="clean", fmt="txt", kind="txt",
    head=["工作简报", "第23期", "云湄新区管委会社会事业局编　　　　　　" + cn(_d)],
    title="第二届“创享云湄”创业创新大赛决赛圆满落幕",
    to="",
    body=[
        f"12月12日（{wd(D(2024, 12, 12))}），第二届“创享云湄”创业创新大赛决赛在云湄新区科创中心报告厅举行，20个项目团队同台竞技，经过路演和答辩，共决出一等奖2个、二等奖4个、三等奖6个。",
        "一、评审专业公正。",
        "决赛评委会由东岚大学经济与管理学院教授瞿红英担任主席，陶振宇、冉文博、严海涛、钟鸣远、欧阳慧、于海燕6位专家担任评委。评委们围绕项目创新性、商业可行性、团队能力和带动就业潜力逐一点评，现场打分、当场亮分，去掉一个最高分和一个最低分后取平均分排定名次。",
        "二、项目质量明显提升。",
        "本届决赛项目中，先进制造和数字经济类项目占六成，有9个项目已实现营业收入，累计带动就业312人。创业组一等奖由东岚启航物流有限公司孵化团队的“冷链温控追溯平台”项目获得，创意组一等奖由东岚理工学院学生团队的“社区适老化改造服务”项目获得。",
        "三、政策扶持及时跟进。",
        "颁奖现场，新区财政金融局与东岚银行云湄支行向获奖项目发放创业担保贷款授信意向书，合计授信额度860万元；6个项目签订了入驻新区创业孵化基地的协议。",
        "四、下一步工作。",
        "社会事业局将对获奖项目建立跟踪服务台账，落实一次性创业补贴和场租减免政策，并择优推荐参加东岚市创业大赛。",
    ],
    sign="云湄新区管委会社会事业局", date=_d, mark="（此件公开发布）",
    banji=["报：东岚市人力资源和社会保障局，管委会领导。",
           "送：管委会各部门，各街道（镇）。",
           "发：局属各科室、各直属单位。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Judges named after the final (12-12); briefing dated 12-16.")

# C7 — call for 专家库 candidates
_d = D(2024, 3, 5)
doc(id="C7", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕9号",
    title="关于征集云湄新区人才评价专家库入库专家的通知",
    to="新区各企事业单位，各街道（镇），驻区各高校、科研院所：",
    body=[
        "为规范新区职称评审、技能人才评价、人才认定等评审工作，提高评审的公信力，决定组建云湄新区人才评价专家库。现就入库专家征集工作通知如下。",
        "一、征集范围",
        "工程技术、经济管理、卫生健康、教育、社会工作等领域的专业技术人才，以及先进制造、建筑施工、现代服务等行业的高技能人才。",
        "二、入库条件",
        "（一）具有良好的职业道德，坚持原则，作风正派，近五年无违法违纪记录；",
        "（二）专业技术人才一般应具有副高级以上职称，高技能人才一般应具有高级技师职业技能等级；",
        "（三）从事本专业工作满8年，熟悉本领域的政策法规和评价标准；",
        "（四）年龄一般不超过65周岁，身体健康，能够参加评审工作。",
        "三、征集方式",
        "采取单位推荐和个人自荐相结合的方式。请各单位于4月15日前将《云湄新区人才评价专家库入库申请表》及相关证明材料报送新区人才服务中心，个人自荐的须经所在单位签署意见。",
        "四、专家库管理",
        "（一）入库专家经资格审核后录入专家库，有效期3年，期满重新确认。",
        "（二）各类评审需要组建评审委员会或者专家组的，从专家库中按专业随机抽取，抽取时间原则上不早于评审前3个工作日；抽取结果在评审结束前不对外发布，评审结束后随评审结果一并公布。",
        "（三）对无正当理由多次拒绝参加评审、违反评审纪律的专家，予以出库处理。",
        "联系人：新区人才服务中心柏雪梅，联系电话：86153270。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("东岚市人力资源和社会保障局专业技术人员管理处。", BUREAU_OFFICE, _d),
    note="Call for expert-pool candidates; describes drawing rules, no panel named.")

# C8 — rules on composing panels (txt)
_d = D(2024, 2, 26)
doc(id="C8", case="clean", fmt="txt", kind="txt",
    head=[BUREAU_RED, "云湄管社发〔2024〕7号"],
    title="关于规范人才评价评审专家组建工作的通知",
    to="局属各科室、各直属单位，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "近年来，新区承担的职称评审、技能人才评价、人才认定和技能竞赛等评审事项逐年增加。为规范评审专家的组建和使用，保证评审公平公正，现就有关事项通知如下。",
        "一、统一专家来源",
        "各类评审委员会、评议组、专家组和竞赛裁判组的成员，原则上从新区人才评价专家库中产生；专家库中相应专业人数不足的，可以从东岚市相关专家库中补充，或者经局务会议研究后邀请库外专家。",
        "二、规范抽取程序",
        "（一）组建单位应当在评审前3至5个工作日提出抽取申请，明确专业、人数和回避要求。",
        "（二）抽取由两名以上工作人员在局办公室监督下通过专家库系统随机进行，全程留痕。",
        "（三）抽取结果以电话或者书面方式通知专家本人，只告知评审时间和报到地点。",
        "（四）专家组成人员名单在评审结束前不得对外发布，不在面向社会的文件中列明。",
        "三、严格回避",
        "专家与申报人存在近亲属关系、同一单位任职关系、师生或者师徒关系，以及其他可能影响公正评审的关系的，应当主动申请回避；组建单位发现专家应当回避而未回避的，应当及时调整。",
        "四、加强纪律约束",
        "评审专家应当独立、客观、公正地发表评审意见，不得私下接触申报人，不得收受申报人或者其所在单位的财物。对违反纪律的专家，视情节予以约谈、暂停评审资格直至出库处理。",
        "五、做好结果公开",
        "评审结束后，组建单位应当在公布评审结果的同时公布评审专家组成情况，接受社会监督。",
        "本通知自印发之日起执行。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局。", BUREAU_OFFICE, _d),
    note="Rules on composing panels; no names, no event.")

# ============================================================ UNANNOUNCED +
JC_RED = "云湄新区劳动保障监察大队文件"
JC_OFFICE = "云湄新区劳动保障监察大队综合组"

# U1 — project table with dates; "no warning" only in the 备注 column
_d = D(2024, 12, 9)
doc(id="U1", case="unannounced", fmt="docx", kind="red", issuer=JC_RED, docno="云湄监察〔2024〕31号",
    title="关于开展2024年冬季工程建设领域工资支付专项检查的通知",
    to="各街道（镇）人力资源和社会保障服务所，新区建设工程管理中心：",
    body=[
        "岁末年初是农民工工资支付的关键时段。为落实东岚市根治拖欠农民工工资工作领导小组冬季专项行动部署，大队决定于12月中下旬对新区部分在建工程项目的工资支付情况开展专项检查。现将有关事项通知如下。",
        "一、检查内容",
        "（一）农民工工资专用账户开立和使用情况；",
        "（二）农民工实名制管理和考勤记录情况；",
        "（三）施工总承包单位代发工资、按月足额支付工资情况；",
        "（四）工资保证金存储和维权信息告示牌设置情况。",
        "二、检查项目和时间",
        "结合今年以来的投诉举报线索和项目施工进度，本次检查确定以下8个在建项目，具体安排见下表。",
        ("table", [
            ["序号", "项目名称", "施工总承包单位", "所在街道（镇）", "检查时间", "备注"],
            ["1", "滨湖花园二期住宅项目", "东岚锦程建设工程有限公司", "滨湖街道", "12月17日晚", "到达工地后再通知项目经理"],
            ["2", "青枫科创园三号研发楼", "东岚宏基建筑工程有限公司", "青枫街道", "12月17日晚", "同上"],
            ["3", "湄东路综合管廊工程", "东岚市政工程集团有限公司", "湄东街道", "12月18日上午", "先到工人宿舍查看，后调台账"],
            ["4", "沙渚安置房一期", "东岚安居建设有限公司", "沙渚镇", "12月18日下午", "同上"],
            ["5", "临港物流园冷库项目", "云湄港城建设有限公司", "湄西街道", "12月18日晚", "出发前不与项目部联系"],
            ["6", "新区第二实验学校", "东岚建工集团第三工程有限公司", "湄西街道", "12月19日上午", "同上"],
            ["7", "滨湖邻里中心", "东岚锦程建设工程有限公司", "滨湖街道", "12月19日下午", "配合人员集合后再告知去向"],
            ["8", "云湄大道改造提升工程", "东岚路桥建设有限公司", "青枫街道", "12月19日晚", "同上"],
        ]),
        "三、工作要求",
        "（一）各街道（镇）服务所各确定1名熟悉辖区情况的工作人员配合检查，人员名单于12月13日前报大队综合组。新区建设工程管理中心负责提供上述项目的施工许可和实名制平台数据。",
        "（二）检查中发现拖欠工资的，依法下达限期整改指令书；拒不整改或者情节严重的，按规定列入拖欠农民工工资失信联合惩戒对象名单。",
        "（三）每个项目检查结束后，检查组于次日12时前将检查记录表报大队综合组，大队汇总后报社会事业局。检查情况将在专项行动结束后予以通报。",
        "联系人：大队综合组许文涛，联系电话：86153350。",
    ],
    sign=JIANCHA, date=_d, mark="公开方式：主动公开",
    banji=banji("云湄新区管委会社会事业局，东岚市劳动保障监察支队。", JC_OFFICE, _d),
    note="Names 8 projects/contractors with check dates 12-17..19 (doc 12-09); surprise character only in the 备注 column.")

# C9 — 通报 after the checks, naming the projects at fault
_d = D(2024, 12, 27)
doc(id="C9", case="clean", fmt="docx", kind="red", issuer=JC_RED, docno="云湄监察〔2024〕34号",
    title="关于2024年冬季工程建设领域工资支付专项检查情况的通报",
    to="各街道（镇）人力资源和社会保障服务所，新区建设工程管理中心，新区各在建工程项目施工总承包单位：",
    body=[
        "12月17日至19日，大队会同各街道（镇）服务所，对新区8个在建工程项目的工资支付情况进行了专项检查。检查采取夜间进场、先看现场后查台账的方式，共走访工人宿舍11处，个别询问农民工96人，调阅工资支付台账和考勤记录8套。现将检查情况通报如下。",
        "一、总体情况",
        "从检查情况看，多数项目能够按规定开立工资专用账户、落实实名制管理和按月支付工资，维权信息告示牌设置规范。但仍有3个项目存在不同程度的问题，主要集中在工资支付不及时、代发制度落实不到位和维权信息公示不规范等方面。问题项目及处理情况如下。",
        "二、发现的问题",
        ("table", [
            ["项目名称", "施工总承包单位", "存在问题", "处理情况"],
            ["滨湖花园二期住宅项目", "东岚锦程建设工程有限公司", "11月工资未按月足额支付，涉及农民工37人、41.6万元", "已下达限期整改指令书，12月23日全额补发"],
            ["临港物流园冷库项目", "云湄港城建设有限公司", "未设置维权信息告示牌", "当场责令整改，已完成"],
            ["云湄大道改造提升工程", "东岚路桥建设有限公司", "工资由劳务分包单位直接发放，未通过专用账户代发", "已约谈项目负责人，限期12月31日前整改"],
        ]),
        "三、整改要求",
        "（一）存在问题的项目施工总承包单位要逐项落实整改，于2025年1月6日前将整改报告报大队；逾期未完成整改的，依法予以行政处罚。",
        "（二）各在建项目要对照检查内容开展自查，重点检查专用账户代发工资、考勤与工资发放对应等情况，春节前务必将农民工工资足额发放到位。",
        "（三）各街道（镇）服务所要加强日常巡查，对辖区项目的欠薪隐患做到早发现、早处置；接到农民工反映欠薪的，要在当日登记、三日内反馈。",
        "四、下一步工作",
        "大队将于春节前对上述3个项目的整改情况进行复核，并将检查结果纳入施工企业信用评价。",
    ],
    sign=JIANCHA, date=_d, mark="（此件公开发布）",
    banji=banji("云湄新区管委会社会事业局，东岚市劳动保障监察支队。", JC_OFFICE, _d),
    note="Report of the completed checks (12-17..19) naming the projects found at fault; dated 12-27.")

# U2 — 工作提示 naming firms, "下周一起"; surprise character in a 注意事项 item
_d = D(2024, 4, 19)
doc(id="U2", case="unannounced", fmt="txt", kind="txt",
    head=[BUREAU, "工作提示", "云湄管社提〔2024〕4号"],
    title="关于核实部分企业一次性吸纳就业补贴申领情况的工作提示",
    to="湄东街道、湄西街道、青枫街道人力资源和社会保障服务所：",
    body=[
        "今年一季度，新区共受理一次性吸纳就业补贴申请137件。市局数据比对发现，部分企业申报的新招用人员存在参保时间短、参保后很快停保等情况，需要逐一核实。经研究，现就有关工作提示如下。",
        "一、核实对象",
        "本轮核实以下6家企业，核实人员范围以企业申报补贴的人员为准。",
        ("table", [
            ["序号", "企业名称", "所在街道", "申报人数", "核实重点"],
            ["1", "云湄晶耀电子科技有限公司", "青枫街道", "18", "停保人员实际在岗情况"],
            ["2", "东岚启航物流有限公司", "湄西街道", "12", "劳动合同与考勤是否对应"],
            ["3", "云湄味之源餐饮管理有限公司", "湄东街道", "9", "工资发放流水"],
            ["4", "东岚佳顺家政服务有限公司", "湄东街道", "7", "人员是否实际到岗"],
            ["5", "云湄恒拓精密机械有限公司", "青枫街道", "15", "停保人员实际在岗情况"],
            ["6", "东岚优程电商科技有限公司", "湄西街道", "11", "劳动合同与考勤是否对应"],
        ]),
        "二、时间安排",
        "核实工作从下周一起开始，用两周时间完成，原则上每家企业安排半天，由就业和人才科两名工作人员和所在街道服务所一名工作人员组成核实小组。",
        "三、核实方式",
        "（一）查阅劳动合同、考勤记录、工资发放凭证和社会保险缴费记录；",
        "（二）随机抽取在岗人员进行个别询问；",
        "（三）对已离职人员，通过电话回访核实其在职期间的情况。",
        "四、注意事项",
        "1.核实人员两人以上同行，进入企业后出示工作证件。",
        "2.核实小组当天直接到企业，不预先约定时间，以当天看到的在岗状态为准；请服务所不要事先向企业索要材料清单，也不要把核实日期告诉企业经办人员。",
        "3.核实发现企业虚报冒领的，暂停拨付补贴，已拨付的依法追回，并移交有关部门处理；属于企业对政策理解有误的，做好政策解释，指导其规范申报。",
        "五、结果报送",
        "各服务所请于5月10日前将核实记录表报送就业和人才科。联系人：吕晴，联系电话：86153302。",
    ],
    sign=BUREAU, date=_d, mark="（此件依申请公开）",
    banji=banji("新区劳动保障监察大队。", BUREAU_OFFICE, _d),
    note="Names 6 firms whose subsidy claims will be verified without notice from '下周一' (4-22); warning-free character in 注意事项 item 2.")

# C10 — 通报 after the verification, naming firms at fault
_d = D(2024, 5, 20)
doc(id="C10", case="clean", fmt="txt", kind="txt",
    head=[BUREAU_RED, "云湄管社发〔2024〕24号"],
    title="关于一次性吸纳就业补贴核实情况的通报",
    to="各街道（镇）人力资源和社会保障服务所，新区各有关企业：",
    body=[
        "4月22日至5月8日，我局会同湄东、湄西、青枫街道服务所，对6家企业申领一次性吸纳就业补贴的情况进行了实地核实，共核实申报人员72人，调阅劳动合同、考勤和工资发放凭证300余份。现将核实情况通报如下。",
        "一、核实结果",
        "云湄晶耀电子科技有限公司、东岚启航物流有限公司、云湄味之源餐饮管理有限公司、云湄恒拓精密机械有限公司4家企业申报情况基本属实，个别人员停保系正常离职。",
        "东岚佳顺家政服务有限公司申报的7名人员中，有4人未实际到岗工作，仅由企业代缴社会保险费；东岚优程电商科技有限公司申报的11名人员中，有2人的劳动合同签订日期晚于补贴申报日期，不符合申领条件。",
        ("table", [
            ["企业名称", "申报人数", "核实不符人数", "处理结果"],
            ["东岚佳顺家政服务有限公司", "7", "4", "追回补贴并移交处理"],
            ["东岚优程电商科技有限公司", "11", "2", "核减补贴"],
            ["其余4家企业", "54", "0", "按规定拨付"],
        ]),
        "二、处理意见",
        "（一）对东岚佳顺家政服务有限公司，追回已拨付补贴4000元，取消其三年内申领就业补贴资格，并将有关线索移交新区劳动保障监察大队依法处理。",
        "（二）对东岚优程电商科技有限公司，核减补贴2000元，责令其规范劳动合同签订管理。",
        "三、有关要求",
        "（一）各企业要如实申报就业补贴，对申报材料的真实性负责。对弄虚作假骗取补贴的，一经查实，依法追回资金并纳入信用记录。",
        "（二）各街道服务所要加强补贴申报的初审，对参保时间短、停保集中的申报，要实地走访后再出具初审意见。",
        "（三）就业和人才科要完善数据比对机制，每季度与社保、税务数据进行一次比对。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开", sep="\t",
    banji=banji("东岚市人力资源和社会保障局就业促进处。", BUREAU_OFFICE, _d),
    note="Report of completed verification (4-22..5-08) naming the two firms at fault; dated 5-20.")

# U3 — random-draw result published before the visits; warning-free wording in 工作要求
_d = D(2024, 4, 10)
doc(id="U3", case="unannounced", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕19号",
    title="关于开展2024年第一批人力资源服务机构“双随机”抽查的通知",
    to="局劳动关系科，新区劳动保障监察大队，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "根据《云湄新区2024年度人社领域“双随机”抽查工作安排》，4月9日，我局在局办公室监督下，从检查对象名录库和执法检查人员名录库中随机摇号，确定了第一批抽查对象和检查组。现将有关事项通知如下。",
        "一、抽查事项",
        "（一）人力资源服务许可和备案事项是否与实际经营一致；",
        "（二）招聘信息发布是否真实合法，是否存在就业歧视内容；",
        "（三）收费项目和标准是否公示，是否违规向求职者收取押金；",
        "（四）服务台账和年度报告是否按规定建立、报送。",
        "二、抽查对象和时间",
        ("table", [
            ["序号", "机构名称", "经营地址", "检查日期", "检查组"],
            ["1", "云湄众邦人力资源服务有限公司", "湄东街道云湄大道88号", "4月23日", "第一组"],
            ["2", "东岚鑫盛劳务派遣有限公司", "湄西街道港城路16号", "4月23日", "第二组"],
            ["3", "东岚才聚人力资源咨询有限公司", "青枫街道科创园B座", "4月24日", "第一组"],
            ["4", "云湄智联猎头服务有限公司", "青枫街道创业路9号", "4月25日", "第二组"],
            ["5", "东岚安途职业介绍所", "沙渚镇中心街21号", "4月26日", "第一组"],
        ]),
        "第一组由劳动保障监察大队2名执法人员和劳动关系科1名工作人员组成，第二组由劳动保障监察大队3名执法人员组成，各组组长由大队指定。",
        "三、工作要求",
        "（一）各检查组要严格按照抽查事项清单开展检查，不得随意扩大检查范围，不得影响机构正常经营。",
        "（二）检查人员进入机构时出示执法证件并当场说明检查事项。出发前不以电话、短信或者上门等方式与所列机构接触，以机构平日经营的原貌为准；所在街道服务所如接到机构打听检查安排的，不作回应。",
        "（三）检查中发现违法违规问题的，依法责令改正；涉嫌违法需要立案的，移交劳动保障监察大队处理。",
        "（四）抽查结果在检查结束之日起20个工作日内，通过新区门户网站和国家企业信用信息公示系统向社会公示。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("东岚市人力资源和社会保障局人力资源流动管理处。", BUREAU_OFFICE, _d),
    note="Publishes drawn HR-service agencies with visit dates 4-23..26 (doc 4-10); warning-free character in 工作要求 (二).")

# C11 — annual random-check plan without targets
_d = D(2024, 3, 1)
doc(id="C11", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕11号",
    title="关于做好2024年度人社领域“双随机”抽查工作的通知",
    to="局属各科室、各直属单位，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "为深入推进“双随机、一公开”监管，规范行政检查行为，减少对市场主体正常经营的干扰，根据东岚市人力资源和社会保障局的统一部署，现就做好新区2024年度人社领域“双随机”抽查工作通知如下。",
        "一、抽查事项和比例",
        ("table", [
            ["抽查事项", "抽查比例", "实施时间", "实施单位"],
            ["人力资源服务机构经营行为", "不低于5%", "第二季度、第四季度", "劳动关系科、监察大队"],
            ["用人单位工资支付情况", "不低于3%", "第三季度", "监察大队"],
            ["劳务派遣单位经营情况", "不低于10%", "第二季度", "劳动关系科"],
            ["职业技能培训机构办学行为", "不低于10%", "第三季度", "职业技能鉴定所"],
        ]),
        "二、抽查程序",
        "（一）完善“两库”。各实施单位于3月底前更新检查对象名录库和执法检查人员名录库，做到底数清、信息准。",
        "（二）随机抽取。抽查对象和执法检查人员均通过新区“双随机”监管平台随机产生，抽取过程在局办公室监督下进行并全程留痕。",
        "（三）实施检查。检查人员应当两人以上，出示执法证件，按照抽查事项清单开展检查，不得随意扩大检查范围。",
        "（四）结果公示。抽查结果在检查结束之日起20个工作日内向社会公示，并同步推送至信用信息共享平台。",
        "三、工作要求",
        "（一）加强统筹。对同一市场主体的多个检查事项，原则上合并或者一次性完成，避免多头检查、重复检查，切实减轻市场主体负担。",
        "（二）强化衔接。抽查中发现的违法违规问题，依法处理并纳入信用记录；对信用等级较低的市场主体，适当提高抽查比例和频次。",
        "（三）按时报送。各实施单位于每季度最后一个月的25日前，将本季度抽查工作开展情况报局劳动关系科汇总，全年工作总结于12月20日前报送。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局政策法规处。", BUREAU_OFFICE, _d),
    note="Annual random-check plan: matters, ratios, quarters; no targets, no dates.")

# U4 — 简报 whose 下一步 section names restaurants and dates of covert re-checks
_d = D(2024, 7, 12)
doc(id="U4", case="unannounced", fmt="txt", kind="txt",
    head=["劳动保障监察工作简报", "第9期", "云湄新区劳动保障监察大队编　　　　　　" + cn(_d)],
    title="大队开展餐饮行业用工专项检查取得阶段成效",
    to="",
    body=[
        "6月以来，大队以餐饮、住宿等服务行业为重点，开展用工规范专项检查，截至7月10日，共检查餐饮企业43家，涉及劳动者612人，发现各类问题27个，已督促整改21个。",
        "一、主要做法",
        "一是突出重点时段。检查集中安排在午市、晚市之间的间隙，既能看到在岗人员，又尽量不影响门店营业。二是联合行业协会。会同东岚市餐饮行业协会云湄分会向会员单位发放劳动合同示范文本和排班工时指引。三是以案释法。选取两起典型案例在新区融媒体平台进行解读。",
        "二、发现的问题",
        "检查中发现的问题主要有：未与部分服务员、帮厨签订书面劳动合同；延长工作时间未依法支付加班费；以押金、服装费等名义扣减工资；未按规定为全日制员工缴纳社会保险费。",
        "三、下一步安排",
        "从前期检查看，部分企业存在整改流于表面的情况，有的企业在检查时出示的排班表与实际排班不符。为此，大队定于本月23日、24日，对湄东街道美食街区的云湄味之源餐饮管理有限公司、东岚渔家乐餐饮有限公司、湄东老街小吃店、云湄甜悦烘焙店、东岚川湘阁餐饮有限公司等5家企业进行复查。复查人员先以普通顾客身份进店用餐，观察前厅和后厨人员的实际在岗情况，待掌握真实排班后再亮明身份、调阅台账。",
        "对复查中发现整改不到位的，大队将依法从重处理，并在新区门户网站曝光。",
    ],
    sign=JIANCHA, date=_d, mark="公开方式：主动公开",
    banji=["报：云湄新区管委会社会事业局。",
           "送：东岚市劳动保障监察支队，湄东街道办事处。",
           "发：大队各中队。",
           JC_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Briefing's 下一步 names 5 eateries and the re-check dates 7-23/24 (doc 7-12), checks begin incognito.")

# U5 — named training classes to be sat in on covertly, "5月下旬"
_d = D(2024, 5, 13)
doc(id="U5", case="unannounced", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕26号",
    title="关于开展补贴性职业技能培训班次质量抽查的通知",
    to="新区职业技能鉴定所，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "今年以来，新区共开设补贴性职业技能培训班次62个。为了解培训的实际效果，防止出现虚报人数、缩减课时等问题，我局决定对部分在训班次开展质量抽查。现将有关事项通知如下。",
        "一、抽查范围",
        "拟于5月下旬，对下列4家培训机构正在开班的6个补贴性培训班次进行抽查：东岚匠心职业培训学校的电工（四级）班和焊工（四级）班，云湄康瑞养老护理培训中心的养老护理员（五级）班，东岚巧手家政职业技能培训学校的家政服务员班和育婴员班，云湄数智职业培训学校的电子商务师（四级）班。",
        "二、抽查内容",
        "（一）实到人数与签到记录、培训管理系统人脸签到数据是否一致；",
        "（二）授课内容、课时与备案的教学计划是否一致，授课教师是否为备案师资；",
        "（三）实操设备、耗材能否满足教学需要；",
        "（四）学员对培训质量和补贴政策的知晓和评价情况。",
        "三、抽查方式",
        "每个班次抽查半天，由我局就业和人才科、新区职业技能鉴定所各派1人组成抽查小组，采取随班听课、查阅资料、个别访谈相结合的方式进行。",
        "四、注意事项",
        "1.抽查小组成员以旁听学员的身份随班听课，下课前不向授课教师和机构工作人员表明来意，课后再查阅资料、访谈学员。",
        "2.各班次课表由职业技能鉴定所直接从培训管理系统调取，不向培训机构询问上课时间和地点。",
        "3.抽查结果作为拨付培训补贴和年度办学质量评估的重要依据。对查实虚报人数、虚假培训的，取消补贴性培训资质，已拨付的补贴依法追回。",
        "抽查工作结束后，职业技能鉴定所于6月7日前将抽查情况汇总报我局。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市人力资源和社会保障局职业能力建设处。", BUREAU_OFFICE, _d),
    note="Names 4 schools / 6 classes to be sat in on incognito in late May; doc 5-13; warning-free wording in 注意事项.")

# C12 — assessment deliberately announced to the institutions, with schedule
_d = D(2024, 9, 9)
doc(id="C12", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕40号",
    title="关于开展2024年度职业技能培训机构办学质量评估的通知",
    to="东岚匠心职业培训学校，云湄康瑞养老护理培训中心，东岚巧手家政职业技能培训学校，云湄数智职业培训学校，东岚鼎新技工培训中心：",
    body=[
        "为促进职业技能培训机构规范办学、提升培训质量，根据《东岚市职业技能培训机构管理办法》，我局决定对承担新区补贴性培训任务的5家培训机构开展2024年度办学质量评估。现将有关事项通知如下。",
        "一、评估内容",
        "主要评估机构的办学条件、师资队伍、教学管理、培训成效和补贴资金使用情况，重点关注培训合格率、学员就业率和学员满意度。评估指标体系共设5个一级指标、18个二级指标，满分100分，具体指标和评分细则由新区职业技能鉴定所另行发送各机构。",
        "二、评估方式",
        "评估采取机构自评和现场评估相结合的方式。现场评估的时间已事先与各机构商定，评估组将按下表日程到机构听取汇报、查阅资料、察看场地并召开学员座谈会。",
        ("table", [
            ["机构名称", "现场评估日期", "评估组联络人"],
            ["东岚匠心职业培训学校", f"9月24日（{wd(D(2024, 9, 24))}）", "郑思雨"],
            ["云湄康瑞养老护理培训中心", f"9月25日（{wd(D(2024, 9, 25))}）", "郑思雨"],
            ["东岚巧手家政职业技能培训学校", f"9月26日（{wd(D(2024, 9, 26))}）", "吕晴"],
            ["云湄数智职业培训学校", f"10月10日（{wd(D(2024, 10, 10))}）", "吕晴"],
            ["东岚鼎新技工培训中心", f"10月11日（{wd(D(2024, 10, 11))}）", "郑思雨"],
        ]),
        "三、有关要求",
        "（一）请各机构对照评估指标认真开展自评，于现场评估前3个工作日将自评报告和佐证材料目录报送新区职业技能鉴定所。",
        "（二）现场评估当天，请机构负责人或者分管负责人到场介绍情况，并组织在训学员10名以上参加座谈。",
        "（三）评估结果分为优秀、良好、合格、不合格四个等次，作为下一年度分配补贴性培训任务的依据。评为不合格的，暂停承担补贴性培训任务一年。评估结果将书面反馈各机构，并附改进建议。",
        "联系电话：86153421。",
    ],
    sign=BUREAU, date=_d, mark="（此件公开发布）",
    banji=banji("新区职业技能鉴定所。", BUREAU_OFFICE, _d),
    note="Assessment deliberately announced to the named institutions, with agreed dates.")

# U6 — exam-site inspections on 10-19/20 at named sites; "no warning" far away in 工作要求
_d = D(2024, 10, 11)
doc(id="U6", case="unannounced", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕43号",
    title="关于加强第四季度职业技能等级认定考务管理的通知",
    to="新区职业技能鉴定所，各备案职业技能等级认定机构：",
    body=[
        "今年以来，新区共有9家备案机构开展职业技能等级认定，累计组织考核1.2万人次，考务管理总体规范。但个别考点仍存在考评员未按时到岗、视频监控存在盲区、考生身份核验流于形式等问题。第四季度是认定考核的集中期，为进一步规范考务管理，现就有关事项通知如下。",
        "一、严格考前准备",
        "各认定机构要在考前3天完成考场布置和设备调试，确保每个考场视频监控全覆盖、录像保存完整；试卷由专人领取、专柜存放，领取和交接全程登记。",
        "二、规范考中管理",
        "（一）考生入场一律进行人脸识别核验，核验不通过的不得入场。",
        "（二）考评员按照“一场一派”原则确定，不得在本单位考点担任考评员。",
        "（三）技能考核评分实行双人评分，分差超过规定幅度的由督导员组织复评。",
        "三、开展考试日巡考",
        "10月19日、20日两个考试日，我局将对东岚匠心职业培训学校、云湄恒拓精密机械有限公司、东岚职业技术学院云湄校区3个考点开展巡考，重点查看视频监控运行、考评员到岗、考生身份核验和试卷交接情况。",
        "四、做好考后工作",
        "考核结束后5个工作日内，各认定机构应当将考务记录、监控录像和成绩册报新区职业技能鉴定所备案。成绩公示期间收到异议的，应当在10个工作日内核实处理。",
        "五、工作要求",
        "（一）各认定机构主要负责人是考务管理的第一责任人，要逐项落实本通知要求。",
        "（二）对考务管理中发现的违规问题，视情节予以约谈、暂停认定资格直至取消备案。",
        "（三）巡考人员按考试日程自行前往考点，到达后直接进入考务办公室查验，考点不安排专人迎送，也无须准备汇报材料；巡考在哪个时段进行，事先不作告知。",
        "联系人：新区职业技能鉴定所郑思雨，联系电话：86153421。",
    ],
    sign=BUREAU, date=_d, mark="（此件依申请公开）",
    banji=banji("东岚市职业技能鉴定指导中心。", BUREAU_OFFICE, _d),
    note="Names 3 exam sites and the inspection days 10-19/20 (doc 10-11); the no-notice character is stated far away, in 工作要求 (三).")

# C13 — training course on inspection methods
_d = D(2024, 10, 14)
doc(id="C13", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社发〔2024〕44号",
    title="关于举办2024年度劳动保障监察执法业务培训班的通知",
    to="新区劳动保障监察大队，各街道（镇）人力资源和社会保障服务所：",
    body=[
        "为提高基层劳动保障监察执法人员的业务能力，经研究，决定举办2024年度劳动保障监察执法业务培训班。现将有关事项通知如下。",
        "一、培训时间和地点",
        f"培训时间为10月28日（{wd(D(2024, 10, 28))}）至30日，共3天。28日上午8时30分前报到，地点为新区党群服务中心四楼培训室。",
        "二、参训对象",
        "劳动保障监察大队全体执法人员，各街道（镇）服务所负责劳动保障监察协管工作的人员，共约40人。",
        "三、培训内容",
        "（一）《劳动保障监察条例》《保障农民工工资支付条例》及配套规章解读；",
        "（二）欠薪案件调查取证和证据固定；",
        "（三）日常巡查与专项检查的组织实施，包括不预先通知的检查如何依法启动、现场如何表明执法身份、询问笔录如何制作等程序要点；",
        "（四）行政处罚和行政处理文书的规范制作；",
        "（五）案例研讨，选用近三年已经结案的典型案例进行复盘。",
        "四、培训方式",
        "采取专题授课、案例研讨和模拟执法演练相结合的方式。模拟执法演练在新区公共实训基地进行，使用虚构的企业资料和模拟场景，由授课老师现场点评。培训结束时进行闭卷测试，测试成绩记入个人执法档案。",
        "五、有关要求",
        "（一）请各单位于10月22日前将参训人员名单报局劳动关系科。",
        "（二）参训人员须全程参加培训，无特殊情况不得请假。",
        "（三）培训期间统一安排午餐，不安排住宿。",
        "联系人：劳动关系科许文涛，联系电话：86153315。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：主动公开",
    banji=banji("东岚市劳动保障监察支队。", BUREAU_OFFICE, _d),
    note="Training course that teaches how to run no-notice inspections; no target, no real check.")

# U7 — 专题会议纪要: 本周五 covert check of two named firms
_d = D(2024, 3, 19)
doc(id="U7", case="unannounced", fmt="txt", kind="txt",
    head=["云湄新区管委会社会事业局", "专题会议纪要", "〔2024〕第3期",
          BUREAU_OFFICE + "　　　　" + cn(_d)],
    title="关于研究企业超时加班投诉处理有关问题的会议纪要",
    to="",
    body=[
        "3月18日下午，副局长方启明主持召开专题会议，研究近期集中反映的企业超时加班问题。局劳动关系科、新区劳动保障监察大队、新区劳动人事争议仲裁院有关负责人参加会议。现将会议议定事项纪要如下。",
        "一、关于投诉基本情况",
        "1月以来，12333、12345热线共受理涉及加班的投诉和咨询58件，其中反映东岚启航物流有限公司分拣中心和云湄晶耀电子科技有限公司二号厂区的合计31件，集中反映每天工作12小时以上、休息日连续加班、加班费以最低工资为基数计算等问题。",
        "二、关于核查安排",
        "会议议定，由劳动保障监察大队于本周五对上述两家企业的加班情况进行实地核查。核查组分两组同时进场，在白班交接前后直接进入车间，事先不向企业发出检查通知，也不经由企业人事部门预约，现场调取门禁记录、排班表和工资条，并个别询问一线员工。劳动关系科派一人参加。",
        "三、关于后续处理",
        "会议要求，核查发现违法延长工作时间或者克扣加班费的，依法责令改正、补发差额并给予行政处罚；涉及人数较多的，及时约谈企业负责人。仲裁院对相关劳动者申请仲裁的案件开辟绿色通道，优先受理、快速审理。",
        "四、关于源头治理",
        "会议要求劳动关系科研究制定新区企业工时管理指引，引导物流、电子制造等行业企业合理安排生产班次，推动开展工时和工资集体协商，5月底前形成初稿。",
        "出席：方启明",
        "列席：许文涛　钱立峰　黎晓冬",
        "记录：戴雨萱",
    ],
    sign="云湄新区管委会社会事业局办公室", date=_d, mark="（此件依申请公开）",
    banji=["分送：局领导，劳动关系科，新区劳动保障监察大队，新区劳动人事争议仲裁院。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Minutes of 3-19 fix a no-notice check of two named firms '本周五' (3-22).")

# C14 — 纪要 fixing schedules with no targets
_d = D(2024, 4, 16)
doc(id="C14", case="clean", fmt="txt", kind="txt",
    head=["云湄新区管委会社会事业局", "专题会议纪要", "〔2024〕第6期",
          BUREAU_OFFICE + "　　　　" + cn(_d)],
    title="关于研究二季度劳动关系领域重点工作的会议纪要",
    to="",
    body=[
        "4月15日上午，副局长方启明主持召开专题会议，研究二季度劳动关系领域重点工作。局劳动关系科、新区劳动保障监察大队、新区劳动人事争议仲裁院有关负责人参加会议。现将会议议定事项纪要如下。",
        "一、关于劳动合同签订情况摸底",
        "会议要求，劳动关系科会同各街道（镇）服务所，于5月底前完成新区小微企业劳动合同签订情况摸底，6月中旬形成分析报告，对签订率偏低的行业开展集中指导。",
        "二、关于加班类投诉线索办理",
        "会议明确，一季度热线受理的加班类投诉线索，由劳动保障监察大队按照“一案一查”原则自行安排办理，核查对象、时间和方式由大队根据线索情况确定，核查结束后10个工作日内向局务会议书面报告处理结果。",
        "三、关于和谐劳动关系企业创建评价",
        "会议同意本年度和谐劳动关系企业创建评价工作方案。申报工作于5月开始，评价工作安排在6月中旬，评价组由劳动关系三方机制成员单位推荐人员和新区人才评价专家库中随机抽取的专家共同组成，评价结果经协调劳动关系三方会议审议后公布。",
        "四、关于欠薪线索月报制度",
        "会议要求，各街道（镇）服务所每月5日前将上月排查的欠薪隐患线索报监察大队，大队每月10日前汇总分析，对同一企业反复出现的线索实行挂牌督办。",
        "出席：方启明",
        "列席：许文涛　钱立峰　黎晓冬",
        "记录：戴雨萱",
    ],
    sign="云湄新区管委会社会事业局办公室", date=_d, mark="公开方式：依申请公开",
    banji=["分送：局领导，劳动关系科，新区劳动保障监察大队，新区劳动人事争议仲裁院。",
           BUREAU_OFFICE + "　　　　　　　　" + cn(_d) + "印发"],
    note="Minutes fix deadlines and leave check targets/timing to the brigade; no names, no check dates.")

# U8 — dates + a whole area's projects, no individual names
_d = D(2024, 6, 3)
doc(id="U8", case="unannounced", fmt="docx", kind="red", issuer=JC_RED, docno="云湄监察〔2024〕14号",
    title="关于开展滨湖片区在建工程项目农民工实名制管理核查的通知",
    to="滨湖街道人力资源和社会保障服务所，新区建设工程管理中心：",
    body=[
        "滨湖片区目前共有在建房建和市政工程项目11个，用工高峰期在场农民工约2600人。近期比对发现，片区内部分项目实名制平台的考勤人数与现场实际人数差异较大。大队定于6月11日至13日，对滨湖片区全部在建工程项目开展农民工实名制管理核查。现将有关事项通知如下。",
        "一、核查内容",
        "（一）项目是否按规定配备劳资专管员，是否建立农民工实名制管理台账；",
        "（二）实名制平台考勤数据与现场在岗人员是否一致；",
        "（三）进场农民工是否签订劳动合同，工资是否按月通过专用账户代发到本人。",
        "二、核查方式",
        "核查组每天分早、晚两个时段进入工地，对照实名制平台当日考勤数据现场清点在场人数，随机询问农民工，核对工资发放记录。",
        "三、职责分工",
        "新区建设工程管理中心负责在6月7日前提供滨湖片区在建项目清单和实名制平台数据；滨湖街道服务所每天派2名工作人员配合核查；大队负责核查的组织实施和问题处理。",
        "四、工作要求",
        "（一）核查中发现考勤数据造假的，依法责令改正，并将有关情况通报行业主管部门。",
        "（二）各项目何时接受核查由核查组临场确定，建设工程管理中心和街道服务所不向项目部转告核查日程，也不组织项目提前自查整改，以便掌握实名制管理的真实状况。",
        "（三）核查结束后，大队于6月21日前形成核查情况通报。",
        "联系人：大队综合组许文涛，联系电话：86153350。",
    ],
    sign=JIANCHA, date=_d, mark="（此件公开发布）",
    banji=banji("云湄新区管委会社会事业局。", JC_OFFICE, _d),
    note="Gives the check window 6-11..13 and the target set (all projects in 滨湖片区) before it happens; no individual project named.")

# C15 — 通报 after, naming projects at fault
_d = D(2024, 6, 21)
doc(id="C15", case="clean", fmt="docx", kind="red", issuer=JC_RED, docno="云湄监察〔2024〕17号",
    title="关于滨湖片区在建工程项目农民工实名制管理核查情况的通报",
    to="滨湖街道人力资源和社会保障服务所，新区建设工程管理中心，滨湖片区各在建工程项目施工总承包单位：",
    body=[
        "6月11日至13日，大队会同滨湖街道服务所，对滨湖片区11个在建工程项目的农民工实名制管理情况进行了核查，共清点在场农民工1874人，随机询问132人，核对工资发放记录11套。现将核查情况通报如下。",
        "一、总体情况",
        "7个项目实名制管理较为规范，考勤数据与现场人数基本一致，工资按月通过专用账户代发。其中，滨湖片区综合管廊项目在工地出入口设置了人脸识别闸机，考勤数据实时上传平台；滨湖公园配套用房项目由劳资专管员每周向农民工公布一次考勤和工资核算情况，做法值得推广。4个项目存在不同程度的问题，具体如下。",
        "二、存在的问题",
        ("table", [
            ["项目名称", "施工总承包单位", "存在问题"],
            ["滨湖花园二期住宅项目", "东岚锦程建设工程有限公司", "考勤设备故障7天未修复，期间未记录考勤"],
            ["滨湖邻里中心", "东岚锦程建设工程有限公司", "部分班组由班组长代为打卡"],
            ["滨湖污水提升泵站", "东岚市政工程集团有限公司", "在场人员比平台登记多23人，未录入实名制平台"],
            ["滨湖中学扩建工程", "东岚宏基建筑工程有限公司", "未在工地显著位置公示维权信息"],
        ]),
        "三、整改要求",
        "（一）上述4个项目的施工总承包单位要在7月5日前完成整改，并将整改报告和佐证材料报大队。",
        "（二）东岚锦程建设工程有限公司承建的两个项目均存在问题，请该公司对其在新区的全部在建项目开展一次全面自查。",
        "（三）新区建设工程管理中心要将核查结果纳入建筑市场信用评价，并加强实名制平台数据的日常比对，对考勤人数连续三天异常的项目自动预警。",
        "（四）滨湖街道服务所要将片区在建项目纳入网格化巡查，每月至少走访一次，发现问题及时报告大队。",
        "四、下一步工作",
        "大队将于7月中旬对整改情况进行复核，对逾期未整改或者整改不到位的，依法予以处理。",
    ],
    sign=JIANCHA, date=_d, mark="公开方式：依申请公开",
    banji=banji("云湄新区管委会社会事业局。", JC_OFFICE, _d),
    note="Report after the 6-11..13 checks naming the 4 projects at fault.")

# U9 — 函 to the street office naming two firms, date 9-10; request not to tip them off
_d = D(2024, 9, 4)
doc(id="U9", case="unannounced", fmt="docx", kind="red", issuer="东岚市云湄新区管理委员会社会事业局",
    docno="云湄管社函〔2024〕31号",
    title="关于请派员配合开展劳务派遣用工核查的函",
    to="湄西街道办事处：",
    body=[
        "近期，我局在审查劳务派遣单位经营情况年度报告时发现，东岚鑫盛劳务派遣有限公司、云湄众邦人力资源服务有限公司2家派遣单位报告的派遣人数与用工单位社会保险参保数据差异较大，另有被派遣劳动者反映同工不同酬。经管委会同意，我局将会同新区劳动保障监察大队对上述2家单位进行现场核查。为便于工作开展，请贵街道给予支持配合。现将有关事项函告如下。",
        "一、核查时间",
        f"2024年9月10日（{wd(D(2024, 9, 10))}）上午8时30分，核查人员在湄西街道办事处一楼会议室集合，集合后统一出发。",
        "二、配合人员",
        "请贵街道劳动保障服务所指派1名熟悉辖区企业情况的工作人员，以及上述两家公司所在社区的网格员各1名参加。",
        "三、核查内容",
        "（一）劳务派遣协议的签订和履行情况；",
        "（二）被派遣劳动者与用工单位同类岗位劳动者的工资待遇对比情况；",
        "（三）用工单位使用被派遣劳动者的比例是否超过规定；",
        "（四）被派遣劳动者社会保险费的缴纳情况。",
        "四、其他事项",
        "核查以当天现场所见为准。请贵街道在核查前不要就有关事项与上述两家公司接触，也不必通知其准备材料。核查中需要延伸至用工单位的，由核查组视情况另行安排。",
        "联系人：劳动关系科许文涛，联系电话：86153315。",
    ],
    sign=BUREAU, date=_d, mark="公开方式：依申请公开",
    banji=banji("新区劳动保障监察大队。", BUREAU_OFFICE, _d),
    note="Letter to the street office naming two agencies and the check date 9-10 (doc 9-04), asking not to tip them off.")

# C16 — 请示 to 管委会 on the same check, correctly marked 不予公开
_d = D(2024, 8, 28)
doc(id="C16", case="clean", fmt="docx", kind="red", issuer=BUREAU_RED, docno="云湄管社〔2024〕36号",
    signer="陆振邦",
    title="关于对两家劳务派遣单位开展现场核查的请示",
    to="云湄新区管理委员会：",
    body=[
        "根据《劳务派遣行政许可实施办法》，劳务派遣单位应当于每年3月31日前报送上一年度经营情况报告。今年我局对新区27家劳务派遣单位的年度报告进行了审查，并与社会保险参保数据进行了比对。",
        "一、发现的问题",
        "比对发现，东岚鑫盛劳务派遣有限公司报告派遣人数为486人，但在用工单位参保的仅271人；云湄众邦人力资源服务有限公司报告派遣人数为312人，参保数据为198人。此外，今年以来我局收到被派遣劳动者反映两家公司派遣员工与用工单位正式员工同工不同酬的来信来电共9件。",
        "二、核查方案",
        "为查清问题，我局拟会同新区劳动保障监察大队，于9月10日对上述两家单位进行现场核查。核查不事先通知两家单位，由核查组直接进入其经营场所调取派遣协议、工资发放和参保记录，必要时延伸核查主要用工单位。核查需要湄西街道派员配合。",
        "三、请示事项",
        "（一）同意我局按上述方案开展现场核查；",
        "（二）请管委会办公室协调湄西街道办事处派员配合，并由街道劳动保障服务所提供两家单位的经营场所信息。",
        "核查结束后，我局将及时向管委会报告核查结果和处理意见；对查实存在违法行为的，依法责令改正并予以处罚，同时督促用工单位规范派遣用工。",
        "妥否，请批示。",
        "联系人：许文涛，联系电话：86153315。",
    ],
    sign=BUREAU, date=_d, mark="（此件不予公开）",
    banji=banji("", BUREAU_OFFICE, _d),
    note="请示 to the superior naming the two targets and date before the check, correctly marked 不予公开 -> approve.")


# ====================================================================== main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    assert len(DOCS) == 36, len(DOCS)
    ids = [s["id"] for s in DOCS]
    assert len(set(ids)) == 36
    order = list(range(36))
    random.Random(SEED).shuffle(order)
    rows = []
    for k, i in enumerate(order, start=1):
        spec = DOCS[i]
        n = validate(spec)
        attr = MARKS[spec["mark"]]
        pos = spec["case"] in ("panel", "unannounced")
        if pos:
            assert attr in ("主动公开", "依申请公开"), spec["id"]
        name = f"{PREFIX}{k:03d}.{spec['fmt']}"
        path = os.path.join(outdir, name)
        if spec["fmt"] == "docx":
            render_docx(spec, path)
        else:
            if "head" not in spec:
                spec["head"] = [spec["issuer"], spec["docno"]]
            render_txt(spec, path)
        rows.append({
            "file": name,
            "attribute": attr,
            "decision": "escalate" if pos else "approve",
            "codes": ["SECRET_CONTENT"] if pos else [],
            "note": spec["note"],
            "case": spec["case"],
            "format": spec["fmt"],
            "doc_id": spec["id"],
            "title": spec["title"],
            "date": spec["date"].isoformat(),
            "body_cjk_chars": n,
        })
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents and truth.jsonl to {outdir}")


if __name__ == "__main__":
    main()
