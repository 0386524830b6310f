"""残疾人证号 (第二代): the holder's 18-character ID number + the category (1–7) + the grade (1–4).

Checksum: the ID's MOD 11-2 check character and birth date, then the two digits' ranges; found by
the shared digit scan as a 20-digit run. Reported as one finding (not an ID inside it). Mask: the
region and the last two (category and grade hidden with the birth date).
"""

from __future__ import annotations

from typing import Iterable

from extractors.model import Document

from ..model import Finding
from ..registry import AuditContext, register
from ._base import to_findings
from ._document import quiet
from ._scan import shared_scan


@register("disability_cert")
class DisabilityCertDetector:
    """残疾人证 numbers."""

    name = "disability_cert"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        if quiet(doc, cfg):
            return []
        return to_findings([h for h in shared_scan(doc, cfg).hits if h.subtype == "disability_cert"], cfg)
