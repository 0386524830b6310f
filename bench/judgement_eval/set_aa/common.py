"""Shared names, identifier helpers and the document-builder for the 青屿省 set."""
PROV = "青屿省"
TING = "青屿省人力资源和社会保障厅"
TING_WJ = TING + "文件"
OFFICE = TING + "办公室"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(first17: str) -> str:
    """GB 11643 check character for the first 17 digits."""
    return CHK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def make_id(area6: str, birth8: str, seq3: str) -> str:
    s = area6 + birth8 + seq3
    full = s + id_check(s)
    assert valid_id(full)
    return full


def valid_id(x: str) -> bool:
    return len(x) == 18 and x[:17].isdigit() and id_check(x[:17]) == x[17]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def valid_luhn(x: str) -> bool:
    return luhn_digit(x[:-1]) == x[-1]


def make_card(prefix: str) -> str:
    full = prefix + luhn_digit(prefix)
    assert valid_luhn(full)
    return full


def mask_id(x: str) -> str:
    assert valid_id(x)
    return x[:3] + "*" * 11 + x[-4:]


def mask_card(x: str) -> str:
    assert valid_luhn(x)
    return f"{x[:4]} **** **** {x[-4:]}"


def printed(date: str) -> str:
    return f"{OFFICE}\u3000\u3000\u3000\u3000{date}印发"


def D(case, fmt, kind, genre, title, body, *, label, attribute, decision, codes, note, **kw):
    d = dict(case=case, fmt=fmt, kind=kind, genre=genre, title=title, body=body, label=label,
             attribute=attribute, decision=decision, codes=codes, note=note)
    d.update(kw)
    d.setdefault("issuer", TING_WJ if kind == "fawen" else TING)
    return d
