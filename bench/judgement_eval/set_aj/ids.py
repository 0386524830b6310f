"""Check digits for the identifiers used in the set (GB 11643 ID numbers, Luhn bank cards)."""

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_MAP = "10X98765432"


def id_check_char(first17: str) -> str:
    """GB 11643-1999 check character for the first 17 digits."""
    return _MAP[sum(int(c) * w for c, w in zip(first17, _W)) % 11]


def make_id(first17: str) -> str:
    """Complete an ID number with its check character."""
    assert len(first17) == 17 and first17.isdigit()
    return first17 + id_check_char(first17)


def check_id(num: str) -> bool:
    """True when an 18-character ID number carries a valid check character."""
    return len(num) == 18 and num[:17].isdigit() and id_check_char(num[:17]) == num[17].upper()


def luhn_digit(partial: str) -> str:
    """Luhn check digit to append to `partial`."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(partial: str) -> str:
    """Complete a bank card number with its Luhn digit."""
    return partial + luhn_digit(partial)


def check_luhn(num: str) -> bool:
    """True when a card number passes the Luhn test."""
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask_id(num: str) -> str:
    """Masked form as a 公示 prints it: first 6, eight stars, last 4."""
    return num[:6] + "*" * 8 + num[-4:]
