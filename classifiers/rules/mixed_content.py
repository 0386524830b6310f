"""MIXED_CONTENT — a 主动公开 document may not carry 依申请公开 or 不予公开 passages
(《公开属性源头认定制度》第三条（三）; 《保密审查工作制度》第十一条: 非密处理 before publishing).

A passage is found by a marker phrase that labels it: internal (``内部掌握``, ``仅供内部参考``,
``不得外传`` …), process-stage (``讨论稿``, ``尚未定稿`` …), private (``涉及个人隐私`` …) or secret
(``本段属工作秘密`` …) — ``lexicons/mixed_*.txt``; the subtype names the kind. The finding is located at
the passage (block and character span). The secrecy-scope knowledge base's ``internal`` matters
(``classifiers/secrecy_scope.toml``: a reference to a passage or figure with a restriction on it,
``本部分…不随文件对外公布``, ``上述数字…请勿对外提供``, an 答复口径) are found on whole words as well.

Trap: a notice *about* secrecy rules (``涉密文件一律不得外传``) states a rule, it does not label itself.
A phrase whose sentence holds a rule-context word (``lexicons/rule_context.txt``: 严禁, 保密制度, 各单位 …)
and no self-reference (``本段``, ``以下内容`` …) and is not in parentheses is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from extractors.model import Document, PartKind
from extractors.zones import parts_of

from ..config import by_identity, lexicon, section
from ..markings import attachment_span
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity
from ..registry import AuditContext, register
from ..scope import SecrecyScopeConfig
from ._text import (Lexicon, LexiconPass, TextStream, body_blocks, compile_patterns, pattern_hits, rule_until_an_event, short,
                    where)

KINDS = {"internal": "内部掌握", "process": "过程性（讨论、研究中）", "private": "个人隐私或商业秘密", "secret": "涉密或工作秘密"}


@section("mixed_content")
@dataclass(frozen=True, slots=True)
class MixedContentConfig:
    """Marker phrases by kind, and the context that marks a rule being stated. 第三条（三）."""

    internal: tuple[str, ...] = lexicon("mixed_internal")
    process: tuple[str, ...] = lexicon("mixed_process")
    private: tuple[str, ...] = lexicon("mixed_private")
    secret: tuple[str, ...] = lexicon("mixed_secret")
    #: ``category|regex`` markers for wording the lists do not hold (each needs a self-reference).
    patterns: tuple[str, ...] = lexicon("mixed_patterns")
    rule_context: tuple[str, ...] = lexicon("rule_context")
    self_reference: tuple[str, ...] = lexicon("self_reference")
    #: Which attributes the rule applies to (the regulation names 主动公开 only).
    attributes: tuple[str, ...] = (str(Attribute.PROACTIVE),)
    severity: str = "high"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section
        compile_patterns(self.patterns)


#: How far either side of a marker phrase a long "sentence" is read for rule-statement and self-reference words.
LOCAL = 80
#: A pattern hit that opens with a bracket or a pointing word (（仅供…掌握）, 以上名单…, 该数额…) labels the passage
#: it stands in by its own words, so a rule-context word beside it (各科室, 要求) does not make it a rule statement.
_SELF_HEAD = ("（", "(", "【", "〔", "[", "以下", "下列", "以上", "上述", "此", "本", "该", "这")


#: A line that is an article of rules (第七条　…): what the rules say of every such thing, not a label of the passage.
_ARTICLE = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十百零〇\d]+条[ \t\u3000]")
#: A line that is a disclosure category (an annual 政府信息公开 report's row label).
_DISCLOSURE_CATEGORY = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、]\s*)?(?:不予公开|部分公开|予以公开|无法提供|不予处理)")
#: A count of items beside the phrase (部分公开的9件主要涉及商业秘密): an annual report's statistics.
_COUNT = re.compile(r"[0-9０-９]+\s*件")
#: A phrase that names a kind of post, person or matter (对涉及商业秘密的岗位，企业可以…; 涉及个人隐私的信息不予公开;
#: 涉及商业秘密、个人隐私的案件): a rule about every such thing, not a passage saying it carries one.
_CATEGORY_AFTER = re.compile(r"(?:[、和及或][^，,。；;]{1,8}?)*的(?:岗位|人员|劳动者|职工|员工|事项|信息|行业|领域|企业|单位|案件|政府信息)")


class _Markers:
    """What MIXED_CONTENT reads a text for, built once per configuration: the marker phrases and the patterns'
    needles in one pass (``LexiconPass``), the rule-context and self-reference lexicons."""

    def __init__(self, cfg: MixedContentConfig):
        self.lists = LexiconPass(({"internal": cfg.internal, "process": cfg.process, "private": cfg.private,
                                   "secret": cfg.secret},), cfg.patterns)
        self.ctx, self.self_ref = Lexicon({"ctx": cfg.rule_context}), Lexicon({"self": cfg.self_reference})


_MARKERS: dict[int, tuple[MixedContentConfig, _Markers]] = {}


def _markers(cfg: MixedContentConfig) -> _Markers:
    """``_Markers`` of ``cfg``, keyed by identity (configurations are loaded once; hashing one walks every list)."""
    return by_identity(_MARKERS, cfg, _Markers)


def marker_hits(stream: TextStream, cfg: MixedContentConfig):
    """(hit, sentence) for each marker phrase that labels a passage (rule statements skipped)."""
    markers = _markers(cfg)
    ctx_lex, self_lex = markers.ctx, markers.self_ref
    text = stream.text
    (listed,), present = markers.lists.scan(text)
    # a pattern hit counts only where no listed phrase already matched (the lists name the kind better)
    patterned = list(pattern_hits(text, cfg.patterns, present))
    extra = [p for p in patterned if not any(h.start < p.end and p.start < h.end for h in listed)]
    # a bracketed or pointed declaration labels its passage; a listed phrase inside one (【…内部掌握】) does too
    declared = [(p.start, p.end) for p in patterned if p.term.startswith(_SELF_HEAD)]
    for h in sorted(listed + extra, key=lambda h: h.start):
        sent = stream.sentence(h.start, h.end)
        before, after = text[max(0, h.start - 1):h.start], text[h.end:h.end + 1]
        parenthesised = before in ("（", "(", "【", "，", ",") and after in ("）", ")", "】", "，", "。", "")
        # text saved from a page may have lost its full stops: a "sentence" of a whole page would let a
        # 此件 far away make a rule statement look like a passage about itself, so look near the phrase
        near = sent if len(sent) <= LOCAL * 2 else text[max(0, h.start - LOCAL):h.end + LOCAL]
        labelled = h.term.startswith(_SELF_HEAD) or any(a <= h.start and h.end <= b for a, b in declared)
        if not parenthesised and not labelled and not self_lex.contains_any(near) and (
                ctx_lex.contains_any(near) or _CATEGORY_AFTER.match(text, h.end) or _COUNT.search(near)):
            continue
        if _DISCLOSURE_CATEGORY.match(sent):
            continue  # 不予公开（涉及商业秘密、个人隐私…）: a category of an annual report's table, not a passage
        if not parenthesised and not labelled and _ARTICLE.match(text, text.rfind("\n", 0, h.start) + 1):
            continue  # 第七条　评审专家名单在评审会议结束前不对外公开: an article of rules, for every occasion, not this passage
        if not parenthesised and not labelled:
            a = text.rfind("\n", 0, h.start) + 1
            b = text.find("\n", h.end)
            if rule_until_an_event(text[a:b if b >= 0 else len(text)], h.start - a):
                continue  # 评审专家名单…评审结束前不得对外公布: a rule for such lists, in a paragraph that lists nobody
        yield h, sent


def forwarded_span(doc: Document) -> tuple[int, int] | None:
    """(first, last) block indices of the forwarded originals printed after the main document, or None."""
    kids = [p for p in parts_of(doc) if p.parent == 0 and p.kind == PartKind.FORWARDED]
    if not kids:
        return None
    return (min(p.start for p in kids), max(p.end for p in kids))


@register("mixed_content")
class MixedContentRule:
    """Each passage of a 主动公开 document that labels itself internal, process-stage, private or secret."""

    name = "mixed_content"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg: MixedContentConfig = ctx.config["mixed_content"]
        if ctx.attribute not in cfg.attributes:
            return
        skip = ("附注", "公开方式", "抄送", "发文字号", "密级")
        blocks = [b for b in body_blocks(doc, skip=attachment_span(doc)) if b.element not in skip]
        stream = TextStream(blocks)
        seen: set[tuple[int | None, str]] = set()
        # an 附件 is published with the notice, but it often reproduces forms and rules (涉及商业秘密的不予
        # 公开 …); so in it only a declaration in the passage's own words counts (【仅供…掌握】, 以上名单只在…
        # 流转). A forwarded original carries its own markings (FORWARD_MISMATCH judges it): skipped.
        att, fwd = attachment_span(doc), forwarded_span(doc)
        extra = [b for b in body_blocks(doc) if att and b.element not in skip and b.position.block is not None
                 and att[0] <= b.position.block <= att[1] and not (fwd and fwd[0] <= b.position.block <= fwd[1])]
        attached = TextStream(extra) if extra else None
        hits = [(stream, h, sent) for h, sent in marker_hits(stream, cfg)]
        if attached is not None:
            hits += [(attached, h, sent) for h, sent in marker_hits(attached, cfg) if h.term.startswith(_SELF_HEAD)]
        for src, h, sent in hits:
            b, pos = src.locate(h.start, h.end)
            if (pos.block, h.category) in seen:
                continue
            seen.add((pos.block, h.category))
            yield Finding(
                code=Code.MIXED_CONTENT, subtype=h.category, severity=Severity(cfg.severity),
                message=message("MIXED_CONTENT", where=where(b), kind=KINDS.get(h.category, "不予公开"), phrase=short(h.term, 20)),
                rule=RULES["source_3_3"], position=pos, evidence=short(sent, 40), source="rule",
                match_key=short(h.term, 20), explanation=(("phrase", h.term), ("kind", h.category), ("sentence", short(sent, 60))),
            )
        scope: SecrecyScopeConfig = ctx.config["secrecy_scope"]
        if not scope.enabled:
            return
        from .secret_content import document_matters, scope_explanation

        for hit in document_matters(doc, stream.text, scope):
            if hit.matter.decision != "internal":
                continue
            b, pos = stream.locate(hit.start, hit.end)
            if (pos.block, "internal") in seen:
                continue
            seen.add((pos.block, "internal"))
            phrase = f"{hit.object_term}…{hit.state_term}" if hit.start < hit.state_start else f"{hit.state_term}…{hit.object_term}"
            yield Finding(
                code=Code.MIXED_CONTENT, subtype=hit.matter.category, severity=Severity(cfg.severity),
                message=message("MIXED_CONTENT_SCOPE", where=where(b), matter=hit.matter.name, phrase=short(phrase, 24)),
                rule=RULES["source_3_3"], position=pos, evidence=short(hit.sentence, 40), source="rule",
                match_key=f"{hit.matter.id}:{short(phrase, 20)}", explanation=scope_explanation(hit),
            )
