"""Readings changed in round 13 (read off BB, round eleven's fresh pair, read in round twelve), in fresh wording: a list of
the sectors a panel is drawn from names no member, and a review of people (职称推荐评议, 民主评议) in progress is not a
tribunal's deliberation."""

from __future__ import annotations

from datetime import date

from classifiers.scope import find_matters, load_kb
from classifiers.scope.evidence import person_any

WHEN = date(2026, 6, 2)


def _ids(text: str, when: date = WHEN) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when)}


def test_a_list_of_sectors_names_no_member():
    assert person_any("评审小组由金融、商务、文旅等部门业务骨干5至7人组成。") is None
    assert person_any("评审组由文化、林业等部门各派1人组成。") is None
    assert person_any("由卫生、司法、审计等部门人员组成。") is None
    # two people joined by 、 are still two people, and a sector word beside a name does not hide it
    assert person_any("评审组由韩立新、卢慧敏等同志组成。") is not None
    assert person_any("组长：金伟，成员：商晓、林涛。") is not None


def test_a_panel_described_by_its_sectors_before_it_sits_is_no_list_of_members():
    text = "七月中旬组织专家评审。评审专家组由金融、商务、文旅等部门人员和行业专家7人组成，由两局商定。"
    assert "review_panel" not in _ids(text)
    named = "七月中旬组织专家评审。评审专家组由韩立新、卢慧敏、林涛组成，由两局商定。"
    assert "review_panel" in _ids(named), "the same panel with its members named is the secret"


def test_a_review_of_people_in_progress_is_no_tribunals_deliberation():
    text = ("县推荐评议组于5月28日对申报人进行了评议，评议中涉及本单位申报人的成员已回避。经投票，拟推荐以下人员，现予公示。")
    assert "deliberation_before_award" not in _ids(text)
    tribunal = "本案仲裁庭评议中，首席仲裁员与一名仲裁员倾向于支持申请人的加班费请求，裁决书拟于6月20日送达。"
    assert "deliberation_before_award" in _ids(tribunal)


# --- second change (read off BG) ---------------------------------------------------------------------------------


def _audit(lines: list[str]):
    from classifiers import load_config
    from classifiers.audit import audit_document
    from extractors import Limits
    from extractors.registry import extract_bytes

    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    doc = extract_bytes(data, source="t.txt", name="t.txt", limits=Limits())
    return audit_document(doc, load_config())


_HEAD = ["湄川市人力资源和社会保障局", "湄人社发〔2026〕31号"]
_TAIL = ["", "湄川市人力资源和社会保障局", "2026年6月2日", "（此件公开发布）", "抄送：市财政局。", "湄川市人力资源和社会保障局办公室　　2026年6月2日印发"]


def test_a_share_weighting_a_total_is_no_figure_of_scores():
    from classifiers.scope.evidence import FIGURE

    assert FIGURE.search("笔试成绩和面试成绩各占50%的比例合成总成绩") is None
    assert FIGURE.search("面试成绩按60%折算") is None
    assert FIGURE.search("合格率为72.5%") is not None
    text = "总成绩按笔试、面试成绩各占50%的比例计算，总成绩和进入考察人员名单将于6月20日在局网站公布。"
    assert "scores_unpublished" not in _ids(text)
    assert "scores_unpublished" in _ids("经初步统计，面试平均分为78.6分，合格率为72.5%，总成绩将于6月20日公布。")


def test_a_rule_that_keeps_a_list_of_people_inside_until_the_event_is_no_passage_kept_back():
    from classifiers.rules._text import rule_until_an_event

    rule = "（三）评委组成人员名单在评选结束前不得对外发布，不在面向社会的文件中列出。"
    assert rule_until_an_event(rule, rule.index("不得对外"))
    listed = "以下评委名单在评选结束前不得对外发布：韩立新、卢慧敏、林涛。"
    assert not rule_until_an_event(listed, listed.index("不得对外")), "the list itself is kept back"
    plan = "调整方案在省里正式公布前不得对外解读。"
    assert not rule_until_an_event(plan, plan.index("不得对外")), "the document's own plan is kept back"
    body = ["关于规范技能大赛评委组建工作的通知", "各区人力资源和社会保障局，局属各单位：",
            "为规范全市职业技能大赛评委组建工作，确保评判公平公正，现就有关事项通知如下。",
            "一、评委从市级技能大赛评委库中随机抽取，每个赛项不少于5人，与参赛选手有利害关系的应当回避。",
            "二、评委抽取由大赛组委会办公室会同纪检监督人员在赛前两天进行，全程记录。",
            rule, "四、大赛结束后，评委名单随比赛成绩一并向社会公布，接受监督。"]
    res = _audit(_HEAD + body + _TAIL)
    assert str(res.decision) == "approve" and not [f for f in res.findings if f.code == "MIXED_CONTENT"], res.findings


def test_an_item_under_a_course_heading_is_a_topic_not_a_plan():
    body = ["关于举办2026年劳动保障监察业务培训班的通知", "各区人力资源和社会保障局：",
            "为提升基层执法人员业务能力，市局定于6月16日至18日举办全市劳动保障监察业务培训班。现将有关事项通知如下。",
            "一、培训对象", "各区劳动保障监察机构执法人员，每区4名。",
            "二、培训内容", "（一）劳动保障监察案件查处程序和文书制作；",
            "（二）暗访、突击检查的组织方式，现场如何表明身份、固定证据，不提前通知的检查如何依法启动；",
            "（三）典型案例评析，选用已经结案的案件复盘。",
            "三、有关要求", "请各区于6月10日前将参训人员名单报市局劳动关系处。联系电话：88123456。"]
    res = _audit(_HEAD + body + _TAIL)
    assert not [f for f in res.findings if f.code == "SECRET_CONTENT"], res.findings


def test_a_table_is_one_window_and_a_cell_may_give_the_part_of_the_day():
    from classifiers.scope.timing import timeline

    row = "核查安排：序号、项目名称、施工单位、核查时间、备注；1、湄川花园三期、湄川建工有限公司、6月9日上午、到场后再告知项目部"
    assert [(e.when.isoformat(), sorted(e.kinds)) for e in timeline(row, WHEN)] == [("2026-06-09", ["inspection"])]
    caption = "本次核查确定以下4个在建项目，具体安排见下表："
    rows = ["序号、项目名称、施工单位、核查时间、备注", "1、湄川花园三期、湄川建工有限公司、6月9日上午、到场后再告知项目部",
            "2、滨江学校、湄川路桥有限公司、6月9日下午、同上", "3、城北安置房、湄川安居建设有限公司、6月10日晚、同上",
            "4、临港仓储中心、湄川港务建设有限公司、6月11日上午、出发前不与项目部联系"]
    view = "大队定于6月上旬对部分在建项目开展专项核查。\n" + caption + "；".join(rows)
    start = view.index(caption)
    hits = find_matters(view, load_kb(), WHEN, start=start)
    assert "inspection_targets" in {h.matter.id for h in hits}, "the caption names the check, the last row's remark the way"


# --- third change: a work secret in a document marked 不予公开 ----------------------------------------------------


_W_TAIL = ["", "湄川市人力资源和社会保障局", "2026年6月2日", "（此件不予公开）", "湄川市人力资源和社会保障局办公室　　2026年6月2日印发"]


def test_a_work_secret_in_a_document_kept_from_the_public_is_not_reported():
    body = ["关于确定2026年度技能人才评价评审组成员的请示", "市人力资源和社会保障局：",
            "我院定于6月18日召开2026年度技能人才评价评审会。经研究，拟由以下人员组成评审组：韩立新（湄川职业技术学院教授）、"
            "卢慧敏（湄川机电集团高级工程师）、林涛（湄川技师学院副院长），评审会前名单不对外公布。", "妥否，请批示。"]
    res = _audit(_HEAD + body + _W_TAIL)
    assert str(res.decision) == "approve" and not [f for f in res.findings if f.code == "SECRET_CONTENT"], res.findings
    # the same content marked for the public is the secret
    public = _audit(_HEAD + body + _TAIL)
    assert "SECRET_CONTENT" in {str(f.code) for f in public.findings}


def test_exam_questions_before_use_are_reported_whatever_the_attribute():
    body = ["关于报送2026年度事业单位招聘面试题本的请示", "市人力资源和社会保障局：",
            "我院定于6月20日组织事业单位公开招聘面试，现将面试试题及评分要点报上，请审定：",
            "第一题：请结合岗位谈谈你对基层服务的理解。评分要点：认识深刻、联系实际，满分20分。",
            "第二题：单位临时安排你牵头一项陌生工作，你如何开展？评分要点：计划周密、协调有力，满分20分。", "妥否，请批示。"]
    res = _audit(_HEAD + body + _W_TAIL)
    assert str(res.decision) == "escalate" and "SECRET_CONTENT" in {str(f.code) for f in res.findings}, res.findings
