"""Readings added in round 11 (after the focused pair AU+AV, written in round 10 and never read then, was read), in
fresh wording: the people who go as the object of an unannounced plan, the time word and the negated verb each one word
(核查前 / 不通知), a plan's targets under 时间和对象 or 抽查机构, a rule word that only qualifies a thing (培训机构,
宣传内容), a course table's topics, a review dated under a bare 会议时间 in a notice whose title names the review, and
what is reported or always done: an inspection held before the document (…，…开展了飞行检查), its 情况通报, a practice for
every occasion (每次…不对外公开), weak words in a list of course items."""

from __future__ import annotations

from datetime import date

from classifiers.rules.mixed_content import MixedContentRule
from classifiers.rules.secret_content import SecretContentRule
from classifiers.scope import find_matters, load_kb
from classifiers.scope.timing import timeline, title_kinds
from extractors.model import Block, BlockKind, Document, Position
from extractors.zones import assign_zones


def _ids(text: str, when: date, title: str = "") -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when, title=title)}


def _secret(run, doc) -> list[str]:
    return [f.subtype for f in run(SecretContentRule, doc)[0] if f.code == "SECRET_CONTENT"]


def test_the_people_who_go_unannounced_are_the_plans_object():
    when = date(2026, 3, 2)
    plan = "核查人员不表明身份，以参保群众身份到临川区社保服务大厅窗口办理业务。"
    assert "inspection_targets" in _ids(plan, when)
    plan = "核查人员核查前不通知临川县宏达劳务派遣有限公司，到达后直接调阅工资台账。"
    assert "inspection_targets" in _ids(plan, when), "核查前 / 不通知: each one word"
    rule = "核查人员应当依法亮明身份，出示执法证件。"
    assert not _ids(rule, when) & {"inspection_targets", "inspection_list"}


def test_targets_under_a_time_and_object_caption_complete_a_method_stated_above():
    when = date(2026, 3, 2)
    text = ("一、检查方式\n检查人员不亮明身份，以求职者身份到中介机构咨询登记，记下其宣传内容和收费项目。\n"
            "二、时间和对象\n3月16日至18日，对以下机构开展体验式检查：临川县才聚人力资源服务有限公司、临川县兴业职业介绍所。")
    assert "inspection_targets" in _ids(text, when)


def test_a_rule_word_that_only_qualifies_a_thing_states_no_rule():
    when = date(2026, 3, 2)
    text = "检查组不提前告知培训机构，直接进入课堂清点学员，核对培训机构的签到记录。\n抽查机构：临川县启明职业技能培训学校，3月10日。"
    assert "inspection_targets" in _ids(text, when)
    course = "检查组不提前告知的突击检查方式，是本次培训的第二讲。"
    assert "inspection_targets" not in _ids(course, when), "培训 as a course still states no plan"


def test_a_review_dated_under_a_bare_time_label_in_a_notice_whose_title_names_it():
    title = "关于召开2026年度工程系列中级职称评审会议的通知"
    assert title_kinds(title) == {"review"}
    when = date(2026, 5, 6)
    assert [sorted(e.kinds) for e in timeline("一、会议时间：5月20日至21日。", when, title_kinds(title))] == [["review"]]
    assert timeline("一、会议时间：5月20日至21日。", when) == [], "no title, no event"
    assert timeline("报名时间：5月20日至21日。", when, title_kinds(title)) == [], "a deadline is not the review"
    text = "一、会议时间：5月20日至21日。\n附件：评委名单\n主任委员：欧阳明（市建筑设计院，正高级工程师）"
    assert "review_panel" in _ids(text, when, title)
    assert "review_panel" not in _ids(text, when)


def test_an_inspection_reported_as_held_is_no_plan():
    when = date(2026, 6, 10)
    events = timeline("5月11日至15日，局里组织检查组对三个培训班开展了飞行检查。", when)
    assert [(e.when, sorted(e.kinds)) for e in events] == [(date(2026, 5, 11), ["inspection"])]
    done = ("5月11日至15日，局里组织检查组对三个培训班开展了飞行检查。检查组未提前告知临川县启明职业技能培训学校，"
            "直接进入课堂清点人数。")
    assert not _ids(done, when) & {"inspection_targets", "inspection_list"}
    title = "关于春季农民工工资支付“四不两直”暗访情况的通报"
    assert not _ids(title + "\n暗访组对临川县滨江花园三期项目进行了暗访。", when) & {"inspection_targets", "inspection_list"}


def _with_table(title: str, before: list[str], rows: list[list[str]], after: list[str], note: str) -> Document:
    lines = ["临川县人力资源和社会保障局文件", "临人社发〔2026〕9号", title, "县劳动保障监察大队，各乡镇劳动保障所："]
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines + before)]
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    for t in after + ["临川县人力资源和社会保障局", "2026年3月2日", note]:
        blocks.append(Block(BlockKind.PARAGRAPH, t, Position(block=len(blocks))))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.docx", "0" * 64, "docx", zoned, fields)


def test_a_course_tables_topics_are_courses_not_a_plan(run):
    rows = [["日期", "课程", "授课人"], ["3月18日上午", "明查暗访与突击检查的组织和取证", "省监察总队"],
            ["3月18日下午", "建筑工地工资支付核查要点", "县监察大队"]]
    doc = _with_table("关于举办劳动保障监察业务培训班的通知", ["一、时间：3月18日。", "二、课程安排"], rows,
                      ["三、参训人员按时报到。"], "（此件依申请公开）")
    assert _secret(run, doc) == []
    rows = [["日期", "检查对象", "方式"], ["3月18日", "临川县滨江花园三期项目部", "突击检查，事先不通知"]]
    plan = _with_table("关于开展欠薪专项检查的通知", ["一、时间：3月18日。", "二、检查安排"], rows, [], "（此件依申请公开）")
    assert _secret(run, plan) == ["inspection"]


def test_weak_words_in_a_list_of_course_items_are_courses(gongwen, run):
    doc = gongwen("关于举办基金监督业务培训班的通知",
                  ["一、培训时间：4月8日至9日。",
                   "二、课程：1.社会保险稽核程序；2.暗访的证据固定；3.突击检查中的现场组织；4.案例研讨。"],
                  notes=["（此件依申请公开）"])
    assert _secret(run, doc) == []


def test_a_practice_for_every_occasion_is_no_internal_passage(gongwen, run):
    doc = gongwen("关于征集技能人才评价专家的公告",
                  ["一、入库条件：具有高级以上职业资格或专业技术职务。",
                   "二、使用方式：每次评价前从库中随机抽取专家，抽取结果在评价结束前不对外公开。"],
                  recipients=None, notes=["（此件主动公开）"])
    assert [f for f in run(MixedContentRule, doc)[0] if f.code == "MIXED_CONTENT"] == []
    one = gongwen("关于技能人才评价工作的通知",
                  ["本次评价抽取的专家名单不对外公开，仅供各考评组掌握。"], notes=["（此件主动公开）"])
    assert [f for f in run(MixedContentRule, one)[0] if f.code == "MIXED_CONTENT"]
