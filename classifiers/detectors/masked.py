"""Masking policy: masked identifiers are fine, unless the mask keeps the birth date or only part
of a list is masked.

《保密审查工作制度》第十一条 asks for 去标识化 before publication. ``640502********1234`` and
``139****5678`` are fine. Two ways it goes wrong in published 公示 lists:

* ``weak_mask`` — the mask leaves the birth date (positions 7–14 of an 18-digit number, 7–12 of a
  15-digit one) readable, e.g. ``64050219900307****``: with the region and a name that is enough
  to re-identify, and fragments from other sites can be joined (see the 永安/“前6后4” variants);
* ``partial_mask`` — the same document masks some ID numbers and prints others in full: the list
  was meant to be masked and one slipped (reported once, beside each full number's own finding).
"""

from __future__ import annotations

from functools import lru_cache

from ..masking import mask_id, mask_middle
from ..registry import register
from ._base import Hit
from ._document import DocumentCheck
from ._scan import Scan, _date_ok


def keeps_birth_date(value: str) -> bool:
    """True when a masked ID number still shows a whole, valid birth date."""
    if len(value) == 18:
        part = value[6:14]
        return part.isdigit() and _date_ok(int(part[:4]), int(part[4:6]), int(part[6:]))
    if len(value) == 15:
        part = value[6:12]
        return part.isdigit() and _date_ok(1900 + int(part[:2]), int(part[2:4]), int(part[4:]))
    return False


_KIND = {"id_card": "身份证号", "mobile": "手机号", "bank_card": "银行卡号"}
#: The fewest characters a mask must hide: the 8-digit birth date of an 18-digit ID (6 of a
#: 15-digit one), the 4 middle digits of a mobile, 6 of a card (前6后4 is the most a card may show).
MIN_HIDDEN = {("id_card", 18): 8, ("id_card", 15): 6, ("mobile", 11): 4, ("bank_card", 0): 6}


@lru_cache(maxsize=4096)  # the name pass and the policy both ask, of every masked value of a list
def weak_reason(value: str, kind: str) -> str | None:
    """Why a mask still identifies (None when it is fine): the birth date kept, or too few hidden
    (two hidden digits of an ID are recovered from the check character; one of a mobile by trying ten)."""
    if kind == "id_card" and keeps_birth_date(value):
        return "出生日期（第7–14位）未遮盖"
    hidden = value.count("*")
    need = MIN_HIDDEN.get((kind, len(value)), MIN_HIDDEN.get((kind, 0), 0))
    if hidden < need:
        return f"只遮盖了{hidden}位（至少应遮盖{need}位）"
    return None


def policy_hits(scan: Scan, cfg) -> list[Hit]:
    """Weak masks, and one finding when a list masks some ID numbers and prints others in full."""
    if not scan.masked:
        return []  # no mask, so no weak mask and no list masked in part (most pages)
    hits: list[Hit] = []
    masked_ids = [m for m in scan.masked if m.kind == "id_card"]
    for m in scan.masked:
        why = weak_reason(m.value, m.kind)
        if why is not None:
            shown = mask_id(m.value) if m.kind == "id_card" else mask_middle(m.value, 3, 4)
            hits.append(Hit("weak_mask", m.block, m.start, m.end, shown, 0.9, f"遮盖后的{_KIND[m.kind]}",
                            why, (("base weak_mask", 0.9),), (), snippet=f"【{shown}】"))
    full = [h for h in scan.hits if h.subtype in ("id_card", "id_card_15") and h.score >= cfg.threshold]
    if masked_ids and full:
        first = full[0]
        n, total = len(full), len(full) + len(masked_ids)
        hits.append(Hit("partial_mask", first.block, first.start, first.end, f"{total}个号码中{n}个未遮盖", 0.95,
                        "同一文件中遮盖与未遮盖的身份证号并存", f"已遮盖 {len(masked_ids)}，未遮盖 {n}",
                        (("base partial_mask", 0.95),), (), snippet=first.snippet,
                        extra=(("masked", len(masked_ids)), ("unmasked", n))))
    return hits


@register("masking_policy")
class MaskingPolicyDetector(DocumentCheck):
    """Masks that keep the birth date; lists masked only in part."""

    name = "masking_policy"
