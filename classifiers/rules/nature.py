"""LABEL_MISMATCH — the marking contradicts the document's nature (《公开属性源头认定制度》第三条（一）).

The nature is weighed from several signals, never read off one. Each signal names the attribute it
points to, a weight and a reason in Chinese:

==========================  ==============================================================  ========  ======
signal (rule)               when                                                            points to weight
==========================  ==============================================================  ========  ======
``request``                 文种 请示                                                        不予公开  0.70
``request`` / ``report``    主送 a superior body (``superior_bodies``) with 请示 / 报告         不予公开  0.30/0.45
``report``                  文种 报告 (alone below the note level)                            不予公开  0.25
``consultation``            函/通知 whose title asks for opinions (征求…意见, not 公开征求)     不予公开  0.90
``reply``                   复函, or a 函 answering (答复/回复) another body (not a firm/person) 不予公开  0.90
``internal``                an internal-management title (``internal_topics``: 值班, 考勤 …)   依申请公开 0.65
``internal``                主送 only the bureau's own offices and units, at any level        依申请公开 0.35
                            (局机关各科室、局属各单位、厅机关各处室、委属各单位 …)
``public_notice``           文种 公告 / 通告                                                  主动公开  0.90
``public_interest``         通知/意见/决定/… with ≥ N distinct public-interest words           主动公开  0.75
``public_interest``         印发 a 办法/规定/细则/制度/规范 (a normative document)               主动公开  0.30
==========================  ==============================================================  ========  ======

Scores add up per attribute (capped at 1). The best attribute is *firm* when its score reaches
``firm_score`` and leads the next by ``margin``: then it is the suggestion, and a marking that
differs is LABEL_MISMATCH (returned), subtype the strongest signal's rule. A lead below that —
internal recipients alone, say: addressing the bureau's own units is not proof of internal
management — is only a note: LABEL_MISMATCH subtype ``weak_evidence``, severity low, which the
decision table reports without returning. Every finding lists the signals, weights and the score.

转发 documents are left to the forwarding rule (第三条（二）), and a document bearing a secrecy mark to
the secrecy rule.
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
    """Lexicons, weights and thresholds for the document-nature rules. 《公开属性源头认定制度》第三条（一）."""

    superior_bodies: tuple[str, ...] = lexicon("superior_bodies")
    departments: tuple[str, ...] = lexicon("departments")
    internal_topics: tuple[str, ...] = lexicon("internal_topics")
    public_interest: tuple[str, ...] = lexicon("public_interest")
    #: Distinct public-interest words (title + body) that make a notice public-facing.
    min_public_hits: int = 3
    public_doc_types: tuple[str, ...] = ("通知", "意见", "决定", "通报", "办法", "实施方案", "工作方案", "方案", "公示")
    consultation_title: str = r"征求.{0,60}意见"
    reply_title: str = r"复函$|(?:答复|回复).{0,40}(?:的函|意见)$"
    #: A title issuing a normative document (规范性文件 are published: 政府信息公开条例第二十条).
    normative_title: str = r"印发.{0,60}(?:办法|规定|细则|制度|规范|规则|标准|指引)"
    #: Rules switched off by name (request, report, consultation, reply, internal, public_notice, public_interest).
    disabled: tuple[str, ...] = ()
    severity: str = "high"
    #: A nature is firm (a differing marking is returned) at this score, leading the next by ``margin``.
    firm_score: float = 0.6
    margin: float = 0.3
    #: Below firm, a lead of at least this much is reported as a note (never returned).
    note_score: float = 0.3

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section
        if not 0 < self.note_score <= self.firm_score <= 1:
            raise ValueError("nature: need 0 < note_score ≤ firm_score ≤ 1")


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence about the document's nature: where it points, how much, and why."""

    rule: str
    attribute: str
    weight: float
    reason: str
    position: Position
    evidence: str


@dataclass(frozen=True, slots=True)
class Nature:
    """The weighed nature: the expected attribute, its score, and the signals behind it."""

    rule: str
    expected: str
    description: str
    confidence: float
    position: Position
    evidence: str
    firm: bool = True
    signals: tuple[Signal, ...] = ()
    against: tuple[Signal, ...] = ()


#: 主送 that names the bureau's own offices or units, at any level: a grammar, not a list of spellings.
#: A body (厅, 局, 委, 办, 院, 部, 中心 …, with its name or 本) + 机关 + 各 + its offices (处室, 科室,
#: 司局 …), or the body + 属/直属/所属 + 各 + its units (单位, 事业单位 …): 局机关各科室、局属各单位 is
#: 厅机关各处室、厅属各单位 one level down, 部机关各司局、部属各单位 one level up.
_BODY = r"(?:本|[\u4e00-\u9fff]{0,12}?(?:厅|局|委|办|院|部|署|中心|委员会))"
_OFFICES = (r"(?:处室|科室|司局|司|处|科|室|股室|股|部门|内设机构|直属单位|直属机构"
            r"|处（室）|科（室）|处\(室\)|科\(室\))(?:（单位）|\(单位\))?")
_UNITS = r"(?:单位|事业单位|企事业单位|部门|机构)"
_INTERNAL_RECIPIENT = re.compile(
    rf"^{_BODY}?(?:机关)?(?:各|所属各|直属各)?{_OFFICES}$"
    rf"|^{_BODY}?(?:属|直属|所属)各?{_UNITS}$"
    rf"|^各(?:直属|所属){_UNITS}$"
)


#: A 主送 that is a firm or a person, not a 部门 (the reply rule speaks of 答复有关部门意见).
_NON_GOVERNMENT = re.compile(r"(?:公司|集团|企业|厂|合作社|事务所|商行|店|先生|女士)$")


def is_internal_recipient(name: str, departments: frozenset[str] = frozenset()) -> bool:
    """True when a 主送 entry names the issuing body's own offices or units (any level), or one of ``departments``."""
    n = normalise(name).rstrip("：:")
    return n in departments or bool(_INTERNAL_RECIPIENT.match(n))


def signals(doc: Document, cfg: NatureConfig) -> list[Signal]:
    """Every nature signal ``doc`` carries (see the module table)."""
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
    on = lambda rule: rule not in cfg.disabled  # noqa: E731
    out: list[Signal] = []
    if on("request") and dt == "请示":
        out.append(Signal("request", W, 0.7, "文种为请示（向上级机关请求指示、批准的过程性文件）", tpos, full_title))
        if superior:
            out.append(Signal("request", W, 0.3, f"主送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior)))
    if on("report") and dt == "报告":
        # a 报告 alone is no proof (the annual 政府信息公开工作年度报告 is published): the superior decides
        out.append(Signal("report", W, 0.25, "文种为报告", tpos, full_title))
        if superior:
            out.append(Signal("report", W, 0.45, f"报送上级机关（{'、'.join(superior)}）", rpos, "、".join(superior)))
    if on("consultation") and dt in ("函", "通知") and re.search(cfg.consultation_title, title) and "公开征求" not in title:
        out.append(Signal("consultation", W, 0.9, "向有关部门征求意见的公文（过程性信息）", tpos, full_title))
    # 第三条（一） names replies to 有关部门: a 复函 answering a firm's or a citizen's question is not one
    to_bodies = not recips or not all(_NON_GOVERNMENT.search(r) for r in recips)
    if on("reply") and to_bodies and (dt == "复函" or (dt == "函" and re.search(cfg.reply_title, title))):
        out.append(Signal("reply", W, 0.9, "答复有关部门意见的复函", tpos, full_title))
    if on("internal"):
        topic = next((t for t in cfg.internal_topics if normalise(t) in title), None)
        if topic and not superior:
            out.append(Signal("internal", R, 0.65, f"标题涉及机关内部管理事务（{topic}）", tpos, full_title))
        depts = frozenset(normalise(d) for d in cfg.departments)
        if recips and all(is_internal_recipient(r, depts) for r in recips):
            out.append(Signal("internal", R, 0.35, f"主送仅为本机关内设机构和所属单位（{'、'.join(recips)}）；"
                                                   "主送对象本身不能证明属内部管理事务", rpos, "、".join(recips)))
    if on("public_notice") and dt in ("公告", "通告"):
        out.append(Signal("public_notice", P, 0.9, f"文种为{dt}（需要社会公众广泛知晓）", tpos, full_title))
    if on("public_interest") and not superior:
        if dt in cfg.public_doc_types and _public_hits(doc, cfg) >= cfg.min_public_hits:
            words = "、".join(sorted(_public_terms(doc, cfg))[:4])
            out.append(Signal("public_interest", P, 0.75, f"涉及公民、法人或其他组织切身利益的{dt}（{words}）", tpos, words))
        if re.search(cfg.normative_title, title):
            out.append(Signal("public_interest", P, 0.3, "印发办法、规定、制度等规范性文件（政府信息公开条例第二十条）", tpos, full_title))
    return out


def classify(doc: Document, cfg: NatureConfig) -> Nature | None:
    """The nature the signals of ``doc`` add up to (firm or only a note), or None when there is none."""
    sigs = signals(doc, cfg)
    if not sigs:
        return None
    score: dict[str, float] = {}
    for s in sigs:
        score[s.attribute] = min(1.0, score.get(s.attribute, 0.0) + s.weight)
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    lead = top - second
    eps = 1e-9
    firm = top >= cfg.firm_score - eps and lead >= cfg.margin - eps
    if not firm and lead < cfg.note_score - eps:
        return None  # signals too weak or too evenly balanced to say anything
    mine = sorted((s for s in sigs if s.attribute == best), key=lambda s: -s.weight)
    against = tuple(s for s in sigs if s.attribute != best)
    lead_sig = mine[0]
    description = "；".join(s.reason for s in mine)
    return Nature(lead_sig.rule, best, description, round(top, 2), lead_sig.position, lead_sig.evidence,
                  firm=firm, signals=tuple(mine), against=against)


def _public_terms(doc: Document, cfg: NatureConfig) -> set[str]:
    lex = Lexicon({"public": cfg.public_interest})
    text = normalise(heading(doc).title) + "\n" + TextStream(body_blocks(doc, elements=("正文", "标题"))).text
    return {h.term for h in lex.find(text)}


def _public_hits(doc: Document, cfg: NatureConfig) -> int:
    return len(_public_terms(doc, cfg))


@register("nature")
class NatureRule:
    """Suggest the attribute the document's nature calls for; LABEL_MISMATCH when the marking differs
    (returned when the evidence is firm, a low-severity note when it is not)."""

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
        if nat.firm:
            yield Suggestion(nat.expected, "rule", nat.confidence, (f"{nat.description}（源头认定第三条（一））",))
        if ctx.attribute is None or ctx.attribute == nat.expected or label_conflicts(doc, ctx.config["markings"]):
            return
        h = heading(doc)
        weighed = "；".join(f"{s.reason}（指向{s.attribute}，权重{s.weight:.2f}）" for s in nat.signals)
        counter = "；".join(f"{s.reason}（指向{s.attribute}，权重{s.weight:.2f}）" for s in nat.against)
        explanation = (("nature", nat.description), ("expected", nat.expected), ("marked", ctx.attribute),
                       ("doc_type", h.doc_type or ""), ("recipients", "、".join(h.recipients)),
                       ("依据线索", weighed), ("相反线索", counter or "无"),
                       ("综合得分", f"{nat.confidence:.2f}（退回门槛 {cfg.firm_score:.2f}，领先 {cfg.margin:.2f}）"),
                       ("结论", "证据充分，退回修改" if nat.firm else "证据不足，仅提示审批人核对，不退回"))
        if nat.firm:
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype=nat.rule, severity=Severity(cfg.severity),
                message=message("LABEL_MISMATCH", nature=nat.description, expected=nat.expected, marked=ctx.attribute),
                rule=RULES["source_3_1"], position=nat.position, evidence=nat.evidence, source="rule",
                match_key=f"{nat.rule}:{ctx.attribute}", confidence=nat.confidence, explanation=explanation,
            )
        else:
            yield Finding(
                code=Code.LABEL_MISMATCH, subtype=WEAK, severity=Severity.LOW,
                message=message("LABEL_MISMATCH_WEAK", nature=nat.description, expected=nat.expected, marked=ctx.attribute),
                rule=RULES["source_3_1"], position=nat.position, evidence=nat.evidence, source="rule",
                match_key=f"{WEAK}:{nat.rule}:{ctx.attribute}", confidence=nat.confidence, explanation=explanation,
            )


#: Subtype of the note a weak nature gives (the decision table reports it, never returns on it).
WEAK = "weak_evidence"
