"""台湾居民居住证: ``830000`` + birth date + sequence + the GB 11643 MOD 11-2 check character.

The shared digit scan finds it (an 18-digit run whose prefix is 83 and whose check character and
birth date are valid); no word is needed, a thing's label scores it down. Mask as an ID number.
"""

from __future__ import annotations

from ..registry import register
from ._document import DocumentCheck


@register("taiwan_residence")
class TaiwanResidenceDetector(DocumentCheck):
    """台湾居民居住证 numbers."""

    name = "taiwan_residence"
