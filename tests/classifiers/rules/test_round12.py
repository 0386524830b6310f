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
