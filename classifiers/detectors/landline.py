"""固定电话 of a private person (住宅电话、宅电、家庭电话、座机、联系电话（家）).

《保密审查工作制度》第十一条. A landline is far more often the office's own (咨询电话, 监督电话,
0955-70xxxxx) than a person's, so the number alone scores below the threshold (0.4): it is
reported when its label names a person or a home (家庭, 住宅, 座机, 本人, 联系电话 of a person …;
the label model in ``_label``), and an office's label (服务, 热线, 咨询 …) or a thing's (受理 …)
takes it further down. Validity: the area code and length by Google's libphonenumber
(``phonenumbers``: a fixed line in region CN), not a hand-written area-code table.
Forms: ``0571-87654321``, ``0571 87654321``, ``057187654321`` (the shared digit scan) and
``(0571)87654321`` / ``（0571）87654321`` (a pass anchored on the bracket here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_landline
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._scan import context, joined, memo, score_context, shared_scan

_BRACKETED = re.compile(r"[(（](0[1-9][0-9]{1,2})[)）]\s?([0-9]{7,8})(?![0-9])")
#: What the match leaves in the text's ASCII part (``Joined.may_hold``): the full-width brackets and
#: a non-ASCII space drop out, the digits stand together.
_GATE = re.compile(rb"0[1-9][0-9]{1,2}\)?\s?[0-9]{7}")


@lru_cache(maxsize=4096)
def valid_landline(d: str) -> bool:
    """A fixed-line number of mainland China (trunk prefix 0, area code, 7–8 digits)."""
    import phonenumbers

    try:
        n = phonenumbers.parse(d, "CN")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(n):
        return phonenumbers.number_type(n) in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    # a possible length on a known area code (7-digit numbers survive in lists of old records):
    # the label has to say it is a person's or a home's (base below the threshold) anyway
    return phonenumbers.is_possible_number(n) and any(_known_area(d[:k]) for k in (3, 4))


@lru_cache(maxsize=1024)
def _known_area(area: str) -> bool:
    """An area code libphonenumber knows (an 8-digit number on it is a valid fixed line)."""
    import phonenumbers

    n = phonenumbers.parse(area + "66666666", "CN")
    return phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.FIXED_LINE


def landline_hit(d: str, b, s: int, e: int, ctx_score) -> Hit | None:
    """A digit run from the shared scan that is a valid landline, scored by its label."""
    if not valid_landline(d):
        return None
    sc, steps, used = ctx_score("landline", 0.4, 0.35, 0.45, True)
    return Hit("landline", b, s, e, mask_landline(d), sc, "固定电话（区号 + 7–8 位）", "libphonenumber：中国大陆固定电话号码有效", steps, used)


def _bracketed(jt: str) -> list[re.Match]:
    """``_BRACKETED.finditer(jt)``'s matches, tried only where a bracket opens on a 0 (str.find at
    memory speed; the regex over the page tried every （ of the prose, ~4 µs). Matches cannot
    overlap (each holds one opening bracket, at its start)."""
    out = []
    for pair in ("(0", "（0"):
        k = jt.find(pair)
        while k >= 0:
            m = _BRACKETED.match(jt, k)
            if m is not None:
                out.append(m)
            k = jt.find(pair, k + 1)
    out.sort(key=lambda m: m.start())
    return out


def bracketed_hits(doc: Document, cfg) -> list[Hit]:
    """``(0571)87654321``: the bracketed area code the digit scan does not see."""
    j = joined(doc, cfg)
    if not j.may_hold(_GATE) or ("(0" not in j.text and "（0" not in j.text):
        return []
    ctx = context(doc, cfg)
    out = []
    for m in _bracketed(j.text):
        d = m.group(1) + m.group(2)
        if not valid_landline(d):
            continue
        _, b, text, s = j.locate(m.start())
        e = s + (m.end() - m.start())
        above = ctx.above(b) if not text[:s].strip() else None
        sc, steps, used = score_context("landline", 0.4, text, s, e, ctx.header(b), cfg, boost=0.35, trap=0.45, office=True, above=above)
        shown = mask_landline(d)
        out.append(Hit("landline", b, s, e, shown, sc, "固定电话（括号区号）", "libphonenumber：中国大陆固定电话号码有效", steps, used,
                       snippet=snippet_of(text, s, e, shown)))
    return out


def landline_hits(doc: Document, cfg) -> list[Hit]:
    return [h for h in shared_scan(doc, cfg).hits if h.subtype == "landline"] + memo(doc, cfg, "landline_bracketed", bracketed_hits)


@register("landline")
class LandlineDetector(DocumentCheck):
    """A private person's fixed-line telephone."""

    name = "landline"
