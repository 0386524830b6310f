"""护照号码: the 2012 e-passport ``E`` + 8 digits or ``E`` + letter + 7 digits, older ``G`` + 8
digits, and 公务/外交 ``D``/``S``/``P`` + 7 digits.

《保密审查工作制度》第十一条. Without a label (护照, 护照号码 …) only the common ``E`` forms are
reported; the rarer prefixes need the label. Trap labels (证书编号, 合同编号 …) score down.
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import mask_middle
from ..masking import context as snippet_of
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._labelled import Spec, spec
from ._scan import _Context, context, joined, score_context

PASSPORT_RE = re.compile(r"[EGDSP][A-Z]?[0-9]{7,8}(?![0-9A-Za-z])")
_GATE = re.compile(rb"[EGDSP][A-Z]?[0-9]{7}")  # on the text's ASCII part (``Joined.may_hold``)
#: The forms actually issued; the scan regex above is only a fast superset.
PASSPORT_FORMS = re.compile(r"E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|[DSP][0-9]{7}|P[A-Z][0-9]{7}")
#: Foreign passports beside the word 护照 (Korean M + 8, German C/F/G/H/J/K + 8 alphanumerics, US 9
#: digits, Japanese 2 letters + 7, French 2 digits + 2 letters + 5, Singapore K + 7 + letter …): no
#: common checksum (the MRZ's is not printed in the number), so the word is needed.
FOREIGN = spec(Spec("passport", ("护照",), re.compile(r"(?=[A-Z0-9]*[0-9])[A-Z0-9]{7,9}"), lambda v: mask_middle(v, 2, 2),
                    "外国护照号码（护照一词之后，7–9位字母数字）"))
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def passport_hits(doc: Document, cfg) -> list[Hit]:
    """Scored passport candidates of every block (one pass over the joined text)."""
    ctx: _Context | None = None
    out = []
    j = joined(doc, cfg)
    if not j.may_hold(_GATE):
        return out
    for m in PASSPORT_RE.finditer(j.text):
        v = m.group()
        if (m.start() and j.text[m.start() - 1] in _ALNUM) or not PASSPORT_FORMS.fullmatch(v):
            continue
        ctx = ctx or context(doc, cfg)
        _, b, text, s = j.locate(m.start())
        e = s + len(v)
        base = 0.55 if v[0] == "E" else 0.3
        sc, steps, used = score_context("passport", base, text, s, e, ctx.header(b), cfg, boost=0.4, trap=0.5)
        shown = mask_middle(v, 2, 2)
        out.append(Hit("passport", b, s, e, shown, sc, "护照号码（E/G/D/S/P 字头）", "无校验位", steps, used,
                       snippet=snippet_of(text, s, e, shown)))
    return out


def with_foreign(own: list[Hit], labelled: list[Hit]) -> list[Hit]:
    """The passport check's hits: the Chinese forms, then foreign numbers after 护照 not already taken."""
    taken = {(id(h.block), h.start) for h in own}
    foreign = [h for h in labelled if (id(h.block), h.start) not in taken and not PASSPORT_FORMS.fullmatch(h.block.text[h.start:h.end])]
    return own + foreign


@register("passport")
class PassportDetector(DocumentCheck):
    """Passport numbers."""

    name = "passport"
