"""Readings added in round 12 (after the focused pair BA+BB, written in round 11 and never read then, was read), in
fresh wording: how a plan dates its event (a clause that schedules it, a label naming it, a date opening its sentence or
item, a date in brackets pinning a relative time down, a date in a table row read as a passage, a bare 时间 under the
sentence that says what is arranged), acceptances and rankings as reviews, visits back (回访) and home visits as
inspections, and the "no word ahead" idea said with any verb of telling and any "before"."""

from __future__ import annotations

from datetime import date

from classifiers.scope import find_matters, load_kb
from classifiers.scope.timing import timeline


def _ids(text: str, when: date, title: str = "") -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when, title=title)}


def _kinds(text: str, when: date) -> list[tuple[str, list[str]]]:
    return [(e.when.isoformat(), sorted(e.kinds)) for e in timeline(text, when)]


WHEN = date(2026, 4, 7)


def test_a_clause_that_schedules_the_event_dates_it_with_its_own_words():
    assert _kinds("复评安排在5月18日，地点在市人才大厦。", WHEN) == [("2026-05-18", ["review"])]
    assert _kinds("走访计划于5月6日开始，为期一周。", WHEN) == [("2026-05-06", ["inspection"])]
    # the rest of the sentence names no second event: 此前不向…通报 is no release
    assert _kinds("核查时间定于5月12日，核查对象届时随机确定，此前不向所在街道通报。", WHEN) == [("2026-05-12", ["inspection"])]
    # the verb after the date is the clause's too
    assert _kinds("合格人员名单将于5月20日在网站公布。", WHEN) == [("2026-05-20", ["release"])]


def test_a_label_naming_the_event_dates_it():
    assert _kinds("（二）笔试：5月9日上午。", WHEN) == [("2026-05-09", ["exam"])]
    assert _kinds("（三）报名：4月10日至20日。", WHEN) == [], "a label that names no event"


def test_a_date_opening_its_sentence_or_item_dates_the_event_the_sentence_names():
    assert _kinds("（二）现场验收\n5月中旬，验收组到各项目单位进行现场验收。", WHEN) == [("2026-05-11", ["review"])]
    # a sentence that reports its event held is no plan, whatever its date
    assert _kinds("3月30日，市里召开会议，通报了一季度抽查情况。", WHEN) == []


def test_a_date_in_brackets_or_after_ji_pins_a_relative_time_to_the_event():
    assert _kinds("下周（4月13日至17日）局里抽两组人到安置点走访搬迁户。", WHEN) == [("2026-04-13", ["inspection"])]
    assert _kinds("入户核查放在4月第三周，即4月20日至24日。", WHEN) == [("2026-04-01", ["inspection"]), ("2026-04-20", ["inspection"])]


def test_a_date_in_a_table_row_read_as_a_passage():
    text = "年度验收安排表：批次、验收日期、验收项目、专家；第一批、5月14日、甲工作室、乙工作室、丙某某"
    assert _kinds(text, WHEN) == [("2026-05-14", ["review"])]


def test_a_bare_time_label_under_the_sentence_that_says_what_is_arranged():
    text = "局里研究，对两个移民安置点开展一次回访，具体安排如下：\n一、时间：4月21日至22日。"
    assert _kinds(text, WHEN) == [("2026-04-21", ["inspection"])]
    assert _kinds("一、时间：4月21日至22日。", WHEN) == [], "nothing above names the event"


def test_no_word_ahead_said_with_any_verb_of_telling_and_any_before():
    targets = "对象为临川县瑞丰劳务有限公司、临川县康宁养老服务中心，5月12日开始。"
    for method in (
        "核查人员不提前跟企业约时间，到场后直接调取台账。",
        "检查组出发前不给企业发通知，也不在工作群里说。",
        "督导员考前不下发督导通知，凭督导证进入考场。",
        "此次执法行动在实施前不发布公告、不召开动员会。",
        "检查人员到场后再告知企业负责人。",
    ):
        assert "inspection_targets" in _ids(method + targets, WHEN), method
    # the dates and targets left to a later notice: no list in this document
    assert "inspection_targets" not in _ids("检查组不提前跟企业约时间。具体对象和时间另行通知。", WHEN)
    # a check announced on purpose
    assert "inspection_targets" not in _ids("检查组将提前三个工作日通知企业。" + targets, WHEN)


def test_the_panel_of_a_selection_or_an_acceptance_named_before_it_sits():
    text = ("5月下旬，评选委员会对候选对象进行集中评审。\n评选委员会组成人员：主任　欧阳明（市人社局副局长）；"
            "委员　司徒岚（市职业技术学院教授）、上官宁（市企业联合会秘书长）。")
    assert "review_panel" in _ids(text, WHEN)
    acceptance = "现场验收时间为5月19日至21日。验收专家组组长由市技师学院高级讲师邵怀远担任，成员为江一帆、梁清和。"
    assert "review_panel" in _ids(acceptance, WHEN)
    held = "3月19日至21日，验收专家组对项目进行了现场验收，专家组组长为邵怀远，成员为江一帆、梁清和。"
    assert "review_panel" not in _ids(held, WHEN)


# --- the second change (after the fresh set BC was scored before and after the first, then read) ---------------------

def test_a_term_may_name_a_word_class():
    from classifiers.scope.kb import build_kb
    from extractors.errors import ConfigError
    import pytest

    data = {"classes": {"TELL": ["通知", "告知"]},
            "matter": [{"id": "m", "name": "n", "article": "a", "category": "c", "decision": "secret",
                        "objects": ["检查"], "states": ["不…@TELL"]}]}
    kb = build_kb(data)
    assert kb.matters[0].states[0].parts == (("不",), ("通知", "告知"))
    data["matter"][0]["states"] = ["不…@SAY"]
    with pytest.raises(ConfigError):
        build_kb(data)
    data["classes"] = {"tell": ["通知"]}
    with pytest.raises(ConfigError):
        build_kb(data)


def test_a_unit_is_one_unit_not_a_kind_of_unit():
    from classifiers.scope.evidence import unit

    assert unit("对临川县瑞丰劳务有限公司开展检查") == "临川县瑞丰劳务有限公司"
    assert unit("重点是北固区人力资源市场内的鑫途职业介绍所") == "鑫途职业介绍所"
    assert unit("分别到城东经办点") == "城东经办点"
    assert unit("岔河乡的岩门村、茶园村") == "岩门村"
    for kind in ("对评价机构组织的认定考核", "全市工伤保险协议医疗和康复机构", "检查组将对全市定点零售药店开展检查",
                 "现场巡查不提前告知评价机构", "各县（市、区）经办机构", "随机抽取村、车间和岗位人员"):
        assert unit(kind) is None, kind


def test_a_general_method_with_kinds_of_unit_names_no_target():
    method = "现场稽核原则上不提前通知被稽核对象，到场后出示稽核证件。稽核对象从全市在册参保单位中随机抽取。"
    assert "inspection_targets" not in _ids(method, WHEN)
    plan = "稽核组不提前通知被稽核对象。5月12日对临川县瑞丰劳务有限公司开展现场稽核。"
    assert "inspection_targets" in _ids(plan, WHEN)


def test_the_targets_in_the_paragraph_before_the_method():
    text = ("一、5月12日、13日，检查组分别前往临川县瑞丰劳务有限公司和临川县康宁养老服务中心开展检查。\n"
            "二、检查组出发前不给两家单位打电话，到场后直接调阅工资台账。")
    assert "inspection_targets" in _ids(text, WHEN)


def test_a_table_dates_by_its_column_header():
    visits = "本月巡查的考核现场如下表：序号、评价机构、考核日期、考核地点；1、临川技师学院、5月14日、实训楼；2、临川县康宁养老服务中心、5月21日、培训室"
    assert [e.when.isoformat() for e in timeline(visits, WHEN) if e.when > WHEN] == ["2026-05-14", "2026-05-21"]
    tasks = "重点任务分解表：序号、重点任务、牵头单位、完成时限、考核标准；1、城镇新增就业、就业科、12月底、每低于目标1%扣2分"
    assert [e for e in timeline(tasks, WHEN) if e.when > WHEN] == [], "a deadline column dates no event"


def test_the_ways_word_is_kept_from_the_targets():
    targets = "对象为临川县瑞丰劳务有限公司，5月12日开始。"
    for method in ("请将本次检查事项仅告知参检人员本人，不向乡镇和上述机构作任何通报。",
                   "巡查员到达考点前不与评价机构任何人员联络。",
                   "检查组抵达后径直进入施工现场。",
                   "检查组请勿提前调取上述机构资料，以免惊动被查对象。"):
        assert "inspection_targets" in _ids(method + targets, WHEN), method


def test_reflect_is_not_report():
    assert "informant_identity" not in _ids("白沙县杏园村岗位考勤记录缺失，无法反映岗位人员日常履职情况。", WHEN)
    assert "informant_identity" in _ids("反映人为该公司仓管员，在厂工作已满三年。", WHEN)


# --- the third change (after the fresh set BD was scored at the start and after each change, then read) --------------

def test_the_visit_named_by_the_time_before_it():
    targets = "\n一、抽查对象\n本次选取澜江启航艺术培训中心、滨澄博知教育咨询有限公司，5月下旬进行。\n"
    method = "二、注意事项\n检查前，参加人员不要与机构方面接触，不发函、不约时间。"
    assert "inspection_targets" in _ids(targets + method, WHEN)
    told = "二、注意事项\n检查组的同志在出发时才会被告知具体去向。"
    assert "inspection_targets" in _ids(targets + told, WHEN)


def test_panel_members_named_with_a_post_or_a_public_body():
    from classifiers.scope.evidence import evidence

    assert evidence("person", "区教育局副局长郑启航任主任委员，区教师发展中心主任卢映秋任副主任委员", "") == "郑启航"
    assert evidence("person", "：1、许文澜、滨澄区实验中学、语文高级教师", "") == "许文澜"
    assert evidence("person", "考评组由仲裁院、人民法院、工会和企业代表组织的人员组成", "") is None, "仲裁院 is a body"
    text = ("评审会议定于2026年5月20日在区教师发展中心召开。\n评审委员会委员名单：序号、姓名、工作单位、职务；"
            "1、郑启航、滨澄区教育局、副局长；2、卢映秋、区教师发展中心、主任")
    assert "review_panel" in _ids(text, WHEN)
