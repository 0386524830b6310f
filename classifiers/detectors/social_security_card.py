"""社会保障卡卡号 and 人员识别号 (not the 社会保障号码, which is the ID number: ``id_card``).

The card number is printed on the card: a letter + 8 digits, two letters + 7, or 9 digits
(by province); the 人员识别号 is three letters + 9 digits. No national checksum is published, so
the announcing word is needed (社会保障卡, 社保卡, 卡号 under it, 人员识别号). Mask: first two, last two.
"""

from __future__ import annotations

import re


from ..masking import mask_account
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("social_security_card", ("社会保障卡", "社保卡", "人员识别号"),
                 re.compile(r"[A-Z][0-9]{8}|[A-Z]{2}[0-9]{7}|[0-9]{9}|[A-Z]{3}[0-9]{9}"), mask_account,
                 "社会保障卡卡号 / 人员识别号"))


@register("social_security_card")
class SocialSecurityCardDetector(DocumentCheck):
    """社会保障卡 card numbers."""

    name = "social_security_card"
