"""Identifiers known by the word that announces them (护照, 台胞证, 社保卡, 医保号, QQ, 微信 …).

Most of these numbers have no checksum and a shape shared with a thousand others (8 digits, a
letter and 8 digits), so the word that names the document is what makes them personal data. The
shared Aho–Corasick pass (``_words``) over the document's joined text finds every announcing word of
every such detector at once; the value is the token right after the word (``护照号码：M12345678``,
``社保卡（卡号CA2636726）``, ``医疗保险个人编号`` / ``1697802269`` on the next line). In tables the
column header, or the row's 证件类型 cell, announces the column. The value must fit the type's
forms (and its checksum where one exists), and the label model (``_label``) still judges the
label: ``QQ群`` is a group's number, not a person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from extractors.model import BlockKind, Document

from ..masking import context as snippet_of
from ._base import Hit
from ._scan import context, joined, memo, score_context
from ._words import family

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]*")
#: What may stand between the announcing word and its value: 号码, 卡号, 个人编号, a colon, a bracket.
_SKIP = frozenset("：:（( \u3000\t号码为是卡证件编个人员的")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")


@dataclass(frozen=True, slots=True)
class Spec:
    """One announced identifier type: its words, the forms its value takes, its checksum and mask."""

    subtype: str
    words: tuple[str, ...]
    forms: re.Pattern
    mask: Callable[[str], str]
    pattern: str
    checksum: str = "无校验位（依标签认定）"
    check: Callable[[str], bool] | None = None
    base: float = 0.45
    boost: float = 0.4
    trap: float = 0.5


_SPECS: dict[str, Spec] = {}


def spec(s: Spec) -> Spec:
    """Register a spec (at import of its detector module)."""
    _SPECS[s.subtype] = s
    _subtypes_of.cache_clear()
    family("labelled", (w for sp in _SPECS.values() for w in sp.words))
    return s


@lru_cache(maxsize=1)
def _subtypes_of() -> dict[str, tuple[str, ...]]:
    """Announcing word → the subtypes it announces (a word may announce several)."""
    by_word: dict[str, list[str]] = {}
    for sp in _SPECS.values():
        for w in sp.words:
            by_word.setdefault(w, []).append(sp.subtype)
    return {w: tuple(subs) for w, subs in by_word.items()}


def _value_after(text: str, i: int) -> tuple[int, int] | None:
    """The token after the announcing word ending at ``i`` (skipping 号码, a colon, one line break)."""
    k, newline = i, False
    while k < len(text) and k - i < 10:
        ch = text[k]
        if ch in _SKIP:
            k += 1
        elif ch == "\n" and not newline:
            newline = True
            k += 1
        else:
            break
    m = _TOKEN.match(text, k)
    return (m.start(), m.end()) if m else None


def labelled_hits(doc: Document, cfg) -> dict[str, list[Hit]]:
    """Every announced identifier of the document, by subtype (one pass for all types)."""
    out: dict[str, list[Hit]] = {s: [] for s in _SPECS}
    j = joined(doc, cfg)
    # the words' hits come from the shared pass over every family's words (``_words``; ``word_hits``
    # is this lookup): most pages hold none
    words_found = j.words["labelled"]
    if not words_found:
        return out
    subtypes = _subtypes_of()
    found = [(end, (w, subtypes[w])) for end, w in words_found]
    ctx = None  # the page's context, built for the first value of a fitting form or a table
    seen: set[tuple[str, int]] = set()

    def consider(sub: str, b, text: str, s: int, e: int, header: str | None) -> None:
        nonlocal ctx
        sp = _SPECS[sub]
        v = text[s:e]
        if (sub, id(b), s) in seen or not sp.forms.fullmatch(v) or (sp.check is not None and not sp.check(v)):
            return
        if (s and text[s - 1] in _ALNUM) or (e < len(text) and text[e] in _ALNUM):
            return
        seen.add((sub, id(b), s))
        ctx = ctx or context(doc, cfg)
        above = ctx.above(b) if not text[:s].strip() else None
        sc, steps, used = score_context(sub, sp.base, text, s, e, header, cfg, boost=sp.boost, trap=sp.trap, above=above)
        shown = sp.mask(v)
        out[sub].append(Hit(sub, b, s, e, shown, sc, sp.pattern, sp.checksum, steps, used, snippet=snippet_of(text, s, e, shown)))

    table_words: set[str] = set()
    for end, (w, subs) in found:
        if j.blocks[j.index(end)].position.cell is not None:
            table_words.add(w)
            continue
        span = _value_after(j.text, end + 1)
        if span is None:
            continue
        # the value's forms first, on the joined text: most tokens after 社会保障卡 or 微信 are none
        v = j.text[span[0]:span[1]]
        fit = [sub for sub in subs if _SPECS[sub].forms.fullmatch(v)]
        if not fit:
            continue
        vbi, vb, vtext, vs = j.locate(span[0])
        for sub in fit:
            consider(sub, vb, vtext, vs, vs + (span[1] - span[0]), None)
    if table_words:
        words_subs = [(w, subs) for _, (w, subs) in found if w in table_words]
        for b in doc.blocks:
            c = b.position.cell
            if c is None or c[1] == 0 or b.kind != BlockKind.TABLE_CELL:
                continue
            ctx = ctx or context(doc, cfg)
            h = ctx.header(b)
            if not h:
                continue
            v = b.text.strip()
            for w, subs in words_subs:
                if w in h:
                    s = b.text.find(v)
                    for sub in subs:
                        consider(sub, b, b.text, s, s + len(v), h)
    return out


def hits_of(doc: Document, cfg, subtype: str) -> list[Hit]:
    """The announced identifiers of one subtype (the shared pass runs once per document)."""
    return memo(doc, cfg, "labelled", labelled_hits).get(subtype, [])
