"""GB 11643 identity numbers and Luhn bank-card numbers used by the generator (all fictional)."""
import json
import re

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id_check(first17):
    return C[sum(int(a) * w for a, w in zip(first17, W)) % 11]


def make_id(area, birth, seq):
    s = "%s%s%s" % (area, birth, seq)
    assert len(s) == 17 and s.isdigit(), s
    full = s + id_check(s)
    assert valid_id(full)
    return full


def valid_id(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def mask_id(s):
    assert valid_id(s)
    return s[:3] + "*" * 11 + s[-4:]


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def valid_luhn(s):
    s = s.replace(" ", "")
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def make_card(prefix15):
    s = prefix15 + luhn_digit(prefix15)
    assert valid_luhn(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mask_card(s):
    assert valid_luhn(s)
    t = s.replace(" ", "")
    return t[:4] + " **** **** " + t[-4:]


ID_RE = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
CARD_RE = re.compile(r"(?<![0-9])(?:[0-9]{4} ){3}[0-9]{4}(?: ?[0-9]{1,3})?(?![0-9])")


def check_all_numbers(docs):
    """Every unmasked 18-char ID must pass GB 11643; every grouped 16-19 digit card must pass Luhn."""
    for d in docs:
        text = json.dumps(d, ensure_ascii=False)
        for m in ID_RE.findall(text):
            # 18-digit strings in these documents are only identity numbers or 统一社会信用代码 (which has letters)
            assert valid_id(m), (d["key"], m)
        for m in CARD_RE.findall(text):
            assert valid_luhn(m), (d["key"], m)
