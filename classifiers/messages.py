"""Every Chinese sentence the classifiers show a person, in one place.

Messages are written for the drafting section (承办科室): what is wrong, where, what to do, and the
article that asks for it. ``format`` fills the placeholders; unknown keys are a bug.
"""

from __future__ import annotations

#: Rule citations — the articles each check enforces.
RULES = {
    "source_range": "《公开属性源头认定制度》第一条",
    "source_3_1": "《公开属性源头认定制度》第三条（一）",
    "source_3_2": "《公开属性源头认定制度》第三条（二）",
    "source_3_3": "《公开属性源头认定制度》第三条（三）",
    "source_4": "《公开属性源头认定制度》第四条",
    "secrecy_5_1": "《保密审查工作制度》第五条（一）",
    "secrecy_5_2": "《保密审查工作制度》第五条（二）",
    "secrecy_5_3": "《保密审查工作制度》第五条（三）",
    "secrecy_8": "《保密审查工作制度》第八条",
    "secrecy_10": "《保密审查工作制度》第十条",
    "secrecy_11": "《保密审查工作制度》第十一条",
    "on_request_6": "《依申请公开制度》第六条",
}

MESSAGES = {
    "LABEL_MISSING": "附注和版记均未标注公开属性（主动公开/依申请公开/不予公开），请按《公开属性源头认定制度》第四条在附注或版记中补充标注后重新提交",
    "LABEL_MISSING_UNCHECKED": "发文稿纸的公开属性选项均未勾选，请按《公开属性源头认定制度》第四条勾选主动公开、依申请公开或不予公开之一",
    "LABEL_INVALID": "{zone}中的公开属性“{value}”不是规定的取值，请按《公开属性源头认定制度》第三条改为主动公开、依申请公开或不予公开之一",
    "LABEL_CONFLICT": "公开属性标注前后不一致：{first}（{first_zone}）与 {second}（{second_zone}），请按《公开属性源头认定制度》第四条核对后统一为一种",
    # --- classifiers/rules (nature, forwarding, mixed content, secrecy, reasons) ---------------
    "LABEL_MISMATCH": "本件为{nature}，按《公开属性源头认定制度》第三条（一）应确定为“{expected}”，现标注为“{marked}”，请核对后改正公开属性",
    "FORWARD_MISMATCH": "本件转发的《{original}》公开属性为“{forwarded}”，本件标注为“{marked}”，请按《公开属性源头认定制度》第三条（二）依被转发公文确定公开属性",
    "MIXED_CONTENT": "本件标注为主动公开，但{where}含{kind}内容（“{phrase}”），按《公开属性源头认定制度》第三条（三）主动公开公文不可夹带依申请公开或不予公开的内容，请删除该段或改变公开属性",
    "SECRET_MARKING_state_secret": "{where}标有国家秘密密级“{mark}”，按《保密审查工作制度》第五条（一）不得公开；涉密公文请按涉密渠道办理，不得标注{marked}",
    "SECRET_MARKING_work_secret": "{where}标有工作秘密标志“{mark}”，按《保密审查工作制度》第五条及《公开属性源头认定制度》第三条（一）属不公开内容，不得标注{marked}",
    "SECRET_MARKING_withheld": "{where}标有{kind}标志“{mark}”，本件已标注不予公开，请确认按涉密/工作秘密载体管理（《保密审查工作制度》第五条（一））",
    "SECRET_CONTENT": "{where}含疑似国家秘密或工作秘密内容（“{phrase}”，{kind}）但未标密级，按《保密审查工作制度》第五条（二）、第八条报有权机关确定密级后再办理",
    "REASON_MISSING": "本件标注为{marked}，但发文稿纸和附注均未说明理由，请按《保密审查工作制度》第十条补充{marked}的依据和理由",
    "UNREADABLE": "文件无法审查：{reason}",
}


def message(code: str, **kw: object) -> str:
    """The Chinese message for ``code`` with its placeholders filled."""
    return MESSAGES[code].format(**kw)
