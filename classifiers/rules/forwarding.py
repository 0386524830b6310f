"""FORWARD_MISMATCH — a 转发 document takes the attribute of what it forwards (《公开属性源头认定制度》第三条（二）).

A document is a forwarding one when its title reads ``关于转发《…》的通知`` / ``…转发…的通知``, or its body
says ``现将《…》转发给你们``. The forwarded original's attribute is known, in this order, from:

1. the OA form: a sidecar field ``原文件公开属性`` / ``被转发文件公开属性`` / ``forwarded_attribute``;
2. an explicit phrase in the text: ``原文件公开属性：主动公开``, ``被转发文件的公开属性为依申请公开``;
3. the original's own marking: the 附注 or 版记 of the forwarded original as a child document
   (``Document.parts``, kind ``forwarded``: attached after an ``附件`` line, or quoted after the
   forwarding notice). The parent's marking is read from the parent's own zones only, so the
   original's ``（此件公开发布）`` is never taken for the forwarding notice's (no LABEL_CONFLICT from it).

When none gives it, the original "没有确定公开属性" and the rule says to decide afresh: no finding.
When the forwarding document's own attribute differs → FORWARD_MISMATCH, and a Suggestion of the
original's attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from extractors.model import Document, PartKind, Position

from ..config import section
from ..markings import part_markings
from ..messages import RULES, message
from ..model import Code, Finding, Severity, Suggestion
from ..registry import AuditContext, register
from ._text import TextStream, body_blocks, heading, label_conflicts, per_document, short

_S = r"[\s\u3000]*"


@section("forwarding")
@dataclass(frozen=True, slots=True)
class ForwardingConfig:
    """How a 转发 document and its original's attribute are recognised. 第三条（二）."""

    title_patterns: tuple[str, ...] = (r"转发.{2,80}(?:的)?(?:通知|意见|决定|办法|方案|函|通报)",)
    body_patterns: tuple[str, ...] = (r"现将《(?P<orig>[^》]{4,80})》(?:（[^）]{0,30}）)?转发给你们",
                                      r"现将《(?P<orig>[^》]{4,80})》(?:（[^）]{0,30}）)?转发")
    #: Phrases that state the original's attribute; the value follows.
    original_labels: tuple[str, ...] = ("原文件公开属性", "原件公开属性", "被转发文件公开属性", "被转发公文公开属性", "所转发文件公开属性",
                                        "原文件的公开属性", "被转发文件的公开属性", "所转发公文的公开属性")
    #: OA form fields that carry it.
    sidecar_keys: tuple[str, ...] = ("原文件公开属性", "被转发文件公开属性", "被转发公文公开属性", "forwarded_attribute")
    severity: str = "high"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section


@dataclass(frozen=True, slots=True)
class Original:
    title: str
    attribute: str | None
    source: str  # 表单 / 正文说明 / 附件标注
    position: Position
    evidence: str


def is_forwarding(doc: Document, cfg: ForwardingConfig) -> str | None:
    """The forwarded original's title (or the whole title) when ``doc`` forwards one, else None."""
    # nature asks too; keyed by the configuration's identity (it outlives the document's audit), not its hash
    return per_document(doc, ("is_forwarding", id(cfg)), lambda: _is_forwarding(doc, cfg))


def _is_forwarding(doc: Document, cfg: ForwardingConfig) -> str | None:
    title = heading(doc).title
    for p in cfg.title_patterns:
        if re.search(p, title):
            m = re.search(r"《([^》]+)》", title)
            return m.group(1) if m else re.sub(r"^关于|的(?:通知|意见)$", "", title)
    text = TextStream(body_blocks(doc, elements=("正文",))).text
    for p in cfg.body_patterns:
        m = re.search(p, text)
        if m:
            return m.group("orig")
    return None


def original_attribute(doc: Document, ctx: AuditContext, cfg: ForwardingConfig) -> Original | None:
    """The forwarded original's attribute per the module docstring's order, or None."""
    mcfg = ctx.config["markings"]
    title = is_forwarding(doc, cfg) or ""
    sc = doc.sidecar
    if sc is not None:
        extra = dict(sc.extra)
        for k in cfg.sidecar_keys:
            if extra.get(k, "").strip():
                v, _ = mcfg.normalise(extra[k])
                return Original(title, v, "OA表单", Position(part=sc.path), f"{k}：{extra[k]}")
    stream = TextStream(body_blocks(doc, skip=None))
    labels = "|".join(re.escape(w) for w in sorted(cfg.original_labels, key=len, reverse=True))
    m = re.search(rf"(?:{labels}){_S}(?:为|是)?{_S}[:：∶]?{_S}[“\"]?(?P<val>[\u4e00-\u9fa5]{{2,6}}?)[”\"]?(?=[。；;，,）)\n]|$)", stream.text)
    if m:
        v, _ = mcfg.normalise(m.group("val"))
        b, pos = stream.locate(m.start(), m.end())
        return Original(title, v, "正文说明", pos, short(m.group(0)))
    # the forwarded original as a child document; when the zoner did not name one, the first 附件
    found = part_markings(doc, mcfg, PartKind.FORWARDED) or part_markings(doc, mcfg, PartKind.ATTACHMENT)
    if found is not None:
        marks = sorted((mk for mk in found[1] if mk.value is not None), key=lambda mk: mk.zone in ("页眉", "页脚"))
        if marks:
            mk = marks[0]
            return Original(title, mk.value, "附件标注", mk.position, mk.text)
    return None


@register("forwarding")
class ForwardingRule:
    """A 转发 document's attribute must follow the forwarded original's (第三条（二））."""

    name = "forwarding"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding | Suggestion]:
        cfg: ForwardingConfig = ctx.config["forwarding"]
        if is_forwarding(doc, cfg) is None:
            return
        orig = original_attribute(doc, ctx, cfg)
        if orig is None or orig.attribute is None:
            return
        yield Suggestion(orig.attribute, "rule", 0.95, (f"转发公文依被转发公文（{orig.source}：{orig.evidence}）确定公开属性",))
        if ctx.attribute is not None and ctx.attribute != orig.attribute and not label_conflicts(doc, ctx.config["markings"]):
            yield Finding(
                code=Code.FORWARD_MISMATCH, severity=Severity(cfg.severity),
                message=message("FORWARD_MISMATCH", original=short(orig.title, 40), forwarded=orig.attribute, marked=ctx.attribute),
                rule=RULES["source_3_2"], position=orig.position, evidence=orig.evidence, source="rule",
                match_key=f"{orig.attribute}->{ctx.attribute}",
                explanation=(("original", orig.title), ("original_attribute", orig.attribute), ("known_from", orig.source),
                             ("marked", ctx.attribute)),
            )
