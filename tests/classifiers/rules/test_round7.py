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


def _doc_of(lines: list[str]) -> Document:
    """A 公文 of one paragraph a line, zoned."""
    zoned, fields = assign_zones(tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)))
    return Document("t.docx", "0" * 64, "docx", zoned, fields)


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
    return _doc_of(lines)


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


# -- commercial secrets the passage model alone had raised (escalate), now read by the rule (return) -----------------

def test_a_name_whose_trade_name_holds_a_conjunction_is_still_a_name():
    from classifiers.detectors._commercial import orgs

    assert [o.name for o in orgs("东郊区永和诊所护士排班表")] == ["东郊区永和诊所"]
    assert [o.name for o in orgs("委托甲方公司和乙方公司")] == ["甲方公司", "乙方公司"]
    assert [o.name for o in orgs("通过其集团统一采购")] == [], "a boundary word then the suffix names no one"


def test_a_penalised_party_a_recipe_and_a_hospitals_purchase_prices_are_commercial():
    from classifiers.detectors._commercial import classify

    party = classify("经调取当事人账目，当事人月均营业额约21万元，月均净利约3.4万元。", ("城北区老马面馆",))
    assert party is not None and party.owner == "城北区老马面馆"
    recipe = classify("西岭镇阿香腊味坊（个体工商户）在高温车间腌制腊肉，腌料配比为盐4%、白糖3%、花椒0.5%，"
                      "熏制温度控制在65℃左右，熏烤18小时。", ())
    assert recipe is not None and recipe.kind == "工艺参数", "a 高温 workshop is no weather report"
    hospital = classify("北塘区康和医院提供的材料显示，其造影剂采购价为每支126元，比挂网价低约9%。", ())
    assert hospital is not None and hospital.kind == "价格"


def test_a_partner_list_with_rates_and_a_declared_technical_secret_are_commercial():
    from classifiers.detectors._commercial import classify

    partners = classify("其合作企业及年度协议价为：江川重工股份有限公司每人每年3,600元、江川港务集团每人每年4,100元。", ())
    assert partners is not None and partners.kind == "客户名单及交易额"
    declared = classify("青禾数据科技有限公司提交的材料注明，上述模型参数属本企业技术秘密。", ())
    assert declared is not None and declared.kind == "保密声明"


# -- internal passages said in other ways ------------------------------------------------------------------------------

def _mixed(gongwen, run, *body):
    doc = gongwen("关于开展春季用工服务活动的通知", list(body), notes=["（此件主动公开）"])
    return [f.subtype for f in run(MixedContentRule, doc)[0] if f.code == "MIXED_CONTENT"]


def test_an_aside_to_be_deleted_before_publishing_or_for_someones_eyes_only_labels_its_passage(gongwen, run):
    assert _mixed(gongwen, run, "一、活动时间为3月1日至31日。",
                  "二、说明（供科室负责人掌握，挂网前删去）：东区两家企业去年未兑现岗位，本次暂不邀请。")
    assert _mixed(gongwen, run, "一、活动时间为3月1日至31日。", "附件2：各街道任务分解表（局内掌握）")
    assert not _mixed(gongwen, run, "一、活动时间为3月1日至31日。", "二、各街道（镇）要做好宣传发动，掌握辖区企业用工需求。")


def test_what_the_bodies_concerned_are_not_to_be_told_is_internal(gongwen, run):
    assert _mixed(gongwen, run, "一、活动时间为3月1日至31日。", "二、请各街道掌握，不向企业传达：对缺工严重的企业将优先安排专场。")
    assert _mixed(gongwen, run, "一、活动时间为3月1日至31日。", "二、各所可借走访之机了解企业欠薪情况，不要向企业说明来由。")
    assert not _mixed(gongwen, run, "一、活动时间为3月1日至31日。", "二、请各所向企业说明活动安排，做好政策解读。")


def test_a_handler_note_heading_its_sentence_is_internal_though_it_says_always():
    text = "补贴资金按季度拨付。内部掌握：对申领量异常的县区先拨六成，来电询问一律答复“正在审核”。"
    assert "handler_note" in _ids(text, date(2026, 3, 2))
    assert "handler_note" not in _ids("补贴资金按季度拨付，由经办机构内部掌握进度。", date(2026, 3, 2))


# -- clean documents that were flagged -------------------------------------------------------------------------------

def test_a_custody_rule_for_the_papers_and_a_refusal_to_publish_them_are_no_exam_content():
    when = date(2026, 4, 1)
    exam = "本次考试定于2026年4月18日举行。\n"
    for rule in ("一、试卷交接。开考前，考务人员凭交接单双人清点试卷。",
                 "试卷运送由两名工作人员押运；开考前试卷袋一律不得拆封。",
                 "本次面试试题及评分标准不对外公布。"):
        assert "exam_questions" not in _ids(exam + rule, when), rule
    assert "exam_questions" in _ids(exam + "开考前请各考点将本次面试试题发至各考官邮箱预习。", when)


def test_a_document_giving_its_own_publicity_period_publishes_its_figures():
    when = date(2026, 10, 24)
    text = ("评审委员会于10月22日召开评审会议，共有351人通过评审，通过率72.2%。\n"
            "一、公示时间：2026年10月27日至10月31日。")
    assert "scores_unpublished" not in _ids(text, when)
    ahead = "经统计，本次考试通过率为61.5%，成绩定于2026年10月30日统一发布。"
    assert "scores_unpublished" in _ids(ahead, when)


# -- round seven's tuning pair AC and AD (an employers' bureau; an office collecting the sections' papers) ------------

def test_a_request_proposes_its_plan_so_the_plan_is_no_leak_but_the_marking_is_judged(run):
    lines = ["江临市人力资源和社会保障局文件", "江人社请〔2026〕3号", "关于提高工伤职工生活护理费标准的请示", "江临市人民政府：",
             "经测算，建议自2027年1月1日起将生活护理费由每月1800元提高至2100元，年增支出约260万元。", "妥否，请批示。",
             "江临市人力资源和社会保障局", "2026年11月2日", "（此件主动公开）"]
    doc = _doc_of(lines)
    assert [f for f in run(SecretContentRule, doc)[0] if f.subtype == "adjustment"] == []
    assert ("LABEL_MISMATCH", "request") in [(f.code, f.subtype) for f in run(NatureRule, doc)[0]]


def test_silence_towards_the_inspected_with_the_addressee_between_the_words():
    text = "检查组当天确定进驻顺序，不得以任何方式向被检查机构或其主管协会提前告知检查日期和名单。"
    assert "inspection_targets" in _ids(text, date(2026, 6, 1))


def test_the_figures_of_a_plan_make_its_sentence_no_rule_though_it_says_always():
    text = ("会议研究，拟将事业单位奖励性绩效工资人均水平由每年25000元提高到28000元，方案须待市政府常务会议审定后下达，"
            "会前各单位一律不向职工透露具体数额。")
    assert "adjustment_plan" in _ids(text, date(2026, 10, 16))


def test_how_strictly_handlers_apply_a_rule_kept_out_of_the_guide_is_internal():
    text = "审核环节的内部把握尺度，各经办人员掌握以下几点，不写入对外的办事指南：到课率低于80%的不予补贴。"
    assert "internal_handling" in _ids(text, date(2026, 4, 2))


def test_papers_delivered_on_a_later_day_at_an_hour_by_a_road_are_logistics_before_the_exam():
    text = ("全省统一考试将于9月在我市设点举行。\n"
            "一、试卷接收。试卷由省考试院统一押运，预计于9月17日14时前后送抵市考试中心，沿滨河大道、学府路行驶，到达后存放于三楼保密室。")
    assert "exam_logistics" in _ids(text, date(2026, 9, 3))
    rule = "全省统一考试将于9月在我市设点举行。\n试卷保管实行双人双锁、24小时值守，开考前任何人不得拆封。"
    assert "exam_logistics" not in _ids(rule, date(2026, 9, 3))


def test_a_rebate_to_agents_on_a_public_fee_is_commercial_but_the_fee_schedule_is_not():
    from classifiers.detectors._commercial import classify

    school = ("江临市远航职业技能培训学校",)
    rebate = classify("你校拟与3家劳务中介合作招生，按每名学员学费的20%向中介返费。", school)
    assert rebate is not None and rebate.kind == "价格"
    assert classify("你校收费标准为每人每期学费1800元，须在校内明码标价。", school) is None


def test_no_further_notice_to_the_inspected_with_their_list_attached_is_a_secret_but_points_to_come_are_not():
    when = date(2026, 9, 20)
    listed = "省级抽查的对象和进点时间已经确定（见附件2），届时不再另行通知被检查单位，检查组将直接调取账户流水。"
    assert "inspection_targets" in _ids(listed, when)
    later = "县级抽查采取“四不两直”方式，随机抽取村和岗位人员，具体时间和点位不另行通知。"
    assert not _ids(later, when) & {"inspection_targets", "inspection_list"}


def test_workers_who_complained_named_with_their_fear_of_reprisal_are_informants():
    text = ("你公司包装车间职工韦建明、包晓燕二人来电，反映加班工资少发。"
            "韦建明同志在来访时表示，另有几名同事因担心被调岗未一同前来。")
    assert "informant_identity" in _ids(text, date(2026, 8, 20))
    assert person_any("举报人：石国梁（该公司仓库保管员兼司机）")


# -- round seven's second tuning pair AE and AF (a social-insurance agency; an arbitration court and inspectorate) ---

def _nature_codes(run, title, body, note):
    lines = ["江临市人力资源和社会保障局文件", "江人社规〔2026〕3号", title, *body, "江临市人力资源和社会保障局", "2026年4月2日", note]
    return [(f.code, f.severity.value) for f in run(NatureRule, _doc_of(lines))[0]]


def test_a_document_that_publishes_itself_and_a_normative_text_itself_are_public(run):
    body = ["根据有关办法，现将我市2026年第一批重大劳动保障违法行为向社会公布。", "一、某某劳务有限公司拖欠32名劳动者工资31.7万元。"]
    assert ("LABEL_MISMATCH", "high") in _nature_codes(run, "江临市2026年第一批重大劳动保障违法行为社会公布", body, "公开方式：依申请公开")
    rules = ["第一条　为规范调解组织管理，制定本办法。", "第二条　本办法适用于本市各级调解组织。"]
    assert ("LABEL_MISMATCH", "high") in _nature_codes(run, "江临市劳动人事争议调解组织管理办法", rules, "（此件依申请公开）")


def test_no_notice_sent_before_entering_named_units_is_an_unannounced_inspection():
    text = ("一季度对以下参保单位开展实地核查：江临宏拓建材有限公司、江临聚福物业服务有限公司。"
            "核查一律随机进场，进场前不发核查通知书，到达现场后当面送达。")
    assert "inspection_targets" in _ids(text, date(2026, 1, 22))


def test_an_evaluation_panel_named_before_the_evaluation_is_a_panel_before_its_review():
    text = ("三、方法步骤。7月7日至7月25日实地评估，8月上旬公布评估结果。\n"
            "评估专家组成员：组长邵某某（某政法学院教授），成员龙某、覃某某。")
    assert "review_panel" in _ids(text, date(2026, 6, 10))
    assert "review_panel" not in _ids(text, date(2026, 8, 20)), "after the results"


def test_the_line_held_towards_the_press_and_a_handlers_yardstick_heading_are_internal(gongwen, run):
    assert _mixed(gongwen, run, "一、专用账户开户率实为68%，对外新闻发布中统一表述为“七成左右”。")
    assert not _mixed(gongwen, run, "一、专用账户开户率为68%，已在新闻发布会上向社会公布。")
    assert "handler_note" in _ids("九、注意事项：\n2.窗口审查尺度：对超过时效的申请先口头劝其撤回，一般不出具书面通知。", date(2026, 3, 2))


def test_a_complaint_against_a_member_is_no_informant_by_the_word_party_far_after_it():
    text = "王某某律师有两件案件被当事人投诉开庭迟到、庭后与一方代理人单独接触，经院务会研究暂停排案半年。"
    assert "informant_identity" not in _ids(text, date(2026, 3, 2))
