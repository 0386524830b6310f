"""Published documents in the styles real 人社 pages use: masked 公示 lists, office contacts, internal
recipients at every level (issue 18).

Every text here is written for the project (no page's wording is copied); every number comes from
the seeded ``Faker`` with valid check digits, so the digits a mask leaves visible are the real
tail or head of a well-formed number. Each generator returns a ``GongwenSpec`` whose ``expected``
says what a reviewer expects: ``personal`` (the subtypes that must be reported) and ``decision``.

* ``masked_list(style)`` — a 公示/名单 (职称评审通过人员, 见习补贴, 一次性吸纳就业补贴, 拟聘用人员)
  whose ID numbers, bank cards and phones are masked in one of ``MASK_STYLES``; names masked as
  张*敏 / 李某某 / 王×. Approved with no personal data.
* ``office_contact(form)`` — a notice ending in the office's contact printed under one of
  ``OFFICE_FORMS`` (咨询电话, 网络技术服务电话 with mobiles, 办公室电话, a centre's 电子邮箱 …).
  Approved with no personal data, even where the number is a mobile.
* ``person_contact(form)`` — the same notice with a person's contact (联系人 + mobile, 本人手机,
  申请人电话, 家庭电话 …): returned with PERSONAL_DATA.
* ``internal_recipients(level)`` — a 主动公开 policy notice addressed to the issuing body's own
  offices and units at one of ``LEVELS`` (厅/局/委/办/院/中心/部 …).
"""

from __future__ import annotations

from .fake import Faker
from .spec import GongwenSpec, Table

ORGAN = "澄川市人力资源和社会保障局"
_PUBLIC = "（此件公开发布）"


def _id_styles(i: str) -> dict[str, str]:
    return {
        "id_stars_8": i[:6] + "*" * 8 + i[-4:],
        "id_stars_10": i[:4] + "*" * 10 + i[-4:],
        "id_stars_11": i[:3] + "*" * 11 + i[-4:],
        "id_short_run": i[:3] + "****" + i[-4:],  # fewer stars than hidden digits
        "id_last4_only": "*" * 14 + i[-4:],
        "id_first6_only": i[:6] + "*" * 12,
        "id_first1_last1": i[0] + "*" * 16 + i[-1],
        "id_times": i[:6] + "×" * 8 + i[-4:],
        "id_x_lower": i[:6] + "x" * 8 + i[-4:],
        "id_x_upper": i[:6] + "X" * 8 + i[-4:],
        "id_fullwidth": i[:6] + "＊" * 8 + i[-4:],
        "id_dots": i[:6] + "●" * 8 + i[-4:],
        "id_spaced": f"{i[:6]} ******** {i[-4:]}",
        "id_spaced_groups": f"{i[:3]} *** ******** {i[-4:]}",
    }


def _card_styles(c: str) -> dict[str, str]:
    return {
        "card_spaced": f"{c[:4]} **** **** {c[-4:]}",
        "card_run": c[:6] + "*" * (len(c) - 10) + c[-4:],
        "card_tail_only": f"**** **** **** {c[-4:]}",
        "card_x": f"{c[:4]} xxxx xxxx {c[-4:]}",
    }


def _phone_styles(m: str) -> dict[str, str]:
    return {
        "phone_stars": m[:3] + "****" + m[-4:],
        "phone_spaced": f"{m[:3]} **** {m[-4:]}",
        "phone_dashed": f"{m[:3]}-****-{m[-4:]}",
        "phone_times": m[:3] + "××××" + m[-4:],
        "phone_dots": m[:3] + "●●●●" + m[-4:],
    }


#: Every masking style the generators write, by the identifier it masks.
MASK_STYLES: tuple[str, ...] = (*_id_styles("1" * 18), *_card_styles("1" * 19), *_phone_styles("1" * 11))

_NAME_MASKS = (lambda n: n[0] + "*" + n[2:] if len(n) == 3 else n[0] + "*",
               lambda n: n[0] + "某" * (len(n) - 1),
               lambda n: n[0] + "×" * (len(n) - 1))

_LISTS = (
    ("关于2026年度专业技术人员职称评审通过人员名单的公示", "经评审委员会评审，下列人员通过{x}评审，现予公示。", "通过人员名单"),
    ("关于2026年第三季度就业见习补贴拟发放人员的公示", "经单位申报、审核，下列见习人员符合补贴条件，拟发放{x}见习补贴。", "拟发放人员名单"),
    ("关于一次性吸纳就业补贴拟享受人员名单的公示", "经审核，下列人员所在单位符合{x}一次性吸纳就业补贴条件。", "拟享受人员名单"),
    ("关于2026年市属事业单位拟聘用人员的公示", "经考试、考察和体检，拟聘用下列人员，{x}公示期满无异议后办理聘用手续。", "拟聘用人员名单"),
)


def masked_list(style: str, seed: int = 18, rows: int = 4, running_text: bool = False) -> GongwenSpec:
    """A 公示 whose identifiers are all masked in ``style`` (one of ``MASK_STYLES``): a table, or with
    ``running_text`` one sentence per person (``张*敏（身份证号：640106********1234）``)."""
    if style not in MASK_STYLES:
        raise ValueError(f"unknown masking style {style!r}")
    f = Faker(seed)
    title, lead, caption = _LISTS[seed % len(_LISTS)]
    kind = style.split("_")[0]
    column = {"id": "身份证号码", "card": "银行卡号", "phone": "联系电话"}[kind]
    people = []
    for k in range(rows):
        name = _NAME_MASKS[(seed + k) % 3](f.name())
        value = {"id": lambda: _id_styles(f.id_card()), "card": lambda: _card_styles(f.bank_card(19)),
                 "phone": lambda: _phone_styles(f.mobile())}[kind]()[style]
        people.append((str(k + 1), name, value))
    if running_text:
        body: tuple = (lead.format(x="2026年度"),
                       *(f"{n}（{column}：{v}）列入{caption}。" for _, n, v in people))
    else:
        body = (lead.format(x="2026年度"), Table((("序号", "姓名", column), *people)))
    body += ("公示期为5个工作日。对公示对象有异议的，请以书面形式向澄川市人力资源和社会保障局反映。",)
    return GongwenSpec(title=title, body=body, issuer=ORGAN, signature=ORGAN, notes=(_PUBLIC,),
                       expected={"decision": "approve", "personal": (), "style": style})


def _office_forms(f: Faker) -> dict[str, str]:
    m1, m2, m3 = f.mobile(), f.mobile(), f.mobile()
    return {
        "consult_phone": f"政策咨询电话：{m1}（工作日上午9:00至下午5:00）。",
        "supervision_phone": f"监督电话：0955-70{f.randint(10000, 99999)}，{m1}。",
        "tech_service_phones": f"网络技术服务电话：0955-70{f.randint(10000, 99999)}、{m1}、{m2}（澄川市人事考试中心）",
        "office_phone": f"澄川市人力资源和社会保障局办公室电话：0955-70{f.randint(10000, 99999)}。",
        "section_contact_phone": f"失业保险科联系电话：{m1}。",
        "centre_report_phone": f"公示期内如有异议，请向澄川市劳动就业服务中心反映，联系电话：{m1}。",
        "centre_email": f"澄川市人事考试中心电子邮箱：cckszx{f.randint(10, 99)}@163.com。",
        "bureau_email": f"报名材料请发送至市就业创业和人才服务局电子邮箱：ccjyfw{f.randint(10, 99)}@126.com。",
        "office_mailbox": f"电子信箱：ccrsj{f.randint(10, 99)}@163.com。",
        "hotline": f"服务热线：{m1}，12333。",
        "fax": f"传真：0955-70{f.randint(10000, 99999)}。",
        "owner_after": f"报名系统咨询：{m3}（澄川市人才交流服务中心）。",
        "bare_landline": f"联系电话：0955-70{f.randint(10000, 99999)}",
    }


def _person_forms(f: Faker) -> dict[str, tuple[str, tuple[str, ...]]]:
    name = f.name()
    return {
        "contact_person_mobile": (f"联系人：{name}，联系电话：{f.mobile()}。", ("mobile", "name")),
        "own_mobile": (f"如需补正材料，申请人可拨打本人手机{f.mobile()}核对。", ("mobile",)),
        "applicant_phone": (f"申请人{name}电话{f.mobile()}，已核实。", ("mobile", "name")),
        "home_phone": (f"退休职工{name}家庭电话0955-70{f.randint(10000, 99999)}。", ("landline", "name")),
        "unlabelled_mobile": (f"{name}（{f.mobile()}）已到岗。", ("mobile", "name")),
        "person_email": (f"联系人{name}，个人邮箱{f.email()}。", ("email", "name")),
    }


OFFICE_FORMS: tuple[str, ...] = tuple(_office_forms(Faker(0)))
PERSON_FORMS: tuple[str, ...] = tuple(_person_forms(Faker(0)))


def _notice(contact: str, title: str) -> tuple[str, tuple[str, ...]]:
    return title, ("为做好2026年度高校毕业生就业见习工作，现将报名有关事项公告如下。",
                   "一、报名时间为2026年12月1日至12月10日，逾期不予受理。",
                   "二、报名人员须如实填写报名信息，对提交材料的真实性负责。", contact)


def office_contact(form: str, seed: int = 18) -> GongwenSpec:
    """A notice ending in the office's own contact printed as ``form`` (one of ``OFFICE_FORMS``)."""
    forms = _office_forms(Faker(seed))
    if form not in forms:
        raise ValueError(f"unknown office contact form {form!r}")
    title, body = _notice(forms[form], "关于2026年度就业见习岗位报名的公告")
    return GongwenSpec(title=title, body=body, issuer=ORGAN, signature=ORGAN, notes=(_PUBLIC,),
                       expected={"decision": "approve", "personal": (), "form": form})


def person_contact(form: str, seed: int = 18) -> GongwenSpec:
    """The same notice with a person's contact printed as ``form`` (one of ``PERSON_FORMS``)."""
    forms = _person_forms(Faker(seed))
    if form not in forms:
        raise ValueError(f"unknown person contact form {form!r}")
    line, personal = forms[form]
    title, body = _notice(line, "关于2026年度就业见习岗位报名的公告")
    return GongwenSpec(title=title, body=body, issuer=ORGAN, signature=ORGAN, notes=(_PUBLIC,),
                       expected={"decision": "return", "personal": personal, "form": form})


#: 主送 lines naming the issuing body's own offices and units, by level.
LEVELS: dict[str, str] = {
    "厅": "厅机关各处室、厅属各单位：",
    "局": "局机关各科室、局属各单位：",
    "局直属": "局机关各科（室）、局直属各单位：",
    "委": "委机关各处室、委属各单位：",
    "办": "办机关各处室、办属各单位：",
    "院": "院机关各部门、院属各单位：",
    "中心": "中心机关各科室、中心直属单位：",
    "部": "部机关各司局、部属各单位：",
    "市局": "市局机关各科室，市局所属各单位：",
}


def internal_recipients(level: str) -> GongwenSpec:
    """A 主动公开 稳就业 notice addressed to the body's own offices and units at ``level``."""
    return GongwenSpec(
        title="澄川市人力资源和社会保障局关于进一步做好稳就业工作的通知", recipients=LEVELS[level],
        doc_number="澄人社发〔2026〕31号", issuer=ORGAN, signature=ORGAN, notes=(_PUBLIC,),
        body=("为落实稳就业各项政策，现就有关工作通知如下。",
              "一、各单位要按规定及时兑现一次性吸纳就业补贴和社会保险补贴，不得拖延。",
              "二、加强职业技能培训，按规定落实职业培训补贴。",
              "三、做好失业保险稳岗返还，简化经办流程。"),
        expected={"level": level})
