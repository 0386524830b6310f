"""One Aho–Corasick pass per document for every literal word list the detectors read.

Each detector family used to scan the page for its own words (the announcing words of
``_labelled``, the commercial-secret triggers, the address labels, the name cues): a regex
alternation costs 7–11 µs per 4 KB page each, whatever it finds, and most pages hold none of the
words. One automaton over the union of the lists reads the page once; each family then gets its
own hits, ordered by end, and a family with none skips its pass. The word lists stay where they
mean something: a module registers its family at import.

The automaton is ahocorasick-rs (Rust's aho-corasick crate, a DFA) over the page's text (its
UTF-8, whose matches always start on a character, reported as character offsets): ~12 µs a page
where pyahocorasick's (a linear search among the root's ~60 children at every character) took
~24 µs; over the text rather than its UTF-16 bytes the whole analysis measured ~2 µs a page less,
with no filter for matches straddling two characters and no fallback for characters beyond the BMP.
"""

from __future__ import annotations

from functools import lru_cache

from extractors.model import Document

from ._scan import _FW_CHARS, _MASK_CHARS, joined

_FAMILIES: dict[str, frozenset[str]] = {}


def family(name: str, words) -> None:
    """Register (or replace) the word list of family ``name``; the shared automaton is rebuilt on next use."""
    _FAMILIES[name] = frozenset(words)
    _automaton.cache_clear()


@lru_cache(maxsize=1)
def _automaton():
    """(automaton over the words, the words, each word's families).

    After the words come the characters ``join_document`` translates (full-width digits, mask
    characters), one "word" each and in no family: the pass that finds the words says whether the
    page holds any, where 24 substring tests over the page cost ~6 µs."""
    import ahocorasick_rs

    by_word: dict[str, list[str]] = {}
    for fam, ws in sorted(_FAMILIES.items()):
        for w in ws:
            by_word.setdefault(w, []).append(fam)
    words = sorted(by_word)
    a = ahocorasick_rs.AhoCorasick(words + list(_TRANSLATED), implementation=ahocorasick_rs.Implementation.DFA)
    # each pattern's families (the translated characters: none), and its word
    return a, tuple(words) + _TRANSLATED, tuple(tuple(by_word[w]) for w in words) + ((),) * len(_TRANSLATED), len(words)


#: The characters ``_scan.join_document`` replaces (it owns the translation).
_TRANSLATED = tuple(_FW_CHARS + _MASK_CHARS)


def find_in(text: str) -> tuple[dict[str, list[tuple[int, str]]], bool]:
    """Every family's hits in ``text`` (see ``word_hits``), and whether ``text`` holds a character
    of ``_TRANSLATED``."""
    out: dict[str, list[tuple[int, str]]] = {f: [] for f in _FAMILIES}
    a, words, fams, n = _automaton()
    raw = a.find_matches_as_indexes(text, overlapping=True)
    if not raw:
        return out, False
    # ordered by end, the longer word first at one end (the order the families' passes were written
    # for): the order the automaton reports them in (an overlapping search reports each end's
    # matches as it reaches it, a state's own word before the shorter words its failure chain
    # holds), so no sort (tests/classifiers/detectors/test_words.py holds it to that order)
    for k, _s, e in raw:
        hit = (e - 1, words[k])
        for f in fams[k]:
            out[f].append(hit)
    # the translated characters come last among the patterns: the page holds one if the largest
    # pattern index is one (``raw``'s tuples start with it: the plain maximum, no key function)
    return out, max(raw)[0] >= n


def word_hits(doc: Document, cfg, name: str) -> list[tuple[int, str]]:
    """``(end index, word)`` of every occurrence of family ``name``'s words in the document's joined
    text (the index of the word's last character; overlapping ones too, ordered by end, the longer
    word first at one end); one pass for all families."""
    return joined(doc, cfg).words[name]  # the join ran the pass
