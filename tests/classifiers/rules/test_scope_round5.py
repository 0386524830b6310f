"""Secrecy-scope reading added after set Q's two false findings (round 5), in fresh wording: a review or an
unannounced inspection dated before the document is over, so the panel described in its results or the units it
visited are no longer ahead of it — unless the date is announced as a plan or another of its kind is still to come."""

from __future__ import annotations

from datetime import date

from classifiers.scope import find_matters, load_kb


def ids(text: str, when: date | None = None) -> set[str]:
    return {h.matter.id for h in find_matters(text, load_kb(), when)}


_REVIEW = ("全市经济系列中级职称评审委员会于2026年5月12日召开评审会议。评委会由15名委员组成，均从市评审专家库中随机抽取，"
           "到会委员符合规定人数。经无记名投票，以下人员通过评审：\n序号 | 姓名 | 工作单位\n1 | 闵晓岚 | 市供销社\n2 | 韦志成 | 某物流公司")


def test_a_panel_described_in_the_results_of_a_review_already_held_is_not_a_secret():
    assert "review_panel" not in ids(_REVIEW, date(2026, 5, 20))
    # the same words dated before the meeting: the panel is drawn and not yet sat
    assert "review_panel" in ids(_REVIEW, date(2026, 5, 6))


def test_a_review_announced_as_a_plan_stays_ahead_of_the_document_whatever_its_date_reads():
    planned = _REVIEW.replace("于2026年5月12日召开", "拟于2026年5月12日召开")
    assert "review_panel" in ids(planned, date(2026, 5, 20))


def test_a_review_still_to_come_keeps_the_panel_secret_though_an_earlier_one_was_held():
    two = _REVIEW + "\n第二批评审定于2026年6月9日进行，评委会组成不变。"
    assert "review_panel" in ids(two, date(2026, 5, 20))


_INSPECTION = ("市劳动保障监察支队于3月10日至3月15日对下列企业开展了工资支付情况专项抽查，检查前未向企业发出通知，"
               "执法人员直接进场查阅工资台账。\n1.临河县恒达建材有限公司\n2.临河县百顺食品厂")


def test_the_units_of_an_inspection_already_held_are_not_a_secret_in_its_results():
    assert "inspection_targets" not in ids(_INSPECTION, date(2026, 4, 2))
    # dated before the check (and not told in the past tense, 开展了, which says it was held whatever the dates)
    assert "inspection_targets" in ids(_INSPECTION.replace("开展了", "开展"), date(2026, 3, 1))
    assert "inspection_targets" not in ids(_INSPECTION, date(2026, 3, 1))


def test_an_inspection_planned_for_a_range_of_dates_is_ahead_even_at_the_range_end():
    """拟于3月10日至3月15日开展: the range's second date stands in the same planned clause."""
    planned = _INSPECTION.replace("于3月10日至3月15日对下列企业开展了", "拟于3月10日至3月15日对下列企业开展")
    assert "inspection_targets" in ids(planned, date(2026, 4, 2))


def test_held_cancels_names_event_kinds():
    import pytest

    from classifiers.scope.kb import build_kb
    from extractors.errors import ConfigError

    with pytest.raises(ConfigError, match="held_cancels"):
        build_kb({"matter": [{"id": "x3", "name": "n", "article": "a", "category": "c", "decision": "secret",
                              "objects": ["检查"], "states": ["暗访"], "held_cancels": ["meeting"]}]})

