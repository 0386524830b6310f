"""银行卡号: 16–19 digits passing Luhn, with an issuer prefix and context (开户行, 卡号, 账号 …).

《保密审查工作制度》第五条（二）、第十一条. Traps: an 18-digit ID number that happens to pass Luhn is
an ID, never a card (checked first; openDLP#3); a firm's account (公司, 单位账户 … in the row) is a
commercial matter and is reported by ``commercial_secret`` instead; a number right before 元 is
an amount; a number under 统一社会信用代码 / 合同编号 is not a card.
"""

from __future__ import annotations

from ..registry import register
from ._document import DocumentCheck


@register("bank_card")
class BankCardDetector(DocumentCheck):
    """Personal bank card numbers."""

    name = "bank_card"
