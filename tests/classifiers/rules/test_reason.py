"""REASON_MISSING: optional, off by default (保密审查第十条)."""

from __future__ import annotations

import pytest

from classifiers import load_config
from classifiers.rules.reason import ReasonRule
from extractors.model import Sidecar

ON = {"reasons": {"required": True}}


def test_off_by_default(gongwen, run):
    doc = gongwen("关于做好值班工作的通知", ["值班人员须坚守岗位。"], notes=["（此件不予公开）"])
    assert run(ReasonRule, doc)[0] == []


@pytest.mark.parametrize("notes, sidecar, fires", [
    (["（此件不予公开）"], None, True),
    (["（此件依申请公开）"], None, True),
    (["（此件公开发布）"], None, False),
    (["（此件不予公开，理由：属内部研究过程信息）"], None, False),
    (["（此件为内部研究过程中的信息，作为免予公开信息）"], None, False),
    (["（此件依申请公开）"], Sidecar("t.json", reason="属机关内部管理事务"), False),
    ([], None, False),  # no attribute: LABEL_MISSING says it already
])
def test_required(gongwen, run, notes, sidecar, fires):
    cfg = load_config(overrides=ON)
    doc = gongwen("关于做好值班工作的通知", ["值班人员须坚守岗位。"], notes=notes, sidecar=sidecar)
    findings, _ = run(ReasonRule, doc, cfg)
    assert [f.code for f in findings] == (["REASON_MISSING"] if fires else [])
    if fires:
        assert "第十条" in findings[0].message


@pytest.mark.parametrize("section", ["nature", "forwarding", "mixed_content", "secrecy", "secret_content", "reasons"])
def test_severity_is_validated_at_start_up(section):
    from extractors.errors import ConfigError

    with pytest.raises(ConfigError, match=section):
        load_config(overrides={section: {"severity": "critical"}})
    assert load_config(overrides={section: {"severity": "low"}})[section].severity == "low"
