"""银行卡号: 16–19 digits passing Luhn, with an issuer prefix and context (开户行, 卡号, 账号 …).

《保密审查工作制度》第五条（二）、第十一条. Traps: an 18-digit ID number that happens to pass Luhn is
an ID, never a card (checked first; openDLP#3); a firm's account (公司, 单位账户 … in the row) is a
commercial matter and is reported by ``commercial_secret`` instead; a number right before 元 is
an amount; a number under 统一社会信用代码 / 合同编号 is not a card.
"""

from __future__ import annotations

from typing import Iterable

from extractors.model import Document

from ..model import Finding
from ..registry import AuditContext, register
from ._base import to_findings
from ._document import quiet
from ._scan import shared_scan


@register("bank_card")
class BankCardDetector:
    """Personal bank card numbers."""

    name = "bank_card"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        if quiet(doc, cfg):
            return []
        return to_findings([h for h in shared_scan(doc, cfg).hits if h.subtype == "bank_card"], cfg)
