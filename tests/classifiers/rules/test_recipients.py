"""Issue 18: internal recipients at any level — one grammar (body + 机关各 + offices, body + 属各 +
units), so 局机关各科室、局属各单位 behaves as 厅机关各处室、厅属各单位 does."""

from __future__ import annotations

import pytest

from classifiers import audit_path
from classifiers.rules.nature import is_internal_recipient
from samples.published import LEVELS, internal_recipients
from samples.txt_writer import write_txt


@pytest.mark.parametrize("name", [
    "部机关各司局", "部属各单位", "厅机关各处室（单位）", "市局机关各科室", "市局所属各单位", "中心直属单位", "办属各单位",
    "直属各单位", "省人力资源社会保障厅厅属各单位", "局机关各科（室）", "本局各科室", "委员会机关各处室",
])
def test_internal_recipient_grammar(name):
    assert is_internal_recipient(name)


@pytest.mark.parametrize("name", ["各县区人社局", "各县（市、区）人力资源和社会保障局", "财政部", "各有关单位", "各单位", "各用人单位"])
def test_outside_bodies_are_not_internal(name):
    assert not is_internal_recipient(name)


def _codes(r):
    return sorted((str(f.code), f.subtype, str(f.severity)) for f in r.findings)


def test_internal_recipients_behave_alike_at_every_level(tmp_path, default_config):
    """A 主动公开 稳就业 notice addressed to its own offices and units: the same result at every level,
    and never a return (addressing one's own units is no proof of internal management)."""
    got = {lv: (audit_path(write_txt(internal_recipients(lv), tmp_path / f"{i}.txt"), default_config))
           for i, lv in enumerate(LEVELS)}
    codes = {lv: _codes(r) for lv, r in got.items()}
    assert len({tuple(v) for v in codes.values()}) == 1, codes
    assert all(str(r.decision) == "approve" for r in got.values())
