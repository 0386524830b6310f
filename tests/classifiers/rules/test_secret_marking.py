"""SECRET_MARKING: 密级 and 工作秘密 marks (保密审查第五条（一））, and what is not a mark."""

from __future__ import annotations

import pytest

from classifiers.rules.secret_marking import SecretMarkingRule
from extractors.model import Sidecar

TITLE = "关于申请追加就业补助资金的请示"
BODY = ["恳请市人民政府安排专项资金予以补足。", "妥否，请批示。"]


@pytest.mark.parametrize("head, header, sidecar, subtype", [
    (["000123", "秘密★1年"], None, None, "state_secret"),
    (["000123", "机密★5年"], None, None, "state_secret"),
    (["绝密★启用前"], None, None, "state_secret"),
    (["秘密 ★ 6个月"], None, None, "state_secret"),
    (["000045", "秘密"], None, None, "state_secret"),
    ([], "秘密★2年", None, "state_secret"),
    (["内部"], None, None, "work_secret"),
    (["内部事项 注意保管"], None, None, "work_secret"),
    (["内部事项，注意保管"], None, None, "work_secret"),
    ([], "内部资料 注意保存", None, "work_secret"),
    ([], None, Sidecar("t.json", secrecy="秘密"), "state_secret"),
])
def test_marks(gongwen, run, head, header, sidecar, subtype):
    doc = gongwen(TITLE, BODY, recipients="市人民政府：", head=head, header=header, sidecar=sidecar, notes=["（此件主动公开）"])
    findings, suggestions = run(SecretMarkingRule, doc)
    assert [(f.code, f.subtype) for f in findings] == [("SECRET_MARKING", subtype)]
    assert "第五条" in findings[0].message
    assert suggestions[0].attribute == "不予公开"


@pytest.mark.parametrize("head, header, body, sidecar", [
    ([], None, ["各单位要严格遵守保守国家秘密法，切实保守国家秘密和工作秘密。"], None),  # a sentence, not a mark
    ([], "中卫市人力资源和社会保障局", BODY, None),
    ([], None, BODY + ["秘密★1年"], None),  # not in the 版头
    ([], None, BODY, Sidecar("t.json", secrecy="无")),
    ([], None, BODY, Sidecar("t.json", secrecy="非涉密")),
    (["特急"], None, BODY, None),
])
def test_not_marks(gongwen, run, head, header, body, sidecar):
    doc = gongwen(TITLE, body, recipients="市人民政府：", head=head, header=header, sidecar=sidecar, notes=["（此件不予公开）"])
    assert run(SecretMarkingRule, doc) == ([], [])


def test_withheld_document_gets_a_reporting_message(gongwen, run):
    doc = gongwen(TITLE, BODY, recipients="市人民政府：", head=["秘密★1年"], notes=["（此件不予公开）"])
    findings, _ = run(SecretMarkingRule, doc)
    assert "已标注不予公开" in findings[0].message


def test_work_secret_marks_are_configurable(gongwen, run):
    from classifiers import load_config

    doc = gongwen(TITLE, BODY, recipients="市人民政府：", head=["内部刊物"], notes=["（此件不予公开）"])
    assert run(SecretMarkingRule, doc)[0] == []
    cfg = load_config(overrides={"secrecy": {"work_secret_marks": ["内部刊物"]}})
    assert [f.subtype for f in run(SecretMarkingRule, doc, cfg)[0]] == ["work_secret"]
