"""公民身份号码 / 社会保障号码 (GB 11643): 18 digits with the ISO 7064 MOD 11-2 check character.

《保密审查工作制度》第五条（二）: personal privacy may not be published; 第十一条: redact first.
A match needs a valid check character and a real birth date; the area code is only checked for a
plausible province prefix (11–82), not against a year-specific table, so people with retired area
codes are still found (python-stdnum's ``cn.ric`` rejects them).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from extractors.model import Document

from ..masking import context, mask_id
from ..messages import RULES
from ..model import Code, Finding, Severity
from ..registry import AuditContext, register

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"
_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")
ID_RE = re.compile(r"(?<![0-9A-Za-z])[1-8][0-9]{16}[0-9Xx](?![0-9A-Za-z])")


def valid_id(s: str) -> bool:
    """Check character, province prefix and birth date of an 18-character ID number."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if not 11 <= int(s[:2]) <= 82:
        return False
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not dt.date(1900, 1, 1) <= born <= dt.date.today():
        return False
    return _C[sum(int(d) * w for d, w in zip(s[:17], _W)) % 11] == s[17].upper()


@register("id_card")
class IdCardDetector:
    """Full 18-digit ID numbers in visible and hidden text."""

    name = "id_card"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        for b in doc.blocks:
            text = b.text
            if any("０" <= c <= "９" for c in text):
                text = text.translate(_FULLWIDTH)
            for m in ID_RE.finditer(text):
                s = m.group().upper()
                if not valid_id(s):
                    continue
                masked = mask_id(s)
                yield Finding(
                    code=Code.PERSONAL_DATA, subtype="id_card", severity=Severity.HIGH,
                    message="含完整公民身份号码，请去标识化（如 640502********1234）后再公开",
                    rule=RULES["secrecy_5_2"], position=b.position.span(m.start(), m.end()),
                    evidence=masked, source="detector", match_key=masked + s[-1], visible=b.visible,
                    explanation=(("pattern", "18位号码"), ("checksum", "GB 11643 校验通过"), ("context", context(text, m.start(), m.end(), masked))),
                )
