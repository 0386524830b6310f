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


# --- after AW and AX (round 11's first fresh pair) were scored and read -------------------------------------------


def test_a_date_said_relative_to_the_document_dates_its_event():
    when = date(2026, 5, 13)  # a Wednesday
    got = [(e.when, sorted(e.kinds)) for e in timeline("评审会议将于本月下旬召开，会期两天。", when)]
    assert got == [(date(2026, 5, 21), ["review"])]
    assert [e.when for e in timeline("现场考察自下周二开始。", when)] == [date(2026, 5, 19)]
    assert [e.when for e in timeline("定于下月中旬进驻各单位开展检查。", when)] == [date(2026, 6, 11)]
    text = ("二、评审会议将于本月下旬召开。\n"
            "三、评审委员会由主任委员钟启明（临川县人民医院，主任医师）和委员谭雅（临川县中医院，主任医师）等9人组成。")
    assert "review_panel" in _ids(text, when)


def test_a_deadline_for_papers_is_no_event_but_a_release_by_a_day_still_is():
    when = date(2026, 9, 14)
    assert timeline("请于9月20日前将材料报送市职称评审委员会办公室。", when) == []
    assert timeline("各单位于9月25日前将名单报省考试院。", when) == []
    assert [sorted(e.kinds) for e in timeline("成绩将于9月30日前公布。", when)] == [["release"]]


def test_a_numbered_list_of_experts_with_their_units_names_people():
    when = date(2026, 11, 3)
    text = ("一、专家评议会拟于2026年11月19日在省人才大厦举行。\n二、聘请下列专家担任本次评议专家：\n"
            "1．钟启明　临川大学化学学院教授\n2．谭雅　临川理工学院材料学院教授")
    assert "review_panel" in _ids(text, when)
    assert "review_panel" not in _ids(text, date(2026, 11, 25)), "after the review"


def test_word_sent_by_no_channel_and_a_second_visit_are_unannounced():
    when = date(2026, 10, 9)
    text = ("本次核查对象为临川县启明职业培训学校。核查组抵达后，再由组长电话联系其负责人。在此之前，不向被核查单位及其主管部门"
            "发送任何书面通知。")
    assert "inspection_targets" in _ids(text, when)
    text = "县局将于11月3日对临川县启明职业培训学校开展“回头看”复查，复查不再另行发文，也不经属地转告。"
    assert "inspection_targets" in _ids(text, when)
    text = "抽查组抽查前不与临川县启明职业培训学校联系，进入教室后方告知来意。"
    assert "inspection_targets" in _ids(text, when)


def test_an_article_of_rules_and_a_held_night_check_are_no_plan():
    when = date(2026, 12, 19)
    article = "第三条　巡考实行随机派出，巡考安排不提前告知考点和认定机构。"
    assert not _ids(article, date(2026, 6, 3)) & {"inspection_targets", "inspection_list"}
    done = ("12月9日至12日，县监察大队会同两个乡镇劳动保障所，利用夜间时段，对临川县滨江花园三期项目开展了错时检查。"
            "检查组事先未通知施工单位，直接进入工人生活区。")
    assert not _ids(done, when) & {"inspection_targets", "inspection_list"}


def test_an_inspection_of_classes_reads_its_teaching_words_as_the_checked_thing():
    when = date(2026, 10, 14)
    text = ("抽查不提前告知临川县启明职业培训学校，抽查人员在上课时段直接进入教室，清点在训学员人数，"
            "随机询问学员培训内容，并查看授课教师资质。")
    assert "inspection_targets" in _ids(text, when)
    course = "第二讲为授课内容：突击检查不提前告知被检查单位的做法和取证要点。"
    assert "inspection_targets" not in _ids(course, when)


def test_a_results_notice_names_the_panel_of_a_review_it_says_was_held(gongwen, run):
    doc = gongwen("关于2026年度临川县技能人才拟认定人选的公示",
                  ["经个人申报、乡镇审核，评选评审小组于7月16日集中评审。",
                   "本次评审小组由县人社局副局长钟启明任组长，县农业农村局谭雅、县总工会邓立为成员。",
                   "拟认定人选名单如下：杨春生、周小红。",
                   "公示时间：2026年7月23日至7月29日。"],
                  recipients=None, notes=["（此件公开发布）"])
    assert _secret(run, doc) == []


def test_a_sector_before_a_suffix_is_a_kind_not_a_firm():
    from classifiers.detectors._commercial import orgs

    assert orgs("专家组由5名专家组成，其中金融机构专家不少于2名。") == []
    assert [o.name for o in orgs("委托临川鑫达建筑劳务有限公司承建")] == ["临川鑫达建筑劳务有限公司"]


# --- after AY and AZ (round 11's second fresh pair) were scored and read ------------------------------------------


def test_a_scoring_scheme_said_to_be_published_after_the_contest_is_no_exam_content():
    from classifiers.scope.evidence import exam_form

    assert exam_form("裁判名单和评分细则在比赛结束后随成绩一并公布。实际操作限时4小时。") is None
    assert exam_form("评分细则：裁剪20分、缝制40分。实际操作限时4小时。")


def test_judges_named_with_the_winners_and_a_roster_published_by_rule_are_no_panel_before_it_sits():
    when = date(2026, 8, 3)
    text = "经裁判组评定，现将获奖名单和裁判人员公告如下：\n裁判长：欧阳明（临川技师学院，高级技师）"
    assert "review_panel" not in _ids(text, when)
    roster = "现将2026年度经审核确认的考评员名单公告如下，接受社会监督：\n电工：钟启明、谭雅、邓立"
    assert "review_panel" not in _ids(roster, when)


def test_more_ways_a_visit_is_kept_unannounced():
    when = date(2026, 6, 20)
    for text in ("督导组不提前向考点发出督导通知，7月5日对临川县职业技术学校开展督导。",
                 "督导组行程仅报分管局领导知悉，7月5日对临川县职业技术学校开展督导。",
                 "检查组以宣讲组名义进入临川县仁康康复医院，宣讲开始后即转为检查。",
                 "核实对象为临川县云帆装饰工程有限公司，核实人员到达企业前半小时方电话告知企业联系人。"):
        assert "inspection_targets" in _ids(text, when), text
    assert "inspection_targets" not in _ids("督导工作方案仅限内部掌握，各单位按通知要求做好迎检准备。", when)


def test_dates_opening_the_rows_of_a_plain_text_table_date_the_event_its_caption_names():
    when = date(2026, 10, 20)
    text = "二、评估安排。现场评估按下表时间进行：\n日期｜上午｜下午\n10月27日｜临川雪域人力资源服务有限公司｜临川康巴劳务派遣有限公司"
    assert [(e.when, sorted(e.kinds)) for e in timeline(text, when)] == [(date(2026, 10, 27), ["review"])]
    assert [sorted(e.kinds) for e in timeline("决赛将于2026年11月26日在区创业中心举行。", when)] == [["exam"]]


def test_a_plain_text_tables_rows_stay_rows_in_the_stream():
    from classifiers.rules._text import TextStream

    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(
        ["日期｜上午｜下午", "10月27日｜甲公司｜乙公司", "三、评估专家组。"])]
    assert TextStream(blocks).text == "日期｜上午｜下午\n10月27日｜甲公司｜乙公司\n三、评估专家组。"


def test_a_course_table_in_a_plain_text_export_is_a_training_programme(run):
    from classifiers.passage_model.check import PassageModelCheck

    lines = ["临川县人力资源和社会保障局", "临人社办〔2026〕12号", "关于举办劳动保障监察执法人员业务培训班的通知",
             "县劳动保障监察大队：", "一、培训时间：2026年3月18日至20日。", "二、培训内容：",
             "日期\t课程\t授课人", "3月18日上午\t夜间检查和突击检查的安全防护与现场处置\t县公安局",
             "3月18日下午\t暗访取证规范与视听资料证据的合法性\t临川大学法学院",
             "三、参训人员须全程参加。", "临川县人力资源和社会保障局", "2026年3月3日", "（此件依申请公开）"]
    zoned, fields = assign_zones(tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)))
    doc = Document("t.txt", "0" * 64, "txt", zoned, fields)
    assert _secret(run, doc) == []
    assert [f for f in run(PassageModelCheck, doc)[0] if f.code == "SECRET_CONTENT"] == []


def test_a_process_word_inside_a_firms_name_is_no_process_parameter():
    from classifiers.detectors._commercial import classify

    text = "第二批　7月18日　22:00—次日1:30　临川东岸冷链物流有限公司、临川宏晟注塑制品厂，每组3人，用时约3.5小时"
    got = classify(text, ())
    assert got is None or got.kind != "工艺参数", got
