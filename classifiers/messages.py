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
    "LABEL_MISSING": "未标注公开属性（主动公开/依申请公开/不予公开），请在附注或版记中补充标注后重新提交",
    "LABEL_INVALID": "公开属性“{value}”不是规定的取值，请改为主动公开、依申请公开或不予公开之一",
    "LABEL_CONFLICT": "公开属性标注前后不一致：{first}（{first_zone}）与 {second}（{second_zone}），请核对后统一",
    "UNREADABLE": "文件无法审查：{reason}",
}


def message(code: str, **kw: object) -> str:
    """The Chinese message for ``code`` with its placeholders filled."""
    return MESSAGES[code].format(**kw)
