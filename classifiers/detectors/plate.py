"""车牌号 of a private car (GA 36): a province's one-character abbreviation, the issuing city's
letter (no I/O), then 5 letters/digits (at most two letters) or, for new-energy cars, 6 with D/F
first or last; ``·``, a space or nothing after the city letter.

The format is specific enough to report without a word (0.6); a thing's label (公务车辆, 单位车辆
…) scores it down. Mask: the issuing city and the last two characters (``浙A·***12``).
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_plate
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._scan import _Context, context, joined, score_context

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_RE = re.compile(f"[{PROVINCES}][A-HJ-NP-Z][·・• ]?([A-HJ-NP-Z0-9]{{5,6}})(?![A-Za-z0-9])")
#: The plate's ASCII part (the province and a middle dot are not ASCII): ``Joined.may_hold``.
_GATE = re.compile(rb"[A-HJ-NP-Z] ?[A-HJ-NP-Z0-9]{5}")


def plate_ok(body: str) -> bool:
    """5 characters with at most two letters, or a new-energy 6 with D/F first or last."""
    if len(body) == 5:
        return sum(c.isalpha() for c in body) <= 2 and any(c.isdigit() for c in body)
    return (body[0] in "DF" and body[1:].isdigit()) or (body[-1] in "DF" and body[:-1].isdigit()) or (body[0] in "DF" and body[2:].isdigit())


def plate_hits(doc: Document, cfg) -> list[Hit]:
    """Scored plate numbers of every block (one regex pass over the joined text)."""
    j = joined(doc, cfg)
    ctx: _Context | None = None
    out: list[Hit] = []
    if not j.may_hold(_GATE):
        return out
    for m in PLATE_RE.finditer(j.text):
        if not plate_ok(m.group(1)):
            continue
        ctx = ctx or context(doc, cfg)
        _, b, text, s = j.locate(m.start())
        e = s + len(m.group())
        above = ctx.above(b) if not text[:s].strip() else None
        sc, steps, used = score_context("plate", 0.6, text, s, e, ctx.header(b), cfg, boost=0.3, trap=0.5, above=above)
        shown = mask_plate(m.group())
        out.append(Hit("plate", b, s, e, shown, sc, "机动车号牌（省简称 + 发牌机关字母 + 5/6位）", "无校验位", steps, used,
                       snippet=snippet_of(text, s, e, shown)))
    return out


@register("plate")
class PlateDetector(DocumentCheck):
    """Private car plates."""

    name = "plate"
