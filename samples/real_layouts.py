"""Phrasings and layouts that real published documents use (issue 18), as generated 公文 with their truth.

Every text here is written for this project (fictitious bureau, people and numbers); what is taken from
real pages is only the *shape*: marking rows whose label has the head 公开 (公开情况, 公开类别, 信息公开选项 …)
with a colon or a gap, bracketed 附注 in their variants, a copy in traditional script, the portal's
metadata block (lines, pairs on one line, a label with its value on the next line, a two-cell table; at
the top or the bottom), and a 标题 printed before its 发文字号. Written as docx and txt (and PDF through
LibreOffice where the case is docx) by ``samples.layouts``' writers; ``tests/classifiers/test_real_layouts.py``
audits each.
"""

from __future__ import annotations

from .layouts import CC, COUNTIES, ISSUER, ORGAN, PRINT, SIGN, LayoutCase
from .spec import Table

P, R, W = "主动公开", "依申请公开", "不予公开"

TITLE = "关于做好2026年冬季农民工工资支付保障工作的通知"
NUMBER = "卫人社发〔2026〕57号"
BODY = (
    "为保障农民工在岁末年初按时足额拿到工资，现就今冬明春工资支付保障工作通知如下。",
    "一、全面排查在建工程项目工资专用账户开设和工资按月足额支付情况，发现问题限期整改。",
    "二、畅通欠薪投诉渠道，对群众反映的欠薪线索实行台账管理，做到件件有回音。",
)

#: The same notice in traditional script, as a mirror site serves it (written for this project).
TRAD_TITLE = "關於做好2026年冬季農民工工資支付保障工作的通知"
TRAD_BODY = (
    "為保障農民工在歲末年初按時足額拿到工資，現就今冬明春工資支付保障工作通知如下。",
    "一、全面排查在建工程項目工資專用賬戶開設和工資按月足額支付情況，發現問題限期整改。",
)
TRAD_SIGN = ["中衛市人力資源和社會保障局", "2026年11月20日"]
TRAD_CC = "抄送：市財政局，市審計局"
TRAD_PRINT = "中衛市人力資源和社會保障局辦公室　　2026年11月20日印發"


def notice(*tail: str | Table, title: str = TITLE, number: str | None = NUMBER) -> tuple[str | Table, ...]:
    """The notice with its 版头, body and 署名, then ``tail`` (附注, 版记 rows …)."""
    head = [ISSUER, number] if number else [ORGAN]
    return (*head, title, COUNTIES, *BODY, *SIGN, *tail)


#: A portal's metadata block in its layouts (values fictitious). ``attr`` is what its 公开方式 says.
def portal_lines(attr: str = P) -> list[str]:
    return ["索引号：11640500MB0000057X/2026-00412", "发布机构：中卫市人力资源和社会保障局", "主题分类：劳动、人事、监察",
            "成文日期：2026年11月20日", "发布日期：2026年11月22日", f"公开方式：{attr}", "公开范围：面向全社会"]


def portal_pairs(attr: str = P) -> list[str]:
    return ["索引号：11640500MB0000057X/2026-00412　　发布机构：中卫市人力资源和社会保障局",
            f"主题分类：劳动、人事、监察　　公开类别　{attr}", "成文日期：2026年11月20日　　发布日期：2026年11月22日"]


def portal_stacked(attr: str = P) -> list[str]:
    return ["索 引 号：", "11640500MB0000057X/2026-00412", "发布机构：", "中卫市人力资源和社会保障局", "公开方式：", attr,
            "发布日期：", "2026年11月22日"]


def portal_table(attr: str = P) -> Table:
    return Table((("索引号", "11640500MB0000057X/2026-00412"), ("发布机构", "中卫市人力资源和社会保障局"),
                  ("主题分类", "劳动、人事、监察"), ("公开方式", attr), ("发布日期", "2026年11月22日")))


REPLY_TITLE = "人力资源和社会保障厅办公室关于工伤保险待遇先行支付有关问题的复函"
REPLY = ("宁人社厅函〔2026〕88号", "中卫市人力资源和社会保障局：",
         "你局《关于工伤保险待遇先行支付有关问题的请示》收悉。经研究，现函复如下。",
         "一、用人单位未依法缴纳工伤保险费的，由用人单位支付工伤保险待遇。",
         "二、用人单位拒不支付的，从工伤保险基金中先行支付，并依法向用人单位追偿。",
         "宁夏回族自治区人力资源和社会保障厅办公室", "2026年10月9日")


#: Cases about the 文种 (a 复函 is judged by the nature rule): their LABEL_MISMATCH is part of the truth.
NATURE = {"nature": True}


def cases() -> list[LayoutCase]:
    """The issue 18 cases with their truth: attribute, label codes (PORTAL_MISMATCH included), title."""
    return [
        # --- the marking-label grammar: a label with the head 公开 and a value naming an attribute ---------
        LayoutCase("label_qingkuang_han", ("中卫市人力资源和社会保障局", "卫人社函〔2026〕63号", "关于商请提供2026年度技工院校招生计划的函",
                                           "市教育局：", "为做好技工院校招生宣传工作，请于12月5日前提供有关计划数。", ORGAN, "2026年11月20日",
                                           "公开情况：公开", "抄送：市财政局"), P),
        LayoutCase("label_leibie_gap", notice("公开类别　主动公开", CC, PRINT), P),
        LayoutCase("label_xuanxiang", notice("信息公开选项：依申请公开", CC, PRINT), R),
        LayoutCase("label_zhengfu_shuxing", notice("政府信息公开属性：不予公开", CC, PRINT), W),
        LayoutCase("label_xingshi_spaced", notice("公 开 形 式 ：主 动 公 开", CC, PRINT), P),
        LayoutCase("label_free_noun", notice("公开选择：依申请公开", CC, PRINT), R),
        LayoutCase("label_bracketed_row", notice("（公开方式：不予公开）", CC, PRINT), W),
        LayoutCase("label_invalid_value", notice("公开方式：内部传阅", CC, PRINT), None, ("LABEL_INVALID",)),
        LayoutCase("label_period_not_marking", ("关于2026年度市级技能大师工作室拟认定名单的公示", "经单位申报、专家评审，拟认定以下工作室。",
                                                "1. 中卫市某某机械有限公司数控加工技能大师工作室", "公开时间：2026年11月20日至11月26日",
                                                "监督电话：0955-7012333", ORGAN, "2026年11月20日", "（此件公开发布）"), P,
                   title="关于2026年度市级技能大师工作室拟认定名单的公示", formats=("docx", "txt")),
        # --- bracketed 附注 and their variants ------------------------------------------------------------
        LayoutCase("note_benjian", notice("（本件公开发布）", CC, PRINT), P),
        LayoutCase("note_portal_channel", notice("（此件可在门户网站公开发布）", CC, PRINT), P),
        LayoutCase("note_not_outside", notice("（此文件不对外公开）", CC, PRINT), W),
        LayoutCase("note_on_request_contact", notice("（此件依申请公开。联系人：马某，联系电话：0955-7012333）", CC, PRINT), R),
        LayoutCase("note_unmarked", notice(CC, PRINT), None, ("LABEL_MISSING",)),
        # --- traditional script: normalised for every check, quoted in its own script ----------------------
        LayoutCase("trad_note", ("中衛市人力資源和社會保障局文件", NUMBER, TRAD_TITLE, "各縣（區）人力資源和社會保障局：", *TRAD_BODY,
                                 *TRAD_SIGN, "（此件公開發布）", TRAD_CC, TRAD_PRINT), P, title=TRAD_TITLE),
        LayoutCase("trad_record_row", ("中衛市人力資源和社會保障局文件", NUMBER, TRAD_TITLE, "各縣（區）人力資源和社會保障局：", *TRAD_BODY,
                                       *TRAD_SIGN, "公開方式：依申請公開", TRAD_CC, TRAD_PRINT), R),
        LayoutCase("trad_unmarked", ("中衛市人力資源和社會保障局文件", NUMBER, TRAD_TITLE, "各縣（區）人力資源和社會保障局：", *TRAD_BODY,
                                     *TRAD_SIGN, TRAD_CC, TRAD_PRINT), None, ("LABEL_MISSING",)),
        # --- the portal's metadata block: its own zone, never the document's marking ------------------------
        LayoutCase("portal_lines_only", (*portal_lines(), *notice(CC, PRINT)), None, ("LABEL_MISSING",), title=TITLE),
        LayoutCase("portal_lines_agree", (*portal_lines(), *notice("（此件公开发布）", CC, PRINT)), P, title=TITLE),
        LayoutCase("portal_pairs_mismatch", (*portal_pairs(), *notice("（此件依申请公开）", CC, PRINT)), R, ("PORTAL_MISMATCH",), title=TITLE),
        LayoutCase("portal_stacked_only", (*portal_stacked(), *notice(CC, PRINT)), None, ("LABEL_MISSING",), title=TITLE),
        LayoutCase("portal_table_mismatch", (portal_table(), *notice("公开方式：不予公开", CC, PRINT)), W, ("PORTAL_MISMATCH",),
                   title=TITLE, formats=("docx", "pdf")),
        LayoutCase("portal_bottom_mismatch", (*notice("（此件依申请公开）", CC, PRINT), *portal_lines()), R, ("PORTAL_MISMATCH",), title=TITLE),
        LayoutCase("portal_title_before_number", (*portal_lines(), TITLE, NUMBER, COUNTIES, *BODY, *SIGN, "（此件公开发布）"), P, title=TITLE),
        LayoutCase("portal_page_heading", ("站内检索", TITLE, "2026-11-22　　【字体：大 中 小】", "关于做好2026年冬季农民工工资",
                                           "支付保障工作的通知", COUNTIES, *BODY, *SIGN, "（此件公开发布）", CC, PRINT), P, title=TITLE),
        # --- 标题 and 文号 in either order; a 复函 judged either way ------------------------------------------
        LayoutCase("reply_number_first", (REPLY[0], REPLY_TITLE, *REPLY[1:], "（此件不予公开）"), W, title=REPLY_TITLE, extra=NATURE),
        LayoutCase("reply_title_first", (REPLY_TITLE, *REPLY, "（此件不予公开）"), W, title=REPLY_TITLE, extra=NATURE),
        LayoutCase("reply_title_first_proactive", (REPLY_TITLE, *REPLY, "（此件公开发布）"), P, ("LABEL_MISMATCH",), title=REPLY_TITLE, extra=NATURE),
        LayoutCase("reply_number_first_proactive", (REPLY[0], REPLY_TITLE, *REPLY[1:], "（此件公开发布）"), P, ("LABEL_MISMATCH",),
                   title=REPLY_TITLE, extra=NATURE),
        LayoutCase("wrapped_title_first", ("中卫市人力资源和社会保障局", "关于印发《中卫市农民工工资支付", "保障工作实施方案》的通知", NUMBER,
                                           COUNTIES, *BODY, *SIGN, "（此件公开发布）"), P,
                   title="关于印发《中卫市农民工工资支付保障工作实施方案》的通知"),
    ]


#: A law database's header above the text (bench/real/SOURCES.md: 发文机关/发布日期/生效日期/时效性/文号), values fictitious.
LAWDB = ("发文机关：中卫市人力资源和社会保障局", "发布日期：2026-11-22", "生效日期：2026-11-22", "时效性：现行有效", f"文号：{NUMBER}")
#: A page's breadcrumb and its date/source/hits line, printed before the 公文 on many portals.
SITE_HEAD = ("首页 > 政务公开 > 通知公告", "发布时间：2026-11-22 09:30　　来源：市人社局　　浏览次数：216")
#: A 行政复议决定书 as a 复议专栏 publishes it: the applicant's name and address masked by the issuer.
REVIEW_TITLE = "行政复议决定书"
REVIEW = ("中卫市人力资源和社会保障局", "卫人社复决字〔2026〕6号", REVIEW_TITLE,
          "申请人：李某，男，住址：中卫市沙坡头区**路**号。", "被申请人：中卫市某某区人力资源和社会保障局。",
          "申请人不服被申请人作出的工伤认定决定，于2026年9月3日向本机关申请行政复议，本机关依法予以受理。",
          "经审理查明，被申请人作出的决定认定事实清楚，适用依据正确，程序合法，内容适当。",
          "根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：维持被申请人作出的工伤认定决定。",
          "申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。",
          ORGAN, "2026年10月30日")


def source_cases() -> list[LayoutCase]:
    """The layouts that bench/real/SOURCES.md records and the cases above do not: a law database's header,
    a portal's breadcrumb and hits line, a title printed three times, the whole notice run into one line with
    署名, 日期 and 附注 glued after an attachment's file name, HTML tags left in the text, traditional script
    with bracketed pinyin, the 附注 （此件主动公开） and the invalid （此件社会公开）, and a masked 复议决定书."""
    runon = (f"{TITLE} {NUMBER} {COUNTIES}{BODY[0]}{BODY[1]}{BODY[2]}附件：1.在建工程项目排查表.xlsx"
             f"{ORGAN} 2026年11月20日 （此件公开发布）")
    return [
        LayoutCase("lawdb_header_agree", (*LAWDB, *notice("（此件公开发布）", CC, PRINT)), P, title=TITLE),
        LayoutCase("lawdb_header_only", (*LAWDB, *notice(CC, PRINT)), None, ("LABEL_MISSING",), title=TITLE),
        LayoutCase("site_breadcrumb", (*SITE_HEAD, *notice("（此件公开发布）", CC, PRINT)), P, title=TITLE),
        LayoutCase("title_thrice", (TITLE, TITLE, *notice("（此件公开发布）", CC, PRINT)), P, title=TITLE),
        LayoutCase("run_on_text", (runon,), P, formats=("txt",)),
        # a page saved as one line of <p> elements: the 附注 after the 成文日期 is still a line of its own
        LayoutCase("html_one_line", ("<p>" + "</p><p>".join((TITLE, COUNTIES, *BODY, ORGAN, "2026年11月20日", "（此件公开发布）",
                                                              "附件", "一、总体要求", "以保障工资按时足额支付为目标。")) + "</p>",), P,
                   formats=("txt", "docx")),
        LayoutCase("html_tags_left", (*notice("<p>（此件公开发布）</p>", CC, PRINT)[:-3],
                                      "</SPAN>" + BODY[2] + "<br/>", *notice("（此件公开发布）</SPAN>", CC, PRINT)[-5:]), P),
        LayoutCase("trad_pinyin_glyphs", ("中衛市人力資源和社會保障局文件", NUMBER, TRAD_TITLE, "各縣（區）人力資源和社會保障局：",
                                          "為保障農民工按時足額拿到工資，經(jīng)研究，現就有關事項通知如下。", *TRAD_BODY[1:],
                                          *TRAD_SIGN, "（此件公開發布）", TRAD_CC, TRAD_PRINT), P),
        LayoutCase("note_zhudong", notice("（此件主动公开）", CC, PRINT), P),
        LayoutCase("note_shehui_invalid", notice("（此件社会公开）", CC, PRINT), None, ("LABEL_INVALID",)),
        LayoutCase("review_decision_masked", (*REVIEW, "（此件公开发布）"), P, title=REVIEW_TITLE),
        # the marking row printed under the 发文字号, above the 标题 (a drafter's habit): the title is still found
        LayoutCase("row_under_number", (ISSUER, NUMBER, "公开属性：依申请公开", TITLE, COUNTIES, *BODY, *SIGN, CC, PRINT), R, title=TITLE),
        # a 政务公开标准目录 table: its column heads begin with 公开 but are not marking labels
        LayoutCase("catalog_columns_unmarked", ("中卫市人力资源和社会保障局", "就业创业领域基层政务公开标准目录",
                                                Table((("公开事项", "公开内容", "公开主体", "公开时限"),
                                                       ("就业补贴政策", "补贴对象、标准、申领程序", "市人社局", "信息形成之日起20个工作日内"))),
                                                ORGAN, "2026年11月20日"), None, ("LABEL_MISSING",), formats=("docx",)),
    ]


#: Section headings at the top of a text without a 标题 (a page copied from its body): never the title.
HEADING_STARTS = ("一、总体要求", "（一）工作目标", "第一条 为规范工资支付行为，制定本办法", "1. 适用范围")
