"""Secrecy-scope guards, in fresh wording: a duty laid on every informant (须写明姓名) is a rule, not one
informant's details; an inspection already held (what it found, its footage) is a result, not a plan."""

from __future__ import annotations

import pytest

from classifiers.scope import find_matters, load_kb


def ids(text: str) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb())}


@pytest.mark.parametrize("text", [
    "来信人应当注明本人姓名和联系电话，以便及时回复。",
    "投诉人须写明真实姓名、工作单位和联系方式，匿名信件不予受理。",
    "检举人务必载明所在单位和岗位，便于核实。",
])
def test_a_duty_of_every_informant_is_no_secret(text):
    assert "informant_identity" not in ids(text)


def test_one_informants_details_still_found():
    assert "informant_identity" in ids("据查，来信人刘某某系该厂仓管员，在厂工作已满六年。")


@pytest.mark.parametrize("text", [
    "扣分依据暗访视频和现场核查记录，涉及澄川市某某人力资源有限公司等三家机构。",
    "经暗访，澄川市某某职业培训学校存在代签到问题，已责令整改。",
])
def test_an_inspection_already_held_is_no_plan(text):
    assert not {"inspection_list", "inspection_targets"} & ids(text)
