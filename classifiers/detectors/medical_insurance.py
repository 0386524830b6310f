"""医保 numbers: 医保个人编号, 医疗保障号, 医保卡号, 医保人员编码.

Formats differ by region (10, 12 or 16 digits; a 2-letter province code + 12 digits for the
national 医保编码) and carry no published checksum: the announcing word (医保, 医疗保障, 医疗保险)
is needed. A 16-digit one that happens to pass Luhn is not a bank card: its label names 医保.
Mask: first two and last two.
"""

from __future__ import annotations

import re


from ..masking import mask_account
from ..registry import register
from ._document import DocumentCheck
from ._labelled import Spec, spec

SPEC = spec(Spec("medical_insurance", ("医保", "医疗保障", "医疗保险"),
                 re.compile(r"[0-9]{10}|[0-9]{12}|[0-9]{16}|[A-Z]{2}[0-9]{12}"), mask_account, "医保编号（10/12/16位，或省份字母 + 12位）"))


@register("medical_insurance")
class MedicalInsuranceDetector(DocumentCheck):
    """医保 numbers."""

    name = "medical_insurance"
