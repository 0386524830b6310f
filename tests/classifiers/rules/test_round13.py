"""Readings changed in round 13 (read off BB, round eleven's fresh pair, read in round twelve), in fresh wording: a list of
the sectors a panel is drawn from names no member, and a review of people (职称推荐评议, 民主评议) in progress is not a
tribunal's deliberation."""

from __future__ import annotations

from datetime import date

from classifiers.scope import find_matters, load_kb
from classifiers.scope.evidence import person_any

WHEN = date(2026, 6, 2)


def _ids(text: str, when: date = WHEN) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when)}


def test_a_list_of_sectors_names_no_member():
    assert person_any("评审小组由金融、商务、文旅等部门业务骨干5至7人组成。") is None
    assert person_any("评审组由文化、林业等部门各派1人组成。") is None
    assert person_any("由卫生、司法、审计等部门人员组成。") is None
    # two people joined by 、 are still two people, and a sector word beside a name does not hide it
    assert person_any("评审组由韩立新、卢慧敏等同志组成。") is not None
    assert person_any("组长：金伟，成员：商晓、林涛。") is not None


def test_a_panel_described_by_its_sectors_before_it_sits_is_no_list_of_members():
    text = "七月中旬组织专家评审。评审专家组由金融、商务、文旅等部门人员和行业专家7人组成，由两局商定。"
    assert "review_panel" not in _ids(text)
    named = "七月中旬组织专家评审。评审专家组由韩立新、卢慧敏、林涛组成，由两局商定。"
    assert "review_panel" in _ids(named), "the same panel with its members named is the secret"


def test_a_review_of_people_in_progress_is_no_tribunals_deliberation():
    text = ("县推荐评议组于5月28日对申报人进行了评议，评议中涉及本单位申报人的成员已回避。经投票，拟推荐以下人员，现予公示。")
    assert "deliberation_before_award" not in _ids(text)
    tribunal = "本案仲裁庭评议中，首席仲裁员与一名仲裁员倾向于支持申请人的加班费请求，裁决书拟于6月20日送达。"
    assert "deliberation_before_award" in _ids(tribunal)
