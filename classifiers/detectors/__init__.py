"""Sensitive-data detectors, one per file; importing this package registers them all.

Every check is a ``_document.DocumentCheck``: one analysis per document runs the passes once and
each check takes its slice. Number-shaped detectors (id_card, bank_card, mobile, masking_policy, name) share one digit-run
pass per document (``_scan``); passport, email, address and commercial_secret run their own
cheap, pre-filtered passes. Every finding carries its explanation: pattern, checksum, the
context words that moved the score, the score and its steps. Evidence is always masked.
"""

from . import _base  # noqa: F401  (the [detectors] config section)
from . import _document  # noqa: F401  (first: it imports the detector modules, which subclass its check)
from . import address, bank_card, commercial_secret, email, id_card, masked, mobile, name, passport  # noqa: F401
from . import (disability_cert, foreign_permanent, hk_macau_permit, landline, medical_insurance, military_id,  # noqa: F401
               plate, qq, social_security_card, taiwan_permit, taiwan_residence, wechat)

#: The checks these modules register (the detectors-only API: ``registry.select(DETECTORS)``).
DETECTORS = ("id_card", "bank_card", "mobile", "landline", "passport", "email", "address", "qq", "wechat", "plate",
             "hk_macau_permit", "taiwan_permit", "taiwan_residence", "foreign_permanent", "social_security_card",
             "disability_cert", "military_id", "medical_insurance", "name", "masking_policy", "commercial_secret")
