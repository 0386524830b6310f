"""台湾居民来往大陆通行证 (台胞证): an 8-digit life number ("一人一号、终身不变"), the older cards 10
digits (the life number and a 2-digit issue count).

No checksum; 8 digits are anything without the announcing word (台胞证, 台湾居民来往大陆通行证, or a
证件类型 cell saying so). Mask: first two and last two.
"""

from __future__ import annotations

import re


from ..masking import mask_account
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("taiwan_permit", ("台胞证", "台湾居民来往大陆通行证", "台湾同胞来往大陆通行证"), re.compile(r"[0-9]{8}|[0-9]{10}"),
                 mask_account, "台胞证（8位终身号，旧证10位）"))


@register("taiwan_permit")
class TaiwanPermitDetector(DocumentCheck):
    """台胞证 numbers."""

    name = "taiwan_permit"
