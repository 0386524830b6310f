"""Shared names, marking strings and identifier checks for the ah set."""
import re

PROVINCE = "青屏省"
CITY = "白河市"
COUNTY = "桐溪县"
BUREAU = "桐溪县人力资源和社会保障局"

# marking strings and the attribute a reviewer reads from them
PUB1 = "（此件公开发布）"
PUB2 = "公开方式：主动公开"
PUB3 = "（此件主动公开）"
APP1 = "（此件依申请公开）"
APP2 = "公开方式：依申请公开"
NOT1 = "（此件不予公开）"
NOT2 = "公开方式：不予公开"
NOT3 = "公开属性：不公开"

ID_RE = re.compile(r"(?<![0-9*])\d{17}[\dXx](?![0-9])")
CARD_RE = re.compile(r"(?<![0-9*])(?:\d{4} ){3}\d{4}(?:\d{3})?(?![0-9])|(?<![0-9*])62\d{14,17}(?![0-9])")

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    """GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * w for a, w in zip(first17, _W)) % 11]


def id_ok(s):
    """True when an 18-character ID number carries a valid GB 11643 check character."""
    return id_check(s[:17]) == s[17].upper()


def make_id(first17):
    """Complete an ID number from its first 17 digits."""
    return first17 + id_check(first17)


def luhn_ok(s):
    """True when a card number passes the Luhn check."""
    digits = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def make_card(prefix15):
    """Complete a 16-digit card number with its Luhn digit, grouped by four."""
    for d in "0123456789":
        if luhn_ok(prefix15 + d):
            s = prefix15 + d
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    raise AssertionError


def body_chars(items):
    """Count body characters (paragraphs and table cells), whitespace excluded."""
    n = 0
    for it in items:
        if isinstance(it, tuple):
            n += sum(len(str(c)) for row in it[1] for c in row)
        else:
            n += len(re.sub(r"\s", "", it))
    return n


def doc(**kw):
    """Build one document record (defaults filled in)."""
    kw.setdefault("kind", "file")
    kw.setdefault("sign", BUREAU)
    kw.setdefault("mark_pos", "after_date")
    return kw
