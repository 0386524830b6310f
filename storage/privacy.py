"""What the ledger may keep: text with every ID, bank-card, phone number and e-mail address masked.

The ledger never holds a document's full text. It keeps the *masked* visible text (for retraining
the attribute model from reviewers' verdicts: the model reads words and characters, never digits),
the masked title, the result contract (whose evidence the classifiers already masked) and hashes.
Everything written to ``audit_runs``, ``documents`` and ``register_entries`` passes through here,
so no caller can store a full number by mistake; migration 0002 applies the same masks to rows
written before.

Masks are the detectors' own (``classifiers.masking.mask_stored``): 640502********1234, 6222********1234,
139****5678, z***@163.com. Other runs of seven or more digits (landlines, account numbers) keep
their last two; dates (2026-11-03, 2026.11.03) and 发文字号 years are left alone.
"""

from __future__ import annotations

from typing import Any

from classifiers.masking import mask_stored as mask_text  # the ledger's stricter mask, under the name storage uses

__all__ = ["mask_json", "mask_text"]

#: Contract keys whose values are identifiers, not text (a hex digest has digit runs too).
#: ``file`` is the path as given: the ledger's claims and moves need real paths to find the file.
_OPAQUE = frozenset({"sha256", "fingerprint", "anchor", "match_key", "file"})


def mask_json(value: Any, key: str | None = None) -> Any:
    """A JSON value (the result contract) with ``mask_text`` applied to every string but identifiers."""
    if isinstance(value, str):
        return value if key in _OPAQUE else mask_text(value)
    if isinstance(value, dict):
        return {k: mask_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_json(v, key) for v in value]
    return value
