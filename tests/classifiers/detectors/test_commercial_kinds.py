"""Issue 11 (3): commercial secrets by owner (any named non-government organisation) and kind of content."""

from __future__ import annotations

import pytest

from classifiers.detectors._commercial import orgs

from .helpers_detectors import make_doc


@pytest.mark.parametrize("text, name", [
    ("经审计，中卫市启明职业技能培训学校去年", "中卫市启明职业技能培训学校"),
    ("委托宁夏安康家政服务培训中心承担", "宁夏安康家政服务培训中心"),
    ("沙坡头区金穗枸杞种植专业合作社", "沙坡头区金穗枸杞种植专业合作社"),
    ("由澄川市德润餐饮行业协会提供", "澄川市德润餐饮行业协会"),
    ("张某某（个体工商户）", "张某某（个体工商户"),
    ("甲公司与乙公司", "甲公司"),
])
def test_organisation_names_by_suffix_grammar(text, name):
    assert name in [o.name for o in orgs(text)] or any(o.name.endswith(name[-6:]) for o in orgs(text))


@pytest.mark.parametrize("text", [
    "中卫市社会保险事业管理中心", "市公共就业服务中心", "各类职业技能培训机构", "辖区内有关公司", "中卫市人力资源和社会保障局",
    "定点培训机构", "该公司",
])
def test_public_bodies_and_generic_heads_are_no_owner(text):
    assert orgs(text) == []


POSITIVE = [
    ("经第三方审计，中卫市启明职业技能培训学校2025年度师资课酬46.2万元，场地租赁费18万元，教学耗材7.5万元。", "pricing", "成本构成"),
    ("从宁夏安康家政服务培训中心的账目看，人工占总支出的52%，房租占21%。", "pricing", "成本构成"),
    ("宁夏博瑞新材料有限公司的产品采用二次烧结工艺，炉温控制在1150℃，保温4小时。", "business_data", "工艺参数"),
    ("宁夏泰丰电子有限公司产品主要销往中卫市明远商贸有限公司，销售额620万元。", "business_data", "客户名单及交易额"),
    ("澄川市锦程口腔诊所去年营业额380万元，净利率12%。", "business_data", "经营财务数据"),
    ("以上数据由中卫市立达会计师事务所提供，仅供审核使用，请勿对外披露。", "declared", "保密声明"),
    ("中卫市众诚设计工作室给出的协议价为每人次450元。", "pricing", "价格"),
]


@pytest.mark.parametrize("text, subtype, kind", POSITIVE)
def test_commercial_content_by_owner_and_kind(run_check, text, subtype, kind):
    found = run_check("commercial_secret", make_doc(text))
    assert [f.subtype for f in found] == [subtype]
    expl = dict(found[0].explanation)
    assert expl.get("content_kind", kind) == kind and expl["basis"]


def test_a_table_of_two_schools_costs(run_check):
    rows = [("机构名称", "年度总成本（万元）", "净利润（万元）"), ("中卫市育才培训学校", "380", "42"), ("中卫市明德技能培训中心", "265", "18")]
    found = run_check("commercial_secret", make_doc("两所学校的核算结果如下。", rows))
    assert len(found) == 1 and found[0].code == "COMMERCIAL_SECRET"


def test_a_cost_paragraph_after_the_named_school(run_check):
    found = run_check("commercial_secret", make_doc("专项审计对象为中卫市育才培训学校。", "其中教师薪酬支出52万元，房租支出20万元。"))
    assert [f.subtype for f in found] == ["pricing"]


@pytest.mark.parametrize("text", [
    "中卫市启明职业技能培训学校育婴员培训收费标准为每人1800元，已在物价部门备案并公示。",
    "对宁夏恒信物流有限公司发放一次性吸纳就业补贴3万元。",
    "宁夏鑫源建筑工程有限公司拖欠32名农民工工资58.6万元，已责令限期支付。",
    "依法对宁夏立达劳务有限公司作出罚款2万元的行政处罚。",
    "宁夏华禾科技有限公司中标，中标金额128万元。",
    "中卫市社会保险事业管理中心2025年基金收入12.3亿元，支出11.8亿元。",
    "各类职业技能培训机构应如实核算成本，师资费用原则上不低于30%。",
    "日最高气温达到35℃以上时，宁夏某某建筑有限公司应停止露天作业；温度在33℃以上的应缩短作业时间。",
    "年营业收入不超过500万元的小型微型企业可申请减免。",
    "中卫市明远培训学校吸纳就业120人，培训学员860人次，合格率92%。",
])
def test_public_figures_of_named_organisations_are_no_secret(run_check, text):
    assert run_check("commercial_secret", make_doc(text)) == []


def test_the_clerk_reads_the_owner_kind_and_basis_in_chinese(run_check):
    from reports.explain import explain_line

    (f,) = run_check("commercial_secret", make_doc("澄川市锦程口腔诊所去年营业额380万元，净利率12%。"))
    line = explain_line(f)
    assert "内容种类：经营财务数据" in line and "权利人：澄川市锦程口腔诊所" in line and "判断依据：" in line


# after sets G and H became tuning data (fresh wording): a shop's name, the takings and margins of one firm, and a
# cost table whose remark names a place
@pytest.mark.parametrize("text", [
    "据申报材料，澄川市阿香米粉店月营业额约7.2万元，毛利率约41%。",
    "澄川市慧聘人才咨询有限公司为两家医院寻访学科带头人，合同额合计96万元。",
    "澄川市恒芯微电子有限公司对下游整机厂的供货额达1.4亿元。",
    "案情显示，澄川市恒芯微电子有限公司项目奖金按产品毛利的2.8%计提。",
])
def test_one_firms_takings_margins_and_contract_sums(run_check, text):
    found = run_check("commercial_secret", make_doc(text))
    assert [(f.code, f.subtype) for f in found] == [("COMMERCIAL_SECRET", "business_data")]


@pytest.mark.parametrize("text", ["门店铺面由街道统一租赁。", "各店长应按时上报客流数据。", "县中医院开考比例由1:3调整为1:2。"])
def test_shop_words_and_public_hospitals_are_no_owner(text):
    assert orgs(text) == []


def test_a_cost_table_whose_remark_names_a_site_is_still_the_captioned_schools(run_check):
    rows = [("成本项目", "金额（元/期）", "说明"), ("实操指导课酬", "30400", "每课时190元"),
            ("场地租金", "8800", "城东实训基地年租金26.4万元分摊"), ("耗材", "15200", "按每人380元")]
    doc = make_doc("现将澄川市巧手职业培训学校经审核的成本构成列示如下：", rows)
    found = run_check("commercial_secret", doc)
    assert [dict(f.explanation)["content_kind"] for f in found] == ["成本构成"]


def test_a_bare_head_noun_stands_for_the_one_named_organisation(run_check):
    """医院提交的财务报表显示…: the hospital named earlier in the document owns the figures."""
    doc = make_doc("本次评估对象为澄川仁爱骨科医院（民营）。", "二、评估情况。医院提交的年度财务报表显示，全年医疗收入1.2亿元，净利润860万元。")
    found = run_check("commercial_secret", doc)
    assert [dict(f.explanation)["organisation"] for f in found] == ["澄川仁爱骨科医院"]
    # no organisation of that kind named anywhere: no owner
    assert run_check("commercial_secret", make_doc("二、评估情况。医院提交的年度财务报表显示，全年医疗收入1.2亿元，净利润860万元。")) == []


def test_a_schools_fee_revenue_is_not_its_published_fee(run_check):
    found = run_check("commercial_secret", make_doc("账目显示，澄川市明德技工学校去年学费收入1860万元，招生生源费支出312万元。"))
    assert [f.code for f in found] == ["COMMERCIAL_SECRET"]
    assert run_check("commercial_secret", make_doc("澄川市明德技工学校学费标准为每生每学期3200元，已在物价部门备案。")) == []


@pytest.mark.parametrize("as_text", [False, True])
def test_a_customer_table_under_its_owners_caption(run_check, as_text):
    """The rows name other organisations, but the list is the captioned firm's: its customers and what they paid."""
    caption = "检查调阅的澄川市捷达人力资源有限公司派遣协议显示，其主要用工单位及结算情况如下："
    rows = [("用工单位", "派遣人数", "结算额（万元）"), ("澄川市瑞丰化工有限公司", "210", "455"),
            ("澄川港通物流有限公司", "86", "172"), ("澄川市宏达机械厂", "40", "93")]
    doc = make_doc(caption, *[" | ".join(r) for r in rows]) if as_text else make_doc(caption, rows)
    found = run_check("commercial_secret", doc)
    assert [(dict(f.explanation)["content_kind"], dict(f.explanation)["organisation"]) for f in found] == [
        ("客户名单及交易额", "澄川市捷达人力资源有限公司")]


def test_a_list_of_subsidised_firms_is_no_customer_table(run_check):
    rows = [("单位名称", "吸纳人数", "补贴金额（元）"), ("澄川市瑞丰化工有限公司", "12", "36000"), ("澄川港通物流有限公司", "8", "24000")]
    assert run_check("commercial_secret", make_doc("现将第三批一次性吸纳就业补贴发放情况公示如下：", rows)) == []


@pytest.mark.parametrize("text", [
    "据了解，澄川市禾丰蔬菜专业合作社今年收购价每公斤4.6元，去年可分配盈余88万元尚未向社员公布。",
])
def test_a_cooperatives_purchase_price_and_surplus(run_check, text):
    assert [f.code for f in run_check("commercial_secret", make_doc(text))] == ["COMMERCIAL_SECRET"]


def test_kinds_named_in_a_cases_reasoning_are_no_firms_list(run_check):
    text = "仲裁委认为，澄川某科技有限公司未能证明刘某接触了公司的客户名单、技术信息等商业秘密，对其竞业限制主张不予支持。"
    assert run_check("commercial_secret", make_doc(text)) == []


def test_a_procurement_results_price_is_published_by_law(run_check):
    from extractors.model import Document

    doc = make_doc("一、成交供应商：澄川市明德职业技术学校，成交价每人1580元，计划培训120人。")
    doc = Document(doc.source, doc.sha256, doc.format, doc.blocks, replace_title(doc.fields, "澄川市2026年职业技能培训服务项目成交结果公告"))
    assert run_check("commercial_secret", doc) == []


def replace_title(fields, title):
    from dataclasses import replace

    return replace(fields, title=title)
