"""Valid-by-construction identifiers for the test set (GB 11643 ID numbers, Luhn bank cards).

Every identifier in the documents is built here from a valid full number and then masked,
so that the masked forms are realistic (real check digit / Luhn digit in the visible tail).
"""
from __future__ import annotations

import re

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def id_check(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * w for a, w in zip(first17, _W)) % 11]


def id_valid(n: str) -> bool:
    """True when an 18-character ID number carries a correct GB 11643 check character."""
    return len(n) == 18 and n[:17].isdigit() and id_check(n[:17]) == n[17].upper()


def luhn_digit(body: str) -> str:
    """Luhn check digit for the digits in body."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(n: str) -> bool:
    """True when the card number passes the Luhn test."""
    return luhn_digit(n[:-1]) == n[-1]


def full_id(region: str, birth: str, seq: str) -> str:
    """Build a valid 18-digit ID from a 6-digit region, 8-digit birth date, 3-digit sequence."""
    f17 = region + birth + seq
    n = f17 + id_check(f17)
    assert id_valid(n), n
    return n


def masked_id(region: str, birth: str, seq: str) -> str:
    """A masked ID (first 3 and last 4 visible) built from a valid full number."""
    n = full_id(region, birth, seq)
    return n[:3] + "*" * 11 + n[-4:]


def masked_card(prefix: str, middle: str) -> str:
    """A masked bank card number (6222 **** **** 1234 style) built from a Luhn-valid number."""
    body = prefix + middle
    n = body + luhn_digit(body)
    assert luhn_valid(n) and len(n) in (16, 19), n
    return f"{n[:4]} **** **** {n[-4:]}" if len(n) == 16 else f"{n[:4]} **** **** *** {n[-4:]}"


_ID_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_CARD_RE = re.compile(r"(?<![\d*])(?:62|4\d|5[1-5])\d{14,17}(?!\d)")


def assert_ids_valid(text: str, key: str) -> None:
    """Every unmasked ID or card-like number in a document must be valid (generator contract)."""
    for m in _ID_RE.finditer(text):
        assert id_valid(m.group()), (key, m.group())
    for m in _CARD_RE.finditer(text):
        if not _ID_RE.fullmatch(m.group()):
            assert luhn_valid(m.group()), (key, m.group())
