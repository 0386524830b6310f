"""ID numbers (GB 11643 check digit) and bank cards (Luhn) for the fictional documents, with masking."""
import re

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    """Return the GB 11643 check character for the first 17 digits."""
    return _C[sum(int(a) * w for a, w in zip(first17, _W)) % 11]


def make_id(region, birth, seq):
    """Build an 18-character ID number from a 6-digit region, yyyymmdd birth date and 3-digit sequence."""
    body = f"{region}{birth}{seq:03d}"
    assert len(body) == 17
    return body + id_check(body)


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def luhn_digit(partial):
    """Return the Luhn check digit to append to the digits in partial."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(prefix15_or_18):
    return prefix15_or_18 + luhn_digit(prefix15_or_18)


def luhn_valid(s):
    return s[:-1].isdigit() and luhn_digit(s[:-1]) == s[-1]


def mask_id(s):
    assert id_valid(s), s
    return s[:3] + "*" * 11 + s[-4:]


def mask_card(s):
    assert luhn_valid(s), s
    return s[:4] + " **** **** " + s[-4:]


def mask_phone(s):
    return s[:3] + "****" + s[-4:]


def check_text(text):
    """Assert every full ID-shaped and card-shaped number in text is valid."""
    for m in re.finditer(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])", text):
        assert id_valid(m.group(0)), ("bad ID", m.group(0))
    for m in re.finditer(r"(?<![0-9])(62[0-9]{14,17})(?![0-9])", text):
        if len(m.group(1)) == 18 and id_valid(m.group(1)):
            continue
        assert luhn_valid(m.group(1)), ("bad card", m.group(1))


def self_check():
    assert id_valid("11010519491231002X")
    assert luhn_valid("79927398713")
