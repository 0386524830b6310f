"""LABEL_MISMATCH — the marking contradicts the document's nature (《公开属性源头认定制度》第三条（一）).

The nature is read off the 文种 (from the title), the 主送机关 and 抄送, and the title and body words:

========================  =====================================================  ============
rule                      when                                                   expected
========================  =====================================================  ============
``request``               文种 请示 (a 请示 goes to a superior body)                 不予公开
``report``                文种 报告, 主送 a superior body (``superior_bodies``)       不予公开
``consultation``          函/通知 whose title asks for opinions (征求…意见)            不予公开
``reply``                 复函, or a 函 answering (答复/回复) another body             不予公开
``internal``              主送 only 局机关科室/局属单位 (``departments``), or an         依申请公开
                          internal-management title (``internal_topics``: 值班, 考勤 …)
``public_notice``         文种 公告 / 通告                                          主动公开
``public_interest``       通知/意见/决定/通报/办法/方案/公示 with ≥ N distinct         主动公开
                          public-interest words (``public_interest``: 参保群众, 补贴 …)
========================  =====================================================  ============

The first matching row wins. 转发 documents are left to the forwarding rule (第三条（二）), and a
document bearing a secrecy mark to the secrecy rule. Each decision is also yielded as a
``Suggestion`` (so an unmarked document gets a ``suggested_attribute``); a marked document whose
attribute differs gets LABEL_MISMATCH.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from extractors.model import Document, Position

from ..config import lexicon, section
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity, Suggestion
from ..registry import AuditContext, register
from ._text import Lexicon, TextStream, body_blocks, heading, label_conflicts, normalise
from .forwarding import is_forwarding
from .secret_marking import find_marks

P, R, W = str(Attribute.PROACTIVE), str(Attribute.ON_REQUEST), str(Attribute.WITHHELD)


@section("nature")
@dataclass(frozen=True, slots=True)
class NatureConfig:
    """Lexicons and thresholds for the document-nature rules. 《公开属性源头认定制度》第三条（一）."""

    superior_bodies: tuple[str, ...] = lexicon("superior_bodies")
    departments: tuple[str, ...] = lexicon("departments")
    internal_topics: tuple[str, ...] = lexicon("internal_topics")
    public_interest: tuple[str, ...] = lexicon("public_interest")
    #: Distinct public-interest words (title + body) that make a notice public-facing.
    min_public_hits: int = 3
    public_doc_types: tuple[str, ...] = ("通知", "意见", "决定", "通报", "办法", "实施方案", "工作方案", "方案", "公示")
    consultation_title: str = r"征求.{0,60}意见"
    reply_title: str = r"复函$|(?:答复|回复).{0,40}(?:的函|意见)$"
    #: Rules switched off by name (request, report, consultation, reply, internal, public_notice, public_interest).
    disabled: tuple[str, ...] = ()
    severity: str = "high"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section


@dataclass(frozen=True, slots=True)
class Nature:
    rule: str
    expected: str
    description: str
    confidence: float
    position: Position
    evidence: str


def classify(doc: Document, cfg: NatureConfig) -> Nature | None:
    """The first nature rule that applies to ``doc``, or None."""
    h = heading(doc)
    full_title = h.title
    title = normalise(h.title)
    dt = h.doc_type or ""
    recips = tuple(normalise(r) for r in h.recipients if r.strip())
    tb, rb = h.title_block, h.recipient_block
    tpos = tb.position.span(0, len(tb.text)) if tb is not None else Position()
    rpos = rb.position.span(0, len(rb.text)) if rb is not None else tpos
    sup = [normalise(s) for s in cfg.superior_bodies]
    superior = [r for r in recips if any(r == s or r.endswith(s) for s in sup)]
    rules = [r for r in ("request", "report", "consultation", "reply", "internal", "public_notice", "public_interest") if r not in cfg.disabled]
    for rule in rules:
        if rule == "request" and dt == "请示":
            who = "、".join(superior) if superior else "上级机关"
            return Nature(rule, W, f"报{who}的请示", 0.95, tpos, full_title)
        if rule == "report" and dt == "报告" and superior:
            return Nature(rule, W, f"报{'、'.join(superior)}的报告", 0.95, rpos, "、".join(superior))
        if rule == "consultation" and dt in ("函", "通知") and re.search(cfg.consultation_title, title) and "公开征求" not in title:
            return Nature(rule, W, "向有关部门征求意见的公文", 0.9, tpos, full_title)
        if rule == "reply" and (dt == "复函" or (dt == "函" and re.search(cfg.reply_title, title))):
            return Nature(rule, W, "答复有关部门意见的复函", 0.9, tpos, full_title)
        if rule == "internal":
            depts = {normalise(d) for d in cfg.departments}
            all_internal = bool(recips) and all(r in depts or r.startswith(("局机关", "局属", "机关各")) for r in recips)
            topic = next((t for t in cfg.internal_topics if normalise(t) in title), None)
            if all_internal:
                return Nature(rule, R, "机关内部管理事务（主送局机关科室、局属单位）", 0.85, rpos, "、".join(recips))
            if topic and not superior and _public_hits(doc, cfg) < cfg.min_public_hits:
                return Nature(rule, R, f"机关内部管理事务（{topic}）", 0.8, tpos, full_title)
        if rule == "public_notice" and dt in ("公告", "通告"):
            return Nature(rule, P, f"需要社会公众广泛知晓的{dt}", 0.9, tpos, full_title)
        if rule == "public_interest" and dt in cfg.public_doc_types and not superior:
            hits = _public_hits(doc, cfg)
            if hits >= cfg.min_public_hits:
                words = "、".join(sorted(_public_terms(doc, cfg))[:4])
                return Nature(rule, P, f"涉及公民、法人或其他组织切身利益的{dt}（{words}）", 0.75, tpos, words)
    return None


def _public_terms(doc: Document, cfg: NatureConfig) -> set[str]:
    lex = Lexicon({"public": cfg.public_interest})
    text = normalise(heading(doc).title) + "\n" + TextStream(body_blocks(doc, elements=("正文", "标题"))).text
    return {h.term for h in lex.find(text)}


def _public_hits(doc: Document, cfg: NatureConfig) -> int:
    return len(_public_terms(doc, cfg))


@register("nature")
class NatureRule:
    """Suggest the attribute the document's nature calls for; LABEL_MISMATCH when the marking differs."""

    name = "nature"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding | Suggestion]:
        cfg: NatureConfig = ctx.config["nature"]
        if is_forwarding(doc, ctx.config["forwarding"]) is not None:
            return
        if find_marks(doc, ctx.config["secrecy"]):
            return
        nat = classify(doc, cfg)
        if nat is None:
            return
        yield Suggestion(nat.expected, "rule", nat.confidence, (f"{nat.description}（源头认定第三条（一））",))
        if ctx.attribute is not None and ctx.attribute != nat.expected and not label_conflicts(doc, ctx.config["markings"]):
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype=nat.rule, severity=Severity(cfg.severity),
                message=message("LABEL_MISMATCH", nature=nat.description, expected=nat.expected, marked=ctx.attribute),
                rule=RULES["source_3_1"], position=nat.position, evidence=nat.evidence, source="rule",
                match_key=f"{nat.rule}:{ctx.attribute}",
                explanation=(("nature", nat.description), ("expected", nat.expected), ("marked", ctx.attribute),
                             ("doc_type", heading(doc).doc_type or ""), ("recipients", "、".join(heading(doc).recipients))),
            )
