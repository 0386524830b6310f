"""台湾居民居住证: ``830000`` + birth date + sequence + the GB 11643 MOD 11-2 check character.

The shared digit scan finds it (an 18-digit run whose prefix is 83 and whose check character and
birth date are valid); no word is needed, a thing's label scores it down. Mask as an ID number.
"""

from __future__ import annotations

from typing import Iterable

from extractors.model import Document

from ..model import Finding
from ..registry import AuditContext, register
from ._base import to_findings
from ._document import quiet
from ._scan import shared_scan


@register("taiwan_residence")
class TaiwanResidenceDetector:
    """台湾居民居住证 numbers."""

    name = "taiwan_residence"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        if quiet(doc, cfg):
            return []
        return to_findings([h for h in shared_scan(doc, cfg).hits if h.subtype == "taiwan_residence"], cfg)
