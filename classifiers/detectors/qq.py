"""QQ 号 of a private person: 5–11 digits announced by QQ / QQ号 / 扣扣 / 企鹅号.

No checksum exists; the number is only a QQ number when the word says so. ``QQ群`` (a group) is a
thing by the label model and scores down. Mask: the first two and last two digits.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import Document

from ..masking import mask_account
from ..model import Finding
from ..registry import AuditContext, register
from ._base import to_findings
from ._document import quiet
from ._labelled import Spec, hits_of, spec

SPEC = spec(Spec("qq", ("QQ", "qq", "扣扣", "企鹅号"), re.compile(r"[1-9][0-9]{4,10}"), mask_account, "QQ号（5–11位）"))


@register("qq")
class QQDetector:
    """Private QQ numbers."""

    name = "qq"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        if quiet(doc, cfg):
            return []
        return to_findings(hits_of(doc, cfg, "qq"), cfg)
