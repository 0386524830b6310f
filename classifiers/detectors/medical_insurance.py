"""医保 numbers: 医保个人编号, 医疗保障号, 医保卡号, 医保人员编码.

Formats differ by region (10, 12 or 16 digits; a 2-letter province code + 12 digits for the
national 医保编码) and carry no published checksum: the announcing word (医保, 医疗保障, 医疗保险)
is needed. A 16-digit one that happens to pass Luhn is not a bank card: its label names 医保.
Mask: first two and last two.
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

SPEC = spec(Spec("medical_insurance", ("医保", "医疗保障", "医疗保险"),
                 re.compile(r"[0-9]{10}|[0-9]{12}|[0-9]{16}|[A-Z]{2}[0-9]{12}"), mask_account, "医保编号（10/12/16位，或省份字母 + 12位）"))


@register("medical_insurance")
class MedicalInsuranceDetector:
    """医保 numbers."""

    name = "medical_insurance"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        if quiet(doc, cfg):
            return []
        return to_findings(hits_of(doc, cfg, "medical_insurance"), cfg)
