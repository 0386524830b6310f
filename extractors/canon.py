"""The canonical form every line is matched in: NFKC (full-width → half-width, the ideographic space → a space)
plus the CJK colons NFKC leaves alone — with fast paths, since the zoner, the marking scan and its reason lookup
each read every line of every document.

Both fast paths are exact (``tests/extractors/test_canon.py`` holds them to the full normalisation on random
text): a 公文 line is usually NFKC-stable but for a handful of full-width punctuation marks and ideographic spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Colons and spaces NFKC leaves alone (ratio colon, modifier colon, presentation forms).
_CANON = str.maketrans({"∶": ":", "꞉": ":", "﹕": ":", "︰": ":", "\u3000": " ", "\xa0": " "})
#: The characters ``_CANON`` maps.
_CANON_KEYS = ("∶", "꞉", "﹕", "︰", "\u3000", "\xa0")
#: full-width ASCII (U+FF01–FF5E) and the ideographic space, each to its NFKC form
_WIDE = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {0x3000: " "}
_WIDE_CHAR = {chr(c): t for c, t in _WIDE.items()}
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000]")


def _narrow(s: str) -> str:
    """``s.translate(_WIDE)``, by replacing each distinct wide character the line holds (a 公文 line holds a
    handful: ，：（）；). ``str.translate`` with a dict looks every character of a CJK line up in Python,
    three times slower; no replacement is itself wide, so the order of the replacements does not matter."""
    # each search finds the first wide character left, which is then replaced everywhere: as many searches as the
    # line holds distinct wide characters, and no list of every occurrence (a body holds hundreds of ，。)
    m = _WIDE_RE.search(s)
    while m is not None:
        c = m.group()
        s = s.replace(c, _WIDE_CHAR[c])
        m = _WIDE_RE.search(s, m.start())  # the text before it holds none; every replacement is one narrow character
    return s


def _canon_free(t: str) -> bool:
    """True when ``t`` holds none of ``_CANON``'s characters by a substring test for each: several times
    faster than a search for a class of them on a body."""
    return not any(map(t.__contains__, _CANON_KEYS))


def canon(s: str) -> str:
    """Text for matching: NFKC (full-width → half-width, ideographic space → space) plus the CJK colons."""
    # the marking scan, its reason lookup and the zoner each ask for the same line: remember short ones
    return _canon_line(s) if len(s) <= 512 else _canon(s)


def _canon(s: str) -> str:
    # Fast path, exact: the usual 公文 line is NFKC-stable but for its full-width punctuation and
    # ideographic spaces. Mapping those to their NFKC forms first leaves NFKC's result unchanged; when
    # what remains is already NFKC (the C quick check) and holds none of ``_CANON``'s characters, it
    # is the answer — at less than half the cost of a full normalisation.
    t = _narrow(s)
    if unicodedata.is_normalized("NFKC", t) and _canon_free(t):
        return t
    return unicodedata.normalize("NFKC", s).translate(_CANON)


_canon_line = lru_cache(maxsize=2048)(_canon)


def canon_lines(lines: list[str]) -> list[str]:
    """``canon`` of each of ``lines`` (none holding a line break), in one pass over them all when it can be.

    NFKC never composes across a line break (``\n`` is a starter that combines with nothing), so the lines
    joined by ``\n`` are NFKC-stable exactly when each line is; then the fast path of ``_canon`` holds for
    every line at once and its result is the joined text split again. Otherwise each line on its own.
    """
    if not lines:
        return []
    t = _narrow("\n".join(lines))
    if unicodedata.is_normalized("NFKC", t) and _canon_free(t):
        return t.split("\n")
    return [canon(x) for x in lines]
