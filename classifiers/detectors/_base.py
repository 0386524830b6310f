"""What every sensitive-data detector shares: configuration, the scored ``Hit`` and its ``Finding``.

The shape follows Presidio's recognizers (a pattern, a checksum hook, context words that move a
score, a decision process that can be shown) and Google DLP's hotword rules (a window before the
match, a fixed adjustment). Differences that matter for 公文 of a 人社局:

* inside a table the **column header** is the context, not the 300 characters around the cell;
* the **nearest** label before a number wins, so ``准考证号：…，身份证号：…`` scores each number by
  its own label;
* ``鉴定`` is in no list: it is everywhere in 人社 text (职业技能鉴定) and must not raise a score
  (Purview's ``Keyword_china_resident_id`` includes it).

Legal basis: 《保密审查工作制度》第五条（二）（个人隐私、商业秘密不得公开）, 第十一条（去标识化后再公开）.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from extractors.model import Block, Position

from ..config import lexicon, section
from ..masking import context as snippet_of
from ..messages import RULES, message
from ..model import Code, Finding, Severity


@section("detectors")
@dataclass(frozen=True, slots=True)
class DetectorConfig:
    """Thresholds and extra words for the sensitive-data detectors (``[detectors]`` in gongkai.toml).

    ``threshold``: a hit scoring below it is dropped (kept in the explanation of nothing).
    ``volume_high``: this many findings of one subtype in a document make each of them ``high``.
    ``public_mail_domains`` / ``public_mailboxes``: the office's own addresses, never private.
    ``extra_hotwords`` / ``extra_traps``: words added to a subtype's lexicon, e.g.
    ``extra_hotwords = { id_card = ["持证人证件"] }``.
    """

    threshold: float = 0.5
    window_before: int = 24
    window_after: int = 6
    volume_high: int = 5
    public_mail_domains: tuple[str, ...] = ("gov.cn",)
    public_mailboxes: tuple[str, ...] = ()
    extra_hotwords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra_traps: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"detectors.threshold {self.threshold} must be in (0, 1]")
        if self.volume_high < 1:
            raise ValueError("detectors.volume_high must be ≥ 1")


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A shipped lexicon, longest words first (so the longer of two labels ending together wins)."""
    return tuple(sorted(lexicon(name), key=len, reverse=True))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset("".join(lexicon("pii_surnames")))


class Hit(NamedTuple):
    """One scored match before it becomes a ``Finding``.

    ``steps`` is the decision process: ``(what, delta)`` pairs from the base score onwards, so a
    reviewer sees why a number was or was not reported (Presidio's ``return_decision_process``).
    A named tuple: immutable like a frozen dataclass, made at a third of its cost (a page's every
    candidate is one, scored or not).
    """

    subtype: str
    block: Block
    start: int
    end: int
    masked: str
    score: float
    pattern: str
    checksum: str
    steps: tuple[tuple[str, float], ...] = ()
    context_words: tuple[str, ...] = ()
    code: str = Code.PERSONAL_DATA
    snippet: str = ""
    extra: tuple[tuple[str, Any], ...] = ()


#: Base severity per subtype; volume (``volume_high`` hits of one subtype) raises it to high.
BASE_SEVERITY = {
    "id_card": Severity.HIGH,
    "id_card_15": Severity.HIGH,
    "bank_card": Severity.HIGH,
    "passport": Severity.HIGH,
    "mobile": Severity.MEDIUM,
    "address": Severity.MEDIUM,
    "email": Severity.LOW,
    "name": Severity.LOW,
    "landline": Severity.MEDIUM,
    "qq": Severity.LOW,
    "wechat": Severity.LOW,
    "plate": Severity.MEDIUM,
    "hk_macau_permit": Severity.HIGH,
    "taiwan_permit": Severity.HIGH,
    "taiwan_residence": Severity.HIGH,
    "foreign_permanent": Severity.HIGH,
    "social_security_card": Severity.HIGH,
    "disability_cert": Severity.HIGH,
    "military_id": Severity.HIGH,
    "medical_insurance": Severity.HIGH,
    "weak_mask": Severity.MEDIUM,
    "partial_mask": Severity.HIGH,
    "declared": Severity.HIGH,
    "firm_account": Severity.MEDIUM,
    "pricing": Severity.MEDIUM,
    "business_data": Severity.MEDIUM,
}


def severity(subtype: str, count: int, cfg: DetectorConfig) -> Severity:
    """Severity from the type and the volume: one mobile is medium, a list of them is high."""
    base = BASE_SEVERITY.get(subtype, Severity.MEDIUM)
    if count >= cfg.volume_high:
        return Severity.HIGH
    if count >= 2 and base == Severity.LOW:
        return Severity.MEDIUM
    return base


def _process(steps: tuple[tuple[str, float], ...]) -> list[str]:
    """``["base id_card 0.80", "label 「身份证号」 +0.15"]``: the score and what moved it."""
    if not steps:
        return []
    (what, base), rest = steps[0], steps[1:]
    return [f"{what} {base:.2f}"] + [f"{w} {d:+.2f}" for w, d in rest]


def _span(p: Position, start: int, end: int) -> Position:
    # Position.span uses dataclasses.replace, which costs 20 µs a call; findings are many
    return Position(p.page, p.block, start, end, p.bbox, p.cell, p.part)


def to_findings(hits: list[Hit], cfg: DetectorConfig) -> list[Finding]:
    """Findings for the hits at or above the threshold, with severity by volume and an explanation."""
    if not hits:
        return []
    kept = [h for h in hits if h.score >= cfg.threshold]
    counts: dict[str, int] = {}
    for h in kept:
        counts[h.subtype] = counts.get(h.subtype, 0) + 1
    out = []
    for h in kept:
        n = counts[h.subtype]
        expl: tuple[tuple[str, Any], ...] = (
            ("pattern", h.pattern),
            ("checksum", h.checksum),
            ("context_words", list(h.context_words)),
            ("score", round(h.score, 3)),
            ("decision_process", _process(h.steps)),
            ("context", h.snippet or snippet_of(h.block.text, h.start, h.end, h.masked)),
            ("count_in_document", n),
        ) + h.extra
        out.append(Finding(
            code=h.code, subtype=h.subtype, severity=severity(h.subtype, n, cfg),
            message=message(f"PII_{h.subtype}" if h.code == Code.PERSONAL_DATA else f"CS_{h.subtype}", masked=h.masked, count=n),
            rule=RULES["secrecy_5_2"], position=_span(h.block.position, h.start, h.end), evidence=h.masked,
            source="detector", confidence=round(min(h.score, 1.0), 3), explanation=expl,
            match_key=f"{h.subtype}:{h.masked}", visible=h.block.visible,
        ))
    return out
