"""The characters a regular expression's match can begin or end with, read from the pattern itself.

The marking scan and the 文种 rules try a few anchored patterns on every line or title; most lines begin (or a
title ends) with a character none of those patterns can begin (or end) with. Knowing the set, a lookup of one
character says so before any pattern is tried. The sets are worked out from the parsed pattern, so they stay
true when a configuration changes the patterns; where they cannot be said exactly enough (a class by range or
category, any character, a back reference, a case-insensitive pattern) the answer is None and the caller
tries the pattern as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c
from re import _parser

#: (characters, passable): the characters the first (non-space, with ``skip_space``) character consumed may
#: be, and whether the item may consume none of those (be empty, or consume white space only) — then the
#: items after it decide too. None: unknown.
_Ends = tuple[frozenset[str], bool] | None

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_SPACE_CATEGORIES = (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE)


@lru_cache(maxsize=256)
def first_chars(rx: re.Pattern, skip_space: bool = False) -> frozenset[str] | None:
    """The characters every match of ``rx`` begins with one of — with ``skip_space``, the first character that
    is not white space (``str.isspace``, as ``\\s`` reads it): a match from the start of a line then holds
    the line's first such character (``line.lstrip()[0]``) in the set. None when that cannot be said, or
    when a match may hold no such character at all."""
    return _whole(rx, skip_space, last=False)


@lru_cache(maxsize=256)
def last_chars(rx: re.Pattern) -> frozenset[str] | None:
    """The characters every match of ``rx`` ends with one of (its last character), or None when that cannot
    be said or a match may be empty."""
    return _whole(rx, False, last=True)


def _whole(rx: re.Pattern, skip_space: bool, last: bool) -> frozenset[str] | None:
    if rx.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    try:
        got = _seq(list(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE)), skip_space, last)
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not gated
        return None
    if got is None or got[1]:
        return None  # unknown, or a match may hold none of the characters
    return got[0]


def _seq(items: list, skip: bool, last: bool) -> _Ends:
    out: set[str] = set()
    for op, av in (reversed(items) if last else items):
        got = _item(op, av, skip, last)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return frozenset(out), False
    return frozenset(out), True


def _char(ch: str, skip: bool) -> _Ends:
    return (frozenset(), True) if skip and ch.isspace() else (frozenset(ch), False)


def _item(op, av, skip: bool, last: bool) -> _Ends:
    if op is _c.LITERAL:
        return _char(chr(av), skip)
    if op is _c.IN:
        chars: set[str] = set()
        passable = False
        for o, v in av:
            if o is _c.LITERAL:
                ch = chr(v)
                if skip and ch.isspace():
                    passable = True
                else:
                    chars.add(ch)
            elif o is _c.RANGE and v[1] - v[0] < 256:
                for code in range(v[0], v[1] + 1):
                    ch = chr(code)
                    if skip and ch.isspace():
                        passable = True
                    else:
                        chars.add(ch)
            elif o is _c.CATEGORY and skip and v in _SPACE_CATEGORIES:
                passable = True  # white space only: the first other character comes later
            else:
                return None  # a negated class, a wide range, another category
        return frozenset(chars), passable
    if op in _ZERO_WIDTH:
        return frozenset(), True  # consumes nothing (a look-around only narrows the matches)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del, sub = av
        return None if add_flags & (re.IGNORECASE | re.LOCALE) else _seq(list(sub), skip, last)
    if op is _c.ATOMIC_GROUP:
        return _seq(list(av), skip, last)
    if op is _c.BRANCH:
        return _union([_seq(list(alt), skip, last) for alt in av[1]])
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        return _union([_seq(list(yes), skip, last), _seq(list(no), skip, last) if no is not None else (frozenset(), True)])
    if op in _REPEATS:
        lo, hi, sub = av
        if hi == 0:
            return frozenset(), True
        got = _seq(list(sub), skip, last)
        return None if got is None else (got[0], got[1] or lo == 0)
    return None  # any character, a back reference, a category outside a class …


def _union(parts: list[_Ends]) -> _Ends:
    if any(p is None for p in parts):
        return None
    return frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)


#: Past this many prefixes a pattern is not worth gating by them.
_MAX_PREFIXES = 512


@lru_cache(maxsize=256)
def prefixes(rx: re.Pattern, k: int = 2) -> frozenset[str] | None:
    """The strings every match of ``rx`` begins with one of: its first ``k`` characters, or the whole match when
    a match can be shorter. None when that cannot be said (as ``first_chars``), when there are more than a few
    hundred, or when a match may be empty."""
    if k < 1 or rx.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    try:
        got = _seq_prefixes(list(_parser.parse(rx.pattern, rx.flags & ~re.UNICODE)), {""}, k)
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not gated
        return None
    if got is None or "" in got:
        return None
    return frozenset(got)


def _seq_prefixes(items: list, start: set[str], k: int) -> set[str] | None:
    """Each of ``start`` followed by what ``items`` can match, cut at ``k`` characters."""
    cur = set(start)
    for op, av in items:
        if all(len(s) >= k for s in cur):
            break  # the rest of the pattern adds nothing to the first k characters
        nxt: set[str] = {s for s in cur if len(s) >= k}
        for s in cur:
            if len(s) >= k:
                continue
            got = _item_prefixes(op, av, k - len(s))
            if got is None:
                return None
            nxt.update(s + t for t in got)
        if len(nxt) > _MAX_PREFIXES:
            return None
        cur = nxt
    return cur


def _item_prefixes(op, av, m: int) -> set[str] | None:
    """What one item can match, cut at ``m`` characters (a string shorter than ``m`` is a whole match of it)."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        got = _item(op, av, False, False)
        return None if got is None else set(got[0])
    if op in _ZERO_WIDTH:
        return {""}
    if op is _c.SUBPATTERN:
        _group, add_flags, _del, sub = av
        return None if add_flags & (re.IGNORECASE | re.LOCALE) else _seq_prefixes(list(sub), {""}, m)
    if op is _c.ATOMIC_GROUP:
        return _seq_prefixes(list(av), {""}, m)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq_prefixes(list(alt), {""}, m)
            if got is None:
                return None
            out |= got
        return out
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        a = _seq_prefixes(list(yes), {""}, m)
        b = _seq_prefixes(list(no), {""}, m) if no is not None else {""}
        return None if a is None or b is None else a | b
    if op in _REPEATS:
        lo, hi, sub = av
        out = set()
        cur = {""}
        r = 0
        while True:
            if r >= lo:
                out |= cur
            if r >= hi or all(len(s) >= m for s in cur):
                return out | {s for s in cur if len(s) >= m}
            nxt = _seq_prefixes(list(sub), cur, m)
            if nxt is None or len(nxt) > _MAX_PREFIXES:
                return None
            if nxt == cur:
                return out | cur  # an item that may match nothing: more repetitions add nothing new
            cur = nxt
            r += 1
    return None
