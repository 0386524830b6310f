"""Sensitive-data detectors, one per file; importing this package registers them all.

Number-shaped detectors (id_card, bank_card, mobile, masking_policy, name) share one digit-run
pass per document (``_scan``); passport, email, address and commercial_secret run their own
cheap, pre-filtered passes. Every finding carries its explanation: pattern, checksum, the
context words that moved the score, the score and its steps. Evidence is always masked.
"""

from . import _base  # noqa: F401  (the [detectors] config section)
from . import address, bank_card, commercial_secret, email, id_card, masked, mobile, name, passport  # noqa: F401
