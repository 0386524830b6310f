"""Evidence masking: no report, log or JSON ever carries a full ID number, card or phone number."""

from __future__ import annotations

import re

_DIGITISH = re.compile(r"[0-9０-９Xx]")
_DIGITS = re.compile(r"[0-9０-９]+")
_LONG_DIGITS = re.compile(r"[0-9０-９]{6,}[Xx]?")


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
    """6222********1234 — first and last four."""
    return mask_middle(s, 4, 4)


def mask_phone(s: str) -> str:
    """139****5678 — prefix and last four."""
    return mask_middle(s, 3, 4)


def mask_email(s: str) -> str:
    """z***@163.com — first letter of the user and the domain."""
    user, _, dom = s.partition("@")
    return (user[:1] + "***@" + dom) if dom else mask_middle(s, 1, 0)


def mask_generic(s: str) -> str:
    """Any other sensitive span: long digit runs are starred; text is cut to a short prefix."""
    if len(_DIGITISH.findall(s)) >= 6:
        return _DIGITISH.sub("*", s[:-4]) + s[-4:]
    return s if len(s) <= 24 else s[:24] + "…"


def mask_name(s: str) -> str:
    """张* / 张*明 — the surname and, for three characters, the last one (公示 convention)."""
    s = s.strip()
    if len(s) <= 1:
        return s
    if len(s) == 2:
        return s[0] + "*"
    return s[0] + "*" * (len(s) - 2) + s[-1]


def mask_address(s: str) -> str:
    """Keep the place down to the street or village; star every number (门牌、楼栋、单元、室)."""
    return _DIGITS.sub(lambda m: "*" * len(m.group()), s.strip())


def mask_passport(s: str) -> str:
    return mask_middle(s, 2, 2)


def is_masked(s: str) -> bool:
    """True when ``s`` already carries a mask (``*`` / ``＊`` / ``×``) over part of its characters."""
    return any(c in "*＊×" for c in s)


def redact(text: str) -> str:
    """Star every run of 6+ digits in free text (for log lines and report excerpts)."""
    return _LONG_DIGITS.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:] if len(m.group()) > 8 else "*" * len(m.group()), text)


def context(text: str, start: int, end: int, masked: str, width: int = 12) -> str:
    """The match replaced by its masked form, with ``width`` characters either side, for reports."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    # the surroundings can hold other numbers: star digit runs of 6+ there too
    scrub = lambda t: re.sub(r"[0-9０-９]{6,}", lambda m: "*" * len(m.group()), t)  # noqa: E731
    return f"{scrub(left)}【{masked}】{scrub(right)}"


#: Runs of 7+ digits, allowing single spaces or hyphens between digits (138 1234 5678, 6222 0212 …).
_NUMBERISH = re.compile(r"(?<![0-9０-９A-Za-z])[0-9０-９](?:[0-9０-９]|[ \-－](?=[0-9０-９])){6,}[XxＸｘ]?(?![0-9０-９A-Za-z])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_DATE = re.compile(r"^(?:19|20)\d\d[\-－ ]\d{1,2}[\-－ ]\d{1,2}$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ－", "0123456789Xx-")


def _mask_run(raw: str) -> str:
    plain = raw.translate(_FULLWIDTH)
    if _DATE.match(plain):
        return raw
    digits = re.sub(r"[ \-]", "", plain)
    n = len(digits)
    if n == 18 or (n == 17 and digits[-1] in "Xx"):
        return mask_id(digits)
    if n == 11 and digits.startswith("1"):
        return mask_phone(digits)
    if 15 <= n <= 19:
        return mask_card(digits)
    return mask_middle(digits, 0, 2)


def mask_text(text: str | None) -> str | None:
    """Free text (a title, a comment, a document's text for the ledger) with every ID/card/phone-like
    number and e-mail address masked; other 7+ digit runs keep their last two, dates stay."""
    if not text:
        return text
    text = _EMAIL.sub(lambda m: mask_email(m.group()), text)
    return _NUMBERISH.sub(lambda m: _mask_run(m.group()), text)
