"""Readings added after sets Y and Z (round 7: a new district's drafts and a rural county's short practical papers),
in fresh wording: a skill-level assessment is an exam, an answer key is exam content, a 上述 sentence under a heading
points past the heading, a start date proposed for a benefit rise, a superior's consultation draft is not public but a
public consultation is, a 督导's route kept from those it visits, a person afraid of being known as the source, a
list read off a tab-separated table, the issuer's own government as its superior, a measure kept from the bodies it
aims at, and a list of names still being checked."""

from __future__ import annotations

from datetime import date

from classifiers.rules.mixed_content import MixedContentRule
from classifiers.rules.nature import NatureRule
from classifiers.rules.secret_content import SecretContentRule
from classifiers.scope import find_matters, load_kb
from classifiers.scope.evidence import exam_form, listed_people, person_any
from classifiers.scope.timing import timeline
from extractors.model import Block, BlockKind, Document, Position
from extractors.zones import assign_zones


def _ids(text: str, when: date) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when)}


def test_a_skill_level_assessment_is_an_exam_and_its_answer_key_is_exam_content():
    when = date(2026, 9, 1)
    events = timeline("本局定于2026年9月20日在市技师学院组织第三期育婴员职业技能等级认定。", when)
    assert [sorted(e.kinds) for e in events] == [["exam"]]
    assert exam_form("理论部分共40题，答案依次为：C、A、D、B、B、C，其余见附表。")
    assert exam_form("第1至15题为单项选择题，每题2分。")
    assert exam_form("答案为：A、B。") is None, "two letters are no answer key"
    text = ("本局定于2026年9月20日在市技师学院组织第三期育婴员职业技能等级认定。\n"
            "理论部分采用闭卷形式，第1至15题为单项选择题，参考答案依次为：C、A、D、B、B、C、A、D。")
    assert _ids(text, when) & {"exam_questions", "exam_content_form"}
    assert not _ids(text, date(2026, 9, 25)) & {"exam_questions", "exam_content_form"}, "after the assessment"


def test_a_figures_sentence_under_a_heading_points_past_the_heading():
    text = ("经反复测算，本区拟将高龄津贴由每人每月50元提高到80元，年增支出约310万元。\n三、后续安排\n"
            "上述方案须待区政府常务会议研究后再行公布，请区社保中心先行准备。")
    assert "adjustment_plan" in _ids(text, date(2026, 4, 2))


def test_a_proposed_start_date_makes_a_benefit_rise_a_plan():
    text = "经与区财政局协商，拟自2027年1月1日起将城乡居民基础养老金区级补贴由每人每月15元提高至30元。"
    assert "adjustment_plan" in _ids(text, date(2026, 11, 3))
    done = "经区政府同意，自2026年7月1日起将城乡居民基础养老金区级补贴由每人每月15元提高至30元。"
    assert "adjustment_plan" not in _ids(done, date(2026, 11, 3))


def test_a_superiors_consultation_draft_is_no_publication_but_a_public_consultation_is(gongwen, run):
    draft = ("市局近日就全市最低工资标准调整印发征求意见稿，我区拟由第二档调整为第一档，月标准拟由2100元提高到2280元，"
             "预计明年起执行。")
    assert "adjustment_plan" in _ids(draft, date(2026, 8, 12))
    public = gongwen("关于公开征求《临河区公益性岗位补贴管理办法（征求意见稿）》意见的公告",
                     ["现将征求意见稿向社会公开征求意见，时间为30日。",
                      "办法拟将公益性岗位补贴标准定为每人每月900元，具体以正式印发文件为准。"],
                     recipients=None, notes=["（此件主动公开）"])
    assert [f for f in run(SecretContentRule, public)[0] if f.subtype == "adjustment"] == []


def test_an_inspection_route_kept_from_those_visited_is_a_secret_but_a_method_with_points_to_come_is_not():
    when = date(2026, 6, 2)
    plan = ("督导组到达前不与镇村联系，直接进入车间查看。\n督导行程由带队领导掌握，随行人员不得向镇村透露行程。")
    assert "inspection_list" in _ids(plan, when)
    method = "下半年将采取“四不两直”方式抽查，具体时间和点位另行通知。"
    assert "inspection_list" not in _ids(method, when)


def test_a_person_afraid_of_being_known_as_the_source_is_an_informant():
    text = "余春林本人仍在该厂上班，来电时一再表示害怕被车间主任知道是他反映的情况。"
    assert person_any(text)
    assert "informant_identity" in _ids(text, date(2026, 3, 9))
    assert person_any("申请人本人须携带身份证到场办理。") is None, "a role before 本人 is no name"


def test_a_tab_separated_table_with_a_name_column_is_a_list_of_people():
    assert listed_people("序号\t姓名\t单位\n1\t卢文博\t市工艺美术研究所\n")
    assert listed_people("序号 | 姓名 | 单位\n")
    assert listed_people("序号\t姓名拼音\t单位\n") is None


def _report(issuer: str, recipient: str):
    lines = [f"{issuer}文件", "临人社报〔2026〕7号", "关于上半年就业工作情况的报告", recipient,
             "现将本区上半年就业工作情况报告如下。", "一、主要成效。新增就业2300人，城镇登记失业率控制在目标以内。", "特此报告。",
             issuer, "2026年7月6日", "（此件主动公开）"]
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
    zoned, fields = assign_zones(blocks)
    return Document("t.docx", "0" * 64, "docx", zoned, fields)


def test_the_issuers_own_government_or_parent_body_is_its_superior(run):
    for recipient, issuer in (("临河区人民政府：", "临河区人力资源和社会保障局"),
                              ("青岚高新区管理委员会：", "青岚高新区管理委员会人力资源和社会保障局")):
        codes = [(f.code, f.subtype) for f in run(NatureRule, _report(issuer, recipient))[0]]
        assert ("LABEL_MISMATCH", "report") in codes, (recipient, codes)
    codes = [(f.code, f.subtype) for f in run(NatureRule, _report("临河区人力资源和社会保障局", "临河区工商业联合会："))[0]]
    assert ("LABEL_MISMATCH", "report") not in codes


def test_a_measure_kept_from_the_bodies_it_aims_at_is_internal(gongwen, run):
    doc = gongwen("关于加强职业培训机构监管的通知",
                  ["一、各机构应于7月底前报送培训台账。",
                   "二、对台账不实的机构，区局将暂停其补贴申领资格，这一措施暂不向有关机构说明，以便掌握真实情况。"],
                  notes=["（此件主动公开）"])
    assert [f.subtype for f in run(MixedContentRule, doc)[0] if f.code == "MIXED_CONTENT"]


def test_names_still_being_checked_are_internal_but_a_publicity_of_a_decision_is_not():
    when = date(2026, 8, 20)
    pending = "另附拟纳入下一批失信名单的单位3家，目前仍在核查，尚未作出决定。"
    assert "pending_list" in _ids(pending, when)
    notice = "经调查核实，拟将以下单位列入失信名单，现予公示，公示期为10个工作日。"
    assert "pending_list" not in _ids(notice, when)
