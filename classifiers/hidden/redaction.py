"""``ineffective_redaction``: a redaction a reader sees but a machine reads through.

《保密审查工作制度》第十一条 asks for 非密处理 before publication; two ways it fails:

* ``covered_text`` — a black box drawn over PDF text, or black highlight on black Word text: the
  characters are still in the file and copy-paste gives them back;
* ``masked_original`` — the page shows ``640502********1234`` but the full number still sits in a
  tracked deletion, a hidden run, a comment or a property: the classic leak of an edited 公示.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import BlockKind, Document

from ..masking import mask_id, mask_phone
from ..messages import RULES
from ..model import Code, Finding, Severity
from ..registry import AuditContext, register
from ._finding import finding

_MASK = "*＊xX×●"
MASKED_ID = re.compile(rf"(?<![0-9])([1-8][0-9]{{5}})([{_MASK}]{{6,10}})([0-9]{{3}}[0-9Xx])(?![0-9])")
MASKED_MOBILE = re.compile(rf"(?<![0-9])(1[3-9][0-9])([{_MASK}]{{4}})([0-9]{{4}})(?![0-9])")
FULL_ID = re.compile(r"(?<![0-9])[1-8][0-9]{16}[0-9Xx](?![0-9])")
FULL_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def masked_keys(doc: Document) -> set[tuple[str, str, str, int]]:
    """(kind, visible prefix, visible suffix, length) of every masked number a reader sees."""
    keys = set()
    for b in doc.blocks:
        if not b.visible or not any(c in b.text for c in _MASK):
            continue
        for m in MASKED_ID.finditer(b.text):
            keys.add(("id", m.group(1), m.group(3).upper(), len(m.group())))
        for m in MASKED_MOBILE.finditer(b.text):
            keys.add(("mobile", m.group(1), m.group(3), len(m.group())))
    return keys


@register("ineffective_redaction")
class IneffectiveRedactionCheck:
    """Painted-over text and hidden originals of masked numbers."""

    name = "ineffective_redaction"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        keys = None
        for b in doc.blocks:
            if b.kind == BlockKind.COVERED and b.text.strip():
                yield finding(Code.INEFFECTIVE_REDACTION, "covered_text", b, RULES["secrecy_11"], Severity.HIGH,
                              "REDACTION_covered_text")
                continue
            if b.visible or not b.text.strip():
                continue
            if keys is None:
                keys = masked_keys(doc)
            if not keys:
                continue
            for rx, kind, prefix, suffix, mask in ((FULL_ID, "id", 6, 4, mask_id), (FULL_MOBILE, "mobile", 3, 4, mask_phone)):
                for m in rx.finditer(b.text):
                    s = m.group()
                    if (kind, s[:prefix], s[-suffix:].upper(), len(s)) in keys:
                        yield finding(Code.INEFFECTIVE_REDACTION, "masked_original", b, RULES["secrecy_11"], Severity.HIGH,
                                      "REDACTION_masked_original", masked=mask(s))
