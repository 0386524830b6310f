"""QQ 号 of a private person: 5–11 digits announced by QQ / QQ号 / 扣扣 / 企鹅号.

No checksum exists; the number is only a QQ number when the word says so. ``QQ群`` (a group) is a
thing by the label model and scores down. Mask: the first two and last two digits.
"""

from __future__ import annotations

import re


from ..masking import mask_account
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("qq", ("QQ", "qq", "扣扣", "企鹅号"), re.compile(r"[1-9][0-9]{4,10}"), mask_account, "QQ号（5–11位）"))


@register("qq")
class QQDetector(DocumentCheck):
    """Private QQ numbers."""

    name = "qq"
