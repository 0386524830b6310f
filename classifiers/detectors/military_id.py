"""军官证 / 士兵证 / 士官证 / 文职干部证 numbers: ``军字第1234567号`` (and 兵、士、文、海、空、武、警、火
字第…号), or the 2016 form ``军`` + 7 digits after a word naming the card.

The ``X字第NNNNNNN号`` shape is specific to these cards (a 文号 reads ``〔2023〕5号``); the bare
``军1234567`` needs the word (军官证, 军人证件 …). The finding spans the characters too. No checksum.
Mask: the prefix and the last two digits.
"""

from __future__ import annotations

import re

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_middle
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._scan import context, joined, score_context
from ._words import family

CARD_RE = re.compile(r"[军兵士文海空武警火]字第([0-9]{6,8})号")
#: ``军`` + 7 digits, not inside a Chinese word (checked in Python: a leading look-behind would be
#: tried at every character of the document).
BARE_RE = re.compile(r"军([0-9]{7})(?![0-9])")
_DIGITS6 = re.compile(rb"[0-9]{6}")  # both forms hold 6+ digits in a row (``Joined.may_hold``)
_WORDS = ("军官证", "士兵证", "士官证", "军人证件", "文职干部证", "军人身份")
#: What either form holds (字第, or 军 before the bare number): a page without them is skipped.
family("military", ("字第", "军"))


def military_hits(doc: Document, cfg) -> list[Hit]:
    j = joined(doc, cfg)
    # 字第 and 军, from the shared word pass (a list read, before the digits' search: most pages hold neither)
    hits = j.words["military"]
    if not hits or not j.may_hold(_DIGITS6):
        return []
    found = {w for _end, w in hits}
    ctx = context(doc, cfg)
    out = []
    for rx, base in ((CARD_RE, 0.6), (BARE_RE, 0.3)):
        if rx is CARD_RE and "字第" not in found:
            continue
        for m in rx.finditer(j.text):
            if rx is BARE_RE and m.start() and "\u4e00" <= j.text[m.start() - 1] <= "\u9fa5":
                continue
            _, b, text, s = j.locate(m.start())
            e = s + len(m.group())
            before = text[max(0, s - cfg.window_before):s] + (ctx.header(b) or "")
            if base < 0.5 and not any(w in before for w in _WORDS):
                continue
            above = ctx.above(b) if not text[:s].strip() else None
            sc, steps, used = score_context("military_id", base, text, s, e, ctx.header(b), cfg, boost=0.3, trap=0.5, above=above)
            if base < 0.5:
                sc = max(sc, 0.75)
                steps += (("word naming the card before 军+7位", 0.45),)
            shown = m.group()[:m.group().find("第") + 1 if "第" in m.group() else 1] + mask_middle(m.group(1), 0, 2) + ("号" if m.group().endswith("号") else "")
            out.append(Hit("military_id", b, s, e, shown, sc, "军官证/士兵证号（X字第…号）", "无校验位", steps, used,
                           snippet=snippet_of(text, s, e, shown)))
    return out


@register("military_id")
class MilitaryIdDetector(DocumentCheck):
    """军官证 / 士兵证 numbers."""

    name = "military_id"
