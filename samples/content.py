"""Realistic, fictitious 公文 of a municipal 人力资源和社会保障局, as ``GongwenSpec``s.

Wording is written for this project in the register of published 人社 documents (征缴通知, 请示,
征求意见函, 内部管理通知 …); no third-party text is copied. Every archetype states the attribute
《公开属性源头认定制度》第三条 gives it, which the generators use as ground truth.
"""

from __future__ import annotations

from dataclasses import replace

from .fake import Faker
from .spec import GongwenSpec, Table

BUREAU = "中卫市人力资源和社会保障局"
SECTIONS = ("办公室", "就业促进科", "养老保险科", "工伤保险科", "劳动关系科", "职业能力建设科", "人事科", "政策法规科")
COUNTIES = "各县（区）人力资源和社会保障局，市社会保险事业管理中心，市就业创业和人才服务局："

#: How each attribute is written, by style. 《公开属性源头认定制度》第三条 values, regional phrasings.
MARKING_STYLES = {
    "note": {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"},
    "note2": {"主动公开": "（此件主动公开）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不公开）"},
    "record": {"主动公开": "公开方式：主动公开", "依申请公开": "公开方式：依申请公开", "不予公开": "公开方式：不予公开"},
    "record2": {"主动公开": "公开属性：主动公开", "依申请公开": "公开属性：依申请公开", "不予公开": "公开属性：不予公开"},
}


def doc_number(f: Faker, kind: str = "发") -> str:
    return f"卫人社{kind}〔2026〕{f.randint(1, 260)}号"


def mark(spec: GongwenSpec, attribute: str | None, style: str = "note") -> GongwenSpec:
    """The spec with its 公开属性 written in ``style`` (``None`` leaves it unmarked)."""
    if attribute is None:
        return replace(spec, notes=(), record_rows=())
    text = MARKING_STYLES[style][attribute]
    if style.startswith("note"):
        return replace(spec, notes=(text,), record_rows=())
    return replace(spec, notes=(), record_rows=(text,))


def pension_notice(f: Faker) -> GongwenSpec:
    """主动公开: a residents' pension contribution notice (涉及公民切身利益, 第三条（一）)."""
    year = 2027
    body = (
        f"为做好{year}年度城乡居民基本养老保险费征缴工作，切实保障参保群众合法权益，根据《中华人民共和国社会保险法》"
        "和自治区有关规定，现就有关事项通知如下。",
        f"一、征缴时间。{year}年度城乡居民基本养老保险费集中征缴期为{year - 1}年12月1日至{year}年6月30日，"
        "参保人员可在集中征缴期内自主选择缴费档次缴纳。",
        "二、缴费档次。个人缴费标准设为每年200元、300元、500元、700元、1000元、1500元、2000元、3000元、4000元、"
        "5000元十个档次，多缴多得、长缴多得。",
        "三、缴费渠道。参保人员可通过“我的宁夏”政务APP、银行柜台或村（社区）代办员缴费，"
        "各县（区）经办机构要做好缴费信息核对，确保应保尽保。",
        "四、工作要求。各单位要加强政策宣传，主动向参保群众解读缴费政策，不得强制参保人员选择缴费档次。"
        "政策咨询可拨打12333人社服务热线。",
    )
    return GongwenSpec(
        title=f"关于做好{year}年度城乡居民基本养老保险费征缴工作的通知",
        body=body, doc_number=doc_number(f), recipients=COUNTIES,
        cc="自治区人力资源和社会保障厅，市财政局，国家税务总局中卫市税务局",
        expected={"attribute": "主动公开", "doc_type": "通知"},
    )


def training_subsidy_notice(f: Faker) -> GongwenSpec:
    """主动公开: vocational training subsidy rules (办事程序, 第三条（一）)."""
    body = (
        "为进一步落实职业技能提升行动，规范职业培训补贴申领程序，现将有关事项通知如下。",
        "一、补贴对象。在本市登记失业人员、农村转移就业劳动者、毕业年度高校毕业生参加职业技能培训并取得职业资格证书"
        "或职业技能等级证书的，可按规定申请职业培训补贴。",
        "二、申领材料。申请人需提交身份证明、培训合格证书、银行账户信息，经办机构在受理后15个工作日内完成审核。",
        "三、办理地点。各县（区）公共就业服务机构窗口，办公地址及咨询电话在市人社局门户网站公布，监督电话0955-7012333。",
    )
    return GongwenSpec(
        title="关于规范职业培训补贴申领程序的通知", body=body, doc_number=doc_number(f), recipients=COUNTIES,
        cc="市财政局", expected={"attribute": "主动公开", "doc_type": "通知"},
    )


def funding_request(f: Faker) -> GongwenSpec:
    """不予公开: a 请示 to the city government (第三条（一）: 报上级机关的请示)."""
    amount = f.randint(300, 2000)
    body = (
        f"今年以来，我局认真落实就业优先政策，全市城镇新增就业持续稳定。受重点群体就业压力加大影响，"
        f"2026年度就业补助资金缺口约{amount}万元。",
        "为保障稳岗返还、一次性吸纳就业补贴等政策按时兑现，恳请市人民政府从市级预备费中安排专项资金予以补足。",
        "妥否，请批示。",
    )
    return GongwenSpec(
        title="关于申请追加2026年度就业补助资金的请示", body=body, doc_number=doc_number(f, "报"),
        signer=f.name(), recipients="市人民政府：", expected={"attribute": "不予公开", "doc_type": "请示"},
    )


def consultation_letter(f: Faker) -> GongwenSpec:
    """不予公开: a consultation letter to other departments (第三条（一）: 征求意见的公文)."""
    body = (
        "为规范我市人力资源服务机构管理，我局起草了《中卫市人力资源服务机构管理办法（征求意见稿）》，"
        "现送你单位征求意见。",
        "请于2026年12月10日前将书面意见反馈我局人力资源流动管理科，逾期未反馈视为无意见。",
    )
    return GongwenSpec(
        title="关于征求《中卫市人力资源服务机构管理办法（征求意见稿）》意见的函", body=body,
        doc_number=doc_number(f, "函"), recipients="市市场监督管理局，市司法局，市财政局：",
        attachments=("中卫市人力资源服务机构管理办法（征求意见稿）",),
        expected={"attribute": "不予公开", "doc_type": "函"},
    )


def duty_notice(f: Faker) -> GongwenSpec:
    """依申请公开: internal management (第三条（一）: 机关内部管理事务)."""
    body = (
        "为做好元旦期间值班工作，确保各项工作平稳有序，经局党组研究，现将有关事项通知如下。",
        "一、值班时间为2027年1月1日至1月3日，每日8:30至次日8:30，由局机关各科室轮流值班。",
        "二、值班人员须坚守岗位，遇有重要情况及时向带班领导报告，不得迟报、漏报。",
    )
    return GongwenSpec(
        title="关于做好2027年元旦期间值班工作的通知", body=body, doc_number=doc_number(f, "办"),
        issuer="", recipients="局机关各科室、局属各单位：", expected={"attribute": "依申请公开", "doc_type": "通知"},
    )


def subsidy_publicity(f: Faker, masked: bool = True, n: int = 6) -> GongwenSpec:
    """主动公开: a 公示 of subsidy recipients; legal only with masked IDs (第十一条)."""
    rows = [("序号", "姓名", "身份证号", "补贴类型", "金额（元）")]
    for i in range(n):
        idn = f.id_card()
        rows.append((str(i + 1), f.name(), (idn[:6] + "********" + idn[-4:]) if masked else idn, "一次性创业补贴", str(f.choice((3000, 5000, 10000)))))
    body = (
        "根据《中卫市创业扶持资金管理办法》，经个人申请、县（区）初审、市级复核，现将2026年第三批一次性创业补贴"
        "拟发放人员名单予以公示。",
        Table(tuple(rows)),
        "公示期为2026年11月21日至11月27日。如有异议，请在公示期内向市就业创业和人才服务局反映，监督电话0955-7012333。",
    )
    return GongwenSpec(
        title="关于2026年第三批一次性创业补贴拟发放人员名单的公示", body=body, doc_number=None, issuer="",
        recipients=None, expected={"attribute": "主动公开", "doc_type": "公示"},
    )


ARCHETYPES = {
    "pension_notice": pension_notice,
    "training_subsidy_notice": training_subsidy_notice,
    "funding_request": funding_request,
    "consultation_letter": consultation_letter,
    "duty_notice": duty_notice,
    "subsidy_publicity": subsidy_publicity,
}
