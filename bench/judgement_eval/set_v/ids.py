"""Valid-looking identifiers for the set: GB 11643 resident ID numbers and Luhn bank cards, plus masking."""

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"

ISSUED = []  # every full number handed out, re-checked by self_check()


def id_valid(s):
    """True when s is an 18-character ID whose last character is the GB 11643 check digit."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return _C[sum(int(a) * w for a, w in zip(s[:17], _W)) % 11] == s[17].upper()


def make_id(area, birth, seq):
    """An 18-digit ID from area code (6), birth date YYYYMMDD and 3-digit sequence, with its check digit."""
    body = f"{area}{birth}{seq:03d}"
    s = body + _C[sum(int(a) * w for a, w in zip(body, _W)) % 11]
    assert id_valid(s), s
    ISSUED.append(("id", s))
    return s


def luhn_valid(s):
    """True when the digit string s passes the Luhn check."""
    ds = [int(c) for c in s][::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(prefix15):
    """A 16-digit bank card from a 15-digit prefix with its Luhn check digit."""
    for c in "0123456789":
        if luhn_valid(prefix15 + c):
            ISSUED.append(("card", prefix15 + c))
            return prefix15 + c
    raise AssertionError(prefix15)


def mask_id(s):
    """320***********1234 style."""
    return s[:3] + "*" * 11 + s[-4:]


def mask_card(s):
    """6222 **** **** 1234 style."""
    return f"{s[:4]} **** **** {s[-4:]}"


def self_check():
    """Assert that every issued number is valid (the brief requires it)."""
    for kind, s in ISSUED:
        assert (id_valid(s) if kind == "id" else luhn_valid(s)), (kind, s)
    assert id_valid("11010519491231002X")
    assert luhn_valid("4539578763621486")
