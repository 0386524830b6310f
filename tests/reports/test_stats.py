"""Monthly statistics on hand-built records: each figure checked against a count done by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.records import AuditRecord, FindingRecord
from reports.rubric import load_rubric
from reports.stats import compute_monthly, parse_month, previous_months


def T(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


def F(code, subtype=None, verdict=None) -> FindingRecord:
    return FindingRecord(code, subtype, f"{code}-{subtype}-{verdict}", "", verdict)


def R(run, dept, decision, attr="主动公开", findings=(), received=None, minutes=5, review=None, review_hours=None,
      number=None, dup=None, month=11, day=3) -> AuditRecord:
    received = received or T(day, month=month)
    decided = received + dt.timedelta(minutes=minutes)
    return AuditRecord(
        run_id=run, file=f"{run}.docx", decision=decision, received_at=received, decided_at=decided, department=dept,
        attribute=attr, sha256=f"sha{dup or run}", doc_number=number or f"卫人社发〔2026〕{run}号", title=f"文{run}",
        findings=tuple(findings), review=review,
        reviewed_at=None if review_hours is None else received + dt.timedelta(hours=review_hours), duplicate_of=dup,
    )


@pytest.fixture
def records():
    return [
        # October: one document, returned, then resubmitted in November and approved (not a first pass)
        R(1, "办公室", "return", None, [F("LABEL_MISSING", verdict="confirmed")], month=10, day=28, number="A"),
        R(2, "办公室", "approve", "主动公开", [], day=2, number="A", review="approved", review_hours=4),
        # November, 就业促进科: an ID list returned, its two findings, one dismissed by the reviewer
        R(3, "就业促进科", "return", "主动公开", [F("PERSONAL_DATA", "id_card", "confirmed"), F("PERSONAL_DATA", "mobile", "dismissed")],
          minutes=10, review="returned", review_hours=2),
        R(4, "就业促进科", "approve", "依申请公开", [], minutes=1, review="approved", review_hours=8),
        R(5, "就业促进科", "escalate", "主动公开", [F("SECRET_CONTENT", verdict="dismissed")], minutes=3, review="approved", review_hours=30),
        # the same file as run 4 dropped again: a duplicate, counted apart
        R(6, "就业促进科", "approve", "依申请公开", [], dup=4),
        # 养老保险科: tracked changes left in, returned; a clean 不予公开 request
        R(7, "养老保险科", "return", "主动公开", [F("HIDDEN_CONTENT", "comment")], minutes=7),
        R(8, "养老保险科", "approve", "不予公开", [], minutes=2, review="returned", review_hours=1),
        # December: not in November's figures
        R(9, "办公室", "approve", month=12, day=1),
    ]


def test_totals_and_sections(records):
    st = compute_monthly(records, 2026, 11)
    t = st.total
    assert (t.documents, st.duplicates) == (6, 1)
    assert (t.approve, t.returned, t.escalate, t.errors) == (3, 2, 1, 0)
    assert t.proactive == 4 and t.proactive_share == pytest.approx(4 / 6)
    # first submissions in November: 3, 4, 5, 7, 8 (run 2 resubmits October's run 1); passed: 4 and 8
    assert (t.first_submissions, t.first_pass) == (5, 2)
    assert [(s.department, s.documents) for s in st.sections] == [("就业促进科", 3), ("养老保险科", 2), ("办公室", 1)]
    office = next(s for s in st.sections if s.department == "办公室")
    assert (office.first_submissions, office.first_pass_rate) == (0, None)


def test_reasons_findings_times_overrides(records):
    st = compute_monthly(records, 2026, 11)
    assert st.returns_by_reason == (("HIDDEN_CONTENT", 1), ("PERSONAL_DATA", 1))
    assert st.personal_data == (("id_card", 1, 1), ("mobile", 1, 1))
    assert st.secrecy == (("SECRET_CONTENT", 1, 1),)
    assert st.escalations_by_section == (("就业促进科", 1),)
    assert st.median_to_decision_min == 4.0  # minutes 5, 10, 1, 3, 7, 2 → median 4
    assert st.median_to_review_h == 4.0  # hours 4, 2, 8, 30, 1 → 4
    assert st.reviewed_documents == 5
    assert dict(st.overrides) == {"需报审、审核通过": 1, "审查通过、审核退回": 1}
    rr = {r.code: r for r in st.rule_reviews}
    assert (rr["PERSONAL_DATA"].findings, rr["PERSONAL_DATA"].reviewed, rr["PERSONAL_DATA"].dismissed) == (2, 2, 1)
    assert rr["PERSONAL_DATA"].false_positive_rate == 0.5
    assert rr["SECRET_CONTENT"].false_positive_rate == 1.0
    assert rr["HIDDEN_CONTENT"].false_positive_rate is None  # not reviewed: no rate, not 0


def test_trend_and_scores(records):
    st = compute_monthly(records, 2026, 11)
    assert [(p.month, p.documents) for p in st.trend] == [(6, 0), (7, 0), (8, 0), (9, 0), (10, 1), (11, 6)]
    assert st.trend[-2].first_pass_rate == 0.0 and st.trend[-1].first_pass_rate == pytest.approx(2 / 5)
    rubric = load_rubric()
    jobs = next(s for s in st.scores if s.department == "就业促进科")
    # 就业促进科: labels 3/3, first pass 1/3, privacy 2/3, secrecy 2/3, hidden 3/3; weights 1,1,1,.6,.4 of 4 points
    expected = 4 * (1 * 1 + 1 * (1 / 3) + 1 * (2 / 3) + 0.6 * (2 / 3) + 0.4 * 1) / 4.0
    assert jobs.score == pytest.approx(round(expected, 2))
    assert [name for name, _, _ in jobs.parts] == [i.name for i in rubric.items]


def test_empty_month_has_no_rates():
    st = compute_monthly([], 2026, 11)
    assert st.total.documents == 0 and st.total.first_pass_rate is None and st.median_to_decision_min is None
    assert st.scores == ()


@pytest.mark.parametrize("text, expected", [("2026-11", (2026, 11)), ("2027-01", (2027, 1))])
def test_parse_month(text, expected):
    assert parse_month(text) == expected


@pytest.mark.parametrize("text", ["2026-13", "2026/11", "11-2026", "", "2026-00"])
def test_parse_month_rejects(text):
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month(text)


def test_previous_months_cross_the_year():
    assert previous_months(2027, 2, 4) == [(2026, 11), (2026, 12), (2027, 1), (2027, 2)]


def test_synthetic_month_is_consistent():
    from reports.synthetic import generate

    recs = generate(3000, 2026, 11, months=3, seed=3)
    st = compute_monthly(recs, 2026, 11)
    t = st.total
    assert t.documents + st.duplicates == sum(1 for r in recs if r.decided_at.month == 11)
    assert t.approve + t.returned + t.escalate + t.errors == t.documents
    assert sum(s.documents for s in st.sections) == t.documents
    assert sum(n for _, n in st.by_attribute) == t.documents
    assert 0 < t.first_pass <= t.first_submissions <= t.documents


def test_a_consented_dismissal_is_not_a_misfire_and_no_section_is_not_scored():
    """Dismissed as 本人同意/已公开 says the finding was right: the rule's 误报率 stays 0. No 科室: no score."""
    consented = FindingRecord("PERSONAL_DATA", "mobile", "fp1", "", "dismissed", "consented")
    misfire = FindingRecord("PERSONAL_DATA", "mobile", "fp2", "", "dismissed", "false_positive")
    recs = [R(1, "就业促进科", "approve", findings=[consented], minutes=0)] + [R(i, None, "approve") for i in range(2, 8)]
    st = compute_monthly(recs, 2026, 11)
    pd = next(r for r in st.rule_reviews if r.code == "PERSONAL_DATA")
    assert (pd.reviewed, pd.dismissed, pd.misfired, pd.false_positive_rate) == (1, 1, 0, 0)
    assert st.median_to_decision_s is not None and st.median_to_decision_s >= 0
    nodept = next(s for s in st.scores if s.department == "（未注明科室）")
    assert nodept.score is None and nodept.parts == ()
    st2 = compute_monthly([R(1, "就业促进科", "approve", findings=[misfire])], 2026, 11)
    assert next(r for r in st2.rule_reviews if r.code == "PERSONAL_DATA").false_positive_rate == 1
