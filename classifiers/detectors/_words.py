"""One Aho–Corasick pass per document for every literal word list the detectors read.

Each detector family used to scan the page for its own words (the announcing words of
``_labelled``, the commercial-secret triggers, the address labels, the name cues): a regex
alternation costs 7–11 µs per 4 KB page each, whatever it finds, and most pages hold none of the
words. One automaton over the union of the lists reads the page once; each family then gets its
own hits, ordered by end, and a family with none skips its pass. The word lists stay where they
mean something: a module registers its family at import.

The automaton is ahocorasick-rs (Rust's aho-corasick crate) over the page's UTF-16 bytes:
~7 µs a page where pyahocorasick's (a linear search among the root's ~60 children at every
character) took ~24 µs, a quarter of the detectors' time on prose.
"""

from __future__ import annotations

from functools import lru_cache

from extractors.model import Document

from ._scan import _FW_CHARS, _MASK_CHARS, joined, memo

_FAMILIES: dict[str, frozenset[str]] = {}


def family(name: str, words) -> None:
    """Register (or replace) the word list of family ``name``; the shared automaton is rebuilt on next use."""
    _FAMILIES[name] = frozenset(words)
    _automaton.cache_clear()


@lru_cache(maxsize=1)
def _automaton():
    """(automaton over the words' UTF-16-LE bytes, the words, each word's families).

    After the words come the characters ``join_document`` translates (full-width digits, mask
    characters), one "word" each and in no family: the pass that finds the words says whether the
    page holds any, where 24 substring tests over the page cost ~6 µs."""
    import ahocorasick_rs

    by_word: dict[str, list[str]] = {}
    for fam, ws in sorted(_FAMILIES.items()):
        for w in ws:
            by_word.setdefault(w, []).append(fam)
    words = sorted(by_word)
    patterns = words + list(_TRANSLATED)
    a = ahocorasick_rs.BytesAhoCorasick([w.encode("utf-16-le") for w in patterns], implementation=ahocorasick_rs.Implementation.DFA)
    return a, tuple(words), tuple(tuple(by_word[w]) for w in words)


#: The characters ``_scan.join_document`` replaces (it owns the translation).
_TRANSLATED = tuple(_FW_CHARS + _MASK_CHARS)


def find_in(text: str, data: bytes | None = None) -> tuple[dict[str, list[tuple[int, str]]], bool]:
    """Every family's hits in ``text`` (see ``word_hits``), and whether ``text`` holds a character
    of ``_TRANSLATED``. ``data``: the text's UTF-16-LE bytes, when the caller has them."""
    out: dict[str, list[tuple[int, str]]] = {f: [] for f in _FAMILIES}
    a, words, fams = _automaton()
    n = len(words)
    if data is None:
        data = text.encode("utf-16-le", "surrogatepass")
    if len(data) != 2 * len(text):
        # a character beyond the BMP takes 4 bytes: byte offsets no longer halve to characters
        found = [(s + len(words[k]), s, k) for k in range(n) for s in _all(text, words[k])]
        special = any(c in text for c in _TRANSLATED)
    else:
        # a match at an odd byte offset straddles two characters: not a word of the text
        found = [(e >> 1, s >> 1, k) for k, s, e in a.find_matches_as_indexes(data, overlapping=True) if not s & 1]
        special = False
    # by end, the longer word first at one end (the order the families' passes were written for);
    # one end and one start make one word, so the plain tuple order is that order
    found.sort()
    for e, _, k in found:
        if k >= n:
            special = True  # a translated character, in no family
            continue
        for f in fams[k]:
            out[f].append((e - 1, words[k]))
    return out, special


def _find(doc: Document, cfg) -> dict[str, list[tuple[int, str]]]:
    j = joined(doc, cfg)
    if j.words is not None:
        return j.words  # the join ran the pass (see ``_scan.join_document``)
    return find_in(j.text)[0]


def _all(text: str, w: str) -> list[int]:
    """Every start of ``w`` in ``text``, overlapping ones too."""
    out, k = [], text.find(w)
    while k >= 0:
        out.append(k)
        k = text.find(w, k + 1)
    return out


def word_hits(doc: Document, cfg, name: str) -> list[tuple[int, str]]:
    """``(end index, word)`` of every occurrence of family ``name``'s words in the document's joined
    text (the index of the word's last character; overlapping ones too, ordered by end, the longer
    word first at one end); one pass for all families."""
    found = joined(doc, cfg).words  # the join ran the pass
    return (found if found is not None else memo(doc, cfg, "words", _find))[name]
