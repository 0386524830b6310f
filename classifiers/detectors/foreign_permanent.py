"""外国人永久居留身份证 (五星卡).

* 2023 form: 18 characters, ``9`` + 2-digit province + 3-digit ISO 3166 numeric country code +
  birth date + 2-digit sequence + the GB 11643 MOD 11-2 check character — found by the shared digit
  scan, no word needed;
* 2017 form: 15 characters, 3 letters (ISO 3166 alpha-3 country) + 12 digits — no checksum, so the
  announcing word is needed (永久居留, 永居证, 五星卡).

Mask: as an ID number (18) or first four and last two (15).
"""

from __future__ import annotations

import re


from ..masking import mask_middle
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("foreign_permanent", ("永久居留", "永居证", "五星卡"), re.compile(r"[A-Z]{3}[0-9]{12}"),
                 lambda v: mask_middle(v, 4, 2), "外国人永久居留身份证（2017年式：3位国家字母 + 12位）"))


@register("foreign_permanent")
class ForeignPermanentDetector(DocumentCheck):
    """外国人永久居留身份证 numbers."""

    name = "foreign_permanent"
