"""公民身份号码 / 社会保障号码 (GB 11643-1999): 18 characters with the ISO 7064 MOD 11-2 check
character, and the 15-digit numbers issued before 1999.

《保密审查工作制度》第五条（二）: personal privacy may not be published; 第十一条: 去标识化 first.
《社会保险法》第五十八条: the 社会保障号码 is the 公民身份号码, so both labels count as context.

An 18-digit match needs a valid check character, a real birth date and a province prefix 11–82;
the area code is *not* checked against a year-specific table (python-stdnum's ``cn.ric`` does, and
misses people whose county code was retired). Full-width digits, a lower-case x, running text,
table cells (scored by column header) and hidden blocks are all covered by the shared scan. A
15-digit number has no check digit, so it is reported only with a label or column header
(身份证号 …); a 15-digit 准考证号 stays silent.
"""

from __future__ import annotations

from ..registry import register
from ._document import DocumentCheck
from ._scan import valid_id, valid_id15  # noqa: F401  (re-exported for callers)

SUBTYPES = ("id_card", "id_card_15")


@register("id_card")
class IdCardDetector(DocumentCheck):
    """Full ID numbers (18 and 15 digits) in visible and machine-only text."""

    name = "id_card"
