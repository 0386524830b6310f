"""Secrecy-scope guards, in fresh wording: a duty laid on every informant (须写明姓名) is a rule, not one
informant's details; an inspection already held (what it found, its footage) is a result, not a plan."""

from __future__ import annotations

import pytest

from classifiers.scope import find_matters, load_kb


def ids(text: str) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb())}


@pytest.mark.parametrize("text", [
    "来信人应当注明本人姓名和联系电话，以便及时回复。",
    "投诉人须写明真实姓名、工作单位和联系方式，匿名信件不予受理。",
    "检举人务必载明所在单位和岗位，便于核实。",
])
def test_a_duty_of_every_informant_is_no_secret(text):
    assert "informant_identity" not in ids(text)


def test_one_informants_details_still_found():
    assert "informant_identity" in ids("据查，来信人刘某某系该厂仓管员，在厂工作已满六年。")


@pytest.mark.parametrize("text", [
    "扣分依据暗访视频和现场核查记录，涉及澄川市某某人力资源有限公司等三家机构。",
    "经暗访，澄川市某某职业培训学校存在代签到问题，已责令整改。",
])
def test_an_inspection_already_held_is_no_plan(text):
    assert not {"inspection_list", "inspection_targets"} & ids(text)


def test_routine_visits_and_what_they_found_are_no_plan():
    """暗访 as the routine method of an appraisal, and what a visit found (暗访中…离岗), are results, not a plan."""
    text = "考评采取日常暗访和群众评价相结合的方式。｜澄川市某某社保网点｜暗访中一名工作人员离岗｜扣2分｜"
    assert not {"inspection_list", "inspection_targets"} & ids(text)


def test_a_listed_exam_phrase_in_candidate_facing_wording_is_no_secret(gongwen, run):
    """面试题本 in 考务 wording (考生, 启封 — the knowledge base's own cancelling words) states the procedure."""
    from classifiers.rules.secret_content import SecretContentRule

    doc = gongwen("关于2026年事业单位公开招聘面试安排的公告", ["面试题本在考生全部入场后由主考官当众启封，面试结束后统一收回。"],
                  notes=["（此件公开发布）"])
    assert run(SecretContentRule, doc)[0] == []
    doc = gongwen("关于2026年事业单位公开招聘面试安排的公告", ["附件为本次面试题本（启用前），请各考点主考官妥善保管。"],
                  notes=["（此件公开发布）"])
    assert [f.code for f in run(SecretContentRule, doc)[0]] == ["SECRET_CONTENT"]


def test_units_pointed_at_in_an_attachment_are_the_evidence():
    """检查对象见附件: the unannounced inspection's targets are in the document, in its attachment."""
    text = "本轮检查实行飞行检查，事先不通知被检查单位，具体抽查对象和进场时间见附件，各组按表执行。"
    assert "inspection_targets" in ids(text)
    # without a list anywhere, a method alone names no target
    assert "inspection_targets" not in ids("本轮检查实行飞行检查，事先不通知被检查单位。")


def test_figures_worked_out_before_the_plan_is_announced():
    """A wage or benefit adjustment worked out ahead of its announcement (预测算, 暂按, 待正式部署后) is the plan."""
    text = "按照试算结果，今年企业退休人员基本养老金暂按人均2.1%增加，待省里正式文件下达后按正式参数调整。"
    assert "adjustment_plan" in ids(text)
    # a calculation basis (测算口径) is no line for answering the public
    assert "handling_line" not in ids("各地按统一的测算口径掌握基础数据，确保数据准确。")


def test_a_weakness_found_by_a_check_is_still_a_secret(gongwen, run):
    """排查发现 … 仍使用弱口令: a weakness found and not fixed stays a secret (security cancels do not silence it)."""
    from classifiers.rules.secret_content import SecretContentRule

    doc = gongwen("关于做好节日期间网络安全值守的通知", ["技术科排查发现，社保查询系统仍存在弱口令，尚未整改。"],
                  notes=["（此件依申请公开）"])
    assert [f.code for f in run(SecretContentRule, doc)[0]] == ["SECRET_CONTENT"]


def test_counts_of_inspections_done_are_results():
    text = "专项行动中共检查用工单位140家次，其中以暗访方式检查了37家次，查处违法行为9起。"
    assert not {"inspection_list", "inspection_targets"} & ids(text)


def test_a_benefit_rise_sent_up_for_approval_is_the_plan():
    text = "局里已完成测算并形成请示报市政府，拟将生活护理费每人每月增加50元，供养亲属抚恤金增加3%。"
    assert "adjustment_plan" in ids(text)


def test_a_basis_for_working_out_figures_is_no_answering_line():
    assert "handling_line" not in ids("各县区先按此口径做好系统参数设置和资金测算。")


def test_an_event_dated_as_a_range_at_a_place_is_read():
    """定于9月3日至4日在市实训基地举行: the range's end and the place stand between the date and the verb."""
    from datetime import date

    from classifiers.scope.timing import timeline

    evs = timeline("中级职称答辩定于9月3日至4日在澄川市公共实训基地举行，请各单位做好准备。", date(2026, 8, 10))
    assert [(e.when, "review" in e.kinds or "exam" in e.kinds) for e in evs] == [(date(2026, 9, 3), True)]
