"""FORWARD_MISMATCH: a 转发 document follows the forwarded original's attribute (源头认定第三条（二））."""

from __future__ import annotations

import pytest

from classifiers.rules.forwarding import ForwardingRule, is_forwarding
from extractors.model import Sidecar

TITLE = "关于转发《自治区人力资源和社会保障厅关于做好2027年失业保险稳岗返还工作的通知》的通知"
BODY = ["现将《自治区人力资源和社会保障厅关于做好2027年失业保险稳岗返还工作的通知》（宁人社发〔2026〕15号）转发给你们，请认真贯彻落实。"]


@pytest.mark.parametrize("how, original, own, mismatch", [
    ("phrase", "主动公开", "主动公开", False),
    ("phrase", "主动公开", "不予公开", True),
    ("phrase", "依申请公开", "主动公开", True),
    ("attachment", "主动公开", "主动公开", False),
    ("attachment", "主动公开", "依申请公开", True),
    ("attachment", "依申请公开", "主动公开", True),
    ("sidecar", "依申请公开", "依申请公开", False),
    ("sidecar", "主动公开", "不予公开", True),
])
def test_original_attribute_sources(gongwen, run, how, original, own, mismatch):
    notes = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}
    body, extra_notes, sidecar = list(BODY), [], None
    if how == "phrase":
        body.append(f"原文件公开属性为{original}。")
    elif how == "attachment":
        extra_notes = ["附件", "自治区人力资源和社会保障厅关于做好2027年失业保险稳岗返还工作的通知", notes[original]]
    else:
        sidecar = Sidecar("t.json", extra=(("原文件公开属性", original),))
    doc = gongwen(TITLE, body, notes=[notes[own], *extra_notes], sidecar=sidecar)
    findings, suggestions = run(ForwardingRule, doc)
    assert [s.attribute for s in suggestions] == [original]
    if mismatch:
        assert [f.code for f in findings] == ["FORWARD_MISMATCH"]
        assert "第三条（二）" in findings[0].message and original in findings[0].message
    else:
        assert findings == []


def test_original_without_attribute_is_decided_afresh(gongwen, run):
    doc = gongwen(TITLE, BODY, notes=["（此件依申请公开）"])
    assert run(ForwardingRule, doc) == ([], [])


@pytest.mark.parametrize("title, body, forwarding", [
    (TITLE, BODY, True),
    ("关于做好稳岗返还工作的通知", BODY, True),  # recognised from the body sentence
    ("关于做好稳岗返还工作的通知", ["现就有关事项通知如下。"], False),
    ("关于印发《中卫市就业补助资金管理办法》的通知", ["现将《中卫市就业补助资金管理办法》印发给你们，请遵照执行。"], False),
])
def test_is_forwarding(gongwen, config, title, body, forwarding):
    assert (is_forwarding(gongwen(title, body), config["forwarding"]) is not None) is forwarding


def test_not_a_forwarding_document_is_ignored(gongwen, run):
    doc = gongwen("关于做好稳岗返还工作的通知", ["现就有关事项通知如下。", "原文件公开属性为主动公开。"], notes=["（此件不予公开）"])
    assert run(ForwardingRule, doc) == ([], [])
