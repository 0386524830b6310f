"""More 公文 archetypes for the disclosure-rules evaluation set: every 文种 the rules read.

Fictitious, written for this project in the register of a municipal 人社局's documents. Each
archetype's ``expected`` says what 《公开属性源头认定制度》第三条（一） makes of its nature:
``nature`` (the rule that applies, or None when the regulation does not decide) and ``attribute``
(the attribute that rule calls for). Planting helpers add what the other rules look for: mixed
passages (第三条（三）), unmarked secret content (保密审查第五条（二）), secrecy-awareness wording that
must *not* fire, and forwarded originals (第三条（二）).
"""

from __future__ import annotations

from dataclasses import replace

from .content import COUNTIES, consultation_letter, doc_number, duty_notice, funding_request, pension_notice, training_subsidy_notice
from .fake import Faker
from .spec import GongwenSpec

P, R, W = "主动公开", "依申请公开", "不予公开"
INTERNAL = "局机关各科室、局属各单位："


def _exp(attribute: str | None, doc_type: str, nature: str | None) -> dict:
    return {"attribute": attribute, "doc_type": doc_type, "nature": nature}


def recruitment_announcement(f: Faker) -> GongwenSpec:
    n = f.randint(12, 60)
    body = (
        f"根据《事业单位人事管理条例》和自治区有关规定，经市人民政府同意，市属事业单位2027年面向社会公开招聘工作人员{n}名，"
        "现将有关事项公告如下。",
        "一、招聘条件。具有中华人民共和国国籍，遵守宪法和法律，具有岗位所需的学历、专业和技能条件，年龄在35周岁以下。",
        "二、报名方式。报名采取网上报名方式，报考人员登录市人力资源和社会保障局门户网站报名，每人限报一个岗位。",
        "三、考试安排。笔试时间另行公告，考试科目为《职业能力倾向测验》和《综合应用能力》，笔试成绩在门户网站公示。",
        "四、咨询方式。政策咨询电话0955-7012356，监督电话0955-7012333。",
    )
    return GongwenSpec(title="中卫市2027年市属事业单位公开招聘工作人员公告", body=body, doc_number=None, issuer="",
                       recipients=None, expected=_exp(P, "公告", "public_notice"))


def skills_exam_notice(f: Faker) -> GongwenSpec:
    body = (
        "为做好2027年第一季度职业技能等级认定工作，现将考试有关事项通告如下。",
        "一、认定对象。在本市从事相关职业的劳动者、职业院校学生和高校毕业生均可报名参加。",
        "二、报名时间和地点。2027年1月5日至1月20日，报名人员持身份证件到各县（区）公共就业服务机构办理报名。",
        "三、考试时间。理论知识考试和操作技能考核于2027年3月中旬举行，具体时间地点以准考证为准。",
    )
    return GongwenSpec(title="关于2027年第一季度职业技能等级认定考试的通告", body=body, doc_number=doc_number(f),
                       recipients=None, expected=_exp(P, "通告", "public_notice"))


def employment_opinion(f: Faker) -> GongwenSpec:
    body = (
        "为深入贯彻就业优先战略，进一步稳定和扩大就业，结合我市实际，现就做好2027年稳就业工作提出如下实施意见。",
        "一、加大对用人单位吸纳就业的支持。对吸纳高校毕业生、就业困难人员就业的中小微企业，按规定给予社会保险补贴和一次性吸纳就业补贴。",
        "二、支持劳动者自主创业。符合条件的创业人员可申领一次性创业补贴和创业担保贷款，经办机构要简化申请条件和办理流程。",
        "三、强化技能培训。组织农民工、退役军人等群体参加职业技能培训，培训合格的按规定给予培训补贴。",
        "四、加强资金监管。各经办机构要健全内部控制制度，加强内部管理，确保补贴资金安全。",
    )
    return GongwenSpec(title="关于进一步做好2027年稳就业工作的实施意见", body=body, doc_number=doc_number(f),
                       recipients=COUNTIES, expected=_exp(P, "意见", "public_interest"))


def commendation_decision(f: Faker) -> GongwenSpec:
    names = "、".join(f.name() for _ in range(3))
    body = (
        "2026年，全市各级人社部门和广大就业创业工作者认真落实就业优先政策，帮助高校毕业生、农民工等重点群体实现就业，"
        "为保障和改善民生作出了积极贡献。",
        f"为表彰先进、树立典型，经研究，决定对沙坡头区就业创业和人才服务中心等10个先进集体和{names}等20名先进个人予以表彰。",
        "希望受表彰的集体和个人珍惜荣誉，再接再厉，在服务劳动者和用人单位、促进创业带动就业中再立新功。",
    )
    return GongwenSpec(title="关于表彰2026年度全市就业创业工作先进集体和先进个人的决定", body=body,
                       doc_number=doc_number(f), recipients=COUNTIES, expected=_exp(P, "决定", "public_interest"))


def wage_arrears_bulletin(f: Faker) -> GongwenSpec:
    n = f.randint(8, 30)
    body = (
        f"2026年第三季度，全市人社部门共受理拖欠农民工工资案件{n}件，为劳动者追回工资待遇{f.randint(50, 400)}万元。",
        "一、部分用人单位工资支付制度不健全，未按月足额支付劳动者工资，个别工程项目未落实农民工工资专用账户制度。",
        "二、各县（区）要畅通欠薪投诉渠道，农民工可拨打12333或监督电话反映欠薪问题，人社部门接到投诉后依法及时处理。",
    )
    return GongwenSpec(title="关于2026年第三季度全市拖欠农民工工资案件查处情况的通报", body=body,
                       doc_number=doc_number(f), recipients=COUNTIES, cc="自治区人力资源和社会保障厅，市人民政府办公室",
                       expected=_exp(P, "通报", "public_interest"))


def disclosure_report_notice(f: Faker) -> GongwenSpec:
    """Trap: a notice whose sentences talk about 主动公开 / 依申请公开 / 不予公开 without being markings."""
    body = (
        "根据《中华人民共和国政府信息公开条例》规定，现就做好2026年政府信息公开工作年度报告编制发布工作通知如下。",
        "一、各单位要如实统计本年度主动公开政府信息情况、收到和处理依申请公开情况，对决定不予公开的，要逐件说明理由。",
        "二、年度报告经本单位主要负责同志审定后，于2027年1月20日前报送局办公室，由局办公室汇总后统一发布。",
    )
    return GongwenSpec(title="关于做好2026年政府信息公开工作年度报告编制工作的通知", body=body, doc_number=doc_number(f, "办"),
                       recipients=COUNTIES, expected=_exp(None, "通知", None))


def public_consultation_announcement(f: Faker) -> GongwenSpec:
    """A 公告 asking the public for comments — public (not a 征求意见函 to departments)."""
    body = (
        "为提高规范性文件制定的透明度和公众参与度，现将《中卫市职业技能提升补贴管理办法（征求意见稿）》全文公布，公开征求社会各界意见。",
        "社会公众可于2026年12月20日前通过电子邮件或信函方式提出意见，来信请注明“征求意见”字样。",
    )
    return GongwenSpec(title="关于公开征求《中卫市职业技能提升补贴管理办法（征求意见稿）》意见的公告", body=body,
                       doc_number=None, issuer="", recipients=None, expected=_exp(P, "公告", "public_notice"))


def issuing_notice(f: Faker) -> GongwenSpec:
    """Trap for the forwarding rule: 印发 is issuing one's own document, not forwarding."""
    body = (
        "现将《中卫市就业补助资金管理办法》印发给你们，请结合实际认真贯彻执行。",
        "办法明确了职业培训补贴、社会保险补贴、一次性创业补贴的申请条件和办理流程，各经办机构要做好政策宣传，方便参保群众和用人单位办事。",
    )
    return GongwenSpec(title="关于印发《中卫市就业补助资金管理办法》的通知", body=body, doc_number=doc_number(f),
                       recipients=COUNTIES, expected=_exp(P, "通知", "public_interest"))


def work_report(f: Faker, to: str = "市人民政府：") -> GongwenSpec:
    body = (
        f"2026年，我局紧紧围绕市委、市政府决策部署，全市城镇新增就业{f.randint(8000, 12000)}人，城镇调查失业率控制在5.5%以内。",
        "一、主要工作。落实稳岗返还资金，开展职业技能培训，推进全民参保计划，基本养老保险参保率稳定在95%以上。",
        "二、存在的问题。就业结构性矛盾仍较突出，基层经办力量不足，部分政策宣传覆盖面不够。",
        "三、下一步打算。继续实施就业优先政策，强化基金监管，提升经办服务水平。",
        "特此报告。",
    )
    return GongwenSpec(title="关于2026年度人力资源和社会保障工作情况的报告", body=body, doc_number=doc_number(f, "报"),
                       recipients=to, expected=_exp(W, "报告", "report"))


def request_to_department(f: Faker) -> GongwenSpec:
    body = (
        "我市沙坡头区、中宁县零工市场建设已完成场地改造，拟于2027年一季度投入运营，但运营经费尚未落实。",
        f"为保障零工市场正常运营，恳请自治区人力资源和社会保障厅从就业补助资金中给予{f.randint(50, 200)}万元补助。",
        "妥否，请批示。",
    )
    return GongwenSpec(title="关于申请零工市场建设补助资金的请示", body=body, doc_number=doc_number(f, "报"),
                       signer=f.name(), recipients="自治区人力资源和社会保障厅：", expected=_exp(W, "请示", "request"))


def reply_letter(f: Faker) -> GongwenSpec:
    body = (
        "你委《关于征求〈中卫市“十五五”就业促进规划（征求意见稿）〉意见的函》收悉。经研究，现将我局意见函复如下。",
        "一、建议在第三部分增加零工市场建设和灵活就业人员权益保障的内容。",
        "二、建议将城镇新增就业目标与全市人口变化趋势相衔接。",
    )
    return GongwenSpec(title="关于对《中卫市“十五五”就业促进规划（征求意见稿）》意见的复函", body=body,
                       doc_number=doc_number(f, "函"), recipients="市发展和改革委员会：", expected=_exp(W, "复函", "reply"))


def study_notice(f: Faker) -> GongwenSpec:
    body = (
        "为深入学习贯彻党的创新理论，经局党组研究，定于2026年12月开展局党组理论学习中心组集体学习。",
        "一、学习时间为2026年12月8日下午3时，地点在局三楼会议室。",
        "二、各科室负责同志按时参加，因故不能参加的须向局办公室请假。",
    )
    return GongwenSpec(title="关于开展2026年12月局党组理论学习中心组集体学习的通知", body=body,
                       doc_number=doc_number(f, "办"), issuer="", recipients=INTERNAL, expected=_exp(R, "通知", "internal"))


def meeting_minutes(f: Faker) -> GongwenSpec:
    body = (
        f"2026年11月{f.randint(3, 25)}日，局长主持召开局长办公会议，研究2027年度部门预算编制和机关内部管理有关事项。",
        "一、会议原则同意办公室提出的2027年度部门预算编制方案，由办公室按程序报市财政局。",
        "二、会议要求各科室加强公文办理时限管理，按时办结督办事项。",
    )
    return GongwenSpec(title="2026年第十二次局长办公会议纪要", body=body, doc_number=f"卫人社纪〔2026〕{f.randint(1, 20)}号",
                       issuer="", recipients=None, signature="中卫市人力资源和社会保障局办公室", expected=_exp(R, "纪要", "internal"))


def approval_reply(f: Faker) -> GongwenSpec:
    body = (
        "你局《关于设立沙坡头区零工市场的请示》收悉。经研究，同意在沙坡头区设立零工市场。",
        "请你局按照有关规定做好场地建设和运营管理，及时发布用工信息。",
    )
    return GongwenSpec(title="关于同意设立沙坡头区零工市场的批复", body=body, doc_number=doc_number(f, "复"),
                       recipients="沙坡头区人力资源和社会保障局：", expected=_exp(None, "批复", None))


def assistance_letter(f: Faker) -> GongwenSpec:
    body = (
        "为做好社会保险待遇资格认证工作，需核对部分退休人员的户籍迁移信息，现商请你局协助核查。",
        "核查名单另行提供，请于2026年12月15日前反馈核查结果。",
    )
    return GongwenSpec(title="关于商请协助核查退休人员户籍信息的函", body=body, doc_number=doc_number(f, "函"),
                       recipients="市公安局：", expected=_exp(None, "函", None))


def secrecy_awareness_notice(f: Faker) -> GongwenSpec:
    """A notice *about* secrecy rules: it states rules, it is not itself secret (trap)."""
    body = (
        "为增强干部职工保密意识，根据《中华人民共和国保守国家秘密法》和上级保密工作要求，现就开展保密宣传教育月活动通知如下。",
        "一、各单位要组织学习保密法律法规，严格执行保密制度，涉密文件一律不得外传，严禁在互联网计算机上处理涉密信息。",
        "二、加强内部资料管理，严禁将工作秘密、内部资料通过微信、QQ等传递，切实做好保密工作。",
        "三、各单位要对计算机弱口令、未修复漏洞等问题开展自查，严格落实保密管理责任。",
    )
    return GongwenSpec(title="关于开展2026年保密宣传教育月活动的通知", body=body, doc_number=doc_number(f),
                       recipients=COUNTIES, expected=_exp(None, "通知", None))


def forward_notice(f: Faker, source: str) -> GongwenSpec:
    """A 转发 notice; ``source`` is the superior body whose document it forwards."""
    topics = {
        "自治区人力资源和社会保障厅": ("宁人社发", "关于做好2027年失业保险稳岗返还工作的通知"),
        "人力资源社会保障部": ("人社部发", "关于进一步加强劳务派遣用工管理的通知"),
        "市人民政府": ("卫政发", "关于印发中卫市促进高校毕业生就业若干措施的通知"),
    }
    prefix, otitle = topics[source]
    orig = f"{source}{otitle}"
    num = f"{prefix}〔2026〕{f.randint(5, 120)}号"
    body = (
        f"现将《{orig}》（{num}）转发给你们，请结合实际认真贯彻落实。",
        "各单位要加强组织领导，明确工作责任，确保各项措施落到实处。工作中遇到的问题请及时报告我局。",
    )
    return GongwenSpec(title=f"关于转发《{orig}》的通知", body=body, doc_number=doc_number(f), recipients=COUNTIES,
                       expected={"attribute": None, "doc_type": "通知", "nature": None, "forwarded": orig})


#: Archetype name → factory. ``nature`` in each spec's expected says which rule applies.
RULE_ARCHETYPES = {
    "pension_notice": lambda f: replace(pension_notice(f), expected=_exp(P, "通知", "public_interest")),
    "training_subsidy_notice": lambda f: replace(training_subsidy_notice(f), expected=_exp(P, "通知", "public_interest")),
    "recruitment_announcement": recruitment_announcement,
    "skills_exam_notice": skills_exam_notice,
    "employment_opinion": employment_opinion,
    "commendation_decision": commendation_decision,
    "wage_arrears_bulletin": wage_arrears_bulletin,
    "funding_request": lambda f: replace(funding_request(f), expected=_exp(W, "请示", "request")),
    "request_to_department": request_to_department,
    "work_report": work_report,
    "work_report_region": lambda f: work_report(f, "自治区人力资源和社会保障厅："),
    "work_report_ministry": lambda f: work_report(f, "人社部："),
    "work_report_city": lambda f: work_report(f, "中卫市人民政府："),
    "disclosure_report_notice": disclosure_report_notice,
    "public_consultation_announcement": public_consultation_announcement,
    "issuing_notice": issuing_notice,
    "consultation_letter": lambda f: replace(consultation_letter(f), expected=_exp(W, "函", "consultation")),
    "reply_letter": reply_letter,
    "duty_notice": lambda f: replace(duty_notice(f), expected=_exp(R, "通知", "internal")),
    "study_notice": study_notice,
    "meeting_minutes": meeting_minutes,
    "approval_reply": approval_reply,
    "assistance_letter": assistance_letter,
    "secrecy_awareness_notice": secrecy_awareness_notice,
}

#: Passages that label themselves non-public (第三条（三）), by kind.
MIXED_PASSAGES = {
    "internal": ("（此段内部掌握，不得外传）各县（区）资金缺口情况：沙坡头区约120万元，中宁县约80万元。",
                 "以下内容仅供内部参考：部分县（区）经办机构存在基金管理风险，需重点督导。"),
    "process": ("（讨论稿，尚未定稿）关于缴费档次调整的方案，待局党组研究后另行通知。",),
    "secret": ("本段属工作秘密：2027年专项督查拟重点抽查的县（区）和单位另行通知。",),
    "private": ("本表涉及个人隐私，请勿对外公布。",),
}

#: Unmarked content that looks like a state or work secret (保密审查第五条（二）), by category.
SECRET_PASSAGES = {
    "exam": "附件所列2026年下半年事业单位公开招聘笔试试题及参考答案，请命题组于考试前妥善保管。",
    "inspection": "拟暗访单位名单：市区建筑工地3处、餐饮企业5家，检查前不得透露。",
    "security": "经检测，社保经办系统存在弱口令和3个高危漏洞，服务器IP地址及管理员账号见附表，请于一周内整改。",
    "personnel": "经局党组研究，拟任人选为就业促进科副科长一名，请人事科做好考察准备。",
}
