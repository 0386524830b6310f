"""Monthly statistics for the office head and the annual 考核, from plain ``AuditRecord``s.

What 《考核制度》第六条 and 第八条 (量化标准) ask the office to show, per month and per drafting
section: documents audited; 公开属性 shares (主动公开 share); first-pass rate; returns by reason;
personal-data and secrecy findings caught; escalations (需报审, 《保密审查工作制度》第八条);
median time from drop to decision and to the reviewer's verdict; reviewer overrides (how often a
reviewer dismissed a rule's finding — its false-positive rate); the month-over-month trend; and a
score per section from the rubric (``reports/rubric.toml``, 4 points per 《政府信息公开制度》第二十一条).

Counting conventions: a *document* is one distinct content (a re-dropped identical file —
``duplicate_of`` set — is counted apart as a duplicate). A *submission* is first when no earlier
record has the same identity (发文字号, else 科室+标题); it *passes first time* when that first
audit approved it. Months are calendar months of ``decided_at``.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .records import AuditRecord
from .rubric import Rubric, load_rubric

LABEL_CODES = frozenset({"LABEL_MISSING", "LABEL_INVALID", "LABEL_CONFLICT", "LABEL_MISMATCH", "REASON_MISSING",
                         "FORWARD_MISMATCH", "MIXED_CONTENT", "PORTAL_MISMATCH"})
PRIVACY_CODES = frozenset({"PERSONAL_DATA", "COMMERCIAL_SECRET"})
SECRECY_CODES = frozenset({"SECRET_MARKING", "SECRET_CONTENT"})
HIDDEN_CODES = frozenset({"HIDDEN_CONTENT", "INEFFECTIVE_REDACTION"})
NO_DEPARTMENT = "（未注明科室）"
#: Dismissal reasons (storage.DISMISS_REASONS) that say the rule misfired. "already_public", "consented" and
#: "test_data" say the finding was right but publishing is allowed: not the rule's error.
MISFIRE_REASONS = frozenset({"false_positive", "other"})
TREND_MONTHS = 6


def month_bounds(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """[first instant of the month, first instant of the next)."""
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


def previous_months(year: int, month: int, n: int) -> list[tuple[int, int]]:
    """The ``n`` months ending with (year, month), oldest first."""
    out = []
    y, m = year, month
    for _ in range(n):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def parse_month(text: str) -> tuple[int, int]:
    """``2026-11`` → (2026, 11); a clear error otherwise."""
    try:
        y, m = text.split("-")
        year, month = int(y), int(m)
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise ValueError
    except ValueError:
        raise ValueError(f"月份格式应为 YYYY-MM / month must be YYYY-MM, got {text!r}") from None
    return year, month


@dataclass(frozen=True, slots=True)
class SectionStats:
    """One drafting section's month (also used for the whole bureau, ``department='全局'``)."""

    department: str
    documents: int = 0
    approve: int = 0
    returned: int = 0
    escalate: int = 0
    errors: int = 0
    proactive: int = 0
    first_submissions: int = 0
    first_pass: int = 0
    label_issues: int = 0
    privacy_issues: int = 0
    secrecy_issues: int = 0
    hidden_issues: int = 0

    @property
    def first_pass_rate(self) -> float | None:
        return self.first_pass / self.first_submissions if self.first_submissions else None

    @property
    def proactive_share(self) -> float | None:
        return self.proactive / self.documents if self.documents else None


@dataclass(frozen=True, slots=True)
class RuleReview:
    """Reviewer verdicts on one finding code this month: the rule's false-positive rate."""

    code: str
    findings: int
    reviewed: int
    dismissed: int
    misfired: int = 0  # dismissed as a false positive; 已公开/本人同意/测试数据 are dismissals, not misfires

    @property
    def false_positive_rate(self) -> float | None:
        return self.misfired / self.reviewed if self.reviewed else None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    year: int
    month: int
    documents: int
    first_pass_rate: float | None
    returned: int
    escalated: int
    personal_data: int
    proactive_share: float | None


@dataclass(frozen=True, slots=True)
class SectionScore:
    department: str
    score: float | None  # None: too few documents to score
    parts: tuple[tuple[str, float, float], ...]  # (item, share, points)


@dataclass(frozen=True, slots=True)
class MonthlyStats:
    """Everything the monthly workbook and page show."""

    year: int
    month: int
    total: SectionStats
    duplicates: int
    sections: tuple[SectionStats, ...]
    by_attribute: tuple[tuple[str, int], ...]
    returns_by_reason: tuple[tuple[str, int], ...]  # (code, documents returned with it)
    personal_data: tuple[tuple[str, int, int], ...]  # (subtype, findings, documents)
    secrecy: tuple[tuple[str, int, int], ...]  # (code, findings, documents)
    hidden: tuple[tuple[str, int, int], ...]
    escalations_by_section: tuple[tuple[str, int], ...]
    median_to_decision_min: float | None
    median_to_decision_s: float | None  # the same in seconds: most audits take seconds, not minutes
    median_to_review_h: float | None
    reviewed_documents: int
    overrides: tuple[tuple[str, int], ...]  # (kind, documents) where the reviewer disagreed with the audit
    rule_reviews: tuple[RuleReview, ...]
    trend: tuple[TrendPoint, ...]
    scores: tuple[SectionScore, ...]
    rubric: Rubric = field(repr=False, default=None)  # type: ignore[assignment]
    records: tuple[AuditRecord, ...] = field(repr=False, default=())


def _first_runs(records: Iterable[AuditRecord]) -> set:
    """run ids of the first submission of each identity (by decided_at, then run id)."""
    first: dict[str, tuple] = {}
    for r in records:
        if r.duplicate_of is not None:
            continue
        key = (r.decided_at, str(r.run_id))
        cur = first.get(r.identity)
        if cur is None or key < cur[0]:
            first[r.identity] = (key, r.run_id)
    return {v[1] for v in first.values()}


def section_stats(name: str, recs: Sequence[AuditRecord], first: set) -> SectionStats:
    """Counts for one group of (non-duplicate) records."""
    n = ap = rt = es = er = pro = fs = fp = lab = pri = sec = hid = 0
    for r in recs:
        n += 1
        d = r.decision
        ap += d == "approve"
        rt += d == "return"
        es += d == "escalate"
        er += d == "error"
        pro += r.attribute == "主动公开"
        if r.run_id in first:
            fs += 1
            fp += d == "approve"
        codes = set(r.codes)
        lab += bool(codes & LABEL_CODES)
        pri += bool(codes & PRIVACY_CODES)
        sec += bool(codes & SECRECY_CODES)
        hid += bool(codes & HIDDEN_CODES)
    return SectionStats(name, n, ap, rt, es, er, pro, fs, fp, lab, pri, sec, hid)


def _in_month(records: Iterable[AuditRecord], year: int, month: int) -> list[AuditRecord]:
    start, end = month_bounds(year, month)
    return [r for r in records if start <= r.decided_at < end]


def _tally(pairs: Iterable[str]) -> tuple[tuple[str, int], ...]:
    out: dict[str, int] = {}
    for k in pairs:
        out[k] = out.get(k, 0) + 1
    return tuple(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _finding_counts(recs: Sequence[AuditRecord], codes: frozenset, by_subtype: bool) -> tuple[tuple[str, int, int], ...]:
    findings: dict[str, int] = {}
    docs: dict[str, int] = {}
    for r in recs:
        seen = set()
        for f in r.findings:
            if f.code in codes:
                k = (f.subtype or "other") if by_subtype else f.code
                findings[k] = findings.get(k, 0) + 1
                seen.add(k)
        for k in seen:
            docs[k] = docs.get(k, 0) + 1
    return tuple(sorted(((k, findings[k], docs[k]) for k in findings), key=lambda t: (-t[1], t[0])))


_OVERRIDES = {
    ("approve", "returned"): "审查通过、审核退回",
    ("return", "approved"): "审查退回、审核通过",
    ("escalate", "approved"): "需报审、审核通过",
    ("escalate", "returned"): "需报审、审核退回",
}


def override_kind(r: AuditRecord) -> str | None:
    """How the reviewer's word on a document differed from the audit's decision, if it did."""
    return _OVERRIDES.get((r.decision, r.review or ""))


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def compute_monthly(records: Sequence[AuditRecord], year: int, month: int, *, rubric: Rubric | None = None,
                    trend_months: int = TREND_MONTHS) -> MonthlyStats:
    """The month's statistics; ``records`` may span earlier months (for first submissions and the trend)."""
    rubric = rubric or load_rubric()
    first = _first_runs(records)
    month_recs = _in_month(records, year, month)
    docs = [r for r in month_recs if r.duplicate_of is None]
    dups = len(month_recs) - len(docs)

    by_dept: dict[str, list[AuditRecord]] = {}
    for r in docs:
        by_dept.setdefault(r.department or NO_DEPARTMENT, []).append(r)
    sections = tuple(section_stats(k, v, first) for k, v in sorted(by_dept.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    total = section_stats("全局", docs, first)

    returned = [r for r in docs if r.decision == "return"]
    returns_by_reason = _tally(c for r in returned for c in r.codes)

    to_decision = [(r.decided_at - r.received_at).total_seconds() / 60 for r in docs]
    reviewed = [r for r in docs if r.reviewed_at is not None]
    to_review = [(r.reviewed_at - r.received_at).total_seconds() / 3600 for r in reviewed]

    overrides = _tally(k for k in map(override_kind, reviewed) if k)

    per_code: dict[str, list[int]] = {}
    for r in docs:
        for f in r.findings:
            c = per_code.setdefault(f.code, [0, 0, 0, 0])
            c[0] += 1
            if f.verdict in ("confirmed", "dismissed"):
                c[1] += 1
                c[2] += f.verdict == "dismissed"
                c[3] += f.verdict == "dismissed" and (f.reason_code or "false_positive") in MISFIRE_REASONS
    rule_reviews = tuple(RuleReview(k, *v) for k, v in sorted(per_code.items(), key=lambda kv: (-kv[1][0], kv[0])))

    trend = []
    for y, m in previous_months(year, month, trend_months):
        recs = docs if (y, m) == (year, month) else [r for r in _in_month(records, y, m) if r.duplicate_of is None]
        s = total if (y, m) == (year, month) else section_stats("全局", recs, first)
        pd = sum(1 for r in recs for f in r.findings if f.code == "PERSONAL_DATA")
        trend.append(TrendPoint(y, m, s.documents, s.first_pass_rate, s.returned, s.escalate, pd, s.proactive_share))

    # a document with no 科室 belongs to no one to assess: counted everywhere, scored nowhere
    scores = tuple(SectionScore(s.department, *rubric.score(s)) if s.department != NO_DEPARTMENT
                   else SectionScore(s.department, None, ()) for s in sections)
    return MonthlyStats(
        year=year, month=month, total=total, duplicates=dups, sections=sections,
        by_attribute=_tally(r.attribute or "未标注" for r in docs),
        returns_by_reason=returns_by_reason,
        personal_data=_finding_counts(docs, frozenset({"PERSONAL_DATA"}), True),
        secrecy=_finding_counts(docs, SECRECY_CODES | frozenset({"COMMERCIAL_SECRET"}), False),
        hidden=_finding_counts(docs, HIDDEN_CODES, False),
        escalations_by_section=tuple((s.department, s.escalate) for s in sections if s.escalate),
        median_to_decision_min=_median(to_decision), median_to_review_h=_median(to_review),
        median_to_decision_s=_median([60 * m for m in to_decision]),
        reviewed_documents=len(reviewed), overrides=overrides, rule_reviews=rule_reviews,
        trend=tuple(trend), scores=scores, rubric=rubric, records=tuple(docs),
    )
