"""往来港澳通行证 (a mainland resident's) and 港澳居民来往内地通行证 (回乡证, a Hong Kong or Macau
resident's).

Forms (国家移民管理局): the electronic 往来港澳通行证 ``C`` + 8 digits, then ``C`` + a letter (no I/O)
+ 7 digits since the C-series ran out, older ``K`` + 8; 港澳居民来往内地通行证 ``H`` (Hong Kong) /
``M`` (Macau) + an 8-digit life number + a 2-digit issue count, the old 回乡证 ``H``/``M`` + 8. No
checksum is published, so the announcing word is needed. Mask: first two and last two.
"""

from __future__ import annotations

import re


from ..masking import mask_account
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("hk_macau_permit", ("往来港澳通行证", "港澳通行证", "港澳居民来往内地通行证", "回乡证", "港澳居民往来内地通行证"),
                 re.compile(r"C[0-9]{8}|C[A-HJ-NP-Z][0-9]{7}|K[0-9]{8}|[HM][0-9]{8}(?:[0-9]{2})?"), mask_account,
                 "港澳通行证（C/K/H/M 字头）"))


@register("hk_macau_permit")
class HkMacauPermitDetector(DocumentCheck):
    """港澳 travel permits."""

    name = "hk_macau_permit"
