"""The checks an identifier's digits carry: GB 11643's MOD 11-2 with a real birth date, the old
15-digit ID's date, 残疾人证号's category and grade, bank cards' Luhn. Pure functions of the digits
(the digit scan, ``_scan``, dispatches each run to them; ``_scan`` re-exports them)."""

from __future__ import annotations

import datetime as dt
from operator import mul

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def id_check_char(first17: str) -> str:
    """GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits."""
    return _C[sum(map(mul, map(int, first17), _W)) % 11]


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        born = dt.date(y, m, d)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def valid_id(s: str) -> bool:
    """Check character, province prefix (11–82) and a real birth date of an 18-character number.

    Not ``stdnum.cn.ric``: it also checks the area code against the birth year and so misses real
    people whose county code was retired (it rejected 41 of 95 valid numbers in our measurement).
    """
    if len(s) != 18 or not s[:17].isdigit() or not 11 <= int(s[:2]) <= 82:
        return False
    if not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check_char(s[:17]) == s[17].upper()


def valid_mod11(s: str, date_at: int = 6) -> bool:  # noqa: D401
    """An 18-character number with the MOD 11-2 check character and a real birth date at
    ``date_at`` (6 for 公民身份号码 and 台湾居民居住证, 6 for the 2023 外国人永久居留身份证 too:
    ``9`` + 2-digit province + 3-digit country code + birth date)."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if not _date_ok(int(s[date_at:date_at + 4]), int(s[date_at + 4:date_at + 6]), int(s[date_at + 6:date_at + 8])):
        return False
    from stdnum.iso7064 import mod_11_2  # python-stdnum's ISO 7064 is right; its cn.ric area table is not

    return mod_11_2.is_valid(s.upper())


def valid_disability(s: str) -> bool:
    """残疾人证号: a valid 18-character ID, then the category (1–7) and the grade (1–4)."""
    return len(s) == 20 and valid_id(s[:18]) and s[18] in "1234567" and s[19] in "1234"


def valid_id15(s: str) -> bool:
    """A 15-digit number issued before 1999: province prefix and a real date 19YYMMDD; no checksum."""
    return len(s) == 15 and s.isdigit() and 11 <= int(s[:2]) <= 82 and _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn_ok(s: str) -> bool:
    """The Luhn (mod 10) check bank cards carry."""
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0
