"""The per-document side of the detectors: what can be decided once for a whole document.

A document none of whose characters can start a detector's match holds no findings at all; one
character-class search over its joined text says so, and every check then returns nothing
without running its passes (a near-empty document paid ~54 µs for 21 checks' setup before).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Document

from ._base import DetectorConfig
from ._scan import joined, memo

#: Characters that every ASCII- or digit-anchored detector needs one of: digits (full-width ones
#: are translated in the joined text, but a lone ＊/Ｘ is not a digit and is listed for safety),
#: letters (passports, plates, permits, QQ/WeChat values, e-mails), ``@`` and the masks ``*``/``×``
#: (the masking policy, the 杜*（于亚） name pass).
_ANCHORS = "0-9A-Za-z@*＊×０-９Ｘｘ"


@lru_cache(maxsize=1)
def _gate() -> re.Pattern:
    """One character class: the anchors above plus the first character of every word that starts
    a match with no digit or letter (a person's role or cue before/after a name, an address label,
    a commercial-secret trigger). Built on first use, after every detector module registered."""
    from .address import STARTERS as address_starters
    from .commercial_secret import starters as commercial_starters
    from .name import STARTERS as name_starters

    chars = set(address_starters) | set(commercial_starters()) | set(name_starters)
    return re.compile("[" + _ANCHORS + re.escape("".join(sorted(chars))) + "]")


def _quiet(doc: Document, cfg: DetectorConfig) -> bool:
    return _gate().search(joined(doc, cfg).text) is None


def quiet(doc: Document, cfg: DetectorConfig) -> bool:
    """True when no detector can find anything in the document (decided once per document)."""
    return memo(doc, cfg, "quiet", _quiet)
