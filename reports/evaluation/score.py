"""Scoring, pure: truth rows + what the audit found → an ``Evaluation``.

Nothing here opens a file or runs an audit: ``observed(result)`` reduces one ``AuditResult`` to what
the score needs, and ``evaluate`` compares. Per-code scores are per document (is the code among the
file's findings or not), as an office reads a flag report: one missed ID number in a 公示 is one
missed document. Precision, recall and F1 with a zero denominator are ``None`` ("—"), never 0 or 1:
a code nobody expected and nobody found says nothing either way.

Scored codes: the truth vocabulary (``TRUTH_CODES``) and any other product code the truth file
itself uses. A code the audit reports that the truth file cannot speak about (``REASON_MISSING`` when
no row expects it) is counted apart as *unscored*, not as a false positive.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from . import messages as M
from .truth import TRUTH_CODES, TruthRow

#: At most this many findings of one code are quoted per disagreeing file.
EVIDENCE_PER_CODE = 3


@dataclass(frozen=True, slots=True)
class Evidence:
    """One finding as the disagreement list quotes it (``evidence`` masked by the detector)."""

    code: str
    subtype: str | None
    message: str
    evidence: str | None


@dataclass(frozen=True, slots=True)
class Observed:
    """What the audit said about one file, reduced to what the score compares."""

    file: str
    attribute: str | None
    decision: str
    codes: tuple[str, ...]
    findings: tuple[Evidence, ...] = ()
    marking_text: str | None = None
    marking_zone: str | None = None
    error: str | None = None


def observed(result, file: str | None = None) -> Observed:
    """An ``Observed`` from an ``AuditResult`` (``file``: the name it is scored under, default ``result.file``)."""
    findings = tuple(Evidence(str(f.code), f.subtype, f.message, f.evidence) for f in result.findings)
    marking = result.marking
    return Observed(file or result.file, result.attribute, str(result.decision), tuple(sorted({e.code for e in findings})),
                    findings, marking.text if marking else None, marking.zone if marking else None, result.error)


@dataclass(frozen=True, slots=True)
class Matrix:
    """A confusion matrix: ``counts[i][j]`` files with truth ``labels[i]`` the audit gave ``labels[j]``."""

    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        """Files counted."""
        return sum(map(sum, self.counts))

    @property
    def correct(self) -> int:
        """Files on the diagonal (the audit agreed)."""
        return sum(self.counts[i][i] for i in range(len(self.labels)))

    @property
    def accuracy(self) -> float | None:
        """Share on the diagonal; ``None`` for an empty matrix."""
        return self.correct / self.total if self.total else None


def matrix(labels: Sequence[str], pairs: Iterable[tuple[str, str]]) -> Matrix:
    """Count (truth, audit) pairs into a ``Matrix`` over ``labels``."""
    index = {label: i for i, label in enumerate(labels)}
    grid = [[0] * len(labels) for _ in labels]
    for truth, got in pairs:
        grid[index[truth]][index[got]] += 1
    return Matrix(tuple(labels), tuple(tuple(r) for r in grid))


@dataclass(frozen=True, slots=True)
class CodeScore:
    """Per-document precision, recall and F1 of one finding code (or the micro average, code "")."""

    code: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """Documents the truth file expects the code in."""
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); ``None`` when the audit never reported the code."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); ``None`` when no document expects the code (zero support)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; ``None`` when either is undefined."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored file: its truth row, what the audit said, and where they differ."""

    truth: TruthRow
    got: Observed
    missed: tuple[str, ...]  # expected, not found (scored codes)
    extra: tuple[str, ...]  # found, not expected (scored codes)

    @property
    def attribute_ok(self) -> bool:
        """The audit read the marking as the truth says (both empty counts as agreement)."""
        return self.truth.attribute == self.got.attribute

    @property
    def decision_ok(self) -> bool:
        """Same routing decision."""
        return self.truth.decision == self.got.decision

    @property
    def codes_ok(self) -> bool:
        """No scored code missed or extra."""
        return not self.missed and not self.extra

    @property
    def agrees(self) -> bool:
        """Attribute, decision and scored codes all agree."""
        return self.attribute_ok and self.decision_ok and self.codes_ok

    def quoted(self) -> tuple[Evidence, ...]:
        """The findings to quote: those of the extra codes first, then the others, a few per code."""
        seen: Counter[str] = Counter()
        out = []
        for e in sorted(self.got.findings, key=lambda e: (e.code not in self.extra, e.code)):
            if seen[e.code] < EVIDENCE_PER_CODE:
                seen[e.code] += 1
                out.append(e)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The whole measurement: matrices, per-code scores, every file's outcome, and what was not scored."""

    truth_path: str
    folder: str
    truth_rows: int
    outcomes: tuple[Outcome, ...]
    attribute: Matrix
    decision: Matrix
    codes: tuple[CodeScore, ...]
    micro: CodeScore
    unscored: tuple[tuple[str, int], ...]  # (code, files) found by the audit, outside the scored codes
    not_in_truth: tuple[str, ...]  # files in the folder the truth file does not list
    missing: tuple[TruthRow, ...]  # truth rows whose file is not there

    @property
    def disagreements(self) -> tuple[Outcome, ...]:
        """The scored files where anything differs, in truth-file order."""
        return tuple(o for o in self.outcomes if not o.agrees)


def _attr(a: str | None) -> str:
    return a or M.NO_ATTRIBUTE


def evaluate(rows: Sequence[TruthRow], results: Mapping[str, Observed], *, not_in_truth: Sequence[str] = (),
             truth_path: str = "", folder: str = "") -> Evaluation:
    """Score ``results`` (by truth ``file``) against ``rows``; a row without a result is *missing*."""
    scored_rows = [r for r in rows if r.file in results]
    missing = tuple(r for r in rows if r.file not in results)
    used = {c for r in rows for c in r.codes}
    scored_codes = tuple(TRUTH_CODES) + tuple(sorted(used - set(TRUTH_CODES)))
    scored = set(scored_codes)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    unscored: Counter[str] = Counter()
    outcomes = []
    for r in scored_rows:
        got = results[r.file]
        want, have = set(r.codes), set(got.codes)
        for c in want & have:
            tp[c] += 1
        for c in (have - want) & scored:
            fp[c] += 1
        for c in want - have:
            fn[c] += 1
        for c in have - scored:
            unscored[c] += 1
        outcomes.append(Outcome(r, got, tuple(sorted(want - have)), tuple(sorted((have - want) & scored))))
    codes = tuple(CodeScore(c, tp[c], fp[c], fn[c]) for c in scored_codes)
    micro = CodeScore("", sum(tp.values()), sum(fp.values()), sum(fn.values()))
    attr = matrix(M.ATTRIBUTES, ((_attr(o.truth.attribute), _attr(o.got.attribute)) for o in outcomes))
    dec = matrix(M.DECISIONS, ((o.truth.decision, o.got.decision if o.got.decision in M.DECISIONS else "error")
                               for o in outcomes))
    return Evaluation(truth_path, folder, len(rows), tuple(outcomes), attr, dec, codes, micro,
                      tuple(sorted(unscored.items())), tuple(sorted(not_in_truth)), missing)
