"""One Aho–Corasick pass per document for every literal word list the detectors read.

Each detector family used to scan the page for its own words (the announcing words of
``_labelled``, the commercial-secret triggers, the address labels): a regex alternation or an
automaton costs 7–11 µs per 4 KB page each, whatever it finds, and most pages hold none of the
words. One automaton over the union of the lists (pyahocorasick, in C) reads the page once; each
family then gets its own hits, in the automaton's order, and a family with none skips its pass.
The word lists stay where they mean something: a module registers its family at import.
"""

from __future__ import annotations

from functools import lru_cache

from extractors.model import Document

from ._scan import joined, memo

_FAMILIES: dict[str, frozenset[str]] = {}


def family(name: str, words) -> None:
    """Register (or replace) the word list of family ``name``; the shared automaton is rebuilt on next use."""
    _FAMILIES[name] = frozenset(words)
    _automaton.cache_clear()


@lru_cache(maxsize=1)
def _automaton():
    import ahocorasick

    a = ahocorasick.Automaton()
    by_word: dict[str, list[str]] = {}
    for fam, ws in sorted(_FAMILIES.items()):
        for w in ws:
            by_word.setdefault(w, []).append(fam)
    for w, fams in by_word.items():
        a.add_word(w, (w, tuple(fams)))
    a.make_automaton()
    return a


def _find(doc: Document, cfg) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {f: [] for f in _FAMILIES}
    for end, (w, fams) in _automaton().iter(joined(doc, cfg).text):
        for f in fams:
            out[f].append((end, w))
    return out


def word_hits(doc: Document, cfg, name: str) -> list[tuple[int, str]]:
    """``(end index, word)`` of every occurrence of family ``name``'s words in the document's joined
    text (overlapping ones too, ordered by end as pyahocorasick yields them); one pass for all families."""
    return memo(doc, cfg, "words", _find)[name]
