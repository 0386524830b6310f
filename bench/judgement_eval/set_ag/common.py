"""Shared fictional organisations and identifier helpers for the ag set (澜平省栖州市)."""
from __future__ import annotations

W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHK = "10X98765432"


def id_full(first17: str) -> str:
    """Return an 18-digit ID with a valid GB 11643 check digit."""
    assert len(first17) == 17 and first17.isdigit()
    return first17 + CHK[sum(int(a) * b for a, b in zip(first17, W)) % 11]


def id_ok(s: str) -> bool:
    """True when s is 18 characters with a valid GB 11643 check digit."""
    return len(s) == 18 and s[:17].isdigit() and id_full(s[:17]) == s


def id_masked(first17: str) -> str:
    """Masked form (3 + 11 stars + 4) of a valid ID; validity asserted before masking."""
    full = id_full(first17)
    assert id_ok(full)
    return full[:3] + "*" * 11 + full[-4:]


def luhn_ok(num: str) -> bool:
    """True when num passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_full(prefix: str) -> str:
    """Complete a card number prefix with a Luhn check digit."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def card_masked(prefix: str) -> str:
    """Masked form 6222 **** **** 1234 of a Luhn-valid card number."""
    full = card_full(prefix)
    assert luhn_ok(full) and len(full) in (16, 19)
    return f"{full[:4]} **** **** {full[-4:]}"


# Issuing bodies (all fictional)
JU = "栖州市人力资源和社会保障局"
KS = "栖州市人事考试中心"
RC = "栖州市人才服务中心"
TING = "澜平省人力资源和社会保障厅"
GOV = "栖州市人民政府"

JU_FILE = JU + "文件"
KS_FILE = KS + "文件"
RC_FILE = RC + "文件"

HOTLINE = "0876-5213366"          # published office hotline of the exam centre
RC_HOTLINE = "0876-5217720"       # published office hotline of the talent centre
JU_HOTLINE = "0876-5210012"       # bureau office


def doc(**kw):
    """Fill layout defaults for one document description."""
    kw.setdefault("fmt", "docx")
    kw.setdefault("attr_pos", "after_date")
    kw.setdefault("atts", [])
    kw.setdefault("mark_size", 30 if len(kw.get("mark", "")) <= 14 else 24)
    if "printer" in kw:
        kw.setdefault("print_date", kw["date"])
    return kw


def pub(attr: str, style: int = 0) -> str:
    """A 公开属性 line in one of the wordings used in the bureau's documents."""
    if attr == "主动公开":
        return ("（此件公开发布）", "公开方式：主动公开", "（此件主动公开）", "公开属性：主动公开")[style % 4]
    if attr == "依申请公开":
        return ("公开方式：依申请公开", "（此件依申请公开）", "公开属性：依申请公开")[style % 3]
    if attr == "不予公开":
        return ("（此件不予公开）", "公开方式：不予公开", "公开属性：不予公开", "公开方式：不公开")[style % 4]
    raise ValueError(attr)
