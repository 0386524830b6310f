"""Evidence masking: no report, log or JSON ever carries a full ID number, card or phone number."""

from __future__ import annotations

import re

_DIGITISH = re.compile(r"[0-9０-９Xx]")


def mask_middle(s: str, keep_start: int, keep_end: int, char: str = "*") -> str:
    """Keep ``keep_start`` leading and ``keep_end`` trailing characters, star the rest."""
    s = s.strip()
    if len(s) <= keep_start + keep_end:
        return char * len(s)
    return s[:keep_start] + char * (len(s) - keep_start - keep_end) + s[len(s) - keep_end:]


def mask_id(s: str) -> str:
    """640502********1234 — the region, never the birth date."""
    return mask_middle(s, 6, 4)


def mask_card(s: str) -> str:
    return mask_middle(s, 4, 4)


def mask_phone(s: str) -> str:
    return mask_middle(s, 3, 4)


def mask_email(s: str) -> str:
    user, _, dom = s.partition("@")
    return (user[:1] + "***@" + dom) if dom else mask_middle(s, 1, 0)


def mask_generic(s: str) -> str:
    """Any other sensitive span: long digit runs are starred; text is cut to a short prefix."""
    if len(_DIGITISH.findall(s)) >= 6:
        return _DIGITISH.sub("*", s[:-4]) + s[-4:]
    return s if len(s) <= 24 else s[:24] + "…"


def context(text: str, start: int, end: int, masked: str, width: int = 12) -> str:
    """The match replaced by its masked form, with ``width`` characters either side, for reports."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    # the surroundings can hold other numbers: star digit runs of 6+ there too
    scrub = lambda t: re.sub(r"[0-9０-９]{6,}", lambda m: "*" * len(m.group()), t)  # noqa: E731
    return f"{scrub(left)}【{masked}】{scrub(right)}"
