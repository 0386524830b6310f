"""Characters that split a number's digit groups without being a space or a hyphen, read as spaces between digits.

The space a Chinese input method types (U+3000), a word processor's no-break, thin and figure spaces, the invisible
characters and the other dashes and dots: an ID written 640522　19700120　5822 or 640522–19700120–5822 is the ID it
shows. Each is made a space (one for one, so every offset holds) where it stands between two digits, before the
detectors' scan; a page without one pays a few substring searches (``tests/classifiers/detectors/test_odd_separators.py``
holds the fast test to the pattern on random text).
"""

from __future__ import annotations

import re
from typing import Callable

from ..masking import INVISIBLE_CLASS, ODD_SEPARATORS

#: What splits a number's groups without being a space or a hyphen (``masking.ODD_SEPARATORS``). Between two digits
#: each is read as a space (one for one, so offsets hold): 640522　19700120　5822 is the ID it shows. A tab is not:
#: it separates a plain-text table's columns.
_ODD_SEPS = tuple(ODD_SEPARATORS)
_ODD_SEP = re.compile("(?<=[0-9０-９])[" + "".join(_ODD_SEPS) + INVISIBLE_CLASS + "]{1,4}(?=[0-9０-９])")
#: The invisible characters and combining marks (``masking.INVISIBLE_CLASS``): rare in a 公文, so one search for any
#: of them decides whether the pattern is asked at all.
_INVISIBLE = re.compile("[" + INVISIBLE_CLASS + "]")
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_ODD_SET = frozenset(_ODD_SEPS)


def _odd_between_digits(text: str) -> bool:
    """Whether one of ``_ODD_SEPS`` stands between two digits in ``text``: each separator looked for with ``str.find``
    (a page without one: 13 searches at memory speed, ~1.5 µs), and each place it stands looked at (U+3000 aligns
    every 公文's signature: a dozen places a page), where a pattern with a look-behind reads every character."""
    n = len(text)
    for c in _ODD_SEPS:
        i = text.find(c)
        while i >= 0:
            j = i + 1
            while j < n and j - i < 4 and text[j] in _ODD_SET:  # up to four of them (as ``_ODD_SEP`` takes)
                j += 1
            if i and text[i - 1] in _DIGIT_CHARS and j < n and text[j] in _DIGIT_CHARS:
                return True
            i = text.find(c, j)
    # an invisible character or a combining mark (U+2063 in 139⁣1234⁣5678), alone or among the others
    return _INVISIBLE.search(text) is not None and _ODD_SEP.search(text) is not None


def odd_spaces(text: str, chars: bytes, ascii_part: bytes, ascii_of: Callable[[str], tuple[bytes, bytes]]) -> tuple[str, bytes, bytes]:
    """``text`` with each of ``_ODD_SEPS`` that stands between two digits made a space, and ``ascii_of`` of it (the
    scan's ``(chars, ascii)`` pair, kept as given when nothing changed)."""
    if not _odd_between_digits(text):
        return text, chars, ascii_part
    spaced = _ODD_SEP.sub(lambda m: " " * len(m.group()), text)
    return (spaced, *ascii_of(spaced)) if spaced != text else (text, chars, ascii_part)
