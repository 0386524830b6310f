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


# ---- issue 12: mask rules for the identifier types added then (new functions; the ones above unchanged)

def mask_landline(s: str) -> str:
    """0571****4321 — the area code (a city, not a person) and the last four."""
    d = re.sub(r"[^0-9]", "", s)
    area = 3 if d[:2] in ("01", "02") else 4
    return mask_middle(d, area, 4)


def mask_account(s: str) -> str:
    """QQ, 微信号, 证件号 (通行证、社会保障卡、医保 …): the first two and last two characters."""
    return mask_middle(s, 2, 2)


def mask_plate(s: str) -> str:
    """浙A·***12 — the issuing city and the last two characters (the 公示 convention)."""
    s = s.strip()
    head = s[:2]
    rest = s[2:]
    sep = rest[:1] if rest[:1] in "·・• " else ""
    body = rest[len(sep):]
    return head + sep + "*" * max(0, len(body) - 2) + body[-2:]
