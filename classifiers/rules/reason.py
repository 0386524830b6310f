"""REASON_MISSING — an optional rule: 依申请公开 / 不予公开 must say why (off by default).

《保密审查工作制度》第十条 asks for the 依据和理由 of a 免于公开 opinion; many bureaus' OA forms
(``govPublicItemReason``) require a reason from a fixed list. The reason is read from the OA sidecar
(``不公开理由`` …) or the document (``（此件不予公开，理由：…）``, ``（此件为…信息，作为免予公开信息）``,
a ``不公开理由：…`` row) — ``markings.find_reason``. Enable with ``[reasons] required = true``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from extractors.model import Document, Position

from ..config import section
from ..markings import find_reason
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity
from ..registry import AuditContext, register


@section("reasons")
@dataclass(frozen=True, slots=True)
class ReasonsConfig:
    """Whether a reason is required, and for which attributes. 保密审查第十条."""

    required: bool = False
    attributes: tuple[str, ...] = (str(Attribute.ON_REQUEST), str(Attribute.WITHHELD))
    severity: str = "medium"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section


@register("reason")
class ReasonRule:
    """When enabled: a 依申请公开 / 不予公开 document without a stated reason → REASON_MISSING."""

    name = "reason"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg: ReasonsConfig = ctx.config["reasons"]
        if not cfg.required or ctx.attribute not in cfg.attributes:
            return
        if find_reason(doc, ctx.config["markings"]):
            return
        yield Finding(
            code=Code.REASON_MISSING, severity=Severity(cfg.severity), message=message("REASON_MISSING", marked=ctx.attribute),
            rule=RULES["secrecy_10"], position=ctx.marking.position if ctx.marking else Position(),
            evidence=ctx.marking.text if ctx.marking else None, source="rule", match_key=f"reason:{ctx.attribute}",
        )
