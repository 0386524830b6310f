"""Secrecy-scope reading added after sets G and H became tuning data, each in fresh wording (not theirs):
a hedge before "in force" wording, questions and people listed after a 如下 sentence, exam papers' logistics,
people kept under watch, and the guards that keep each from firing on public text."""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.scope import find_matters, load_kb


def ids(text: str, when: date | None = None) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when)}


def test_a_hedge_makes_in_force_wording_prospective():
    """预计自…起执行 says the plan is not in force yet; 自…起执行 alone says it is (and cancels)."""
    plan = "经初步测算，城乡居民基础养老金拟每人每月提高15元，预计自明年7月1日起执行。"
    assert "adjustment_plan" in ids(plan)
    done = "经省政府批准，城乡居民基础养老金每人每月提高15元，自今年7月1日起执行。"
    assert "adjustment_plan" not in ids(done)


def test_a_table_of_proposed_rates_is_the_plan():
    """A table headed 建议调整后 under a caption: the figures are what is asked for."""
    text = "区域\n现行小时最低工资（元）\n建议调整后（元）\n一档\n18.5\n19.8\n二档\n17.0\n18.1"
    assert "adjustment_plan" in ids("最低工资标准建议调整后执行，调整幅度约7%。")
    assert "adjustment_plan" not in ids(text.replace("建议调整后", "调整后"))


def test_questions_listed_after_a_pointer_before_the_exam():
    """从以下题目中抽取 … and the numbered questions after it, in a notice dated before the 答辩."""
    text = ("职称评审答辩定于11月20日在市实训中心进行。\n"
            "评委从以下题目中为每名申报人抽取一题，依据参考要点打分。\n"
            "1.简述锅炉水处理的主要方法（要点：软化、除氧、排污）；\n2.试述压力容器定期检验的内容。")
    assert "exam_content_form" in ids(text, date(2026, 11, 2))
    # after the 答辩 the same list is a record, and a list without question form is a programme
    assert "exam_content_form" not in ids(text, date(2026, 11, 25))
    agenda = "职称评审答辩定于11月20日进行。\n答辩按以下顺序进行：\n1.申报人陈述；\n2.评委提问。"
    assert "exam_content_form" not in ids(agenda, date(2026, 11, 2))


def test_people_listed_under_a_name_column_after_a_pointer():
    """推荐人选 … 得票 … 表决结果如下 and a list headed 姓名: the people stand in the lines after."""
    text = ("经评议，对推荐人选进行无记名投票，按得票多少排序，结果如下：\n"
            "序号 | 姓名 | 单位 | 得票\n1 | 甘小明 | 某机械厂 | 9\n2 | 卢月 | 某医院 | 8")
    assert "personnel_pre_publicity" in ids(text)
    # no list after the pointer: no one is named
    assert "personnel_pre_publicity" not in ids("经评议，对推荐人选进行无记名投票，按得票多少排序，结果如下：")


def test_exam_papers_where_and_when_before_the_exam():
    """Papers stored in a room with named key-holders, carried at a time by a route, before the exam."""
    text = ("本次考试定于6月14日举行。\n"
            "试卷运抵后存放于考试中心二楼206室，双人双锁，钥匙由科长邓某和干事温某分别保管。\n"
            "6月14日7:05由专车押运，按中心—第一考点—第二考点路线送达。")
    assert "exam_logistics" in ids(text, date(2026, 6, 5))
    assert "exam_logistics" not in ids(text, date(2026, 6, 20))  # after the exam: a record


@pytest.mark.parametrize("text", [
    "考生须持准考证于8:00前到达考点，考点乘车路线见附件。",
    "试卷由专人押运，存放在符合保密要求的保密室，各考点严格执行试卷交接制度。",
])
def test_candidate_facing_and_rule_wording_is_no_logistics(text):
    assert "exam_logistics" not in ids("本次考试定于6月14日举行。\n" + text, date(2026, 6, 5))


def test_people_kept_under_watch_by_name():
    text = ("下列重点对象近期多次组织集体讨薪，由属地落实稳控措施：\n姓名\n包保责任人\n甘某某\n街道办主任\n"
            "卢某\n社区书记")
    assert "stability_watch" in ids(text)


def test_the_employment_programmes_key_groups_are_no_watch_list():
    text = "对就业困难重点人员落实一对一帮扶，专人负责跟踪服务，掌握其就业动态，名单附后。"
    assert "stability_watch" not in ids(text)


def test_how_to_object_to_a_publicity_notice_is_no_informant():
    assert "informant_identity" not in ids("公示期间如有异议，可向局人事科书面反映，反映人须署真实姓名并留下联系电话。")


def test_an_account_still_on_its_first_password_is_a_weakness():
    assert "system_weakness" in ids("测评发现，经办后台仍有5个账号使用初始口令，尚未完成整改。")


def test_the_cut_is_the_same_in_every_process():
    """The knowledge base's words join the word table in one fixed order (each word's suggested frequency reads
    the total so far): under another hash seed the cut, and so the findings, used to differ."""
    import os
    import subprocess
    import sys

    code = ("import hashlib; from classifiers.scope.compiled import compiled_kb; from classifiers.scope.kb import load_kb; "
            "seg = compiled_kb(load_kb()).seg; "
            "print(hashlib.sha256(repr(sorted(seg.freq.items())).encode()).hexdigest(), seg.total)")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(outs) == 1


@pytest.mark.parametrize("text", [
    "七、诚信提示。考试试题在使用前属于国家秘密，任何单位和个人不得以任何方式获取或传播。",
    "本次维护主要包括服务器操作系统升级、安全加固和例行漏洞修复，维护期间网站暂停访问。",
])
def test_rules_and_routine_maintenance_name_no_secret(gongwen, run, text):
    from classifiers.rules.secret_content import SecretContentRule

    doc = gongwen("关于2026年度职称考试有关事项的公告", ["本次考试定于11月8日举行。", text], notes=["（此件公开发布）"])
    assert run(SecretContentRule, doc)[0] == []


# after sets K and L became tuning data (fresh wording)
def test_a_panel_listed_under_its_name_column_before_the_review():
    text = ("职称评审会议定于12月20日召开。\n本次评审由市经济系列中级评审委员会承担，评委会组成人员如下：\n"
            "组别\n姓名\n工作单位\n主任委员\n葛文渊\n市统计局")
    assert "review_panel" in ids(text, date(2026, 12, 8))


def test_people_listed_before_a_sentence_that_points_back_at_them():
    text = ("序号 | 姓名 | 同意票\n1 | 庞子墨 | 11/13\n2 | 柯云舒 | 10/13\n"
            "以上拟入选人选尚需报市人才工作领导小组审定，审定后另行公示。")
    assert "personnel_pre_publicity" in ids(text)


def test_approval_still_required_before_a_rate_takes_effect():
    text = "初步商定：月最低工资标准由2050元调至2190元。上述数额须经省政府批准后方可执行。"
    assert "adjustment_plan" in ids(text)


def test_targets_counted_here_and_listed_in_the_next_paragraph():
    text = ("一、核查方式。确定核查对象6家，核查组逐家进场，入场前不提前告知企业。\n"
            "二、核查对象。澄川市瑞丰化工有限公司、澄川港通物流有限公司。")
    assert "inspection_targets" in ids(text)


def test_a_complainant_named_by_role_behind_a_copula():
    assert "informant_identity" in ids("经核，来信反映人为该厂包装车间夜班组长，工号0622，入职已满八年。")


# after sets M and N became tuning data (fresh wording)
def test_a_release_date_told_with_its_publisher_and_place():
    text = ("截至9月底，全市城镇新增就业3.1万人，城镇调查失业率为5.1%。"
            "以上数据将于10月20日由市统计局在三季度经济运行新闻发布会上发布。")
    assert "statistics_before_release" in ids(text, date(2026, 10, 8))


def test_units_not_to_be_told_before_the_check():
    text = "经大数据比对，以下单位存在疑点，核查组将优先进点，请各县区暂不向有关单位透露：1.澄川市启航职业培训学校。"
    assert "inspection_targets" in ids(text)


def test_parameters_preset_before_the_plan_is_published():
    text = ("本次预置参数如下：定额调整每人每月36元，挂钩调整按缴费年限每满1年增加1.5元。"
            "上述参数在省政府正式公布调整方案前只用于系统模拟。")
    assert "adjustment_plan" in ids(text)


def test_an_interview_panel_named_with_units_before_the_interview():
    text = "第二批面试定于12月19日举行，面试考官组由以下人员组成：组长 邹启明（市国资委），成员 韦文静（某大学）。"
    assert "review_panel" in ids(text, date(2026, 12, 8))


# after sets O and P became tuning data (fresh wording)
def test_a_release_far_along_its_sentence_and_figures_still_under_review():
    text = ("前三季度主要指标已汇总完毕，拟于10月下旬随全市经济运行情况一并由市统计局对外发布。\n"
            "一、就业。1—9月全市城镇新增就业2.6万人，城镇登记失业率3.2%。")
    assert "statistics_before_release" in ids(text, date(2026, 10, 9))
    assert "statistics_before_release" in ids("以下数据为快报数，市局尚在审核汇总：上半年基金收入1.3亿元，支出1.5亿元。")


def test_a_panel_made_up_of_experts_listed_before_its_review():
    text = ("评审委员会由9名专家组成，名单如下：\n职务\n姓名\n工作单位\n主任委员\n黎启航\n市农科所\n"
            "评审会议定于12月16日召开。")
    assert "review_panel" in ids(text, date(2026, 12, 2))


def test_a_villager_named_before_her_report():
    assert "informant_identity" in ids("今年5月，东岭村村民孟秀芝到中心实名反映，称邻居去世后家属仍在领取养老金。")


@pytest.mark.parametrize("text", [
    "三、不法分子常以所谓“系统漏洞”“内部渠道”诱骗群众缴费，此类说法均为诈骗，请勿轻信。",
    "笔试试题和参考答案不予公布，考生可于成绩公布后申请复核。",
])
def test_warnings_and_withheld_answers_name_no_secret(gongwen, run, text):
    from classifiers.rules.secret_content import SecretContentRule

    doc = gongwen("关于2026年事业单位公开招聘笔试有关事项的公告", ["笔试定于11月8日举行。", text], notes=["（此件公开发布）"])
    assert run(SecretContentRule, doc)[0] == []


def test_a_panels_split_before_its_award():
    text = ("某公司12名职工劳动报酬争议一案，仲裁庭已于10月9日开庭并进行了合议。合议中，首席仲裁员倾向于支持部分请求，"
            "职工方面仲裁员主张全部支持，仲裁庭拟按多数意见作出裁决，裁决书预计10月底前送达。")
    assert "deliberation_before_award" in ids(text)
    assert "deliberation_before_award" not in ids("仲裁庭评议情况依法不对外公开，裁决书送达后发生法律效力。")


# round nine, after set AK became tuning data (fresh wording)
def test_figures_called_a_basis_before_their_release_are_still_before_release():
    """口径 alone is no cancel: 快报口径 or 登记口径 is the basis of figures not yet released; a statistical definition
    (统计口径) still cancels."""
    text = ("据市统计局提供的快报数，前三季度全市城镇非私营单位在岗职工平均工资为68,350元，同比增长5.2%。"
            "上述数字属年度数据发布前的快报口径，请各地研判时参考。")
    assert "statistics_before_release" in ids(text, date(2026, 10, 20))
    assert "statistics_before_release" not in ids(text.replace("快报口径", "统计口径"), date(2026, 10, 20))
