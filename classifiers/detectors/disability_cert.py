"""残疾人证号 (第二代): the holder's 18-character ID number + the category (1–7) + the grade (1–4).

Checksum: the ID's MOD 11-2 check character and birth date, then the two digits' ranges; found by
the shared digit scan as a 20-digit run. Reported as one finding (not an ID inside it). Mask: the
region and the last two (category and grade hidden with the birth date).
"""

from __future__ import annotations

from ..registry import register
from ._document import DocumentCheck


@register("disability_cert")
class DisabilityCertDetector(DocumentCheck):
    """残疾人证 numbers."""

    name = "disability_cert"
