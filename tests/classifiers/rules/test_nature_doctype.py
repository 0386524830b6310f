"""Issue 11 (4): the document's nature from its 文种 (title or closing formula), subject and recipients."""

from __future__ import annotations

import pytest

from classifiers.rules import _doctype
from classifiers.rules.nature import NatureRule

COUNTY = "各县（区）人力资源和社会保障局："


@pytest.mark.parametrize("title, name", [
    ("关于申请追加就业补助资金的请示", "请示"), ("关于上半年工作情况的汇报", "报告"), ("行政处罚决定书", "处罚决定"),
    ("澄川市人社局2026年第二季度行政处罚信息公示", "处罚结果公示"), ("失业保险金申领服务指南", "办事指南"),
    ("2026年度职业技能等级认定合格人员名单", "名单"), ("关于拟聘用人员的公示", "公示"), ("第三次局务会议纪要", "纪要"),
    ("中卫市2026年国民经济和社会发展统计公报", "公报"), ("中卫市人民政府令第3号", "命令"), ("关于同意设立零工市场的批复", "批复"),
    ("关于提请审议《就业促进条例（草案）》的议案", "议案"), ("关于加快发展技工教育的决议", "决议"),
    ("关于《人才引进办法（征求意见稿）》修改意见的复函", "复函"), ("关于印发《就业见习管理办法》的通知（试行）", "通知"),
    ("关于开展根治欠薪冬季攻坚行动的通告", "通告"), ("关于进一步做好稳就业工作的实施意见", "意见"),
])
def test_every_document_type_is_read_from_the_title(title, name):
    found = _doctype.from_title(title)
    assert found is not None and found.name == name and found.where == "标题末尾"


@pytest.mark.parametrize("body, name", [
    ("以上意见当否，请批示。", "请示"), ("特此请示。", "请示"), ("请予审批为盼。", "请示"), ("现将上半年工作情况报告如下。", "报告"),
    ("特此公告。", "公告"), ("公示期为5个工作日。", "公示"), ("此复。", "批复"),
])
def test_closing_formula_names_the_type(body, name):
    found = _doctype.from_body(body)
    assert found is not None and found.name == name and found.where == "正文结束语"


MISMATCHES = [
    # (title, recipients, body, marking, expected attribute, rule)
    ("关于调整工伤职工伤残津贴和供养亲属抚恤金的通知", COUNTY, ["自2027年1月起，一级至四级伤残津贴每人每月增加120元。"], "（此件不予公开）", "主动公开", "public_interest"),
    ("澄川市人力资源和社会保障局行政处罚结果公示", None, ["某某建材有限公司未依法支付加班费，依法作出罚款1万元的行政处罚。"], "（此件不予公开）", "主动公开", "public_notice"),
    ("2026年第一批就业见习基地名单", None, ["以上单位经审核认定。"], "（此件不予公开）", "主动公开", "public_notice"),
    ("灵活就业人员参保登记办事指南", None, ["一、办理条件", "二、办理地点：政务服务中心。"], "（此件依申请公开）", "主动公开", "public_notice"),
    ("关于表彰2026年度人社系统先进集体的决定", COUNTY, ["经研究，决定授予下列单位荣誉称号。"], "（此件不予公开）", "主动公开", "public_interest"),
    ("关于恳请解决零工市场建设经费的报告", "江岚省人力资源和社会保障厅：", ["现将有关情况报告如下。", "妥否，请批示。"], "（此件主动公开）", "不予公开", "request"),
    ("关于全市社保基金运行情况的汇报", "澄川市人民政府：", ["现将有关情况汇报如下。", "特此报告。"], "（此件主动公开）", "不予公开", "report"),
    ("关于《技能人才评价实施细则（送审稿）》的会签函", "市财政局、市教育局：", ["请认真研究并提出修改意见，于6月10日前反馈我局。"], "（此件主动公开）", "不予公开", "consultation"),
    ("关于对《中卫市就业规划》的修改意见", "市发展和改革委员会：", ["我局提出修改意见如下。"], "（此件主动公开）", "不予公开", "reply"),
]


@pytest.mark.parametrize("title, recipients, body, note, expected, rule", MISMATCHES)
def test_marking_that_contradicts_the_nature_is_returned_with_reasons(gongwen, run, title, recipients, body, note, expected, rule):
    findings, suggestions = run(NatureRule, gongwen(title, body, recipients=recipients, notes=[note]))
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", rule)]
    assert [s.attribute for s in suggestions] == [expected]
    expl = dict(findings[0].explanation)
    # the reasons name the 文种 and where it was read, the subject and recipient evidence, and the weights
    assert "见" in expl["doc_type_evidence"] and "权重" in expl["依据线索"] and "subject_evidence" in expl and "recipient_evidence" in expl


TRAPS = [
    ("关于调整工伤保险伤残津贴标准的请示", "市人民政府：", ["拟每人每月提高120元。", "妥否，请批示。"], "（此件不予公开）"),
    ("关于做好退休人员基本养老金调整测算工作的通知", COUNTY, ["请于5月底前完成测算，测算结果暂不对外。"], "（此件不予公开）"),
    ("关于对某某公司拟作出行政处罚的请示", "市人民政府：", ["拟处罚款2万元。", "妥否，请批示。"], "（此件不予公开）"),
    ("市级劳动模范拟提名人选名单", None, ["以上人选尚在酝酿。"], "（此件不予公开）"),
    ("2026年度高级职称评审专家名单", None, ["评审前严格保密。"], "（此件不予公开）"),
    ("关于公开征求《就业促进条例（草案）》意见的公告", None, ["现向社会公开征求意见，请于5月1日前反馈。"], "（此件主动公开）"),
    ("关于举办劳动保障监察执法培训班的通知", COUNTY, ["培训内容包括行政处罚程序、罚款决定书制作。"], "（此件依申请公开）"),
    ("关于报送就业补助资金使用情况的通知", COUNTY, ["请于3月10日前报送有关材料。"], "（此件依申请公开）"),
    ("关于商请协助核查退休人员户籍信息的函", "市公安局：", ["请于月底前反馈核查结果。"], "（此件依申请公开）"),
    ("关于2026年度工作情况的报告", "市委组织部：", ["特此报告。"], "（此件主动公开）"),  # a peer, not a superior
]


@pytest.mark.parametrize("title, recipients, body, note", TRAPS)
def test_traps_marked_as_their_nature_asks_raise_nothing(gongwen, run, title, recipients, body, note):
    findings, _ = run(NatureRule, gongwen(title, body, recipients=recipients, notes=[note]))
    assert findings == []


def test_superiors_are_recognised_by_level_not_only_by_list(gongwen, run):
    for rec in ("江岚省人力资源和社会保障厅：", "澄川市人民政府办公室：", "宁夏回族自治区就业和人才服务局：", "人力资源社会保障部："):
        findings, _ = run(NatureRule, gongwen("关于2026年度工作情况的报告", ["特此报告。"], recipients=rec, notes=["（此件主动公开）"]))
        assert [f.subtype for f in findings] == ["report"], rec


def test_the_clerk_reads_where_the_type_was_found(gongwen, run):
    from reports.explain import explain_line

    (f,), _ = run(NatureRule, gongwen("关于恳请解决零工市场建设经费的报告", ["现将有关情况报告如下。", "妥否，请批示。"],
                                      recipients="市人民政府：", notes=["（此件主动公开）"]))
    line = explain_line(f)
    assert "文种识别：" in line and "正文结束语「妥否，请批示」" in line and "主送线索：报送上级机关（市人民政府）" in line


def test_a_normative_document_taking_effect_on_publication_cannot_be_withheld(gongwen, run):
    """A 规 字号 and 自公布之日起施行 each say the text is published (政府信息公开条例第二十条); together they are firm."""
    doc = gongwen("关于修改部分规范性文件的决定", ["经局务会议研究，决定对两件规范性文件的部分条款予以修改。", "本决定自公布之日起施行。"],
                  notes=["（此件不予公开）"], number="卫人社规〔2026〕3号")
    findings, suggestions = run(NatureRule, doc)
    (f,) = findings
    assert (f.code, f.subtype) == ("LABEL_MISMATCH", "public_interest") and [s.attribute for s in suggestions] == ["主动公开"]
    subject = dict(f.explanation)["subject_evidence"]
    assert "规范性文件编号" in subject and "自公布之日起施行" in subject
    # a 发 字号 and a text in force on issue say nothing of the kind
    plain = gongwen("关于修改部分工作制度的决定", ["经局务会议研究，决定修改值班制度。", "本决定自印发之日起施行。"],
                    notes=["（此件不予公开）"])
    assert run(NatureRule, plain)[0] == []


def test_minutes_of_the_bureaus_own_meeting_are_not_published_proactively(gongwen, run):
    """A 局务会议纪要 is internal deliberation: 主动公开 is returned; 依申请公开 and 不予公开 both stand."""
    body = ["2026年3月9日，局务会议研究了机关车辆使用和食堂承包事项。", "一、会议同意调整公务车辆派车流程。"]
    for title in ("局务会议纪要", "临川市人力资源和社会保障局会议纪要"):
        for marking, returned in (("（此件主动公开）", True), ("（此件依申请公开）", False), ("（此件不予公开）", False)):
            findings, _ = run(NatureRule, gongwen(title, body, recipients=None, notes=[marking]))
            assert [f.code for f in findings] == (["LABEL_MISMATCH"] if returned else []), (title, marking)
            if returned:
                assert "会议纪要" in findings[0].message


def test_a_county_bureaus_report_to_the_city_bureau_goes_to_its_superior(gongwen, run):
    """The superior is read off the levels of the issuer and the recipient, not only off a list of names."""
    from classifiers.rules.nature import _above

    assert _above("临川市人力资源和社会保障局", "石溪县人力资源和社会保障局")
    assert not _above("石溪县财政局", "临川市人力资源和社会保障局") and not _above("临川市某某有限公司", "石溪县人力资源和社会保障局")
    assert not _above("临川市财政局", "临川市人力资源和社会保障局")  # a peer


def test_a_licence_granted_to_a_firm_is_public_and_a_reply_on_a_draft_keeps_its_nature(gongwen, run):
    licence = gongwen("关于同意临川鸿运物流有限公司实行综合计算工时工作制的批复", ["你公司申请收悉。经审查，同意你公司货车司机岗位实行综合计算工时工作制。"],
                      recipients="临川鸿运物流有限公司：", notes=["（此件不予公开）"])
    findings, suggestions = run(NatureRule, licence)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "public_notice")]
    reply = gongwen("关于对《临川市灵活就业人员参保补贴办法（征求意见稿）》的反馈意见",
                    ["你局征求意见稿收悉。建议将补贴标准、养老保险待遇和退休人员待遇的表述进一步明确。"],
                    recipients="临川市医疗保障局：", notes=["（此件主动公开）"])
    findings, _ = run(NatureRule, reply)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "reply")]


def test_a_party_group_meeting_numbered_in_the_year_is_the_bureaus_own(gongwen, run):
    """局党组2026年第4次会议纪要: the year and the ordinal stand inside the meeting's name (fresh wording)."""
    body = ["2026年4月2日，局党组2026年第4次会议研究了以下事项。", "一、会议同意机关党风廉政建设年度计划。",
            "二、会议同意办公用房维修经费从结余中列支，由财务科按程序报批。"]
    findings, _ = run(NatureRule, gongwen("局党组2026年第4次会议纪要", body, recipients=None, notes=["（此件主动公开）"]))
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "minutes")]


def test_a_reply_on_a_units_purchase_is_internal_management(gongwen, run):
    doc = gongwen("关于市劳动人事争议仲裁院购置庭审录音录像设备的批复", ["你院《关于购置庭审录音录像设备的请示》收悉。经研究，同意购置，所需经费从年度预算中列支。"],
                  recipients="市劳动人事争议仲裁院：", notes=["（此件主动公开）"])
    findings, _ = run(NatureRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("LABEL_MISMATCH", "internal")]
