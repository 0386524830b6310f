"""What the ledger may keep: text with every ID, bank-card, phone number and e-mail address masked.

The ledger never holds a document's full text. It keeps the *masked* visible text (for retraining
the attribute model from reviewers' verdicts: the model reads words and characters, never digits),
the masked title, the result contract (whose evidence the classifiers already masked) and hashes.
Everything written to ``audit_runs``, ``documents`` and ``register_entries`` passes through here,
so no caller can store a full number by mistake; migration 0002 applies the same masks to rows
written before.

Masks are the detectors' own (``classifiers.masking``): 640502********1234, 6222********1234,
139****5678, z***@163.com. Other runs of seven or more digits (landlines, account numbers) keep
their last two; dates (2026-11-03, 2026.11.03) and 发文字号 years are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from classifiers.masking import mask_card, mask_email, mask_id, mask_middle, mask_phone

#: Runs of 7+ digits, allowing single spaces or hyphens between digits (138 1234 5678, 6222 0212 …).
_NUMBERISH = re.compile(r"(?<![0-9０-９A-Za-z])[0-9０-９](?:[0-9０-９]|[ \-－](?=[0-9０-９])){6,}[XxＸｘ]?(?![0-9０-９A-Za-z])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_DATE = re.compile(r"^(?:19|20)\d\d[\-－ ]\d{1,2}[\-－ ]\d{1,2}$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ－", "0123456789Xx-")

#: Contract keys whose values are identifiers, not text (a hex digest has digit runs too).
#: ``file`` is the path as given: the ledger's claims and moves need real paths to find the file.
_OPAQUE = frozenset({"sha256", "fingerprint", "anchor", "match_key", "file"})


def _mask_run(raw: str) -> str:
    plain = raw.translate(_FULLWIDTH)
    if _DATE.match(plain):
        return raw
    digits = re.sub(r"[ \-]", "", plain)
    n = len(digits)
    if n == 18 or (n == 17 and digits[-1] in "Xx"):
        return mask_id(digits)
    if n == 11 and digits.startswith("1"):
        return mask_phone(digits)
    if 15 <= n <= 19:
        return mask_card(digits)
    return mask_middle(digits, 0, 2)


def mask_text(text: str | None) -> str | None:
    """``text`` with every ID/card/phone-like number and e-mail address masked (None stays None)."""
    if not text:
        return text
    text = _EMAIL.sub(lambda m: mask_email(m.group()), text)
    return _NUMBERISH.sub(lambda m: _mask_run(m.group()), text)


def mask_json(value: Any, key: str | None = None) -> Any:
    """A JSON value (the result contract) with ``mask_text`` applied to every string but identifiers."""
    if isinstance(value, str):
        return value if key in _OPAQUE else mask_text(value)
    if isinstance(value, dict):
        return {k: mask_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_json(v, key) for v in value]
    return value
