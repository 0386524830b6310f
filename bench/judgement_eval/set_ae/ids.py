"""GB 11643 ID check digits and Luhn bank-card digits, plus masking."""

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id_check(first17):
    """Return the GB 11643 check character for 17 digits."""
    return C[sum(int(a) * b for a, b in zip(first17, W)) % 11]


def make_id(first17):
    """Complete an 18-character ID from its first 17 digits."""
    return first17 + id_check(first17)


def id_ok(v):
    """True when v is an 18-character ID with a valid check character."""
    return len(v) == 18 and v[:17].isdigit() and id_check(v[:17]) == v[17]


def luhn_digit(body):
    """Luhn check digit for the given digits."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_card(body):
    """Complete a bank card number with its Luhn digit."""
    return body + luhn_digit(body)


def luhn_ok(v):
    """True when v passes the Luhn check."""
    return luhn_digit(v[:-1]) == v[-1]


def mask_id(v):
    """320***********1234 style."""
    return v[:3] + "*" * 11 + v[-4:]


def mask_card(v):
    """6222 **** **** 1234 style."""
    return v[:4] + " **** **** " + v[-4:]
