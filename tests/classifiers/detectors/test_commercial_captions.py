"""COMMERCIAL_SECRET: a table captioned with one organisation's name holds that organisation's figures;
prices agreed between a firm and its partners (commissions, floor prices) and R&D budgets are its
business data. Wording written fresh for these tests."""

from __future__ import annotations

import pytest

from .helpers_detectors import make_doc


def test_a_cost_table_under_a_caption_naming_the_firm(run_check):
    rows = [("科目", "数额", "备注"), ("外聘讲师课时费", "每课时260元", "全年约1400课时"),
            ("场地租金", "186000元", "两层教学楼"), ("设备折旧", "54000元", "数控车床三台")]
    doc = make_doc("附件", "澄川市卓远机电技能培训中心2025年度培训成本测算（单位自报）", rows)
    found = run_check("commercial_secret", doc)
    assert [f.code for f in found] == ["COMMERCIAL_SECRET"]
    assert dict(found[0].explanation)["content_kind"] == "成本构成"


def test_a_public_fee_table_under_a_caption_naming_a_school_is_no_secret(run_check):
    rows = [("培训项目", "课时", "收费标准（元）"), ("中式烹调师", "180", "2400"), ("美容师", "150", "2100")]
    doc = make_doc("澄川市卓远机电技能培训中心2026年收费项目公示", rows)
    assert run_check("commercial_secret", doc) == []


def test_a_fee_table_whose_rows_name_schools_is_not_read_as_one_passage(run_check):
    rows = [("学校", "项目", "课时", "收费（元/人）"), ("澄川市明工职业培训学校", "焊工", "160", "2600"),
            ("澄川市巧艺家政培训学校", "养老护理员", "90", "1500")]
    doc = make_doc("全市民办职业培训学校收费标准一览（澄川市明工职业培训学校等）", rows)
    assert run_check("commercial_secret", doc) == []


@pytest.mark.parametrize("text, subtype", [
    ("澄川市博远人力资源有限公司向合作中介支付的佣金为每名求职者350元。", "pricing"),
    ("澄川市蓝帆物流有限公司与经销商约定的最低成交价为每吨4100元。", "pricing"),
    ("澄川市晶创光电科技有限公司今年研发预算为2300万元，主要用于新型模组开发。", "business_data"),
])
def test_agreed_prices_and_rd_budgets(run_check, text, subtype):
    found = run_check("commercial_secret", make_doc(text))
    assert [f.subtype for f in found] == [subtype]


def test_a_decision_addressed_to_the_firm_lists_its_clients_with_amounts(run_check):
    """你公司 in a licence decision is the addressee named in the title; its clients with amounts are its customer list."""
    doc = make_doc("关于准予澄川市众合人力资源服务有限公司劳务派遣经营许可的决定",
                   "经核实，你公司现有用工单位19家，其中澄川市天衡机械有限公司全年服务费62.4万元，"
                   "澄川市润丰食品有限公司全年服务费38.1万元，澄川市安泰物业有限公司全年服务费20.5万元。")
    found = run_check("commercial_secret", doc)
    assert [f.subtype for f in found] == ["business_data"]
    assert "澄川市众合人力资源服务有限公司" in dict(found[0].explanation)["basis"]
